"""What follows a booking's confirmation in the same answer: the deposit the hotel asks (amount and how
to pay) and one offer staff approved, priced live. Neither may undo or hide the confirmation."""

from __future__ import annotations

from typing import TYPE_CHECKING

import structlog

from conversations.engine import deposit_flow, offer_flow
from hotel_agent.errors import DomainError
from pms_bridge.errors import PmsError

if TYPE_CHECKING:
    from conversations.engine.turn import Turn

log = structlog.get_logger(__name__)


def after_booking(turn: Turn, *, reservation_id: int) -> None:
    try:
        deposit_flow.after_booking(turn, reservation_id=reservation_id)
        offer_flow.propose_after_booking(turn, reservation_id=reservation_id)
    except (DomainError, PmsError) as exc:
        log.warning("engine.after_booking_failed", reservation_id=reservation_id, error=type(exc).__name__)
