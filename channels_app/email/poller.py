"""Reading the hotel's inbox over IMAP: each new mail in exactly once, nothing lost.

A mail is fetched without marking it read (`BODY.PEEK[]`), handed to the conversation record, and
only then flagged `\\Seen`. A crash in between leaves it unread, so the next pass takes it again,
and the unique Message-ID of the stored message makes that second pass change nothing.
"""

from __future__ import annotations

import contextlib
import imaplib
import ssl
import time
from dataclasses import dataclass

import structlog
from django.conf import settings

from channels_app.deposit_media import keep_mail_proof
from channels_app.email.config import MailServer, imap_server
from channels_app.email.inbound import IgnoredMail, incoming_from_mail
from hotel_agent.hotels.models import Hotel
from hotel_agent.metrics import WEBHOOK_DELIVERIES

log = structlog.get_logger(__name__)
IMAP_TIMEOUT_SECONDS = 20
MAX_MAIL_BYTES = 10 * 1024 * 1024
BATCH = 50


class MailboxUnavailable(Exception):
    """The IMAP server is unreachable or refused our login."""


@dataclass
class PollResult:
    fetched: int = 0
    stored: int = 0
    duplicates: int = 0
    ignored: int = 0
    failed: int = 0


def connect(server: MailServer) -> imaplib.IMAP4:
    try:
        client: imaplib.IMAP4
        if server.implicit_tls:
            client = imaplib.IMAP4_SSL(
                server.host,
                server.port,
                ssl_context=ssl.create_default_context(),
                timeout=IMAP_TIMEOUT_SECONDS,
            )
        else:
            client = imaplib.IMAP4(server.host, server.port, timeout=IMAP_TIMEOUT_SECONDS)
            if server.starttls:
                client.starttls(ssl_context=ssl.create_default_context())
        client.login(server.username, server.password)
        status, _ = client.select(f'"{server.mailbox}"')
        if status != "OK":
            raise MailboxUnavailable(f"cannot select mailbox {server.mailbox!r}")
        return client
    except (OSError, imaplib.IMAP4.error) as exc:
        raise MailboxUnavailable(type(exc).__name__) from exc


def hotel_for_mail() -> Hotel | None:
    """The hotel the inbox belongs to: the first active one (one inbox per deployment)."""
    return Hotel.objects.filter(active=True).order_by("id").first()


def poll_inbox_once(*, server: MailServer | None = None) -> PollResult:
    """One pass over the unread mail of the inbox."""
    from conversations.services import message_receive

    server = server or imap_server()
    result = PollResult()
    if server is None:
        return result
    hotel = hotel_for_mail()
    if hotel is None:
        log.warning("email.no_hotel")
        return result
    client = connect(server)
    try:
        status, data = client.uid("SEARCH", "UNSEEN")
        uids = data[0].split()[:BATCH] if status == "OK" and data and data[0] else []
        for uid in uids:
            result.fetched += 1
            status, parts = client.uid("FETCH", uid, "(RFC822.SIZE BODY.PEEK[])")
            raw = next((p[1] for p in parts if isinstance(p, tuple) and len(p) > 1), b"")
            if status != "OK" or not raw:
                result.failed += 1
                continue
            if len(raw) > MAX_MAIL_BYTES:
                log.warning("email.too_large", uid=uid.decode(), size=len(raw))
                WEBHOOK_DELIVERIES.labels(channel="email", outcome="too_large").inc()
                client.uid("STORE", uid, "+FLAGS", "(\\Seen)")
                result.ignored += 1
                continue
            try:
                incoming = incoming_from_mail(raw, own_address=settings.EMAIL_FROM)
            except IgnoredMail as why:
                log.info("email.ignored", uid=uid.decode(), reason=str(why))
                WEBHOOK_DELIVERIES.labels(channel="email", outcome="ignored").inc()
                client.uid("STORE", uid, "+FLAGS", "(\\Seen)")
                result.ignored += 1
                continue
            try:
                stored = message_receive(incoming=incoming, hotel=hotel)
            except Exception:
                # Left unread: the next pass tries again; the Message-ID keeps it single.
                log.exception("email.store_failed", uid=uid.decode())
                result.failed += 1
                continue
            if stored is not None and stored.media:
                # A deposit's proof: its attachment exists only in the mail.
                keep_mail_proof(message=stored, raw=raw)
            outcome = "accepted" if stored is not None else "duplicate"
            WEBHOOK_DELIVERIES.labels(channel="email", outcome=outcome).inc()
            result.stored += stored is not None
            result.duplicates += stored is None
            client.uid("STORE", uid, "+FLAGS", "(\\Seen)")
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            client.logout()
    log.info("email.poll", **result.__dict__)
    return result


def poll_forever(*, interval_seconds: float = 30.0, passes: int | None = None) -> None:
    done = 0
    while passes is None or done < passes:
        try:
            poll_inbox_once()
        except MailboxUnavailable as exc:
            log.warning("email.mailbox_unavailable", error=str(exc))
        done += 1
        time.sleep(interval_seconds)
