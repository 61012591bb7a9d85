"""The operations metrics: queue length read from the broker, labelled scrape gauges, readiness per
check, a worker's own registry, bookings and task outcomes counted."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
import redis
from django.conf import settings
from prometheus_client import generate_latest

from hotel_agent import metrics
from hotel_agent.queueing import celery_queue_lengths


@pytest.mark.integration
def test_queue_length_counts_the_broker_lists_with_their_priority_siblings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not settings.REDIS_URL:
        pytest.skip("needs REDIS_URL")
    from hotel_agent.celery import app

    queue = f"ops-test-{uuid.uuid4().hex[:8]}"
    default_queue = app.conf.task_default_queue
    app.conf.task_default_queue = queue
    client = redis.Redis.from_url(settings.REDIS_URL)
    try:
        client.rpush(queue, "a", "b", "c")
        client.rpush(f"{queue}\x06\x166", "d")
        lengths = celery_queue_lengths()
    finally:
        client.delete(queue, f"{queue}\x06\x166")
        client.close()
        app.conf.task_default_queue = default_queue
    assert lengths[queue] == 4.0
    assert {"celery", "speech"} <= set(lengths)


def test_a_labelled_gauge_that_cannot_read_its_store_is_named_without_samples() -> None:
    def broken() -> dict[str, float]:
        raise ConnectionError("store down")

    metrics.register_labelled_scrape_gauge("hotel_agent_test_broken", "A test gauge.", "queue", broken)
    metrics.register_labelled_scrape_gauge(
        "hotel_agent_test_fine", "A test gauge.", "queue", lambda: {"a": 2}
    )
    try:
        text = generate_latest(metrics.REGISTRY).decode()
    finally:
        metrics._labelled_scrape_gauges.pop("hotel_agent_test_broken")
        metrics._labelled_scrape_gauges.pop("hotel_agent_test_fine")
    assert "# TYPE hotel_agent_test_broken gauge" in text
    assert "hotel_agent_test_broken{" not in text
    assert 'hotel_agent_test_fine{queue="a"} 2.0' in text


@pytest.mark.django_db
def test_readiness_per_check_is_exported(client: Any) -> None:
    text = client.get("/metrics").content.decode()
    for check in ("database", "cache", "channel_layer", "pms"):
        assert f'hotel_agent_ready{{check="{check}"}} 1.0' in text


def test_a_worker_serves_what_it_counted_but_not_the_shared_store_gauges(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    called: list[str] = []

    def store() -> float:
        called.append("read")
        return 1.0

    metrics.register_scrape_gauge("hotel_agent_test_store", "A test gauge.", store)
    try:
        text = generate_latest(metrics.worker_registry()).decode()
    finally:
        metrics._scrape_gauges.pop("hotel_agent_test_store")
    assert "hotel_agent_tasks_total" in text and "hotel_agent_pms_requests_total" in text
    assert "hotel_agent_test_store" not in text and "hotel_agent_outbox_pending" not in text
    assert called == []  # the database was not even asked


def test_task_outcomes_and_durations_are_counted_from_celery_signals() -> None:
    from hotel_agent.celery import record_task_metrics, start_task_timer

    class Task:
        name = "ops.test_task"

    before = metrics.TASKS.labels(task="ops.test_task", outcome="failure")._value.get()
    start_task_timer(task_id="t1")
    record_task_metrics(task=Task(), task_id="t1", state="FAILURE")
    assert metrics.TASKS.labels(task="ops.test_task", outcome="failure")._value.get() == before + 1
    assert metrics.TASK_SECONDS.labels(task="ops.test_task")._sum.get() > 0
