"""Needs and searches for a room (the lead's convention, docs/INTERFACES.md), wishes to come and stay said without a
room, and the rarer intents in German registers (Swiss, Austrian, letters, chat, voice notes); the first set's
`<lang>-r5bNN` lines score the rest."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.rules import out_of_scope, rule_intent
from conversations.nlu.stay_intent import stay_intent
from conversations.nlu.text import fold

TODAY = dt.date(2027, 5, 12)
SURE_QUESTION = {"availability": 0.9, "booking_create": 0.05}
SURE_BOOKING = {"availability": 0.05, "booking_create": 0.9}
# The model reads a message as out of scope but gives the stay some weight.
OTHER_WITH_A_STAY = {"other": 0.55, "availability": 0.15, "booking_create": 0.15, "faq": 0.15}


@pytest.mark.parametrize(
    "text",
    [
        "we need a double room for the 3rd and 4th of June",
        "I'm searching for a single room, two nights from the 9th",
        "necesitamos un cuarto doble para el 2 de junio",
        "estoy buscando una habitación para 3 del 8 al 11",
        "necesito habitación del 14 al 16",
        "preciso de um quarto de casal pra sexta",
        "estamos procurando um quarto familiar em julho",
        "je cherche une chambre double pour le 4 juin",
        "nous avons besoin de deux chambres du 2 au 4",
        "ich suche ein Doppelzimmer für den 4. Juni",
        "für die Messe benötige ich vom 2. bis 5. Juni ein Einzelzimmer",
        "mir sueched es Zimmer fürs Pfingschtwucheend",
        "cerchiamo una tripla dal 3 al 5 giugno",
        "ci servono due doppie per il 2 giugno",
    ],
)
def test_a_need_or_a_search_for_a_room_without_a_question_is_a_booking(text: str) -> None:
    assert stay_intent(fold(text), "availability", SURE_QUESTION) == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "we need a double on the 3rd, what would it cost?",
        "r u full on the 9th? need 2 rooms",
        "necesito una habitación el martes, ¿tienen algo?",
        "preciso de um quarto pra sexta, tem vaga?",
        "je cherche une chambre pour le 4, vous avez de la place ?",
        "ich suche ein Zimmer für Montag, bitte teilen Sie mir den Preis mit",
        "cerco una singola per lunedì, quanto costa?",
        "i bräucht a Einzelzimmer für Freitag, was kost des?",
    ],
)
def test_a_need_with_a_question_about_free_rooms_or_their_price_asks(text: str) -> None:
    assert stay_intent(fold(text), "booking_create", SURE_BOOKING) == "availability"


@pytest.mark.parametrize(
    "text",
    [
        "we need a room from the 3rd to the 5th, is there parking?",
        "necesitamos una doble del 3 al 5, ¿hay parking?",
        "wir brauchen ein Zimmer vom 3. bis 5., gibt es Parkplätze?",
    ],
)
def test_a_question_about_the_hotel_beside_a_need_leaves_it_a_booking(text: str) -> None:
    assert stay_intent(fold(text), "availability", SURE_QUESTION) == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "we'd love to come and stay with you over Easter",
        "nos gustaría venir a alojarnos con ustedes en junio",
        "gostaríamos de passar o réveillon com vocês",
        "nous aimerions venir chez vous pour Pâques",
        "wir würden gerne im Juni bei Ihnen übernachten",
        "ci piacerebbe venire da voi a giugno",
        "cuenten con nosotros para Semana Santa",
        "je cherche un appartement pour la semaine du 14",
    ],
)
def test_a_wish_to_come_and_stay_read_as_out_of_scope_is_a_booking(text: str) -> None:
    assert stay_intent(fold(text), "other", OTHER_WITH_A_STAY) == "booking_create"


def test_out_of_scope_stays_so_when_the_model_gives_the_stay_no_weight() -> None:
    sure_other = {"other": 0.9, "availability": 0.03, "booking_create": 0.02}
    assert stay_intent(fold("I'm looking for a job as a room attendant"), "other", sure_other) == "other"


@pytest.mark.parametrize(
    "text",
    ["una doppia per sabato?", "Zimmer fürs Wochenende?", "chambre pour deux le 12 ?"],
)
def test_a_bare_room_with_a_question_mark_asks_when_the_model_is_unsure(text: str) -> None:
    unsure = {"availability": 0.38, "booking_create": 0.45}
    assert stay_intent(fold(text), "booking_create", unsure) == "availability"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Grüezi, isch eusi Reservation für de Juni scho bestätigt?", "booking_status"),
        (
            "Sehr geehrte Damen und Herren,\nbitte stornieren Sie unsere Buchung 58120.\nMit freundlichen Grüßen",
            "booking_cancel",
        ),
        ("hi kurze frage gibt es bei euch einen fön im bad", "faq"),
        ("Servus, wieso funktioniert bei uns im Zimmer der Fernseher ned?", "complaint"),
        ("Chan ich bitte mit emne Mitarbeiter vo de Rezeption rede?", "handoff_request"),
        ("Merci vielmal für alles, bis zum nächschte Mal!", "thanks_goodbye"),
        ("ja hallo wir suchen ein zimmer vom zweiten bis zum vierten juni für uns zwei", "booking_create"),
        ("Was würde ein Einzelzimmer vom 2. bis 4. Juni kosten?", "availability"),
    ],
)
def test_german_registers_reach_the_rarer_intents(text: str, intent: str) -> None:
    assert understand(text, today=TODAY).intent == intent


@pytest.mark.parametrize("text", ["Nei danke!", "nei merci", "na danke"])
def test_a_swiss_or_austrian_no_is_a_no(text: str) -> None:
    assert rule_intent(fold(text)) == "deny"


def test_asking_whether_the_hotel_hires_staff_is_out_of_scope() -> None:
    assert out_of_scope(fold("Suchen Sie ab Juni noch Reinigungspersonal?"))


def test_a_room_kept_for_us_is_a_booking_however_it_is_asked() -> None:
    # "¿nos guardan una habitación...?" asks the hotel to hold one: a booking, not a question (r5c's first-set line)
    unsure = {"availability": 0.2, "booking_create": 0.63}
    assert stay_intent(fold("¿nos guardan una doble del 3 al 5 para los dos?"), "booking_create", unsure) == (
        "booking_create"
    )
