"""Liveness and readiness probes.

Readiness checks each dependency with a short timeout and names the one that fails. The PMS result
is cached in the process for a few seconds so that frequent probes don't hammer QloApps.
"""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import redis
import structlog
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

log = structlog.get_logger(__name__)

PMS_RESULT_TTL_SECONDS = 5.0
CHECK_TIMEOUT_SECONDS = 2.0


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    detail: str
    ms: float


def _timed(check: Callable[[], str]) -> CheckResult:
    started = time.perf_counter()
    try:
        detail = check()
        ok = True
    except Exception as exc:
        detail = f"{type(exc).__name__}: {exc}"[:300]
        ok = False
    return CheckResult(ok=ok, detail=detail, ms=round((time.perf_counter() - started) * 1000, 1))


def check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return connection.vendor


def check_cache() -> str:
    key = f"health:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=5)
    if cache.get(key) != "1":
        raise RuntimeError("cache did not return the value just written")
    cache.delete(key)
    return type(cache).__name__


def check_channel_layer() -> str:
    if settings.REDIS_URL:
        # channels-redis has no ping; its server is the Redis of REDIS_URL.
        client = redis.Redis.from_url(
            settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1, health_check_interval=0
        )
        try:
            client.ping()
        finally:
            client.close()
        return "redis"
    layer = get_channel_layer()
    if layer is None:
        raise RuntimeError("no channel layer configured")

    async def round_trip() -> None:
        channel = await layer.new_channel()
        await layer.send(channel, {"type": "health.ping"})
        await asyncio.wait_for(layer.receive(channel), timeout=CHECK_TIMEOUT_SECONDS)

    async_to_sync(round_trip)()
    return type(layer).__name__


_pms_lock = threading.Lock()
_pms_cached: tuple[float, CheckResult] | None = None


def check_pms_cached() -> CheckResult:
    global _pms_cached
    with _pms_lock:
        now = time.monotonic()
        if _pms_cached and now - _pms_cached[0] < PMS_RESULT_TTL_SECONDS:
            return _pms_cached[1]
        result = _timed(check_pms)
        _pms_cached = (now, result)
        return result


def check_pms() -> str:
    from pms_bridge.factory import get_pms

    pms = get_pms()
    pms.ping()
    return pms.name


def reset_pms_cache() -> None:
    global _pms_cached
    with _pms_lock:
        _pms_cached = None


# Checks whose failure degrades the service without making it unready (e.g. WhatsApp sending halted
# while webhooks must still be stored): each returns a reason when degraded, None when fine.
DegradationCheck = Callable[[], str | None]
_degradation_checks: dict[str, DegradationCheck] = {}


def register_degradation_check(name: str, check: DegradationCheck) -> None:
    _degradation_checks[name] = check


def _degradations() -> dict[str, str]:
    found: dict[str, str] = {}
    for name, check in _degradation_checks.items():
        try:
            reason = check()
        except Exception as exc:
            reason = f"{type(exc).__name__}: {exc}"[:300]
        if reason:
            found[name] = reason
    return found


def _may_read_details(request: HttpRequest) -> bool:
    """Staff, or a request made on this host itself (not one relayed by a proxy on it)."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.is_staff:
        return True
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR") or request.META.get("HTTP_X_REAL_IP")
    return not forwarded and request.META.get("REMOTE_ADDR") in {"127.0.0.1", "::1"}


def readiness_by_check() -> dict[str, float]:
    """1 for each check that passes, 0 for each that fails (the `hotel_agent_ready` gauge); a
    degradation check (e.g. WhatsApp sending halted) counts as failing here, though it leaves the
    service ready, so an alert can name it."""
    results = {
        "database": _timed(check_database),
        "cache": _timed(check_cache),
        "channel_layer": _timed(check_channel_layer),
        "pms": check_pms_cached(),
    }
    values = {name: 1.0 if result.ok else 0.0 for name, result in results.items()}
    degraded = _degradations()
    for name in _degradation_checks:
        values[name] = 0.0 if name in degraded else 1.0
    return values


@require_GET
def live(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


@require_GET
def ready(request: HttpRequest) -> JsonResponse:
    results = {
        "database": _timed(check_database),
        "cache": _timed(check_cache),
        "channel_layer": _timed(check_channel_layer),
        "pms": check_pms_cached(),
    }
    failing = [name for name, result in results.items() if not result.ok]
    degraded = _degradations()
    status = "unavailable" if failing else ("degraded" if degraded else "ok")
    body: dict[str, object] = {"status": status, "failing": failing}
    # Error texts name hosts, users and versions: staff and probes on the host itself read them,
    # anyone else learns only which dependency fails.
    detailed = _may_read_details(request)
    for name, result in results.items():
        entry: dict[str, object] = {"status": "ok" if result.ok else "error", "ms": result.ms}
        if detailed:
            entry["detail"] = result.detail
        body[name] = entry
    for name, reason in degraded.items():
        body[name] = {"status": "degraded", **({"detail": reason} if detailed else {})}
        log.error("health.degraded", check=name)
    if failing:
        log.warning("health.not_ready", failing=failing)
    return JsonResponse(body, status=200 if not failing else 503)
