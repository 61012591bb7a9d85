"""The weekend asked with "next" after a room named with its article ("do you have a room next weekend?"): the
article is the room's, not the weekend's ("a lovely weekend" is some weekend, not the coming one)."""

from __future__ import annotations

import pytest

from conversations.nlu.tests.support import stay

MONDAY = "2026-12-07"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hi, do you have a room next weekend?", "en"),
        ("we need a room next weekend for 2", "en"),
        ("any chance of a double next weekend?", "en"),
        ("Habt ihr ein Zimmer nächstes Wochenende frei?", "de"),
        ("Tienen una habitación próximo finde?", "es"),
        ("Vocês têm um quarto próximo fim de semana?", "pt"),
    ],
)
def test_a_room_next_weekend_is_the_coming_weekend(text: str, lang: str) -> None:
    assert stay(text, lang, MONDAY) == ("2026-12-11", "2026-12-13")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("thanks for a lovely weekend", "en"),
        ("we had a great weekend with you", "en"),
        ("ein schönes Wochenende!", "de"),
        ("gracias por un fin de semana estupendo", "es"),
    ],
)
def test_a_weekend_with_its_own_article_is_no_stay(text: str, lang: str) -> None:
    assert stay(text, lang, MONDAY) == (None, None)
