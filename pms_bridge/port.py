"""The PMS port: the only interface the rest of the project uses to talk to a PMS.

Plain dataclasses in and out; no adapter's JSON shape or HTTP type ever crosses it. Errors are the
classes of `pms_bridge.errors`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, Protocol


@dataclass(frozen=True)
class PmsHotel:
    pms_hotel_id: int
    name: str
    address: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    check_in_time: str = ""  # "14:00"
    check_out_time: str = ""  # "11:00"
    currency: str = ""
    active: bool = True


@dataclass(frozen=True)
class RoomType:
    pms_room_type_id: int
    pms_hotel_id: int
    name: str
    description: str = ""
    base_adults: int = 2
    base_children: int = 0
    max_adults: int = 2
    max_children: int = 0
    max_guests: int = 2
    features: tuple[str, ...] = ()

    def fits(self, *, adults: int, children: int) -> bool:
        return (
            adults <= self.max_adults
            and children <= self.max_children
            and adults + children <= self.max_guests
        )


@dataclass(frozen=True)
class Stay:
    """What the guest asks for: one hotel, dates, occupancy of each room wanted."""

    pms_hotel_id: int
    check_in: dt.date
    check_out: dt.date
    adults: int
    children: int = 0
    rooms: int = 1
    child_ages: tuple[int, ...] = ()

    @property
    def nights(self) -> int:
        return (self.check_out - self.check_in).days

    def cache_key(self) -> str:
        return (
            f"{self.pms_hotel_id}:{self.check_in.isoformat()}:{self.check_out.isoformat()}"
            f":{self.adults}:{self.children}:{self.rooms}"
        )


@dataclass(frozen=True)
class NightPrice:
    date: dt.date
    amount: Decimal  # tax included, for all rooms of the stay


@dataclass(frozen=True)
class RoomOffer:
    """Availability and price of one room type for a stay, exactly as the PMS answered."""

    room_type: RoomType
    available_rooms: int
    total: Decimal  # whole stay, all rooms, tax included: the figure quoted to the guest
    total_without_tax: Decimal
    taxes: Decimal
    currency: str
    nights: tuple[NightPrice, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict)  # the PMS's own words for this room type

    @property
    def is_available(self) -> bool:
        return self.available_rooms > 0


@dataclass(frozen=True)
class AvailabilityAnswer:
    """The PMS answer for one stay; `raw` keeps what the PMS said so a quote can be traced."""

    stay: Stay
    offers: tuple[RoomOffer, ...]
    fetched_at: dt.datetime
    raw: dict[str, Any] = field(default_factory=dict)
    from_cache: bool = False
    age_seconds: float = 0.0  # > 0 when served from cache (for instance while the breaker is open)

    def for_occupancy(self, stay: Stay) -> AvailabilityAnswer:
        """The same PMS answer for `stay` (same hotel, dates and rooms), keeping the room types that fit
        its occupancy. Offers, prices and `raw` are the PMS's own, untouched."""
        if (stay.pms_hotel_id, stay.check_in, stay.check_out, stay.rooms) != (
            self.stay.pms_hotel_id,
            self.stay.check_in,
            self.stay.check_out,
            self.stay.rooms,
        ):
            raise ValueError("an answer can only be reused for the same hotel, dates and number of rooms")
        fitting = tuple(
            o for o in self.offers if o.room_type.fits(adults=stay.adults, children=stay.children)
        )
        return replace(self, stay=stay, offers=fitting)


@dataclass(frozen=True)
class NightRoomType:
    """One room type on one night: one room's price that night and the rooms free that night."""

    room_type: RoomType
    price: Decimal  # one room, this night, tax excluded
    price_with_tax: Decimal
    free_room_ids: frozenset[int]


@dataclass(frozen=True)
class NightAvailability:
    """One night of one hotel as the PMS answered it (QloApps' `hotel_ari` with `date_wise_breakdown`)."""

    pms_hotel_id: int
    night: dt.date
    currency: str
    room_types: tuple[NightRoomType, ...]
    fetched_at: dt.datetime


def stay_from_nights(stay: Stay, nights: list[NightAvailability]) -> AvailabilityAnswer:
    """Every room type's offer for `stay` built from its nights: the stay's price is the sum of its nights'
    prices times the rooms, and a room is free for the stay when it is free on every night (the guest keeps
    one room). Only room types listed on every night are offered."""
    if [n.night for n in nights] != [stay.check_in + dt.timedelta(days=i) for i in range(stay.nights)] or any(
        n.pms_hotel_id != stay.pms_hotel_id for n in nights
    ):
        raise ValueError("the nights must be exactly the stay's, of its hotel")
    per_night = [{rt.room_type.pms_room_type_id: rt for rt in n.room_types} for n in nights]
    offers = []
    for type_id, first in per_night[0].items():
        rows = [night.get(type_id) for night in per_night]
        if any(row is None for row in rows):
            continue
        present = [row for row in rows if row is not None]
        free = frozenset.intersection(*(row.free_room_ids for row in present))
        without_tax = sum((row.price for row in present), Decimal(0)) * stay.rooms
        total = sum((row.price_with_tax for row in present), Decimal(0)) * stay.rooms
        offers.append(
            RoomOffer(
                room_type=first.room_type,
                available_rooms=len(free),
                total=total,
                total_without_tax=without_tax,
                taxes=total - without_tax,
                currency=nights[0].currency,
                nights=tuple(
                    NightPrice(date=n.night, amount=row.price_with_tax * stay.rooms)
                    for n, row in zip(nights, present, strict=True)
                ),
                raw={"available": len(free), "from_nights": True},
            )
        )
    oldest = min(n.fetched_at for n in nights)
    return AvailabilityAnswer(stay=stay, offers=tuple(offers), fetched_at=oldest, raw={"nights": stay.nights})


