"""Writes to hotels."""

from __future__ import annotations

import datetime as dt

import structlog
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from hotel_agent.hotels.models import Hotel
from hotel_agent.hotels.signals import hotel_synced_from_pms

log = structlog.get_logger(__name__)


def _time(value: str) -> dt.time | None:
    try:
        return dt.time.fromisoformat(value.strip()) if value.strip() else None
    except ValueError:
        return None


def _free_slug(name: str, pms_hotel_id: int) -> str:
    base = slugify(name)[:40] or "hotel"
    slug = base
    if Hotel.objects.filter(slug=slug).exists():
        slug = f"{base}-{pms_hotel_id}"
    return slug


def hotel_upsert_from_pms(
    *,
    pms_hotel_id: int,
    name: str,
    address: str,
    city: str,
    phone: str,
    email: str,
    check_in_time: str,
    check_out_time: str,
    currency: str,
    new_hotel_timezone: str,
    active: bool = True,
) -> tuple[Hotel, bool]:
    """Create or refresh the hotel mapped to `pms_hotel_id` with its identity as the PMS states it.

    The PMS is the truth for name, address, phone, e-mail, check-in/out times and currency; what only
    this project knows (slug, languages, reception hours, WhatsApp numbers, staff) is kept. A new hotel
    takes `new_hotel_timezone` (QloApps' webservice does not say its time zone). Returns (hotel, created).
    """
    display_name = name.strip()[:200] or f"Hotel {pms_hotel_id}"
    values: dict[str, object] = {
        "name": display_name,
        "address": address.strip()[:300],
        "city": city.strip()[:100],
        "phone": phone.strip()[:40],
        "email": email.strip(),
        "check_in_time": _time(check_in_time),
        "check_out_time": _time(check_out_time),
        "pms_synced_at": timezone.now(),
    }
    if currency.strip():
        values["currency"] = currency.strip().upper()[:3]
    with transaction.atomic():
        hotel = Hotel.objects.select_for_update().filter(pms_hotel_id=pms_hotel_id).first()
        if hotel is None:
            hotel = Hotel.objects.create(
                pms_hotel_id=pms_hotel_id,
                slug=_free_slug(display_name, pms_hotel_id),
                timezone=new_hotel_timezone,
                active=active,
                **values,
            )
            created = True
        else:
            for field, value in values.items():
                setattr(hotel, field, value)
            hotel.save(update_fields=[*values])
            created = False
        synced = hotel
        transaction.on_commit(lambda: hotel_synced_from_pms.send(sender=Hotel, hotel=synced, created=created))
    log.info("hotel.synced_from_pms", hotel_id=hotel.pk, pms_hotel_id=pms_hotel_id, created=created)
    return hotel, created
