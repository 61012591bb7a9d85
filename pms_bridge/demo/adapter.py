"""The built-in demo PMS: same port, its own tables, no network.

Availability of a room type on a night = its inventory that night minus the active bookings holding
that night. Creating a booking locks the inventory rows of its nights (`SELECT ... FOR UPDATE`), so
the demo PMS cannot double-book even when the caller forgets to lock.
"""

from __future__ import annotations

import datetime as dt
import secrets
import string
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from pms_bridge.demo import extras
from pms_bridge.errors import PmsNoAvailability, PmsNotFound, PmsUnavailable, PmsValidationError
from pms_bridge.models import DemoBooking, DemoHotel, DemoInventory, DemoRate, DemoRoomType
from pms_bridge.port import (
    AvailabilityAnswer,
    Booking,
    BookingRequest,
    BookingState,
    GuestDetails,
    NightPrice,
    PmsHotel,
    RoomOffer,
    RoomType,
    ServicePrice,
    Stay,
)

CENT = Decimal("0.01")
REFERENCE_ALPHABET = string.ascii_uppercase


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _nights(check_in: dt.date, check_out: dt.date) -> list[dt.date]:
    return [check_in + dt.timedelta(days=i) for i in range((check_out - check_in).days)]


def _room_type(row: DemoRoomType) -> RoomType:
    return RoomType(
        pms_room_type_id=row.pk,
        pms_hotel_id=row.hotel.pms_hotel_id,
        name=row.name,
        description=row.description,
        base_adults=row.base_adults,
        base_children=row.base_children,
        max_adults=row.max_adults,
        max_children=row.max_children,
        max_guests=row.max_guests,
        features=tuple(row.features or ()),
    )


def _booking(row: DemoBooking) -> Booking:
    return Booking(
        pms_booking_id=row.pk,
        reference=row.reference,
        pms_hotel_id=row.hotel.pms_hotel_id,
        pms_room_type_id=row.room_type_id,
        check_in=row.check_in,
        check_out=row.check_out,
        adults=row.adults,
        children=row.children,
        rooms=row.rooms,
        guest=GuestDetails(
            first_name=row.first_name, last_name=row.last_name, email=row.email, phone=row.phone
        ),
        total=row.total,
        currency=row.currency,
        state=row.state,
        paid=row.paid,
        raw={"reference": row.reference, "state": row.state, "remark": row.remark},
        child_ages=tuple(row.child_ages or ()),
    )


def _free_rooms(
    room_type: DemoRoomType, nights: list[dt.date], *, exclude_booking_id: int | None = None
) -> tuple[int, dict[dt.date, Decimal] | None]:
    """Rooms free on every night, and the nightly rates (None when a night has no rate)."""
    inventory = dict(
        DemoInventory.objects.filter(room_type=room_type, date__in=nights).values_list("date", "rooms")
    )
    rates = dict(DemoRate.objects.filter(room_type=room_type, date__in=nights).values_list("date", "price"))
    held: dict[dt.date, int] = defaultdict(int)
    bookings = DemoBooking.objects.filter(
        room_type=room_type, state=BookingState.ACTIVE, check_in__lt=nights[-1] + dt.timedelta(days=1)
    ).filter(check_out__gt=nights[0])
    if exclude_booking_id is not None:
        bookings = bookings.exclude(pk=exclude_booking_id)
    for check_in, check_out, rooms in bookings.values_list("check_in", "check_out", "rooms"):
        for night in _nights(check_in, check_out):
            held[night] += rooms
    free = min(inventory.get(night, 0) - held[night] for night in nights)
    if any(night not in rates for night in nights):
        return max(free, 0), None
    return max(free, 0), rates


