"""Reads: a hotel's outreach settings, and which reservation messages are due now."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from hotel_agent.hotels.models import Hotel
from reservations.models import Reservation
from reservations.outreach.models import OutreachKind, OutreachMessage, OutreachSettings
from reservations.outreach.schedule import QuietHours, Window, window_for

# Reservations whose messages may be due: arriving within 8 days, or left within the last 4.
LOOK_AHEAD_DAYS = 8
LOOK_BACK_DAYS = 4


def outreach_settings_for(*, hotel: Hotel) -> OutreachSettings:
    """The hotel's settings; an unsaved default (every kind on, no template) when it has none."""
    try:
        return hotel.outreach_settings
    except OutreachSettings.DoesNotExist:
        return OutreachSettings(hotel=hotel)


def quiet_hours(settings: OutreachSettings) -> QuietHours:
    return QuietHours(start=settings.quiet_from, end=settings.quiet_until)


def outreach_window(*, reservation: Reservation, kind: str, settings: OutreachSettings) -> Window:
    hotel = reservation.hotel
    return window_for(
        kind=kind,
        check_in=reservation.check_in,
        check_out=reservation.check_out,
        send_time=settings.send_time,
        quiet=quiet_hours(settings),
        tz=ZoneInfo(hotel.timezone),
        check_in_time=hotel.check_in_time,
    )


def in_quiet_hours(*, hotel: Hotel, settings: OutreachSettings, at: dt.datetime) -> bool:
    local = at.astimezone(ZoneInfo(hotel.timezone)).time()
    return quiet_hours(settings).covers(local)


@dataclass(frozen=True)
class DueMessage:
    reservation_id: int
    kind: str
    due_at: dt.datetime


def outreach_due(*, now: dt.datetime) -> list[DueMessage]:
    """Messages whose time has come and that no row claims yet: confirmed reservations of active
    hotels, kinds switched on, outside the hotel's quiet hours, within each kind's window. A 7-day
    message is not sent for a reservation the agent or staff made after it was due (its confirmation
    said it all); one mirrored from the PMS only shows when we first saw it, so it still gets it."""
    today = now.date()
    candidates = (
        Reservation.objects.filter(state=Reservation.State.CONFIRMED, hotel__active=True)
        .filter(
            check_in__lte=today + dt.timedelta(days=LOOK_AHEAD_DAYS),
            check_out__gte=today - dt.timedelta(days=LOOK_BACK_DAYS),
        )
        .select_related("hotel", "hotel__outreach_settings")
        .order_by("check_in", "pk")
    )
    claimed = set(
        OutreachMessage.objects.filter(reservation__in=candidates).values_list("reservation_id", "kind")
    )
    due: list[DueMessage] = []
    for reservation in candidates:
        settings = outreach_settings_for(hotel=reservation.hotel)
        if in_quiet_hours(hotel=reservation.hotel, settings=settings, at=now):
            continue
        for kind in OutreachKind.values:
            if not settings.enabled(kind) or (reservation.pk, kind) in claimed:
                continue
            window = outreach_window(reservation=reservation, kind=kind, settings=settings)
            if not window.open_at(now):
                continue
            if (
                kind == OutreachKind.BEFORE_7D
                and reservation.made_by != Reservation.MadeBy.PMS
                and reservation.created_at > window.due_at
            ):
                continue
            due.append(DueMessage(reservation_id=reservation.pk, kind=kind, due_at=window.due_at))
    return due
