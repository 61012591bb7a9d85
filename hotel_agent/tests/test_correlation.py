"""A correlation id follows a request into its log lines and into the Celery tasks it starts."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import structlog
from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.test import Client
from django.urls import path

from hotel_agent.correlation import bind_correlation_id
from hotel_agent.tasks import echo_correlation
from tests.support.prereqs import require_or_skip

ROOT = Path(__file__).resolve().parents[2]
log = structlog.get_logger("test.correlation")


def logging_view(request: HttpRequest) -> JsonResponse:
    log.info("test.view_called")
    task_correlation = echo_correlation.apply(args=("from-view",)).get()
    return JsonResponse({"task_correlation_id": task_correlation})


urlpatterns = [path("log/", logging_view)]


@pytest.fixture
def client_with_logging_view(settings: object) -> Client:
    settings.ROOT_URLCONF = __name__  # type: ignore[attr-defined]
    return Client()


def test_request_id_header_is_returned_and_bound_to_log_lines(
    client_with_logging_view: Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    response = client_with_logging_view.get("/log/", HTTP_X_REQUEST_ID="req-abc-123")
    assert response["X-Request-ID"] == "req-abc-123"
    events = [
        r.msg for r in caplog.records if isinstance(r.msg, dict) and r.msg.get("event") == "test.view_called"
    ]
    assert events and events[0]["correlation_id"] == "req-abc-123"
    # The eager task ran under the same id.
    assert response.json()["task_correlation_id"] == "req-abc-123"


def test_request_without_id_gets_a_generated_one(client_with_logging_view: Client) -> None:
    first = client_with_logging_view.get("/log/")["X-Request-ID"]
    second = client_with_logging_view.get("/log/")["X-Request-ID"]
    assert len(first) == 32 and first != second


def test_unsafe_request_id_is_replaced(client_with_logging_view: Client) -> None:
    response = client_with_logging_view.get("/log/", HTTP_X_REQUEST_ID="evil\nline injected")
    assert response["X-Request-ID"] != "evil\nline injected"
    assert "\n" not in response["X-Request-ID"]


@pytest.fixture
def celery_worker_process(tmp_path: Path) -> Iterator[Path]:
    """A real Celery worker process on the test Redis, logging JSON lines to a file."""
    if not settings.REDIS_URL:
        require_or_skip("needs REDIS_URL")
    env = {**os.environ, "CELERY_EAGER": "false", "DJANGO_ENV": "test", "LOG_FORMAT": "json"}
    log_path = tmp_path / "worker.log"
    log_file = log_path.open("w")
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "hotel_agent",
            "worker",
            "--pool=solo",
            "--loglevel=INFO",
            "-Q",
            "correlation-test",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=env,
        stdout=log_file,
        stderr=subprocess.STDOUT,
    )
    try:
        yield log_path
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=10)
        except subprocess.TimeoutExpired:
            worker.kill()
        log_file.close()


@pytest.mark.integration
def test_correlation_id_reaches_a_task_in_a_real_worker(celery_worker_process: Path) -> None:
    from hotel_agent.celery import app

    bind_correlation_id("corr-worker-7")
    previous = app.conf.task_always_eager
    app.conf.task_always_eager = False
    try:
        result = echo_correlation.apply_async(args=("real-worker",), queue="correlation-test")
        assert result.get(timeout=180) == "corr-worker-7"
    finally:
        app.conf.task_always_eager = previous
        structlog.contextvars.clear_contextvars()
    # The worker's own log line for the task is JSON and carries the caller's id.
    lines = [
        json.loads(line) for line in celery_worker_process.read_text().splitlines() if line.startswith("{")
    ]
    task_lines = [line for line in lines if line.get("event") == "task.echo_correlation"]
    assert task_lines and task_lines[0]["correlation_id"] == "corr-worker-7"
    assert task_lines[0]["label"] == "real-worker"


def test_eager_task_leaves_the_callers_log_context_as_it_was() -> None:
    structlog.contextvars.clear_contextvars()
    inside = echo_correlation.apply(args=("no-caller-id",)).get()
    assert inside  # the task had an id of its own to log with
    assert structlog.contextvars.get_contextvars() == {}

    bind_correlation_id("caller-1")
    assert echo_correlation.apply(args=("with-caller-id",)).get() == "caller-1"
    assert structlog.contextvars.get_contextvars() == {"correlation_id": "caller-1"}
    structlog.contextvars.clear_contextvars()
