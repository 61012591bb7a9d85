"""A PMS that takes its time: the configured adapter with a fixed delay before every call.

Installed by the benchmarks' own ASGI and Celery entry modules (never by the project) when
`BENCH_PMS_DELAY_SECONDS` is set, before anything builds the process's PMS, so every PMS call of
that process (the read cache and the breaker still in front of it) waits that long first.
"""

from __future__ import annotations

import os
import time
from typing import Any


class SlowPms:
    """Delegates everything to the adapter; its methods sleep `seconds` before they run."""

    def __init__(self, inner: Any, seconds: float) -> None:
        self._inner = inner
        self._seconds = seconds

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._inner, name)
        if name.startswith("_") or not callable(value):
            return value

        def slow(*args: Any, **kwargs: Any) -> Any:
            time.sleep(self._seconds)
            return value(*args, **kwargs)

        return slow


def install_from_env() -> float:
    """Wrap the PMS this process builds when `BENCH_PMS_DELAY_SECONDS` > 0; returns the delay."""
    seconds = float(os.environ.get("BENCH_PMS_DELAY_SECONDS") or 0)
    if seconds <= 0:
        return 0.0
    from pms_bridge import factory

    build = factory.build_adapter

    def slow_adapter() -> Any:
        return SlowPms(build(), seconds)

    factory.build_adapter = slow_adapter
    factory.configured_pms.cache_clear()
    return seconds


def install_before_first_task() -> None:
    """In a Celery worker: install at the first task, once Django is set up (see `install_from_env`)."""
    from celery import signals

    done: list[bool] = []

    @signals.task_prerun.connect(weak=False)
    def _install(**_: Any) -> None:
        if not done:
            done.append(True)
            install_from_env()
