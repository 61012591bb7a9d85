"""A complaint keeps the stay it is about (docs/INTERFACES.md "Understanding conventions").

A stay from one day to another that is still ahead ("I booked 12 to 14 February and you charged me twice") is what
the complaint is about: its dates are kept for the person who takes it over. A single day, tonight or a day already
past is when something went wrong, not a stay.
"""

from __future__ import annotations

import pytest

from conversations.nlu import understand
from conversations.nlu.tests.support import WEDNESDAY, d


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [
        (
            "Reservé una habitación del 29 de marzo al 1 de abril y me cobraron dos veces, es una vergüenza. "
            "Quiero que me devuelvan el dinero.",
            d(3, 29),
            d(4, 1),
        ),
        (
            "Ich habe vom 12. bis 14. April gebucht und Sie haben mir den Betrag zweimal abgebucht. Das ist eine "
            "Frechheit!",
            d(4, 12),
            d(4, 14),
        ),
        (
            "Ho prenotato dal 6 all'8 agosto e mi avete addebitato due volte. Vergognoso, voglio il rimborso.",
            d(8, 6),
            d(8, 8),
        ),
    ],
)
def test_a_complaint_keeps_the_booked_stay_it_is_about(
    text: str, check_in: object, check_out: object
) -> None:
    understood = understand(text, today=WEDNESDAY)

    assert understood.intent == "complaint"
    assert (understood.check_in, understood.check_out) == (check_in, check_out)


@pytest.mark.parametrize(
    "text",
    [
        "ur staff was rude 2nite, worst hotel ever",
        "la clim marchait pas cette nuit, c'est inadmissible",
        "The room was not cleaned on Friday, this is unacceptable.",
    ],
)
def test_the_day_something_went_wrong_is_no_stay(text: str) -> None:
    understood = understand(text, today=WEDNESDAY)

    assert understood.intent == "complaint"
    assert (understood.check_in, understood.check_out) == (None, None)
