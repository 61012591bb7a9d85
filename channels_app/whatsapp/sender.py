"""Sending one claimed outbox row to WhatsApp, acting on each error class.

- throttled (130429, 131056): back off; after 131056 nothing to that guest for 6 seconds;
- outside the 24-hour window (131047, or known before sending): the approved re-engagement template
  goes instead, the reply stays in the transcript as failed;
- undeliverable (131026) and rejected requests: failed, never retried;
- access token invalid (190): no sending at all for a while, readiness degraded, a critical log line;
- 5xx, timeouts, transport errors: retried with exponential backoff, up to `WHATSAPP_SEND_MAX_ATTEMPTS`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import structlog
from django.conf import settings
from django.utils import timezone

from channels_app.outbox import (
    SendOutcome,
    outbox_mark_failed,
    outbox_mark_sent,
    outbox_replace,
    outbox_retry_later,
)
from channels_app.speech.errors import TtsUnavailable
from channels_app.speech.voice_replies import deliver_voice
from channels_app.whatsapp import sending_state
from channels_app.whatsapp.client import (
    MAX_BUTTON_TITLE,
    MAX_BUTTONS,
    MAX_INTERACTIVE_BODY,
    MAX_LIST_ROWS,
    MAX_ROW_DESCRIPTION,
    MAX_ROW_TITLE,
    MAX_TEXT,
    Button,
    ListRow,
    WhatsAppClient,
    get_client,
)
from channels_app.whatsapp.errors import (
    PAIR_RATE_LIMIT,
    AccessTokenInvalid,
    OutsideWindow,
    Temporary,
    Throttled,
    TimedOut,
    WhatsAppError,
)
from channels_app.whatsapp.hotels import sender_number_for
from conversations.incoming import MessageKind, OutgoingReply
from conversations.models import Message

log = structlog.get_logger(__name__)

WINDOW = dt.timedelta(hours=24)
OUTSIDE_WINDOW_CODE = "131047"
TOKEN_RETRY = dt.timedelta(minutes=5)
AMBIGUOUS_RETRY = dt.timedelta(seconds=30)


def backoff(attempts: int) -> dt.timedelta:
    """2, 4, 8 ... seconds, at most five minutes."""
    return dt.timedelta(seconds=min(2 ** max(attempts, 1), 300))


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _numbered(reply: OutgoingReply) -> str:
    """Options as numbered lines, when they don't fit WhatsApp's interactive limits."""
    titles = [b.title for b in reply.buttons] or [r.title for r in reply.list_rows]
    lines = [reply.text, ""] + [f"{i}. {title}" for i, title in enumerate(titles, start=1)]
    return "\n".join(lines).strip()


def deliver(client: WhatsAppClient, *, to: str, reply: OutgoingReply, callback_data: str) -> str:
    """Send `reply` in the richest form WhatsApp allows for it; returns Meta's message id."""
    if reply.template_name:
        return client.send_template(
            to=to,
            name=reply.template_name,
            language=reply.template_language,
            params=reply.template_params,
            callback_data=callback_data,
        )
    fits_interactive = 0 < len(reply.text) <= MAX_INTERACTIVE_BODY
    if reply.buttons and len(reply.buttons) <= MAX_BUTTONS and fits_interactive:
        buttons = [Button(id=b.id, title=_clip(b.title, MAX_BUTTON_TITLE)) for b in reply.buttons]
        return client.send_buttons(to=to, body=reply.text, buttons=buttons, callback_data=callback_data)
    options = reply.list_rows or tuple()
    if not options and reply.buttons:  # more than three buttons: a list holds up to ten
        from conversations.incoming import ReplyListRow

        options = tuple(ReplyListRow(id=b.id, title=b.title) for b in reply.buttons)
    if options and len(options) <= MAX_LIST_ROWS and fits_interactive and reply.list_button_label:
        rows = [
            ListRow(
                id=r.id,
                title=_clip(r.title, MAX_ROW_TITLE),
                description=_clip(r.description, MAX_ROW_DESCRIPTION),
            )
            for r in options
        ]
        return client.send_list(
            to=to,
            body=reply.text,
            button_label=_clip(reply.list_button_label, 20),
            rows=rows,
            callback_data=callback_data,
        )
    body = _numbered(reply) if (reply.buttons or reply.list_rows) else reply.text
    return client.send_text(to=to, body=_clip(body, MAX_TEXT), callback_data=callback_data)


def _window_open(message: Message, now: dt.datetime) -> bool:
    last = message.conversation.last_inbound_at
    return last is not None and now - last < WINDOW


