"""Which hotel answers on a WhatsApp number."""

from __future__ import annotations

from channels_app.models import WhatsAppNumber
from hotel_agent.hotels.models import Hotel


def hotel_for_number(phone_number_id: str) -> Hotel | None:
    """The hotel mapped to Meta's `phone_number_id`; with no mapping, the first active hotel."""
    number = (
        WhatsAppNumber.objects.select_related("hotel")
        .filter(phone_number_id=phone_number_id, active=True, hotel__active=True)
        .first()
    )
    if number is not None:
        return number.hotel
    return Hotel.objects.filter(active=True).order_by("id").first()


def sender_number_for(hotel_id: int) -> str:
    """The `phone_number_id` a hotel sends from; empty: the configured `WHATSAPP_PHONE_NUMBER_ID`."""
    value = (
        WhatsAppNumber.objects.filter(hotel_id=hotel_id, active=True)
        .order_by("id")
        .values_list("phone_number_id", flat=True)
        .first()
    )
    return value or ""
