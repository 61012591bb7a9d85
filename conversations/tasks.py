"""Conversation tasks: a conversation's turn, queued by every channel once a guest message is stored."""

from __future__ import annotations

from typing import Any

import structlog
from celery import shared_task

from conversations.services import conversation_take_turns
from hotel_agent.locks import LockTimeout

log = structlog.get_logger(__name__)

TURN_MAX_RETRIES = 5


@shared_task(
    name="conversations.take_turns",
    bind=True,
    acks_late=True,
    max_retries=TURN_MAX_RETRIES,
    ignore_result=True,
)
def take_turns(self: Any, conversation_id: int) -> int:
    """Answer the conversation's unanswered guest messages (see `conversation_take_turns`).

    Idempotent: a redelivered task finds nothing left, or finishes what a crashed worker left.
    """
    try:
        return conversation_take_turns(conversation_id=conversation_id)
    except LockTimeout as exc:
        # Another worker is taking this conversation's turns for longer than we wait; come back.
        if self.request.is_eager:
            log.warning("conversation.turn_lock_busy", conversation_id=conversation_id)
            return 0
        raise self.retry(exc=exc, countdown=5) from exc


@shared_task(name="conversations.apply_retention", ignore_result=True)
def apply_retention() -> int:
    """Anonymise transcripts older than RETENTION_DAYS (0 keeps them)."""
    from django.conf import settings

    from conversations.services.privacy import transcripts_anonymise_older_than

    return transcripts_anonymise_older_than(days=settings.RETENTION_DAYS)


@shared_task(name="conversations.send_reservation_messages", ignore_result=True)
def send_reservation_messages() -> dict[str, int]:
    """Reservation messages due now (Celery beat, every OUTREACH_BEAT_SECONDS); each goes once."""
    from conversations.outreach import outreach_send_due

    outcomes = outreach_send_due()
    if outcomes:
        log.info("outreach.beat", **outcomes)
    return outcomes


# The replay's task lives with the replay; imported here so Celery's autodiscovery registers it.
from conversations.replay.tasks import replay_run  # noqa: E402, F401
