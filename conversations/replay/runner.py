"""One conversation replayed: its guest messages, in order and each at its own moment, through today's
receptionist in the sandbox, compared turn by turn with what was answered then."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

import structlog
from django.conf import settings

from conversations import engine
from conversations.engine.types import EngineTurn
from conversations.models import Conversation, Message
from conversations.replay.history import (
    join_replies,
    original_turns,
    prices_in,
    reply_text,
    source_key,
    stored_pms,
)
from conversations.replay.sandbox import sandbox
from conversations.services.opt_out import RAW_KEY, START, STOP, opt_command, opt_confirmation_turn
from hotel_agent.hotels.clock import clock_at
from pms_bridge.factory import build_demo_adapter
from pms_bridge.replay import ReplayPms
from reservations.models import QuoteLine

log = structlog.get_logger(__name__)


@dataclass
class TurnResult:
    message_id: int
    index: int
    source_key: str
    guest_text: str
    reached: bool
    old_text: str
    new_text: str = ""
    old_understanding: dict[str, Any] = field(default_factory=dict)
    new_understanding: dict[str, Any] = field(default_factory=dict)
    old_handoff: str = ""
    new_handoff: str = ""
    old_booking: str = ""
    new_booking: str = ""
    old_prices: list[str] = field(default_factory=list)
    new_prices: list[str] = field(default_factory=list)

    @property
    def reply_changed(self) -> bool:
        return self.reached and self.old_text != self.new_text

    @property
    def prices_changed(self) -> bool:
        return self.reached and self.old_prices != self.new_prices


@dataclass
class ConversationResult:
    conversation_id: int
    turns: list[TurnResult] = field(default_factory=list)
    error: str = ""
    pms_writes: int = 0  # writes the receptionist asked for (recorded by the replay port, made nowhere)

    @property
    def booked_before(self) -> bool:
        return any(t.old_booking for t in self.turns)

    @property
    def booked_after(self) -> bool:
        return any(t.new_booking for t in self.turns)

    @property
    def handoff_before(self) -> str:
        return next((t.old_handoff for t in self.turns if t.old_handoff), "")

    @property
    def handoff_after(self) -> str:
        return next((t.new_handoff for t in self.turns if t.new_handoff), "")

    @property
    def turns_changed(self) -> int:
        return sum(t.reply_changed for t in self.turns)

    @property
    def prices_changed(self) -> int:
        return sum(t.prices_changed for t in self.turns)


def replay_port(*, conversation: Conversation) -> ReplayPms:
    stored = stored_pms(conversation=conversation)
    return ReplayPms(
        answers=stored.answers,
        bookings=stored.bookings,
        made_then=stored.made_then,
        fallback=build_demo_adapter(),
        # Ask the children's ages when the hotel's PMS needed them (QloApps).
        needs_child_ages=settings.PMS_BACKEND == "qloapps",
    )


def opt_turn(*, conversation: Conversation, message: Message, opted_out: bool) -> EngineTurn | None:
    """Live, a message that is only "stop" (or "start" after one) is confirmed when stored and never reaches
    the engine (services/inbound.py); the replay does the same with the current phrase lists, the guest's
    choice left as it is. "start" also counts when it did then (the stop came before this conversation)."""
    command = opt_command(message.text)
    if command is None:
        return None
    if command.action == START and not (opted_out or (message.raw or {}).get(RAW_KEY) == START):
        return None
    probe = copy.copy(message)
    probe.raw = {**(message.raw or {}), RAW_KEY: command.action}
    return opt_confirmation_turn(conversation=conversation, message=probe)


def pressed_for_replay(*, message: Message, live: Conversation) -> Message:
    """A list row pressed then names a line of that moment's quote ("offer:<line id>"); the replay quoted
    again, into new lines, so the engine would answer "that option has expired" and the booking would
    look lost. The replayed quote's line for the same room type is pressed instead."""
    payload = (message.payload_id or "").strip()
    if not (payload.startswith("offer:") and payload[6:].isdigit()):
        return message
    line_ids = ((live.dialogue_state or {}).get("booking") or {}).get("offer_line_ids") or []
    if int(payload[6:]) in line_ids:
        return message
    room_type = (
        QuoteLine.objects.filter(pk=int(payload[6:])).values_list("pms_room_type_id", flat=True).first()
    )
    if room_type is None:
        return message
    same = QuoteLine.objects.filter(pk__in=line_ids, pms_room_type_id=room_type).values_list("pk", flat=True)
    if not same:
        return message
    pressed = copy.copy(message)
    pressed.payload_id = f"offer:{same[0]}"
    return pressed


def conversation_replay(*, conversation: Conversation) -> ConversationResult:
    """Replay one conversation in the sandbox; nothing is sent, written to the PMS or kept in the database."""
    result = ConversationResult(conversation_id=conversation.pk)
    originals = original_turns(conversation=conversation)
    # The conversation as it stood before its first message: no memory, its first language unknown.
    live = copy.copy(conversation)
    live.dialogue_state, live.language = {}, ""
    stopped = opted_out = False
    with sandbox(pms=replay_port(conversation=conversation)) as pms:
        for index, original in enumerate(originals):
            turn = TurnResult(
                message_id=original.message.pk,
                index=index,
                source_key=source_key(original.message),
                guest_text=original.message.text,
                reached=not stopped,
                old_text=original.text,
                old_understanding=original.understanding,
                old_handoff=original.handoff,
                old_booking=original.booking,
                old_prices=prices_in(original.text),
            )
            result.turns.append(turn)
            if stopped:
                continue
            writes_before = len(pms.writes)
            try:
                with clock_at(original.at):
                    decision = opt_turn(
                        conversation=live, message=original.message, opted_out=opted_out
                    ) or engine.respond(
                        conversation=live, message=pressed_for_replay(message=original.message, live=live)
                    )
            except Exception as exc:
                log.exception("replay.turn_failed", conversation_id=conversation.pk, index=index)
                result.error = f"turn {index}: {type(exc).__name__}"[:200]
                turn.new_handoff = "engine_error"
                stopped = True
                continue
            live.dialogue_state, live.language = decision.dialogue_state, decision.language
            if (opt := decision.understanding.get("opt")) in (STOP, START):
                opted_out = opt == STOP
            turn.new_text = join_replies([reply_text(r) for r in decision.replies])
            turn.new_understanding = dict(decision.understanding)
            turn.new_handoff = decision.handoff_reason or ""
            turn.new_prices = prices_in(turn.new_text)
            made = [w.reference for w in pms.writes[writes_before:] if w.operation == "create_booking"]
            turn.new_booking = made[0] if made else ""
            # A new handoff: a person would have answered the rest of this conversation.
            stopped = bool(turn.new_handoff) and not turn.old_handoff
        result.pms_writes = len(pms.writes)
    return result
