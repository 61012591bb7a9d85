"""Guest messages in: find the guest and the conversation, store the message once, take its turn.

Every channel takes the same road, so that no message is lost and none is answered twice:

1. *Store* (`message_receive`, one short transaction): the message row is inserted under the unique
   constraint on (channel, provider id); a redelivery stores nothing. The conversation's turn is
   queued (`conversations.take_turns`) once this commits.
2. *Take turns* (`conversation_take_turns`, the task, under the conversation's named lock), each
   turn in three steps: (a) a short transaction takes the turn and marks the messages as being
   answered; (b) the engine decides with no transaction open (PMS reads, the LLM; every PMS write
   is a reservations service with its own durable transaction); (c) a short transaction re-checks
   that the AI still holds the conversation, stores the replies in the outbox and the engine's
   memory, and marks the messages answered. A crash anywhere leaves the messages unanswered: the
   retry (Celery's redelivery, the next message or the sweeper) decides again, and the
   reservations' idempotency keys make a second booking impossible.
"""

from __future__ import annotations

import copy
import datetime as dt
import time
from dataclasses import dataclass
from typing import Any

import structlog
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from conversations import engine
from conversations.engine.types import EngineTurn, HandoffReason
from conversations.events import publish_message_created, publish_on_commit
from conversations.incoming import Channel, IncomingMessage, MessageKind
from conversations.models import (
    Author,
    Conversation,
    ConversationState,
    DeliveryStatus,
    Direction,
    Guest,
    Message,
    SpeechStatus,
)
from conversations.models.records import GuestNameSource
from conversations.services.guests import guest_name_from_dialogue, guest_name_learn
from conversations.services.handoff import conversation_hand_off
from conversations.services.knowledge import unanswered_question_record
from conversations.services.opt_out import guest_opt_apply, opt_confirmation_turn
from conversations.services.outbox import guest_email_enqueue, reply_enqueue, voice_reply_enqueue
from conversations.signals import voice_note_received
from hotel_agent.correlation import current_correlation_id
from hotel_agent.hotels.models import Hotel
from hotel_agent.locks import named_lock
from hotel_agent.metrics import INBOUND_REFUSED, MESSAGES
from hotel_agent.queueing import queue_on_commit

log = structlog.get_logger(__name__)

# The engine may call the PMS; the lock must outlive a slow turn but free itself after a crash.
CONVERSATION_LOCK_TIMEOUT_SECONDS = 120.0
CONVERSATION_LOCK_WAIT_SECONDS = 60.0
# A message whose turn crashed this often is handed to a person instead of tried again.
MAX_TURN_ATTEMPTS = 3


def _max_chars(model: type[models.Model], name: str) -> int:
    field = model._meta.get_field(name)
    assert isinstance(field, models.CharField) and field.max_length
    return field.max_length


PROVIDER_ID_MAX_CHARS = _max_chars(Message, "provider_message_id")
SENDER_MAX_CHARS = {
    Channel.WHATSAPP: _max_chars(Guest, "phone"),
    Channel.EMAIL: _max_chars(Guest, "email"),
    Channel.WEBCHAT: _max_chars(Guest, "webchat_session"),
}
# Kinds that never get an answer of their own: a reaction is not a question.
SILENT_KINDS = frozenset({MessageKind.REACTION})


def conversation_lock_name(conversation_id: int) -> str:
    return f"conversation:{conversation_id}"


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
                guest = Guest.objects.create(
                    name=name[:200], name_source=GuestNameSource.PROFILE if name else "", **lookup
                )
        except IntegrityError:  # created by a concurrent delivery of the same guest
            guest = Guest.objects.get(**lookup)
    elif name and not guest.name:
        guest_name_learn(guest=guest, name=name, source=GuestNameSource.PROFILE)
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
        reply_to_provider_id=incoming.reply_to_provider_id[:255],
        reaction_emoji=incoming.reaction_emoji[:32],
        raw=raw,
        provider_sent_at=incoming.sent_at,
        # A voice note waits for its transcript (channels_app's `speech` queue) before its turn.
        speech_status=SpeechStatus.PENDING if incoming.kind == MessageKind.AUDIO and media else "",
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
            # "stop"/"baja" ends the hotel's own messages at once, whoever holds the conversation.
            guest_opt_apply(guest=guest, message=message)
            transaction.on_commit(
                lambda: MESSAGES.labels(channel=incoming.channel, direction="in", author="guest").inc()
            )
            if message.speech_status == SpeechStatus.PENDING:
                transaction.on_commit(lambda: _voice_note_announce(message.pk))
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


def _voice_note_announce(message_id: int) -> None:
    """Tell the channels app (after commit) to transcribe; a lost signal leaves the note to the sweeper."""
    try:
        voice_note_received.send(sender=Message, message_id=message_id)
    except Exception:
        log.warning("speech.announce_failed", message_id=message_id, exc_info=True)


