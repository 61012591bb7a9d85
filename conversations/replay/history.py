"""A conversation as it happened: each guest message the AI answered, with what it answered then."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from conversations.incoming import OutgoingReply
from conversations.models import Author, Conversation, Direction, Message
from conversations.services.privacy import ERASED
from pms_bridge.port import (
    AvailabilityAnswer,
    Booking,
    BookingState,
    GuestDetails,
    NightPrice,
    RoomOffer,
    RoomType,
    Stay,
)
from reservations.models import Quote, Reservation

# Amounts as replies write them ("306,90 €", "€306.90"): compared to tell "prices that differ".
AMOUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:[.\s\u202f]?\d{3})*[.,]\d{2}(?!\d)")


@dataclass(frozen=True)
class OriginalTurn:
    message: Message
    at: dt.datetime
    replies: tuple[str, ...]
    understanding: dict[str, Any]
    handoff: str
    booking: str  # reference of the booking the AI made in this turn, or ""

    @property
    def text(self) -> str:
        return join_replies(self.replies)


def join_replies(replies: tuple[str, ...] | list[str]) -> str:
    return "\n\n".join(reply.strip() for reply in replies if reply.strip())


def prices_in(text: str) -> list[str]:
    return [re.sub(r"[\s\u202f]", "", amount) for amount in AMOUNT.findall(text)]


def reply_text(reply: OutgoingReply) -> str:
    """A reply as compared and shown: its text, and its buttons or list rows when it has them."""
    options = [b.title for b in reply.buttons] + [row.title for row in reply.list_rows]
    return reply.text + (f"\n[{' | '.join(options)}]" if options else "")


def _sent_text(message: Message) -> str:
    payload = message.outgoing or {}
    return reply_text(OutgoingReply.from_payload(payload)) if payload.get("text") else message.text


def source_key(message: Message) -> str:
    return f"{message.channel}:{message.provider_message_id or message.pk}"


def message_moment(message: Message) -> dt.datetime:
    """When the receptionist answered it: its turn's start (the guest's own clock may be off), else its arrival."""
    return message.turn_started_at or message.created_at


def original_turns(*, conversation: Conversation) -> list[OriginalTurn]:
    """The guest messages the AI answered, in order; erased messages are never replayed."""
    messages = list(
        Message.objects.filter(conversation=conversation).order_by("created_at", "id").exclude(text=ERASED)
    )
    replies: dict[int, list[tuple[int, str]]] = {}
    prefix = f"{conversation.channel}:reply:"
    for message in messages:
        key = message.idempotency_key or ""
        if message.direction == Direction.OUT and message.author == Author.AI and key.startswith(prefix):
            answered, _, index = key.removeprefix(prefix).partition(":")
            if answered.isdigit():
                replies.setdefault(int(answered), []).append((int(index or 0), _sent_text(message)))
    guest = [m for m in messages if m.direction == Direction.IN and (m.pk in replies or m.understanding)]
    reservations = list(
        Reservation.objects.filter(conversation=conversation, made_by=Reservation.MadeBy.AI).order_by(
            "created_at"
        )
    )
    turns: list[OriginalTurn] = []
    for position, message in enumerate(guest):
        started = message.created_at
        ends = guest[position + 1].created_at if position + 1 < len(guest) else None
        booking = next(
            (
                r.reference
                for r in reservations
                if r.created_at >= started and (ends is None or r.created_at < ends)
            ),
            "",
        )
        understanding = dict(message.understanding or {})
        turns.append(
            OriginalTurn(
                message=message,
                at=message_moment(message),
                replies=tuple(text for _, text in sorted(replies.get(message.pk, []))),
                understanding=understanding,
                handoff=str(understanding.get("handoff") or ""),
                booking=booking,
            )
        )
    _infer_last_handoff(conversation, turns)
    return turns


def _infer_last_handoff(conversation: Conversation, turns: list[OriginalTurn]) -> None:
    """Turns recorded before handoffs were kept with the understanding: the conversation's handoff
    belongs to its last AI turn."""
    if not turns or any(t.handoff for t in turns) or "handoff" in turns[-1].understanding:
        return
    reason = conversation.handoff_reason
    if reason and reason != "staff_takeover":
        last = turns[-1]
        turns[-1] = OriginalTurn(
            message=last.message,
            at=last.at,
            replies=last.replies,
            understanding=last.understanding,
            handoff=reason,
            booking=last.booking,
        )


@dataclass
class StoredPms:
    """What the PMS said to this conversation then, as the replay port's inputs."""

    answers: list[AvailabilityAnswer] = field(default_factory=list)
    bookings: list[Booking] = field(default_factory=list)
    made_then: list[str] = field(default_factory=list)  # references of the bookings this conversation made


def stored_pms(*, conversation: Conversation) -> StoredPms:
    """The stored quotes' answers of the conversation, and the hotel's bookings the engine may look up."""
    hotel = conversation.hotel
    stored = StoredPms()
    for quote in (
        Quote.objects.filter(conversation=conversation).prefetch_related("lines").order_by("created_at")
    ):
        stay = Stay(
            pms_hotel_id=hotel.pms_hotel_id,
            check_in=quote.check_in,
            check_out=quote.check_out,
            adults=quote.adults,
            children=quote.children,
            rooms=quote.rooms,
            child_ages=tuple(quote.child_ages or ()),
        )
        offers = tuple(
            RoomOffer(
                room_type=RoomType(
                    pms_room_type_id=line.pms_room_type_id,
                    pms_hotel_id=hotel.pms_hotel_id,
                    name=line.room_type_name,
                    # The quote kept only room types fitting its party: they fit it again.
                    max_adults=max(quote.adults, 1),
                    max_children=quote.children,
                    max_guests=quote.adults + quote.children,
                ),
                available_rooms=line.available_rooms,
                total=line.total,
                total_without_tax=line.total_without_tax,
                taxes=line.taxes,
                currency=line.currency,
                nights=tuple(
                    NightPrice(date=dt.date.fromisoformat(n["date"]), amount=Decimal(n["amount"]))
                    for n in (line.nights or [])
                ),
                raw=dict(line.raw or {}),
            )
            for line in quote.lines.all()
        )
        stored.answers.append(
            AvailabilityAnswer(
                stay=stay, offers=offers, fetched_at=quote.fetched_at, raw=dict(quote.raw or {})
            )
        )
    for reservation in (
        Reservation.objects.filter(hotel=hotel).exclude(reference="").exclude(state=Reservation.State.FAILED)
    ):
        if reservation.conversation_id == conversation.pk and reservation.made_by == Reservation.MadeBy.AI:
            stored.made_then.append(reservation.reference)
        stored.bookings.append(
            Booking(
                pms_booking_id=reservation.pms_booking_id or 0,
                reference=reservation.reference,
                pms_hotel_id=hotel.pms_hotel_id,
                pms_room_type_id=reservation.pms_room_type_id,
                check_in=reservation.check_in,
                check_out=reservation.check_out,
                adults=reservation.adults,
                children=reservation.children,
                rooms=reservation.rooms,
                guest=GuestDetails(
                    first_name=reservation.guest_first_name,
                    last_name=reservation.guest_last_name,
                    email=reservation.guest_email,
                    phone=reservation.guest_phone,
                ),
                total=reservation.amount or Decimal(0),
                currency=reservation.currency,
                state=BookingState.CANCELLED
                if reservation.state == Reservation.State.CANCELLED
                else BookingState.ACTIVE,
                child_ages=tuple(reservation.child_ages or ()),
            )
        )
    return stored
