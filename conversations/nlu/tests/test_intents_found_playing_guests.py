"""Intents found wrong while playing guests (s1): an invoice asked with a reference, a bare price question, no
booking number at hand, an FAQ question naming a booking, a warm goodbye signed, a confirmation above the hotel's
quoted offer, a booking moved after the day it was made, a late arrival beside a stay, and code-mixed or
Portuguese messages read as another language. The first set's `<lang>-s1NN` lines score the rest."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "could you email me the invoice? my booking is KX44120",
        "necesitaría la factura a nombre de la empresa, reserva 7731",
        "vocês podem me mandar a fatura da estadia? reserva 30-118",
        "il me faudrait une facture pour la réservation 55410 s'il vous plaît",
        "ich bräuchte noch eine Rechnung für meinen Aufenthalt, Buchungsnummer 88213",
        "potreste inviarmi la ricevuta del soggiorno? prenotazione 4471",
    ],
)
def test_an_invoice_asked_with_a_reference_is_a_question_about_paying(text: str) -> None:
    u = understand(text, today=TODAY)
    assert (u.intent, u.faq_topic) == ("faq", "payment_methods")
    assert u.booking_ref is not None


def test_an_invoice_with_a_charge_disputed_is_no_question_about_paying() -> None:
    u = understand("me cobraron dos veces la misma noche, quiero la factura corregida", today=TODAY)
    assert u.faq_topic != "payment_methods"


@pytest.mark.parametrize(
    "text",
    [
        "and how much?",
        "e quanto fica?",
        "cuánto sale?",
        "ça fait combien ?",
        "wie viel kostet es?",
        "allora quanto viene?",
    ],
)
def test_a_bare_price_question_asks_what_it_costs_with_no_stay(text: str) -> None:
    u = understand(text, today=TODAY)
    assert u.intent == "availability"
    assert (u.check_in, u.check_out, u.adults, u.rooms) == (None, None, None, None)


def test_a_price_with_its_subject_is_no_bare_price_question() -> None:
    assert understand("how much is the parking?", today=TODAY).intent == "faq"


@pytest.mark.parametrize(
    "text",
    [
        "sorry, we don't have the reference number",
        "no tenemos el localizador, lo siento",
        "on n'a pas le numéro, désolé",
        "Buchungsnummer hab ich grad nicht",
        "não temos o código da reserva",
        "il codice non ce l'ho",
    ],
)
def test_no_booking_number_at_hand_is_a_no(text: str) -> None:
    assert understand(text, today=TODAY).intent == "deny"


@pytest.mark.parametrize(
    "text",
    [
        "je n'ai pas reçu la confirmation de ma réservation",
        "I don't have the booking number, can you find it under Smith?",
        "no tengo el número de reserva pero quiero cancelar",
    ],
)
def test_a_missing_number_with_another_request_keeps_that_request(text: str) -> None:
    assert understand(text, today=TODAY).intent != "deny"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("ref 88-410: can we bring our cat?", "pets"),
        ("reserva 7731, ¿a qué hora es el desayuno?", "breakfast"),
    ],
)
def test_an_faq_question_naming_a_booking_is_faq(text: str, topic: str) -> None:
    u = understand(text, today=TODAY)
    assert (u.intent, u.faq_topic) == ("faq", topic)


@pytest.mark.parametrize(
    "text",
    [
        "Obrigada por tudo, foram dias maravilhosos!\nBeijos\nMarta",
        "Danke für alles, es war wunderschön bei Ihnen!\nLiebe Grüße\nSabine",
        "Thank you so much for everything, we loved it!\nxx\nEmma",
    ],
)
def test_thanks_for_the_whole_stay_signed_is_a_goodbye(text: str) -> None:
    assert understand(text, today=TODAY).intent == "thanks_goodbye"


def test_thanks_with_a_but_is_no_goodbye() -> None:
    text = "Gracias por todo, pero la habitación estaba sucia y nadie vino a limpiarla"
    assert understand(text, today=TODAY).intent != "thanks_goodbye"


@pytest.mark.parametrize(
    "text",
    [
        "Sí, lo confirmo\n\nEl vie, 4 dic 2026 a las 10:12, Hotel <reservas@hotel.es> escribió:\n> Le ofrecemos una doble",
        "Ja, ich bestätige\n\nAm 04.12.2026 um 10:12 schrieb Hotel <info@hotel.de>:\n> Wir bieten Ihnen ein Doppelzimmer an",
    ],
)
def test_a_confirmation_above_the_quoted_offer_is_a_booking(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_create"


def test_a_booking_moved_after_the_day_it_was_made_is_a_change() -> None:
    u = understand("Wir haben am 3.11. gebucht, können wir auf den 9.-11. Januar umbuchen?", today=TODAY)
    assert (u.intent, u.check_in, u.check_out) == (
        "booking_modify",
        dt.date(2027, 1, 9),
        dt.date(2027, 1, 11),
    )


@pytest.mark.parametrize(
    "text",
    [
        "a double from the 4th to the 6th of January, we arrive late around midnight",
        "una doble del 8 al 10 de enero, llegaremos tarde",
        "wir kommen erst gegen 23 Uhr an, ein Einzelzimmer vom 2. bis 4. Februar bitte",
        "una doppia dal 3 al 6 febbraio, arriveremo tardi",
    ],
)
def test_a_late_arrival_beside_a_stay_is_a_question_about_check_in(text: str) -> None:
    u = understand(text, today=TODAY)
    assert u.intent in ("availability", "booking_create")
    also = [(r["intent"], r["faq_topic"]) for r in u.extras.get("also", [])]
    assert ("faq", "checkin_checkout_times") in also


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("por que o ar condicionado não liga?", "pt"),
        ("vorrei prenotare per il weekend, friday and saturday", "it"),
    ],
)
def test_language_of_portuguese_and_code_mixed_messages(text: str, lang: str) -> None:
    assert understand(text, today=TODAY).lang == lang


@pytest.mark.parametrize(
    "text",
    [
        "Bonsoir, ici la réception de l'hôtel Mercure, nous avons une cliente à vous envoyer",
        "Hi, this is the reception at the Riverside Hotel, we'd like to pass a guest on to you",
    ],
)
def test_another_hotel_passing_on_a_guest_is_out_of_scope(text: str) -> None:
    u = understand(text, today=TODAY)
    assert (u.intent, u.check_in) == ("other", None)


def test_another_hotel_asking_for_a_room_asks_for_it() -> None:
    text = "hier ist die Rezeption vom Hotel Krone, hätten Sie ein Einzelzimmer für heute Nacht für unseren Gast?"
    assert understand(text, today=TODAY).intent in ("availability", "booking_create")


def test_the_reception_in_a_complaint_is_no_other_hotel() -> None:
    assert understand("la recepción del hotel no contesta nunca", today=TODAY).intent == "complaint"


def test_a_booking_made_in_german_without_schon_is_a_booking_made() -> None:
    text = "Wir haben im Oktober für den 3.-5. März gebucht, könnten wir auf den 10.-12. März umbuchen?"
    u = understand(text, today=TODAY)
    assert (u.intent, u.check_in, u.check_out) == (
        "booking_modify",
        dt.date(2027, 3, 10),
        dt.date(2027, 3, 12),
    )


def test_not_booked_yet_is_no_booking_made() -> None:
    text = "ich habe noch nicht gebucht, was kostet ein Doppelzimmer vom 3. bis 5. Mai?"
    assert understand(text, today=TODAY).intent == "availability"


@pytest.mark.parametrize(
    "text",
    [
        "por que a internet cai o tempo todo?",
        "why does the tv keep switching off?",
        "warum fällt der Strom ständig aus?",
    ],
)
def test_why_something_keeps_failing_is_a_complaint(text: str) -> None:
    assert understand(text, today=TODAY).intent == "complaint"


def test_why_with_nothing_failing_stays_a_question() -> None:
    assert understand("why is check-out at 11?", today=TODAY).intent == "faq"


def test_an_faq_question_beside_a_reference_and_a_greeting_is_faq() -> None:
    u = understand("Boa tarde, reserva n.º 30-118, o estacionamento é pago?", today=TODAY)
    assert (u.intent, u.faq_topic, u.booking_ref) == ("faq", "parking", "30-118")


@pytest.mark.parametrize(
    "text",
    [
        "avete una sala per riunioni da 20 persone?",
        "Haben Sie einen Konferenzraum?",
        "any meeting rooms free?",
    ],
)
def test_a_meeting_room_asked_for_is_an_amenity_not_a_stay(text: str) -> None:
    u = understand(text, today=TODAY)
    assert (u.intent, u.faq_topic, u.adults, u.rooms) == ("faq", "amenities", None, None)


def test_a_stay_beside_a_meeting_room_stays_a_request_for_rooms() -> None:
    u = understand("two double rooms from 3 to 5 February, and do you have a meeting room?", today=TODAY)
    assert u.intent in ("availability", "booking_create")


def test_a_wish_to_stay_there_in_a_long_voice_note_is_a_booking() -> None:
    text = "olha só, é o seguinte, a gente queria ficar aí do sábado até terça, eu e a minha namorada, beleza"
    assert understand(text, today=TODAY).intent == "booking_create"