def reengagement_reply(message: Message) -> OutgoingReply | None:
    """The approved template that reopens the window, in the conversation's language; None if unset."""
    name = settings.WHATSAPP_REENGAGEMENT_TEMPLATE
    if not name:
        return None
    conversation = message.conversation
    language = conversation.language or conversation.hotel.default_language
    return OutgoingReply(text="", template_name=name, template_language=language)


def _reengage(message: Message, *, code: str, title: str) -> SendOutcome:
    template = reengagement_reply(message)
    if template is None:
        outbox_mark_failed(message=message, error_code=code, error_title=title)
        log.warning("whatsapp.outside_window_no_template", message_id=message.pk)
        return SendOutcome("failed")
    outbox_replace(message=message, reply=template, error_code=code, error_title=title)
    return SendOutcome("replaced")


def send_whatsapp(message: Message) -> SendOutcome:
    """Send one claimed outbox row; every outcome is written back to the row."""
    now = timezone.now()
    guest = message.conversation.guest
    if not guest.phone:
        outbox_mark_failed(message=message, error_code="no_phone", error_title="guest has no phone number")
        return SendOutcome("failed")
    if sending_state.token_invalid_since() is not None:
        retry_at = now + TOKEN_RETRY
        outbox_retry_later(
            message=message, at=retry_at, error_code="190", error_title="sending halted: token"
        )
        return SendOutcome("retry", retry_at)
    paused = sending_state.paused_until(guest.phone)
    if paused is not None:
        retry_at = dt.datetime.fromtimestamp(paused, tz=dt.UTC)
        outbox_retry_later(message=message, at=retry_at)
        return SendOutcome("retry", retry_at)
    reply = OutgoingReply.from_payload(message.outgoing or {"text": message.text})
    if not reply.template_name and not _window_open(message, now):
        return _reengage(message, code=OUTSIDE_WINDOW_CODE, title="outside the 24-hour window")
    client = get_client(phone_number_id=sender_number_for(message.conversation.hotel_id))
    media: dict[str, Any] | None = None
    try:
        if message.kind == MessageKind.AUDIO:
            voice = deliver_voice(client, to=guest.phone, message=message)
            wamid, media = voice.provider_message_id, voice.media
        else:
            wamid = deliver(client, to=guest.phone, reply=reply, callback_data=message.idempotency_key or "")
    except WhatsAppError as error:
        return _on_error(message, error, now)
    except TtsUnavailable as error:  # the text went out on its own row: the voice version is given up
        outbox_mark_failed(message=message, error_code="tts_unavailable", error_title=str(error))
        return SendOutcome("failed")
    except ValueError as error:  # a reply WhatsApp cannot carry
        outbox_mark_failed(message=message, error_code="invalid_message", error_title=str(error))
        return SendOutcome("failed")
    outbox_mark_sent(message=message, provider_message_id=wamid, media=media)
    if sending_state.token_invalid_since() is not None:
        sending_state.clear_token_invalid()
    log.info("whatsapp.sent", message_id=message.pk, kind=message.kind, attempts=message.attempts)
    return SendOutcome("sent")


def _on_error(message: Message, error: WhatsAppError, now: dt.datetime) -> SendOutcome:
    code = error.code_label
    log.warning(
        "whatsapp.send_failed",
        message_id=message.pk,
        error=type(error).__name__,
        code=code,
        attempts=message.attempts,
    )
    if isinstance(error, Throttled):
        if error.code == PAIR_RATE_LIMIT:
            until = sending_state.pause_pair(message.conversation.guest.phone)
        else:
            until = sending_state.pause_throughput()
        retry_at = max(dt.datetime.fromtimestamp(until, tz=dt.UTC), now + backoff(message.attempts))
        outbox_retry_later(message=message, at=retry_at, error_code=code, error_title=error.title)
        return SendOutcome("retry", retry_at)
    if isinstance(error, OutsideWindow):
        return _reengage(message, code=code, title=error.title)
    if isinstance(error, AccessTokenInvalid):
        sending_state.mark_token_invalid()
        log.critical("whatsapp.access_token_invalid", alert=True, code=code)
        retry_at = now + TOKEN_RETRY
        outbox_retry_later(message=message, at=retry_at, error_code=code, error_title=error.title)
        return SendOutcome("retry", retry_at)
    if isinstance(error, Temporary) and message.attempts < settings.WHATSAPP_SEND_MAX_ATTEMPTS:
        retry_at = now + backoff(message.attempts)
        if isinstance(error, TimedOut):
            # Meta may have taken it: wait for its status webhook (which names our key) before resending.
            retry_at = max(retry_at, now + AMBIGUOUS_RETRY)
        outbox_retry_later(message=message, at=retry_at, error_code=code, error_title=error.title)
        return SendOutcome("retry", retry_at)
    outbox_mark_failed(message=message, error_code=code, error_title=error.title)
    return SendOutcome("failed")
