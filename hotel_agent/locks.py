"""Named locks that hold across processes and machines when Redis is configured.

With `REDIS_URL` set: a Redis lock (SET NX with expiry, released only by its owner's token).
Without it (the embedded single-process default): a process-local lock per name.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

import redis
import structlog
from django.conf import settings

log = structlog.get_logger(__name__)


class LockTimeout(Exception):
    """The lock could not be acquired in time: someone else holds it."""


@cache
def redis_client() -> redis.Redis:
    return redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=2, socket_timeout=5)


_local_guard = threading.Lock()
_local_locks: dict[str, threading.Lock] = {}


def _local_lock(name: str) -> threading.Lock:
    with _local_guard:
        return _local_locks.setdefault(name, threading.Lock())


@contextmanager
def named_lock(name: str, *, timeout: float = 30.0, wait: float = 10.0) -> Iterator[None]:
    """Hold the lock `name` for at most `timeout` seconds, waiting up to `wait` to get it."""
    key = f"hotel_agent:lock:{name}"
    if settings.REDIS_URL:
        lock = redis_client().lock(key, timeout=timeout, blocking_timeout=wait, thread_local=False)
        if not lock.acquire():
            raise LockTimeout(name)
        try:
            yield
        finally:
            try:
                lock.release()
            except redis.exceptions.LockError:
                # Expired while held: the work took longer than `timeout`; say so loudly.
                log.error("lock.expired_while_held", lock=name, timeout=timeout)
        return
    local = _local_lock(key)
    if not local.acquire(timeout=wait):
        raise LockTimeout(name)
    try:
        yield
    finally:
        local.release()
