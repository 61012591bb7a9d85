"""Sending outbox rows: claim the row, hand it to its channel's sender, record the outcome.

`send_outbox_message(message_id=...)` claims the row (a conditional update, so two workers never
send it both) and sends it through the sender of its channel, chosen here in one place:
WhatsApp (`whatsapp.sender`), e-mail (`email.sender`), web chat (`webchat.sender`).
"""

from __future__ import annotations

import contextvars
import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import structlog
from django.conf import settings
from django.utils import timezone

from channels_app.email.sender import EmailSendError, send_email_message
from channels_app.outbox import (
    SendOutcome,
    outbox_claim,
    outbox_mark_failed,
    outbox_mark_sent,
    outbox_retry_later,
)
from channels_app.webchat.sender import WebchatSendError, send_webchat_message
from channels_app.whatsapp.sender import send_whatsapp
from conversations.incoming import Channel
from conversations.models import Message

log = structlog.get_logger(__name__)

# How long one send attempt may hold a row before another worker may take it over.
CLAIM_HOLD = dt.timedelta(seconds=60)

Sender = Callable[[Message], SendOutcome]

# The terminal chat (`manage.py chat`) prints replies instead of sending them, in its own process only.
_sender_override: contextvars.ContextVar[tuple[str, Sender] | None] = contextvars.ContextVar(
    "sender_override", default=None
)


def plain_sender(send: Callable[[Message], str], *, retryable: tuple[type[Exception], ...] = ()) -> Sender:
    """A `Sender` from a function that returns the channel's id for the message or raises.

    `retryable` errors retry with backoff (at most `WHATSAPP_SEND_MAX_ATTEMPTS` tries), others fail.
    """

    def sender(message: Message) -> SendOutcome:
        try:
            provider_id = send(message)
        except retryable as exc:
            if message.attempts < settings.WHATSAPP_SEND_MAX_ATTEMPTS:
                retry_at = timezone.now() + dt.timedelta(seconds=min(2**message.attempts, 300))
                outbox_retry_later(message=message, at=retry_at, error_code=type(exc).__name__)
                return SendOutcome("retry", retry_at)
            outbox_mark_failed(message=message, error_code=type(exc).__name__, error_title=str(exc))
            return SendOutcome("failed")
        except Exception as exc:
            log.exception("outbox.send_error", message_id=message.pk, channel=message.channel)
            outbox_mark_failed(message=message, error_code=type(exc).__name__, error_title=str(exc))
            return SendOutcome("failed")
        outbox_mark_sent(message=message, provider_message_id=provider_id)
        return SendOutcome("sent")

    return sender


SENDER_BY_CHANNEL: dict[str, Sender] = {
    Channel.WHATSAPP: send_whatsapp,
    Channel.WEBCHAT: plain_sender(send_webchat_message, retryable=(WebchatSendError,)),
    Channel.EMAIL: plain_sender(send_email_message, retryable=(EmailSendError,)),
}


@contextmanager
def sending_through(channel: str, sender: Sender) -> Iterator[None]:
    """Within this context (this thread or task only), rows of `channel` go to `sender`."""
    token = _sender_override.set((channel, sender))
    try:
        yield
    finally:
        _sender_override.reset(token)


def sender_for(channel: str) -> Sender | None:
    override = _sender_override.get()
    if override is not None and override[0] == channel:
        return override[1]
    return SENDER_BY_CHANNEL.get(channel)


def send_outbox_message(*, message_id: int) -> SendOutcome:
    """Send one queued outbound message through its channel, if it is due and nobody else holds it."""
    message = outbox_claim(message_id=message_id, hold=CLAIM_HOLD)
    if message is None:
        return SendOutcome("skipped")
    if (message.outgoing or {}).get("proactive") and message.conversation.guest.opted_out:
        # The hotel writing first to a guest who said stop; answers to the guest still go.
        outbox_mark_failed(message=message, error_code="opted_out", error_title="guest opted out")
        return SendOutcome("failed")
    sender = sender_for(message.channel)
    if sender is None:
        log.error("outbox.no_sender", message_id=message.pk, channel=message.channel)
        outbox_mark_failed(
            message=message, error_code="no_sender", error_title=f"no sender for {message.channel}"
        )
        return SendOutcome("failed")
    return sender(message)
