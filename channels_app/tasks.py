"""Channel tasks: process a stored webhook event, send an outbox row, sweep what got stuck.

Tasks take ids and call services; running one twice changes nothing the second time.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

import structlog
from celery import shared_task
from django.conf import settings
from django.db import close_old_connections, connections
from django.utils import timezone

from channels_app.models import InboundEvent, InboundEventStatus
from channels_app.outbound import send_outbox_message
from channels_app.whatsapp.inbound import whatsapp_event_fail, whatsapp_event_process
from conversations.services import conversation_take_turns
from conversations.services.inbound import conversations_with_unhandled_messages
from conversations.services.outbox import outbox_due

log = structlog.get_logger(__name__)

EVENT_MAX_RETRIES = 6
STUCK_AFTER = dt.timedelta(seconds=60)


def _is_eager() -> bool:
    from hotel_agent.celery import app

    return bool(app.conf.task_always_eager)


@shared_task(
    name="channels_app.process_whatsapp_event", bind=True, max_retries=EVENT_MAX_RETRIES, acks_late=True
)
def process_whatsapp_event(self, event_id: int) -> None:
    try:
        whatsapp_event_process(event_id=event_id)
    except Exception as exc:
        if self.request.retries >= EVENT_MAX_RETRIES or self.request.is_eager:
            log.exception("whatsapp.event_failed", event_id=event_id)
            whatsapp_event_fail(event_id=event_id, error=f"{type(exc).__name__}: {exc}")
            if self.request.is_eager:
                return
            raise
        countdown = min(2 ** (self.request.retries + 1), 120)
        log.warning("whatsapp.event_retry", event_id=event_id, countdown=countdown, error=type(exc).__name__)
        raise self.retry(exc=exc, countdown=countdown) from exc


_dispatcher: ThreadPoolExecutor | None = None
_dispatcher_lock = threading.Lock()


def _dispatch_pool() -> ThreadPoolExecutor:
    global _dispatcher
    with _dispatcher_lock:
        if _dispatcher is None:
            # Eager (embedded) mode processes events on these threads, so allow a few at once.
            _dispatcher = ThreadPoolExecutor(
                max_workers=4 if _is_eager() else 1, thread_name_prefix="whatsapp-dispatch"
            )
        return _dispatcher


def _dispatch_inbound_event(event_id: int) -> None:
    try:
        process_whatsapp_event.delay(event_id)
    except Exception:  # the event is stored: the sweeper queues it later
        log.warning("whatsapp.event_not_queued", event_id=event_id, exc_info=True)


def _dispatch_in_thread(event_id: int) -> None:
    try:
        _dispatch_inbound_event(event_id)
    finally:
        connections.close_all()  # this thread's own connections (eager processing uses them)


def schedule_inbound_event(event_id: int) -> None:
    """Queue processing of a stored event.

    By default off the request thread: the webhook's 200 waits only for the event row, not for the
    broker (nor, in embedded mode, for the processing itself). A publish lost with its process
    leaves the event pending, and the sweeper queues it.
    """
    if not settings.WHATSAPP_DISPATCH_IN_BACKGROUND:
        _dispatch_inbound_event(event_id)
        return
    context = contextvars.copy_context()  # keeps the correlation id for the task's header
    _dispatch_pool().submit(context.run, _dispatch_in_thread, event_id)


@shared_task(name="channels_app.outbox_send", acks_late=True)
def outbox_send(message_id: int) -> str:
    outcome = send_outbox_message(message_id=message_id)
    if outcome.retry_at is not None:
        schedule_outbox_retry(message_id, outcome.retry_at)
    return outcome.result


def schedule_outbox_retry(message_id: int, at: dt.datetime) -> None:
    """Send the row again at `at`: a delayed task, or (embedded mode, no broker) a timer thread."""
    delay = max((at - timezone.now()).total_seconds(), 0.0)
    if not _is_eager():
        outbox_send.apply_async((message_id,), countdown=delay)
        return
    if not settings.OUTBOX_LOCAL_RETRY_TIMERS:
        return  # the sweeper resends it

    def fire() -> None:
        try:
            outbox_send(message_id)
        finally:
            close_old_connections()

    timer = threading.Timer(delay, fire)
    timer.daemon = True
    timer.start()


@shared_task(name="channels_app.outbox_sweep")
def outbox_sweep() -> dict[str, int]:
    """Resend due outbox rows, reprocess stuck events, take turns left unhandled (periodic)."""
    now = timezone.now()
    due = outbox_due(now=now)
    for message_id in due:
        outbox_send.delay(message_id)
    stuck_events = list(
        InboundEvent.objects.filter(status=InboundEventStatus.PENDING, received_at__lt=now - STUCK_AFTER)
        .order_by("received_at")
        .values_list("pk", flat=True)[:200]
    )
    for event_id in stuck_events:
        process_whatsapp_event.delay(event_id)
    conversations = conversations_with_unhandled_messages(older_than=STUCK_AFTER)
    for conversation_id in conversations:
        take_turns.delay(conversation_id)
    if due or stuck_events or conversations:
        log.info("outbox.sweep", outbox=len(due), events=len(stuck_events), conversations=len(conversations))
    return {"outbox": len(due), "events": len(stuck_events), "conversations": len(conversations)}


@shared_task(name="channels_app.take_turns")
def take_turns(conversation_id: int) -> int:
    return conversation_take_turns(conversation_id=conversation_id)


@shared_task(name="channels_app.poll_email_inbox", acks_late=True)
def poll_email_inbox() -> int:
    """One pass over the hotel's inbox (beat runs it every `EMAIL_POLL_SECONDS` when e-mail is on)."""
    from channels_app.email.poller import MailboxUnavailable, poll_inbox_once

    try:
        return poll_inbox_once().stored
    except MailboxUnavailable as exc:
        log.warning("email.mailbox_unavailable", error=str(exc))
        return 0
