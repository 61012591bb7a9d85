"""The hotel's clock: its local time and its day, which lasts until the night cutoff.

A hotel's day does not end at midnight: at 00:07 a guest asking for a room "for tonight" means the night
already begun, and the hotel can still sell it. Until `HOTEL_NIGHT_CUTOFF` (local time, 06:00 unless
set) the hotel's date is still the previous one; every "today" of the agent (the dates it reads, the
earliest check-in it accepts) is this date.

`now()` is the moment the agent acts at: the real time, or within `clock_at(moment)` (a replay of a
past conversation, this thread or task only) the moment the guest's message arrived then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from hotel_agent.hotels.models import Hotel

_fixed_now: ContextVar[dt.datetime | None] = ContextVar("hotel_clock_now", default=None)


def now() -> dt.datetime:
    """The current moment for the agent (aware): `clock_at`'s moment inside it, else the real time."""
    fixed = _fixed_now.get()
    return fixed if fixed is not None else timezone.now()


@contextmanager
def clock_at(moment: dt.datetime) -> Iterator[dt.datetime]:
    """Within the block (this context only), `now()` is `moment`: "today" as it was then."""
    token = _fixed_now.set(moment)
    try:
        yield moment
    finally:
        _fixed_now.reset(token)


def hotel_now(hotel: Hotel, *, at: dt.datetime | None = None) -> dt.datetime:
    return (at or now()).astimezone(ZoneInfo(hotel.timezone))


def night_date(local: dt.datetime) -> dt.date:
    """The date of the night in progress at this local time (yesterday's before the cutoff)."""
    cutoff: dt.time = settings.HOTEL_NIGHT_CUTOFF
    if local.time() < cutoff:
        return local.date() - dt.timedelta(days=1)
    return local.date()


def hotel_today(hotel: Hotel, *, at: dt.datetime | None = None) -> dt.date:
    """The hotel's date: the calendar date in its time zone, or yesterday's before the night cutoff."""
    return night_date(hotel_now(hotel, at=at))
