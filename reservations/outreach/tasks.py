"""Celery beat: bookings made outside the agent mirrored here (imported by `reservations.tasks`)."""

from __future__ import annotations

from celery import shared_task

from reservations.outreach.sync import outside_bookings_sync


@shared_task(name="reservations.sync_outside_bookings", ignore_result=True)
def sync_outside_bookings() -> int:
    """Upcoming PMS bookings mirrored as reservations (every OUTREACH_PMS_SYNC_SECONDS)."""
    return outside_bookings_sync()
