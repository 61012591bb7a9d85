"""Demo data of the built-in PMS for the demo hotel: room types, a year of inventory and rates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from hotel_agent.hotels.models import Hotel
from pms_bridge.models import DemoHotel, DemoInventory, DemoRate, DemoRoomType

SEED_DAYS = 400  # a little over the twelve months a guest may ask about


@dataclass(frozen=True)
class RoomTypeSeed:
    code: str
    name: str
    description: str
    rooms: int
    price: Decimal  # a low-season weekday night, tax excluded
    base_adults: int
    base_children: int
    max_adults: int
    max_children: int
    max_guests: int
    features: tuple[str, ...]


ROOM_TYPES = (
    RoomTypeSeed(
        "individual",
        "Individual",
        "Habitación individual con cama de 105 cm y ducha.",
        4,
        Decimal("62.00"),
        1,
        0,
        1,
        0,
        1,
        ("wifi", "aire acondicionado", "ducha"),
    ),
    RoomTypeSeed(
        "doble",
        "Doble",
        "Habitación doble con cama de matrimonio o dos camas, balcón.",
        10,
        Decimal("89.00"),
        2,
        0,
        2,
        1,
        3,
        ("wifi", "aire acondicionado", "balcón", "minibar"),
    ),
    RoomTypeSeed(
        "junior-suite",
        "Junior Suite",
        "Suite con salón, vistas al mar y bañera.",
        3,
        Decimal("139.00"),
        2,
        0,
        3,
        1,
        3,
        ("wifi", "aire acondicionado", "vistas al mar", "bañera"),
    ),
    RoomTypeSeed(
        "familiar",
        "Familiar",
        "Dos ambientes: cama de matrimonio y dos camas individuales.",
        4,
        Decimal("129.00"),
        2,
        2,
        4,
        3,
        5,
        ("wifi", "aire acondicionado", "cuna bajo petición"),
    ),
)


def season_factor(night: dt.date) -> Decimal:
    """High season in summer and at Christmas/Easter-ish, low in winter."""
    if night.month in (7, 8):
        return Decimal("1.45")
    if (
        night.month in (6, 9)
        or (night.month == 12 and night.day >= 20)
        or (night.month == 1 and night.day <= 6)
    ):
        return Decimal("1.20")
    if night.month in (4, 5, 10):
        return Decimal("1.05")
    return Decimal("1.00")


def weekday_factor(night: dt.date) -> Decimal:
    return Decimal("1.15") if night.weekday() in (4, 5) else Decimal("1.00")  # Friday, Saturday nights


def nightly_price(base: Decimal, night: dt.date) -> Decimal:
    return (base * season_factor(night) * weekday_factor(night)).quantize(Decimal("1"))


@transaction.atomic
def seed(*, hotel: Hotel) -> DemoHotel:
    """Create or refresh the demo PMS's hotel, room types, inventory and rates (idempotent)."""
    demo_hotel, _ = DemoHotel.objects.update_or_create(
        pms_hotel_id=hotel.pms_hotel_id,
        defaults={
            "name": hotel.name,
            "address": "Paseo Marítimo 12",
            "city": "Alicante",
            "phone": "+34965000000",
            "email": "recepcion@soldelevante.example",
            "check_in_time": "14:00",
            "check_out_time": "12:00",
            "currency": hotel.currency,
            "tax_rate": Decimal("0.10"),
        },
    )
    # From yesterday: until the night cutoff (HOTEL_NIGHT_CUTOFF) the night that began yesterday is on sale.
    first = timezone.localdate() - dt.timedelta(days=1)
    nights = [first + dt.timedelta(days=i) for i in range(SEED_DAYS + 1)]
    for position, spec in enumerate(ROOM_TYPES):
        room_type, _ = DemoRoomType.objects.update_or_create(
            hotel=demo_hotel,
            code=spec.code,
            defaults={
                "name": spec.name,
                "description": spec.description,
                "base_adults": spec.base_adults,
                "base_children": spec.base_children,
                "max_adults": spec.max_adults,
                "max_children": spec.max_children,
                "max_guests": spec.max_guests,
                "features": list(spec.features),
                "position": position,
            },
        )
        have_inventory = set(DemoInventory.objects.filter(room_type=room_type).values_list("date", flat=True))
        DemoInventory.objects.bulk_create(
            [
                DemoInventory(room_type=room_type, date=n, rooms=spec.rooms)
                for n in nights
                if n not in have_inventory
            ]
        )
        have_rate = set(DemoRate.objects.filter(room_type=room_type).values_list("date", flat=True))
        DemoRate.objects.bulk_create(
            [
                DemoRate(room_type=room_type, date=n, price=nightly_price(spec.price, n))
                for n in nights
                if n not in have_rate
            ]
        )
    return demo_hotel
