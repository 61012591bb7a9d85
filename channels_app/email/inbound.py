"""A received e-mail, as raw RFC 5322 bytes, becomes an `IncomingMessage` (or is ignored)."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from django.utils import timezone

from conversations.incoming import Channel, IncomingMessage, MediaRef, MessageKind
from conversations.nlu.quoting import latest_reply

# Auto-replies, bounces and lists must never start a conversation (or a mail loop).
AUTOMATED_SENDERS = re.compile(r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@", re.IGNORECASE)
MAX_TEXT_CHARS = 8000
TAG = re.compile(r"<[^>]+>")
BLOCK_TAGS = re.compile(r"(?i)<\s*(br|/p|/div|/li|/tr|/h\d)\s*/?>")
HIDDEN = re.compile(r"(?is)<(style|script|head)\b.*?</\1\s*>")


class IgnoredMail(Exception):
    """A mail that is not a guest writing (automatic reply, bounce, list, our own)."""


def is_automated(mail: EmailMessage, *, own_address: str) -> str:
    """Why this mail is automatic, or "" when a person wrote it."""
    sender = parseaddr(str(mail.get("From", "")))[1].lower()
    if not sender:
        return "no_sender"
    if own_address and sender == own_address.lower():
        return "own_address"
    if AUTOMATED_SENDERS.match(sender):
        return "automated_sender"
    auto_submitted = str(mail.get("Auto-Submitted", "no")).lower()
    if auto_submitted and auto_submitted != "no":
        return "auto_submitted"
    if str(mail.get("Precedence", "")).lower() in {"bulk", "junk", "list", "auto_reply"}:
        return "bulk"
    if mail.get("List-Id") or mail.get("X-Autoreply") or mail.get("X-Autorespond"):
        return "list_or_autoreply"
    return ""


def html_to_text(markup: str) -> str:
    text = HIDDEN.sub("", markup)
    text = BLOCK_TAGS.sub("\n", text)
    text = TAG.sub("", text)
    return re.sub(r"\n\s*\n+", "\n\n", html.unescape(text)).strip()


def body_text(mail: EmailMessage) -> str:
    part = mail.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError):
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else str(payload)
    if part.get_content_subtype() == "html":
        content = html_to_text(content)
    return str(content)


def provider_id(mail: EmailMessage, raw: bytes) -> str:
    message_id = str(mail.get("Message-ID", "")).strip()
    if message_id:
        return message_id[:255]
    # No Message-ID (rare, broken clients): the content itself is the dedupe key.
    return f"<sha256-{hashlib.sha256(raw).hexdigest()}@hotel-agent.invalid>"


def thread_key(mail: EmailMessage) -> str:
    references = str(mail.get("References", "")).split()
    if references:
        return references[0][:255]
    in_reply_to = str(mail.get("In-Reply-To", "")).strip()
    return in_reply_to[:255] or str(mail.get("Message-ID", "")).strip()[:255]


def sent_at(mail: EmailMessage) -> dt.datetime:
    try:
        value = parsedate_to_datetime(str(mail.get("Date", "")))
    except (TypeError, ValueError, IndexError):
        return timezone.now()
    if value is None:
        return timezone.now()
    if timezone.is_naive(value):
        value = timezone.make_aware(value, dt.UTC)
    return value


def first_attachment(mail: EmailMessage) -> MediaRef | None:
    for part in mail.iter_attachments():
        return MediaRef(
            media_id="",
            mime_type=part.get_content_type(),
            filename=str(part.get_filename() or ""),
        )
    return None


AUDIO_EXTENSIONS = {
    ".ogg": "audio/ogg",
    ".opus": "audio/ogg",
    ".oga": "audio/ogg",
    ".m4a": "audio/mp4",
    ".aac": "audio/aac",
    ".mp3": "audio/mpeg",
    ".amr": "audio/amr",
    ".wav": "audio/wav",
}


def voice_attachment(mail: EmailMessage) -> tuple[bytes, str, str] | None:
    """The first audio attachment (by type, or by name when sent as octet-stream): bytes, type, name."""
    for part in mail.iter_attachments():
        filename = str(part.get_filename() or "")
        extension = filename[filename.rfind(".") :].lower() if "." in filename else ""
        mime_type = part.get_content_type()
        if not mime_type.startswith("audio/") and extension not in AUDIO_EXTENSIONS:
            continue
        content = part.get_payload(decode=True)
        if isinstance(content, bytes) and content:
            if not mime_type.startswith("audio/"):
                mime_type = AUDIO_EXTENSIONS[extension]
            return content, mime_type, filename
    return None


def _voice_note(mail: EmailMessage) -> MediaRef | None:
    """A mail that is only a voice note: its audio kept (the mail will not be read again) for the
    `speech` queue to transcribe. None when there is none, or it is too large to keep."""
    from channels_app.media import MediaUnavailable, audio_store

    found = voice_attachment(mail)
    if found is None:
        return None
    content, mime_type, filename = found
    try:
        media_id = audio_store(content=content, mime_type=mime_type)
    except MediaUnavailable:
        return None
    return MediaRef(media_id=media_id, mime_type=mime_type, filename=filename, is_voice=True)


def incoming_from_mail(raw: bytes, *, own_address: str = "") -> IncomingMessage:
    """Parse one mail. Raises `IgnoredMail` for automatic mail."""
    mail = message_from_bytes(raw, policy=policy.default)
    assert isinstance(mail, EmailMessage)
    reason = is_automated(mail, own_address=own_address)
    if reason:
        raise IgnoredMail(reason)
    name, address = getaddresses([str(mail.get("From", ""))])[0]
    text = latest_reply(body_text(mail))[:MAX_TEXT_CHARS]
    subject = str(mail.get("Subject", "")).strip()
    attachment = first_attachment(mail)
    kind = MessageKind.TEXT
    voice = _voice_note(mail) if not text and attachment is not None else None
    if voice is not None:
        kind, attachment = MessageKind.AUDIO, voice
    elif not text and attachment is not None:
        kind = MessageKind.DOCUMENT
    if not text and attachment is None:
        # An empty reply still says something through its subject ("Reserva para mayo").
        text = re.sub(r"(?i)^(re|aw|fwd?|rv|tr|wg|r)\s*:\s*", "", subject)
    return IncomingMessage(
        channel=Channel.EMAIL,
        provider_message_id=provider_id(mail, raw),
        sender=address.strip().lower(),
        sender_name=name.strip(),
        kind=kind,
        sent_at=sent_at(mail),
        text=text,
        media=attachment,
        subject=subject[:255],
        thread_key=thread_key(mail),
        raw={
            "message_id": str(mail.get("Message-ID", "")),
            "subject": subject[:255],
            "in_reply_to": str(mail.get("In-Reply-To", "")),
            "references": str(mail.get("References", ""))[:2000],
            "size": len(raw),
        },
    )
