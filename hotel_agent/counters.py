"""Counters in the shared cache that several processes increment (Redis in production)."""

from __future__ import annotations

from django.core.cache import cache


def cache_count_up(key: str, *, ttl: int) -> int:
    """Add one to the counter at `key` (created at 1, living `ttl` seconds from then); the new value."""
    if cache.add(key, 1, timeout=ttl):
        return 1
    try:
        return int(cache.incr(key))  # atomic on Redis: parallel increments are all counted
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=ttl)
        return 1
