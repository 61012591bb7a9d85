"""Builds the configured PMS adapter. Nothing else in the project imports an adapter directly."""

from __future__ import annotations

from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from pms_bridge.breaker import PmsCircuitBreaker, build_breaker
from pms_bridge.port import Pms
from pms_bridge.resilient import ResilientPms


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


@cache
def get_pms() -> ResilientPms:
    """The configured adapter wrapped in breaker, cache and metrics (one per process)."""
    adapter = build_adapter()
    return ResilientPms(adapter, breaker=build_breaker(adapter.name))


def current_breaker() -> PmsCircuitBreaker | None:
    """This process's breaker if `get_pms()` was built already (for the scrape gauge without Redis)."""
    if get_pms.cache_info().currsize == 0:
        return None
    return get_pms().breaker
