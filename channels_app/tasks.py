"""Channel tasks: process a stored webhook event, send an outbox row, sweep what got stuck.

Tasks take ids and call services; running one twice changes nothing the second time.
"""

from __future__ import annotations

import datetime as dt

import structlog
from celery import current_task, shared_task
from django.utils import timezone

from channels_app.models import InboundEvent, InboundEventStatus
from channels_app.outbound import send_outbox_message
from channels_app.outbox import outbox_due
from channels_app.whatsapp.inbound import whatsapp_event_fail, whatsapp_event_process
from conversations.services.inbound import conversations_with_unhandled_messages
from conversations.tasks import take_turns
from hotel_agent.queueing import queue_on_commit, queue_task

log = structlog.get_logger(__name__)

EVENT_MAX_RETRIES = 6
STUCK_AFTER = dt.timedelta(seconds=60)


@shared_task(
    name="channels_app.process_whatsapp_event",
    bind=True,
    max_retries=EVENT_MAX_RETRIES,
    acks_late=True,
    ignore_result=True,  # nobody reads it: skip the result backend write on the hot path
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


def schedule_inbound_event(event_id: int) -> None:
    """Queue processing of a stored webhook event once it is committed (the webhook's 200 waits for
    the event row only). A publish lost with its process leaves the event pending; the sweeper queues it."""
    queue_on_commit(process_whatsapp_event, event_id)


@shared_task(name="channels_app.outbox_send", acks_late=True, ignore_result=True)
def outbox_send(message_id: int) -> str:
    outcome = send_outbox_message(message_id=message_id)
    if outcome.retry_at is not None:
        schedule_outbox_retry(message_id, outcome.retry_at)
    return outcome.result


@shared_task(name="channels_app.outbox_send_in_order", acks_late=True, ignore_result=True)
def outbox_send_in_order(message_ids: list[int]) -> None:
    """Send several rows of one conversation one after the other: a turn's answer and its question
    must reach the guest in the order they were written (separate tasks may run side by side)."""
    for message_id in message_ids:
        try:
            outbox_send(message_id)
        except Exception:
            # The row stays queued; the sweeper sends it. The next ones still go.
            log.warning("outbox.send_failed", message_id=message_id, exc_info=True)


def queue_outbox_sends(*, message_ids: list[int], **_: object) -> None:
    """Receiver of `conversations.signals.outbox_enqueued` (after commit): send the stored replies.

    Inside a worker's task (a guest's turn just stored its replies) they are sent right here, in
    order, saving a trip through the broker; anywhere else (a staff reply from a web request, a turn
    taken by the embedded defaults' background threads) one task sends them, in order. A send that
    cannot run here is queued instead; the sweeper is the last resort.
    """
    # `current_task` is a proxy: falsy outside a task.
    in_worker_task = bool(current_task) and not current_task.request.is_eager
    if not in_worker_task:
        if len(message_ids) == 1:
            queue_task(outbox_send, message_ids[0])
        elif message_ids:
            queue_task(outbox_send_in_order, list(message_ids))
        return
    for message_id in message_ids:
        try:
            outbox_send(message_id)
            continue
        except Exception:
            log.warning("outbox.inline_send_failed", message_id=message_id, exc_info=True)
        queue_task(outbox_send, message_id)


def schedule_outbox_retry(message_id: int, at: dt.datetime) -> None:
    """Send the row again at `at` (a delayed task; the sweeper sends it if that is lost)."""
    queue_task(outbox_send, message_id, countdown=max((at - timezone.now()).total_seconds(), 0.0))


@shared_task(name="channels_app.outbox_sweep")
def outbox_sweep() -> dict[str, int]:
    """Resend due outbox rows, reprocess stuck events, take turns left unhandled (periodic)."""
    now = timezone.now()
    due = outbox_due(now=now)
    for message_id in due:
        queue_task(outbox_send, message_id)
    stuck_events = list(
        InboundEvent.objects.filter(status=InboundEventStatus.PENDING, received_at__lt=now - STUCK_AFTER)
        .order_by("received_at")
        .values_list("pk", flat=True)[:200]
    )
    for event_id in stuck_events:
        queue_task(process_whatsapp_event, event_id)
    conversations = conversations_with_unhandled_messages(older_than=STUCK_AFTER)
    for conversation_id in conversations:
        queue_task(take_turns, conversation_id)
    voice_notes = _sweep_voice_notes()
    if due or stuck_events or conversations or voice_notes:
        log.info(
            "outbox.sweep",
            outbox=len(due),
            events=len(stuck_events),
            conversations=len(conversations),
            voice_notes=voice_notes,
        )
    return {
        "outbox": len(due),
        "events": len(stuck_events),
        "conversations": len(conversations),
        "voice_notes": voice_notes,
    }


SPEECH_MAX_RETRIES = 4
# A voice note still pending after this is queued again by the sweeper; after the second, given up.
SPEECH_STUCK_AFTER = dt.timedelta(minutes=3)
SPEECH_GIVE_UP_AFTER = dt.timedelta(minutes=30)


@shared_task(
    name="channels_app.transcribe_voice_note",
    bind=True,
    max_retries=SPEECH_MAX_RETRIES,
    acks_late=True,
    ignore_result=True,
)
def transcribe_voice_note(self, message_id: int) -> str:
    """Queue `speech` (CELERY_TASK_ROUTES): a long note never waits in front of a text turn."""
    from channels_app.speech.voice_notes import TryLater, voice_note_give_up, voice_note_transcribe

    try:
        return voice_note_transcribe(message_id=message_id)
    except TryLater as exc:
        if self.request.retries >= SPEECH_MAX_RETRIES or self.request.is_eager:
            voice_note_give_up(message_id=message_id, reason=str(exc))
            return "failed"
        countdown = min(5 * 2**self.request.retries, 120)
        log.warning("speech.retry", message_id=message_id, countdown=countdown, error=str(exc)[:200])
        raise self.retry(exc=exc, countdown=countdown) from exc


def queue_voice_note(*, message_id: int, **_: object) -> None:
    """Receiver of `conversations.signals.voice_note_received` (after commit)."""
    queue_task(transcribe_voice_note, message_id)


def _sweep_voice_notes() -> int:
    from channels_app.speech.voice_notes import voice_note_give_up
    from conversations.services.speech import voice_notes_waiting

    waiting = voice_notes_waiting(older_than=SPEECH_STUCK_AFTER)
    abandoned = set(voice_notes_waiting(older_than=SPEECH_GIVE_UP_AFTER))
    for message_id in waiting:
        if message_id in abandoned:
            voice_note_give_up(message_id=message_id, reason="still pending after 30 minutes")
        else:
            queue_task(transcribe_voice_note, message_id)
    return len(waiting)


@shared_task(name="channels_app.forget_unreferenced_audio")
def forget_unreferenced_audio() -> int:
    """Kept voice notes (web chat, e-mail) whose message was erased or anonymised: deleted (hourly)."""
    from channels_app.media import stored_audio_forget_unreferenced

    return stored_audio_forget_unreferenced()


@shared_task(name="channels_app.poll_email_inbox", acks_late=True)
def poll_email_inbox() -> int:
    """One pass over the hotel's inbox (beat runs it every `EMAIL_POLL_SECONDS` when e-mail is on)."""
    from channels_app.email.poller import MailboxUnavailable, poll_inbox_once

    try:
        return poll_inbox_once().stored
    except MailboxUnavailable as exc:
        log.warning("email.mailbox_unavailable", error=str(exc))
        return 0
