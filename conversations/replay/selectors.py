"""Reads for replays: which conversations a run takes, and its report."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone

from conversations.models import Conversation, Direction, Message
from conversations.replay.models import ReplayMark, ReplayRun, ReplayTurn
from conversations.services.privacy import ERASED
from hotel_agent.hotels.models import Hotel
from reservations.models import Reservation

OUTCOMES = ("booked", "handed_off", "neither")


def conversations_to_replay(
    *,
    hotel: Hotel,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    channel: str = "",
    language: str = "",
    outcome: str = "",
) -> QuerySet[Conversation]:
    """The hotel's conversations with guest messages still kept: none erased, none past `RETENTION_DAYS`."""
    rows = Conversation.objects.filter(hotel=hotel).filter(
        Exists(
            Message.objects.filter(conversation=OuterRef("pk"), direction=Direction.IN).exclude(text=ERASED)
        )
    )
    if settings.RETENTION_DAYS > 0:
        rows = rows.filter(created_at__gte=timezone.now() - dt.timedelta(days=settings.RETENTION_DAYS))
    if date_from:
        rows = rows.filter(created_at__date__gte=date_from)
    if date_to:
        rows = rows.filter(created_at__date__lte=date_to)
    if channel:
        rows = rows.filter(channel=channel)
    if language:
        rows = rows.filter(language=language)
    booked = Exists(Reservation.objects.filter(conversation=OuterRef("pk"), made_by=Reservation.MadeBy.AI))
    if outcome == "booked":
        rows = rows.filter(booked)
    elif outcome == "handed_off":
        rows = rows.exclude(handoff_reason="")
    elif outcome == "neither":
        rows = rows.filter(~booked & Q(handoff_reason=""))
    return rows.select_related("hotel", "guest").order_by("created_at", "pk")


def run_conversations(*, run: ReplayRun) -> QuerySet[Conversation]:
    return conversations_to_replay(
        hotel=run.hotel,
        date_from=run.date_from,
        date_to=run.date_to,
        channel=run.channel,
        language=run.language,
        outcome=run.outcome,
    )


def run_turns(*, run: ReplayRun, changed_only: bool = False) -> QuerySet[ReplayTurn]:
    rows = ReplayTurn.objects.filter(replay__run=run).select_related("replay", "message")
    if changed_only:
        rows = rows.filter(
            Q(reply_changed=True)
            | ~Q(old_handoff=F("new_handoff"))
            | Q(old_booking="", reached=True) & ~Q(new_booking="")
            | ~Q(old_booking="") & Q(new_booking="")
        )
    return rows.order_by("replay__conversation_id", "index")


def worse_marks(*, hotel: Hotel) -> QuerySet[ReplayMark]:
    return ReplayMark.objects.filter(hotel=hotel, verdict=ReplayMark.Verdict.WORSE)
