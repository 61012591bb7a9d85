"""A real Celery worker process for a test: the production shape (Redis broker, PostgreSQL)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connection

from tests.support.prereqs import require_or_skip

ROOT = Path(__file__).resolve().parents[2]
# A worker's start (Django, the language models) took over 40 s on a loaded 2-core machine with the suite on two
# xdist workers: the tests' own waits then timed the start instead of the pipeline, so the worker is awaited first.
READY_SECONDS = 180.0


def test_database_url() -> str:
    """The test database pytest-django made, as a URL the worker can use."""
    db = connection.settings_dict
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or "5432"
    user = db.get("USER") or "postgres"
    return f"postgres://{user}@{host}:{port}/{db['NAME']}"


@contextmanager
def celery_worker(env: dict[str, str] | None = None, *, engine: str = "recording") -> Iterator[str]:
    """Run `tests.support.celery_worker` on a queue of its own; tasks queued meanwhile go to it.

    `engine`: "recording" (the test engine of tests/support/engine.py) or "real" (the receptionist).
    Skips unless REDIS_URL and PostgreSQL are configured. Yields the queue name.
    """
    if not settings.REDIS_URL or connection.vendor != "postgresql":
        require_or_skip("needs REDIS_URL and PostgreSQL")
    from hotel_agent.celery import app

    queue = f"it-{uuid.uuid4().hex[:8]}"
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.support.celery_worker", queue, engine],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_ENV": "test",
            "CELERY_EAGER": "false",
            "DATABASE_URL": test_database_url(),
            **(env or {}),
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    previous = (app.conf.task_always_eager, app.conf.task_default_queue)
    app.conf.task_always_eager = False
    app.conf.task_default_queue = queue
    try:
        _wait_until_taking_tasks(process, queue)
        yield queue
    finally:
        app.conf.task_always_eager, app.conf.task_default_queue = previous
        process.terminate()
        try:
            output, _ = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
        if output.strip():
            print(output[-4000:])
        with app.connection_for_write() as conn:
            conn.default_channel.queue_purge(queue)  # type: ignore[attr-defined]


def _wait_until_taking_tasks(process: subprocess.Popen[str], queue: str) -> None:
    """Return once the worker has run a task from `queue`; fail at once if it exits instead."""
    from hotel_agent.tasks import echo_correlation

    result = echo_correlation.apply_async(("ready",), queue=queue)
    deadline = time.monotonic() + READY_SECONDS
    while not result.ready():
        if process.poll() is not None:
            raise RuntimeError(f"the Celery worker exited with {process.returncode} before taking a task")
        if time.monotonic() > deadline:
            raise RuntimeError(f"the Celery worker took no task in {READY_SECONDS:.0f} s")
        time.sleep(0.1)
    result.forget()


def wait_until(condition: Callable[[], object], timeout: float = 40.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False
