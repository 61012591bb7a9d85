"""A child named in a question about the hotel is why the guest asks, not a party asked for (as in a complaint);
in a request for a stay the same child is counted."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "O berço é pago? A nossa filha tem 7 meses.",
        "¿La cuna se paga aparte? Nuestro hijo tiene un año.",
        "Is the cot free? Our son is 10 months old.",
    ],
)
def test_a_child_in_a_question_about_the_hotel_is_no_party(text):
    result = understand(text, today=TODAY)
    assert result.intent == "faq"
    assert result.children is None


def test_a_child_in_a_request_for_a_stay_is_counted():
    result = understand("Têm quarto para 2 adultos e um bebé de 20 a 22 de dezembro?", today=TODAY)
    assert result.children == 1
