"""Helpers for tests that touch the PMS: a clean cache and breaker, and the seeded demo hotel."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from django.test import override_settings

from hotel_agent.hotels.models import Hotel
from pms_bridge.breaker import breaker_reset
from pms_bridge.cache import PmsCache
from pms_bridge.factory import configured_pms

if TYPE_CHECKING:
    from tests.fakes.qloapps import FakeQloApps


def reset_pms_state(*backends: str) -> None:
    """Forget the per-process adapter, the shared breaker state and cached PMS answers."""
    configured_pms.cache_clear()
    for backend in backends or ("demo", "qloapps"):
        breaker_reset(backend)
        PmsCache(backend).clear()


def seed_demo() -> Hotel:
    from hotel_agent.demo import seed_demo_hotel
    from pms_bridge.demo.seed import seed
    from reservations.demo import seed as seed_reservation_rules

    hotel = seed_demo_hotel()
    seed(hotel=hotel)
    seed_reservation_rules(hotel=hotel)
    return hotel


@contextmanager
def qloapps_backend(fake: FakeQloApps, **extra_settings: Any) -> Iterator[None]:
    """Point the project at a running fake QloApps (breaker probing after 1 s), with clean PMS state."""
    values: dict[str, Any] = {
        "PMS_BACKEND": "qloapps",
        "QLOAPPS_URL": fake.url,
        "QLOAPPS_API_KEY": fake.api_key,
        "QLOAPPS_HOTEL_ID": 1,
        "PMS_TIMEOUT_SECONDS": 2.0,
        "PMS_BREAKER_RESET_SECONDS": 1.0,
    }
    with override_settings(**{**values, **extra_settings}):
        reset_pms_state("qloapps")
        try:
            yield
        finally:
            reset_pms_state("qloapps")


def qloapps_hotel() -> Hotel:
    """The reservations hotel mapped to the fake's hotel 1 (USD, UTC like the captured server)."""
    hotel, _ = Hotel.objects.update_or_create(
        pms_hotel_id=1,
        defaults={"name": "The Hotel Prime", "slug": "the-hotel-prime", "currency": "USD", "timezone": "UTC"},
    )
    return hotel
