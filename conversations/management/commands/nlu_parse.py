"""`python manage.py nlu_parse [--today YYYY-MM-DD]`: JSON lines in, one understanding per line out.

Input lines are `{"id": ..., "text": ...}`; output lines carry exactly the fields of docs/INTERFACES.md.
A line that is not valid JSON (or has no text) still gets an answer line, with intent `other`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from conversations.nlu import EXPECTING, understand, warm_up
from hotel_agent.hotels.clock import night_date


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--today must be YYYY-MM-DD, got {value!r}") from exc


class Command(BaseCommand):
    help = "Understand guest messages: JSON lines {id, text} on stdin, one JSON line per input on stdout."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--today", type=_date, default=None, help="reference date for relative dates")
        parser.add_argument("--lang", default=None, help="the conversation's language, if known")
        parser.add_argument("--default-language", default="es", help="language of messages without a signal")
        parser.add_argument(
            "--expecting",
            default=None,
            choices=sorted(EXPECTING),
            help="the question the dialogue just asked: read each text as its answer ('dos' after 'party')",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        # The hotel's date of the night in progress, as the engine reads it (see hotel_agent.hotels.clock).
        today: dt.date = options["today"] or night_date(dt.datetime.now(ZoneInfo(settings.TIME_ZONE)))
        warm_up()
        out = self.stdout
        for line in sys.stdin:
            if not line.strip():
                continue
            message_id, text = _read(line)
            result = understand(
                text,
                today=today,
                conversation_language=options["lang"],
                default_language=options["default_language"],
                expecting=options["expecting"],
            )
            out.write(json.dumps(result.as_contract(message_id), ensure_ascii=False) + "\n", ending="")
            out.flush()


def _read(line: str) -> tuple[Any, str]:
    try:
        item = json.loads(line)
    except ValueError:
        return None, ""
    if not isinstance(item, dict):
        return None, ""
    text = item.get("text")
    return item.get("id"), text if isinstance(text, str) else ""
