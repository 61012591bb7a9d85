"""Reservation tasks: settle the reservations an unanswered PMS create left pending."""

from __future__ import annotations

import structlog
from celery import shared_task
from django.utils import timezone

from reservations.selectors import reservations_pending_since
from reservations.services.booking import SETTLE_AFTER, reservation_settle_pending

log = structlog.get_logger(__name__)


@shared_task(name="reservations.settle_pending_reservations", acks_late=True)
def settle_pending_reservations() -> int:
    """Look each stale pending reservation up in the PMS; returns how many are no longer pending."""
    settled = 0
    for reservation in reservations_pending_since(before=timezone.now() - SETTLE_AFTER):
        try:
            if reservation_settle_pending(reservation=reservation).state != reservation.State.PENDING:
                settled += 1
        except Exception as exc:  # the PMS being down must not stop the others; next run retries
            log.warning("reservation.settle_failed", reservation=reservation.pk, error=type(exc).__name__)
    return settled


# Registered with Celery through this module (autodiscovery reads `reservations.tasks`).
from reservations.outreach.tasks import sync_outside_bookings  # noqa: E402, F401
