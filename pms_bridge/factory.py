"""Builds the configured PMS adapter. Nothing else in the project imports an adapter directly."""

from __future__ import annotations

from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from pms_bridge.port import Pms


@cache
def get_pms() -> Pms:
    backend = settings.PMS_BACKEND
    if backend == "demo":
        from pms_bridge.demo.adapter import DemoPms

        return DemoPms()
    if backend == "qloapps":
        from pms_bridge.qloapps.adapter import QloAppsPms

        return QloAppsPms.from_settings()
    raise ImproperlyConfigured(f"PMS_BACKEND must be 'demo' or 'qloapps', not {backend!r}")
