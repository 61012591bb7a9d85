"""The demo's anonymised conversations (`data/demo_conversations.toml`), loaded as if guests had written them.

Each guest message is stored at its own past moment and answered by the receptionist as it is now,
"today" being that moment (`clock_at`), through the configured PMS (the demo PMS: quotes and bookings
are stored as in a real conversation). Replies are stored as already delivered, never queued: loading
sends nothing. Loading twice adds nothing (the provider ids of the guest messages are fixed).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import structlog
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from conversations import engine
from conversations.engine.types import HandoffReason
from conversations.incoming import Channel
from conversations.models import (
    Author,
    Conversation,
    ConversationState,
    DeliveryStatus,
    Direction,
    Guest,
    Message,
)
from conversations.services.knowledge import unanswered_question_record
from hotel_agent.hotels.clock import clock_at
from hotel_agent.hotels.models import Hotel
from reservations.models import Quote, Reservation

log = structlog.get_logger(__name__)

FIXTURE = Path(__file__).parent / "data" / "demo_conversations.toml"
REPLY_DELAY = dt.timedelta(seconds=4)


@dataclass(frozen=True)
class DemoConversation:
    key: str
    channel: str
    days_ago: int
    at: dt.time
    guest: str
    messages: tuple[str, ...]
    gap_minutes: int = 2

    def provider_id(self, index: int, *, prefix: str = "replay-demo") -> str:
        return f"{prefix}-{self.key}-{index}"

    def contact(self) -> dict[str, str]:
        digits = "".join(str(ord(ch) % 10) for ch in self.key)
        if self.channel == Channel.WHATSAPP:
            # Spain's 699 00x xxx: invented numbers in the demo range, never a real guest's.
            return {"phone": f"+34699{digits[:6].ljust(6, '0')}"}
        if self.channel == Channel.EMAIL:
            return {"email": f"{self.key}@guest.example.com"}
        return {"webchat_session": f"replay-demo-{self.key}"}


def demo_conversations(path: Path = FIXTURE) -> list[DemoConversation]:
    with path.open("rb") as handle:
        rows: list[dict[str, Any]] = tomllib.load(handle)["conversation"]
    return [
        DemoConversation(
            key=row["key"],
            channel=row["channel"],
            days_ago=int(row["days_ago"]),
            at=dt.time.fromisoformat(row["at"]),
            guest=row["guest"],
            messages=tuple(row["messages"]),
            gap_minutes=int(row.get("gap_minutes", 2)),
        )
        for row in rows
    ]


def _moments(item: DemoConversation, *, hotel: Hotel, now: dt.datetime) -> list[dt.datetime]:
    local_day = now.astimezone(ZoneInfo(hotel.timezone)).date() - dt.timedelta(days=item.days_ago)
    first = dt.datetime.combine(local_day, item.at, tzinfo=ZoneInfo(hotel.timezone))
    return [first + dt.timedelta(minutes=item.gap_minutes * i) for i in range(len(item.messages))]


def demo_conversations_load(
    *, hotel: Hotel, now: dt.datetime | None = None, limit: int | None = None, prefix: str = "replay-demo"
) -> int:
    """Load the fixture's conversations into `hotel` (those not loaded yet). Returns how many were added.

    `prefix` starts the guest messages' provider ids (unique per channel): another prefix loads them again.
    """
    now = now or timezone.now()
    added = 0
    for item in demo_conversations()[:limit]:
        if Message.objects.filter(
            channel=item.channel, provider_message_id=item.provider_id(0, prefix=prefix)
        ).exists():
            continue
        _record(item, hotel=hotel, moments=_moments(item, hotel=hotel, now=now), prefix=prefix)
        added += 1
    log.info("replay.demo_conversations_loaded", added=added, hotel_id=hotel.pk)
    return added


def _record(item: DemoConversation, *, hotel: Hotel, moments: list[dt.datetime], prefix: str) -> Conversation:
    contact = item.contact()
    guest, _ = Guest.objects.get_or_create(**contact, defaults={"name": item.guest, "name_source": "profile"})
    conversation = Conversation.objects.create(
        hotel=hotel, guest=guest, channel=item.channel, state=ConversationState.AI
    )
    Conversation.objects.filter(pk=conversation.pk).update(created_at=moments[0])
    for index, (text, moment) in enumerate(zip(item.messages, moments, strict=True)):
        inbound = Message.objects.create(
            conversation=conversation,
            channel=item.channel,
            direction=Direction.IN,
            provider_message_id=item.provider_id(index, prefix=prefix),
            text=text,
            provider_sent_at=moment,
            status=DeliveryStatus.RECEIVED,
            author=Author.GUEST,
        )
        quotes_before = set(Quote.objects.filter(conversation=conversation).values_list("pk", flat=True))
        bookings_before = set(
            Reservation.objects.filter(conversation=conversation).values_list("pk", flat=True)
        )
        with clock_at(moment):
            decision = engine.respond(conversation=conversation, message=inbound)
        answered = moment + REPLY_DELAY
        with transaction.atomic():
            Message.objects.filter(pk=inbound.pk).update(
                created_at=moment, handled_at=answered, understanding=dict(decision.understanding)
            )
            # The PMS answers and bookings of this turn keep its moment (the replay reads them by turn).
            Quote.objects.filter(conversation=conversation).exclude(pk__in=quotes_before).update(
                created_at=moment
            )
            Reservation.objects.filter(conversation=conversation).exclude(pk__in=bookings_before).update(
                created_at=answered
            )
            for position, reply in enumerate(decision.replies):
                sent = Message.objects.create(
                    conversation=conversation,
                    channel=item.channel,
                    direction=Direction.OUT,
                    kind=reply.kind,
                    text=reply.text,
                    outgoing=reply.as_payload(),
                    status=DeliveryStatus.READ,
                    author=Author.AI,
                    idempotency_key=f"{item.channel}:reply:{inbound.pk}:{position}",
                    sent_at=answered,
                )
                Message.objects.filter(pk=sent.pk).update(created_at=answered)
            conversation.dialogue_state, conversation.language = decision.dialogue_state, decision.language
            Conversation.objects.filter(pk=conversation.pk).update(
                dialogue_state=decision.dialogue_state,
                language=decision.language,
                last_inbound_at=moment,
                last_message_at=answered,
            )
            if decision.handoff_reason:
                Conversation.objects.filter(pk=conversation.pk).update(
                    handoff_reason=decision.handoff_reason, handoff_summary=decision.handoff_summary
                )
                if decision.handoff_reason == HandoffReason.UNKNOWN_QUESTION:
                    unanswered_question_record(conversation=conversation, message=inbound)
        if decision.handoff_reason:
            break  # a person took it from here
    # Past conversations: closed, their handoff reason kept for the figures and the replay's filters.
    Conversation.objects.filter(pk=conversation.pk).update(
        state=ConversationState.CLOSED, closed_at=moments[-1] + dt.timedelta(hours=1)
    )
    return conversation


def demo_loadable() -> bool:
    """The fixture books through the PMS: only the built-in demo PMS may take its bookings."""
    return bool(settings.PMS_BACKEND == "demo")
