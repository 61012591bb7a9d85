"""Reads for the console, the back-office and the staff API, always scoped to the staff member's hotels."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.db.models import Count, Q, QuerySet

from conversations.models import Conversation, ConversationState, Direction, Guest, Message
from conversations.models.console import CannedReply, StaffAction
from hotel_agent.hotels.access import scope_to_staff_hotels
from hotel_agent.hotels.models import Hotel

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User

QUEUE_LIMIT = 100


def conversations_for_staff(*, user: User | AnonymousUser) -> QuerySet[Conversation]:
    """The conversations of the user's hotels (`hotel_agent.hotels.access` says which)."""
    return scope_to_staff_hotels(Conversation.objects.all(), user=user)


def conversation_for_staff(*, user: User | AnonymousUser, conversation_id: int) -> Conversation | None:
    """The conversation if `user` may see it, else None (the caller answers 404, never 403: no probing)."""
    return (
        conversations_for_staff(user=user)
        .select_related("hotel", "guest", "assigned_to")
        .filter(pk=conversation_id)
        .first()
    )


def conversations_for_phone(*, user: User | AnonymousUser, phone: str) -> QuerySet[Conversation]:
    return conversations_for_staff(user=user).filter(guest__phone=phone).order_by("-created_at", "-id")


def conversation_messages(*, conversation: Conversation) -> QuerySet[Message]:
    return conversation.messages.select_related("staff_user").order_by("created_at", "id")


@dataclass(frozen=True)
class ConsoleQueues:
    waiting: list[Conversation]
    ai: list[Conversation]
    mine: list[Conversation]
    closed: list[Conversation]
    counts: dict[str, int] = field(default_factory=dict)


def console_queues(*, hotel: Hotel, staff: User, limit: int = QUEUE_LIMIT) -> ConsoleQueues:
    """The four queues of the console and their sizes.

    Waiting for a human: the guest who has waited longest first (by their last message). AI
    handling and mine: most recent activity first. Closed: the most recently closed.
    """
    base = Conversation.objects.filter(hotel=hotel).select_related("guest", "assigned_to")
    counts = Conversation.objects.filter(hotel=hotel).aggregate(
        waiting=Count("pk", filter=Q(state=ConversationState.WAITING_HUMAN)),
        ai=Count("pk", filter=Q(state=ConversationState.AI)),
        mine=Count("pk", filter=Q(state=ConversationState.HUMAN, assigned_to=staff)),
        others=Count("pk", filter=Q(state=ConversationState.HUMAN) & ~Q(assigned_to=staff)),
        closed=Count("pk", filter=Q(state=ConversationState.CLOSED)),
    )
    return ConsoleQueues(
        waiting=list(
            base.filter(state=ConversationState.WAITING_HUMAN).order_by("last_inbound_at", "id")[:limit]
        ),
        ai=list(base.filter(state=ConversationState.AI).order_by("-last_message_at", "-id")[:limit]),
        mine=list(
            base.filter(state=ConversationState.HUMAN)
            .filter(assigned_to=staff)
            .order_by("-last_message_at", "-id")[:limit]
        ),
        closed=list(base.filter(state=ConversationState.CLOSED).order_by("-closed_at", "-id")[:limit]),
        counts=counts,
    )


@dataclass(frozen=True)
class TranscriptEntry:
    """One line of the console transcript: a message, or something staff did (never shown to the guest)."""

    at: dt.datetime
    message: Message | None = None
    action: StaffAction | None = None

    @property
    def key(self) -> str:
        return f"m{self.message.pk}" if self.message else f"a{self.action.pk}" if self.action else ""


