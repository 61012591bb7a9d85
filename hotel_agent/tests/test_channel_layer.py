"""The server stops promptly after many web chat sockets closed: a consumer's channel-layer receive
ends when cancelled, even when redis-py swallows the cancellation of its blocking read."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from hotel_agent import channel_layer
from tests.support.asgi_server import AsgiServer

pytestmark = pytest.mark.skipif(not settings.REDIS_URL, reason="the Redis channel layer needs REDIS_URL")


@pytest.fixture
def hotel(db: None) -> Any:
    from conversations.tests.factories import HotelFactory

    return HotelFactory.create(name="Hotel Sol", slug="hotel-sol")


@pytest.mark.asyncio
async def test_a_cancelled_receive_returns_at_once_even_if_the_layer_swallows_the_cancel(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from channels_redis.core import RedisChannelLayer as Base

    ended = asyncio.Event()

    async def swallowing_receive(self: Any, channel: str) -> dict[str, Any]:
        # As redis-py can: the first cancellation is lost and the blocking loop goes on.
        swallowed = False
        try:
            while True:
                try:
                    await asyncio.sleep(3600)
                except asyncio.CancelledError:
                    if swallowed:
                        raise
                    swallowed = True
        finally:
            ended.set()

    monkeypatch.setattr(Base, "receive", swallowing_receive)
    monkeypatch.setattr(channel_layer, "REAP_SECONDS", 0.05)
    layer = channel_layer.RedisChannelLayer(hosts=[settings.REDIS_URL])
    receiving = asyncio.ensure_future(layer.receive("specific.test!one"))
    await asyncio.sleep(0.05)
    receiving.cancel()
    # Bounds that fail only on a hang: the consumer is free at once, the layer's loop soon after.
    await asyncio.wait_for(asyncio.gather(receiving, return_exceptions=True), timeout=10)
    assert receiving.cancelled()
    await asyncio.wait_for(ended.wait(), timeout=10)


@pytest.mark.django_db(transaction=True)
def test_the_server_stops_promptly_after_many_chat_sockets_closed(hotel: Any) -> None:
    import websockets
    from django.core.cache import cache

    from channels_app.webchat import limits

    cache.clear()  # the sessions and pages counted per address and guest (all of them 127.0.0.1 here)
    sockets_per_guest = limits.SOCKETS_PER_SESSION
    cookies = []
    for _ in range(24):  # 120 pages, each guest with as many as the limit allows
        client = Client()
        assert client.post(f"/chat/{hotel.slug}/session/").status_code == 204
        cookies.append(f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}")

    from hotel_agent.asgi import application

    server = AsgiServer(application)
    server.start()
    try:

        async def open_and_close_all() -> int:
            url = server.url.replace("http://", "ws://") + f"/ws/chat/{hotel.slug}/"
            pages = []
            for index in range(len(cookies) * sockets_per_guest):
                page = await websockets.connect(
                    url,
                    additional_headers={"Cookie": cookies[index // sockets_per_guest], "Origin": server.url},
                )
                await page.recv()  # the history: the consumer is listening on the channel layer
                pages.append(page)
            await asyncio.gather(*(page.close() for page in pages))
            return len(pages)

        assert asyncio.run(open_and_close_all()) == 120
    finally:
        stopping = threading.Thread(target=server.stop, daemon=True)
        stopping.start()
        stopping.join(timeout=60)
        server._thread.join(timeout=60)  # a bound that fails only on a hang (it takes about a second)
    assert not server._thread.is_alive(), "the server hung on stopping"
