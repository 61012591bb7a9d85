"""Periodic PMS work (Celery beat): the hotels' identity refreshed from the PMS, and the cached nights
of bookings made outside the agent forgotten."""

from __future__ import annotations

import structlog
from celery import shared_task

from pms_bridge.errors import PmsError
from pms_bridge.factory import configured_pms
from pms_bridge.hotel_sync import pms_hotels_sync

log = structlog.get_logger(__name__)


@shared_task(name="pms_bridge.sync_hotels", ignore_result=True)
def sync_hotels() -> None:
    """Refresh every hotel from the PMS; a PMS that cannot be read now is tried at the next beat."""
    try:
        pms_hotels_sync()
    except PmsError as exc:
        log.warning("pms.hotels_sync_failed", error=type(exc).__name__)


@shared_task(name="pms_bridge.watch_bookings", ignore_result=True)
def watch_bookings() -> None:
    """Bookings made on the website or at the desk: their nights' cached availability is dropped, and
    the nights no booking touched are confirmed (fresh again for their TTL, up to the cap)."""
    try:
        forgotten = configured_pms().watch_outside_bookings()
    except PmsError as exc:
        log.warning("pms.watch_bookings_failed", error=type(exc).__name__)
        return
    if forgotten:
        log.info("pms.outside_bookings", bookings=forgotten)
