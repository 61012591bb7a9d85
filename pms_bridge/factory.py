"""Builds the configured PMS adapter. Nothing else in the project imports an adapter directly."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from pms_bridge.breaker import PmsCircuitBreaker, build_breaker
from pms_bridge.port import Pms
from pms_bridge.resilient import ResilientPms

# A sandbox port for the current context only (a replay: `pms_override`); other threads and tasks keep
# the configured adapter.
_override: ContextVar[Pms | None] = ContextVar("pms_override", default=None)


def build_adapter() -> Pms:
    """The bare adapter of `PMS_BACKEND`, without breaker, cache or metrics."""
    backend = settings.PMS_BACKEND
    if backend == "demo":
        from pms_bridge.demo.adapter import DemoPms

        return DemoPms()
    if backend == "qloapps":
        from pms_bridge.qloapps.adapter import QloAppsPms

        return QloAppsPms.from_settings()
    raise ImproperlyConfigured(f"PMS_BACKEND must be 'demo' or 'qloapps', not {backend!r}")


def build_demo_adapter() -> Pms:
    """The built-in demo PMS whatever `PMS_BACKEND` says (a replay's fallback for reads)."""
    from pms_bridge.demo.adapter import DemoPms

    return DemoPms()


@cache
def configured_pms() -> ResilientPms:
    """The configured adapter wrapped in breaker, cache and metrics (one per process)."""
    adapter = build_adapter()
    return ResilientPms(adapter, breaker=build_breaker(adapter.name))


def get_pms() -> Pms:
    """The PMS every caller uses: the configured one, or the sandbox port set by `pms_override`."""
    override = _override.get()
    return override if override is not None else configured_pms()


@contextmanager
def pms_override(pms: Pms) -> Iterator[Pms]:
    """Within the block (this thread or task only), `get_pms()` is `pms`."""
    token = _override.set(pms)
    try:
        yield pms
    finally:
        _override.reset(token)


def current_breaker() -> PmsCircuitBreaker | None:
    """This process's breaker if the configured PMS was built already (for the scrape gauge without Redis)."""
    if configured_pms.cache_info().currsize == 0:
        return None
    return configured_pms().breaker
