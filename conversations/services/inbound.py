"""Guest messages in: find the guest and the conversation, store the message once, take its turn.

Receiving happens in two steps so that no message is lost and none is answered twice:

1. *Store* (own short transaction): the message row is inserted under the unique constraint on
   (channel, provider id). A redelivery hits the constraint and stores nothing.
2. *Take turns* (under the conversation's named lock): every stored message of the conversation not
   yet handled is taken in arrival order. For each, in one transaction: lock the row, ask the engine
   if the AI holds the conversation, store its replies in the outbox and mark the message handled.
   A crash between the two steps leaves the message unhandled; the next message, a redelivery or the
   sweeper takes its turn then.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import structlog
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from conversations import engine
from conversations.engine.types import EngineTurn, HandoffReason
from conversations.events import publish_on_commit
from conversations.incoming import Channel, IncomingMessage, MessageKind
from conversations.models import (
    Author,
    Conversation,
    ConversationState,
    DeliveryStatus,
    Direction,
    Guest,
    Message,
)
from conversations.services.handoff import conversation_hand_off
from conversations.services.outbox import reply_enqueue
from hotel_agent.correlation import current_correlation_id
from hotel_agent.locks import named_lock
from hotel_agent.metrics import MESSAGES
from reservations.models import Hotel

log = structlog.get_logger(__name__)

# The engine may call the PMS; the lock must outlive a slow turn but free itself after a crash.
CONVERSATION_LOCK_TIMEOUT_SECONDS = 120.0
CONVERSATION_LOCK_WAIT_SECONDS = 60.0
# Kinds that never get an answer of their own: a reaction is not a question.
SILENT_KINDS = frozenset({MessageKind.REACTION})


def conversation_lock_name(conversation_id: int) -> str:
    return f"conversation:{conversation_id}"


def message_payload(message: Message) -> dict[str, Any]:
    """What the console shows of a message (the `message.created` event's data)."""
    return {
        "id": message.pk,
        "direction": message.direction,
        "author": message.author,
        "kind": message.kind,
        "text": message.text,
        "status": message.status,
        "staff_user": message.staff_user_id,
        "created_at": message.created_at.isoformat() if message.created_at else None,
        "payload_id": message.payload_id,
        "media": message.media,
        "reaction_emoji": message.reaction_emoji,
    }


def publish_message_created(*, message: Message, conversation: Conversation) -> None:
    publish_on_commit(
        hotel_id=conversation.hotel_id,
        conversation_id=conversation.pk,
        event="message.created",
        data=message_payload(message),
    )


def _contact_field(channel: str) -> str:
    return {Channel.WHATSAPP: "phone", Channel.EMAIL: "email", Channel.WEBCHAT: "webchat_session"}[channel]


def guest_for_contact(*, channel: str, contact: str, name: str = "") -> Guest:
    """The guest known by `contact` on `channel` (phone, e-mail or web chat session), created if new."""
    field = _contact_field(channel)
    value = contact.strip().lower() if field == "email" else contact.strip()
    lookup = {field: value}
    guest = Guest.objects.filter(**lookup).first()
    if guest is None:
        try:
            with transaction.atomic():
                guest = Guest.objects.create(name=name[:200], **lookup)
        except IntegrityError:  # created by a concurrent delivery of the same guest
            guest = Guest.objects.get(**lookup)
    elif name and not guest.name:
        Guest.objects.filter(pk=guest.pk, name="").update(name=name[:200])
        guest.name = name[:200]
    return guest


def conversation_open_for(*, hotel: Hotel, guest: Guest, channel: str) -> Conversation:
    """The guest's open conversation with the hotel on the channel; a new one if all are closed."""
    lookup = {"hotel": hotel, "guest": guest, "channel": channel}
    conversation = Conversation.objects.filter(**lookup).exclude(state=ConversationState.CLOSED).first()
    if conversation is not None:
        return conversation
    try:
        with transaction.atomic():
            conversation = Conversation.objects.create(
                **lookup, state=ConversationState.AI, language=guest.language
            )
    except IntegrityError:  # opened by a concurrent delivery
        return Conversation.objects.filter(**lookup).exclude(state=ConversationState.CLOSED).get()
    publish_on_commit(
        hotel_id=hotel.pk,
        conversation_id=conversation.pk,
        event="conversation.state",
        data={"state": conversation.state, "handoff_reason": "", "assigned_to": None, "language": ""},
    )
    log.info("conversation.opened", conversation_id=conversation.pk, channel=channel, hotel_id=hotel.pk)
    return conversation


def _message_from_incoming(*, incoming: IncomingMessage, conversation: Conversation) -> Message:
    media: dict[str, Any] | None = None
    if incoming.media is not None:
        media = {
            "media_id": incoming.media.media_id,
            "mime_type": incoming.media.mime_type,
            "sha256": incoming.media.sha256,
            "filename": incoming.media.filename,
            "caption": incoming.media.caption,
            "is_voice": incoming.media.is_voice,
        }
    raw = dict(incoming.raw)
    if incoming.error:
        raw.setdefault("_error", incoming.error)
    return Message(
        conversation=conversation,
        channel=incoming.channel,
        direction=Direction.IN,
        provider_message_id=incoming.provider_message_id,
        kind=incoming.kind,
        text=incoming.text,
        payload_id=incoming.payload_id[:256],
        media=media,
        location=incoming.location,
        contacts=list(incoming.contacts),
        reply_to_provider_id=incoming.reply_to_provider_id,
        reaction_emoji=incoming.reaction_emoji[:32],
        raw=raw,
        provider_sent_at=incoming.sent_at,
        status=DeliveryStatus.RECEIVED,
        author=Author.GUEST,
        correlation_id=current_correlation_id() or "",
    )


def _store_incoming(*, incoming: IncomingMessage, hotel: Hotel) -> tuple[Message | None, Conversation]:
    """Step 1: insert the message under the dedupe constraint. `None` when it was already stored."""
    existing = (
        Message.objects.select_related("conversation")
        .filter(channel=incoming.channel, provider_message_id=incoming.provider_message_id)
        .first()
    )
    if existing is not None:
        return None, existing.conversation
    guest = guest_for_contact(channel=incoming.channel, contact=incoming.sender, name=incoming.sender_name)
    conversation = conversation_open_for(hotel=hotel, guest=guest, channel=incoming.channel)
    message = _message_from_incoming(incoming=incoming, conversation=conversation)
    try:
        with transaction.atomic():
            message.save(force_insert=True)
            now = timezone.now()
            Conversation.objects.filter(pk=conversation.pk).update(
                last_inbound_at=now, last_message_at=now, updated_at=now
            )
            publish_message_created(message=message, conversation=conversation)
            transaction.on_commit(
                lambda: MESSAGES.labels(channel=incoming.channel, direction="in", author="guest").inc()
            )
    except IntegrityError:
        # A concurrent delivery of the same provider message won the insert.
        stored = Message.objects.select_related("conversation").get(
            channel=incoming.channel, provider_message_id=incoming.provider_message_id
        )
        return None, stored.conversation
    log.info(
        "message.received",
        message_id=message.pk,
        conversation_id=conversation.pk,
        channel=incoming.channel,
        kind=incoming.kind,
        guest=guest.masked_contact(),
    )
    return message, conversation


def message_receive(*, incoming: IncomingMessage, hotel: Hotel) -> Message | None:
    """Store a guest's message once and take its turn. `None` for a message already stored.

    Redelivery of a stored message stores nothing, but still takes any turn left unhandled.
    """
    message, conversation = _store_incoming(incoming=incoming, hotel=hotel)
    conversation_take_turns(conversation_id=conversation.pk)
    if message is not None:
        message.refresh_from_db()
    return message


def conversation_take_turns(*, conversation_id: int) -> int:
    """Take the turn of every unhandled guest message of the conversation, oldest first.

    Holds the conversation's named lock: one conversation's messages one at a time, different
    conversations in parallel. Returns how many turns were taken.
    """
    taken = 0
    with named_lock(
        conversation_lock_name(conversation_id),
        timeout=CONVERSATION_LOCK_TIMEOUT_SECONDS,
        wait=CONVERSATION_LOCK_WAIT_SECONDS,
    ):
        while True:
            pending = (
                Message.objects.filter(
                    conversation_id=conversation_id, direction=Direction.IN, handled_at__isnull=True
                )
                .order_by(F("provider_sent_at").asc(nulls_last=True), "id")
                .values_list("pk", flat=True)
                .first()
            )
            if pending is None:
                return taken
            _take_turn(message_id=pending)
            taken += 1


def _take_turn(*, message_id: int) -> None:
    with transaction.atomic():
        message = (
            Message.objects.select_for_update(of=("self",))
            .select_related("conversation", "conversation__hotel", "conversation__guest")
            .get(pk=message_id)
        )
        if message.handled_at is not None:
            return
        conversation = message.conversation
        if conversation.state == ConversationState.AI and message.kind not in SILENT_KINDS:
            _answer_with_engine(conversation=conversation, message=message)
        else:
            log.info(
                "message.turn_without_engine",
                message_id=message.pk,
                conversation_id=conversation.pk,
                state=conversation.state,
                kind=message.kind,
            )
        message.handled_at = timezone.now()
        message.save(update_fields=["handled_at", "understanding", "updated_at"])


def _run_engine(*, conversation: Conversation, message: Message) -> EngineTurn | None:
    """The engine's turn, or None when it raised (its partial writes are rolled back)."""
    started = timezone.now()
    try:
        with transaction.atomic():
            turn = engine.respond(conversation=conversation, message=message)
    except Exception:
        log.exception("engine.failed", conversation_id=conversation.pk, message_id=message.pk)
        return None
    log.info(
        "engine.turn",
        conversation_id=conversation.pk,
        message_id=message.pk,
        replies=len(turn.replies),
        handoff=turn.handoff_reason or "",
        ms=round((timezone.now() - started).total_seconds() * 1000, 1),
    )
    return turn


def _answer_with_engine(*, conversation: Conversation, message: Message) -> None:
    turn = _run_engine(conversation=conversation, message=message)
    if turn is None:
        # A human answers rather than nobody; the guest hears nothing from a broken turn.
        conversation_hand_off(conversation=conversation, reason=HandoffReason.ENGINE_ERROR)
        return
    message.understanding = dict(turn.understanding)
    # The engine's memory and language; never the state, which staff may be changing right now.
    Conversation.objects.filter(pk=conversation.pk).update(
        dialogue_state=conversation.dialogue_state, language=conversation.language, updated_at=timezone.now()
    )
    # Re-check under a row lock: a take-over committed after the engine started outranks its replies;
    # one arriving from now on waits for this transaction, whose replies were decided before it.
    state = Conversation.objects.select_for_update().values_list("state", flat=True).get(pk=conversation.pk)
    if state != ConversationState.AI:
        log.info(
            "engine.replies_discarded", conversation_id=conversation.pk, message_id=message.pk, state=state
        )
        return
    conversation.state = state
    if turn.replies:
        reply_enqueue(conversation=conversation, replies=turn.replies, author=Author.AI, in_reply_to=message)
    if turn.handoff_reason:
        conversation_hand_off(
            conversation=conversation, reason=turn.handoff_reason, summary=turn.handoff_summary
        )


def conversations_with_unhandled_messages(*, older_than: dt.timedelta) -> list[int]:
    """Conversations whose guest messages wait for a turn longer than `older_than` (for the sweeper)."""
    cutoff = timezone.now() - older_than
    return list(
        Message.objects.filter(
            Q(direction=Direction.IN) & Q(handled_at__isnull=True) & Q(created_at__lt=cutoff)
        )
        .values_list("conversation_id", flat=True)
        .distinct()
    )
