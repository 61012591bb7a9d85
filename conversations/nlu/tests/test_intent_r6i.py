"""Intents of the sixth session's intent lines (r6i): a strike in town asked about, a booked room swapped or a stay
lengthened after a booking made, a wish to come and stay said after the party, a booking in the present tense, a
meeting room asked about with its size and a booking form's arrival and departure fields. The first set's
`<lang>-r6i` lines score the rest."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "do you know if there's a train strike on Monday?",
        "¿saben si mañana hay huelga de taxis?",
        "c'è sciopero dei treni giovedì?",
        "wisst ihr, ob am Montag gestreikt wird? Ist ein Bahnstreik angekündigt?",
    ],
)
def test_a_strike_in_town_asked_about_is_out_of_scope(text: str) -> None:
    u = understand(text, today=TODAY)
    assert u.intent == "other"
    assert u.check_in is None


def test_a_strike_that_makes_the_guest_cancel_keeps_the_cancellation() -> None:
    u = understand("com a greve dos aviões vamos ter de cancelar a reserva 5521", today=TODAY)
    assert u.intent == "booking_cancel"


@pytest.mark.parametrize(
    "text",
    [
        "We booked a twin for 8-10 May but would love to upgrade to the suite",
        "j'ai réservé une double du 3 au 5 mai, on peut passer à une suite ?",
        "tenho uma reserva de 3 a 5 de maio e queria trocar para um quarto triplo",
    ],
)
def test_a_booked_room_swapped_is_a_change(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_modify"


def test_a_stay_lengthened_after_a_french_resa_is_a_change() -> None:
    u = understand("Salut, on a une résa chez vous, on pourrait prolonger jusqu'au 12 ?", today=TODAY)
    assert u.intent == "booking_modify"
    assert (u.check_in, u.check_out) == (None, dt.date(2026, 12, 12))


def test_a_wish_to_come_and_stay_after_the_party_is_a_booking() -> None:
    u = understand(
        "Wir sind zu viert und möchten über Ostern ein paar Nächte bei Ihnen übernachten", today=TODAY
    )
    assert u.intent == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "Prenoto una doppia per venerdì, grazie",
        "Reservo una doble para el sábado",
        "I'll book the twin for Friday",
    ],
)
def test_a_booking_in_the_present_tense_is_a_booking(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_create"


def test_a_meeting_room_asked_about_gives_no_party() -> None:
    u = understand("Morning! Is there a conference room for 14 at the hotel?", today=TODAY)
    assert (u.intent, u.faq_topic) == ("faq", "amenities")
    assert u.adults is None


def test_a_booking_forms_arrival_and_departure_are_a_stay() -> None:
    u = understand(
        "Guests: 2 adults\nCheck-in: 12 March 2027\nCheck-out: 15 March 2027\nRoom type: Twin", today=TODAY
    )
    assert u.intent in ("booking_create", "availability")
    assert (u.check_in, u.check_out) == (dt.date(2027, 3, 12), dt.date(2027, 3, 15))
