"""Voice notes in the record: the transcript (or why there is none) stored on the guest's message.

A voice note is stored like any message (`message_receive`) with `speech_status = pending`; the turn
waits for it (`inbound._turn_begin` stops at a pending note, so a conversation's messages are still
answered in order) while the channels app transcribes it on the `speech` queue. The result comes back
here: the transcript becomes the message's text, which the engine then reads like typed text.
"""

from __future__ import annotations

import datetime as dt

import structlog
from django.db import transaction
from django.utils import timezone

from conversations.events import message_payload, publish_on_commit
from conversations.incoming import text_storable
from conversations.models import Message, SpeechStatus
from conversations.services.inbound import turn_queue

log = structlog.get_logger(__name__)

OUTCOMES = frozenset(SpeechStatus.values) - {SpeechStatus.PENDING}


def voice_note_transcribed(
    *, message_id: int, status: str, text: str = "", language: str = "", seconds: float | None = None
) -> bool:
    """Store a voice note's outcome and queue its conversation's turn. False if it was not pending.

    `status` is `transcribed` (with `text`, the transcript) or why there is no transcript
    (`too_long`, `silent`, `unreadable`, `no_engine`, `failed`). Runs once per note: a second call
    (a redelivered task) changes nothing.
    """
    if status not in OUTCOMES:
        raise ValueError(f"unknown speech outcome {status!r}")
    with transaction.atomic():
        message = (
            Message.objects.select_related("conversation")
            .select_for_update(of=("self",))
            .filter(pk=message_id, speech_status=SpeechStatus.PENDING)
            .first()
        )
        if message is None:
            return False
        message.speech_status = status
        message.speech_language = language[:8]
        message.audio_seconds = round(seconds, 2) if seconds is not None else None
        if status == SpeechStatus.TRANSCRIBED:
            message.text = text_storable(text.strip())
        message.save(
            update_fields=["speech_status", "speech_language", "audio_seconds", "text", "updated_at"]
        )
        conversation = message.conversation
        publish_on_commit(
            hotel_id=conversation.hotel_id,
            conversation_id=conversation.pk,
            event="message.transcribed",
            data=message_payload(message),
        )
        turn_queue(conversation_id=conversation.pk)
    log.info(
        "speech.voice_note_done",
        message_id=message_id,
        conversation_id=conversation.pk,
        status=status,
        language=language,
        audio_seconds=message.audio_seconds,
        chars=len(message.text),
    )
    return True


def voice_notes_waiting(*, older_than: dt.timedelta, limit: int = 200) -> list[int]:
    """Voice notes still pending after `older_than` (the sweeper queues them again, or gives up)."""
    cutoff = timezone.now() - older_than
    return list(
        Message.objects.filter(speech_status=SpeechStatus.PENDING, created_at__lt=cutoff)
        .order_by("created_at")
        .values_list("pk", flat=True)[:limit]
    )
