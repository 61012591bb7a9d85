"""Found playing guests (seventeenth session): "we'd like one night less, sorry" after a booking was read as a new
booking request; nights taken off a stay are a change of the booking that has them."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.rules import nights_added
from conversations.nlu.text import fold

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    "text",
    [
        "we would like one night less, sorry",
        "una noche menos, por favor",
        "queremos uma noite a menos",
        "on voudrait une nuit de moins",
        "wir möchten eine Nacht weniger",
        "vorremmo una notte in meno",
    ],
)
def test_a_night_taken_off_is_a_change(text):
    assert understand(text, today=TODAY).intent == "booking_modify"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("quisiera una habitación doble al menos 3 noches desde el 3 de mayo", "es"),
        ("une chambre double pour au moins deux nuits à partir du 3 mai", "fr"),
        ("um quarto duplo por pelo menos 2 noites a partir de 3 de maio", "pt"),
    ],
)
def test_at_least_so_many_nights_takes_none_off(text, lang):
    assert nights_added(fold(text)) == 0
    assert understand(text, today=TODAY).intent == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "nous sommes 7 dont 3 enfants de moins de 10 ans, deux chambres pour la nuit du 30 au 31 mai",
        "somos 5, dos niños menos de 12 años, una habitación para 2 noches",
        "less than 10 minutes from the station? we need 2 nights in May",
    ],
)
def test_less_said_of_something_else_takes_no_night_off(text):
    assert nights_added(fold(text)) == 0
