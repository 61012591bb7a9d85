"""Demo content of `conversations`: the demo hotel's facts in every language.

`demo_knowledge/facts.toml` lists the facts (topic, structured values); `demo_knowledge/<lang>.toml`
holds their words per language (q: how guests ask, a: the answer). Seeding is idempotent and keeps
what staff have since edited in the admin: a fact that exists is left as it is, only a missing
language is added. The old one-paragraph-per-topic entries migrated into facts are dropped from the
demo hotel, whose facts now say the same things one by one.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.db import transaction

from conversations.engine.fact_search import FactDocument
from conversations.models import Fact, FactSource, FactText
from conversations.nlu.types import LANGUAGES
from conversations.services.room_facts import room_facts_refresh
from hotel_agent.hotels.models import Hotel

DEMO_KNOWLEDGE_DIR = Path(__file__).resolve().parent / "demo_knowledge"
_VALUE_FIELDS = ("price", "currency", "price_unit", "available", "conditions")


def demo_facts() -> dict[str, dict[str, Any]]:
    """The demo facts by key: their values, and per language `q` (phrasings) and `a` (answer)."""
    with (DEMO_KNOWLEDGE_DIR / "facts.toml").open("rb") as handle:
        facts: dict[str, dict[str, Any]] = tomllib.load(handle)
    for language in LANGUAGES:
        with (DEMO_KNOWLEDGE_DIR / f"{language}.toml").open("rb") as handle:
            words = tomllib.load(handle)
        missing = facts.keys() - words.keys()
        if missing:
            raise ValueError(f"demo facts ({language}) lack {sorted(missing)}")
        for key, fact in facts.items():
            fact.setdefault("texts", {})[language] = (tuple(words[key]["q"]), str(words[key]["a"]))
    return facts


def demo_fact_documents() -> list[FactDocument]:
    """The demo facts as the search index reads them, without a database (tests, benchmark)."""
    return [
        FactDocument(fact_id=number, key=key, topic=fact["topic"], texts=fact["texts"])
        for number, (key, fact) in enumerate(demo_facts().items(), start=1)
    ]


def _values(fact: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {"topic": fact["topic"]}
    for name in ("opens_at", "closes_at"):
        if name in fact:
            values[name] = dt.time.fromisoformat(fact[name])
    for name in ("season_from_month", "season_to_month"):
        if name in fact:
            values[name] = int(fact[name])
    for name in _VALUE_FIELDS:
        if name in fact:
            values[name] = Decimal(fact[name]) if name == "price" else fact[name]
    return values


def seed(*, hotel: Hotel) -> None:
    """Create the demo facts for `hotel` in every language (idempotent; staff edits are kept), then
    the room types' facts from the PMS (outside the transaction: it is a PMS call)."""
    _seed_facts(hotel=hotel)
    room_facts_refresh(hotel=hotel)


@transaction.atomic
def _seed_facts(*, hotel: Hotel) -> None:
    # A handful of queries whatever the number of facts: every test of the engine seeds the demo hotel.
    Fact.objects.filter(hotel=hotel, source=FactSource.PARAGRAPH).delete()
    facts = demo_facts()
    fact_ids = _fact_ids(hotel=hotel, facts=facts)
    texts = FactText.objects.filter(fact_id__in=fact_ids.values()).order_by()
    have = set(texts.values_list("fact_id", "language"))
    FactText.objects.bulk_create(
        FactText(fact_id=fact_ids[key], language=language, phrasings="\n".join(phrasings), answer=answer)
        for key, fact in facts.items()
        for language, (phrasings, answer) in fact["texts"].items()
        if (fact_ids[key], language) not in have
    )


def _fact_ids(*, hotel: Hotel, facts: dict[str, dict[str, Any]]) -> dict[str, int]:
    """The ids of the demo facts by key, creating the missing ones; one that exists is left as it is."""
    existing = _ids_by_key(hotel=hotel, keys=facts.keys())
    missing = [
        Fact(hotel=hotel, key=key, **_values(fact), source=FactSource.DEMO)
        for key, fact in facts.items()
        if key not in existing
    ]
    if not missing:
        return existing
    # A seed running at the same time may create some first: theirs stay, as with get_or_create.
    Fact.objects.bulk_create(missing, ignore_conflicts=True)
    return _ids_by_key(hotel=hotel, keys=facts.keys())


def _ids_by_key(*, hotel: Hotel, keys: Iterable[str]) -> dict[str, int]:
    # No ordering: the model's default one joins the hotel only to sort.
    return dict(Fact.objects.filter(hotel=hotel, key__in=keys).order_by().values_list("key", "pk"))
