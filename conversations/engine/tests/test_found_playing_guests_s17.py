"""Found playing guests on `make run` (seventeenth session), each through the engine as a guest meets it."""

from __future__ import annotations

import pytest

from conversations.engine.tests.test_found_playing_guests_s15 import _booked_in_june


# "we would like one night less, sorry" after booking 10-12 June got "For which dates, and how many people?" (a new
# booking); the night is taken off the booking's end, shown and confirmed first.
@pytest.mark.parametrize(
    ("lang", "asked"),
    [
        ("es", "una noche menos, por favor"),
        ("en", "we would like one night less, sorry"),
        ("pt", "queremos uma noite a menos"),
        ("fr", "on voudrait une nuit de moins"),
        ("de", "wir möchten eine Nacht weniger"),
        ("it", "vorremmo una notte in meno"),
    ],
)
def test_a_night_less_shortens_the_booking_at_its_end(demo_hotel, lang, asked):
    guest = _booked_in_june(demo_hotel, lang, "+34601199701")
    guest.says(asked)
    manage = guest.state["manage"]
    assert (manage["check_in"], manage["check_out"]) == ("2027-06-10", "2027-06-11"), guest.turns[-1].replies
    assert guest.state["stage"] == "modify_confirm"
