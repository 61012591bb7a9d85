"""Tasks of the project itself (not of an app)."""

from __future__ import annotations

import structlog
from celery import shared_task

from hotel_agent.correlation import current_correlation_id

log = structlog.get_logger(__name__)


@shared_task(name="hotel_agent.echo_correlation")
def echo_correlation(label: str) -> str | None:
    """Report the correlation id the task runs under; used to prove propagation end to end."""
    correlation_id = current_correlation_id()
    log.info("task.echo_correlation", label=label)
    return correlation_id


@shared_task(name="hotel_agent.flush_expired_tokens", ignore_result=True)
def flush_expired_tokens() -> None:
    """Delete staff API tokens past their expiry (they can no longer be used; the rows only grow)."""
    from django.core.management import call_command

    call_command("flushexpiredtokens")


@shared_task(name="hotel_agent.clear_expired_sessions", ignore_result=True)
def clear_expired_sessions() -> None:
    """Delete expired sessions: every web-chat visitor gets one, and nothing else ever removes them."""
    from django.core.management import call_command

    call_command("clearsessions")
