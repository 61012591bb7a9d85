"""`hotel_agent.hotels.access` reads conversation states without importing `conversations`."""

from __future__ import annotations

from conversations.models import ConversationState
from hotel_agent.hotels import access


def test_access_rules_use_the_conversation_states_values() -> None:
    assert (access.AI, access.WAITING_HUMAN, access.HUMAN, access.CLOSED) == (
        ConversationState.AI,
        ConversationState.WAITING_HUMAN,
        ConversationState.HUMAN,
        ConversationState.CLOSED,
    )
