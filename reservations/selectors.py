"""Reads of reservations: cancellation terms, quote lines to offer, reservations of a hotel."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.db.models import QuerySet

from hotel_agent.hotels import clock
from hotel_agent.hotels.models import Hotel
from reservations.models import CancellationPolicy, Quote, QuoteLine, Reservation


@dataclass(frozen=True)
class CancellationTerms:
    """What the engine states about cancelling: free until `free_until` (hotel's local time)."""

    free_cancellation_hours: int
    penalty_nights: int
    free_until: dt.datetime | None  # None when no arrival date is known (policy in general)

    def is_free_at(self, moment: dt.datetime) -> bool:
        return self.free_until is not None and moment <= self.free_until

    @property
    def is_free_now(self) -> bool:
        return self.is_free_at(clock.now())


def cancellation_policy_for(*, hotel: Hotel) -> CancellationPolicy:
    """The hotel's policy; an unsaved default (free until 48 h before arrival) when none is set, arrival
    being the hotel's check-in time when its PMS states one."""
    try:
        return hotel.cancellation_policy
    except CancellationPolicy.DoesNotExist:
        default = CancellationPolicy(hotel=hotel)
        if hotel.check_in_time is not None:
            default.arrival_time = hotel.check_in_time
        return default


def cancellation_terms_for_hotel(*, hotel: Hotel, check_in: dt.date | None = None) -> CancellationTerms:
    policy = cancellation_policy_for(hotel=hotel)
    free_until = None
    if check_in is not None:
        arrival = dt.datetime.combine(check_in, policy.arrival_time, tzinfo=ZoneInfo(hotel.timezone))
        free_until = arrival - dt.timedelta(hours=policy.free_cancellation_hours)
    return CancellationTerms(
        free_cancellation_hours=policy.free_cancellation_hours,
        penalty_nights=policy.penalty_nights,
        free_until=free_until,
    )


def cancellation_terms_for_reservation(*, reservation: Reservation) -> CancellationTerms:
    return cancellation_terms_for_hotel(hotel=reservation.hotel, check_in=reservation.check_in)


def quote_lines_bookable(*, quote: Quote) -> QuerySet[QuoteLine]:
    """Lines with enough free rooms for the quote, cheapest first."""
    return quote.lines.filter(available_rooms__gte=quote.rooms).order_by("total", "pk")


def reservation_list_for_hotel(*, hotel: Hotel, state: str | None = None) -> QuerySet[Reservation]:
    reservations = Reservation.objects.filter(hotel=hotel).select_related("quote_line")
    if state:
        reservations = reservations.filter(state=state)
    return reservations.order_by("-created_at")


def reservations_pending_since(*, before: dt.datetime) -> QuerySet[Reservation]:
    """Reservations still waiting for the PMS's word, last touched before `before`."""
    return Reservation.objects.filter(state=Reservation.State.PENDING, updated_at__lt=before).select_related(
        "hotel"
    )
