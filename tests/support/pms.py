"""Helpers for tests that touch the PMS: a clean cache and breaker, and the seeded demo hotel."""

from __future__ import annotations

from pms_bridge.breaker import breaker_reset
from pms_bridge.cache import PmsCache
from pms_bridge.factory import get_pms
from reservations.models import Hotel


def reset_pms_state(*backends: str) -> None:
    """Forget the per-process adapter, the shared breaker state and cached PMS answers."""
    get_pms.cache_clear()
    for backend in backends or ("demo", "qloapps"):
        breaker_reset(backend)
        PmsCache(backend).clear()


def seed_demo() -> Hotel:
    from hotel_agent.demo import seed_demo_hotel
    from pms_bridge.demo.seed import seed

    hotel = seed_demo_hotel()
    seed(hotel=hotel)
    return hotel
