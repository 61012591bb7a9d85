"""The staff API fuzzed from its own OpenAPI schema (schemathesis): no input gives a server error,
and nothing a fuzzed request wrote is left half-stored.

Bounded for the suite (`API_FUZZ_EXAMPLES`, a few examples per operation, through the WSGI app);
`make fuzz` runs the same test with many more.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from django.db.models import Q
from hypothesis import HealthCheck, given, settings
from rest_framework_simplejwt.tokens import RefreshToken
from schemathesis import GenerationMode

from conversations.models import (
    Author,
    Conversation,
    ConversationState,
    Direction,
    Message,
    StaffAction,
    StaffActionKind,
)
from conversations.tests.console.conftest import make_staff
from conversations.tests.factories import ConversationFactory, GuestFactory, InboundMessageFactory
from hotel_agent.hotels.models import HotelMembership

EXAMPLES = int(os.environ.get("API_FUZZ_EXAMPLES", "5"))


@pytest.fixture
def staff_api(db: None) -> Any:
    """The schema, read from the app itself, with a staff member's bearer token on every call."""
    from conversations.tests.factories import HotelFactory

    hotel = HotelFactory.create(name="Hotel Sol", slug="hotel-sol")
    staff = make_staff("fuzz", hotel=hotel, role=HotelMembership.Role.MANAGER)
    # Conversations the fuzzer's small ids can reach, in each state a staff action starts from.
    for number, state in enumerate(
        (ConversationState.AI, ConversationState.WAITING_HUMAN, ConversationState.HUMAN), start=1
    ):
        guest = GuestFactory.create(phone=f"+3460011122{number}")
        holder = staff if state == ConversationState.HUMAN else None
        conversation = ConversationFactory.create(hotel=hotel, guest=guest, state=state, assigned_to=holder)
        InboundMessageFactory.create(conversation=conversation, text="Hola")
    access = str(RefreshToken.for_user(staff).access_token)
    schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())
    schema.config.headers = {"Authorization": f"Bearer {access}"}
    return schema


@pytest.mark.django_db(transaction=True)
def test_staff_api_gives_no_server_error_and_stores_nothing_half(staff_api: Any) -> None:
    # Each operation driven by hypothesis directly: schemathesis' pytest plugin reads a pytest
    # internal that pytest 9 no longer has.
    operations = [result.ok() for result in staff_api.get_all_operations()]
    assert len(operations) >= 10
    statuses: list[int] = []
    # Valid requests (deep into the views) and invalid ones (bad types, missing fields, odd headers).
    strategies = [
        operation.as_strategy(generation_mode=mode) for operation in operations for mode in GenerationMode
    ]
    for strategy in strategies:

        @given(case=strategy)
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def call(case: Any) -> None:
            response = case.call()
            statuses.append(response.status_code)
            assert response.status_code < 500, (case.method, case.formatted_path, response.text[:300])
            _assert_nothing_half_stored()

        call()
    # The token works: the fuzzer reached the views, not only the authentication wall.
    assert any(200 <= code < 300 for code in statuses), sorted(set(statuses))
    print(
        f"api fuzz: {len(statuses)} calls over {len(operations)} operations, statuses {sorted(set(statuses))}"
    )


def _assert_nothing_half_stored() -> None:
    """Every staff reply is a whole outbox row; a conversation a person holds names who; notes have text."""
    replies = Message.objects.filter(direction=Direction.OUT, author=Author.STAFF)
    assert not replies.filter(Q(idempotency_key__isnull=True) | Q(idempotency_key="")).exists()
    assert not replies.filter(Q(staff_user__isnull=True) | Q(text="")).exists()
    assert not Conversation.objects.filter(state=ConversationState.HUMAN, assigned_to__isnull=True).exists()
    assert not StaffAction.objects.filter(kind=StaffActionKind.NOTE, text="").exists()
