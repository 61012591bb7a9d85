"""The Redis channel layer, with a receive that a closing websocket can always cancel.

A consumer that closes cancels its pending `receive` and waits for it to end. channels-redis
receives with a loop of blocking `BZPOPMIN`s, and redis-py can swallow a cancellation that lands at
the wrong moment of a blocking command (redis/redis-py#2028): the receive then loops until a message
comes, which on a process whose sockets are all closed is never. Its consumer never ends, and
uvicorn, which waits for every connection's task before it exits, took minutes to stop after 300
web chat sockets closed. Here the consumer's receive returns as soon as it is cancelled, and the
layer's own receive is cancelled again, every `REAP_SECONDS`, until it has really ended.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from channels_redis.core import RedisChannelLayer as BaseRedisChannelLayer

REAP_SECONDS = 0.5
_reapers: set[asyncio.Task[None]] = set()


class RedisChannelLayer(BaseRedisChannelLayer):
    async def receive(self, channel: str) -> dict[str, Any]:
        inner = asyncio.ensure_future(super().receive(channel))
        try:
            return await asyncio.shield(inner)
        except asyncio.CancelledError:
            cancel_until_done(inner)
            raise


def cancel_until_done(task: asyncio.Future[Any]) -> None:
    """Cancel `task` now and again until it ends, without making the caller wait for it."""
    task.add_done_callback(_retrieve)
    if task.done():
        return
    task.cancel()

    async def keep_cancelling() -> None:
        stopping = False
        while not task.done():
            try:
                await asyncio.wait([task], timeout=REAP_SECONDS)
            except asyncio.CancelledError:
                # The loop is closing and cancels every task once: the receive may swallow that one
                # too, and the loop would wait for it for ever. Go on cancelling it until it ends.
                stopping = True
            task.cancel()
        if stopping:
            raise asyncio.CancelledError

    reaper = asyncio.ensure_future(keep_cancelling())
    _reapers.add(reaper)  # a reference, or the loop may drop the task half-way
    reaper.add_done_callback(_reapers.discard)


def _retrieve(task: asyncio.Future[Any]) -> None:
    # Nobody awaits an abandoned receive: read its outcome so asyncio does not log it as lost.
    if not task.cancelled():
        with contextlib.suppress(Exception):
            task.exception()
