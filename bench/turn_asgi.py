"""ASGI entry for the guest-turn benchmark: the project's app, queueing on the bench's own queue."""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hotel_agent.settings")

from hotel_agent.asgi import application
from hotel_agent.celery import app as celery_app

celery_app.conf.task_default_queue = os.environ["BENCH_TURN_QUEUE"]

__all__ = ["application"]
