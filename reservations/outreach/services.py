"""Writes: the claim that makes a reservation message go exactly once."""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction

from reservations.models import Reservation
from reservations.outreach.models import OutreachMessage


def outreach_claim(*, reservation: Reservation, kind: str, due_at: dt.datetime) -> OutreachMessage | None:
    """Insert the (reservation, kind) row; None when it exists (another beat or worker has it).

    Meant to run inside the caller's transaction that also queues the message: both commit or
    neither does. A concurrent claim waits on the unique index until the first commits, then fails.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("outreach_claim must run inside the transaction that queues the message")
    try:
        with transaction.atomic():
            return OutreachMessage.objects.create(
                hotel_id=reservation.hotel_id, reservation=reservation, kind=kind, due_at=due_at
            )
    except IntegrityError:
        return None


def outreach_record(
    *,
    claim: OutreachMessage,
    message_id: int | None,
    channel: str,
    language: str,
    template_name: str = "",
    skip_reason: str = "",
) -> None:
    """What became of a claim: the outbox message queued, or why nothing was sent."""
    claim.message_id = message_id
    claim.channel = channel
    claim.language = language
    claim.template_name = template_name
    claim.skip_reason = skip_reason
    claim.state = OutreachMessage.State.SKIPPED if skip_reason else OutreachMessage.State.QUEUED
    claim.save(update_fields=["message", "channel", "language", "template_name", "skip_reason", "state"])
