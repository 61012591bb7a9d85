"""The hotels of the PMS become hotels here: each PMS hotel's identity (name, address, phone, e-mail,
check-in/out times, currency) is read through the port and written with `hotel_upsert_from_pms`.

Run by `manage.py pms_sync_hotels` and periodically by the task `pms_bridge.sync_hotels`. A hotel here
that the PMS no longer lists is left alone (staff decide), and nothing is deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

import structlog
from django.conf import settings

from hotel_agent.hotels.models import Hotel
from hotel_agent.hotels.services import hotel_upsert_from_pms
from pms_bridge.factory import get_pms

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class SyncedHotel:
    hotel: Hotel
    created: bool


def pms_hotels_sync() -> list[SyncedHotel]:
    """Create or refresh one hotel per PMS hotel. Raises a `PmsError` when the PMS cannot be read."""
    synced = []
    for pms_hotel in get_pms().hotels():
        hotel, created = hotel_upsert_from_pms(
            pms_hotel_id=pms_hotel.pms_hotel_id,
            name=pms_hotel.name,
            address=pms_hotel.address,
            city=pms_hotel.city,
            phone=pms_hotel.phone,
            email=pms_hotel.email,
            check_in_time=pms_hotel.check_in_time,
            check_out_time=pms_hotel.check_out_time,
            currency=pms_hotel.currency,
            new_hotel_timezone=settings.QLOAPPS_TIME_ZONE,
            active=pms_hotel.active,
        )
        synced.append(SyncedHotel(hotel=hotel, created=created))
    log.info("pms.hotels_synced", hotels=len(synced), created=sum(s.created for s in synced))
    return synced
