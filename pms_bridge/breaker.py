"""The PMS circuit breaker on pybreaker's state storage: in Redis when `REDIS_URL` is set, so all workers agree.

Opens after `PMS_BREAKER_FAIL_MAX` consecutive failures or timeouts (`PmsUnavailable`, `PmsRateLimited`),
probes again after `PMS_BREAKER_RESET_SECONDS`. Answers that prove the PMS is up (validation, not found,
authentication) do not count as failures.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import pybreaker
import structlog
from django.conf import settings

from hotel_agent.locks import redis_client
from pms_bridge.errors import PmsAuthenticationError, PmsNotFound, PmsValidationError

log = structlog.get_logger(__name__)
T = TypeVar("T")

CIRCUIT_STATE_VALUES = {pybreaker.STATE_CLOSED: 0, pybreaker.STATE_OPEN: 1, pybreaker.STATE_HALF_OPEN: 2}
NOT_FAILURES = (PmsValidationError, PmsNotFound, PmsAuthenticationError)


def breaker_namespace(backend: str) -> str:
    return f"hotel_agent:pms:{backend}"


class PmsCircuitBreaker:
    """Closed → open after `fail_max` consecutive failures → half-open after `reset_timeout` → closed on success.

    pybreaker's storage keeps the state (in Redis when configured, so every worker agrees), but its
    `CircuitBreaker.call` holds one lock for the whole call, which would let a single slow PMS request
    block every other PMS call of the process; so the transitions are made here, around the call.
    """

    def __init__(
        self,
        *,
        name: str,
        storage: pybreaker.CircuitBreakerStorage,
        fail_max: int,
        reset_timeout: float,
        not_failures: tuple[type[BaseException], ...] = NOT_FAILURES,
    ) -> None:
        self.name = name
        self.storage = storage
        self.fail_max = fail_max
        self.reset_timeout = reset_timeout
        self.not_failures = not_failures

    @property
    def current_state(self) -> str:
        return self.storage.state

    def _set_state(self, new: str) -> None:
        old = self.storage.state
        if old != new:
            self.storage.state = new
            log.warning("pms.circuit", breaker=self.name, old=old, new=new)

    def _before_call(self) -> None:
        state = self.storage.state
        if state != pybreaker.STATE_OPEN:
            return
        opened_at = self.storage.opened_at
        wait = timedelta(seconds=self.reset_timeout)
        if isinstance(self.storage, pybreaker.CircuitRedisStorage):
            wait += timedelta(seconds=1)  # Redis keeps the opening time in whole seconds: never probe early
        if opened_at and datetime.now(UTC) < opened_at + wait:
            raise pybreaker.CircuitBreakerError("PMS circuit open")
        self._set_state(pybreaker.STATE_HALF_OPEN)  # let calls through again as probes

    def _on_success(self) -> None:
        self.storage.reset_counter()
        if self.storage.state != pybreaker.STATE_CLOSED:
            self._set_state(pybreaker.STATE_CLOSED)

    def _on_failure(self) -> None:
        self.storage.increment_counter()
        if self.storage.state == pybreaker.STATE_HALF_OPEN or self.storage.counter >= self.fail_max:
            self.storage.opened_at = datetime.now(UTC)
            self._set_state(pybreaker.STATE_OPEN)

    def call(self, func: Callable[[], T]) -> T:
        self._before_call()
        try:
            result = func()
        except self.not_failures:
            self._on_success()  # the PMS answered: it is up, the request was wrong
            raise
        except BaseException:
            self._on_failure()
            raise
        self._on_success()
        return result


def _storage(backend: str) -> pybreaker.CircuitBreakerStorage:
    if settings.REDIS_URL:
        return pybreaker.CircuitRedisStorage(
            pybreaker.STATE_CLOSED, redis_client(), namespace=breaker_namespace(backend)
        )
    return pybreaker.CircuitMemoryStorage(pybreaker.STATE_CLOSED)


def build_breaker(backend: str) -> PmsCircuitBreaker:
    return PmsCircuitBreaker(
        name=f"pms:{backend}",
        storage=_storage(backend),
        fail_max=settings.PMS_BREAKER_FAIL_MAX,
        reset_timeout=settings.PMS_BREAKER_RESET_SECONDS,
    )


def shared_circuit_state(backend: str) -> str:
    """The breaker state as all workers see it (Redis), or this process's breaker without Redis."""
    if settings.REDIS_URL:
        raw = redis_client().get(f"{breaker_namespace(backend)}:pybreaker:state")
        if not raw:
            return pybreaker.STATE_CLOSED
        return raw.decode() if isinstance(raw, bytes) else str(raw)
    from pms_bridge.factory import current_breaker

    breaker = current_breaker()
    return breaker.current_state if breaker is not None else pybreaker.STATE_CLOSED


def circuit_state_value() -> float:
    """0 closed, 1 open, 2 half-open (docs/INTERFACES.md), for the configured PMS backend."""
    return float(CIRCUIT_STATE_VALUES.get(shared_circuit_state(settings.PMS_BACKEND), 1))


def breaker_reset(backend: str) -> None:
    """Forget the shared state (tests, and ops after fixing the PMS)."""
    if settings.REDIS_URL:
        client = redis_client()
        keys = list(client.scan_iter(match=f"{breaker_namespace(backend)}:pybreaker:*"))
        if keys:
            client.delete(*keys)
