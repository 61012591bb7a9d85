"""Bookings made directly in the PMS (its website, the front desk) become reservations here, so their
guests get the same reservation messages. A periodic read of each active hotel's upcoming arrivals."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import structlog
from django.utils import timezone

from hotel_agent.hotels.models import Hotel
from pms_bridge.errors import PmsError
from pms_bridge.factory import get_pms
from reservations.models import Reservation
from reservations.outreach.selectors import LOOK_AHEAD_DAYS
from reservations.services.lookup import reservation_mirror

log = structlog.get_logger(__name__)


def outside_bookings_sync(*, now: dt.datetime | None = None) -> int:
    """Mirror every booking arriving in the next `LOOK_AHEAD_DAYS` days of each active hotel (created
    once, state refreshed: a stay cancelled at the desk is cancelled here and gets no message).
    Returns how many bookings were read. A hotel whose PMS cannot be read now is tried next time."""
    now = now or timezone.now()
    pms = get_pms()
    read = 0
    for hotel in Hotel.objects.filter(active=True).order_by("pk"):
        today = now.astimezone(ZoneInfo(hotel.timezone)).date()
        try:
            bookings = pms.upcoming_bookings(
                pms_hotel_id=hotel.pms_hotel_id,
                arriving_from=today,
                arriving_until=today + dt.timedelta(days=LOOK_AHEAD_DAYS),
            )
        except PmsError as exc:
            log.warning("outreach.sync_failed", hotel_id=hotel.pk, error=type(exc).__name__)
            continue
        # A booking the agent is still creating gets its PMS id when it settles: mirroring it now
        # would make a second row for the same booking.
        pending = set(
            Reservation.objects.filter(hotel=hotel, state=Reservation.State.PENDING).values_list(
                "check_in", "guest_email"
            )
        )
        for booking in bookings:
            if (booking.check_in, booking.guest.email) in pending:
                continue
            try:
                reservation_mirror(hotel=hotel, booking=booking)
            except PmsError as exc:
                log.warning("outreach.sync_failed", hotel_id=hotel.pk, error=type(exc).__name__)
                break
            read += 1
    return read
