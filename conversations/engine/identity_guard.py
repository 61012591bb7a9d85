"""Guessing a booking's e-mail is limited per booking, not only per conversation.

A conversation allows `MAX_IDENTITY_ATTEMPTS` wrong answers; a new web-chat session or phone would
give a guesser more. So wrong answers are also counted per hotel and booking reference in the shared
cache: after `REFERENCE_FAILURES_PER_DAY` within a day, the identity check for that reference is
refused in every conversation (the guest is told to ask reception) until the day has passed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.cache import cache

from hotel_agent.counters import cache_count_up

REFERENCE_FAILURES_PER_DAY = 6
WINDOW_SECONDS = 24 * 3600

# Within `counted_apart()` (a replay) wrong answers are counted here only: a replay of old guesses
# must never lock a real booking's identity check.
_apart: ContextVar[dict[str, int] | None] = ContextVar("identity_failures_apart", default=None)


def _key(hotel_id: int, reference: str) -> str:
    return f"identity-fail:{hotel_id}:{reference.strip().upper()[:64]}"


@contextmanager
def counted_apart() -> Iterator[None]:
    token = _apart.set({})
    try:
        yield
    finally:
        _apart.reset(token)


def reference_locked(*, hotel_id: int, reference: str) -> bool:
    apart = _apart.get()
    if apart is not None:
        return apart.get(_key(hotel_id, reference), 0) >= REFERENCE_FAILURES_PER_DAY
    return int(cache.get(_key(hotel_id, reference), 0)) >= REFERENCE_FAILURES_PER_DAY


def reference_failure_record(*, hotel_id: int, reference: str) -> int:
    """Count one wrong answer for this booking; the count so far."""
    apart = _apart.get()
    if apart is not None:
        key = _key(hotel_id, reference)
        apart[key] = apart.get(key, 0) + 1
        return apart[key]
    return cache_count_up(_key(hotel_id, reference), ttl=WINDOW_SECONDS)
