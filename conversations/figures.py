"""The managers' figures: volume, automation, handoffs, response times, and what the AI sold.

Computed from the record (conversations, messages, staff actions, reservations) for one hotel and a
period of days in the hotel's time zone. Plain numbers and lists, drawn by the figures page.
"""

from __future__ import annotations

import datetime as dt
import statistics
import zoneinfo
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.db.models import Count, Max, Min, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from conversations.engine.types import HandoffReason
from conversations.models import Author, Conversation, Direction, Message, UnansweredQuestion
from hotel_agent.hotels.models import Hotel

REASON_LABELS = dict(HandoffReason.CHOICES)


@dataclass(frozen=True)
class UnansweredFigure:
    text: str  # the latest wording guests used
    times: int
    fact_id: int | None  # a fact a receptionist saved from their answer


@dataclass(frozen=True)
class Figures:
    hotel: Hotel
    since: dt.date
    until: dt.date
    per_day: list[tuple[dt.date, int]]
    total: int
    automated: int
    handoffs_by_reason: list[tuple[str, str, int]]
    ai_first_response_seconds: float | None
    human_first_response_seconds: float | None
    ai_answered: int
    human_answered: int
    ai_bookings: int
    ai_revenue: list[tuple[str, Decimal]]
    unanswered_questions: list[UnansweredFigure] = field(default_factory=list)

    @property
    def automation_rate(self) -> float | None:
        return self.automated / self.total if self.total else None

    @property
    def busiest_day(self) -> int:
        return max((n for _, n in self.per_day), default=0)


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def hotel_figures(*, hotel: Hotel, days: int = 30, today: dt.date | None = None) -> Figures:
    tz = zoneinfo.ZoneInfo(hotel.timezone)
    today = today or timezone.now().astimezone(tz).date()
    since = today - dt.timedelta(days=days - 1)
    start = dt.datetime.combine(since, dt.time.min, tzinfo=tz)
    end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
    conversations = Conversation.objects.filter(hotel=hotel, created_at__gte=start, created_at__lt=end)

    counts = dict(
        conversations.annotate(day=TruncDate("created_at", tzinfo=tz))
        .values_list("day")
        .annotate(n=Count("pk"))
    )
    per_day = [
        (since + dt.timedelta(days=i), counts.get(since + dt.timedelta(days=i), 0)) for i in range(days)
    ]
    total = sum(n for _, n in per_day)
    # A conversation finished without a human: never handed off and never touched by staff.
    automated = (
        conversations.filter(handoff_reason="")
        .exclude(messages__author=Author.STAFF)
        .exclude(staff_actions__kind__in=["take_over", "hand_back"])
        .distinct()
        .count()
    )
    by_reason = (
        conversations.exclude(handoff_reason="")
        .values_list("handoff_reason")
        .annotate(n=Count("pk"))
        .order_by("-n")
    )
    handoffs = [(reason, REASON_LABELS.get(reason, reason), n) for reason, n in by_reason]

    timed = conversations.annotate(
        first_in_at=Min("messages__created_at", filter=Q(messages__direction=Direction.IN)),
        first_ai_at=Min("messages__created_at", filter=Q(messages__author=Author.AI)),
        first_staff_at=Min("messages__created_at", filter=Q(messages__author=Author.STAFF)),
    ).values("pk", "first_in_at", "first_ai_at", "first_staff_at")
    ai_times: list[float] = []
    staff_convs: dict[int, dt.datetime] = {}
    for row in timed:
        if row["first_in_at"] and row["first_ai_at"] and row["first_ai_at"] >= row["first_in_at"]:
            ai_times.append((row["first_ai_at"] - row["first_in_at"]).total_seconds())
        if row["first_staff_at"]:
            staff_convs[row["pk"]] = row["first_staff_at"]
    human_times = _human_response_times(staff_convs)

    ai_bookings, ai_revenue = _ai_sales(hotel=hotel, start=start, end=end)
    return Figures(
        hotel=hotel,
        since=since,
        until=today,
        per_day=per_day,
        total=total,
        automated=automated,
        handoffs_by_reason=handoffs,
        ai_first_response_seconds=_median(ai_times),
        human_first_response_seconds=_median(human_times),
        ai_answered=len(ai_times),
        human_answered=len(human_times),
        ai_bookings=ai_bookings,
        ai_revenue=ai_revenue,
        unanswered_questions=most_asked_unanswered(hotel=hotel, start=start, end=end),
    )


def most_asked_unanswered(
    *, hotel: Hotel, start: dt.datetime, end: dt.datetime, limit: int = 15
) -> list[UnansweredFigure]:
    """The questions the agent had no fact for, most asked first (same words, accents and case aside)."""
    asked = UnansweredQuestion.objects.filter(hotel=hotel, created_at__gte=start, created_at__lt=end)
    top = (
        asked.values("normalized")
        .annotate(times=Count("pk"), last=Max("created_at"))
        .order_by("-times", "-last")
    )
    figures = []
    for row in top[:limit]:
        latest = (
            asked.filter(normalized=row["normalized"]).order_by("-created_at").values("text", "fact_id")[0]
        )
        figures.append(UnansweredFigure(text=latest["text"], times=row["times"], fact_id=latest["fact_id"]))
    return figures


def _human_response_times(first_staff_at: dict[int, dt.datetime]) -> list[float]:
    """For each conversation a human answered: from the guest message waiting for them to their first reply.

    The waiting message is the guest's last message before the human's first reply (what the human
    answered), so time the AI spent before the handoff is not counted against the human.
    """
    times = []
    for conversation_id, staff_at in first_staff_at.items():
        waiting = (
            Message.objects.filter(
                conversation_id=conversation_id, direction=Direction.IN, created_at__lte=staff_at
            )
            .order_by("-created_at")
            .values_list("created_at", flat=True)
            .first()
        )
        if waiting is not None:
            times.append((staff_at - waiting).total_seconds())
    return times


def _ai_sales(*, hotel: Hotel, start: dt.datetime, end: dt.datetime) -> tuple[int, list[tuple[str, Decimal]]]:
    try:
        reservation_model = apps.get_model("reservations", "Reservation")
    except LookupError:  # the reservations record is not installed yet
        return 0, []
    sold: Any = reservation_model.objects.filter(
        hotel=hotel, made_by="ai", state="confirmed", created_at__gte=start, created_at__lt=end
    )
    revenue = [
        (currency, amount) for currency, amount in sold.values_list("currency").annotate(amount=Sum("amount"))
    ]
    return sold.count(), revenue
