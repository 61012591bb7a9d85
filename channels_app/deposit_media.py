"""The bytes of a guest's photo or PDF that a deposit awaits, fetched from the channel at once and kept
with the proof (`conversations.services.deposits`): WhatsApp's media links expire, and an e-mail's
attachment exists only in the mail. Any other media is not fetched or kept here."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

import structlog

from channels_app.media import MediaUnavailable, message_media_fetch
from conversations.models import Message
from conversations.services.deposits import deposit_media_keep, deposit_proof_wanted

log = structlog.get_logger(__name__)


def keep_whatsapp_proof(*, message: Message) -> None:
    """Never raises: the message is stored already, and staff can still open the media from the console."""
    try:
        if not deposit_proof_wanted(message=message):
            return
        media = message_media_fetch(message=message)
        filename = str((message.media or {}).get("filename") or "")
        deposit_media_keep(
            message=message, content=media.content, mime_type=media.mime_type, filename=filename
        )
    except MediaUnavailable as exc:
        log.warning("deposit.media_unavailable", message_id=message.pk, error=str(exc)[:200])
    except Exception:
        log.exception("deposit.media_keep_failed", message_id=message.pk)


def keep_mail_proof(*, message: Message, raw: bytes) -> None:
    """The mail's first attachment, when the guest owes a deposit's proof. Never raises."""
    try:
        if not deposit_proof_wanted(message=message):
            return
        mail = message_from_bytes(raw, policy=policy.default)
        assert isinstance(mail, EmailMessage)
        part = next(iter(mail.iter_attachments()), None)
        content = part.get_content() if part is not None else None
        if isinstance(content, str):
            content = content.encode()
        if part is None or not isinstance(content, bytes):
            return
        deposit_media_keep(
            message=message,
            content=content,
            mime_type=part.get_content_type(),
            filename=str(part.get_filename() or ""),
        )
    except Exception:
        log.exception("deposit.media_keep_failed", message_id=message.pk)
