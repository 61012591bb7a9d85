"""Dates, party and names that were read wrong: a price per night, a weekday gone by, a stay extended up to a
day, swaps of rooms, couples named by surname and places after "ici"/"hier"/"this is" (docs/INTERFACES.md
"Understanding conventions")."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

from .support import WEDNESDAY, d, dates

SUNDAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "lang", "check_in"),
    [
        ("any chance you had a double free last Thursday?", "en", d(3, 5)),
        ("¿quedaba alguna habitación el lunes pasado?", "es", d(3, 9)),
        ("Hatten Sie vergangenen Freitag ein Zimmer?", "de", d(3, 6)),
        ("une chambre était libre samedi dernier ?", "fr", d(3, 7)),
        ("c'era posto martedì scorso?", "it", d(3, 10)),
        ("tinham vaga na quinta passada?", "pt", d(3, 5)),
    ],
)
def test_a_weekday_gone_by_is_that_past_day(text: str, lang: str, check_in: dt.date) -> None:
    assert dates(text, lang) == (check_in, None)


def test_a_weekday_without_past_word_is_still_the_next_one() -> None:
    assert dates("a room for Friday please", "en") == (d(3, 13), None)
    assert dates("the last room for friday", "en") == (d(3, 13), None)


@pytest.mark.parametrize(
    ("text", "check_out"),
    [
        ("¿podríamos alargar la reserva hasta el 20?", d(3, 20)),
        ("is it ok to extend the booking till the 19th?", d(3, 19)),
        ("Wir würden gern bis 18. März verlängern", d(3, 18)),
        ("peut-on prolonger le séjour jusqu'au 21 ?", d(3, 21)),
        ("possiamo prolungare fino al 16?", d(3, 16)),
        ("queria prorrogar a reserva até dia 22", d(3, 22)),
    ],
)
def test_a_stay_extended_until_a_day_names_the_departure(text: str, check_out: dt.date) -> None:
    understood = understand(text, today=WEDNESDAY)
    assert understood.intent == "booking_modify"
    assert (understood.check_in, understood.check_out) == (None, check_out)


def test_an_extension_by_nights_keeps_no_departure() -> None:
    understood = understand("can we extend by one more night?", today=SUNDAY)
    assert understood.check_out is None
