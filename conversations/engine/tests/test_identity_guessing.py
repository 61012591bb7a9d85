"""Guessing a booking's e-mail: the same words whether or not a reference exists, and wrong answers
counted per booking across conversations (a new chat session or phone gives a guesser nothing more)."""

from __future__ import annotations

import pytest

from conversations.engine.identity_guard import REFERENCE_FAILURES_PER_DAY
from conversations.engine.tests.chat import EngineChat
from conversations.engine.tests.test_dialogue_manage import book
from pms_bridge.factory import get_pms
from pms_bridge.port import BookingState

pytestmark = pytest.mark.django_db


def _made_up_like(reference: str) -> str:
    """A reference of the same shape that no booking has."""
    last = reference[-1]
    swapped = "7" if last.isdigit() and last != "7" else ("X" if last != "X" else "Y")
    return reference[:-1] + swapped


def test_a_made_up_reference_gets_the_same_words_as_someone_elses(demo_hotel):
    _, reservation = book(demo_hotel, phone="+34600111501", email="owner@example.com")
    made_up = _made_up_like(reservation.reference)
    real = EngineChat(demo_hotel, phone="+34600999501")
    fake = EngineChat(demo_hotel, phone="+34600999502")
    for text in ("Quiero cancelar la reserva {ref}", "impostor@example.com", "otro@example.com"):
        said_real = real.says(text.format(ref=reservation.reference))
        said_fake = fake.says(text.format(ref=made_up))
        assert said_real.replace(reservation.reference, "REF") == said_fake.replace(made_up, "REF")
    assert "correo" not in said_real  # the conversation's guesses are used up (handed to a person)
    assert get_pms().get_booking(reference=reservation.reference).state == BookingState.ACTIVE


def test_wrong_answers_across_conversations_lock_the_booking_for_a_day(demo_hotel):
    _, reservation = book(demo_hotel, phone="+34600111502", email="owner@example.com")
    guesses = 0
    chat_number = 0
    while guesses < REFERENCE_FAILURES_PER_DAY:
        chat_number += 1
        guesser = EngineChat(demo_hotel, phone=f"+3460099960{chat_number}", channel="webchat")
        guesser.says(f"Quiero cancelar la reserva {reservation.reference}")
        for attempt in range(2):
            if guesses < REFERENCE_FAILURES_PER_DAY:
                guesser.says(f"guess{chat_number}{attempt}@example.com")
                guesses += 1
    # Even the owner, from yet another session, is sent to reception (a made-up reference guessed at as
    # often is refused the same way: the lock is per reference, not per existing booking).
    late = EngineChat(demo_hotel, phone="+34600999699", channel="webchat")
    refused = late.says(f"Quiero cancelar la reserva {reservation.reference}")
    assert "no coinciden" in refused and "recepción" in refused
    assert "20 de marzo" not in late.says("owner@example.com")
    assert get_pms().get_booking(reference=reservation.reference).state == BookingState.ACTIVE


def test_the_owner_with_the_right_email_still_gets_in_below_the_limit(demo_hotel):
    _, reservation = book(demo_hotel, phone="+34600111503", email="owner@example.com")
    guesser = EngineChat(demo_hotel, phone="+34600999701", channel="webchat")
    guesser.says(f"Quiero cancelar la reserva {reservation.reference}")
    guesser.says("wrong@example.com")
    owner = EngineChat(demo_hotel, phone="+34600999702", channel="webchat")
    owner.says(f"Quiero cancelar la reserva {reservation.reference}")
    assert reservation.reference in owner.says("owner@example.com")
