"""Booking a quoted room: exactly once, at the quoted price, never the last room twice.

QloApps does not stop two simultaneous bookings of the last room (61 of 61 trials both got 200), so the
guard is ours: one lock per hotel and room type held across processes (`named_lock`, Redis when
configured), a live availability re-check inside it, and after the create a look at the booking's room
lines for an overbooking. A create that fails ambiguously (500, timeout) is looked up before anything
is retried; the idempotency key makes every retry land on the same reservation.

Every write here is its own durable transaction, committed before the PMS is asked (the claim and its
"create sent" marker) or right after it answered (the confirmation): a caller's transaction rolling
back, or a process dying, can never undo the record of a booking the PMS made. Calling these services
inside a transaction is a bug, and `durable=True` refuses it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import structlog
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from hotel_agent.locks import LockTimeout, named_lock
from hotel_agent.metrics import BOOKINGS
from pms_bridge.errors import (
    PmsChildAgesNeeded,
    PmsError,
    PmsNoAvailability,
    PmsUnavailable,
    PmsValidationError,
)
from pms_bridge.factory import get_pms
from pms_bridge.port import Booking, BookingRequest, BookingState, GuestDetails, Stay
from reservations.errors import (
    BookingInProgress,
    BookingRefused,
    ChildAgesNeeded,
    IdempotencyKeyReused,
    NoLongerAvailable,
    PartyNotRecorded,
    PriceChanged,
)
from reservations.models import QuoteLine, Reservation
from reservations.services.validation import normalize_phone, validate_guest, validate_stay

log = structlog.get_logger(__name__)

LOCK_HOLD_SECONDS = 90.0  # longer than the slowest create + reconcile we accept
LOCK_WAIT_SECONDS = 30.0
PRICE_TOLERANCE = Decimal("0.01")
CREATE_MAY_HAVE_HAPPENED = ("create_sent", "pms_unavailable")


def booking_lock_name(*, pms_hotel_id: int, pms_room_type_id: int) -> str:
    return f"reservation:{pms_hotel_id}:{pms_room_type_id}"


def stay_of_line(quote_line: QuoteLine) -> Stay:
    quote = quote_line.quote
    return Stay(
        pms_hotel_id=quote.hotel.pms_hotel_id,
        check_in=quote.check_in,
        check_out=quote.check_out,
        adults=quote.adults,
        children=quote.children,
        rooms=quote.rooms,
        child_ages=tuple(quote.child_ages or ()),
    )


def booking_matches(booking: Booking, reservation: Reservation) -> bool:
    return (
        booking.pms_hotel_id == reservation.hotel.pms_hotel_id
        and booking.pms_room_type_id == reservation.pms_room_type_id
        and booking.check_in == reservation.check_in
        and booking.check_out == reservation.check_out
        and booking.adults == reservation.adults
        and booking.children == reservation.children
        and booking.state in (BookingState.ACTIVE, BookingState.OVERBOOKED)
    )


def reservation_reconcile(*, reservation: Reservation) -> Booking | None:
    """Find in the PMS the booking an ambiguous create may have made (same guest, room type, stay).

    Bookings already mirrored by another reservation are not candidates. Raises `PmsUnavailable`
    when the PMS cannot be asked: then nobody may retry the create yet.
    """
    bookings = get_pms().find_bookings(email=reservation.guest_email)
    taken = set(
        Reservation.objects.filter(hotel=reservation.hotel, pms_booking_id__isnull=False)
        .exclude(pk=reservation.pk)
        .values_list("pms_booking_id", flat=True)
    )
    candidates = [b for b in bookings if booking_matches(b, reservation) and b.pms_booking_id not in taken]
    if not candidates:
        return None
    found = max(candidates, key=lambda b: b.pms_booking_id)
    log.warning("reservation.reconciled", reservation=reservation.pk, pms_booking_id=found.pms_booking_id)
    return found


def _claim(
    *,
    quote_line: QuoteLine,
    guest: GuestDetails,
    idempotency_key: str,
    conversation_id: int | None,
    made_by: str,
) -> Reservation:
    quote = quote_line.quote
    values = {
        "hotel": quote.hotel,
        "pms_room_type_id": quote_line.pms_room_type_id,
        "room_type_name": quote_line.room_type_name,
        "check_in": quote.check_in,
        "check_out": quote.check_out,
        "adults": quote.adults,
        "children": quote.children,
        "child_ages": list(quote.child_ages or []),
        "rooms": quote.rooms,
        "guest_first_name": guest.first_name.strip(),
        "guest_last_name": guest.last_name.strip(),
        "guest_email": guest.email.strip(),
        "guest_phone": normalize_phone(guest.phone),
        "amount": quote_line.total,
        "currency": quote_line.currency,
        "quote_line": quote_line,
        "conversation_id": conversation_id,
        "made_by": made_by,
    }
    try:
        with transaction.atomic(durable=True):
            reservation, created = Reservation.objects.select_related("hotel").get_or_create(
                idempotency_key=idempotency_key, defaults={**values, "state": Reservation.State.PENDING}
            )
    except IntegrityError:
        reservation, created = (
            Reservation.objects.select_related("hotel").get(idempotency_key=idempotency_key),
            False,
        )
    if created:
        return reservation
    same_request = (
        reservation.hotel_id == quote.hotel_id
        and reservation.pms_room_type_id == quote_line.pms_room_type_id
        and reservation.check_in == quote.check_in
        and reservation.check_out == quote.check_out
        and reservation.adults == quote.adults
        and reservation.children == quote.children
    )
    if not same_request:
        raise IdempotencyKeyReused("this idempotency key was used for another booking")
    if reservation.state == Reservation.State.FAILED:
        for name, value in values.items():
            setattr(reservation, name, value)
        reservation.state = Reservation.State.PENDING
        reservation.failure_reason = ""
        with transaction.atomic(durable=True):
            reservation.save()
    return reservation


def _fail(reservation: Reservation, reason: str) -> None:
    reservation.state = Reservation.State.FAILED
    reservation.failure_reason = reason
    with transaction.atomic(durable=True):
        reservation.save(update_fields=["state", "failure_reason", "updated_at"])
    log.info("reservation.failed", reservation=reservation.pk, reason=reason)


def _confirm(reservation: Reservation, booking: Booking) -> Reservation:
    reservation.reference = booking.reference
    reservation.pms_booking_id = booking.pms_booking_id
    reservation.amount = booking.total
    reservation.currency = booking.currency
    reservation.pms_state = booking.state
    reservation.paid = booking.paid
    reservation.state = Reservation.State.CONFIRMED
    reservation.failure_reason = ""
    with transaction.atomic(durable=True):
        reservation.save()
    BOOKINGS.labels(made_by=reservation.made_by).inc()
    log.info(
        "reservation.confirmed",
        reservation=reservation.pk,
        pms_booking_id=booking.pms_booking_id,
        room_type=reservation.pms_room_type_id,
        nights=reservation.nights,
    )
    return reservation


def _undo(booking: Booking, reason: str) -> None:
    """Cancel a booking the PMS made although it must not stand (overbooked, wrong total)."""
    try:
        get_pms().cancel_booking(reference=booking.reference)
        log.warning("reservation.undone", pms_booking_id=booking.pms_booking_id, reason=reason)
    except PmsError as exc:
        log.error(
            "reservation.undo_failed", pms_booking_id=booking.pms_booking_id, reason=reason, error=str(exc)
        )


def _confirm_found(reservation: Reservation, booking: Booking) -> Reservation:
    """A booking found by looking up (not answered by the create): it must not be an overbooking either."""
    if booking.state in (BookingState.OVERBOOKED, BookingState.PARTY_MISMATCH):
        _undo(booking, booking.state)
        _fail(reservation, booking.state)
        return reservation
    return _confirm(reservation, booking)


def _create_locked(*, reservation: Reservation, quote_line: QuoteLine, guest: GuestDetails) -> Reservation:
    pms = get_pms()
    stay = stay_of_line(quote_line)
    if reservation.state != Reservation.State.PENDING:
        return reservation  # finished by an earlier call with the same key
    if reservation.pms_booking_id is None and reservation.failure_reason in CREATE_MAY_HAVE_HAPPENED:
        # An earlier attempt sent the create and never heard back: look before creating anything.
        found = reservation_reconcile(reservation=reservation)
        if found is not None:
            return _confirm_found(reservation, found)

    fresh = pms.availability(stay=stay, live=True)
    offer = next(
        (o for o in fresh.offers if o.room_type.pms_room_type_id == quote_line.pms_room_type_id), None
    )
    if offer is None or offer.available_rooms < stay.rooms:
        _fail(reservation, "no_longer_available")
        raise NoLongerAvailable(
            "the room type is no longer free for these nights", offers=fresh.offers, answer=fresh
        )
    if offer.currency != quote_line.currency or abs(offer.total - quote_line.total) > PRICE_TOLERANCE:
        _fail(reservation, "price_changed")
        raise PriceChanged(
            f"price moved from {quote_line.total} to {offer.total} {offer.currency}",
            offers=fresh.offers,
            new_offer=offer,
            answer=fresh,
        )

    request = BookingRequest(
        idempotency_key=reservation.idempotency_key,
        stay=stay,
        pms_room_type_id=quote_line.pms_room_type_id,
        guest=GuestDetails(
            first_name=reservation.guest_first_name,
            last_name=reservation.guest_last_name,
            email=reservation.guest_email,
            phone=reservation.guest_phone,
        ),
        total=quote_line.total,
        total_without_tax=quote_line.total_without_tax,
        currency=quote_line.currency,
        remark=f"hotel-agent {reservation.idempotency_key}",
    )
    # Committed before the PMS is asked: if this process dies meanwhile, the next attempt looks first.
    reservation.failure_reason = "create_sent"
    with transaction.atomic(durable=True):
        reservation.save(update_fields=["failure_reason", "updated_at"])
    try:
        booking = pms.create_booking(request=request)
    except PmsNoAvailability as exc:
        _fail(reservation, "no_longer_available")
        raise NoLongerAvailable(
            "the PMS has no free room of this type", offers=fresh.offers, answer=fresh
        ) from exc
    except PmsChildAgesNeeded as exc:
        _fail(reservation, "child_ages_needed")
        raise ChildAgesNeeded(str(exc)) from exc
    except PmsValidationError as exc:
        _fail(reservation, "refused_by_pms")
        raise BookingRefused(str(exc)) from exc
    except PmsUnavailable:
        reservation.failure_reason = "pms_unavailable"
        with transaction.atomic(durable=True):
            reservation.save(update_fields=["failure_reason", "updated_at"])
        found = reservation_reconcile(reservation=reservation)
        if found is None:
            raise
        booking = found

    if booking.state == BookingState.OVERBOOKED:
        _undo(booking, "overbooked")
        _fail(reservation, "overbooked")
        raise NoLongerAvailable(
            "the PMS gave the last room to someone else", offers=fresh.offers, answer=fresh
        )
    if booking.state == BookingState.PARTY_MISMATCH:
        # Never confirmed as if it matched: the guest would arrive to a room booked for other people.
        _undo(booking, "party_mismatch")
        _fail(reservation, "party_mismatch")
        raise PartyNotRecorded("the PMS recorded another party than the one asked")
    if booking.currency != quote_line.currency or abs(booking.total - quote_line.total) > PRICE_TOLERANCE:
        _undo(booking, "total_mismatch")
        _fail(reservation, "total_mismatch")
        log.error("reservation.total_mismatch", quoted=str(quote_line.total), charged=str(booking.total))
        raise PriceChanged(
            "the PMS charged another total than quoted", offers=fresh.offers, new_offer=offer, answer=fresh
        )
    return _confirm(reservation, booking)


def reservation_create_from_quote(
    *,
    quote_line: QuoteLine,
    guest: GuestDetails,
    idempotency_key: str,
    conversation: models.Model | None = None,
    made_by: str = Reservation.MadeBy.AI,
) -> Reservation:
    """Book the room type of `quote_line` for its stay at its quoted price, exactly once per key.

    Raises `NoLongerAvailable` / `PriceChanged` (with the fresh offers) when the live re-check or the
    PMS disagrees with the quote, `InvalidStay` when the stay is now in the past or guest details are
    missing, `BookingRefused` when the PMS refuses the guest's details, `BookingInProgress` when the
    lock could not be had, and `PmsUnavailable` when the PMS is down (the reservation stays pending and
    the next call with the same key looks the booking up before trying again).
    """
    quote_line = QuoteLine.objects.select_related("quote__hotel").get(pk=quote_line.pk)
    quote = quote_line.quote
    hotel = quote.hotel
    existing = Reservation.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None and existing.state in (Reservation.State.CONFIRMED, Reservation.State.CANCELLED):
        return existing
    validate_guest(guest)
    validate_stay(
        hotel=hotel,
        check_in=quote.check_in,
        check_out=quote.check_out,
        adults=quote.adults,
        children=quote.children,
        rooms=quote.rooms,
        child_ages=quote.child_ages or (),
    )
    lock = booking_lock_name(pms_hotel_id=hotel.pms_hotel_id, pms_room_type_id=quote_line.pms_room_type_id)
    try:
        with named_lock(lock, timeout=LOCK_HOLD_SECONDS, wait=LOCK_WAIT_SECONDS):
            reservation = _claim(
                quote_line=quote_line,
                guest=guest,
                idempotency_key=idempotency_key,
                conversation_id=conversation.pk if conversation is not None else None,
                made_by=made_by,
            )
            return _create_locked(reservation=reservation, quote_line=quote_line, guest=guest)
    except LockTimeout as exc:
        raise BookingInProgress("another booking of this room type is in progress; try again") from exc


SETTLE_AFTER = dt.timedelta(minutes=2)  # leave a live attempt alone meanwhile
GIVE_UP_AFTER = dt.timedelta(minutes=15)


def reservation_settle_pending(*, reservation: Reservation) -> Reservation:
    """Finish a reservation left pending by an unanswered create: confirm it if the PMS has the booking,
    mark it failed when nothing turned up for `GIVE_UP_AFTER`. Idempotent; used by a periodic task."""
    lock = booking_lock_name(
        pms_hotel_id=reservation.hotel.pms_hotel_id, pms_room_type_id=reservation.pms_room_type_id
    )
    try:
        with named_lock(lock, timeout=LOCK_HOLD_SECONDS, wait=LOCK_WAIT_SECONDS):
            reservation.refresh_from_db()
            age = timezone.now() - reservation.updated_at
            if reservation.state != Reservation.State.PENDING or age < SETTLE_AFTER:
                return reservation
            found = reservation_reconcile(reservation=reservation)
            if found is not None:
                return _confirm_found(reservation, found)
            if age >= GIVE_UP_AFTER:
                _fail(reservation, "not_created")
            return reservation
    except LockTimeout:
        return reservation