def conversation_transcript(
    *, conversation: Conversation, after_message_id: int = 0, after_action_id: int = 0
) -> list[TranscriptEntry]:
    """Messages and staff actions in the order they happened (after the given ids, for live appends)."""
    messages = conversation_messages(conversation=conversation).filter(pk__gt=after_message_id)
    actions = StaffAction.objects.filter(conversation=conversation, pk__gt=after_action_id).select_related(
        "staff"
    )
    entries = [TranscriptEntry(at=m.created_at, message=m) for m in messages]
    entries += [TranscriptEntry(at=a.created_at, action=a) for a in actions]
    entries.sort(key=lambda e: (e.at, e.key))
    return entries


def conversation_understanding(*, conversation: Conversation) -> dict[str, Any]:
    """What the AI currently understands: the last guest message's understanding and the dialogue state."""
    last = (
        conversation.messages.filter(direction=Direction.IN)
        .exclude(understanding={})
        .order_by("-created_at", "-id")
        .values_list("understanding", flat=True)
        .first()
    )
    return {"last_message": last or {}, "dialogue": conversation.dialogue_state or {}}


def guest_reservations(*, conversation: Conversation, limit: int = 10) -> list[Any]:
    """The guest's reservations at this hotel, newest first: made in their conversations or under their contact."""
    try:
        reservation_model = apps.get_model("reservations", "Reservation")
    except LookupError:  # the reservations record is not installed yet
        return []
    guest = conversation.guest
    match = Q(conversation__guest=guest)
    if guest.phone:
        match |= Q(guest_phone=guest.phone)
    if guest.email:
        match |= Q(guest_email__iexact=guest.email)
    return list(
        reservation_model.objects.filter(match, hotel=conversation.hotel)
        .select_related("hotel")
        .distinct()
        .order_by("-check_in", "-pk")[:limit]
    )


def canned_replies_for(*, hotel: Hotel, language: str = "") -> list[CannedReply]:
    """The hotel's active canned replies, the conversation's language first."""
    replies = list(CannedReply.objects.filter(hotel=hotel, active=True))
    replies.sort(key=lambda r: (r.language != language, r.language, r.title))
    return replies


def booking_holder_name(*, conversation: Conversation, reference: str) -> str:
    """The holder's name on the hotel's booking `reference`, or "" when there is none."""
    from reservations.models import Reservation

    holder = (
        Reservation.objects.filter(hotel=conversation.hotel, reference=reference)
        .values_list("guest_first_name", "guest_last_name")
        .first()
    )
    return " ".join(part for part in holder or () if part)


def guest_data_export(*, guest: Guest) -> dict[str, Any]:
    """Everything kept about a guest, as JSON-ready data (a data-subject access request)."""
    conversations = list(guest.conversations.select_related("hotel").order_by("created_at", "pk"))
    reservations = {
        reservation.pk: reservation
        for conversation in conversations
        for reservation in guest_reservations(conversation=conversation, limit=1000)
    }
    return {
        "guest": {
            "id": guest.pk,
            "name": guest.name,
            "phone": guest.phone,
            "email": guest.email,
            "language": guest.language,
            "opted_out": guest.opted_out,
            "created_at": guest.created_at.isoformat(),
        },
        "conversations": [
            {
                "id": conversation.pk,
                "hotel": conversation.hotel.name,
                "channel": conversation.channel,
                "state": conversation.state,
                "language": conversation.language,
                "created_at": conversation.created_at.isoformat(),
                "messages": [
                    {
                        "at": message.created_at.isoformat(),
                        "direction": message.direction,
                        "author": message.author,
                        "kind": message.kind,
                        "text": message.text,
                    }
                    for message in conversation.messages.order_by("created_at", "pk")
                ],
            }
            for conversation in conversations
        ],
        "reservations": [
            {
                "reference": reservation.reference,
                "hotel": reservation.hotel.name,
                "check_in": reservation.check_in.isoformat(),
                "check_out": reservation.check_out.isoformat(),
                "guest_name": f"{reservation.guest_first_name} {reservation.guest_last_name}".strip(),
                "guest_email": reservation.guest_email,
                "guest_phone": reservation.guest_phone,
                "state": reservation.state,
            }
            for reservation in reservations.values()
        ],
    }
