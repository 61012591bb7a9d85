"""The sweeper picks up what got stuck: outbox rows, pending events, unhandled guest messages."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from channels_app.models import InboundEvent, InboundEventStatus
from channels_app.tasks import outbox_sweep
from channels_app.tests.conftest import fixture_bytes
from channels_app.whatsapp.inbound import whatsapp_event_store
from conversations.models import DeliveryStatus, Direction, Message
from conversations.services.inbound import _store_incoming
from conversations.tests.factories import ConversationFactory, OutboundMessageFactory
from hotel_agent.hotels.models import Hotel
from tests.fakes.graph import FakeGraph
from tests.support.engine import RecordingEngine

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("eager_celery")]

LONG_AGO = dt.timedelta(minutes=5)


def test_a_row_whose_sender_died_is_sent_by_the_sweeper_once(graph: FakeGraph, hotel: Hotel) -> None:
    conversation = ConversationFactory.create(hotel=hotel, guest__phone="+34600111222")
    stuck = OutboundMessageFactory.create(conversation=conversation, attempts=1)
    # A worker claimed it and died: the claim has run out.
    Message.objects.filter(pk=stuck.pk).update(claimed_until=timezone.now() - dt.timedelta(seconds=1))
    held = OutboundMessageFactory.create(conversation=conversation)
    Message.objects.filter(pk=held.pk).update(claimed_until=timezone.now() + dt.timedelta(seconds=60))

    assert outbox_sweep()["outbox"] == 1
    assert outbox_sweep()["outbox"] == 0
    assert len(graph.sent_messages()) == 1
    stuck.refresh_from_db()
    assert stuck.status == DeliveryStatus.SENT


def test_a_stored_event_never_queued_is_processed_by_the_sweeper(
    graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    event_id, _ = whatsapp_event_store(body=fixture_bytes("text.json"), signature_verified=True)
    InboundEvent.objects.filter(pk=event_id).update(received_at=timezone.now() - LONG_AGO)

    assert outbox_sweep()["events"] == 1
    assert InboundEvent.objects.get(pk=event_id).status == InboundEventStatus.PROCESSED
    assert Message.objects.filter(direction=Direction.IN).count() == 1
    assert len(graph.wait_for_sent(1)) == 1


def test_a_message_stored_without_its_turn_gets_it_from_the_sweeper(
    graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    from conversations.incoming import Channel, IncomingMessage, MessageKind

    incoming = IncomingMessage(
        channel=Channel.WHATSAPP,
        provider_message_id="wamid.SWEEP1",
        sender="+34600111222",
        kind=MessageKind.TEXT,
        sent_at=timezone.now(),
        text="¿Hay parking?",
    )
    message, _ = _store_incoming(incoming=incoming, hotel=hotel)
    assert message is not None
    Message.objects.filter(pk=message.pk).update(created_at=timezone.now() - LONG_AGO)

    assert outbox_sweep()["conversations"] == 1
    assert len(engine.calls) == 1
    assert len(graph.wait_for_sent(1)) == 1
    assert outbox_sweep() == {"outbox": 0, "events": 0, "conversations": 0, "voice_notes": 0}
