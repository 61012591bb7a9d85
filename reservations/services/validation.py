"""Checks QloApps does not make (past dates, occupancy limits), done before the PMS is asked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import phonenumbers

from hotel_agent.hotels import clock
from hotel_agent.hotels.models import Hotel
from pms_bridge.port import GuestDetails, RoomType
from reservations.errors import InvalidStay, OccupancyNotPossible

MAX_NIGHTS = 30
MAX_DAYS_AHEAD = 500
MAX_ROOMS = 9
MAX_CHILD_AGE = 17


def hotel_today(hotel: Hotel) -> dt.date:
    """The earliest check-in: the hotel's date of the night in progress (yesterday's before the cutoff)."""
    return clock.hotel_today(hotel)


def validate_stay(
    *,
    hotel: Hotel,
    check_in: dt.date,
    check_out: dt.date,
    adults: int,
    children: int,
    rooms: int = 1,
    child_ages: Iterable[int] = (),
) -> None:
    """Raise `InvalidStay` for dates or numbers no hotel could book."""
    today = hotel_today(hotel)
    if check_out <= check_in:
        raise InvalidStay("check-out must be after check-in", code="dates_out_of_order")
    if check_in < today:
        raise InvalidStay("check-in is in the past", code="check_in_in_past")
    if (check_out - check_in).days > MAX_NIGHTS:
        raise InvalidStay(f"stays are limited to {MAX_NIGHTS} nights", code="stay_too_long")
    if check_in > today + dt.timedelta(days=MAX_DAYS_AHEAD):
        raise InvalidStay("check-in is too far ahead", code="too_far_ahead")
    if adults < 1:
        raise InvalidStay("at least one adult per room", code="no_adult")
    if children < 0:
        raise InvalidStay("children cannot be negative", code="negative_children")
    if not 1 <= rooms <= MAX_ROOMS:
        raise InvalidStay(f"between 1 and {MAX_ROOMS} rooms", code="rooms_out_of_range")
    ages = list(child_ages)
    if ages and (len(ages) != children or any(not 0 <= age <= MAX_CHILD_AGE for age in ages)):
        raise InvalidStay("one age (0-17) per child", code="child_ages_invalid")


def fitting_room_types(room_types: list[RoomType], *, adults: int, children: int) -> list[RoomType]:
    """The room types that take this occupancy per room; `OccupancyNotPossible` when none does."""
    fitting = [rt for rt in room_types if rt.fits(adults=adults, children=children)]
    if not fitting:
        raise OccupancyNotPossible(
            f"no room takes {adults} adults and {children} children", room_types=tuple(room_types)
        )
    return fitting


def normalize_phone(phone: str, *, region: str = "ES") -> str:
    """E.164 when the number parses, else its digits (so two spellings of one number compare equal)."""
    phone = (phone or "").strip()
    if not phone:
        return ""
    try:
        parsed = phonenumbers.parse(phone, region)
        if phonenumbers.is_possible_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    return "".join(ch for ch in phone if ch.isdigit())


def validate_guest(guest: GuestDetails) -> None:
    missing = [
        name
        for name, value in (
            ("first_name", guest.first_name),
            ("last_name", guest.last_name),
            ("email", guest.email),
            ("phone", guest.phone),
        )
        if not (value or "").strip()
    ]
    if missing:
        raise InvalidStay(f"guest details missing: {', '.join(missing)}", code="guest_details_missing")
