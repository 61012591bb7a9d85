"""Domain errors carry a code, not an HTTP status: the API maps them at the edge."""

from __future__ import annotations

import pytest

from conversations.services.staff import ConversationClosed, ConversationHeldByOther
from hotel_agent.api_errors import http_status_for
from hotel_agent.errors import DomainError
from reservations.errors import InvalidStay, PriceChanged, ReservationNotFound


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (ConversationHeldByOther("Ana is already handling this conversation."), 409),
        (ConversationClosed("closed"), 409),
        (PriceChanged("price moved"), 409),
        (ReservationNotFound("no such booking"), 404),
        (InvalidStay("check-in in the past", code="check_in_in_past"), 400),
        (DomainError("Write something before sending.", code="empty"), 400),
    ],
)
def test_the_api_maps_each_kind_of_domain_error_to_its_status(error: DomainError, status: int) -> None:
    assert http_status_for(error) == status
    assert not hasattr(error, "status") and not hasattr(error, "status_code")
