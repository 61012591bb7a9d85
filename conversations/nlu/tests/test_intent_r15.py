"""What the r15 writers' guests said that the intent rules missed (round 15): another guest asked after by whether
they have checked out or by the writer's relative named, another hotel's reception or a job seeker whose words name a
room or a night, an amount seen against an amount agreed, a fault reported in a sentence that asks nothing, and a
clipped greeting with a first name. New sentences in six languages, none copied from the first set
(docs/INTERFACES.md "Understanding conventions")."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.rules import asks_about_another_guest, out_of_scope
from conversations.nlu.text import fold

TODAY = dt.date(2027, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Has Mr. Jones checked out yet?",
        "¿Ya hizo el check-out la señora Pérez de la habitación 8?",
        "Hat Frau Roth aus Zimmer 8 schon ausgecheckt?",
        "Madame Petit de la chambre 8 a-t-elle déjà fait son check-out ?",
        "La signora Conte della camera 8 ha già fatto il check-out?",
        "A Sra. Lopes do quarto 8 já fez o check-out?",
    ],
)
def test_another_guest_asked_whether_checked_out_is_other(text: str) -> None:
    assert asks_about_another_guest(fold(text))
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.faq_topic, understood.guest_name) == ("other", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Mi hermano, Bruno Faria, ¿ya llegó al hotel?",
        "My brother, Bruno Faria, has he arrived at the hotel yet?",
        "Mon frère, Bruno Faria, est-il déjà arrivé à l'hôtel ?",
        "Mein Bruder, Bruno Faria, ist er schon im Hotel angekommen?",
        "Mio fratello, Bruno Faria, è già arrivato in albergo?",
        "A minha irmã, a Rita Faria, já chegou ao hotel?",
    ],
)
def test_the_writers_relative_named_and_asked_after_is_other(text: str) -> None:
    assert asks_about_another_guest(fold(text))
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.rooms) == ("other", None)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a room for a relative named is still a booking
        (
            "A room for my mother, Ana Ruiz, from 3 to 5 May. Her room should be on the ground floor.",
            "booking_create",
        ),
        ("Hola, llego el viernes con mi hermano, ¿hay parking?", "faq"),
    ],
)
def test_a_relative_named_for_a_stay_of_the_writers_keeps_its_reading(text: str, intent: str) -> None:
    assert understand(text, today=TODAY).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "Buenas noches, le llamo de la recepción del Hotel Mediterráneo, tenemos un cliente que les queremos derivar",
        "Good night, this is the front desk of the Parkhotel Sonne, could I put one of our guests through to you?",
        "Bonne nuit, ici la réception de l'hôtel Ibis, nous avons un client à vous transférer.",
        "Guten Abend, hier ist die Rezeption vom Landgasthof Adler. Dürfte ich Sie mit einem unserer Gäste verbinden?",
        "Buona notte, qui parla la reception del Grand Hotel Excelsior, possiamo passarvi un nostro ospite?",
        "Boa noite, aqui é a receção do Hotel Miramar, temos um cliente para vos passar.",
    ],
)
def test_another_hotels_reception_greeting_at_night_or_with_a_compound_name_is_other(text: str) -> None:
    assert out_of_scope(fold(text))
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.faq_topic) == ("other", None)


def test_another_hotels_reception_asking_for_a_room_still_asks_for_it() -> None:
    text = (
        "Buenas noches, le llamo de la recepción del Hotel Sol, ¿tienen una habitación doble para esta noche?"
    )
    assert understand(text, today=TODAY).intent == "availability"


@pytest.mark.parametrize(
    "text",
    [
        "Hola, busco trabajo de camarera de pisos para el verano, ¿a quién le mando el currículum?",
        "Hi, I'm looking for a job as a room attendant this summer, who should I send my CV to?",
        "Bonjour, je cherche un emploi de femme de chambre pour l'été, à qui envoyer mon CV ?",
        "Hallo, ich suche eine Stelle als Zimmermädchen für den Sommer, wem kann ich meinen Lebenslauf schicken?",
        "Salve, cerco lavoro come cameriera ai piani per l'estate, a chi posso mandare il curriculum?",
        "Olá, procuro emprego como camareira para o verão, para quem envio o currículo?",
    ],
)
def test_a_job_looking_after_rooms_is_other_with_no_room(text: str) -> None:
    assert out_of_scope(fold(text))
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.rooms) == ("other", None)
