"""Sending an outbox row by e-mail: a reply in the guest's thread, over SMTP."""

from __future__ import annotations

import smtplib
import ssl
import time
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

import structlog
from django.conf import settings

from channels_app.email.config import MailServer, smtp_server
from conversations.incoming import OutgoingReply
from conversations.models import Message

log = structlog.get_logger(__name__)
SMTP_TIMEOUT_SECONDS = 15


class EmailSendError(Exception):
    """The mail server is unreachable or answered with a temporary error: try again later."""


class EmailRejected(Exception):
    """The mail server refused the message for good (bad address, policy): do not retry."""


def render_text(reply: OutgoingReply) -> str:
    """The reply as plain text; choices become a numbered list the guest answers with a number."""
    lines = [reply.text.strip()]
    options = [b.title for b in reply.buttons] or [r.title for r in reply.list_rows]
    if options:
        lines.append("")
        lines.extend(f"{number}. {title}" for number, title in enumerate(options, start=1))
    return "\n".join(lines).strip() + "\n"


def thread_headers(message: Message) -> tuple[str, str, str]:
    """Subject, In-Reply-To and References of the guest mail this reply belongs to."""
    last_inbound = (
        Message.objects.filter(
            conversation_id=message.conversation_id, direction="in", channel=message.channel
        )
        .exclude(provider_message_id__isnull=True)
        .order_by("-id")
        .first()
    )
    if last_inbound is None:
        return message.conversation.hotel.name, "", ""
    raw = last_inbound.raw or {}
    subject = str(raw.get("subject", "")).strip() or message.conversation.hotel.name
    if not subject.lower().startswith("re:"):
        subject = f"Re: {subject}"
    message_id = last_inbound.provider_message_id or ""
    references = " ".join(part for part in (str(raw.get("references", "")).strip(), message_id) if part)
    return subject, message_id, references


def build_mail(message: Message) -> EmailMessage:
    outgoing = message.outgoing or {}
    # An e-mail of its own (a booking confirmation, in any channel's conversation) names its address
    # and subject; a reply goes to the guest's thread.
    guest_address = outgoing.get("email_to") or message.conversation.guest.email
    if not guest_address:
        raise EmailRejected("conversation has no guest e-mail address")
    sender = settings.EMAIL_FROM
    domain = sender.rsplit("@", 1)[-1] if "@" in sender else "hotel-agent.local"
    if outgoing.get("email_subject"):
        subject, in_reply_to, references = str(outgoing["email_subject"]), "", ""
    else:
        subject, in_reply_to, references = thread_headers(message)
    mail = EmailMessage()
    mail["From"] = formataddr((message.conversation.hotel.name, sender))
    mail["To"] = guest_address
    mail["Subject"] = subject
    mail["Message-ID"] = make_msgid(idstring=f"ha{message.pk}", domain=domain)
    # RFC 3834: the agent's answers are auto-replied, messages the hotel sends first auto-generated.
    if outgoing.get("proactive"):
        mail["Auto-Submitted"] = "auto-generated"
    else:
        mail["Auto-Submitted"] = "auto-replied" if message.author == "ai" else "no"
    if in_reply_to:
        mail["In-Reply-To"] = in_reply_to
        mail["References"] = references
    reply = OutgoingReply.from_payload(message.outgoing or {"text": message.text})
    mail.set_content(render_text(reply))
    return mail


def deliver(mail: EmailMessage, server: MailServer) -> None:
    context = ssl.create_default_context()
    client: smtplib.SMTP
    if server.implicit_tls:
        client = smtplib.SMTP_SSL(server.host, server.port, timeout=SMTP_TIMEOUT_SECONDS, context=context)
    else:
        client = smtplib.SMTP(server.host, server.port, timeout=SMTP_TIMEOUT_SECONDS)
    with client:
        if server.starttls:
            client.starttls(context=context)
        if server.username:
            client.login(server.username, server.password)
        client.send_message(mail)


def send_email_message(message: Message) -> str:
    """Send `message` to its guest; returns its Message-ID, which the outbox records as sent."""
    server = smtp_server()
    if server is None:
        raise EmailRejected("EMAIL_SMTP_URL is not configured")
    mail = build_mail(message)
    started = time.perf_counter()
    try:
        deliver(mail, server)
    except smtplib.SMTPRecipientsRefused as exc:
        raise EmailRejected("recipient refused") from exc
    except smtplib.SMTPResponseException as exc:
        if 400 <= exc.smtp_code < 500:
            raise EmailSendError(f"temporary SMTP error {exc.smtp_code}") from exc
        raise EmailRejected(f"SMTP error {exc.smtp_code}") from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise EmailSendError(type(exc).__name__) from exc
    finally:
        log.info("email.send", message_id=message.pk, ms=round((time.perf_counter() - started) * 1000, 1))
    return str(mail["Message-ID"])
