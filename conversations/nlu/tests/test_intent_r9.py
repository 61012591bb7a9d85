"""Intents of the ninth-session first-set lines (r9) that the rules missed: another guest's room or arrival asked
about by name, thanks passed on to the staff, a confirmation that never came, "porque é que ... está sempre a ir
abaixo". The first set's `<lang>-r9a`/`r9b` lines score the rest."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Pouvez-vous me dire dans quelle chambre dort M. Gaillard ? C'est un ami.",
        "Können Sie mir sagen, ob Frau Dr. Roth schon eingecheckt hat? Ich bin ihr Kollege.",
        "Has Mr. Parker checked in yet? I'm his colleague",
        "¿En qué habitación está la Sra. Gómez? Soy su sobrina",
        "Sabe se a Sra. Lopes já chegou?",
        "Mi potete dire a che ora arriva la signora Conte? È mia cugina.",
    ],
)
def test_another_guests_room_or_arrival_asked_by_name_is_other(text: str) -> None:
    assert understand(text, today=TODAY).intent == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Si le Dr. Martin arrive tard, est-ce un problème ?",  # their own party arriving late
        "Mi marido, el Sr. López, llegará tarde, ¿a qué hora cierra la recepción?",
        "Quando arriva, il signor Rossi può lasciare i bagagli?",
        "Hola, soy la Sra. Ruiz, ¿a qué hora se puede hacer el check-in?",
    ],
)
def test_a_titled_name_in_the_guests_own_question_is_no_other_guest(text: str) -> None:
    assert understand(text, today=TODAY).intent == "faq"


@pytest.mark.parametrize(
    "text",
    [
        "Huge thanks to Bella at the front desk for the upgrade, absolutely loved it! We'll be back.",
        "Agradeço ao Bruno da receção pela simpatia, estadia impecável!",
        "Gracias a la recepcionista Marta por todo, volveremos",
        "Merci à la réceptionniste pour son accueil, on reviendra !",
        "Vielen Dank an das Team der Rezeption, es war super",
        "Un grazie alla cameriera Anna, gentilissima!",
    ],
)
def test_thanks_passed_on_to_the_staff_is_a_goodbye(text: str) -> None:
    assert understand(text, today=TODAY).intent == "thanks_goodbye"


def test_thanks_to_the_staff_beside_a_stay_asked_for_stays_a_request() -> None:
    text = "Thanks to the receptionist for the tips, can we book 3 nights from 4 May?"
    assert understand(text, today=TODAY).intent in ("booking_create", "availability")


@pytest.mark.parametrize(
    "text",
    [
        "Hi, still haven't received a confirmation email for my booking, it should've gone to d.m@example.com",
        "Hola, todavía no me ha llegado la confirmación de la reserva",
        "ainda não recebi a confirmação da reserva",
        "je n'ai pas reçu de confirmation pour ma réservation",
        "Ich habe noch keine Buchungsbestätigung erhalten",
        "non ho ancora ricevuto la conferma della prenotazione",
    ],
)
def test_a_confirmation_that_never_came_is_a_status_check(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_status"


def test_why_something_keeps_failing_in_european_portuguese_is_a_complaint() -> None:
    text = "Porque é que a internet está sempre a ir abaixo no quarto 12?"
    assert understand(text, today=TODAY).intent == "complaint"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Reservei de 3 a 5 de março e o site cobrou em dólar, quero estorno da diferença", "complaint"),
        (
            "Reservei de 10 a 12 de março e já me debitaram o valor total, mas era pra pagar no hotel!",
            "complaint",
        ),
        ("Reservei de 3 a 5 de março, quero mudar para 6 a 8", "booking_modify"),
        ("I booked 3 to 5 May, can we make it 4 to 6?", "booking_modify"),
    ],
)
def test_a_booking_already_made_is_not_booked_again(text: str, intent: str) -> None:
    assert understand(text, today=TODAY).intent == intent


def test_a_booking_made_and_another_wished_is_a_new_booking() -> None:
    text = "I booked 3 to 5 May, and would like another room for my parents"
    assert understand(text, today=TODAY).intent == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "ainda não reservei, quanto custa um quarto duplo de 3 a 5 de maio?",
        "non ho prenotato ancora, quanto costa una doppia dal 3 al 5 maggio?",
        "ich habe noch nicht gebucht, was kostet ein Doppelzimmer vom 3. bis 5. Mai?",
    ],
)
def test_not_booked_yet_is_no_booking_made(text: str) -> None:
    assert understand(text, today=TODAY).intent == "availability"


@pytest.mark.parametrize(
    "text",
    [
        "On avait réservé une chambre double, pouvez-vous la changer pour une chambre familiale? Réf. QC-4420",
        "Habíamos reservado del 3 al 5 de mayo, ¿podemos cambiarlo al 10?",
        "Avevamo prenotato dal 3 al 5 maggio, si può spostare al 10?",
        "Wir hatten vom 3. bis 5. Mai gebucht, geht auch der 10.?",
    ],
)
def test_a_booking_made_said_in_the_pluperfect_is_a_change(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_modify"
