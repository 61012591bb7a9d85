"""Which hotel answers on a WhatsApp number."""

from __future__ import annotations

from channels_app.models import WhatsAppNumber
from hotel_agent.hotels.models import Hotel


def hotel_for_number(phone_number_id: str) -> Hotel | None:
    """The active hotel mapped to Meta's `phone_number_id`; None when no hotel may answer on it.

    A number with no mapping at all falls back to the installation's only active hotel (the
    single-hotel setup needs no configuration); with several active hotels, or a number mapped to an
    inactive hotel or switched off, nobody answers: another tenant must never get those guests.
    """
    numbers = WhatsAppNumber.objects.select_related("hotel").filter(phone_number_id=phone_number_id)
    number = numbers.first()
    if number is not None:
        return number.hotel if number.active and number.hotel.active else None
    only_ones = list(Hotel.objects.filter(active=True).order_by("id")[:2])
    return only_ones[0] if len(only_ones) == 1 else None


def sender_number_for(hotel_id: int) -> str:
    """The `phone_number_id` a hotel sends from; empty: the configured `WHATSAPP_PHONE_NUMBER_ID`."""
    value = (
        WhatsAppNumber.objects.filter(hotel_id=hotel_id, active=True)
        .order_by("id")
        .values_list("phone_number_id", flat=True)
        .first()
    )
    return value or ""
