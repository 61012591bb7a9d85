"""The demo hotel's facts: seeded from `demo_knowledge/` in every language, in a few queries, idempotent."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from conversations.demo import demo_facts, seed
from conversations.models import Fact, FactSource, FactText
from conversations.nlu.types import LANGUAGES
from conversations.tests.factories import HotelFactory
from hotel_agent.hotels.models import Hotel

pytestmark = pytest.mark.django_db

# The hotel is not in the demo PMS: its room facts stop at one query, the rest is the demo facts'.
SEED_MAX_QUERIES = 12


@pytest.fixture
def hotel(demo_pms: None) -> Hotel:
    return HotelFactory.create()


def _rows(hotel: Hotel) -> tuple[list[Any], list[Any]]:
    facts = list(Fact.objects.filter(hotel=hotel).order_by("pk").values())
    texts = list(FactText.objects.filter(fact__hotel=hotel).order_by("pk").values())
    return facts, texts


def test_seeding_writes_every_demo_fact_with_its_values_and_words_in_every_language(hotel):
    seed(hotel=hotel)
    facts = demo_facts()
    rows = {fact.key: fact for fact in Fact.objects.filter(hotel=hotel)}
    assert rows.keys() == facts.keys()
    assert {fact.source for fact in rows.values()} == {FactSource.DEMO}
    assert [fact.key for fact in Fact.objects.filter(hotel=hotel).order_by("pk")] == list(facts)
    late_checkout = rows["late_checkout"]
    assert (late_checkout.topic, late_checkout.price, late_checkout.currency, late_checkout.price_unit) == (
        "checkin_checkout_times",
        Decimal("20.00"),
        "EUR",
        "once",
    )
    assert str(late_checkout.closes_at) == "13:00:00"
    texts = {(text.fact.key, text.language): text for text in FactText.objects.filter(fact__hotel=hotel)}
    assert len(texts) == len(facts) * len(LANGUAGES)
    for key, fact in facts.items():
        for language, (phrasings, answer) in fact["texts"].items():
            assert texts[key, language].phrasings == "\n".join(phrasings)
            assert texts[key, language].answer == answer


def test_seeding_again_changes_no_row(hotel):
    seed(hotel=hotel)
    before = _rows(hotel)
    seed(hotel=hotel)
    assert _rows(hotel) == before


def test_seeding_again_keeps_a_managers_edits_adds_what_is_missing_and_drops_old_paragraphs(hotel):
    seed(hotel=hotel)
    pool = Fact.objects.get(hotel=hotel, key="pool")
    Fact.objects.filter(pk=pool.pk).update(source=FactSource.STAFF, season_from_month=6, active=False)
    FactText.objects.filter(fact=pool, language="es").update(answer="La piscina abre de junio a septiembre.")
    FactText.objects.filter(fact=pool, language="de").delete()
    Fact.objects.filter(hotel=hotel, key="gym").delete()
    paragraph = Fact.objects.create(hotel=hotel, key="old-amenities", source=FactSource.PARAGRAPH)
    seed(hotel=hotel)
    pool.refresh_from_db()
    assert (pool.source, pool.season_from_month, pool.active) == (FactSource.STAFF, 6, False)
    assert pool.texts.get(language="es").answer == "La piscina abre de junio a septiembre."
    assert pool.texts.get(language="de").answer == demo_facts()["pool"]["texts"]["de"][1]
    gym = Fact.objects.get(hotel=hotel, key="gym")
    assert (gym.source, gym.texts.count()) == (FactSource.DEMO, len(LANGUAGES))
    assert not Fact.objects.filter(pk=paragraph.pk).exists()


def test_seeding_takes_a_few_queries_whatever_the_number_of_facts(hotel, django_assert_max_num_queries):
    with django_assert_max_num_queries(SEED_MAX_QUERIES):
        seed(hotel=hotel)
    with django_assert_max_num_queries(SEED_MAX_QUERIES):
        seed(hotel=hotel)
