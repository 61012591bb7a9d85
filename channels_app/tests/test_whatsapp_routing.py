"""Which hotel answers a WhatsApp number: never another tenant by default."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from channels_app.models import InboundEvent, InboundEventStatus, WhatsAppNumber
from channels_app.tests.conftest import PHONE_NUMBER_ID, fixture_bytes, post_webhook
from channels_app.whatsapp.hotels import hotel_for_number
from conversations.models import Conversation, Message
from hotel_agent.hotels.models import Hotel
from hotel_agent.metrics import INBOUND_REFUSED
from tests.fakes.graph import FakeGraph
from tests.support.engine import RecordingEngine

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("eager_celery")]


def _refused_no_hotel() -> float:
    value: Any = INBOUND_REFUSED.labels(channel="whatsapp", reason="no_hotel")._value.get()
    return float(value)


@pytest.fixture
def other_hotel(db: None) -> Hotel:
    return Hotel.objects.create(name="Hotel Luna", slug="hotel-luna", pms_hotel_id=9002)


def test_an_unmapped_number_is_answered_by_the_only_active_hotel(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    Hotel.objects.create(name="Closed", slug="closed", pms_hotel_id=9003, active=False)

    assert post_webhook(client, fixture_bytes("text.json")).status_code == 200

    assert Conversation.objects.get().hotel == hotel
    assert len(graph.wait_for_sent(1)) == 1


def test_an_unmapped_number_with_several_active_hotels_is_refused_and_nothing_answered(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel, other_hotel: Hotel
) -> None:
    WhatsAppNumber.objects.create(hotel=other_hotel, phone_number_id="999000111")
    before = _refused_no_hotel()

    assert post_webhook(client, fixture_bytes("text.json")).status_code == 200

    assert not Message.objects.exists() and not Conversation.objects.exists()
    assert engine.calls == [] and graph.sent_messages() == []
    event = InboundEvent.objects.get()
    assert event.status == InboundEventStatus.PROCESSED
    assert event.error == "message 0: no hotel"
    assert _refused_no_hotel() == before + 1


def test_a_number_of_an_inactive_hotel_never_falls_back_to_the_only_active_one(
    hotel: Hotel, other_hotel: Hotel
) -> None:
    WhatsAppNumber.objects.create(hotel=other_hotel, phone_number_id=PHONE_NUMBER_ID)
    other_hotel.active = False
    other_hotel.save()

    assert hotel_for_number(PHONE_NUMBER_ID) is None


def test_a_switched_off_number_is_refused(hotel: Hotel) -> None:
    WhatsAppNumber.objects.create(hotel=hotel, phone_number_id=PHONE_NUMBER_ID, active=False)

    assert hotel_for_number(PHONE_NUMBER_ID) is None


def test_a_mapped_number_is_answered_by_its_hotel_among_several(hotel: Hotel, other_hotel: Hotel) -> None:
    WhatsAppNumber.objects.create(hotel=other_hotel, phone_number_id=PHONE_NUMBER_ID)

    assert hotel_for_number(PHONE_NUMBER_ID) == other_hotel
