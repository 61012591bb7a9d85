"""Fixtures for the whole suite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from channels.layers import channel_layers


@pytest.fixture(autouse=True)
def fresh_channel_layer() -> Iterator[None]:
    """Each test gets its own channel-layer instance.

    channels-redis binds a layer instance to the event loop that receives on it; a test whose loop
    closes mid-receive would otherwise leave the shared instance unusable for every later test.
    """
    channel_layers.backends.clear()
    yield
    channel_layers.backends.clear()
