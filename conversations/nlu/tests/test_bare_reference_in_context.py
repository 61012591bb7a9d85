"""Asked for a booking reference, a code typed alone is the reference, whatever its random letters look like
to the intent model; a word it knows ("gracias", "perfecto") is no code."""

from __future__ import annotations

import datetime as dt
import random
import string

import pytest

from conversations.nlu import understand
from conversations.nlu.answers import BOOKING_REF

TODAY = dt.date(2026, 12, 6)


def test_random_references_typed_in_lower_case_are_read():
    rng = random.Random(5)  # the same made-up references on every run
    references = ["".join(rng.choice(string.ascii_uppercase) for _ in range(9)) for _ in range(400)]
    missed = [
        ref
        for ref in references
        if understand(ref.lower(), today=TODAY, conversation_language="es", expecting=BOOKING_REF).booking_ref
        != ref
    ]
    assert missed == []


@pytest.mark.parametrize(("text", "intent"), [("gracias", "thanks_goodbye"), ("perfecto", "affirm")])
def test_a_known_word_is_no_reference(text, intent):
    result = understand(text, today=TODAY, conversation_language="es", expecting=BOOKING_REF)
    assert result.booking_ref is None
    assert result.intent == intent


def test_a_code_with_digits_is_read():
    assert understand("4471-22", today=TODAY, expecting=BOOKING_REF).booking_ref == "4471-22"
