"""A booking wish in every form and register is `booking_create`, even with a price or "do you have" inside;
asking before booking stays a question (the first set's `<lang>-r2aNN` lines score the rest)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.stay_intent import hands_over_details, new_stay, stay_intent
from conversations.nlu.text import fold

TODAY = dt.date(2026, 3, 11)
SURE_QUESTION = {"availability": 0.9, "booking_create": 0.05}


@pytest.mark.parametrize(
    "text",
    [
        "Me pueden apartar una habitación para el jueves? cuánto sale?",
        "Quisiera hacer una reserva del 2 al 4 de mayo, ¿qué precio tiene?",
        "Could you pencil us in for a double on the 9th? What's the rate?",
        "Can you hold a room for me for Friday, how much would that be?",
        "Pode me reservar um quarto para sábado? Quanto fica?",
        "Pourriez-vous nous garder une chambre pour samedi ? Quel est le prix ?",
        "Könnten Sie uns ein Doppelzimmer für Samstag freihalten? Was kostet das?",
        "Mi potete bloccare una doppia per sabato? Quanto costa?",
        "Potreste riservarmi una singola per sabato? Quanto costa?",
    ],
)
def test_a_request_to_book_wins_over_the_price_question_inside_it(text):
    assert stay_intent(fold(text), "availability", SURE_QUESTION) == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "Antes de reservar, ¿cuánto cuesta una doble?",
        "Before I book, how much is a double?",
        "Antes de fazer a reserva, quanto custa um duplo?",
        "Avant de réserver, combien coûte une double ?",
        "Bevor ich buche: was kostet ein Doppelzimmer?",
        "Prima di prenotare, quanto costa una doppia?",
    ],
)
def test_asking_before_booking_is_a_question(text):
    assert stay_intent(fold(text), "availability", SURE_QUESTION) == "availability"


@pytest.mark.parametrize(
    "text",
    [
        "quiero una doble para el 3 y el 4 de mayo",
        "me and my husband want a room from the 20th to the 24th",
        "we'd like a double room from the 20th to the 24th",
        "to querendo um quarto do dia 5 ao dia 7",
        "on voudrait une chambre du 5 au 7 mai",
        "wir hätten gerne ein Zimmer vom 5. bis 7. Mai",
        "vorremmo una camera dal 5 al 7 maggio",
    ],
)
def test_a_wish_for_a_room_without_a_question_is_a_booking(text):
    assert stay_intent(fold(text), "availability", SURE_QUESTION) == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        # (a need with no question is a booking: test_intent_german_and_rare_classes.py)
        "queremos uma habitación del 5 al 7, ¿cuánto cuesta?",
        "we'd like a room from the 5th to the 7th, do you have one?",
    ],
)
def test_a_wish_with_a_question_is_left_to_the_model(text):
    assert stay_intent(fold(text), "availability", SURE_QUESTION) == "availability"


@pytest.mark.parametrize(
    ("text", "check_in"),
    [
        ("Oigan, me pueden apartar un cuarto para el viernes 20? somos 4", dt.date(2026, 3, 20)),
        ("Could you put us down for a twin room, 9th to 12th of April?", dt.date(2026, 4, 9)),
        ("Gostaria de garantir um quarto para o dia 30, por duas noites", dt.date(2026, 3, 30)),
        ("Pourriez-vous me réserver une chambre pour le 17 avril ?", dt.date(2026, 4, 17)),
        ("Könnten Sie mir für den 17. April ein Zimmer freihalten?", dt.date(2026, 4, 17)),
        ("Mi può bloccare una doppia per il 17 aprile?", dt.date(2026, 4, 17)),
    ],
)
def test_requests_to_book_in_six_languages_are_bookings(text, check_in):
    understood = understand(text, today=TODAY)
    assert understood.intent == "booking_create"
    assert understood.check_in == check_in


@pytest.mark.parametrize(
    "text",
    [
        "¿Tienen habitaciones libres del 8 al 10 de abril? ¿Qué precio tienen?",
        "Do you have anything free on the 18th? and how much",
        "Vocês têm quarto livre de 20 a 22 de abril?",
        "Avez-vous de la disponibilité du 28 au 30 mars ?",
        "Habt ihr noch was frei vom 1. bis 3. Juni?",
        "Avete camere libere dal 15 al 17 maggio?",
    ],
)
def test_asking_whether_a_room_is_free_stays_availability(text):
    assert understand(text, today=TODAY).intent == "availability"


@pytest.mark.parametrize(
    "text",
    [
        "Les confirmo la doble. Mis datos: Marta Gil, marta.gil@gmail.com. ¿Necesitan algo más?",
        "I confirm the double. My details: Mark Evans, mark.evans@outlook.com. Do you need anything else?",
        "Confirmo o quarto. Os meus dados: Rui Sousa, rui.sousa@sapo.pt. Precisam de mais alguma coisa?",
        "Je confirme la chambre. Mes coordonnées : Paul Girard, paul.girard@orange.fr. Vous avez besoin d'autre chose ?",
        "Ich bestätige das Zimmer. Meine Daten: Eva Lang, eva.lang@web.de. Brauchen Sie noch etwas?",
        "Confermo la camera. I miei dati: Luca Neri, luca.neri@gmail.com. Vi serve altro?",
    ],
)
def test_confirming_with_the_contact_details_is_a_booking(text):
    understood = understand(text, today=TODAY)
    assert understood.intent == "booking_create"
    assert understood.email is not None


@pytest.mark.parametrize(
    "text",
    [
        "me pueden apartar una doble del 10 al 12 de mayo",
        "could you put us down for a double from 10 to 12 May",
        "pode me reservar um quarto de 10 a 12 de maio",
        "je voudrais booker une chambre du 10 au 12 mai",
        "könnten Sie uns ein Zimmer vom 10. bis 12. Mai freihalten",
        "mi può bloccare una doppia dal 10 al 12 maggio",
    ],
)
def test_a_request_to_book_read_as_a_change_is_a_new_stay(text):
    assert new_stay(fold(text), "booking_modify") == "booking_create"
    assert new_stay(fold(text + " instead of my booking"), "booking_modify") == "booking_modify"


@pytest.mark.parametrize(
    "text",
    [
        "Buenos días, como quedamos les paso mis datos para la reserva: Nerea Olaizola, nerea.o@gmail.com. Saludos",
        "Hello, following your quote, here are my details for the booking: Oliver Grant, o.grant@bt.com. Regards",
        "Bonjour, suite à votre devis je vous transmets mes coordonnées : Hélène Marchal, h.marchal@laposte.net. "
        "Bien cordialement",
        "Guten Tag, wie besprochen hier meine Angaben zur Buchung: Stefan Huber, stefan.huber@aon.at. Grüße",
        "Buongiorno, come d'accordo vi invio i miei dati per la prenotazione: Francesca Moretti, f.moretti@tiscali.it. "
        "Grazie mille",
        "Bom dia, conforme combinado envio os meus dados para a reserva: Joana Pires, joana.pires@gmail.com. "
        "Cumprimentos",
    ],
)
def test_contact_details_handed_over_in_a_letter_are_for_a_booking(text):
    understood = understand(text, today=TODAY)
    assert understood.intent == "booking_create"
    assert understood.email is not None


@pytest.mark.parametrize(
    "text",
    [
        "Quiero cancelar la reserva, mis datos: Ana Ruiz, ana.ruiz@gmail.com",
        "I want to change my booking, my details: Tom Lee, tom.lee@gmail.com",
        "Je voudrais annuler, mes coordonnées : Paul Roy, paul.roy@free.fr",
        "Ich möchte stornieren, meine Daten: Eva Lang, eva.lang@web.de",
        "Vorrei disdire, i miei dati: Luca Neri, luca.neri@gmail.com",
        "Quero cancelar, os meus dados: Rui Sousa, rui.sousa@sapo.pt",
    ],
)
def test_details_given_to_cancel_or_change_are_not_a_new_booking_by_that_rule(text):
    assert not hands_over_details(fold(text))


def test_a_question_beside_the_details_is_still_read_as_a_question():
    text = "¿Tienen parking para la reserva? Saludos, Ana Ruiz, ana.ruiz@gmail.com"
    assert understand(text, today=TODAY).intent == "faq"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("la más barata", "es"),
        ("la mas barata porfa", "es"),
        ("the cheapest one", "en"),
        ("o mais barato", "pt"),
        ("la moins chère", "fr"),
        ("das günstigste bitte", "de"),
        ("la più economica", "it"),
    ],
)
def test_choosing_the_cheapest_room_is_no_complaint(text: str, lang: str) -> None:
    # Portuguese "baratas" (cockroaches) made "la más barata" a complaint, which hands the guest to a person.
    assert understand(text, today=TODAY, conversation_language=lang).intent not in (
        "complaint",
        "handoff_request",
    )


def test_the_cockroaches_are_still_a_complaint() -> None:
    assert (
        understand("tem baratas no banheiro!", today=TODAY, conversation_language="pt").intent == "complaint"
    )


@pytest.mark.parametrize(
    "text", ["para mi señora y yo del 3 al 6 de abril", "voy con mi señora del 3 al 6 de abril"]
)
def test_my_lady_and_i_are_two_adults(text: str) -> None:
    assert understand(text, today=TODAY, conversation_language="es").adults == 2
