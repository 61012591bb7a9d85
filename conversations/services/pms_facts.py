"""The hotel's facts that its PMS states (QloApps `hotels`): check-in and check-out times, and where
the hotel is and how to reach it. A hotel brought from the PMS starts its knowledge with them, and each
sync keeps them current; a fact staff wrote themselves under the same key is theirs and left alone.

Written in the six languages from the reply catalogue (`pms_fact_*` keys), so the agent answers
"¿A qué hora es el check-in?" with the PMS's own hours.
"""

from __future__ import annotations

from typing import Any

import structlog
from django.db import transaction

from conversations.engine.replies import Phrasebook
from conversations.models import Fact, FactSource, FactText
from conversations.nlu.types import LANGUAGES
from hotel_agent.hotels.models import Hotel
from hotel_agent.hotels.selectors import HotelFacts, hotel_facts

log = structlog.get_logger(__name__)

TIMES_KEY = "checkin_checkout"  # the key the demo hotel's hours carry too: the PMS's hours replace them
ADDRESS_KEY = "address"
# Facts the PMS may write over: its own, and demo or migrated paragraphs; never what staff wrote.
REPLACEABLE = (FactSource.PMS_HOTEL, FactSource.DEMO, FactSource.PARAGRAPH)


def _texts(hotel: Hotel, key: str, context: dict[str, Any]) -> dict[str, tuple[str, str]]:
    texts = {}
    for language in LANGUAGES:
        phrases = Phrasebook(hotel=hotel, language=language)
        texts[language] = (
            phrases.say(f"pms_fact_{key}_questions"),
            phrases.say(f"pms_fact_{key}", **context),
        )
    return texts


def _upsert(
    hotel: Hotel, *, key: str, topic: str, values: dict[str, Any], texts: dict[str, tuple[str, str]]
) -> Fact | None:
    fact = Fact.objects.filter(hotel=hotel, key=key).first()
    if fact is not None and fact.source not in REPLACEABLE:
        return None
    if fact is None:
        fact = Fact(hotel=hotel, key=key)
    fact.topic, fact.source, fact.active = topic, FactSource.PMS_HOTEL, True
    for name, value in values.items():
        setattr(fact, name, value)
    fact.save()
    for language, (phrasings, answer) in texts.items():
        FactText.objects.update_or_create(
            fact=fact, language=language, defaults={"phrasings": phrasings, "answer": answer}
        )
    return fact


@transaction.atomic
def facts_from_pms_hotel(*, hotel: Hotel) -> list[Fact]:
    """Write (or refresh) the facts the PMS states about `hotel`; returns those written."""
    facts: HotelFacts = hotel_facts(hotel=hotel)
    written = []
    if facts.check_in_time and facts.check_out_time:
        times = {
            "check_in": facts.check_in_time.strftime("%H:%M"),
            "check_out": facts.check_out_time.strftime("%H:%M"),
        }
        written.append(
            _upsert(
                hotel,
                key=TIMES_KEY,
                topic="checkin_checkout_times",
                values={"opens_at": facts.check_in_time, "closes_at": facts.check_out_time},
                texts=_texts(hotel, "times", times),
            )
        )
    if facts.address:
        place = {"address": facts.address, "city": facts.city, "phone": facts.phone, "email": facts.email}
        written.append(
            _upsert(
                hotel,
                key=ADDRESS_KEY,
                topic="location_directions",
                values={},
                texts=_texts(hotel, "address", place),
            )
        )
    kept = [fact for fact in written if fact is not None]
    log.info("knowledge.pms_facts", hotel_id=hotel.pk, facts=len(kept))
    return kept


def on_hotel_synced(sender: Any, *, hotel: Hotel, created: bool, **_: Any) -> None:
    facts_from_pms_hotel(hotel=hotel)
