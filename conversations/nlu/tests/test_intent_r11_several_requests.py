"""Several requests in one message and the intent that wins, a booking's holder changed, a formal booking letter, an
address spelled out with leave to send the confirmation there (the first set's r11 batch scores the rest)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.contacts import extract_email

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Tengo que cancelar la reserva 40917 de las noches del 3 y 4 de mayo, quizá volvamos en otoño. ¿Con cuánta "
        "antelación se puede cancelar sin penalización?",
        "Tenho de cancelar a reserva 40917 das noites de 3 e 4 de maio, talvez voltemos no outono. Com quanto tempo "
        "de antecedência se pode cancelar sem multa?",
    ],
)
def test_a_cancellation_beside_a_question_about_the_policy_is_a_cancellation(text):
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.faq_topic) == ("booking_cancel", None)


@pytest.mark.parametrize(
    "text",
    [
        "Hi, booking 6612: can we stay Saturday night too, so one more night? And what time do we have to leave the "
        "room?",
        "Hola, reserva 6612: ¿podemos quedarnos también la noche del sábado, o sea una noche más? ¿Y a qué hora hay "
        "que dejar la habitación?",
    ],
)
def test_a_night_added_beside_a_question_about_check_out_is_a_change(text):
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.faq_topic) == ("booking_modify", None)


@pytest.mark.parametrize(
    "text",
    [
        "Is there a pool? And is parking free?",
        "¿Hay piscina? ¿Y el parking es gratis?",
        "Há piscina? E o estacionamento é gratuito?",
        "Y a-t-il une piscine ? Et le parking est gratuit ?",
    ],
)
def test_of_several_questions_about_the_hotel_the_first_gives_the_topic(text):
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.faq_topic) == ("faq", "amenities")


def test_a_dog_that_never_barks_is_no_complaint():
    text = (
        "Hallo! Wir haben bei Ihnen für Juni gebucht (Buchung 88410) und mir fällt erst jetzt ein, dass ich etwas "
        "Wichtiges nicht gefragt habe. Wir reisen mit Otto, unserem 9-jährigen Dackel, er ist sehr ruhig und bellt "
        "fast nie. Darf man Hunde ins Zimmer mitbringen? Gibt es einen Aufpreis?"
    )
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.faq_topic) == ("faq", "pets")


@pytest.mark.parametrize(
    "text",
    [
        "My colleague booked a double from 3 to 5 May but can't come. Could you put the booking in my name, Thomas "
        "Mercer, thomas.mercer@gmail.com?",
        "A minha colega reservou um quarto duplo de 3 a 5 de maio mas não pode vir. Podiam passar a reserva para o "
        "meu nome, Tomás Mercês, tomas.merces@gmail.com?",
        "Please put the reservation under my name instead: Thomas Mercer, a double for 3 to 5 May.",
        "Por favor, pongan la reserva a mi nombre: Tomás Mercado, una doble del 3 al 5 de mayo.",
        "Merci de mettre la réservation à mon nom : Thomas Mercier, une double du 3 au 5 mai.",
        "Per favore intestate la prenotazione a mio nome: Tommaso Merci, una doppia dal 3 al 5 maggio.",
        "Por favor passem a reserva para o meu nome: Tomás Mercês, um duplo de 3 a 5 de maio.",
    ],
)
def test_a_booking_put_in_another_name_is_a_change(text):
    assert understand(text, today=TODAY).intent == "booking_modify"


@pytest.mark.parametrize(
    "text",
    [
        "Exmos. Senhores,\n\nVenho por este meio solicitar a reserva de um quarto duplo para o período de 14 a 18 de "
        "abril, para mim e para a minha esposa.\nAgradeço que me enviem a confirmação para o endereço abaixo.\n\nCom "
        "os melhores cumprimentos,\nJoão Sousa\njsousa@sapo.pt",
        "Dear Sir or Madam,\n\nI am writing to request a double room from 14 to 18 April for my wife and me.\nPlease "
        "send the confirmation to the address below.\n\nYours faithfully,\nJohn Sowerby\njsowerby@btinternet.com",
        "Sehr geehrte Damen und Herren,\n\nhiermit bitte ich um die Reservierung eines Doppelzimmers vom 14. bis 18. "
        "April für meine Frau und mich.\nBitte senden Sie mir die Bestätigung an die unten stehende Adresse.\n\nMit "
        "freundlichen Grüßen\nJohann Sauer\nj.sauer@t-online.de",
        "Gentili signori,\n\ncon la presente chiedo la prenotazione di una camera doppia dal 14 al 18 aprile per me e "
        "mia moglie.\nVi prego di inviarmi la conferma all'indirizzo sottostante.\n\nCordiali saluti,\nGiovanni "
        "Sordi\ngsordi@libero.it",
    ],
)
def test_a_booking_requested_in_a_formal_letter_is_a_booking(text):
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.check_in, understood.check_out) == (
        "booking_create",
        dt.date(2027, 4, 14),
        dt.date(2027, 4, 18),
    )


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("you can send the confirmation to lucy dot fox at outlook dot com", "lucy.fox@outlook.com"),
        (
            "puede enviar la confirmación a lucia punto zorro arroba outlook punto com",
            "lucia.zorro@outlook.com",
        ),
        ("pode mandar a confirmação para lucia ponto raposo arroba sapo ponto pt", "lucia.raposo@sapo.pt"),
        (
            "vous pouvez envoyer la confirmation à lucie point renard arobase orange point fr",
            "lucie.renard@orange.fr",
        ),
        (
            "Sie können die Bestätigung gern an lucie punkt fuchs at web punkt de schicken",
            "lucie.fuchs@web.de",
        ),
        (
            "potete mandare la conferma a lucia punto volpe chiocciola libero punto it",
            "lucia.volpe@libero.it",
        ),
    ],
)
def test_leave_to_send_the_confirmation_to_an_address_hands_it_over(text, email):
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.email) == ("booking_create", email)


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("send the confirmation to lucy dot fox at outlook dot com", "lucy.fox@outlook.com"),
        ("die Bestätigung bitte an lucie punkt fuchs at web punkt de", "lucie.fuchs@web.de"),
    ],
)
def test_an_address_spelled_with_at_where_a_confirmation_goes_is_read(text, email):
    assert extract_email(text) == email


@pytest.mark.parametrize(
    "text",
    [
        "Buenas noches, somos una pareja con un bebé y querríamos una habitación del 2 al 5 de enero. ¿Tienen cuna?",
        "Good evening, we're a couple with a baby and we'd like a room from 2 to 5 January. Do you have a cot?",
        "Bonsoir, nous sommes un couple avec un bébé et nous voudrions une chambre du 2 au 5 janvier. Vous avez un lit "
        "bébé ?",
        "Buonasera, siamo una coppia con un neonato e vorremmo una camera dal 2 al 5 gennaio. Avete una culla?",
    ],
)
def test_a_wish_for_a_room_beside_a_question_about_the_hotel_is_a_booking(text):
    assert understand(text, today=TODAY).intent == "booking_create"
