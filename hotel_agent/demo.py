"""The demo hotel that `make run` starts with, and the hook each app uses to seed its own demo data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hotel_agent.hotels.models import Hotel
from pms_bridge.demo.seed import seed as seed_demo_pms

DEMO_HOTEL_SLUG = "hotel-sol-de-levante"
DEMO_PMS_HOTEL_ID = 1


def seed_demo_hotel() -> Hotel:
    hotel, _ = Hotel.objects.update_or_create(
        slug=DEMO_HOTEL_SLUG,
        defaults={
            "name": "Hotel Sol de Levante",
            "pms_hotel_id": DEMO_PMS_HOTEL_ID,
            "timezone": "Europe/Madrid",
            "default_language": "es",
            "currency": "EUR",
            "reception_opens": dt.time(8, 0),
            "reception_closes": dt.time(22, 0),
        },
    )
    return hotel


# Each app appends a callable `seed(*, hotel)` that creates its demo rows idempotently.
def seed_demo_knowledge(*, hotel: Hotel) -> None:
    from conversations.demo import seed

    seed(hotel=hotel)


def seed_demo_reservation_rules(*, hotel: Hotel) -> None:
    from reservations.demo import seed

    seed(hotel=hotel)


def seed_demo_console(*, hotel: Hotel) -> None:
    from conversations.console.demo import seed

    seed(hotel=hotel)


DEMO_SEEDERS: list[Callable[..., object]] = [
    seed_demo_pms,
    seed_demo_reservation_rules,
    seed_demo_knowledge,
    seed_demo_console,
]
