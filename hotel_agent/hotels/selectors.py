"""Reads of hotels that are more than one line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hotel_agent.hotels.models import Hotel


@dataclass(frozen=True)
class HotelFacts:
    """What the hotel's PMS says about it (QloApps `hotels`): for replies and a new knowledge base.

    Empty strings and None where the PMS says nothing; `from_pms` is False for a hotel never synced
    (the demo hotel of `make run`), whose facts then live only in its knowledge base.
    """

    name: str
    address: str
    city: str
    phone: str
    email: str
    check_in_time: dt.time | None
    check_out_time: dt.time | None
    currency: str
    timezone: str
    from_pms: bool


def hotel_facts(*, hotel: Hotel) -> HotelFacts:
    return HotelFacts(
        name=hotel.name,
        address=hotel.address,
        city=hotel.city,
        phone=hotel.phone,
        email=hotel.email,
        check_in_time=hotel.check_in_time,
        check_out_time=hotel.check_out_time,
        currency=hotel.currency,
        timezone=hotel.timezone,
        from_pms=hotel.pms_synced_at is not None,
    )
