"""ASGI entry for the webhook benchmark: the project's app with the bench URLconf and queue."""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hotel_agent.settings")

from django.conf import settings

from hotel_agent.asgi import application
from hotel_agent.celery import app as celery_app

settings.ROOT_URLCONF = "bench.webhook_site"
# Processing tasks go to a queue of the bench's own, purged afterwards: nobody processes them.
celery_app.conf.task_default_queue = os.environ["BENCH_WEBHOOK_QUEUE"]

__all__ = ["application"]
