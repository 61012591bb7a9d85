"""`python manage.py poll_email [--forever]`: one pass (or a loop) over the IMAP inbox."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from channels_app.email.config import imap_server
from channels_app.email.poller import MailboxUnavailable, poll_forever, poll_inbox_once


class Command(BaseCommand):
    help = "Read new guest e-mail from the inbox of EMAIL_IMAP_URL (one pass, or --forever)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--forever", action="store_true", help="keep polling")
        parser.add_argument("--interval", type=float, default=30.0, help="seconds between passes")

    def handle(self, *args: Any, **options: Any) -> None:
        if imap_server() is None:
            raise CommandError("EMAIL_IMAP_URL is empty: e-mail is disabled")
        if options["forever"]:
            poll_forever(interval_seconds=options["interval"])
            return
        try:
            result = poll_inbox_once()
        except MailboxUnavailable as exc:
            raise CommandError(f"mailbox unavailable: {exc}") from exc
        self.stdout.write(
            f"fetched {result.fetched}, stored {result.stored}, duplicates {result.duplicates}, "
            f"ignored {result.ignored}, failed {result.failed}"
        )
