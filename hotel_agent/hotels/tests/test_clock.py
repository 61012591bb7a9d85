"""The hotel's day lasts until the night cutoff (HOTEL_NIGHT_CUTOFF, 06:00 local unless set)."""

from __future__ import annotations

import datetime as dt

from django.test import override_settings

from hotel_agent.hotels.clock import hotel_today
from hotel_agent.hotels.models import Hotel


def valencia() -> Hotel:
    return Hotel(name="Valencia", slug="valencia", timezone="Europe/Madrid")


def at_utc(day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=dt.UTC)


def test_before_the_cutoff_the_day_is_still_yesterday():
    assert hotel_today(valencia(), at=at_utc(25, 23, 7)) == dt.date(2026, 11, 25)  # 00:07 on the 26th
    assert hotel_today(valencia(), at=at_utc(26, 4, 59)) == dt.date(2026, 11, 25)  # 05:59
    assert hotel_today(valencia(), at=at_utc(26, 5, 0)) == dt.date(2026, 11, 26)  # 06:00
    assert hotel_today(valencia(), at=at_utc(26, 22, 30)) == dt.date(2026, 11, 26)  # 23:30


def test_the_cutoff_is_a_setting_in_the_hotels_time_zone():
    with override_settings(HOTEL_NIGHT_CUTOFF=dt.time(0, 0)):
        assert hotel_today(valencia(), at=at_utc(25, 23, 7)) == dt.date(2026, 11, 26)
    lisbon = Hotel(name="Lisboa", slug="lisboa", timezone="Europe/Lisbon")
    assert hotel_today(lisbon, at=at_utc(26, 5, 30)) == dt.date(2026, 11, 25)  # 05:30 in Lisbon