class IncomingRefused(ValueError):
    """A message that can never be stored (e.g. a provider id longer than the column): retrying is
    pointless; the caller logs and counts it and goes on with the rest of its delivery."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _refusal(incoming: IncomingMessage) -> str:
    """Why `incoming` cannot be stored, or ""."""
    if not incoming.provider_message_id:
        return "no_provider_id"
    if len(incoming.provider_message_id) > PROVIDER_ID_MAX_CHARS:
        return "provider_id_too_long"
    if len(incoming.sender) > SENDER_MAX_CHARS[incoming.channel]:
        return "sender_too_long"
    return ""


def message_receive(*, incoming: IncomingMessage, hotel: Hotel) -> Message | None:
    """Store a guest's message once and queue its conversation's turn. `None` for a message already stored.

    Raises `IncomingRefused` (counted in `hotel_agent_inbound_refused_total`) for a message that can
    never be stored, so that a delivery does not retry it.

    Every channel comes this way (WhatsApp, e-mail, web chat, the terminal chat): the caller only
    stores; the turn runs in `conversations.take_turns` once the message is committed. A redelivery
    stores nothing but queues the turn again, which takes whatever was left unanswered.
    """
    reason = _refusal(incoming)
    if reason:
        INBOUND_REFUSED.labels(channel=incoming.channel, reason=reason).inc()
        log.warning("message.refused", channel=incoming.channel, reason=reason, hotel_id=hotel.pk)
        raise IncomingRefused(reason)
    message, conversation = _store_incoming(incoming=incoming, hotel=hotel)
    turn_queue(conversation_id=conversation.pk)
    return message


def turn_queue(*, conversation_id: int) -> None:
    """Queue the conversation's turn once the current transaction commits."""
    from conversations.tasks import take_turns

    queue_on_commit(take_turns, conversation_id)


@dataclass(frozen=True)
class TurnTaken:
    """Step (a)'s result: the guest messages answered together, and the conversation as it was."""

    conversation: Conversation
    messages: tuple[Message, ...]

    @property
    def last(self) -> Message:
        return self.messages[-1]


def conversation_take_turns(*, conversation_id: int) -> int:
    """Answer every unanswered guest message of the conversation while the AI holds it, oldest first.

    Holds the conversation's named lock (one conversation's turns one at a time, different
    conversations in parallel). Each turn is decide, act, record: `_turn_begin` (short transaction),
    the engine with no transaction open, `_turn_record` (short transaction). Returns the turns taken.
    """
    taken = 0
    with named_lock(
        conversation_lock_name(conversation_id),
        timeout=CONVERSATION_LOCK_TIMEOUT_SECONDS,
        wait=CONVERSATION_LOCK_WAIT_SECONDS,
    ):
        while _has_unanswered(conversation_id) and (turn := _turn_begin(conversation_id=conversation_id)):
            decision = _turn_decide(turn)
            _turn_record(turn=turn, decision=decision)
            taken += 1
    return taken


def unanswered_messages(*, conversation_id: int) -> QuerySet[Message]:
    """The conversation's guest messages nobody has answered yet (neither an AI turn nor staff)."""
    return Message.objects.filter(
        conversation_id=conversation_id, direction=Direction.IN, handled_at__isnull=True
    )


def _has_unanswered(conversation_id: int) -> bool:
    """A cheap look before taking the turn's locks (most loops end here)."""
    return unanswered_messages(conversation_id=conversation_id).exists()


def _unanswered(conversation_id: int) -> list[Message]:
    return list(
        unanswered_messages(conversation_id=conversation_id)
        .order_by(F("provider_sent_at").asc(nulls_last=True), "id")
        .select_for_update(of=("self",))
    )


@transaction.atomic
def _turn_begin(*, conversation_id: int) -> TurnTaken | None:
    """Step (a): pick the next guest messages to answer and mark them as being answered.

    Nothing while a person holds the conversation: its messages wait unanswered for them (or for the
    AI after hand-back). Messages that arrived before the last hand-back are answered in one turn;
    after that, one message per turn. Silent kinds (reactions) are marked handled on the way.
    """
    conversation = (
        Conversation.objects.select_related("hotel", "guest")
        .select_for_update(of=("self",))
        .get(pk=conversation_id)
    )
    if conversation.state != ConversationState.AI:
        return None
    pending = _unanswered(conversation_id)
    now = timezone.now()
    silent = [m.pk for m in pending if m.kind in SILENT_KINDS]
    if silent:
        Message.objects.filter(pk__in=silent).update(handled_at=now, updated_at=now)
    pending = [m for m in pending if m.kind not in SILENT_KINDS]
    if not pending:
        return None
    handed_back_at = conversation.handed_back_at
    waited_for_staff = [m for m in pending if handed_back_at and m.created_at <= handed_back_at]
    batch = waited_for_staff or pending[:1]
    if any(m.speech_status == SpeechStatus.PENDING for m in batch):
        # A voice note still being transcribed: it and what came after it wait (answered in order);
        # its transcript queues the turn again (`services.speech.voice_note_transcribed`).
        return None
    Message.objects.filter(pk__in=[m.pk for m in batch]).update(
        turn_started_at=now, turn_attempts=F("turn_attempts") + 1, updated_at=now
    )
    for message in batch:
        message.turn_attempts += 1
    return TurnTaken(conversation=conversation, messages=tuple(batch))


