"""Media a guest sent, fetched from their channel for staff to see or hear (console, back-office)."""

from __future__ import annotations

from dataclasses import dataclass

from conversations.incoming import Channel
from conversations.models import Message


class MediaUnavailable(Exception):
    """The channel cannot give this media now (expired at the provider, outage, or none)."""


@dataclass(frozen=True)
class MessageMedia:
    content: bytes
    mime_type: str


def message_media_fetch(*, message: Message) -> MessageMedia:
    media_id = str((message.media or {}).get("media_id") or "")
    if not media_id:
        raise MediaUnavailable("this message carries no media")
    if message.channel != Channel.WHATSAPP:
        raise MediaUnavailable(f"no media fetch for {message.channel}")
    from channels_app.whatsapp.client import get_client
    from channels_app.whatsapp.errors import WhatsAppError

    try:
        fetched = get_client().fetch_media(media_id=media_id)
    except WhatsAppError as exc:
        raise MediaUnavailable(str(exc)) from exc
    return MessageMedia(content=fetched.content, mime_type=fetched.mime_type or "application/octet-stream")
