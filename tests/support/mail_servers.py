"""Real mail servers on loopback for e-mail tests: Dovecot for IMAP, aiosmtpd for SMTP."""

from __future__ import annotations

import contextlib
import imaplib
import shutil
import socket
import subprocess
import tempfile
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


@dataclass
class ImapAccount:
    port: int
    username: str
    password: str

    @property
    def url(self) -> str:
        return f"imap://{self.username.replace('@', '%40')}:{self.password}@127.0.0.1:{self.port}/INBOX"

    def client(self) -> imaplib.IMAP4:
        client = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        client.login(self.username, self.password)
        client.select("INBOX")
        return client

    def deliver(self, raw: bytes) -> None:
        client = self.client()
        try:
            client.append("INBOX", None, None, raw)
        finally:
            client.logout()

    def unseen_count(self) -> int:
        client = self.client()
        try:
            _, data = client.uid("SEARCH", "UNSEEN")
            return len(data[0].split()) if data and data[0] else 0
        finally:
            client.logout()


@contextlib.contextmanager
def dovecot_server(
    username: str = "reservas@hotel.example", password: str = "s3cret"
) -> Iterator[ImapAccount]:
    """A throwaway Dovecot IMAP server (Debian's dovecot-imapd) in a temporary directory."""
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    if not Path(binary).exists():
        raise RuntimeError("dovecot is not installed (apt-get install dovecot-imapd; .ci/run does it)")
    root = Path(tempfile.mkdtemp(prefix="dovecot-"))
    root.chmod(0o755)  # Dovecot's auth and mail processes run as its own users
    port = free_port()
    for sub in ("run", "state", "mail"):
        (root / sub).mkdir()
    shutil.chown(root / "mail", "dovecot", "dovecot")
    (root / "passwd").write_text(f"{username}:{{PLAIN}}{password}\n")
    (root / "passwd").chmod(0o644)
    (root / "dovecot.conf").write_text(
        textwrap.dedent(
            f"""\
            base_dir = {root}/run
            state_dir = {root}/state
            log_path = {root}/dovecot.log
            protocols = imap
            listen = 127.0.0.1
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            mail_location = maildir:{root}/mail/%u
            first_valid_uid = 1
            passdb {{
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {root}/passwd
            }}
            userdb {{
              driver = static
              args = uid=dovecot gid=dovecot home={root}/mail/%u
            }}
            service imap-login {{
              inet_listener imap {{
                address = 127.0.0.1
                port = {port}
              }}
              inet_listener imaps {{
                port = 0
              }}
            }}
            """
        )
    )
    process = subprocess.Popen([binary, "-F", "-c", str(root / "dovecot.conf")])
    try:
        wait_for_port(port)
        yield ImapAccount(port=port, username=username, password=password)
    finally:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)


@dataclass
class SmtpInbox:
    """What a loopback SMTP server received."""

    port: int
    messages: list[EmailMessage] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        return "250 OK"

    def wait_for(self, count: int, timeout: float = 10) -> list[EmailMessage]:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return list(self.messages)


@contextlib.contextmanager
def smtp_server() -> Iterator[SmtpInbox]:
    inbox = SmtpInbox(port=free_port())
    controller = Controller(inbox, hostname="127.0.0.1", port=inbox.port)
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()
