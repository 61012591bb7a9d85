from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import close_old_connections

from conversations.models import Conversation, ConversationState, StaffAction
from conversations.services.staff import (
    ConversationClosed,
    ConversationHeldByOther,
    ConversationNotHeld,
    conversation_close,
    conversation_hand_back,
    conversation_take_over,
    note_add,
)
from conversations.tests.factories import ConversationFactory
from hotel_agent.metrics import HANDOFFS


@pytest.mark.django_db
def test_take_over_of_a_waiting_conversation_assigns_it(hotel: Any, ana: Any) -> None:
    conversation = ConversationFactory.create(
        hotel=hotel, state=ConversationState.WAITING_HUMAN, handoff_reason="complaint"
    )
    conversation_take_over(conversation=conversation, staff=ana)
    conversation.refresh_from_db()
    assert conversation.state == ConversationState.HUMAN
    assert conversation.assigned_to == ana
    assert conversation.handoff_reason == "complaint"
    assert StaffAction.objects.filter(conversation=conversation, kind="take_over", staff=ana).count() == 1


@pytest.mark.django_db
def test_stepping_in_on_the_ai_counts_a_staff_takeover_handoff(
    hotel: Any, ana: Any, django_capture_on_commit_callbacks: Any
) -> None:
    before = HANDOFFS.labels(reason="staff_takeover")._value.get()
    conversation = ConversationFactory.create(hotel=hotel, state=ConversationState.AI)
    with django_capture_on_commit_callbacks(execute=True):
        conversation_take_over(conversation=conversation, staff=ana)
    conversation.refresh_from_db()
    assert conversation.handoff_reason == "staff_takeover"
    assert HANDOFFS.labels(reason="staff_takeover")._value.get() == before + 1


@pytest.mark.django_db
def test_second_receptionist_is_told_who_holds_the_conversation(hotel: Any, ana: Any, ben: Any) -> None:
    conversation = ConversationFactory.create(hotel=hotel, state=ConversationState.WAITING_HUMAN)
    conversation_take_over(conversation=conversation, staff=ana)
    with pytest.raises(ConversationHeldByOther, match="Ana Ruiz"):
        conversation_take_over(conversation=Conversation.objects.get(pk=conversation.pk), staff=ben)
    # Taking over again what you hold changes nothing.
    conversation_take_over(conversation=conversation, staff=ana)
    assert StaffAction.objects.filter(conversation=conversation, kind="take_over").count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_take_overs_have_exactly_one_winner(hotel: Any, ana: Any, ben: Any) -> None:
    conversation = ConversationFactory.create(hotel=hotel, state=ConversationState.WAITING_HUMAN)
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def attempt(staff: Any) -> None:
        try:
            barrier.wait()
            conversation_take_over(conversation=Conversation.objects.get(pk=conversation.pk), staff=staff)
            outcomes[staff.username] = "won"
        except ConversationHeldByOther:
            outcomes[staff.username] = "refused"
        finally:
            close_old_connections()

    threads = [threading.Thread(target=attempt, args=(s,)) for s in (ana, ben)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes.values()) == ["refused", "won"]
    conversation.refresh_from_db()
    winner = next(name for name, outcome in outcomes.items() if outcome == "won")
    assert conversation.assigned_to is not None and conversation.assigned_to.username == winner
    assert StaffAction.objects.filter(conversation=conversation, kind="take_over").count() == 1


@pytest.mark.django_db
def test_hand_back_returns_to_the_ai_with_the_summary(hotel: Any, ana: Any, ben: Any) -> None:
    conversation = ConversationFactory.create(hotel=hotel, state=ConversationState.WAITING_HUMAN)
    conversation_take_over(conversation=conversation, staff=ana)
    with pytest.raises(ConversationHeldByOther):
        conversation_hand_back(conversation=conversation, staff=ben, summary="not mine")
    conversation_hand_back(conversation=conversation, staff=ana, summary="  Refund of 20 € agreed.  ")
    conversation.refresh_from_db()
    assert conversation.state == ConversationState.AI
    assert conversation.assigned_to is None
    action = StaffAction.objects.get(conversation=conversation, kind="hand_back")
    assert action.text == "Refund of 20 € agreed."
    with pytest.raises(ConversationNotHeld):
        conversation_hand_back(conversation=conversation, staff=ana, summary="again")


@pytest.mark.django_db
def test_close_refuses_a_colleagues_conversation_and_closed_is_final(hotel: Any, ana: Any, ben: Any) -> None:
    conversation = ConversationFactory.create(hotel=hotel, state=ConversationState.WAITING_HUMAN)
    conversation_take_over(conversation=conversation, staff=ana)
    with pytest.raises(ConversationHeldByOther):
        conversation_close(conversation=conversation, staff=ben)
    conversation_close(conversation=conversation, staff=ana)
    conversation.refresh_from_db()
    assert conversation.state == ConversationState.CLOSED
    assert conversation.closed_at is not None
    with pytest.raises(ConversationClosed):
        conversation_take_over(conversation=conversation, staff=ben)


@pytest.mark.django_db
def test_notes_are_recorded_and_empty_ones_refused(hotel: Any, ana: Any) -> None:
    conversation = ConversationFactory.create(hotel=hotel)
    note_add(conversation=conversation, staff=ana, text="VIP guest, room upgrade ok")
    assert (
        StaffAction.objects.get(conversation=conversation, kind="note").text == "VIP guest, room upgrade ok"
    )
    from hotel_agent.errors import DomainError

    with pytest.raises(DomainError):
        note_add(conversation=conversation, staff=ana, text="   ")
