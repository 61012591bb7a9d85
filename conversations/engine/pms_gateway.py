"""The engine's one door to `reservations` (quotes, bookings, policy): small views of what it needs.

Every amount the engine ever tells a guest is read here from a stored `QuoteLine` or from a
`Reservation` made from one, so a price in a reply can always be traced to the PMS answer it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from django.utils import timezone

from hotel_agent.hotels.models import Hotel
from pms_bridge.errors import PmsError, PmsUnavailable
from pms_bridge.port import GuestDetails, Stay
from reservations.errors import (
    BookingInProgress,
    BookingRefused,
    ChildAgesNeeded,
    InvalidStay,
    NoLongerAvailable,
    OccupancyNotPossible,
    PartyNotRecorded,
    PriceChanged,
    ReservationNotChangeable,
    ReservationNotFound,
)
from reservations.models import Quote, QuoteLine, Reservation

if TYPE_CHECKING:
    from conversations.models import Conversation

MAX_OFFERS = 3

__all__ = [
    "MAX_OFFERS",
    "BookingNotPossible",
    "BookingView",
    "CancellationTerms",
    "ChangeNotAvailable",
    "OfferView",
    "PartyTooLargeForOneRoom",
    "PmsError",
    "PmsUnavailable",
    "QuoteView",
    "RoomGone",
    "RoomPriceChanged",
    "StayNotBookable",
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
    nightly: tuple[Decimal, ...] = ()  # the PMS's price of each night, tax included, when it gave them

    @property
    def per_night(self) -> tuple[Decimal, Decimal]:
        """The lowest and highest price of a night: the PMS's nightly prices, else the total shared out."""
        if self.nightly:
            return min(self.nightly), max(self.nightly)
        nights = max((self.check_out - self.check_in).days, 1)
        even = (self.total / nights).quantize(Decimal("0.01"))
        return even, even

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
            nightly=_nightly(line),
        )


def _nightly(line: QuoteLine) -> tuple[Decimal, ...]:
    """The line's nightly prices when they are the whole stay's: one for each night, adding up to its
    total (else none: a partial list, or one room's prices of a quote for several, would say wrong)."""
    try:
        amounts = tuple(Decimal(str(night["amount"])) for night in line.nights or ())
    except (KeyError, TypeError, ArithmeticError):
        return ()
    whole = len(amounts) == (line.quote.check_out - line.quote.check_in).days
    rounding = Decimal("0.01") * len(amounts)
    return amounts if whole and abs(sum(amounts) - line.total) <= rounding else ()


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


