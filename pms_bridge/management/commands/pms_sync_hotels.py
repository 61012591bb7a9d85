"""`manage.py pms_sync_hotels`: import or refresh the PMS's hotels (one hotel here per PMS hotel)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from pms_bridge.errors import PmsError
from pms_bridge.hotel_sync import pms_hotels_sync


class Command(BaseCommand):
    help = "Create or refresh one hotel per PMS hotel (name, address, phone, e-mail, times, currency)."

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            synced = pms_hotels_sync()
        except PmsError as exc:
            raise CommandError(f"the PMS could not be read: {exc}") from exc
        for item in synced:
            hotel = item.hotel
            times = "/".join(t.strftime("%H:%M") for t in (hotel.check_in_time, hotel.check_out_time) if t)
            self.stdout.write(
                f"{'created' if item.created else 'updated'}: {hotel.name} (PMS hotel {hotel.pms_hotel_id}, "
                f"slug {hotel.slug}, {hotel.currency}, check-in/out {times or '-'})"
            )
