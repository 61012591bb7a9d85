"""Fixtures for the whole suite."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from channels.layers import channel_layers

# Every test's log lines are scanned for phones, e-mails, tokens and secrets (tests/support/log_scan.py).
pytest_plugins = ["tests.support.log_scan"]


@pytest.fixture(autouse=True)
def fresh_channel_layer() -> Iterator[None]:
    """Each test gets its own channel-layer instance.

    channels-redis binds a layer instance to the event loop that receives on it; a test whose loop
    closes mid-receive would otherwise leave the shared instance unusable for every later test.
    """
    channel_layers.backends.clear()
    yield
    channel_layers.backends.clear()


@pytest.fixture
def eager_celery() -> Iterator[None]:
    """Run Celery tasks inline for this test, as on the embedded defaults."""
    from celery._state import _set_task_join_will_block  # type: ignore[attr-defined]

    from hotel_agent.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous
    # Eager tasks from several threads at once race on Celery's process-wide "inside a task" flag
    # and can leave it set; later tests calling result.get() would then fail.
    _set_task_join_will_block(False)


@pytest.fixture(autouse=True)
def fresh_address_limits() -> Iterator[None]:
    """One test's failed logins or new web chat sessions never throttle another's (every test client comes
    from 127.0.0.1, and the whole suite starts more than an hour's allowance of chat sessions)."""
    yield
    from django.core.cache import cache

    delete_pattern = getattr(cache, "delete_pattern", None)
    if delete_pattern is not None:  # Redis
        delete_pattern("login-throttle:*")
        delete_pattern("webchat-sessions:*")
    else:
        cache.clear()


@pytest.fixture
def demo_pms() -> Iterator[None]:
    """The built-in demo PMS, with a clean adapter, breaker and cache before and after the test."""
    from django.test import override_settings

    from tests.support.pms import reset_pms_state

    with override_settings(PMS_BACKEND="demo"):
        reset_pms_state("demo")
        yield
        reset_pms_state("demo")


@pytest.fixture
def demo_hotel(db: None, demo_pms: None) -> Any:
    """The seeded demo hotel (rooms, rates, policy) on the demo PMS."""
    from tests.support.pms import seed_demo

    return seed_demo()
