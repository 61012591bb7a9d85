"""Sending outbox rows, dispatched by channel.

`send_outbox_message(message_id=...)` claims the row (a conditional update, so two workers never
send it both) and hands it to its channel's sender. Channels register their sender in `SENDERS`:
WhatsApp here; e-mail and web chat add theirs (`register_sender(Channel.EMAIL, send_email)`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import structlog
from django.conf import settings
from django.utils import timezone

from conversations.incoming import Channel
from conversations.models import Message
from conversations.services import (
    outbox_claim,
    outbox_mark_failed,
    outbox_mark_sent,
    outbox_retry_later,
)

log = structlog.get_logger(__name__)

# How long one send attempt may hold a row before another worker may take it over.
CLAIM_HOLD = dt.timedelta(seconds=60)


@dataclass(frozen=True)
class SendOutcome:
    """What became of one attempt: sent, retry (at `retry_at`), failed, replaced or skipped."""

    result: str
    retry_at: dt.datetime | None = None


Sender = Callable[[Message], SendOutcome]
SENDERS: dict[str, Sender] = {}


def register_sender(channel: str, sender: Sender) -> None:
    SENDERS[channel] = sender


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


def send_outbox_message(*, message_id: int) -> SendOutcome:
    """Send one queued outbound message through its channel, if it is due and nobody else holds it."""
    message = outbox_claim(message_id=message_id, hold=CLAIM_HOLD)
    if message is None:
        return SendOutcome("skipped")
    sender = SENDERS.get(message.channel)
    if sender is None:
        log.error("outbox.no_sender", message_id=message.pk, channel=message.channel)
        outbox_mark_failed(
            message=message, error_code="no_sender", error_title=f"no sender for {message.channel}"
        )
        return SendOutcome("failed")
    return sender(message)


def _register_builtin_senders() -> None:
    from channels_app.email.sender import EmailSendError, send_email_message
    from channels_app.webchat.sender import WebchatSendError, send_webchat_message
    from channels_app.whatsapp.sender import send_whatsapp

    register_sender(Channel.WHATSAPP, send_whatsapp)
    register_sender(Channel.WEBCHAT, plain_sender(send_webchat_message, retryable=(WebchatSendError,)))
    register_sender(Channel.EMAIL, plain_sender(send_email_message, retryable=(EmailSendError,)))


_register_builtin_senders()
