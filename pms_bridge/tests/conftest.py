from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import override_settings

from hotel_agent.hotels.models import Hotel
from tests.support.pms import reset_pms_state, seed_demo


@pytest.fixture
def demo_pms() -> Iterator[None]:
    with override_settings(PMS_BACKEND="demo"):
        reset_pms_state("demo")
        yield
        reset_pms_state("demo")


@pytest.fixture
def demo_hotel(db: None, demo_pms: None) -> Hotel:
    return seed_demo()
