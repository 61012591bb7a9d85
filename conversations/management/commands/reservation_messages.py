"""`python manage.py reservation_messages [--at ISO] [--send] [--sync]`: the reservation messages due.

Without `--send` it only prints what the beat (`conversations.send_reservation_messages`) would send
at `--at` (default now): reservation, kind, channel, language and the text. `--send` sends what is due
now, exactly as the beat does; `--sync` first mirrors the PMS's upcoming bookings.
"""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from conversations.outreach import outreach_preview, outreach_send_due
from reservations.outreach.sync import outside_bookings_sync

HELD_BACK = {"opted_out": "the guest opted out", "disabled": "this kind is switched off"}


def _moment(value: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--at must be an ISO date and time, got {value!r}") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class Command(BaseCommand):
    help = "Show (or send) the reservation messages due: 7 and 1 days before arrival, 1 day after departure."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--at", type=_moment, default=None, help="when to look (ISO; UTC if no offset)")
        parser.add_argument("--send", action="store_true", help="send what is due now, as the beat does")
        parser.add_argument("--sync", action="store_true", help="mirror the PMS's upcoming bookings first")

    def handle(self, *args: object, **options: object) -> None:
        at = options["at"]
        if options["send"] and at is not None:
            raise CommandError("--send sends what is due now; --at only shows")
        if options["sync"]:
            self.stdout.write(f"bookings read from the PMS: {outside_bookings_sync()}")
        if options["send"]:
            outcomes = outreach_send_due()
            self.stdout.write(", ".join(f"{k}: {v}" for k, v in sorted(outcomes.items())) or "nothing due")
            return
        moment = at if isinstance(at, dt.datetime) else timezone.now()
        previews = outreach_preview(now=moment)
        if not previews:
            self.stdout.write(f"nothing due at {moment.isoformat()}")
        for preview in previews:
            reservation = preview.reservation
            self.stdout.write(
                f"--- {reservation.hotel} · {reservation.reference or reservation.pk} · {preview.kind} · "
                f"{preview.channel or 'no contact'} · {preview.language}"
                + (f" · not sent: {HELD_BACK[preview.held_back]}" if preview.held_back else "")
            )
            self.stdout.write(preview.text)
