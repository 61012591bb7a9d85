"""`python manage.py replay`: run past conversations through the current receptionist in a sandbox.

Nothing is sent and nothing is written to the PMS; the report is stored (viewable in the admin) and
printed. With `--check` the replies marked "worse" (the hotel's regression set, or a JSON-lines file)
must not come back: exit 1 when one does.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from conversations.replay.export import run_csv, run_jsonl, worse_marks_from_jsonl
from conversations.replay.fixture import demo_conversations_load, demo_loadable
from conversations.replay.selectors import OUTCOMES
from conversations.replay.services import (
    hotel_regression_marks,
    replay_run_create,
    replay_run_execute,
    run_regressions,
)
from hotel_agent.hotels.models import Hotel


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"not a date (YYYY-MM-DD): {value}") from exc


class Command(BaseCommand):
    help = "Replay past conversations through the current receptionist (no send, no PMS write) and report changes."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--hotel", default="", help="hotel slug (default: the only active hotel)")
        parser.add_argument("--from", dest="date_from", type=_date, help="conversations started on or after")
        parser.add_argument("--to", dest="date_to", type=_date, help="conversations started on or before")
        parser.add_argument("--channel", default="", choices=["", "whatsapp", "email", "webchat"])
        parser.add_argument("--language", default="", choices=["", "es", "en", "pt", "fr", "de", "it"])
        parser.add_argument("--outcome", default="", choices=["", *OUTCOMES])
        parser.add_argument(
            "--format",
            default="text",
            choices=["text", "jsonl", "csv"],
            help="text: summary and changed turns",
        )
        parser.add_argument(
            "--all-turns", action="store_true", help="jsonl/csv: every turn, not only changed ones"
        )
        parser.add_argument(
            "--check",
            nargs="?",
            const="db",
            default="",
            help="fail (exit 1) when a reply marked worse comes back: the hotel's marks, or a JSON-lines file",
        )
        parser.add_argument(
            "--load-demo",
            action="store_true",
            help="first load the shipped demo conversations into the hotel",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        hotel = self._hotel(options["hotel"])
        if options["load_demo"]:
            if not demo_loadable():
                raise CommandError("the demo conversations book through the PMS: only with PMS_BACKEND=demo")
            added = demo_conversations_load(hotel=hotel)
            self.stderr.write(f"demo conversations loaded: {added}")
        run = replay_run_create(
            hotel=hotel,
            date_from=options["date_from"],
            date_to=options["date_to"],
            channel=options["channel"],
            language=options["language"],
            outcome=options["outcome"],
        )
        run = replay_run_execute(run_id=run.pk)
        changed_only = not options["all_turns"]
        if options["format"] == "jsonl":
            self.stdout.write(run_jsonl(run, changed_only=changed_only), ending="")
        elif options["format"] == "csv":
            self.stdout.write(run_csv(run, changed_only=changed_only), ending="")
        else:
            self._text(run)
        summary = {
            "run": run.pk,
            "hotel": hotel.slug,
            "conversations": run.conversations_done,
            "turns": run.turns,
            "replies_changed": run.turns_changed,
            "bookings_lost": run.bookings_lost,
            "bookings_gained": run.bookings_gained,
            "handoffs_new": run.handoffs_new,
            "handoffs_lost": run.handoffs_lost,
            "turns_with_other_prices": run.prices_changed,
            "turns_per_second": round(run.turns_per_second, 1),
        }
        self.stderr.write(json.dumps(summary))
        if options["check"]:
            marks = (
                hotel_regression_marks(hotel=hotel)
                if options["check"] == "db"
                else worse_marks_from_jsonl(Path(options["check"]).read_text(encoding="utf-8"))
            )
            found = run_regressions(run=run, marks=marks)
            for regression in found:
                self.stderr.write(f"WORSE reply back for {regression.source_key}: {regression.reply[:120]!r}")
            if found:
                raise CommandError(f"{len(found)} replies marked worse came back", returncode=1)
            self.stderr.write(f"regression set: {len(marks)} replies marked worse, none came back")

    def _hotel(self, slug: str) -> Hotel:
        if slug:
            hotel = Hotel.objects.filter(slug=slug).first()
            if hotel is None:
                raise CommandError(f"no hotel {slug!r}")
            return hotel
        active = list(Hotel.objects.filter(active=True)[:2])
        if len(active) != 1:
            raise CommandError("several hotels (or none): name one with --hotel")
        return active[0]

    def _text(self, run: Any) -> None:
        from conversations.replay.selectors import run_turns

        turns = list(run_turns(run=run, changed_only=True))
        if not turns:
            self.stdout.write(
                f"no reply changed in {run.conversations_done} conversations ({run.turns} turns)"
            )
        for turn in turns:
            self.stdout.write(f"--- conversation {turn.replay.conversation_id}, turn {turn.index}")
            self.stdout.write(f"guest: {turn.message.text}")
            self.stdout.write(f"then : {turn.old_text}")
            self.stdout.write(
                f"now  : {turn.new_text if turn.reached else '(not reached: handed off before)'}"
            )
            if turn.old_handoff != turn.new_handoff:
                self.stdout.write(f"handoff: {turn.old_handoff or '-'} -> {turn.new_handoff or '-'}")
            if turn.old_booking != turn.new_booking:
                self.stdout.write(f"booking: {turn.old_booking or '-'} -> {turn.new_booking or '-'}")
