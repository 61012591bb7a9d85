"""Queueing Celery tasks: the one place that decides how a task leaves the caller.

- With a broker (production shape): `apply_async`, so a request or a websocket consumer only
  publishes and returns; a worker process does the work.
- Embedded defaults (`make run`: no broker, Celery eager): the task runs eagerly, but on a small
  pool of background threads of this process (`CELERY_EAGER_IN_BACKGROUND`, on in development), so
  a web-chat turn or a webhook still never runs inside the request or the consumer that queued it.
  Countdowns become timers on that pool.
- Eager without the background pool (unit tests, `manage.py chat`): the task runs inline, as
  Celery's eager mode documents; the tests of the production shape use a real worker instead.

A publish that fails (broker down) is logged and dropped: every caller's work is stored first, and
the sweeper (`channels_app.outbox_sweep`) queues it again.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any

import structlog
from django.conf import settings
from django.db import connections, transaction

log = structlog.get_logger(__name__)

EMBEDDED_THREADS = 4

_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _eager() -> bool:
    from hotel_agent.celery import app

    return bool(app.conf.task_always_eager)


def _embedded_pool() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=EMBEDDED_THREADS, thread_name_prefix="embedded-task")
        return _pool


def _run_in_background(task: Any, args: tuple[Any, ...]) -> None:
    try:
        task.apply(args)
    except Exception:
        log.exception("task.failed_in_background", task=task.name)
    finally:
        connections.close_all()  # this thread's own connections


def _submit(function: Callable[[], None]) -> None:
    context = contextvars.copy_context()  # the correlation id travels with the task
    _embedded_pool().submit(context.run, function)


def queue_task(task: Any, *args: Any, countdown: float | None = None) -> None:
    """Publish `task(*args)` now (at most `countdown` seconds later). Never raises."""
    try:
        if not _eager():
            task.apply_async(args, countdown=countdown)
        elif settings.CELERY_EAGER_IN_BACKGROUND:
            if countdown:
                timer = threading.Timer(countdown, _submit, (partial(_run_in_background, task, args),))
                timer.daemon = True
                timer.start()
            else:
                _submit(partial(_run_in_background, task, args))
        elif not countdown:
            # `apply`, not `apply_async`: eager apply_async still takes a broker producer (and kombu
            # warns "No hostname was supplied" for the memory broker) only to run the task inline.
            task.apply(args)
        # Eager and inline with a countdown: nothing waits inline; the sweeper runs it when due.
    except Exception:
        log.warning("task.not_queued", task=getattr(task, "name", str(task)), exc_info=True)


def queue_on_commit(task: Any, *args: Any, countdown: float | None = None) -> None:
    """Publish `task(*args)` once the current transaction commits (at once outside one)."""
    transaction.on_commit(partial(queue_task, task, *args, countdown=countdown))


# The queues workers consume (compose and systemd start one worker per queue); speech notes have
# their own so a burst of transcriptions never delays a guest's turn.
WATCHED_QUEUES = ("celery", "speech")
# kombu's Redis transport keeps a queue's prioritised messages in sibling lists named with these steps.
_PRIORITY_SEPARATOR = "\x06\x16"
_PRIORITY_STEPS = (3, 6, 9)


def celery_queue_lengths() -> dict[str, float]:
    """Tasks waiting in the broker per queue (the `hotel_agent_celery_queue_length` gauge).

    Without a broker (embedded mode) nothing waits anywhere: every queue reads 0.
    """
    from hotel_agent.celery import app

    queues = {str(app.conf.task_default_queue), *WATCHED_QUEUES}
    for route in (app.conf.task_routes or {}).values() if isinstance(app.conf.task_routes, dict) else ():
        if isinstance(route, dict) and route.get("queue"):
            queues.add(str(route["queue"]))
    if not settings.REDIS_URL:
        return dict.fromkeys(queues, 0.0)
    import redis

    client = redis.Redis.from_url(
        settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1, health_check_interval=0
    )
    try:
        pipe = client.pipeline(transaction=False)
        ordered = sorted(queues)
        for queue in ordered:
            pipe.llen(queue)
            for step in _PRIORITY_STEPS:
                pipe.llen(f"{queue}{_PRIORITY_SEPARATOR}{step}")
        counts = pipe.execute()
    finally:
        client.close()
    width = 1 + len(_PRIORITY_STEPS)
    return {queue: float(sum(counts[i * width : (i + 1) * width])) for i, queue in enumerate(ordered)}
