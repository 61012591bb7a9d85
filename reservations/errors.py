"""Domain errors of reservations. Each one is something the conversation can explain to the guest.

PMS outages are not wrapped: `pms_bridge.errors.PmsUnavailable` reaches the caller as it is (the
engine turns it into an honest reply and an offer of a human).
"""

from __future__ import annotations

from hotel_agent.errors import Conflict, DomainError, NotFound
from pms_bridge.port import AvailabilityAnswer, RoomOffer, RoomType


class InvalidStay(DomainError):
    """Dates that cannot be booked: in the past, in the wrong order, too long or too far ahead."""

    code = "invalid_stay"


class OccupancyNotPossible(DomainError):
    """No room type of the hotel takes that many guests in one room."""

    code = "occupancy_not_possible"

    def __init__(self, message: str, *, room_types: tuple[RoomType, ...] = ()) -> None:
        super().__init__(message)
        self.room_types = room_types  # what the hotel has, to suggest splitting into several rooms

    @property
    def largest_room_guests(self) -> int:
        return max((rt.max_guests for rt in self.room_types), default=0)


class NoLongerAvailable(Conflict):
    """The room type quoted is gone for those nights; `offers` is the fresh answer to suggest alternatives."""

    code = "no_longer_available"

    def __init__(
        self, message: str, *, offers: tuple[RoomOffer, ...] = (), answer: AvailabilityAnswer | None = None
    ) -> None:
        super().__init__(message)
        self.offers = offers
        self.answer = answer  # the live PMS answer the offers come from (to store as a quote)


class PriceChanged(Conflict):
    """The PMS's price moved since the quote; nothing was booked. Ask the guest again with `offers`."""

    code = "price_changed"

    def __init__(
        self,
        message: str,
        *,
        offers: tuple[RoomOffer, ...] = (),
        new_offer: RoomOffer | None = None,
        answer: AvailabilityAnswer | None = None,
    ) -> None:
        super().__init__(message)
        self.offers = offers
        self.new_offer = new_offer
        self.answer = answer  # the live PMS answer the offers come from (to store as a quote)


class ChildAgesNeeded(DomainError):
    """The PMS records children only from their ages and the quote has none: ask the guest for them."""

    code = "child_ages_needed"


class PartyNotRecorded(Conflict):
    """The PMS booked the room for another party than asked (children lost, adults reset); the booking was
    cancelled again and nothing stands. A person should make it by hand."""

    code = "party_not_recorded"


class BookingInProgress(Conflict):
    """Another booking of the same room type is being made and did not finish in time; try again."""

    code = "booking_in_progress"


class IdempotencyKeyReused(Conflict):
    """The same idempotency key was sent for a different booking."""

    code = "idempotency_key_reused"


class ReservationNotFound(NotFound):
    code = "reservation_not_found"


class ReservationNotChangeable(Conflict):
    """Cancelled, failed or already past: it cannot be changed any more."""

    code = "reservation_not_changeable"


class BookingRefused(DomainError):
    """The PMS refused the booking as invalid (for instance the guest's e-mail or phone)."""

    code = "booking_refused"
