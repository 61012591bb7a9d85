from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import time_machine
from django.test import override_settings

from conversations.demo import seed as seed_knowledge
from reservations.models import Hotel
from tests.support.pms import reset_pms_state, seed_demo

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
    hotel = seed_demo()
    seed_knowledge(hotel=hotel)
    return hotel
