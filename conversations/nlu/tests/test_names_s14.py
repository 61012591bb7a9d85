"""Names found playing guests (fourteenth session): a family said with "family" keeps its surname whole, and what
"c'est" says of a matter is no one's name."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We're the Jones family, do you have a room for 4 next weekend?", "Jones"),
        ("A room for the Davies family please, 12-14 May", "Davies"),
        ("we are the Hughes family, 2 adults and 2 kids", "Hughes"),
        # the plural alone is still the surname without its s
        ("We're the Nakamuras, 2 adults 2 kids", "Nakamura"),
        ("Reservation for the Hendersons, 3 nights from 12 May", "Henderson"),
    ],
)
def test_a_family_said_with_family_keeps_its_surname_whole(text: str, name: str) -> None:
    assert understand(text, today=TODAY).guest_name == name


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, on a un souci avec la chambre, c'est grave",
        "c'est urgent, la douche ne marche pas",
        "30 euros de plus, c'est inadmissible",
        "c'est scandaleux, personne ne répond",
    ],
)
def test_what_cest_says_of_a_matter_is_no_name(text: str) -> None:
    assert understand(text, today=TODAY).guest_name is None


def test_cest_with_a_first_name_is_still_the_writer() -> None:
    assert understand("salut c'est Julie, vous avez une chambre ?", today=TODAY).guest_name == "Julie"
