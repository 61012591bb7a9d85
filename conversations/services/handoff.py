"""Handing a conversation from the AI to a human."""

from __future__ import annotations

import structlog
from django.db import transaction

from conversations.events import publish_on_commit
from conversations.models import Conversation, ConversationState
from hotel_agent.metrics import HANDOFFS

log = structlog.get_logger(__name__)


def publish_state(*, conversation: Conversation) -> None:
    """Tell the console, after commit, what state the conversation is in now."""
    publish_on_commit(
        hotel_id=conversation.hotel_id,
        conversation_id=conversation.pk,
        event="conversation.state",
        data={
            "state": conversation.state,
            "handoff_reason": conversation.handoff_reason,
            "handoff_summary": conversation.handoff_summary,
            "assigned_to": conversation.assigned_to_id,
            "language": conversation.language,
        },
    )


@transaction.atomic
def conversation_hand_off(*, conversation: Conversation, reason: str, summary: str = "") -> Conversation:
    """Move a conversation the AI holds to `waiting_human`; count it and tell the console.

    Race-safe: a conditional update, so a conversation a human already holds (or that is closed)
    stays as it is and nothing is counted.
    """
    changed = Conversation.objects.filter(pk=conversation.pk, state=ConversationState.AI).update(
        state=ConversationState.WAITING_HUMAN, handoff_reason=reason, handoff_summary=summary
    )
    conversation.refresh_from_db()
    if not changed:
        log.info("conversation.hand_off_skipped", conversation_id=conversation.pk, state=conversation.state)
        return conversation
    transaction.on_commit(lambda: HANDOFFS.labels(reason=reason).inc())
    log.info("conversation.handed_off", conversation_id=conversation.pk, reason=reason)
    publish_state(conversation=conversation)
    return conversation
