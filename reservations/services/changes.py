"""Changing and cancelling a reservation, in the PMS first and then in our mirror."""

from __future__ import annotations

import datetime as dt

import structlog
from django.db import transaction
from django.utils import timezone

from hotel_agent.locks import LockTimeout, named_lock
from pms_bridge.errors import PmsNoAvailability, PmsNotFound, PmsValidationError
from pms_bridge.factory import get_pms
from pms_bridge.port import BookingState, Stay
from reservations.errors import (
    BookingInProgress,
    BookingRefused,
    NoLongerAvailable,
    OccupancyNotPossible,
    ReservationNotChangeable,
    ReservationNotFound,
)
from reservations.models import Reservation
from reservations.services.booking import LOCK_HOLD_SECONDS, LOCK_WAIT_SECONDS, booking_lock_name
from reservations.services.validation import hotel_today, validate_stay

log = structlog.get_logger(__name__)

CANCELLED_STATES = (BookingState.CANCELLED, BookingState.REFUNDED)


def _require_changeable(reservation: Reservation) -> None:
    if reservation.state != Reservation.State.CONFIRMED or not reservation.reference:
        raise ReservationNotChangeable(f"a {reservation.state} reservation cannot be changed")
    if reservation.check_in < hotel_today(reservation.hotel):
        raise ReservationNotChangeable("the stay has already begun")


def reservation_modify(
    *, reservation: Reservation, check_in: dt.date, check_out: dt.date, adults: int, children: int
) -> Reservation:
    """Move a confirmed reservation to other dates or another occupancy, same room type.

    The PMS re-prices the stay; `amount` takes its new total. Raises `InvalidStay`,
    `OccupancyNotPossible`, `NoLongerAvailable` (with offers for the new stay), `ReservationNotChangeable`.
    """
    hotel = reservation.hotel
    _require_changeable(reservation)
    validate_stay(
        hotel=hotel,
        check_in=check_in,
        check_out=check_out,
        adults=adults,
        children=children,
        rooms=reservation.rooms,
    )
    pms = get_pms()
    room_types = pms.room_types(pms_hotel_id=hotel.pms_hotel_id)
    room_type = next((rt for rt in room_types if rt.pms_room_type_id == reservation.pms_room_type_id), None)
    if room_type is not None and not room_type.fits(adults=adults, children=children):
        raise OccupancyNotPossible(
            f"{room_type.name} takes at most {room_type.max_guests} guests", room_types=tuple(room_types)
        )
    lock = booking_lock_name(pms_hotel_id=hotel.pms_hotel_id, pms_room_type_id=reservation.pms_room_type_id)
    try:
        with named_lock(lock, timeout=LOCK_HOLD_SECONDS, wait=LOCK_WAIT_SECONDS):
            try:
                booking = pms.modify_booking(
                    reference=reservation.reference,
                    check_in=check_in,
                    check_out=check_out,
                    adults=adults,
                    children=children,
                )
            except PmsNoAvailability as exc:
                stay = Stay(
                    pms_hotel_id=hotel.pms_hotel_id,
                    check_in=check_in,
                    check_out=check_out,
                    adults=adults,
                    children=children,
                    rooms=reservation.rooms,
                )
                offers = pms.availability(stay=stay, live=True).offers
                raise NoLongerAvailable("no free room of this type for the new dates", offers=offers) from exc
            except PmsValidationError as exc:
                raise BookingRefused(str(exc)) from exc
    except LockTimeout as exc:
        raise BookingInProgress("another booking of this room type is in progress; try again") from exc
    reservation.check_in, reservation.check_out = booking.check_in, booking.check_out
    reservation.adults, reservation.children = booking.adults, booking.children
    reservation.amount = booking.total
    reservation.currency = booking.currency
    reservation.pms_state = booking.state
    with transaction.atomic(durable=True):
        reservation.save()
    log.info("reservation.modified", reservation=reservation.pk, nights=reservation.nights)
    return reservation


def reservation_cancel(*, reservation: Reservation) -> Reservation:
    """Cancel in the PMS (QloApps order state 4) and mark the mirror cancelled. Idempotent.

    The request is recorded (`cancel_requested_at`, its own committed transaction) before the PMS is
    asked; a retry after a crash in between looks the booking up first and asks again only if the PMS
    has not cancelled it. The caller checks the guest's identity first (`reservation_identity_matches`)
    and states the cancellation terms (`reservations.selectors.cancellation_terms_for_reservation`).
    """
    if reservation.state == Reservation.State.CANCELLED:
        return reservation
    if reservation.state != Reservation.State.CONFIRMED or not reservation.reference:
        raise ReservationNotChangeable(f"a {reservation.state} reservation cannot be cancelled")
    pms = get_pms()
    booking = None
    if reservation.cancel_requested_at is not None:
        try:
            found = pms.get_booking(reference=reservation.reference)
        except PmsNotFound as exc:
            raise ReservationNotFound("the PMS no longer knows this booking") from exc
        if found.state in CANCELLED_STATES:
            booking = found
            log.warning("reservation.cancel_found_done", reservation=reservation.pk)
    if booking is None:
        reservation.cancel_requested_at = timezone.now()
        with transaction.atomic(durable=True):
            reservation.save(update_fields=["cancel_requested_at", "updated_at"])
        try:
            booking = pms.cancel_booking(reference=reservation.reference)
        except PmsNotFound as exc:
            raise ReservationNotFound("the PMS no longer knows this booking") from exc
    if booking.state not in CANCELLED_STATES:
        raise BookingRefused(f"the PMS left the booking {booking.state}")
    reservation.state = Reservation.State.CANCELLED
    reservation.pms_state = booking.state
    reservation.cancelled_at = timezone.now()
    with transaction.atomic(durable=True):
        reservation.save(update_fields=["state", "pms_state", "cancelled_at", "updated_at"])
    log.info("reservation.cancelled", reservation=reservation.pk)
    return reservation
