"""Celery app for the guest-turn benchmark: the project's app on a queue of the bench's own."""

from __future__ import annotations

import os

from hotel_agent.celery import app

app.conf.task_default_queue = os.environ["BENCH_TURN_QUEUE"]

__all__ = ["app"]
