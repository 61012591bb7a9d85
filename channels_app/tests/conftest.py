from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client, override_settings

from channels_app.whatsapp import client as client_module
from hotel_agent.hotels.models import Hotel
from tests.fakes.graph import FakeGraph
from tests.support.engine import RecordingEngine

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "whatsapp"
APP_SECRET = "test-app-secret"
VERIFY_TOKEN = "test-verify-token"
ACCESS_TOKEN = "test-access-token"
PHONE_NUMBER_ID = "106540352242922"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture_json(name: str) -> dict[str, Any]:
    return json.loads(fixture_bytes(name))


def sign(body: bytes, secret: str = APP_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def post_webhook(client: Client, body: bytes, *, signature: str | None = None) -> Any:
    return client.post(
        "/webhooks/whatsapp/",
        data=body,
        content_type="application/json",
        headers={"X-Hub-Signature-256": signature if signature is not None else sign(body)},
    )


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with (
        FakeGraph(access_token=ACCESS_TOKEN) as fake,
        override_settings(
            WHATSAPP_GRAPH_URL=fake.url,
            WHATSAPP_GRAPH_VERSION=fake.version,
            WHATSAPP_ACCESS_TOKEN=ACCESS_TOKEN,
            WHATSAPP_PHONE_NUMBER_ID=PHONE_NUMBER_ID,
            WHATSAPP_APP_SECRET=APP_SECRET,
            WHATSAPP_VERIFY_TOKEN=VERIFY_TOKEN,
            WHATSAPP_READ_TIMEOUT_SECONDS=2.0,
        ),
    ):
        client_module.reset_clients()
        yield fake
        client_module.reset_clients()


@pytest.fixture(autouse=True)
def _clean_cache() -> Iterator[None]:
    cache.clear()  # pair pauses and the token flag live there (this worktree's own Redis DB)
    yield
    cache.clear()


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch) -> RecordingEngine:
    recording = RecordingEngine()
    monkeypatch.setattr("conversations.engine.respond", recording.respond)
    return recording


@pytest.fixture
def hotel(db: None) -> Hotel:
    return Hotel.objects.create(
        name="Hotel Test", slug="hotel-test", pms_hotel_id=9001, default_language="es"
    )
