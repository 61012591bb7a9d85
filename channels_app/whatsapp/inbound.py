"""Webhook events: stored raw before the 200, processed afterwards by a task that takes the event id."""

from __future__ import annotations

import hashlib
import json

import structlog
from django.db import InterfaceError, OperationalError, connection, transaction
from django.utils import timezone

from channels_app.deposit_media import keep_whatsapp_proof
from channels_app.models import InboundEvent, InboundEventStatus
from channels_app.outbox import message_status_apply
from channels_app.whatsapp.errors import OUTSIDE_WINDOW
from channels_app.whatsapp.hotels import hotel_for_number
from channels_app.whatsapp.normalise import (
    InboundGuestMessage,
    MalformedPayload,
    StatusUpdate,
    parse_webhook,
)
from conversations.incoming import Channel, MessageKind
from conversations.models import DeliveryStatus, Message
from conversations.services import IncomingRefused, message_receive
from conversations.services.unstored import message_unstored_record
from hotel_agent.correlation import current_correlation_id
from hotel_agent.metrics import INBOUND_REFUSED

log = structlog.get_logger(__name__)


def whatsapp_event_store(*, body: bytes, signature_verified: bool) -> tuple[int, bool]:
    """Store the body as received: one INSERT ... ON CONFLICT DO NOTHING (the webhook's only query).

    Returns the event id and whether it is new (identical bodies, i.e. redeliveries, share one row).
    """
    digest = hashlib.sha256(body).hexdigest()
    table = connection.ops.quote_name(InboundEvent._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (channel, body, body_sha256, signature_verified, status, attempts, error,"  # noqa: S608 - table name from the model
            " correlation_id, received_at) VALUES (%s, %s, %s, %s, %s, 0, '', %s, %s)"
            " ON CONFLICT (channel, body_sha256) DO NOTHING RETURNING id",
            [
                Channel.WHATSAPP,
                body.decode("utf-8"),
                digest,
                signature_verified,
                InboundEventStatus.PENDING,
                current_correlation_id() or "",
                timezone.now(),
            ],
        )
        row = cursor.fetchone()
    if row is not None:
        return int(row[0]), True
    existing = InboundEvent.objects.filter(channel=Channel.WHATSAPP, body_sha256=digest).values_list(
        "pk", flat=True
    )
    return int(existing.get()), False


def inbound_pending_count() -> int:
    """Webhook events stored but not processed yet (the `hotel_agent_inbound_pending` gauge)."""
    return InboundEvent.objects.filter(status=InboundEventStatus.PENDING).count()


def inbound_oldest_pending_seconds() -> float:
    """Age of the oldest unprocessed webhook event, 0 when none waits (`hotel_agent_inbound_oldest_seconds`)."""
    oldest = (
        InboundEvent.objects.filter(status=InboundEventStatus.PENDING)
        .order_by("received_at")
        .values_list("received_at", flat=True)
        .first()
    )
    return max(0.0, (timezone.now() - oldest).total_seconds()) if oldest else 0.0


def whatsapp_event_process(*, event_id: int) -> None:
    """Turn a stored delivery into guest messages and status updates. Running it twice changes nothing."""
    event = InboundEvent.objects.get(pk=event_id)
    if event.status == InboundEventStatus.PROCESSED:
        return
    InboundEvent.objects.filter(pk=event_id).update(attempts=event.attempts + 1)
    try:
        contents = parse_webhook(json.loads(event.body))
    except (ValueError, MalformedPayload) as exc:
        _finish(event_id, InboundEventStatus.FAILED, error=f"{type(exc).__name__}: {exc}"[:500])
        log.warning("whatsapp.event_unreadable", event_id=event_id)
        return
    failures = [
        failure
        for position, item in enumerate(contents.messages)
        if (failure := _receive_one(event_id=event_id, position=position, item=item))
    ]
    for position, unreadable in enumerate(contents.unreadable):
        failures.append(f"unreadable message {position}")
        _record_unstored(
            event_id=event_id,
            key=f"whatsapp:event:{event_id}:unreadable:{position}",
            phone_number_id=unreadable.phone_number_id,
            sender=unreadable.sender,
            raw=unreadable.raw,
            reason="unreadable: not a message this agent can parse",
        )
    for status in contents.statuses:
        _apply_status(status)
    for error in contents.errors:
        log.error(
            "whatsapp.webhook_error", event_id=event_id, code=error.get("code"), title=error.get("title")
        )
    _finish(event_id, InboundEventStatus.PROCESSED, error="; ".join(failures)[:500])
    log.info(
        "whatsapp.event_processed",
        event_id=event_id,
        messages=len(contents.messages),
        statuses=len(contents.statuses),
        errors=len(contents.errors),
    )


def _receive_one(*, event_id: int, position: int, item: InboundGuestMessage) -> str:
    """Store one message of a delivery on its own; "" when stored (or already there), else what failed.

    A message that can never be stored is recorded on the event and the rest of the delivery goes on.
    A database that is unreachable is raised, so the whole event is retried (stored messages dedupe).
    """
    hotel = hotel_for_number(item.phone_number_id)
    if hotel is None:  # nothing is stored or answered: the guest is no tenant's
        INBOUND_REFUSED.labels(channel=Channel.WHATSAPP, reason="no_hotel").inc()
        log.error("whatsapp.no_hotel", event_id=event_id, phone_number_id=item.phone_number_id)
        return f"message {position}: no hotel"
    try:
        # A savepoint of its own: a refused insert never spoils the other messages' transaction.
        with transaction.atomic():
            stored = message_receive(incoming=item.message, hotel=hotel)
    except IncomingRefused as exc:
        log.warning("whatsapp.message_refused", event_id=event_id, position=position, reason=exc.reason)
        failure = f"message {position}: refused ({exc.reason})"
    except (OperationalError, InterfaceError):
        raise
    except Exception as exc:
        log.exception("whatsapp.message_failed", event_id=event_id, position=position)
        failure = f"message {position}: {type(exc).__name__}"
    else:
        if stored is not None and stored.kind in (MessageKind.IMAGE, MessageKind.DOCUMENT):
            keep_whatsapp_proof(message=stored)  # a deposit's proof: fetched now, its link expires
        return ""
    _record_unstored(
        event_id=event_id,
        key=f"whatsapp:event:{event_id}:{position}",
        phone_number_id=item.phone_number_id,
        sender=item.message.sender,
        raw=item.message.raw,
        reason=failure,
        text=item.message.text,
    )
    return failure


def _record_unstored(
    *, event_id: int, key: str, phone_number_id: str, sender: str, raw: object, reason: str, text: str = ""
) -> None:
    """Keep a message that could not be stored for staff (with the event's id) and tell its guest."""
    hotel = hotel_for_number(phone_number_id)
    if hotel is None:
        return  # no tenant's guest: refused and counted like any message to an unknown number
    message_unstored_record(
        hotel=hotel,
        channel=Channel.WHATSAPP,
        key=key,
        reason=reason,
        raw={"inbound_event": event_id, "message": raw},
        sender=sender,
        text=text,
    )


def whatsapp_event_fail(*, event_id: int, error: str) -> None:
    _finish(event_id, InboundEventStatus.FAILED, error=error[:500])


def _finish(event_id: int, status: str, *, error: str = "") -> None:
    InboundEvent.objects.filter(pk=event_id).update(status=status, processed_at=timezone.now(), error=error)


def _apply_status(update: StatusUpdate) -> None:
    message = message_status_apply(
        channel=Channel.WHATSAPP,
        provider_message_id=update.provider_message_id,
        status=update.status,
        at=update.at,
        error_code=update.error_code,
        error_title=update.error_title,
        idempotency_key=update.callback_data,
    )
    if message is None:
        log.info("whatsapp.status_unknown_message", status=update.status)
        return
    if (
        update.status == DeliveryStatus.FAILED
        and update.error_code == str(OUTSIDE_WINDOW)
        and message.status == DeliveryStatus.FAILED
        and message.kind != MessageKind.TEMPLATE
    ):
        _reengage_after_failure(message)


def _reengage_after_failure(message: Message) -> None:
    """Meta refused a reply for the closed 24-hour window after accepting it: send the template instead."""
    from channels_app.outbox import outbox_replace
    from channels_app.whatsapp.sender import reengagement_reply

    reply = reengagement_reply(message)
    if reply is not None:
        outbox_replace(
            message=message, reply=reply, error_code=message.error_code, error_title=message.error_title
        )
