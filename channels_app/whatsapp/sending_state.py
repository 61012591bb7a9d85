"""Shared pauses of the WhatsApp sender, kept in the cache (Redis when configured) so every worker obeys.

- the pair limit: after Meta says 131056, nothing more to that guest for 6 seconds;
- the number's throughput: after 130429, a short pause for everyone;
- the access token: after 190, no sending at all (readiness degraded) until the pause ends or the
  token changes; then one send tries again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time

from django.conf import settings
from django.core.cache import cache

PAIR_PAUSE_SECONDS = 6.0
THROUGHPUT_PAUSE_SECONDS = 2.0
TOKEN_PAUSE_SECONDS = 15 * 60


def _pair_key(recipient: str) -> str:
    digest = hashlib.sha256(recipient.encode()).hexdigest()[:16]  # no phone number in cache keys
    return f"whatsapp:pair_pause:{digest}"


def _token_key() -> str:
    digest = hashlib.sha256(settings.WHATSAPP_ACCESS_TOKEN.encode()).hexdigest()[:12]
    return f"whatsapp:token_invalid:{digest}"


THROUGHPUT_KEY = "whatsapp:throughput_pause"


def pause_pair(recipient: str, seconds: float = PAIR_PAUSE_SECONDS) -> float:
    until = time.time() + seconds
    cache.set(_pair_key(recipient), until, timeout=int(seconds) + 1)
    return until


def pause_throughput(seconds: float = THROUGHPUT_PAUSE_SECONDS) -> float:
    until = time.time() + seconds
    cache.set(THROUGHPUT_KEY, until, timeout=int(seconds) + 1)
    return until


def paused_until(recipient: str) -> float | None:
    """When sending to `recipient` may go on (epoch seconds), or None if it may now."""
    values = cache.get_many([_pair_key(recipient), THROUGHPUT_KEY])
    until = max((float(v) for v in values.values()), default=0.0)
    return until if until > time.time() else None


def mark_token_invalid() -> None:
    cache.set(_token_key(), time.time(), timeout=TOKEN_PAUSE_SECONDS)


def token_invalid_since() -> dt.datetime | None:
    value = cache.get(_token_key())
    return dt.datetime.fromtimestamp(float(value), tz=dt.UTC) if value else None


def clear_token_invalid() -> None:
    cache.delete(_token_key())


def sending_halted_reason() -> str | None:
    """For readiness: why WhatsApp sending is halted, or None while it works."""
    since = token_invalid_since()
    if since is None:
        return None
    return f"access token rejected by Meta (190) at {since.isoformat(timespec='seconds')}; sending halted"
