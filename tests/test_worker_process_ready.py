"""The real Celery worker of tests/support is awaited until it takes tasks, and a worker that dies says so."""

from __future__ import annotations

import time

import pytest

from tests.support.worker_process import celery_worker

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def test_a_worker_that_cannot_start_fails_the_fixture_at_once() -> None:
    started = time.monotonic()
    with (
        pytest.raises(RuntimeError, match="exited with"),
        celery_worker({"DJANGO_ENV": "no-such-environment"}),
    ):
        pass
    assert time.monotonic() - started < 120


def test_the_worker_has_taken_a_task_when_the_fixture_yields() -> None:
    from hotel_agent.celery import app
    from hotel_agent.tasks import echo_correlation

    with celery_worker() as queue:
        # Already taking tasks: a task is answered well within a fresh worker's start time.
        answered = echo_correlation.apply_async(("after-ready",), queue=queue)
        answered.get(timeout=15)
        assert answered.successful()
    assert app.conf.task_default_queue != queue
