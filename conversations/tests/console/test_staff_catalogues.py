"""The staff pages' catalogues: the compiled .mo files say what their .po sources say (make run needs no
gettext, so a .po edited without recompiling would silently show English), and a receptionist reading the
console in Portuguese, French, German or Italian finds no English left in it."""

from __future__ import annotations

import ast
import datetime as dt
import gettext
import re
from decimal import Decimal
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from conversations.console.views import console_strings
from conversations.models import CannedReply
from conversations.services.handoff import conversation_hand_off
from conversations.tests.factories import ConversationFactory, InboundMessageFactory, OutboundMessageFactory
from reservations.models import Reservation

LOCALE = Path(settings.BASE_DIR) / "locale"
STAFF_LANGUAGES = ["es", "pt", "fr", "de", "it"]


def po_entries(path: Path) -> dict[Any, str]:
    """Translated, non-fuzzy entries of a .po file, keyed like Python's gettext catalogue."""
    entries: dict[Any, str] = {}

    def flush(entry: dict[str, Any]) -> None:
        if "fuzzy" in entry["flags"] or not entry.get("msgid"):
            return
        prefix = entry["msgctxt"] + "\x04" if "msgctxt" in entry else ""
        for key, value in entry.items():
            if key == "msgstr" and value:
                entries[prefix + entry["msgid"]] = value
            elif key.startswith("msgstr[") and value:
                entries[(prefix + entry["msgid"], int(key[7:-1]))] = value

    entry: dict[str, Any] = {"flags": ""}
    last = ""
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            flush(entry)
            entry, last = {"flags": ""}, ""
        elif line.startswith("#,"):
            entry["flags"] += line
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            entry[last] += ast.literal_eval(line)
        else:
            last, _, value = line.partition(" ")
            entry[last] = ast.literal_eval(value)
    return entries


@pytest.mark.parametrize("language", STAFF_LANGUAGES)
def test_compiled_catalogue_matches_its_source(language: str) -> None:
    folder = LOCALE / language / "LC_MESSAGES"
    source = po_entries(folder / "django.po")
    with (folder / "django.mo").open("rb") as handle:
        compiled = {k: v for k, v in gettext.GNUTranslations(handle)._catalog.items() if k != ""}  # type: ignore[attr-defined]
    assert compiled == source, f"run: msgfmt --check-format -o {folder}/django.mo {folder}/django.po"


# Phrases of the console in English; none may be left when a receptionist reads it in another language.
ENGLISH = [
    "Waiting for a human",
    "AI handling",
    "Mine",
    "Closed",
    "Take over",
    "Close",
    "Guest",
    "Save",
    "Reservations",
    "What the AI understood",
    "The guest",
    "wants to book",
    "How sure",
    "Stay",
    "nights",
    "adults",
    "Missing",
    "Technical details",
    "Canned replies",
    "all languages",
    "Add internal note",
    "Send to guest",
    "Log out",
    "Browser's language",
    "unanswered",
    "complaint",
    "Confirmed",
    "connecting",
]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["pt", "fr", "de", "it"])
def test_console_in_portuguese_french_german_and_italian_has_no_english_left(
    language: str, hotel: Any, ana: Any
) -> None:
    conversation = ConversationFactory.create(
        hotel=hotel,
        language="en",
        dialogue_state={
            "stage": "booking_slots",
            "booking": {"check_in": "2027-04-21", "check_out": "2027-04-24", "adults": 2},
        },
    )
    InboundMessageFactory.create(
        conversation=conversation,
        text="I want to book, and the room was noisy",
        understanding={"intent": "booking_create", "confidence": 0.6},
    )
    OutboundMessageFactory.create(conversation=conversation, text="Sorry about that.", status="read")
    conversation_hand_off(conversation=conversation, reason="complaint")
    CannedReply.objects.create(hotel=hotel, language="en", title="Parking", text="18 € a night.")
    Reservation.objects.create(
        hotel=hotel,
        conversation=conversation,
        reference="IFTEALSVU",
        pms_room_type_id=1,
        room_type_name="Doble",
        check_in=dt.date(2027, 4, 21),
        check_out=dt.date(2027, 4, 24),
        adults=2,
        guest_first_name="Ana",
        amount=Decimal("306.90"),
        currency="EUR",
        state=Reservation.State.CONFIRMED,
        idempotency_key="catalogue-test",
    )
    client = Client(headers={"accept-language": language})
    client.force_login(ana)
    html = client.get(f"/console/c/{conversation.pk}/").content.decode()
    # Scripts aside, and the technical details (the engine's raw fields, for support) folded away.
    page = re.sub(r"<script.*?</script>|<details>.*?</details>", " ", html, flags=re.S)
    words = " ".join(unescape(re.sub(r"<[^>]+>", " ", page)).split())
    words = words.replace("I want to book, and the room was noisy", "").replace("Sorry about that.", "")
    left = [phrase for phrase in ENGLISH if re.search(rf"\b{re.escape(phrase)}\b", words)]
    assert left == [], (language, left)
    assert "306,90 €" in words

    with translation.override(language):
        translated = console_strings()
    with translation.override("en"):
        english = console_strings()
    same = [key for key in english if translated[key] == english[key] and key != "live"]
    assert same == [], (language, same)
