"""The demo hotel's reservation rules (`hotel_agent.demo.DEMO_SEEDERS`)."""

from __future__ import annotations

import datetime as dt

from hotel_agent.hotels.models import Hotel
from reservations.models import CancellationPolicy


def seed(*, hotel: Hotel) -> CancellationPolicy:
    """Free cancellation until 48 h before a 14:00 arrival, then one night (idempotent)."""
    policy, _ = CancellationPolicy.objects.update_or_create(
        hotel=hotel,
        defaults={"free_cancellation_hours": 48, "arrival_time": dt.time(14, 0), "penalty_nights": 1},
    )
    return policy
