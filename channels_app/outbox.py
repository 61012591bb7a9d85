"""The outbox: claiming a queued outbound row, recording what its channel made of it, retries,
replacements and the provider's delivery statuses. Rows are enqueued by `conversations`
(`reply_enqueue`); this module is the only one that changes them afterwards.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import structlog
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from conversations.events import publish_message_created, publish_on_commit
from conversations.incoming import OutgoingReply
from conversations.models import Author, DeliveryStatus, Direction, Message
from conversations.models.records import STATUS_RANK
from conversations.signals import outbox_enqueued
from hotel_agent.correlation import current_correlation_id
from hotel_agent.metrics import MESSAGES

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class SendOutcome:
    """What became of one attempt: sent, retry (at `retry_at`), failed, replaced or skipped."""

    result: str
    retry_at: dt.datetime | None = None


def outbox_claim(*, message_id: int, hold: dt.timedelta) -> Message | None:
    """Claim a due outbox row for one send attempt (a conditional update: two senders never both win)."""
    now = timezone.now()
    due = (
        Q(
            pk=message_id,
            direction=Direction.OUT,
            status=DeliveryStatus.QUEUED,
            provider_message_id__isnull=True,
        )
        & (Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        & (Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
    )
    claimed = Message.objects.filter(due).update(claimed_until=now + hold, attempts=F("attempts") + 1)
    if not claimed:
        return None
    return Message.objects.select_related("conversation", "conversation__guest", "conversation__hotel").get(
        pk=message_id
    )


def _publish_status(message: Message) -> None:
    publish_on_commit(
        hotel_id=message.conversation.hotel_id,
        conversation_id=message.conversation_id,
        event="message.status",
        data={
            "id": message.pk,
            "status": message.status,
            "error_code": message.error_code,
            "error_title": message.error_title,
        },
    )


@transaction.atomic
def outbox_mark_sent(
    *, message: Message, provider_message_id: str, media: dict[str, Any] | None = None
) -> None:
    """The provider accepted the message: record its id (and the media it carried, e.g. a voice reply
    uploaded to the channel, for the console's player); the row leaves the outbox."""
    now = timezone.now()
    extra: dict[str, Any] = {"media": media} if media is not None else {}
    Message.objects.filter(pk=message.pk).update(
        provider_message_id=provider_message_id,
        status=DeliveryStatus.SENT,
        sent_at=now,
        claimed_until=None,
        next_attempt_at=None,
        updated_at=now,
        **extra,
    )
    if media is not None:
        message.media = media
    message.provider_message_id, message.status, message.sent_at = (
        provider_message_id,
        DeliveryStatus.SENT,
        now,
    )
    message.claimed_until = message.next_attempt_at = None
    _publish_status(message)


@transaction.atomic
def outbox_retry_later(
    *, message: Message, at: dt.datetime, error_code: str = "", error_title: str = ""
) -> None:
    """Give the row back to the outbox, due again at `at`."""
    Message.objects.filter(pk=message.pk, status=DeliveryStatus.QUEUED).update(
        claimed_until=None,
        next_attempt_at=at,
        error_code=error_code[:32],
        error_title=error_title[:500],
        updated_at=timezone.now(),
    )


@transaction.atomic
def outbox_mark_failed(*, message: Message, error_code: str, error_title: str) -> None:
    """Give up on the row: it stays in the transcript as failed, with the provider's reason."""
    now = timezone.now()
    Message.objects.filter(pk=message.pk).update(
        status=DeliveryStatus.FAILED,
        failed_at=now,
        error_code=error_code[:32],
        error_title=error_title[:500],
        claimed_until=None,
        next_attempt_at=None,
        updated_at=now,
    )
    message.refresh_from_db()
    _publish_status(message)
    log.warning("outbox.failed", message_id=message.pk, error_code=error_code)


def message_status_apply(
    *,
    channel: str,
    provider_message_id: str,
    status: str,
    at: dt.datetime,
    error_code: str = "",
    error_title: str = "",
    idempotency_key: str = "",
) -> Message | None:
    """Apply a provider's delivery status to an outbound message; statuses never move backwards.

    `failed` is final and only follows `queued` or `sent`. The timestamp of each status is kept even
    when a later status arrived first. `idempotency_key` (echoed back by the provider) finds a message
    whose send timed out before its id was recorded. Returns the message, or None if unknown.
    """
    with transaction.atomic():
        attached = False
        message = (
            Message.objects.select_for_update(of=("self",))
            .select_related("conversation")
            .filter(channel=channel, provider_message_id=provider_message_id, direction=Direction.OUT)
            .first()
        )
        if message is None and idempotency_key:
            message = (
                Message.objects.select_for_update(of=("self",))
                .select_related("conversation")
                .filter(
                    channel=channel,
                    idempotency_key=idempotency_key,
                    direction=Direction.OUT,
                    provider_message_id__isnull=True,
                )
                .first()
            )
            if message is not None:
                # The send reached the provider although its answer never reached us: never resend.
                attached = True
                message.provider_message_id = provider_message_id
                message.claimed_until = None
                message.next_attempt_at = None
                if message.status == DeliveryStatus.QUEUED:
                    message.status = DeliveryStatus.SENT
                    message.sent_at = message.sent_at or at
        if message is None:
            return None
        changed_fields = _status_changes(
            message=message, status=status, at=at, error_code=error_code, error_title=error_title
        )
        if not changed_fields and not attached:
            return message
        message.save()
        if "status" in changed_fields or attached:
            _publish_status(message)
        return message


def _status_changes(
    *, message: Message, status: str, at: dt.datetime, error_code: str, error_title: str
) -> set[str]:
    changed: set[str] = set()
    timestamp_field = {
        DeliveryStatus.SENT: "sent_at",
        DeliveryStatus.DELIVERED: "delivered_at",
        DeliveryStatus.READ: "read_at",
        DeliveryStatus.FAILED: "failed_at",
    }.get(DeliveryStatus(status))
    if timestamp_field and getattr(message, timestamp_field) is None:
        setattr(message, timestamp_field, at)
        changed.add(timestamp_field)
    current = message.status
    if current == DeliveryStatus.FAILED:
        return changed
    if status == DeliveryStatus.FAILED:
        if current in (DeliveryStatus.QUEUED, DeliveryStatus.SENT):
            message.status = DeliveryStatus.FAILED
            message.error_code = error_code[:32]
            message.error_title = error_title[:500]
            message.claimed_until = None
            message.next_attempt_at = None
            changed.update({"status", "error_code", "error_title"})
        return changed
    if STATUS_RANK.get(DeliveryStatus(status), -1) > STATUS_RANK.get(DeliveryStatus(current), -1):
        message.status = status
        changed.add("status")
    return changed


def outbox_pending_count() -> int:
    """Outbound messages not yet accepted by their channel (the `hotel_agent_outbox_pending` gauge)."""
    return Message.objects.filter(direction=Direction.OUT, status=DeliveryStatus.QUEUED).count()


def outbox_oldest_pending_seconds() -> float:
    """Age of the oldest outbound message not yet accepted by its channel, 0 when none waits (the
    `hotel_agent_outbox_oldest_seconds` gauge: a backlog that only grows older means nothing leaves)."""
    oldest = (
        Message.objects.filter(direction=Direction.OUT, status=DeliveryStatus.QUEUED)
        .order_by("created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    return max(0.0, (timezone.now() - oldest).total_seconds()) if oldest else 0.0


def outbox_due(*, now: dt.datetime, limit: int = 200) -> list[int]:
    """Queued rows whose time has come and that no sender holds (for the sweeper)."""
    return list(
        Message.objects.filter(
            Q(direction=Direction.OUT, status=DeliveryStatus.QUEUED, provider_message_id__isnull=True)
            & (Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
            & (Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        )
        .order_by("next_attempt_at", "id")
        .values_list("pk", flat=True)[:limit]
    )


@transaction.atomic
def outbox_replace(*, message: Message, reply: OutgoingReply, error_code: str, error_title: str) -> Message:
    """Give up on `message` and queue `reply` in its place (e.g. a template when the window closed).

    Idempotent: the replacement's key derives from the original's, so it is stored at most once.
    """
    outbox_mark_failed(message=message, error_code=error_code, error_title=error_title)
    key = f"{message.idempotency_key or message.pk}:replacement"
    existing = Message.objects.filter(idempotency_key=key).first()
    if existing is not None:
        return existing
    conversation = message.conversation
    replacement = Message.objects.create(
        conversation=conversation,
        channel=message.channel,
        direction=Direction.OUT,
        kind=reply.kind,
        text=reply.text,
        outgoing=reply.as_payload(),
        status=DeliveryStatus.QUEUED,
        author=Author.SYSTEM,
        correlation_id=current_correlation_id() or message.correlation_id,
        idempotency_key=key,
        next_attempt_at=timezone.now(),
    )
    publish_message_created(message=replacement, conversation=conversation)
    channel = message.channel

    def after_commit() -> None:
        MESSAGES.labels(channel=channel, direction="out", author=Author.SYSTEM).inc()
        outbox_enqueued.send(sender=Message, message_ids=[replacement.pk])

    transaction.on_commit(after_commit)
    log.info("outbox.replaced", message_id=message.pk, replacement_id=replacement.pk, error_code=error_code)
    return replacement
