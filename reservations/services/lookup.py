"""Finding a guest's reservations, here or in the PMS (bookings made at the desk or on the website)."""

from __future__ import annotations

import structlog
from django.db import IntegrityError, transaction
from django.db.models import Q

from hotel_agent.hotels.models import Hotel
from pms_bridge.errors import PmsNotFound, PmsUnavailable
from pms_bridge.factory import get_pms
from pms_bridge.port import Booking, BookingState
from reservations.models import Reservation
from reservations.services.validation import normalize_phone

log = structlog.get_logger(__name__)

MIRROR_STATES = {
    BookingState.ACTIVE: Reservation.State.CONFIRMED,
    BookingState.OVERBOOKED: Reservation.State.CONFIRMED,
    BookingState.CANCELLED: Reservation.State.CANCELLED,
    BookingState.REFUNDED: Reservation.State.CANCELLED,
}


def reservation_mirror(*, hotel: Hotel, booking: Booking) -> Reservation:
    """Keep a reservation row for a PMS booking (created once per booking, state refreshed)."""
    state = MIRROR_STATES.get(booking.state, Reservation.State.CONFIRMED)
    existing = Reservation.objects.filter(hotel=hotel, pms_booking_id=booking.pms_booking_id).first()
    if existing is not None:
        if existing.pms_state != booking.state or existing.state != state:
            existing.pms_state, existing.state = booking.state, state
            existing.save(update_fields=["pms_state", "state", "updated_at"])
        return existing
    names = {rt.pms_room_type_id: rt.name for rt in get_pms().room_types(pms_hotel_id=hotel.pms_hotel_id)}
    try:
        with transaction.atomic():
            return Reservation.objects.create(
                hotel=hotel,
                reference=booking.reference,
                pms_booking_id=booking.pms_booking_id,
                pms_room_type_id=booking.pms_room_type_id,
                room_type_name=names.get(booking.pms_room_type_id, ""),
                check_in=booking.check_in,
                check_out=booking.check_out,
                adults=booking.adults,
                children=booking.children,
                rooms=booking.rooms,
                guest_first_name=booking.guest.first_name,
                guest_last_name=booking.guest.last_name,
                guest_email=booking.guest.email,
                guest_phone=normalize_phone(booking.guest.phone),
                amount=booking.total,
                currency=booking.currency,
                state=state,
                pms_state=booking.state,
                paid=booking.paid,
                idempotency_key=f"pms:{get_pms().name}:{hotel.pms_hotel_id}:{booking.pms_booking_id}",
                made_by=Reservation.MadeBy.PMS,
            )
    except IntegrityError:
        return Reservation.objects.get(hotel=hotel, pms_booking_id=booking.pms_booking_id)


def reservation_find(
    *, hotel: Hotel, reference: str = "", email: str = "", phone: str = ""
) -> list[Reservation]:
    """Reservations of `hotel` by booking reference, or by the guest's e-mail or phone.

    Ours first; bookings the PMS has and we do not (made at the desk, on the website) are mirrored
    into reservations. While the PMS is down only ours are returned. Failed attempts are left out.
    """
    reference = reference.strip().upper()
    email = email.strip()
    phone_normalized = normalize_phone(phone)
    if not (reference or email or phone_normalized):
        return []
    ours = Reservation.objects.filter(hotel=hotel).exclude(state=Reservation.State.FAILED)
    pms = get_pms()
    if reference:
        local = list(ours.filter(reference__iexact=reference))
        try:
            booking = pms.get_booking(reference=reference)
        except PmsNotFound:
            return local
        except PmsUnavailable:
            log.warning("reservation.find_pms_unavailable", by="reference")
            return local
        if booking.pms_hotel_id != hotel.pms_hotel_id:
            return local
        return [reservation_mirror(hotel=hotel, booking=booking)]

    condition = Q()
    if email:
        condition |= Q(guest_email__iexact=email)
    if phone_normalized:
        condition |= Q(guest_phone=phone_normalized)
    try:
        bookings = pms.find_bookings(email=email, phone=phone.strip())
    except PmsUnavailable:
        log.warning("reservation.find_pms_unavailable", by="guest")
        bookings = []
    for booking in bookings:
        if booking.pms_hotel_id == hotel.pms_hotel_id:
            reservation_mirror(hotel=hotel, booking=booking)
    return list(ours.filter(condition).order_by("check_in", "pk"))


def reservation_identity_matches(*, reservation: Reservation, email: str = "", phone: str = "") -> bool:
    """Whether the e-mail or phone given is the reservation's guest's (before showing or changing it)."""
    if (
        email.strip()
        and reservation.guest_email
        and email.strip().casefold() == reservation.guest_email.casefold()
    ):
        return True
    given = normalize_phone(phone)
    return bool(given) and given == normalize_phone(reservation.guest_phone)
