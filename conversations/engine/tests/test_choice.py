"""Which offered room the guest names, when the PMS names its rooms in another language."""

from __future__ import annotations

import pytest

from conversations.engine.choice import pick_index

DEMO_ROOMS = ["Doble", "Familiar", "Junior Suite"]


@pytest.mark.parametrize(
    ("language", "text", "index"),
    [
        ("en", "the double please", 0),
        ("de", "Doppel bitte", 0),
        ("fr", "la double", 0),
        ("pt", "o quarto de casal", 0),
        ("it", "la camera matrimoniale", 0),
        ("en", "the family room", 1),
        ("de", "das Familienzimmer", 1),
        ("fr", "la chambre famille", 1),
        ("it", "la suite", 2),
        ("es", "la familiar", 1),
    ],
)
def test_a_room_named_in_the_guests_language_is_picked(language: str, text: str, index: int) -> None:
    assert pick_index(text, language=language, names=DEMO_ROOMS) == index


@pytest.mark.parametrize(
    "text",
    [
        "something else",
        "a double bed in the family room?",  # names two rooms: not a choice
    ],
)
def test_no_room_or_several_rooms_pick_nothing(text: str) -> None:
    assert pick_index(text, language="en", names=DEMO_ROOMS) is None


def test_room_words_only_match_rooms_of_that_kind() -> None:
    assert pick_index("the single", language="en", names=["Individual", "Doble"]) == 0
    assert pick_index("the single", language="en", names=["Doble", "Familiar"]) is None
