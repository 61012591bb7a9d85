"""The Celery app, and the signals that carry the correlation id from publisher to task."""

from __future__ import annotations

import os
import time
from typing import Any

import structlog
from celery import Celery, signals

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hotel_agent.settings")

app = Celery("hotel_agent")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Not "correlation_id": Celery already uses that name for the task id.
CORRELATION_HEADER = "hotel_agent_correlation_id"


@signals.worker_process_init.connect
def warm_up_worker(**_: Any) -> None:
    from hotel_agent.warmup import warm_up_in_background

    warm_up_in_background()


@signals.worker_init.connect
def serve_worker_metrics(**_: Any) -> None:
    """With WORKER_METRICS_PORT set, the worker's main process serves /metrics for all its children."""
    port = os.environ.get("WORKER_METRICS_PORT", "")
    if port:
        from hotel_agent.metrics import start_worker_metrics_server

        start_worker_metrics_server(int(port), os.environ.get("WORKER_METRICS_ADDRESS", "0.0.0.0"))  # noqa: S104


# Eager tasks run inside the caller's context: what they bind is undone when they end.
_eager_saved_context: dict[str, dict[str, Any]] = {}


@signals.before_task_publish.connect
def add_correlation_header(headers: dict[str, Any] | None = None, **_: Any) -> None:
    from hotel_agent.correlation import current_correlation_id

    correlation_id = current_correlation_id()
    if headers is not None and correlation_id and CORRELATION_HEADER not in headers:
        headers[CORRELATION_HEADER] = correlation_id


@signals.task_prerun.connect
def bind_task_correlation(task: Any = None, task_id: str | None = None, **_: Any) -> None:
    from hotel_agent.correlation import bind_correlation_id, current_correlation_id, new_correlation_id

    if task is not None and getattr(task.request, "is_eager", False):
        _eager_saved_context[str(task_id)] = structlog.contextvars.get_contextvars()
        if not current_correlation_id():
            structlog.contextvars.bind_contextvars(correlation_id=new_correlation_id())
        structlog.contextvars.bind_contextvars(task_id=task_id, task=getattr(task, "name", None))
        return
    header = getattr(task.request, CORRELATION_HEADER, None) if task is not None else None
    bind_correlation_id(str(header) if header else new_correlation_id())
    structlog.contextvars.bind_contextvars(task_id=task_id, task=getattr(task, "name", None))


@signals.task_postrun.connect
def unbind_task_correlation(task: Any = None, task_id: str | None = None, **_: Any) -> None:
    saved = _eager_saved_context.pop(str(task_id), None)
    structlog.contextvars.clear_contextvars()
    if saved is not None:
        structlog.contextvars.bind_contextvars(**saved)


# Task durations and outcomes for /metrics (hotel_agent_task_seconds, hotel_agent_tasks_total).
_task_started: dict[str, float] = {}
_TASK_OUTCOMES = {"SUCCESS": "success", "RETRY": "retry", "FAILURE": "failure"}


@signals.task_prerun.connect
def start_task_timer(task_id: str | None = None, **_: Any) -> None:
    _task_started[str(task_id)] = time.perf_counter()


@signals.task_postrun.connect
def record_task_metrics(
    task: Any = None, task_id: str | None = None, state: str | None = None, **_: Any
) -> None:
    from hotel_agent.metrics import TASK_SECONDS, TASKS

    started = _task_started.pop(str(task_id), None)
    name = str(getattr(task, "name", "unknown"))
    if started is not None:
        TASK_SECONDS.labels(task=name).observe(time.perf_counter() - started)
    TASKS.labels(task=name, outcome=_TASK_OUTCOMES.get(str(state), "other")).inc()
