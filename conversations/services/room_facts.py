"""Room-type facts (beds, size, capacity, cot, view...) written from the PMS's room data.

One fact per room type, in the six languages, from `conversations/room_facts.toml`: capacity from
the PMS's occupancy, its features translated where the table knows them, its description (in the
PMS's language) in the hotel's language only. A sync rewrites these facts from the PMS (they are the
PMS's, not a manager's) and switches off the facts of room types the PMS no longer has.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import structlog
from django.db import transaction
from django.template import Context, Engine

from conversations.engine.fact_search import fold
from conversations.models import Fact, FactSource, FactText
from hotel_agent.hotels.models import Hotel
from pms_bridge.port import RoomType

log = structlog.get_logger(__name__)
ROOM_FACTS_FILE = Path(__file__).resolve().parent.parent / "room_facts.toml"
_ENGINE = Engine(autoescape=False)


@cache
def _templates() -> dict[str, Any]:
    with ROOM_FACTS_FILE.open("rb") as handle:
        return tomllib.load(handle)


def room_fact_texts(*, room_type: RoomType, language: str, hotel_language: str) -> tuple[str, str]:
    """The phrasings (one per line) and the answer of a room type's fact in one language."""
    words = _templates()[language]
    features = [words["features"].get(fold(feature).strip(), feature) for feature in room_type.features]
    context = Context(
        {
            "name": room_type.name,
            "description": room_type.description.strip() if language == hotel_language else "",
            "max_guests": room_type.max_guests,
            "max_adults": room_type.max_adults,
            "max_children": room_type.max_children,
            "features": ", ".join(features),
        }
    )
    rendered = (_ENGINE.from_string(line).render(context).strip() for line in words["phrasings"])
    phrasings = "\n".join(line for line in rendered if line)  # a room without features has no equipment line
    return phrasings, " ".join(_ENGINE.from_string(words["answer"]).render(context).split())


@transaction.atomic
def room_facts_sync(*, hotel: Hotel, room_types: list[RoomType]) -> list[Fact]:
    """Write one fact per room type (given by the caller from the PMS); idempotent."""
    facts = []
    for room_type in room_types:
        fact, _ = Fact.objects.update_or_create(
            hotel=hotel,
            key=f"room-{room_type.pms_room_type_id}",
            defaults={
                "topic": "amenities",
                "source": FactSource.ROOM_DATA,
                "room_type_code": str(room_type.pms_room_type_id),
                "active": True,
                # The description is in the PMS's language only: a manager may translate it.
                "needs_translation": bool(room_type.description.strip()),
            },
        )
        for language in _templates():
            phrasings, answer = room_fact_texts(
                room_type=room_type, language=language, hotel_language=hotel.default_language
            )
            FactText.objects.update_or_create(
                fact=fact, language=language, defaults={"phrasings": phrasings, "answer": answer}
            )
        facts.append(fact)
    gone = Fact.objects.filter(hotel=hotel, source=FactSource.ROOM_DATA).exclude(pk__in=[f.pk for f in facts])
    gone.update(active=False)
    log.info("knowledge.room_facts_synced", hotel_id=hotel.pk, room_types=len(facts))
    return facts


def room_facts_refresh(*, hotel: Hotel) -> list[Fact]:
    """Read the hotel's room types from the PMS and rewrite their facts; a PMS that cannot answer
    now leaves the facts as they are (logged), for the next refresh."""
    from pms_bridge.errors import PmsError
    from pms_bridge.factory import get_pms

    try:
        room_types = get_pms().room_types(pms_hotel_id=hotel.pms_hotel_id)
    except PmsError as exc:
        log.warning("knowledge.room_facts_unavailable", hotel_id=hotel.pk, error=type(exc).__name__)
        return []
    return room_facts_sync(hotel=hotel, room_types=room_types)
