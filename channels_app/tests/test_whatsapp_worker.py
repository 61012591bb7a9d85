"""End to end with a real Celery worker process on Redis and PostgreSQL (CELERY_EAGER=false)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest
from django.test import Client

from channels_app.models import InboundEvent, InboundEventStatus
from channels_app.tests.conftest import (
    ACCESS_TOKEN,
    APP_SECRET,
    PHONE_NUMBER_ID,
    fixture_bytes,
    fixture_json,
    post_webhook,
)
from conversations.models import DeliveryStatus, Direction, Message
from hotel_agent.hotels.models import Hotel
from tests.fakes.graph import FakeGraph
from tests.support.worker_process import celery_worker, wait_until

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worker(graph: FakeGraph, hotel: Hotel) -> Iterator[str]:
    env = {
        "WHATSAPP_GRAPH_URL": graph.url,
        "WHATSAPP_GRAPH_VERSION": graph.version,
        "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
        "WHATSAPP_APP_SECRET": APP_SECRET,
    }
    with celery_worker(env) as queue:
        yield queue


def test_a_real_worker_stores_once_and_answers_once_through_redeliveries(
    graph: FakeGraph, worker: str
) -> None:
    client = Client()
    body = fixture_bytes("text.json")
    statuses = [post_webhook(client, body).status_code for _ in range(5)]
    other = fixture_json("multiple_messages.json")
    statuses += [post_webhook(client, json.dumps(other).encode()).status_code for _ in range(2)]
    assert statuses == [200] * 7

    assert wait_until(lambda: len(graph.sent_messages()) >= 3), "the worker never answered"
    assert wait_until(lambda: not InboundEvent.objects.exclude(status=InboundEventStatus.PROCESSED).exists())
    time.sleep(1.0)  # anything duplicated would have shown up by now
    assert len(graph.sent_messages()) == 3
    assert Message.objects.filter(direction=Direction.IN).count() == 3
    assert Message.objects.filter(direction=Direction.IN, handled_at__isnull=True).count() == 0
    assert set(Message.objects.filter(direction=Direction.OUT).values_list("status", flat=True)) == {
        DeliveryStatus.SENT
    }
