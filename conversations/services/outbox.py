"""Replies out: outbound messages stored as outbox rows; the channels app sends them after commit.

This app only enqueues. Claiming, sending by channel, retries, delivery statuses and the sweeper
belong to `channels_app.outbox`, which learns of new rows through `conversations.signals`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import structlog
from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from conversations.engine.types import GuestEmail
from conversations.events import publish_message_created
from conversations.incoming import Channel, MessageKind, OutgoingReply
from conversations.models import Author, Conversation, DeliveryStatus, Direction, Message
from conversations.signals import outbox_enqueued
from hotel_agent.correlation import current_correlation_id
from hotel_agent.metrics import MESSAGES

log = structlog.get_logger(__name__)


def _schedule_send(message_ids: list[int]) -> None:
    """Tell the sending side (after commit) that these rows wait; a lost signal leaves them to the sweeper."""
    try:
        outbox_enqueued.send(sender=Message, message_ids=list(message_ids))
    except Exception:
        log.warning("outbox.schedule_failed", message_ids=message_ids, exc_info=True)


@transaction.atomic
def reply_enqueue(
    *,
    conversation: Conversation,
    replies: Sequence[OutgoingReply],
    author: str,
    staff: AbstractBaseUser | None = None,
    in_reply_to: Message | None = None,
) -> list[Message]:
    """Store `replies` as queued outbound messages (the outbox) and send them after commit.

    Each row gets an idempotency key: derived from the guest message answered when there is one (so
    a repeated turn can never store a second answer), random otherwise.
    """
    if author not in Author.values:
        raise ValueError(f"unknown author {author!r}")
    correlation_id = current_correlation_id() or ""
    now = timezone.now()
    stored: list[Message] = []
    for index, reply in enumerate(replies):
        if in_reply_to is not None:
            key = f"{conversation.channel}:reply:{in_reply_to.pk}:{index}"
        else:
            key = f"{conversation.channel}:{author}:{uuid.uuid4().hex}"
        message = Message.objects.create(
            conversation=conversation,
            channel=conversation.channel,
            direction=Direction.OUT,
            kind=reply.kind,
            text=reply.text,
            outgoing=reply.as_payload(),
            status=DeliveryStatus.QUEUED,
            author=author,
            staff_user_id=staff.pk if staff is not None else None,
            correlation_id=correlation_id,
            idempotency_key=key,
            next_attempt_at=now,
        )
        publish_message_created(message=message, conversation=conversation)
        stored.append(message)
    if stored:
        Conversation.objects.filter(pk=conversation.pk).update(last_message_at=now, updated_at=now)
        ids = [m.pk for m in stored]
        channel = conversation.channel

        def after_commit() -> None:
            MESSAGES.labels(channel=channel, direction="out", author=author).inc(len(ids))
            _schedule_send(ids)

        transaction.on_commit(after_commit)
        log.info("outbox.enqueued", conversation_id=conversation.pk, messages=ids, author=author)
    return stored


# Channels that can carry a voice message (uploaded audio); the others get the text alone.
VOICE_CHANNELS = frozenset({Channel.WHATSAPP})


def voice_replies_possible(*, channel: str) -> bool:
    """A voice version of a reply can go out: the channel carries audio and a TTS engine is set."""
    return channel in VOICE_CHANNELS and settings.TTS_ENGINE in ("espeak", "piper")


@transaction.atomic
def voice_reply_enqueue(
    *, conversation: Conversation, text: str, language: str, in_reply_to: Message
) -> Message | None:
    """Queue the spoken version of a turn's answer (after its text), once per guest message answered.

    The channel's sender synthesises `text` in `language`, uploads it and sends it as a voice message;
    the text replies go out as usual, so a guest who cannot listen still reads the answer.
    """
    if not text.strip() or not voice_replies_possible(channel=conversation.channel):
        return None
    return _queue_once(
        conversation=conversation,
        channel=conversation.channel,
        key=f"{conversation.channel}:reply:{in_reply_to.pk}:voice",
        kind=MessageKind.AUDIO,
        text=text,
        outgoing={**OutgoingReply(text=text).as_payload(), "voice": True, "language": language},
        author=Author.AI,
        event="outbox.voice_enqueued",
    )


@transaction.atomic
def guest_email_enqueue(
    *,
    conversation: Conversation,
    email: GuestEmail,
    author: str = Author.AI,
    proactive: bool = False,
) -> Message | None:
    """Queue an e-mail to the guest on the e-mail channel (e.g. a booking confirmation) in `conversation`.

    The row's idempotency key comes from `email.key`, so the same e-mail is never queued twice (a
    repeated turn finds it stored and adds nothing). The e-mail sender reads the address and subject
    from the row's `outgoing`. `proactive`: the hotel writes first (not sent to a guest who opted out).
    """
    return _queue_once(
        conversation=conversation,
        channel=Channel.EMAIL,
        key=f"{Channel.EMAIL}:{email.key}",
        kind=MessageKind.TEXT,
        text=email.text,
        outgoing={
            **OutgoingReply(text=email.text, proactive=proactive).as_payload(),
            "email_to": email.to,
            "email_subject": email.subject,
        },
        author=author,
        event="outbox.email_enqueued",
    )


def _queue_once(
    *,
    conversation: Conversation,
    channel: str,
    key: str,
    kind: str,
    text: str,
    outgoing: dict[str, Any],
    author: str,
    event: str,
) -> Message | None:
    """Store one queued outbound row under `key` and send it after commit; None when `key` is stored
    already (a repeated turn adds nothing)."""
    if Message.objects.filter(idempotency_key=key).exists():
        return None
    message = Message.objects.create(
        conversation=conversation,
        channel=channel,
        direction=Direction.OUT,
        kind=kind,
        text=text,
        outgoing=outgoing,
        status=DeliveryStatus.QUEUED,
        author=author,
        correlation_id=current_correlation_id() or "",
        idempotency_key=key,
        next_attempt_at=timezone.now(),
    )
    publish_message_created(message=message, conversation=conversation)

    def after_commit() -> None:
        MESSAGES.labels(channel=channel, direction="out", author=author).inc()
        _schedule_send([message.pk])

    transaction.on_commit(after_commit)
    log.info(event, conversation_id=conversation.pk, message_id=message.pk)
    return message
