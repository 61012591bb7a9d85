"""The channel-agnostic shapes that cross the border between a channel and the conversation record.

A channel (WhatsApp, e-mail, web chat) turns what it received into an `IncomingMessage`; the
engine answers with `OutgoingReply` values that the channel renders in its own way (WhatsApp
interactive buttons, numbered text in e-mail, buttons in the web chat).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_lazy as _

# A code point in the surrogate range left in a Python str is always a lone half (pairs are decoded).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class Channel:
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    WEBCHAT = "webchat"
    CHOICES = [(WHATSAPP, "WhatsApp"), (EMAIL, _("E-mail")), (WEBCHAT, _("Web chat"))]


class MessageKind:
    TEXT = "text"
    AUDIO = "audio"
    IMAGE = "image"
    VIDEO = "video"
    DOCUMENT = "document"
    STICKER = "sticker"
    LOCATION = "location"
    CONTACTS = "contacts"
    BUTTON_REPLY = "button_reply"  # interactive reply button, or a template quick-reply button
    LIST_REPLY = "list_reply"
    REACTION = "reaction"
    UNSUPPORTED = "unsupported"
    INTERACTIVE = "interactive"  # outbound: buttons or list
    TEMPLATE = "template"  # outbound: approved template
    SYSTEM = "system"  # internal note or state change shown in the transcript
    CHOICES = [
        (TEXT, _("text")),
        (AUDIO, _("voice note")),
        (IMAGE, _("image")),
        (VIDEO, _("video")),
        (DOCUMENT, _("document")),
        (STICKER, _("sticker")),
        (LOCATION, _("location")),
        (CONTACTS, _("contacts")),
        (BUTTON_REPLY, _("button reply")),
        (LIST_REPLY, _("list reply")),
        (REACTION, _("reaction")),
        (UNSUPPORTED, _("unsupported")),
        (INTERACTIVE, _("interactive")),
        (TEMPLATE, _("template")),
        (SYSTEM, _("system")),
    ]


def text_storable(value: str) -> str:
    """Text PostgreSQL can store and UTF-8 can encode: NUL removed, lone surrogates replaced by U+FFFD."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    return _LONE_SURROGATE.sub("\ufffd", value)


def json_storable(value: Any) -> Any:
    """`text_storable` applied to every string (keys included) of a JSON-shaped value, for jsonb."""
    if isinstance(value, str):
        return text_storable(value)
    if isinstance(value, dict):
        return {json_storable(key): json_storable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_storable(item) for item in value]
    return value


@dataclass(frozen=True)
class MediaRef:
    """A reference to media held by the provider; fetched through the channel when needed."""

    media_id: str
    mime_type: str = ""
    sha256: str = ""
    filename: str = ""
    caption: str = ""
    is_voice: bool = False


@dataclass(frozen=True)
class IncomingMessage:
    """One guest message, as any channel hands it to `conversations`."""

    channel: str
    provider_message_id: str  # unique per channel: the dedupe key
    sender: str  # E.164 phone for WhatsApp, e-mail address for e-mail, session key for web chat
    kind: str
    sent_at: dt.datetime
    text: str = ""  # body, caption, button title, transcript of a voice note
    sender_name: str = ""
    payload_id: str = ""  # id of the button or list row the guest chose
    media: MediaRef | None = None
    location: dict[str, Any] | None = None  # latitude, longitude, name, address
    contacts: list[dict[str, Any]] = field(default_factory=list)
    reply_to_provider_id: str = ""  # the message this one answers (WhatsApp context)
    reaction_emoji: str = ""
    error: dict[str, Any] | None = None  # provider error for unsupported messages
    raw: dict[str, Any] = field(default_factory=dict)  # the provider's own JSON for this message
    subject: str = ""  # e-mail subject
    thread_key: str = ""  # e-mail thread (Message-ID of the first mail) or web chat session

    def __post_init__(self) -> None:
        # Every channel builds this, so odd input (NUL, lone surrogates) is cleaned here, once, before
        # anything is stored: PostgreSQL refuses both in text and jsonb.
        for name in _TEXT_FIELDS:
            object.__setattr__(self, name, text_storable(getattr(self, name)))
        for name in _JSON_FIELDS:
            object.__setattr__(self, name, json_storable(getattr(self, name)))
        if self.media is not None:
            cleaned = {name: json_storable(getattr(self.media, name)) for name in _MEDIA_TEXT_FIELDS}
            object.__setattr__(self, "media", dataclasses.replace(self.media, **cleaned))

    @property
    def carries_text(self) -> bool:
        return bool(self.text.strip())


_TEXT_FIELDS = (
    "provider_message_id",
    "sender",
    "text",
    "sender_name",
    "payload_id",
    "reply_to_provider_id",
    "reaction_emoji",
    "subject",
    "thread_key",
)
_JSON_FIELDS = ("location", "contacts", "error", "raw")
_MEDIA_TEXT_FIELDS = ("media_id", "mime_type", "sha256", "filename", "caption")


@dataclass(frozen=True)
class ReplyButton:
    id: str  # what comes back as `payload_id` when pressed
    title: str  # at most 20 characters on WhatsApp


@dataclass(frozen=True)
class ReplyListRow:
    id: str
    title: str  # at most 24 characters on WhatsApp
    description: str = ""  # at most 72 characters on WhatsApp


@dataclass(frozen=True)
class OutgoingReply:
    """One message the agent (or a human) sends; at most two per guest turn."""

    text: str
    buttons: tuple[ReplyButton, ...] = ()  # at most 3
    list_rows: tuple[ReplyListRow, ...] = ()  # at most 10
    list_button_label: str = ""
    template_name: str = ""  # an approved WhatsApp template, for outside the 24-hour window
    template_language: str = ""
    template_params: tuple[str, ...] = ()
    # The hotel writes first (a reservation message), not an answer: never sent to a guest who opted out.
    proactive: bool = False

    @property
    def kind(self) -> str:
        if self.template_name:
            return MessageKind.TEMPLATE
        if self.buttons or self.list_rows:
            return MessageKind.INTERACTIVE
        return MessageKind.TEXT

    def as_payload(self) -> dict[str, Any]:
        """A JSON-safe form, stored on the outbox row and rebuilt by the channel's sender."""
        payload: dict[str, Any] = {
            "text": self.text,
            "buttons": [{"id": b.id, "title": b.title} for b in self.buttons],
            "list_rows": [
                {"id": r.id, "title": r.title, "description": r.description} for r in self.list_rows
            ],
            "list_button_label": self.list_button_label,
            "template_name": self.template_name,
            "template_language": self.template_language,
            "template_params": list(self.template_params),
        }
        if self.proactive:
            payload["proactive"] = True
        return payload

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> OutgoingReply:
        return cls(
            text=payload.get("text", ""),
            buttons=tuple(ReplyButton(**b) for b in payload.get("buttons", [])),
            list_rows=tuple(ReplyListRow(**r) for r in payload.get("list_rows", [])),
            list_button_label=payload.get("list_button_label", ""),
            template_name=payload.get("template_name", ""),
            template_language=payload.get("template_language", ""),
            template_params=tuple(payload.get("template_params", [])),
            proactive=bool(payload.get("proactive", False)),
        )
