"""Celery app for the benchmarks: the project's app on a queue of the bench's own.

`BENCH_TASK_LOG`: record each task's start, end and SQL time (`bench.worker_probe`);
`BENCH_PMS_DELAY_SECONDS`: a PMS that takes that long per call (`bench.slow_pms`).
"""

from __future__ import annotations

import os

from bench.slow_pms import install_before_first_task
from hotel_agent.celery import app

app.conf.task_default_queue = os.environ["BENCH_TURN_QUEUE"]
if os.environ.get("BENCH_TASK_LOG"):
    import bench.worker_probe  # noqa: F401 - connects its signals

install_before_first_task()

__all__ = ["app"]
