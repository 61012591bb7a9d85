"""The mail servers of `EMAIL_IMAP_URL` and `EMAIL_SMTP_URL`, parsed once."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

IMAP_PORTS = {"imap": 143, "imap+starttls": 143, "imaps": 993}
SMTP_PORTS = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}


@dataclass(frozen=True)
class MailServer:
    scheme: str
    host: str
    port: int
    username: str
    password: str
    mailbox: str = "INBOX"

    @property
    def implicit_tls(self) -> bool:
        return self.scheme in {"imaps", "smtps"}

    @property
    def starttls(self) -> bool:
        return self.scheme.endswith("+starttls")


def parse_mail_url(url: str, *, ports: dict[str, int], setting: str) -> MailServer:
    parts = urlsplit(url)
    if parts.scheme not in ports or not parts.hostname:
        raise ImproperlyConfigured(f"{setting} must look like {'|'.join(ports)}://user:pass@host:port")
    mailbox = unquote(parts.path.lstrip("/")) or "INBOX"
    return MailServer(
        scheme=parts.scheme,
        host=parts.hostname,
        port=parts.port or ports[parts.scheme],
        username=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        mailbox=mailbox,
    )


def imap_server() -> MailServer | None:
    if not settings.EMAIL_IMAP_URL:
        return None
    return parse_mail_url(settings.EMAIL_IMAP_URL, ports=IMAP_PORTS, setting="EMAIL_IMAP_URL")


def smtp_server() -> MailServer | None:
    if not settings.EMAIL_SMTP_URL:
        return None
    return parse_mail_url(settings.EMAIL_SMTP_URL, ports=SMTP_PORTS, setting="EMAIL_SMTP_URL")
