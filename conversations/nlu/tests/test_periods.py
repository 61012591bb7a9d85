"""A rough time of a month wished for, with no days said: its days, for the dialogue to ask which nights."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.periods import rough_period
from conversations.nlu.text import fold

TODAY = dt.date(2026, 12, 8)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Do you have a double the first week of July?", dt.date(2027, 7, 1), dt.date(2027, 7, 7)),
        ("¿Tenéis habitación la última semana de agosto?", dt.date(2027, 8, 25), dt.date(2027, 8, 31)),
        ("une chambre la deuxième semaine de mai", dt.date(2027, 5, 8), dt.date(2027, 5, 14)),
        ("a room in the last week of February", dt.date(2027, 2, 22), dt.date(2027, 2, 28)),
        ("Habt ihr Mitte Juni noch was frei?", dt.date(2027, 6, 11), dt.date(2027, 6, 20)),
        ("Anfang September ein Doppelzimmer", dt.date(2027, 9, 1), dt.date(2027, 9, 10)),
        ("un quarto a metà luglio", dt.date(2027, 7, 11), dt.date(2027, 7, 20)),
        ("Avete camere libere a fine giugno?", dt.date(2027, 6, 21), dt.date(2027, 6, 30)),
        ("um quarto em meados de julho", dt.date(2027, 7, 11), dt.date(2027, 7, 20)),
        ("a principios de marzo", dt.date(2027, 3, 1), dt.date(2027, 3, 10)),
        ("Vous avez de la place mi-juin ?", dt.date(2027, 6, 11), dt.date(2027, 6, 20)),
        # under way: from today
        ("early December", dt.date(2026, 12, 8), dt.date(2026, 12, 10)),
    ],
)
def test_a_rough_period_gives_its_days(text, start, end):
    assert rough_period(fold(text), today=TODAY) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "le premier week-end de juin",  # a weekend's end is no end of the month
        "fin de semana de julio",
        "we may come late",
        "la semaine du 3 mai",
        "ende der Woche",
    ],
)
def test_no_rough_period(text):
    assert rough_period(fold(text), today=TODAY) is None


def test_the_rough_period_goes_with_a_stay_asked_for_without_days():
    understood = understand("¿Tenéis habitación la última semana de agosto? somos 2", today=TODAY)
    assert understood.check_in is None
    assert understood.extras["rough_period"] == {"start": dt.date(2027, 8, 25), "end": dt.date(2027, 8, 31)}
    with_days = understand("Looking at late June, 24th to the 28th, two adults", today=TODAY)
    assert "rough_period" not in with_days.extras
