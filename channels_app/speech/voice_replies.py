"""An answer spoken: synthesised, encoded as OGG/Opus, uploaded through the Graph media endpoint and
sent as a WhatsApp voice message. The text of the same answer goes out on its own outbox row first."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from channels_app.speech.tts import synthesizer
from channels_app.whatsapp.client import WhatsAppClient
from conversations.models import Message
from hotel_agent.metrics import SPEECH, SPEECH_SECONDS

OGG_OPUS = "audio/ogg"  # WhatsApp plays OGG with the Opus codec as a voice message


@dataclass(frozen=True)
class SentVoice:
    provider_message_id: str
    media: dict[str, Any]


def deliver_voice(client: WhatsAppClient, *, to: str, message: Message) -> SentVoice:
    """Speak `message.text` in its language and send it; `TtsUnavailable` or a `WhatsAppError` otherwise."""
    outgoing = message.outgoing or {}
    conversation = message.conversation
    language = str(outgoing.get("language") or conversation.language or conversation.hotel.default_language)
    started = time.perf_counter()
    try:
        speech = synthesizer().synthesise(message.text, language=language)
    except Exception:
        SPEECH.labels(outcome="synthesis_failed").inc()
        raise
    finally:
        SPEECH_SECONDS.labels(stage="synthesise").observe(time.perf_counter() - started)
    SPEECH.labels(outcome="synthesised").inc()
    media_id = client.upload_media(content=speech.ogg_opus, mime_type=OGG_OPUS, filename="reply.ogg")
    wamid = client.send_media(
        to=to, kind="audio", media_id=media_id, callback_data=message.idempotency_key or ""
    )
    media = {
        "media_id": media_id,
        "mime_type": OGG_OPUS,
        "is_voice": True,
        "seconds": round(speech.seconds, 2),
    }
    return SentVoice(provider_message_id=wamid, media=media)
