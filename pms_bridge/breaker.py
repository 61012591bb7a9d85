"""The PMS circuit breaker (pybreaker), its state in Redis when `REDIS_URL` is set so every worker agrees.

Opens after `PMS_BREAKER_FAIL_MAX` consecutive failures or timeouts (`PmsUnavailable`, `PmsRateLimited`),
probes again after `PMS_BREAKER_RESET_SECONDS`. Answers that prove the PMS is up (validation, not found,
authentication) do not count as failures.
"""

from __future__ import annotations

import pybreaker
import structlog
from django.conf import settings

from hotel_agent.locks import redis_client
from pms_bridge.errors import PmsAuthenticationError, PmsNotFound, PmsValidationError

log = structlog.get_logger(__name__)

CIRCUIT_STATE_VALUES = {pybreaker.STATE_CLOSED: 0, pybreaker.STATE_OPEN: 1, pybreaker.STATE_HALF_OPEN: 2}
NOT_FAILURES = (PmsValidationError, PmsNotFound, PmsAuthenticationError)


def breaker_namespace(backend: str) -> str:
    return f"hotel_agent:pms:{backend}"


class _LogTransitions(pybreaker.CircuitBreakerListener):
    def state_change(
        self,
        cb: pybreaker.CircuitBreaker,
        old_state: pybreaker.CircuitBreakerState | None,
        new_state: pybreaker.CircuitBreakerState,
    ) -> None:
        log.warning(
            "pms.circuit", breaker=cb.name, old=old_state.name if old_state else None, new=new_state.name
        )


def _storage(backend: str) -> pybreaker.CircuitBreakerStorage:
    if settings.REDIS_URL:
        return pybreaker.CircuitRedisStorage(
            pybreaker.STATE_CLOSED, redis_client(), namespace=breaker_namespace(backend)
        )
    return pybreaker.CircuitMemoryStorage(pybreaker.STATE_CLOSED)


def build_breaker(backend: str) -> pybreaker.CircuitBreaker:
    return pybreaker.CircuitBreaker(
        fail_max=settings.PMS_BREAKER_FAIL_MAX,
        reset_timeout=settings.PMS_BREAKER_RESET_SECONDS,
        exclude=list(NOT_FAILURES),
        listeners=[_LogTransitions()],
        state_storage=_storage(backend),
        name=f"pms:{backend}",
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
