"""Meta's webhook JSON → channel-agnostic `IncomingMessage`s and delivery status updates.

The only place that knows the shape of a WhatsApp webhook. Every message type becomes a message:
what the agent cannot read is `unsupported` (with Meta's error), never dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from conversations.incoming import Channel, IncomingMessage, MediaRef, MessageKind, text_storable

MEDIA_TYPES = ("image", "audio", "video", "document", "sticker")
MEDIA_KINDS = {
    "image": MessageKind.IMAGE,
    "audio": MessageKind.AUDIO,
    "video": MessageKind.VIDEO,
    "document": MessageKind.DOCUMENT,
    "sticker": MessageKind.STICKER,
}
STATUSES = ("sent", "delivered", "read", "failed")


@dataclass(frozen=True)
class InboundGuestMessage:
    phone_number_id: str  # the hotel's number that received it
    message: IncomingMessage


@dataclass(frozen=True)
class UnreadableGuestMessage:
    """A message from a known guest that cannot be read as one (no id, or a shape we cannot parse)."""

    phone_number_id: str
    sender: str  # E.164, "" when the `from` holds no digits
    raw: dict[str, Any]


@dataclass(frozen=True)
class StatusUpdate:
    phone_number_id: str
    provider_message_id: str
    status: str  # sent, delivered, read, failed
    at: dt.datetime
    error_code: str = ""
    error_title: str = ""
    callback_data: str = ""  # our idempotency key, echoed by Meta


@dataclass
class WebhookContents:
    messages: list[InboundGuestMessage] = field(default_factory=list)
    unreadable: list[UnreadableGuestMessage] = field(default_factory=list)
    statuses: list[StatusUpdate] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)  # account- or system-level errors
    ignored_fields: list[str] = field(default_factory=list)


class MalformedPayload(ValueError):
    """Valid JSON that is not a WhatsApp webhook."""


def _timestamp(value: Any) -> dt.datetime:
    try:
        return dt.datetime.fromtimestamp(int(value), tz=dt.UTC)
    except (TypeError, ValueError, OverflowError):
        return dt.datetime.now(tz=dt.UTC)


def _e164(wa_id: str) -> str:
    digits = "".join(ch for ch in str(wa_id) if ch.isdigit())
    return f"+{digits}" if digits else ""


def _dict(value: Any) -> dict[str, Any]:
    """`value` if it is an object, else an empty one: a field of the wrong JSON type is ignored."""
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def parse_webhook(payload: Any) -> WebhookContents:
    """Everything one delivery carries: several entries, changes, messages and statuses.

    Valid JSON that is not an object with a list of entries is `MalformedPayload`; inside a delivery,
    any part of an unexpected type is skipped, so one odd part never fails the others.
    """
    if not isinstance(payload, dict) or not isinstance(payload.get("entry", []), list):
        raise MalformedPayload("not a WhatsApp webhook object")
    contents = WebhookContents()
    for entry in _list(payload.get("entry")):
        for change in _list(_dict(entry).get("changes")):
            if not isinstance(change, dict):
                continue
            if change.get("field") != "messages":
                contents.ignored_fields.append(str(change.get("field")))
                continue
            _parse_value(_dict(change.get("value")), contents)
    return contents


def _parse_value(value: dict[str, Any], contents: WebhookContents) -> None:
    phone_number_id = str(_dict(value.get("metadata")).get("phone_number_id", ""))
    names = {
        str(c.get("wa_id", "")): str(_dict(c.get("profile")).get("name", ""))
        for c in _list(value.get("contacts"))
        if isinstance(c, dict)
    }
    for raw in _list(value.get("messages")):
        if not isinstance(raw, dict) or not raw.get("from"):
            continue  # nobody to answer and nothing to thread: not a guest's message
        try:
            if not raw.get("id") or isinstance(raw["id"], dict | list):
                raise MalformedPayload("message without an id")
            message = normalise_message(raw, names)
        except Exception:  # kept for staff with its raw JSON, and the guest told (whatsapp/inbound.py)
            contents.unreadable.append(
                UnreadableGuestMessage(phone_number_id=phone_number_id, sender=_e164(raw["from"]), raw=raw)
            )
            continue
        contents.messages.append(InboundGuestMessage(phone_number_id=phone_number_id, message=message))
    for raw in _list(value.get("statuses")):
        if isinstance(raw, dict) and raw.get("id") and raw.get("status") in STATUSES:
            contents.statuses.append(_status(raw, phone_number_id))
    for error in _list(value.get("errors")):
        if isinstance(error, dict):
            contents.errors.append(error)


def _status(raw: dict[str, Any], phone_number_id: str) -> StatusUpdate:
    errors = _list(raw.get("errors"))
    first = _dict(errors[0]) if errors else {}
    # Stored on the outbox row: cleaned like guest text (IncomingMessage cleans that itself).
    return StatusUpdate(
        phone_number_id=phone_number_id,
        provider_message_id=text_storable(str(raw["id"])),
        status=str(raw["status"]),
        at=_timestamp(raw.get("timestamp")),
        error_code=text_storable(str(first.get("code", ""))) if first else "",
        error_title=text_storable(str(first.get("title") or first.get("message") or "")) if first else "",
        callback_data=text_storable(str(raw.get("biz_opaque_callback_data", ""))),
    )


def normalise_message(raw: dict[str, Any], names: dict[str, str] | None = None) -> IncomingMessage:
    """One element of `value.messages` as an `IncomingMessage`."""
    wa_id = str(raw.get("from", ""))
    kind_name = str(raw.get("type", ""))
    context = _dict(raw.get("context"))
    fields: dict[str, Any] = {
        "channel": Channel.WHATSAPP,
        "provider_message_id": str(raw["id"]),
        "sender": _e164(wa_id),
        "sent_at": _timestamp(raw.get("timestamp")),
        "sender_name": (names or {}).get(wa_id, ""),
        "reply_to_provider_id": str(context.get("id", "")),
        "raw": raw,
    }
    body = raw.get(kind_name) if isinstance(raw.get(kind_name), dict) else {}
    assert isinstance(body, dict)
    if kind_name == "text":
        return IncomingMessage(kind=MessageKind.TEXT, text=str(body.get("body", "")), **fields)
    if kind_name in MEDIA_TYPES and body.get("id"):
        media = MediaRef(
            media_id=str(body["id"]),
            mime_type=str(body.get("mime_type", "")),
            sha256=str(body.get("sha256", "")),
            filename=str(body.get("filename", "")),
            caption=str(body.get("caption", "")),
            is_voice=bool(body.get("voice", False)),
        )
        return IncomingMessage(kind=MEDIA_KINDS[kind_name], text=media.caption, media=media, **fields)
    if kind_name == "location":
        location = {k: body[k] for k in ("latitude", "longitude", "name", "address", "url") if k in body}
        return IncomingMessage(kind=MessageKind.LOCATION, location=location, **fields)
    if kind_name == "contacts" and isinstance(raw.get("contacts"), list):
        return IncomingMessage(kind=MessageKind.CONTACTS, contacts=list(raw["contacts"]), **fields)
    if kind_name == "interactive":
        reply_type = str(body.get("type", ""))
        reply = body.get(reply_type) if isinstance(body.get(reply_type), dict) else None
        if reply_type in ("button_reply", "list_reply") and reply:
            kind = MessageKind.BUTTON_REPLY if reply_type == "button_reply" else MessageKind.LIST_REPLY
            return IncomingMessage(
                kind=kind, text=str(reply.get("title", "")), payload_id=str(reply.get("id", "")), **fields
            )
    if kind_name == "button":  # a quick-reply button of a template
        return IncomingMessage(
            kind=MessageKind.BUTTON_REPLY,
            text=str(body.get("text", "")),
            payload_id=str(body.get("payload", "")),
            **fields,
        )
    if kind_name == "reaction":
        fields["reply_to_provider_id"] = str(body.get("message_id", "")) or fields["reply_to_provider_id"]
        return IncomingMessage(kind=MessageKind.REACTION, reaction_emoji=str(body.get("emoji", "")), **fields)
    errors = _list(raw.get("errors"))
    error = _dict(errors[0]) if errors else {}
    error = error or {"title": f"unhandled type {kind_name!r}"}
    return IncomingMessage(kind=MessageKind.UNSUPPORTED, error=error, **fields)