@dataclass(frozen=True)
class BookedNights:
    """Nights a booking holds in one hotel (to forget cached answers that no longer hold)."""

    pms_hotel_id: int
    check_in: dt.date
    check_out: dt.date


@dataclass(frozen=True)
class GuestDetails:
    first_name: str
    last_name: str
    email: str
    phone: str  # E.164


@dataclass(frozen=True)
class BookingRequest:
    idempotency_key: str
    stay: Stay
    pms_room_type_id: int
    guest: GuestDetails
    total: Decimal  # the quoted total, tax included: the booking is made at this price
    total_without_tax: Decimal
    currency: str
    remark: str = ""


class BookingState:
    ACTIVE = "active"  # awaiting payment, paid, processing
    CANCELLED = "cancelled"
    REFUNDED = "refunded"
    OVERBOOKED = "overbooked"
    # The PMS holds the room but recorded another party than asked (children lost, adults reset):
    # never confirmed to the guest as if it matched.
    PARTY_MISMATCH = "party_mismatch"
    CHOICES = [
        (ACTIVE, "active"),
        (CANCELLED, "cancelled"),
        (REFUNDED, "refunded"),
        (OVERBOOKED, "overbooked"),
        (PARTY_MISMATCH, "party recorded differs"),
    ]


@dataclass(frozen=True)
class Booking:
    pms_booking_id: int
    reference: str  # what the guest is told
    pms_hotel_id: int
    pms_room_type_id: int
    check_in: dt.date
    check_out: dt.date
    adults: int
    children: int
    rooms: int
    guest: GuestDetails
    total: Decimal
    currency: str
    state: str  # BookingState
    paid: bool = False
    raw: dict[str, Any] = field(default_factory=dict)
    child_ages: tuple[int, ...] = ()  # as the PMS recorded them (one room's), when it keeps them


@dataclass(frozen=True)
class ServicePrice:
    """An extra the PMS sells with a room (breakfast, late check-out...) at the PMS's own price."""

    pms_service_id: int
    name: str
    unit_price: Decimal  # as the PMS states it, for one room (and one night when `per_night`)
    per_night: bool
    currency: str
    taxes_included: bool = True  # QloApps states a service's price without its tax
    raw: dict[str, Any] = field(default_factory=dict)

    def total_for(self, *, nights: int, rooms: int) -> Decimal:
        """What the guest pays for it on a stay: per room, and per night when the PMS prices it so."""
        return self.unit_price * rooms * (nights if self.per_night else 1)


class Pms(Protocol):
    name: str
    # True when a booking with children needs each child's age (QloApps counts children from them).
    needs_child_ages: bool

    def ping(self) -> None:
        """Raise a PmsError when the PMS cannot serve requests."""

    def hotels(self) -> list[PmsHotel]: ...

    def room_types(self, *, pms_hotel_id: int) -> list[RoomType]: ...

    def availability(self, *, stay: Stay, live: bool = False) -> AvailabilityAnswer:
        """Offers per room type that fits the occupancy; prices are for the whole stay.

        `live=True` asks the PMS itself, never a cache (the re-check just before a booking).
        """

    def availability_all_room_types(self, *, stay: Stay, live: bool = False) -> AvailabilityAnswer:
        """Offers for every room type on sale, whatever the stay's occupancy.

        Only for a PMS whose availability and prices do not depend on occupancy (both adapters: prices are
        per room and night times the number of rooms), so that one answer per hotel, dates and rooms can
        serve every occupancy through `AvailabilityAnswer.for_occupancy`.
        """

    def create_booking(self, *, request: BookingRequest) -> Booking:
        """Create exactly once per idempotency key; reconcile instead of retrying blindly."""

    def get_booking(self, *, reference: str) -> Booking: ...

    def find_bookings(self, *, email: str = "", phone: str = "") -> list[Booking]: ...

    def upcoming_bookings(
        self, *, pms_hotel_id: int, arriving_from: dt.date, arriving_until: dt.date
    ) -> list[Booking]:
        """The hotel's bookings arriving on any day from `arriving_from` to `arriving_until` (both
        included), wherever they were made, with their holder's name, e-mail and phone."""

    def modify_booking(
        self,
        *,
        reference: str,
        check_in: dt.date,
        check_out: dt.date,
        adults: int,
        children: int,
        child_ages: tuple[int, ...] = (),
    ) -> Booking:
        """`child_ages` may be left out when the number of children does not change (the PMS keeps them)."""

    def cancel_booking(self, *, reference: str) -> Booking: ...

    # --- extras on an existing booking (staff-approved offers, deposits) ---------------------------
    def services(self, *, pms_hotel_id: int) -> list[ServicePrice]:
        """The extras on sale at the hotel with their current prices (always asked live)."""

    def add_service(self, *, reference: str, service: ServicePrice, total: Decimal) -> Booking:
        """Add `service` to every room of the booking, charged `total` for the stay (re-priced by the caller)."""

    def change_room_type(
        self, *, reference: str, pms_room_type_id: int, total: Decimal, total_without_tax: Decimal
    ) -> Booking:
        """Move the booking, same dates and party, to another room type at the given (live) price."""

    def record_deposit(self, *, reference: str, amount: Decimal, currency: str) -> Booking:
        """Note on the booking that a deposit of `amount` was received (checked by staff)."""
