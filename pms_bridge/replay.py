"""A PMS port for replays: reads answered from what the PMS said then, writes recorded and never made.

A replay runs past guest messages through today's receptionist. It must never book, change or cancel
anything in the PMS, and what a guest was offered then comes from the answers stored with that
conversation's quotes. So this port answers availability from those answers (same hotel, dates, rooms and
party), else from the built-in demo PMS (`fallback`, read only), and records every write as a
`ReplayWrite` while returning what the PMS would have answered. Nothing here opens a network connection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from pms_bridge.errors import PmsError, PmsNotFound, PmsUnavailable
from pms_bridge.port import (
    AvailabilityAnswer,
    Booking,
    BookingRequest,
    BookingState,
    Pms,
    PmsHotel,
    RoomType,
    Stay,
)

REFERENCE_PREFIX = "REPLAY"


@dataclass(frozen=True)
class ReplayWrite:
    """A write the receptionist asked for during a replay (made nowhere)."""

    operation: str  # create_booking, modify_booking, cancel_booking, or an extra's operation
    reference: str
    total: Decimal | None = None
    detail: dict[str, Any] = field(default_factory=dict)


def _answer_key(stay: Stay) -> tuple[int, dt.date, dt.date, int, int, int]:
    return (stay.pms_hotel_id, stay.check_in, stay.check_out, stay.rooms, stay.adults, stay.children)


class ReplayPms:
    """The `Pms` port over stored answers and bookings; `writes` lists what was asked, in order."""

    name = "replay"

    def __init__(
        self,
        *,
        answers: Sequence[AvailabilityAnswer] = (),
        bookings: Sequence[Booking] = (),
        fallback: Pms | None = None,
        needs_child_ages: bool = False,
        made_then: Sequence[str] = (),
    ) -> None:
        # The latest stored answer for a stay wins (the live re-check before a booking came after the quote).
        self._answers = {_answer_key(answer.stay): answer for answer in answers}
        self._bookings = {booking.reference: booking for booking in bookings}
        self.fallback = fallback
        self.needs_child_ages = needs_child_ages
        # The bookings the conversation made then: the same booking asked again gets its reference back,
        # so a replay that books exactly as before reads the same (the PMS itself is never asked).
        self._made_then = [self._bookings[ref] for ref in made_then if ref in self._bookings]
        self.writes: list[ReplayWrite] = []
        self.reads_stored = 0
        self.reads_fallback = 0

    # --- reads ----------------------------------------------------------------------------------
    def ping(self) -> None:
        return None

    def hotels(self) -> list[PmsHotel]:
        return self.fallback.hotels() if self.fallback is not None else []

    def room_types(self, *, pms_hotel_id: int) -> list[RoomType]:
        if self.fallback is not None:
            try:
                known = self.fallback.room_types(pms_hotel_id=pms_hotel_id)
            except PmsError:
                known = []  # a hotel the demo PMS does not have
            if known:
                return known
        # A hotel the demo PMS does not know (a QloApps hotel): the room types its stored answers name.
        seen: dict[int, RoomType] = {}
        for answer in self._answers.values():
            for offer in answer.offers:
                if offer.room_type.pms_hotel_id == pms_hotel_id:
                    seen.setdefault(offer.room_type.pms_room_type_id, offer.room_type)
        return list(seen.values())

    def availability(self, *, stay: Stay, live: bool = False) -> AvailabilityAnswer:
        return self.availability_all_room_types(stay=stay, live=live).for_occupancy(stay)

    def availability_all_room_types(self, *, stay: Stay, live: bool = False) -> AvailabilityAnswer:
        stored = self._answers.get(_answer_key(stay))
        if stored is not None:
            self.reads_stored += 1
            return replace(stored, stay=stay)
        if self.fallback is None:
            raise PmsUnavailable("no stored answer for this stay and no demo PMS to ask")
        self.reads_fallback += 1
        return self.fallback.availability_all_room_types(stay=stay, live=True)

    def get_booking(self, *, reference: str) -> Booking:
        booking = self._bookings.get(reference.strip().upper()) or self._bookings.get(reference.strip())
        if booking is None:
            raise PmsNotFound(f"no booking {reference} in the replay")
        return booking

    def find_bookings(self, *, email: str = "", phone: str = "") -> list[Booking]:
        email, phone = email.strip().lower(), phone.strip()
        return [
            booking
            for booking in self._bookings.values()
            if (email and booking.guest.email.lower() == email) or (phone and booking.guest.phone == phone)
        ]

    def upcoming_bookings(
        self, *, pms_hotel_id: int, arriving_from: dt.date, arriving_until: dt.date
    ) -> list[Booking]:
        return [
            booking
            for booking in self._bookings.values()
            if booking.pms_hotel_id == pms_hotel_id and arriving_from <= booking.check_in <= arriving_until
        ]

    # --- writes: recorded, answered as the PMS would, made nowhere ----------------------------------
    def create_booking(self, *, request: BookingRequest) -> Booking:
        for booking in self._bookings.values():
            if booking.raw.get("idempotency_key") == request.idempotency_key:
                return booking
        number = len(self.writes) + 1
        stay = request.stay
        same = next(
            (
                b
                for b in self._made_then
                if (b.pms_room_type_id, b.check_in, b.check_out)
                == (request.pms_room_type_id, stay.check_in, stay.check_out)
            ),
            None,
        )
        if same is None:
            # The booking made then may have been changed since (its dates now are the changed ones):
            # the same room type's booking still is the one this conversation made.
            same = next((b for b in self._made_then if b.pms_room_type_id == request.pms_room_type_id), None)
        if same is not None:
            self._made_then.remove(same)
        reference = same.reference if same is not None else f"{REFERENCE_PREFIX}{number:04d}"
        booking = Booking(
            pms_booking_id=900_000_000 + number,
            reference=reference,
            pms_hotel_id=stay.pms_hotel_id,
            pms_room_type_id=request.pms_room_type_id,
            check_in=stay.check_in,
            check_out=stay.check_out,
            adults=stay.adults,
            children=stay.children,
            rooms=stay.rooms,
            guest=request.guest,
            total=request.total,
            currency=request.currency,
            state=BookingState.ACTIVE,
            raw={"replay": True, "idempotency_key": request.idempotency_key},
            child_ages=stay.child_ages,
        )
        self._bookings[reference] = booking
        self.writes.append(
            ReplayWrite(
                operation="create_booking",
                reference=reference,
                total=request.total,
                detail={"room_type": request.pms_room_type_id, "check_in": stay.check_in.isoformat()},
            )
        )
        return booking

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
        before = self.get_booking(reference=reference)
        booking = replace(
            before,
            check_in=check_in,
            check_out=check_out,
            adults=adults,
            children=children,
            child_ages=child_ages,
            total=self._repriced(before, check_in, check_out, adults, children, child_ages),
        )
        self._bookings[booking.reference] = booking
        self.writes.append(
            ReplayWrite(operation="modify_booking", reference=booking.reference, total=booking.total)
        )
        return booking

    def _repriced(
        self,
        before: Booking,
        check_in: dt.date,
        check_out: dt.date,
        adults: int,
        children: int,
        child_ages: tuple[int, ...],
    ) -> Decimal:
        """A PMS reprices a changed stay (the confirmation says the new total): the quote for the new
        stay, as the modify flow read it; the old total when there is none."""
        stay = Stay(
            pms_hotel_id=before.pms_hotel_id,
            check_in=check_in,
            check_out=check_out,
            adults=adults,
            children=children,
            rooms=before.rooms,
            child_ages=child_ages,
        )
        try:
            offers = self.availability_all_room_types(stay=stay).offers
        except PmsError:
            return before.total
        return next(
            (o.total for o in offers if o.room_type.pms_room_type_id == before.pms_room_type_id), before.total
        )

    def cancel_booking(self, *, reference: str) -> Booking:
        booking = replace(self.get_booking(reference=reference), state=BookingState.CANCELLED)
        self._bookings[booking.reference] = booking
        self.writes.append(ReplayWrite(operation="cancel_booking", reference=booking.reference))
        return booking

    # --- extras on a booking (offers, deposits): the same rule, reads from the demo PMS ----------------
    def services(self, *, pms_hotel_id: int) -> list[Any]:
        read = getattr(self.fallback, "services", None)
        return list(read(pms_hotel_id=pms_hotel_id)) if read is not None else []

    def _recorded(self, operation: str, reference: str, total: Decimal | None = None) -> Booking:
        booking = self.get_booking(reference=reference)
        self.writes.append(ReplayWrite(operation=operation, reference=booking.reference, total=total))
        return booking

    # The booking answered carries the change as a PMS would (the offer's "new total" is read from it),
    # so an accepted offer does not show as a price change against the conversation it replays.
    def add_service(self, *, reference: str, service: Any, total: Decimal) -> Booking:
        booking = self._recorded("add_service", reference, total)
        booking = replace(booking, total=booking.total + total)
        self._bookings[booking.reference] = booking
        return booking

    def change_room_type(
        self, *, reference: str, pms_room_type_id: int, total: Decimal, total_without_tax: Decimal
    ) -> Booking:
        booking = self._recorded("change_room_type", reference, total)
        booking = replace(booking, pms_room_type_id=pms_room_type_id, total=total)
        self._bookings[booking.reference] = booking
        return booking

    def record_deposit(self, *, reference: str, amount: Decimal, currency: str) -> Booking:
        return self._recorded("record_deposit", reference, amount)