class DemoPms:
    name = "demo"
    needs_child_ages = False  # the demo prices and records children by count

    def ping(self) -> None:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except DatabaseError as exc:
            raise PmsUnavailable("demo PMS tables unreachable") from exc

    def hotels(self) -> list[PmsHotel]:
        return [
            PmsHotel(
                pms_hotel_id=h.pms_hotel_id,
                name=h.name,
                address=h.address,
                city=h.city,
                phone=h.phone,
                email=h.email,
                check_in_time=h.check_in_time,
                check_out_time=h.check_out_time,
                currency=h.currency,
            )
            for h in DemoHotel.objects.order_by("pms_hotel_id")
        ]

    def _hotel(self, pms_hotel_id: int) -> DemoHotel:
        try:
            return DemoHotel.objects.get(pms_hotel_id=pms_hotel_id)
        except DemoHotel.DoesNotExist as exc:
            raise PmsNotFound(f"no demo hotel {pms_hotel_id}") from exc

    def room_types(self, *, pms_hotel_id: int) -> list[RoomType]:
        hotel = self._hotel(pms_hotel_id)
        return [_room_type(rt) for rt in hotel.room_types.select_related("hotel")]

    def availability(self, *, stay: Stay, live: bool = False) -> AvailabilityAnswer:
        return self.availability_all_room_types(stay=stay, live=live).for_occupancy(stay)

    def availability_all_room_types(self, *, stay: Stay, live: bool = False) -> AvailabilityAnswer:
        # Demo prices are per room and night (`DemoRate`) times the rooms: occupancy never changes them.
        if stay.check_out <= stay.check_in:
            raise PmsValidationError("check-out must be after check-in")
        hotel = self._hotel(stay.pms_hotel_id)
        nights = _nights(stay.check_in, stay.check_out)
        offers: list[RoomOffer] = []
        raw_types: list[dict[str, object]] = []
        for row in hotel.room_types.select_related("hotel"):
            room_type = _room_type(row)
            free, rates = _free_rooms(row, nights)
            if rates is None:
                continue  # not for sale on some night
            night_prices = tuple(
                NightPrice(date=n, amount=_money(rates[n] * (1 + hotel.tax_rate) * stay.rooms))
                for n in nights
            )
            without_tax = _money(sum((rates[n] for n in nights), Decimal(0)) * stay.rooms)
            total = _money(without_tax * (1 + hotel.tax_rate))
            raw = {
                "room_type": row.code,
                "free_rooms": free,
                "rates": {n.isoformat(): str(rates[n]) for n in nights},
                "tax_rate": str(hotel.tax_rate),
            }
            raw_types.append(raw)
            offers.append(
                RoomOffer(
                    room_type=room_type,
                    available_rooms=free,
                    total=total,
                    total_without_tax=without_tax,
                    taxes=total - without_tax,
                    currency=hotel.currency,
                    nights=night_prices,
                    raw=raw,
                )
            )
        return AvailabilityAnswer(
            stay=stay,
            offers=tuple(offers),
            fetched_at=timezone.now(),
            raw={"pms": "demo", "hotel": hotel.pms_hotel_id, "room_types": raw_types},
        )

    def create_booking(self, *, request: BookingRequest) -> Booking:
        stay = request.stay
        existing = DemoBooking.objects.filter(idempotency_key=request.idempotency_key).first()
        if existing is not None:
            return _booking(existing)
        hotel = self._hotel(stay.pms_hotel_id)
        try:
            room_type = hotel.room_types.select_related("hotel").get(pk=request.pms_room_type_id)
        except DemoRoomType.DoesNotExist as exc:
            raise PmsNotFound(
                f"no room type {request.pms_room_type_id} in hotel {hotel.pms_hotel_id}"
            ) from exc
        if stay.check_out <= stay.check_in:
            raise PmsValidationError("check-out must be after check-in")
        nights = _nights(stay.check_in, stay.check_out)
        try:
            with transaction.atomic():
                # The inventory rows of the stay are the demo PMS's own guard against double booking.
                list(DemoInventory.objects.select_for_update().filter(room_type=room_type, date__in=nights))
                free, _rates = _free_rooms(room_type, nights)
                if free < stay.rooms:
                    raise PmsNoAvailability("Requested room(s) not available.")
                row = DemoBooking.objects.create(
                    reference=self._new_reference(),
                    idempotency_key=request.idempotency_key,
                    hotel=hotel,
                    room_type=room_type,
                    check_in=stay.check_in,
                    check_out=stay.check_out,
                    adults=stay.adults,
                    children=stay.children,
                    child_ages=list(stay.child_ages),
                    rooms=stay.rooms,
                    first_name=request.guest.first_name,
                    last_name=request.guest.last_name,
                    email=request.guest.email,
                    phone=request.guest.phone,
                    total=_money(request.total),
                    total_without_tax=_money(request.total_without_tax),
                    currency=request.currency,
                    remark=request.remark,
                )
        except IntegrityError:
            existing = DemoBooking.objects.filter(idempotency_key=request.idempotency_key).first()
            if existing is None:
                raise
            return _booking(existing)
        return _booking(row)

    @staticmethod
    def _new_reference() -> str:
        return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(9))

    def _row(self, reference: str) -> DemoBooking:
        try:
            return DemoBooking.objects.select_related("hotel", "room_type").get(
                reference=reference.strip().upper()
            )
        except DemoBooking.DoesNotExist as exc:
            raise PmsNotFound(f"no demo booking {reference!r}") from exc

    def get_booking(self, *, reference: str) -> Booking:
        return _booking(self._row(reference))

    def find_bookings(self, *, email: str = "", phone: str = "") -> list[Booking]:
        if not email and not phone:
            return []
        condition = Q()
        if email:
            condition |= Q(email__iexact=email.strip())
        if phone:
            condition |= Q(phone=phone.strip())
        rows = DemoBooking.objects.select_related("hotel").filter(condition).order_by("check_in")
        return [_booking(row) for row in rows]

    def upcoming_bookings(
        self, *, pms_hotel_id: int, arriving_from: dt.date, arriving_until: dt.date
    ) -> list[Booking]:
        rows = (
            DemoBooking.objects.select_related("hotel")
            .filter(
                hotel__pms_hotel_id=pms_hotel_id, check_in__gte=arriving_from, check_in__lte=arriving_until
            )
            .order_by("check_in", "pk")
        )
        return [_booking(row) for row in rows]

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
        if check_out <= check_in:
            raise PmsValidationError("check-out must be after check-in")
        row = self._row(reference)
        if row.state != BookingState.ACTIVE:
            raise PmsValidationError("only an active booking can be changed")
        nights = _nights(check_in, check_out)
        with transaction.atomic():
            list(DemoInventory.objects.select_for_update().filter(room_type=row.room_type, date__in=nights))
            free, rates = _free_rooms(row.room_type, nights, exclude_booking_id=row.pk)
            if free < row.rooms or rates is None:
                raise PmsNoAvailability("Requested room(s) not available.")
            without_tax = _money(sum((rates[n] for n in nights), Decimal(0)) * row.rooms)
            row.check_in, row.check_out = check_in, check_out
            if child_ages or children != row.children:
                row.child_ages = list(child_ages)
            row.adults, row.children = adults, children
            row.total_without_tax = without_tax
            row.total = _money(without_tax * (1 + row.hotel.tax_rate))
            row.save()
        return _booking(row)

    def cancel_booking(self, *, reference: str) -> Booking:
        row = self._row(reference)
        if row.state != BookingState.CANCELLED:
            row.state = BookingState.CANCELLED
            row.save(update_fields=["state", "updated_at"])
        return _booking(row)

    # --- extras on an existing booking (pms_bridge/demo/extras.py) ------------------------------------
    def services(self, *, pms_hotel_id: int) -> list[ServicePrice]:
        return extras.services(currency=self._hotel(pms_hotel_id).currency)

    def add_service(self, *, reference: str, service: ServicePrice, total: Decimal) -> Booking:
        row = self._row(reference)
        extras.add_service(row=row, service=service, total=total)
        return _booking(row)

    def change_room_type(
        self, *, reference: str, pms_room_type_id: int, total: Decimal, total_without_tax: Decimal
    ) -> Booking:
        row = self._row(reference)
        extras.change_room_type(
            row=row,
            pms_room_type_id=pms_room_type_id,
            total=_money(total),
            total_without_tax=_money(total_without_tax),
            nights=_nights(row.check_in, row.check_out),
        )
        return _booking(row)

    def record_deposit(self, *, reference: str, amount: Decimal, currency: str) -> Booking:
        row = self._row(reference)
        extras.record_deposit(row=row, amount=amount, currency=currency)
        return _booking(row)
