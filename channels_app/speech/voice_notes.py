"""A stored voice note to its transcript: fetch through its channel, decode, check, transcribe.

Runs in the task `channels_app.transcribe_voice_note` (queue `speech`). Every outcome goes back to
the record through `conversations.services.speech.voice_note_transcribed`, which queues the turn: the
transcript is read like typed text, anything else gets the polite request to write.
"""

from __future__ import annotations

import time

import structlog
from django.conf import settings

from channels_app.media import MediaUnavailable, message_media_fetch
from channels_app.speech import audio
from channels_app.speech.errors import AudioTooLong, AudioUnreadable, SttRejected, SttUnavailable
from channels_app.speech.stt import transcriber
from conversations.models import Message, SpeechStatus
from conversations.services.speech import voice_note_transcribed
from hotel_agent.metrics import SPEECH, SPEECH_SECONDS

log = structlog.get_logger(__name__)


class TryLater(Exception):
    """The audio or the engine is out of reach for now: the task retries, then gives up (`failed`)."""


def _finish(
    message: Message, status: str, *, text: str = "", language: str = "", seconds: float | None = None
) -> str:
    if voice_note_transcribed(
        message_id=message.pk, status=status, text=text, language=language, seconds=seconds
    ):
        SPEECH.labels(outcome=status).inc()
    return status


def voice_note_transcribe(*, message_id: int) -> str:
    """Transcribe one pending voice note; returns the outcome (`skipped` when it is not pending).

    Raises `TryLater` when the media or the engine cannot be reached; the caller retries.
    """
    message = Message.objects.select_related("conversation").filter(pk=message_id).first()
    if message is None or message.speech_status != SpeechStatus.PENDING:
        return "skipped"
    try:
        engine = transcriber()
    except SttRejected as exc:  # a misconfigured engine (no model where STT_MODEL_DIR says)
        log.error("speech.engine_unusable", error=str(exc))
        engine = None
    if engine is None:
        return _finish(message, SpeechStatus.NO_ENGINE)

    started = time.perf_counter()
    try:
        media = message_media_fetch(message=message)
    except MediaUnavailable as exc:
        raise TryLater(f"media: {exc}") from exc
    SPEECH_SECONDS.labels(stage="fetch").observe(time.perf_counter() - started)

    started = time.perf_counter()
    try:
        decoded = audio.decode(media.content, max_seconds=settings.SPEECH_MAX_SECONDS)
    except AudioTooLong as exc:
        return _finish(message, SpeechStatus.TOO_LONG, seconds=exc.seconds)
    except AudioUnreadable as exc:
        log.info("speech.unreadable", message_id=message.pk, mime_type=media.mime_type, error=str(exc)[:200])
        return _finish(message, SpeechStatus.UNREADABLE)
    finally:
        SPEECH_SECONDS.labels(stage="decode").observe(time.perf_counter() - started)
    if decoded.is_silent(threshold_dbfs=settings.SPEECH_SILENCE_DBFS):
        return _finish(message, SpeechStatus.SILENT, seconds=decoded.seconds)

    hint = message.conversation.language or ""
    started = time.perf_counter()
    try:
        transcript = engine.transcribe(decoded, language_hint=hint)
    except SttUnavailable as exc:
        raise TryLater(f"stt: {exc}") from exc
    except SttRejected as exc:
        log.warning("speech.rejected", message_id=message.pk, error=str(exc)[:200])
        return _finish(message, SpeechStatus.FAILED, seconds=decoded.seconds)
    finally:
        SPEECH_SECONDS.labels(stage="transcribe").observe(time.perf_counter() - started)
    if not transcript.text.strip():
        return _finish(message, SpeechStatus.SILENT, seconds=decoded.seconds, language=transcript.language)
    return _finish(
        message,
        SpeechStatus.TRANSCRIBED,
        text=transcript.text,
        language=transcript.language,
        seconds=decoded.seconds,
    )


def voice_note_give_up(*, message_id: int, reason: str) -> None:
    """The note could not be transcribed after the retries: the guest is asked to write."""
    log.warning("speech.gave_up", message_id=message_id, reason=reason[:200])
    if voice_note_transcribed(message_id=message_id, status=SpeechStatus.FAILED):
        SPEECH.labels(outcome=SpeechStatus.FAILED).inc()
