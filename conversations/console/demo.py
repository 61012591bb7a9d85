"""Demo canned replies for the console (development data; managers edit their own in the back-office)."""

from __future__ import annotations

import json
from pathlib import Path

from conversations.models import CannedReply
from hotel_agent.hotels.models import Hotel

CANNED_REPLIES_FILE = Path(__file__).with_name("demo_canned_replies.json")


def seed(*, hotel: Hotel) -> None:
    for row in json.loads(CANNED_REPLIES_FILE.read_text(encoding="utf-8")):
        CannedReply.objects.update_or_create(
            hotel=hotel,
            language=row["language"],
            title=row["title"],
            defaults={"text": row["text"], "active": True},
        )
