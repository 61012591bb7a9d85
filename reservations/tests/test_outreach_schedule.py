"""When reservation messages are due: the hotel's local send time, quiet hours (across midnight too),
daylight-saving days, and how long each kind stays sendable (pure functions, no database)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from reservations.outreach.models import OutreachKind
from reservations.outreach.schedule import QuietHours, next_allowed, window_for

MADRID = ZoneInfo("Europe/Madrid")
NIGHT = QuietHours(start=dt.time(21, 0), end=dt.time(9, 0))


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=MADRID)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (local(2027, 3, 1, 10, 0), local(2027, 3, 1, 10, 0)),  # allowed: unchanged
        (local(2027, 3, 1, 21, 0), local(2027, 3, 2, 9, 0)),  # evening: next morning
        (local(2027, 3, 1, 23, 59), local(2027, 3, 2, 9, 0)),
        (local(2027, 3, 2, 3, 0), local(2027, 3, 2, 9, 0)),  # after midnight: the same morning
        (local(2027, 3, 2, 9, 0), local(2027, 3, 2, 9, 0)),
    ],
)
def test_a_moment_in_quiet_hours_moves_to_their_end(moment: dt.datetime, expected: dt.datetime) -> None:
    assert next_allowed(moment, quiet=NIGHT, tz=MADRID) == expected


def test_quiet_hours_within_one_day_and_none() -> None:
    siesta = QuietHours(start=dt.time(14, 0), end=dt.time(16, 0))
    assert next_allowed(local(2027, 3, 1, 15, 0), quiet=siesta, tz=MADRID) == local(2027, 3, 1, 16, 0)
    assert next_allowed(local(2027, 3, 1, 13, 0), quiet=siesta, tz=MADRID) == local(2027, 3, 1, 13, 0)
    never = QuietHours(start=dt.time(0, 0), end=dt.time(0, 0))
    assert next_allowed(local(2027, 3, 1, 3, 0), quiet=never, tz=MADRID) == local(2027, 3, 1, 3, 0)


def test_each_kind_is_due_on_its_day_at_the_local_send_time_across_a_clock_change() -> None:
    # Clocks go forward in Madrid on 28 March 2027: 10:00 is 09:00 UTC before and 08:00 UTC after.
    windows = {
        kind: window_for(
            kind=kind,
            check_in=dt.date(2027, 3, 29),
            check_out=dt.date(2027, 4, 1),
            send_time=dt.time(10, 0),
            quiet=NIGHT,
            tz=MADRID,
            check_in_time=dt.time(15, 0),
        )
        for kind in OutreachKind.values
    }
    week, day, after = (windows[k] for k in ("before_7d", "before_1d", "after_1d"))
    assert week.due_at == dt.datetime(2027, 3, 22, 9, 0, tzinfo=dt.UTC)
    assert week.expires_at == day.due_at == dt.datetime(2027, 3, 28, 8, 0, tzinfo=dt.UTC)
    assert day.expires_at == dt.datetime(2027, 3, 29, 13, 0, tzinfo=dt.UTC)  # check-in time
    assert after.due_at == dt.datetime(2027, 4, 2, 8, 0, tzinfo=dt.UTC)
    assert after.expires_at == after.due_at + dt.timedelta(days=2)
    assert week.open_at(week.due_at) and not week.open_at(week.expires_at)


def test_a_send_time_inside_the_quiet_hours_goes_at_their_end() -> None:
    window = window_for(
        kind=OutreachKind.BEFORE_7D,
        check_in=dt.date(2027, 1, 20),
        check_out=dt.date(2027, 1, 22),
        send_time=dt.time(7, 0),
        quiet=NIGHT,
        tz=MADRID,
    )
    assert window.due_at == dt.datetime(2027, 1, 13, 8, 0, tzinfo=dt.UTC)  # 09:00 local
