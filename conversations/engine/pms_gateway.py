"""The engine's one door to `reservations` (quotes, bookings, policy): small views of what it needs.

Every amount the engine ever tells a guest is read here from a stored `QuoteLine` or from a
`Reservation` made from one, so a price in a reply can always be traced to the PMS answer it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from django.utils import timezone

from pms_bridge.errors import PmsError, PmsNotFound, PmsUnavailable
from pms_bridge.port import GuestDetails, Stay
from reservations.models import Hotel, Quote, QuoteLine, Reservation

if TYPE_CHECKING:
    from conversations.models import Conversation

MAX_OFFERS = 3

__all__ = [
    "MAX_OFFERS",
    "BookingView",
    "CancellationTerms",
    "OfferView",
    "PmsError",
    "PmsUnavailable",
    "QuoteView",
    "RoomGone",
    "RoomPriceChanged",
]


@dataclass(frozen=True)
class OfferView:
    line_id: int
    quote_id: int
    pms_room_type_id: int
    room_name: str
    total: Decimal
    currency: str
    check_in: dt.date
    check_out: dt.date
    adults: int
    children: int
    rooms: int

    @classmethod
    def of(cls, line: QuoteLine) -> OfferView:
        quote = line.quote
        return cls(
            line_id=line.pk,
            quote_id=quote.pk,
            pms_room_type_id=line.pms_room_type_id,
            room_name=line.room_type_name,
            total=line.total,
            currency=line.currency,
            check_in=quote.check_in,
            check_out=quote.check_out,
            adults=quote.adults,
            children=quote.children,
            rooms=quote.rooms,
        )


@dataclass(frozen=True)
class QuoteView:
    quote_id: int
    offers: tuple[OfferView, ...]  # at most MAX_OFFERS, available ones, cheapest first

    @classmethod
    def of(cls, quote: Quote) -> QuoteView:
        lines = [line for line in quote.lines.all() if line.available_rooms >= quote.rooms]
        lines.sort(key=lambda line: (line.total, line.pk))
        for line in lines:
            line.quote = quote
        return cls(quote_id=quote.pk, offers=tuple(OfferView.of(line) for line in lines[:MAX_OFFERS]))


@dataclass(frozen=True)
class BookingView:
    reference: str
    room_name: str
    check_in: dt.date
    check_out: dt.date
    adults: int
    children: int
    state: str  # Reservation.State value
    email: str
    phone: str
    total: Decimal | None  # only when it comes from one of our quotes
    currency: str
    reservation_id: int

    @classmethod
    def of(cls, reservation: Reservation) -> BookingView:
        traceable = reservation.quote_line_id is not None and reservation.quote_line is not None
        return cls(
            reference=reservation.reference,
            room_name=reservation.room_type_name,
            check_in=reservation.check_in,
            check_out=reservation.check_out,
            adults=reservation.adults,
            children=reservation.children,
            state=reservation.state,
            email=reservation.guest_email,
            phone=reservation.guest_phone,
            total=reservation.amount if traceable else None,
            currency=reservation.currency,
            reservation_id=reservation.pk,
        )

    @property
    def active(self) -> bool:
        return self.state == Reservation.State.CONFIRMED


@dataclass(frozen=True)
class CancellationTerms:
    free_until: dt.datetime | None  # aware, hotel time; None: never free
    free_now: bool
    penalty_nights: int


class RoomPriceChanged(Exception):
    def __init__(self, *, offer: OfferView, fresh: QuoteView, new_total: Decimal | None) -> None:
        super().__init__(offer.room_name)
        self.offer, self.fresh, self.new_total = offer, fresh, new_total


class RoomGone(Exception):
    def __init__(self, *, offer: OfferView, fresh: QuoteView) -> None:
        super().__init__(offer.room_name)
        self.offer, self.fresh = offer, fresh


def quote_stay(
    *, hotel: Hotel, check_in: dt.date, check_out: dt.date, adults: int, children: int, rooms: int,
    conversation: Conversation,
) -> QuoteView:
    from reservations.services import quote_create

    stay = Stay(
        pms_hotel_id=hotel.pms_hotel_id, check_in=check_in, check_out=check_out, adults=adults,
        children=children, rooms=rooms,
    )
    quote = quote_create(hotel=hotel, stay=stay, conversation=conversation)
    return QuoteView.of(quote)


def offer(*, line_id: int) -> OfferView | None:
    line = QuoteLine.objects.select_related("quote").filter(pk=line_id).first()
    return OfferView.of(line) if line else None


def _fresh_view(exc: Exception) -> QuoteView:
    fresh = getattr(exc, "quote", None)
    if isinstance(fresh, Quote):
        return QuoteView.of(fresh)
    return QuoteView(quote_id=0, offers=())


def book(
    *, line_id: int, first_name: str, last_name: str, email: str, phone: str, idempotency_key: str,
    conversation: Conversation,
) -> BookingView:
    """Create the booking once (the key makes a second call return the first booking)."""
    from reservations.services import NoLongerAvailable, PriceChanged, reservation_create_from_quote

    line = QuoteLine.objects.select_related("quote").get(pk=line_id)
    guest = GuestDetails(first_name=first_name, last_name=last_name, email=email, phone=phone)
    try:
        reservation = reservation_create_from_quote(
            quote_line=line, guest=guest, idempotency_key=idempotency_key, conversation=conversation, made_by="ai"
        )
    except PriceChanged as exc:
        fresh = _fresh_view(exc)
        same_room = [o for o in fresh.offers if o.room_name == line.room_type_name]
        raise RoomPriceChanged(
            offer=OfferView.of(line), fresh=fresh, new_total=same_room[0].total if same_room else None
        ) from exc
    except NoLongerAvailable as exc:
        raise RoomGone(offer=OfferView.of(line), fresh=_fresh_view(exc)) from exc
    return BookingView.of(reservation)


def find_by_reference(*, hotel: Hotel, reference: str) -> BookingView | None:
    from reservations.services import reservation_find

    try:
        found = reservation_find(hotel=hotel, reference=reference)
    except PmsNotFound:
        return None
    reservation = found[0] if isinstance(found, list) else found
    return BookingView.of(reservation) if reservation else None


def find_by_contact(*, hotel: Hotel, phone: str, email: str) -> list[BookingView]:
    from reservations.services import reservation_find

    views: dict[str, BookingView] = {}
    for kwargs in ({"phone": phone} if phone else None, {"email": email} if email else None):
        if not kwargs:
            continue
        try:
            found = reservation_find(hotel=hotel, **kwargs)
        except PmsNotFound:
            continue
        for reservation in found if isinstance(found, list) else [found]:
            if reservation is not None:
                view = BookingView.of(reservation)
                views[view.reference] = view
    return sorted(views.values(), key=lambda v: v.check_in)


def identity_matches(*, booking: BookingView, phone: str, emails: list[str]) -> bool:
    from reservations.services import reservation_identity_matches

    reservation = Reservation.objects.get(pk=booking.reservation_id)
    if phone and reservation_identity_matches(reservation=reservation, phone=phone):
        return True
    return any(reservation_identity_matches(reservation=reservation, email=email) for email in emails)


def cancellation_terms(*, hotel: Hotel, check_in: dt.date) -> CancellationTerms:
    """The hotel's policy (`reservations.CancellationPolicy`) applied to one arrival date."""
    from reservations.models import CancellationPolicy

    policy = CancellationPolicy.objects.filter(hotel=hotel).first() or CancellationPolicy(hotel=hotel)
    zone = ZoneInfo(hotel.timezone)
    arrival = dt.datetime.combine(check_in, policy.arrival_time, tzinfo=zone)
    free_until = arrival - dt.timedelta(hours=policy.free_cancellation_hours)
    return CancellationTerms(
        free_until=free_until, free_now=timezone.now() < free_until, penalty_nights=policy.penalty_nights
    )


def cancel(*, booking: BookingView) -> BookingView:
    from reservations.services import reservation_cancel

    reservation = Reservation.objects.get(pk=booking.reservation_id)
    return BookingView.of(reservation_cancel(reservation=reservation))


def modify(
    *, booking: BookingView, check_in: dt.date, check_out: dt.date, adults: int, children: int
) -> BookingView:
    from reservations.services import reservation_modify

    reservation = Reservation.objects.get(pk=booking.reservation_id)
    changed = reservation_modify(
        reservation=reservation, check_in=check_in, check_out=check_out, adults=adults, children=children
    )
    return BookingView.of(changed)


def lines_of_quote(*, quote_id: int, room_name: str) -> list[OfferView]:
    """Lines of a quote for one room type with a room free (also beyond the top offers)."""
    lines = QuoteLine.objects.select_related("quote").filter(
        quote_id=quote_id, room_type_name=room_name, available_rooms__gt=0
    )
    return [OfferView.of(line) for line in lines]