class StayNotBookable(Exception):
    """Dates the hotel cannot book (past, too long, too far ahead); `code` says which."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class PartyTooLargeForOneRoom(Exception):
    def __init__(self, *, largest_room_guests: int) -> None:
        super().__init__(largest_room_guests)
        self.largest_room_guests = largest_room_guests


class BookingNotPossible(Exception):
    """The PMS refused the guest's details, or another booking of the room type is under way."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class ChangeNotAvailable(Exception):
    """The booking's room type is not free (or cannot take the guests) for the new stay."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class RoomPriceChanged(Exception):
    def __init__(self, *, offer: OfferView, fresh: QuoteView, new_total: Decimal | None) -> None:
        super().__init__(offer.room_name)
        self.offer, self.fresh, self.new_total = offer, fresh, new_total


class RoomGone(Exception):
    def __init__(self, *, offer: OfferView, fresh: QuoteView) -> None:
        super().__init__(offer.room_name)
        self.offer, self.fresh = offer, fresh


def quote_stay(
    *,
    hotel: Hotel,
    check_in: dt.date,
    check_out: dt.date,
    adults: int,
    children: int,
    rooms: int,
    conversation: Conversation,
    child_ages: tuple[int, ...] = (),
) -> QuoteView:
    from reservations.services import quote_create

    # The PMS prices the occupancy of each room: a party of 4 in 2 rooms is 2 adults per room.
    per_room_children = -(-children // rooms)
    stay = Stay(
        pms_hotel_id=hotel.pms_hotel_id,
        check_in=check_in,
        check_out=check_out,
        adults=-(-adults // rooms),
        children=per_room_children,
        rooms=rooms,
        # One room's ages (the oldest, so a room never holds fewer years than the party has).
        child_ages=tuple(sorted(child_ages, reverse=True)[:per_room_children])
        if len(child_ages) >= per_room_children
        else (),
    )
    try:
        quote = quote_create(hotel=hotel, stay=stay, conversation=conversation)
    except InvalidStay as exc:
        raise StayNotBookable(exc.code) from exc
    except OccupancyNotPossible as exc:
        largest_adults = max((rt.max_adults for rt in exc.room_types), default=0)
        raise PartyTooLargeForOneRoom(largest_room_guests=largest_adults) from exc
    return QuoteView.of(quote)


def child_ages_needed() -> bool:
    """Whether the PMS needs each child's age to record a booking's children (QloApps does)."""
    from pms_bridge.factory import get_pms

    return bool(get_pms().needs_child_ages)


def offer(*, line_id: int) -> OfferView | None:
    line = QuoteLine.objects.select_related("quote").filter(pk=line_id).first()
    return OfferView.of(line) if line else None


def _fresh_quote(*, line: QuoteLine, exc: Exception, conversation: Conversation) -> QuoteView:
    """Store the live answer that came with the refusal as a quote, so what is offered next is traceable."""
    from pms_bridge.port import AvailabilityAnswer
    from reservations.services.booking import stay_of_line
    from reservations.services.quotes import quote_record

    offers = tuple(getattr(exc, "offers", ()) or ())
    answer = AvailabilityAnswer(
        stay=stay_of_line(line), offers=offers, fetched_at=timezone.now(), raw={"source": "live re-check"}
    )
    quote = quote_record(
        hotel=line.quote.hotel,
        answer=answer,
        room_type_ids={o.room_type.pms_room_type_id for o in offers},
        conversation_id=conversation.pk,
    )
    return QuoteView.of(quote)


def book(
    *,
    line_id: int,
    first_name: str,
    last_name: str,
    email: str,
    phone: str,
    idempotency_key: str,
    conversation: Conversation,
) -> BookingView:
    """Create the booking once (the key makes a second call return the first booking)."""
    from reservations.services import reservation_create_from_quote

    line = QuoteLine.objects.select_related("quote").get(pk=line_id)
    guest = GuestDetails(first_name=first_name, last_name=last_name, email=email, phone=phone)
    try:
        reservation = reservation_create_from_quote(
            quote_line=line,
            guest=guest,
            idempotency_key=idempotency_key,
            conversation=conversation,
            made_by="ai",
        )
    except PriceChanged as exc:
        fresh = _fresh_quote(line=line, exc=exc, conversation=conversation)
        same_room = [o for o in fresh.offers if o.room_name == line.room_type_name]
        raise RoomPriceChanged(
            offer=OfferView.of(line), fresh=fresh, new_total=same_room[0].total if same_room else None
        ) from exc
    except NoLongerAvailable as exc:
        raise RoomGone(
            offer=OfferView.of(line), fresh=_fresh_quote(line=line, exc=exc, conversation=conversation)
        ) from exc
    except (BookingRefused, InvalidStay, PartyNotRecorded, ChildAgesNeeded) as exc:
        raise BookingNotPossible(exc.code) from exc
    except BookingInProgress as exc:
        raise BookingNotPossible(exc.code) from exc
    return BookingView.of(reservation)


def find_by_reference(*, hotel: Hotel, reference: str) -> BookingView | None:
    from reservations.services import reservation_find

    found = reservation_find(hotel=hotel, reference=reference)
    return BookingView.of(found[0]) if found else None


def find_by_contact(*, hotel: Hotel, phone: str, email: str) -> list[BookingView]:
    from reservations.services import reservation_find

    views: dict[str, BookingView] = {}
    for kwargs in ({"phone": phone} if phone else None, {"email": email} if email else None):
        if not kwargs:
            continue
        for reservation in reservation_find(hotel=hotel, **kwargs):
            if reservation.reference:
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
    """The hotel's policy (`reservations.selectors`) applied to one arrival date."""
    from reservations.selectors import cancellation_terms_for_hotel

    terms = cancellation_terms_for_hotel(hotel=hotel, check_in=check_in)
    return CancellationTerms(
        free_until=terms.free_until, free_now=terms.is_free_now, penalty_nights=terms.penalty_nights
    )


def cancel(*, booking: BookingView) -> BookingView:
    from reservations.services import reservation_cancel

    reservation = Reservation.objects.get(pk=booking.reservation_id)
    try:
        return BookingView.of(reservation_cancel(reservation=reservation))
    except (ReservationNotChangeable, ReservationNotFound, BookingRefused) as exc:
        raise BookingNotPossible(exc.code) from exc


def modify(
    *, booking: BookingView, check_in: dt.date, check_out: dt.date, adults: int, children: int
) -> BookingView:
    from reservations.services import reservation_modify

    reservation = Reservation.objects.get(pk=booking.reservation_id)
    try:
        changed = reservation_modify(
            reservation=reservation, check_in=check_in, check_out=check_out, adults=adults, children=children
        )
    except (NoLongerAvailable, OccupancyNotPossible, InvalidStay) as exc:
        raise ChangeNotAvailable(exc.code) from exc
    except (ReservationNotChangeable, BookingRefused, BookingInProgress) as exc:
        raise BookingNotPossible(exc.code) from exc
    return BookingView.of(changed)


def room_types_of_quote(*, quote_id: int) -> list[tuple[OfferView, bool]]:
    """Every room type the quote priced, cheapest first, and whether it has the rooms asked for free."""
    quote = Quote.objects.get(pk=quote_id)
    lines = sorted(quote.lines.all(), key=lambda line: (line.total, line.pk))
    for line in lines:
        line.quote = quote
    return [(OfferView.of(line), line.available_rooms >= quote.rooms) for line in lines]


def lines_of_quote(*, quote_id: int, room_name: str) -> list[OfferView]:
    """Lines of a quote for one room type with a room free (also beyond the top offers)."""
    lines = QuoteLine.objects.select_related("quote").filter(
        quote_id=quote_id, room_type_name=room_name, available_rooms__gt=0
    )
    return [OfferView.of(line) for line in lines]
