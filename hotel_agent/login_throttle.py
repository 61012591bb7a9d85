"""Login throttling for the three staff logins: `/admin/login/`, `/console/login/`, `POST /api/auth/token/`.

After `FAILURE_LIMIT` failed attempts for one username, or from one address, within `WINDOW`, every
attempt for it (the right password included) gets 429 with `Retry-After` until the window of the
first counted failure has passed. Counters live in the Django cache (Redis when configured, so every
worker process sees them; the in-process cache in the embedded defaults). The client address is
`REMOTE_ADDR`: uvicorn puts the address nginx forwards there (`--proxy-headers`, on by default).
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

import structlog
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.template.response import TemplateResponse

log = structlog.get_logger(__name__)

FAILURE_LIMIT = 10
WINDOW_SECONDS = 15 * 60
_KEY_PREFIX = "login-throttle"


@dataclass(frozen=True)
class Lockout:
    """Logins are refused for `retry_after` more seconds."""

    retry_after: int


def _subjects(*, username: str, address: str) -> list[str]:
    # Hashed: no username or address in cache keys (they show in Redis tools and dumps).
    subjects = []
    if username.strip():
        subjects.append("user:" + hashlib.sha256(username.strip().lower().encode()).hexdigest()[:32])
    if address:
        subjects.append("addr:" + hashlib.sha256(address.encode()).hexdigest()[:32])
    return subjects


def _keys(subject: str) -> tuple[str, str]:
    return f"{_KEY_PREFIX}:{subject}:count", f"{_KEY_PREFIX}:{subject}:since"


def _window_start(subject: str, now: float) -> float | None:
    """When the subject's current window of failures began; None when it has none (or it lapsed)."""
    since = cache.get(_keys(subject)[1])
    if since is None or now - float(since) >= WINDOW_SECONDS:
        return None
    return float(since)


def login_lockout(*, username: str, address: str) -> Lockout | None:
    """The lockout holding this username or address, or None when a login may be tried."""
    now = time.time()
    waits = []
    for subject in _subjects(username=username, address=address):
        since = _window_start(subject, now)
        if since is not None and int(cache.get(_keys(subject)[0]) or 0) >= FAILURE_LIMIT:
            waits.append(max(1, math.ceil(since + WINDOW_SECONDS - now)))
    return Lockout(retry_after=max(waits)) if waits else None


def login_failure_record(*, username: str, address: str) -> None:
    """Count one failed login against the username and the address."""
    now = time.time()
    for subject in _subjects(username=username, address=address):
        count_key, since_key = _keys(subject)
        if _window_start(subject, now) is None:  # first failure, or the last window lapsed: start anew
            cache.set_many({count_key: 0, since_key: now}, timeout=WINDOW_SECONDS + 60)
        try:
            count = cache.incr(count_key)  # atomic on Redis: parallel guesses are all counted
        except ValueError:  # the key expired in between
            count = 1
            cache.set(count_key, count, timeout=WINDOW_SECONDS + 60)
        if count == FAILURE_LIMIT:
            log.warning("login.locked", subject=subject.split(":")[0], failures=count)


def login_success_record(*, username: str) -> None:
    """A right password ends the username's run of failures (the address keeps its count)."""
    for subject in _subjects(username=username, address=""):
        cache.delete_many(_keys(subject))


def client_address(request: HttpRequest) -> str:
    return str(request.META.get("REMOTE_ADDR") or "")


def throttled_login_view(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """Wrap a Django form login view (the admin's, the console's): a POST while locked gets 429 with
    `Retry-After` and never reaches the password check; the outcome of every other POST is counted
    (a redirect is a login, the form shown again is a failure)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if request.method != "POST":
            return view(request, *args, **kwargs)
        username = str(request.POST.get("username", ""))
        address = client_address(request)
        lockout = login_lockout(username=username, address=address)
        if lockout is not None:
            return locked_response(request, lockout=lockout)
        response = view(request, *args, **kwargs)
        if response.status_code in (301, 302, 303):
            login_success_record(username=username)
        elif response.status_code == 200:
            login_failure_record(username=username, address=address)
        return response

    return wrapper


def locked_response(request: HttpRequest, *, lockout: Lockout) -> HttpResponse:
    """429 for a login page, in the staff member's language, with `Retry-After`."""
    log.warning("login.refused_while_locked", path=request.path, retry_after=lockout.retry_after)
    response = TemplateResponse(
        request,
        "login_throttled.html",
        {"retry_minutes": math.ceil(lockout.retry_after / 60)},
        status=429,
    )
    response["Retry-After"] = str(lockout.retry_after)
    return response.render()
