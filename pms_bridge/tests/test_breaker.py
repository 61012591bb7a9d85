"""The shared PMS breaker: counts, opens, probes, and never makes PMS calls wait for each other."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pybreaker
import pytest
from django.test import override_settings

from pms_bridge.breaker import breaker_reset, build_breaker, shared_circuit_state
from pms_bridge.errors import PmsUnavailable, PmsValidationError


@pytest.fixture
def backend() -> Iterator[str]:
    name = "breaker-test"
    breaker_reset(name)
    with override_settings(PMS_BREAKER_FAIL_MAX=3, PMS_BREAKER_RESET_SECONDS=1.0):
        yield name
    breaker_reset(name)


def _fail() -> None:
    raise PmsUnavailable("down")


def test_calls_through_the_breaker_run_side_by_side(backend: str) -> None:
    breaker = build_breaker(backend)
    both_inside = threading.Barrier(2, timeout=5)  # breaks if one call had to wait for the other
    results: list[str] = []

    def call() -> None:
        results.append(breaker.call(lambda: str(both_inside.wait())))

    threads = [threading.Thread(target=call) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["0", "1"]


def test_refusals_from_a_healthy_pms_do_not_count_and_failures_open_then_probe(backend: str) -> None:
    breaker = build_breaker(backend)
    for _ in range(5):
        with pytest.raises(PmsValidationError):
            breaker.call(lambda: (_ for _ in ()).throw(PmsValidationError("bad dates")))
    assert breaker.current_state == pybreaker.STATE_CLOSED
    for _ in range(3):
        with pytest.raises(PmsUnavailable):
            breaker.call(_fail)
    if breaker.storage.name == "redis":  # what every worker (and the metric) reads
        assert shared_circuit_state(backend) == pybreaker.STATE_OPEN
    assert breaker.current_state == pybreaker.STATE_OPEN
    with pytest.raises(pybreaker.CircuitBreakerError):
        breaker.call(lambda: "not called")
    time.sleep(2.2)
    with pytest.raises(PmsUnavailable):
        breaker.call(_fail)  # the probe fails: open again at once
    assert breaker.current_state == pybreaker.STATE_OPEN
    time.sleep(2.2)
    assert breaker.call(lambda: "ok") == "ok"
    assert breaker.current_state == pybreaker.STATE_CLOSED
