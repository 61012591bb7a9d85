"""Reservations services: quotes, bookings, changes and look-ups (see docs/SEAMS.md)."""

from reservations.services.booking import reservation_create_from_quote
from reservations.services.changes import reservation_cancel, reservation_modify
from reservations.services.lookup import reservation_find, reservation_identity_matches
from reservations.services.quotes import quote_create

__all__ = [
    "quote_create",
    "reservation_cancel",
    "reservation_create_from_quote",
    "reservation_find",
    "reservation_identity_matches",
    "reservation_modify",
]
