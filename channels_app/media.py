"""Media a guest sent, fetched from their channel for staff to see or hear (console, back-office)."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from django.utils import timezone

from conversations.incoming import Channel
from conversations.models import Message


class MediaUnavailable(Exception):
    """The channel cannot give this media now (expired at the provider, outage, or none)."""


@dataclass(frozen=True)
class MessageMedia:
    content: bytes
    mime_type: str


STORED_PREFIX = "stored:"
# Guests' uploads and attachments kept here (a voice note of several minutes is a few hundred kB).
MAX_STORED_BYTES = 16 * 1024 * 1024


def audio_store(*, content: bytes, mime_type: str) -> str:
    """Keep a voice note that its channel will not give again (web chat upload, e-mail attachment);
    returns its media id. The same bytes are stored once."""
    from channels_app.models import StoredAudio

    if not content or len(content) > MAX_STORED_BYTES:
        raise MediaUnavailable(f"audio of {len(content)} bytes is not kept")
    digest = hashlib.sha256(content).hexdigest()
    StoredAudio.objects.get_or_create(
        sha256=digest,
        defaults={"content": content, "mime_type": mime_type[:100] or "application/octet-stream"},
    )
    return f"{STORED_PREFIX}{digest}"


def message_media_fetch(*, message: Message) -> MessageMedia:
    media_id = str((message.media or {}).get("media_id") or "")
    if not media_id:
        raise MediaUnavailable("this message carries no media")
    if media_id.startswith(STORED_PREFIX):
        from channels_app.models import StoredAudio

        stored = StoredAudio.objects.filter(sha256=media_id.removeprefix(STORED_PREFIX)).first()
        if stored is None:
            raise MediaUnavailable("the stored audio is gone")
        return MessageMedia(content=bytes(stored.content), mime_type=stored.mime_type)
    if message.channel != Channel.WHATSAPP:
        raise MediaUnavailable(f"no media fetch for {message.channel}")
    from channels_app.whatsapp.client import get_client
    from channels_app.whatsapp.errors import WhatsAppError

    try:
        fetched = get_client().fetch_media(media_id=media_id)
    except WhatsAppError as exc:
        raise MediaUnavailable(str(exc)) from exc
    return MessageMedia(content=fetched.content, mime_type=fetched.mime_type or "application/octet-stream")


def stored_audio_forget_unreferenced(*, older_than: dt.timedelta = dt.timedelta(hours=1)) -> int:
    """Delete kept voice notes no message points at any more (the guest's data erased, or retention
    anonymised the transcript); an hour's grace for an upload whose message is being stored."""
    from channels_app.models import StoredAudio

    referenced = {
        str(media_id).removeprefix(STORED_PREFIX)
        for media_id in Message.objects.filter(media__media_id__startswith=STORED_PREFIX).values_list(
            "media__media_id", flat=True
        )
    }
    stale = StoredAudio.objects.filter(created_at__lt=timezone.now() - older_than).exclude(
        sha256__in=referenced
    )
    deleted, _ = stale.delete()
    return deleted
