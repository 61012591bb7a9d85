"""ASGI entry for the benchmarks: the project's app, queueing on the bench's own queue.

`BENCH_PMS_DELAY_SECONDS`: a PMS that takes that long per call (`bench.slow_pms`).
"""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hotel_agent.settings")

from bench.slow_pms import install_from_env
from hotel_agent.asgi import application
from hotel_agent.celery import app as celery_app

celery_app.conf.task_default_queue = os.environ["BENCH_TURN_QUEUE"]
install_from_env()

__all__ = ["application"]
