"""One channel-layer subscription per process and hotel, handed out to every console screen of that process.

With one group member per screen, channels-redis delivers a hotel event once per screen, one Redis
round trip each: 500 screens make 500 deliveries and the last screen waits for all of them. Here
each process joins a hotel's group once, on a channel of its own, and passes every event to its
local screens directly, so an event costs one delivery per process whatever the number of screens.
"""

from __future__ import annotations

import asyncio
import json
import weakref
from typing import Any, Protocol

import structlog
from channels.layers import get_channel_layer

from conversations.events import hotel_group

log = structlog.get_logger(__name__)

# Group memberships expire in the channel layer (a day by default); renew well before.
RENEW_SECONDS = 600.0


class Screen(Protocol):
    async def send_frame(self, frame: str) -> None: ...


def console_frame(message: dict[str, Any]) -> str:
    """The JSON a console screen receives for a `console.event` of the channel layer."""
    return json.dumps(
        {
            "event": message["event"],
            "conversation_id": message["conversation_id"],
            "data": message.get("data", {}),
        },
        ensure_ascii=False,
        default=str,
    )


class _HotelFeed:
    def __init__(self, hotel_id: int) -> None:
        self.hotel_id = hotel_id
        self.screens: set[Screen] = set()
        self.channel = ""
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        layer = get_channel_layer()
        assert layer is not None
        # The default prefix: channels-redis reads every process-local channel from one list per prefix.
        self.channel = await layer.new_channel()
        await layer.group_add(hotel_group(self.hotel_id), self.channel)
        self.task = asyncio.get_running_loop().create_task(self._pump())

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
        layer = get_channel_layer()
        if layer is not None and self.channel:
            await layer.group_discard(hotel_group(self.hotel_id), self.channel)

    async def _pump(self) -> None:
        layer = get_channel_layer()
        assert layer is not None
        failures = 0
        while True:
            try:
                message = await asyncio.wait_for(layer.receive(self.channel), timeout=RENEW_SECONDS)
            except TimeoutError:
                await layer.group_add(hotel_group(self.hotel_id), self.channel)
                continue
            except asyncio.CancelledError:
                raise
            except Exception:
                failures += 1
                log.warning(
                    "console.feed_receive_failed", hotel_id=self.hotel_id, failures=failures, exc_info=True
                )
                await asyncio.sleep(min(0.1 * 2**failures, 5.0))
                continue
            failures = 0
            if message.get("type") != "console.event":
                continue
            # Serialised once for every screen: the payload is the same for all of them.
            frame = console_frame(message)
            screens = list(self.screens)
            results = await asyncio.gather(*(s.send_frame(frame) for s in screens), return_exceptions=True)
            for result in results:
                if isinstance(result, Exception):  # a screen closing right now; the others still get it
                    log.info(
                        "console.feed_screen_failed", hotel_id=self.hotel_id, error=type(result).__name__
                    )


class HotelFanout:
    """The screens of one event loop (one server process), by hotel."""

    def __init__(self) -> None:
        self._feeds: dict[int, _HotelFeed] = {}
        self._lock = asyncio.Lock()

    async def join(self, hotel_id: int, screen: Screen) -> None:
        async with self._lock:
            feed = self._feeds.get(hotel_id)
            if feed is None:
                feed = _HotelFeed(hotel_id)
                await feed.start()
                self._feeds[hotel_id] = feed
            feed.screens.add(screen)

    async def leave(self, hotel_id: int, screen: Screen) -> None:
        async with self._lock:
            feed = self._feeds.get(hotel_id)
            if feed is None:
                return
            feed.screens.discard(screen)
            if not feed.screens:
                del self._feeds[hotel_id]
                await feed.stop()


_fanouts: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, HotelFanout] = weakref.WeakKeyDictionary()


def hotel_fanout() -> HotelFanout:
    """The fan-out of the running event loop (a server has one; tests make one per test)."""
    loop = asyncio.get_running_loop()
    fanout = _fanouts.get(loop)
    if fanout is None:
        fanout = _fanouts[loop] = HotelFanout()
    return fanout