def _turn_input(turn: TurnTaken) -> Message:
    """The message the engine reads: the last one, carrying the text of all when several are answered."""
    if len(turn.messages) == 1:
        return turn.last
    combined = copy.copy(turn.last)
    combined.text = "\n".join(m.text for m in turn.messages if m.text.strip())
    return combined


def _turn_decide(turn: TurnTaken) -> EngineTurn | None:
    """Step (b): the engine's decision, with no transaction open. None when it raised or keeps failing."""
    conversation, message = turn.conversation, turn.last
    if message.turn_attempts > MAX_TURN_ATTEMPTS:
        log.error("engine.turn_abandoned", conversation_id=conversation.pk, message_id=message.pk)
        return None
    confirmation = opt_confirmation_turn(conversation=conversation, message=turn.last)
    if confirmation is not None:
        return confirmation
    started = time.perf_counter()
    try:
        decision = engine.respond(conversation=conversation, message=_turn_input(turn))
    except Exception:
        log.exception("engine.failed", conversation_id=conversation.pk, message_id=message.pk)
        return None
    log.info(
        "engine.turn",
        conversation_id=conversation.pk,
        message_id=message.pk,
        messages=len(turn.messages),
        replies=len(decision.replies),
        handoff=decision.handoff_reason or "",
        ms=round((time.perf_counter() - started) * 1000, 1),
    )
    return decision


@transaction.atomic
def _turn_record(*, turn: TurnTaken, decision: EngineTurn | None) -> None:
    """Step (c): re-check who holds the conversation, store the replies and the engine's memory.

    A take-over committed while the engine worked outranks its replies: they are dropped and the
    messages stay unanswered for the person who holds it now (and for the AI after hand-back).
    """
    conversation = (
        Conversation.objects.select_related("hotel", "guest")
        .select_for_update(of=("self",))
        .get(pk=turn.conversation.pk)
    )
    if conversation.state != ConversationState.AI:
        log.info(
            "engine.replies_discarded",
            conversation_id=conversation.pk,
            message_id=turn.last.pk,
            state=conversation.state,
        )
        return
    now = timezone.now()
    Message.objects.filter(pk__in=[m.pk for m in turn.messages]).update(handled_at=now, updated_at=now)
    if decision is None:
        # A human answers rather than nobody; the guest hears nothing from a broken turn.
        conversation_hand_off(conversation=conversation, reason=HandoffReason.ENGINE_ERROR)
        return
    Conversation.objects.filter(pk=conversation.pk).update(
        dialogue_state=decision.dialogue_state, language=decision.language, updated_at=now
    )
    conversation.dialogue_state, conversation.language = decision.dialogue_state, decision.language
    guest_name_from_dialogue(conversation=conversation, dialogue_state=decision.dialogue_state)
    Message.objects.filter(pk=turn.last.pk).update(understanding=dict(decision.understanding))
    if decision.replies:
        reply_enqueue(
            conversation=conversation, replies=decision.replies, author=Author.AI, in_reply_to=turn.last
        )
        if decision.voice_reply:
            voice_reply_enqueue(
                conversation=conversation,
                text="\n".join(reply.text for reply in decision.replies if reply.text),
                language=decision.language,
                in_reply_to=turn.last,
            )
    for email in decision.emails:
        guest_email_enqueue(conversation=conversation, email=email)
    if decision.handoff_reason:
        conversation_hand_off(
            conversation=conversation, reason=decision.handoff_reason, summary=decision.handoff_summary
        )
    if decision.handoff_reason == HandoffReason.UNKNOWN_QUESTION:
        unanswered_question_record(conversation=conversation, message=turn.last)


def conversations_with_unhandled_messages(*, older_than: dt.timedelta) -> list[int]:
    """Conversations the AI holds whose guest messages wait for a turn longer than `older_than` (sweeper)."""
    cutoff = timezone.now() - older_than
    return list(
        Message.objects.filter(
            Q(direction=Direction.IN)
            & Q(handled_at__isnull=True)
            & Q(created_at__lt=cutoff)
            & Q(conversation__state=ConversationState.AI)
        )
        .values_list("conversation_id", flat=True)
        .distinct()
    )
