"""When each reservation message is due, in the hotel's time zone (pure functions, no database).

A kind is due on its day (7 or 1 days before check-in, 1 day after check-out) at the hotel's send
time; a moment inside the quiet hours moves to the end of them. It stays sendable until it would no
longer make sense (the 7-day one until the 1-day one is due, the 1-day one until check-in time, the
after-stay one for two days), so a beat that was down catches up, never in quiet hours.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from reservations.outreach.models import OutreachKind

DEFAULT_CHECK_IN_TIME = dt.time(14, 0)
AFTER_STAY_SENDABLE = dt.timedelta(days=2)


@dataclass(frozen=True)
class Window:
    """From `due_at` (inclusive) to `expires_at` (exclusive), in UTC-aware datetimes."""

    due_at: dt.datetime
    expires_at: dt.datetime

    def open_at(self, moment: dt.datetime) -> bool:
        return self.due_at <= moment < self.expires_at


@dataclass(frozen=True)
class QuietHours:
    start: dt.time
    end: dt.time

    def covers(self, local: dt.time) -> bool:
        """Inside [start, end), across midnight when start > end; start == end means none."""
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end


def next_allowed(moment: dt.datetime, *, quiet: QuietHours, tz: ZoneInfo) -> dt.datetime:
    """`moment`, or the end of the quiet hours it falls in (the hotel's local time)."""
    local = moment.astimezone(tz)
    if not quiet.covers(local.timetz().replace(tzinfo=None)):
        return moment
    end_day = local.date()
    if quiet.start > quiet.end and local.time() >= quiet.start:
        end_day += dt.timedelta(days=1)
    return dt.datetime.combine(end_day, quiet.end, tzinfo=tz).astimezone(dt.UTC)


def _local(day: dt.date, at: dt.time, tz: ZoneInfo) -> dt.datetime:
    # zoneinfo resolves a time skipped or repeated by a DST change to one instant (fold=0).
    return dt.datetime.combine(day, at, tzinfo=tz).astimezone(dt.UTC)


def window_for(
    *,
    kind: str,
    check_in: dt.date,
    check_out: dt.date,
    send_time: dt.time,
    quiet: QuietHours,
    tz: ZoneInfo,
    check_in_time: dt.time | None = None,
) -> Window:
    def due(day: dt.date) -> dt.datetime:
        return next_allowed(_local(day, send_time, tz), quiet=quiet, tz=tz)

    if kind == OutreachKind.BEFORE_7D:
        return Window(due(check_in - dt.timedelta(days=7)), due(check_in - dt.timedelta(days=1)))
    if kind == OutreachKind.BEFORE_1D:
        return Window(
            due(check_in - dt.timedelta(days=1)),
            _local(check_in, check_in_time or DEFAULT_CHECK_IN_TIME, tz),
        )
    if kind == OutreachKind.AFTER_1D:
        start = due(check_out + dt.timedelta(days=1))
        return Window(start, start + AFTER_STAY_SENDABLE)
    raise ValueError(f"unknown reservation message kind {kind!r}")
