"""Limits of the guest web chat that hold across sockets and server processes (the shared cache).

One guest (a session token) gets `SESSION_MESSAGES_PER_MINUTE` messages and `SOCKETS_PER_SESSION`
open pages; one address gets `ADDRESS_MESSAGES_PER_MINUTE` (a hotel lobby's guests share one) and
starts `SESSIONS_PER_ADDRESS_PER_HOUR` chat sessions. A frame larger than `MAX_FRAME_BYTES` is
refused before it is parsed. Windows are fixed minutes (hours for sessions): cheap, and exact enough
to stop a flood of engine turns, PMS lookups and session rows.
"""

from __future__ import annotations

import contextlib
import time

from django.core.cache import cache

from hotel_agent.counters import cache_count_up

SESSION_MESSAGES_PER_MINUTE = 20
ADDRESS_MESSAGES_PER_MINUTE = 60
SOCKETS_PER_SESSION = 5
MAX_FRAME_BYTES = 16 * 1024
# Chat sessions one address may start per hour (a hotel lobby's guests share one address).
SESSIONS_PER_ADDRESS_PER_HOUR = 60
# A socket counter outlives a server that died without disconnects by at most this long.
SOCKET_COUNT_TTL_SECONDS = 3600


def message_allowed(*, token: str, address: str | None) -> bool:
    """Count one message of this guest and address; False once either is over its minute's share."""
    minute = int(time.time() // 60)
    if cache_count_up(f"webchat-rate:s:{token}:{minute}", ttl=120) > SESSION_MESSAGES_PER_MINUTE:
        return False
    return not (
        address
        and cache_count_up(f"webchat-rate:a:{address}:{minute}", ttl=120) > ADDRESS_MESSAGES_PER_MINUTE
    )


def socket_open(*, token: str) -> bool:
    """Count an opening page of this guest; False (and not counted) beyond the cap."""
    key = f"webchat-sockets:{token}"
    if cache_count_up(key, ttl=SOCKET_COUNT_TTL_SECONDS) > SOCKETS_PER_SESSION:
        socket_close(token=token)
        return False
    return True


def socket_close(*, token: str) -> None:
    with contextlib.suppress(ValueError):  # expired: nothing to give back
        cache.decr(f"webchat-sockets:{token}")


def session_start_retry_after(*, address: str) -> int:
    """Count a new chat session from `address`; 0 while allowed, else the seconds until the next hour."""
    now = time.time()
    hour = int(now // 3600)
    if cache_count_up(f"webchat-sessions:{address}:{hour}", ttl=3700) <= SESSIONS_PER_ADDRESS_PER_HOUR:
        return 0
    return max(1, int((hour + 1) * 3600 - now))
