from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import time_machine
from django.core.cache import cache
from django.test import Client, override_settings

from conversations.demo import seed as seed_knowledge
from conversations.engine.tests.whatsapp_guest import WhatsAppGuest
from hotel_agent.hotels.models import Hotel
from tests.fakes.graph import FakeGraph
from tests.fakes.qloapps import FakeQloApps
from tests.support.pms import qloapps_backend, reset_pms_state, seed_demo

# Wednesday 25 November 2026, 11:00 in Valencia: reception is open, "20 de marzo" is next March.
FROZEN_NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def frozen_clock() -> Iterator[None]:
    with time_machine.travel(FROZEN_NOW, tick=True):
        yield


@pytest.fixture
def demo_pms() -> Iterator[None]:
    with override_settings(PMS_BACKEND="demo", LLM_BASE_URL="", LLM_MODEL=""):
        reset_pms_state("demo")
        yield
        reset_pms_state("demo")


@pytest.fixture
def demo_hotel(db: None, frozen_clock: None, demo_pms: None) -> Hotel:
    cache.clear()  # this test run's own Redis DB (or local memory): no overrides cached by another test
    hotel = seed_demo()
    seed_knowledge(hotel=hotel)
    return hotel


# --- end to end: signed webhook → real engine → fake QloApps → fake Graph API ------------------------
@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    from channels_app.whatsapp import client as client_module
    from conversations.engine.tests.whatsapp_guest import ACCESS_TOKEN, APP_SECRET, PHONE_NUMBER_ID

    with (
        FakeGraph(access_token=ACCESS_TOKEN) as fake,
        override_settings(
            WHATSAPP_GRAPH_URL=fake.url,
            WHATSAPP_GRAPH_VERSION=fake.version,
            WHATSAPP_ACCESS_TOKEN=ACCESS_TOKEN,
            WHATSAPP_PHONE_NUMBER_ID=PHONE_NUMBER_ID,
            WHATSAPP_APP_SECRET=APP_SECRET,
            WHATSAPP_READ_TIMEOUT_SECONDS=2.0,
            LLM_BASE_URL="",
            LLM_MODEL="",
        ),
    ):
        client_module.reset_clients()
        cache.clear()
        yield fake
        client_module.reset_clients()
        cache.clear()


@pytest.fixture
def qloapps() -> Iterator[FakeQloApps]:
    with FakeQloApps() as fake, qloapps_backend(fake, PMS_CACHE_TTL_SECONDS=0):
        yield fake


@pytest.fixture
def qloapps_hotel(db: None, frozen_clock: None, qloapps: FakeQloApps) -> Hotel:
    """The demo hotel (Valencia, Spanish by default, its knowledge base) on the fake QloApps' hotel 1."""
    from hotel_agent.demo import seed_demo_hotel

    cache.clear()
    hotel = seed_demo_hotel()
    seed_knowledge(hotel=hotel)
    return hotel


@pytest.fixture
def whatsapp(
    client: Client,
    graph: FakeGraph,
    qloapps_hotel: Hotel,
    eager_celery: None,
    django_capture_on_commit_callbacks: Any,
) -> Callable[..., WhatsAppGuest]:
    """Make a guest; each delivery runs its after-commit work (turn, outbox send) before returning."""

    def make(phone: str, name: str = "Guest") -> WhatsAppGuest:
        return WhatsAppGuest(
            client=client, graph=graph, phone=phone, name=name, capture=django_capture_on_commit_callbacks
        )

    return make
