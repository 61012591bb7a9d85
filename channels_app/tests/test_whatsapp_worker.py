"""End to end with a real Celery worker process on Redis and PostgreSQL (CELERY_EAGER=false)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client, override_settings

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

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def _database_url() -> str:
    db = connection.settings_dict
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or "5432"
    user = db.get("USER") or "postgres"
    return f"postgres://{user}@{host}:{port}/{db['NAME']}"  # the test database pytest-django made


@pytest.fixture
def worker(graph: FakeGraph, hotel: Hotel) -> Iterator[str]:
    if not settings.REDIS_URL or connection.vendor != "postgresql":
        pytest.skip("needs REDIS_URL and PostgreSQL")
    from hotel_agent.celery import app

    queue = f"wa-it-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "DJANGO_ENV": "test",
        "CELERY_EAGER": "false",
        "DATABASE_URL": _database_url(),
        "WHATSAPP_GRAPH_URL": graph.url,
        "WHATSAPP_GRAPH_VERSION": graph.version,
        "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
        "WHATSAPP_APP_SECRET": APP_SECRET,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.support.celery_worker", queue],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    previous = (app.conf.task_always_eager, app.conf.task_default_queue)
    app.conf.task_always_eager = False
    app.conf.task_default_queue = queue
    try:
        yield queue
    finally:
        app.conf.task_always_eager, app.conf.task_default_queue = previous
        process.terminate()
        try:
            output, _ = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
        if output.strip():
            print(output[-4000:])
        with app.connection_for_write() as conn:
            conn.default_channel.queue_purge(queue)  # type: ignore[attr-defined]


def wait_until(condition: object, timeout: float = 40.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.1)
    return False


@override_settings(WHATSAPP_DISPATCH_IN_BACKGROUND=True)  # as in production: queued after the 200
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
