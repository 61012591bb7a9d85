"""The demo's anonymised conversations replayed: unchanged right after loading, exactly the affected turns
after a deliberate change, and the shipped regression set (no reply marked "worse" comes back)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings

from conversations.models import Conversation, Message
from conversations.nlu.types import LANGUAGES
from conversations.replay.export import worse_marks_from_jsonl
from conversations.replay.fixture import FIXTURE, demo_conversations, demo_conversations_load
from conversations.replay.models import ReplayRun, ReplayTurn
from conversations.replay.services import replay_run_create, replay_run_execute, run_regressions
from conversations.replay.tests.changes import (
    WORSE_FACT,
    WORSE_TEMPLATE,
    all_languages_template,
    catalogue_sentence,
    fact_answer,
    fact_change,
    template_change,
    template_reset,
)
from hotel_agent.hotels.models import Hotel
from tests.support.pms import reset_pms_state

REGRESSIONS = FIXTURE.parent / "regressions.jsonl"
NLU_DATA = Path(__file__).resolve().parents[2] / "nlu" / "data"


def test_the_shipped_conversations_are_fifty_or_more_in_six_languages_and_anonymised() -> None:
    conversations = demo_conversations()
    assert len(conversations) >= 50
    languages = Counter(item.key.split("-")[0] for item in conversations)
    assert set(languages) == set(LANGUAGES) and min(languages.values()) >= 8
    assert {item.channel for item in conversations} == {"whatsapp", "webchat", "email"}
    for item in conversations:
        contact = item.contact()
        assert contact.get("email", "x@example.com").endswith("example.com")
        assert contact.get("phone", "+34699").startswith("+34699")
        for text in item.messages:
            for address in re.findall(r"[\w.+-]+@[\w.-]+", text):
                assert address.endswith("@example.com"), address


def test_the_shipped_conversations_are_not_copied_from_the_language_data() -> None:
    seen: set[str] = set()
    for path in NLU_DATA.rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.add(str(json.loads(line).get("text", "")).strip().casefold())
    copied = [t for item in demo_conversations() for t in item.messages if t.strip().casefold() in seen]
    assert not copied


@pytest.fixture(scope="module")
def demo_hotel_id(django_db_setup: Any, django_db_blocker: Any) -> Iterator[int]:
    """The demo hotel with the 55 conversations, loaded once for this module (committed) and flushed after:
    each test's own changes are rolled back with its transaction."""
    with django_db_blocker.unblock(), override_settings(PMS_BACKEND="demo"):
        reset_pms_state("demo")
        cache.clear()
        call_command("load_demo", verbosity=0)
        hotel = Hotel.objects.get(slug="hotel-sol-de-levante")
        assert demo_conversations_load(hotel=hotel) == len(demo_conversations())
        assert demo_conversations_load(hotel=hotel) == 0  # loading again adds nothing
        try:
            yield hotel.pk
        finally:
            call_command("flush", interactive=False, verbosity=0)
            reset_pms_state("demo")


@pytest.fixture
def demo(demo_hotel_id: int, db: Any, demo_pms: None) -> Hotel:
    cache.clear()  # reply overrides a previous test cached (its rows were rolled back)
    return Hotel.objects.get(pk=demo_hotel_id)


def _replay(hotel: Hotel) -> ReplayRun:
    return replay_run_execute(run_id=replay_run_create(hotel=hotel).pk)


def _changed(run: ReplayRun) -> set[str]:
    return set(
        ReplayTurn.objects.filter(replay__run=run, reply_changed=True).values_list("source_key", flat=True)
    )


def _turns_whose_reply_contained(hotel: Hotel, sentences: list[str]) -> set[str]:
    keys = set()
    for message in Message.objects.filter(conversation__hotel=hotel, direction="in"):
        replies = Message.objects.filter(idempotency_key__startswith=f"{message.channel}:reply:{message.pk}:")
        if any(sentence in reply.text for reply in replies for sentence in sentences):
            keys.add(f"{message.channel}:{message.provider_message_id}")
    return keys


def test_a_replay_after_a_template_or_fact_change_shows_exactly_the_affected_turns(demo: Hotel) -> None:
    unchanged = _replay(demo)
    assert unchanged.conversations_done == Conversation.objects.filter(hotel=demo).count() >= 50
    assert unchanged.turns >= 100
    assert (unchanged.turns_changed, unchanged.bookings_lost, unchanged.bookings_gained) == (0, 0, 0)
    assert (unchanged.handoffs_new, unchanged.handoffs_lost, unchanged.prices_changed) == (0, 0, 0)
    assert unchanged.conversations.filter(booked_before=True).count() >= 5  # real bookings were replayed

    # A reply sentence changed in every language: the turns that said it, and only those.
    old_sentences = [catalogue_sentence(hotel=demo, language=lang) for lang in LANGUAGES]
    template_change(hotel=demo, texts=all_languages_template("Un momento, le paso con recepción"))
    said_it = _turns_whose_reply_contained(demo, old_sentences)
    assert len(said_it) >= 4
    after_template = _replay(demo)
    assert _changed(after_template) == said_it
    assert after_template.handoffs_new == after_template.handoffs_lost == 0

    # A fact's answer changed (a price in it): the turns that told it join them, nothing else moves.
    old_answers = [fact_answer(hotel=demo, language=lang) for lang in LANGUAGES]
    fact_change(
        hotel=demo,
        texts={lang: old.replace("14", "15") for lang, old in zip(LANGUAGES, old_answers, strict=True)},
    )
    told_it = _turns_whose_reply_contained(demo, old_answers)
    assert told_it and not told_it & said_it
    after_fact = _replay(demo)
    assert _changed(after_fact) == said_it | told_it
    assert after_fact.bookings_lost == after_fact.bookings_gained == 0

    template_reset(hotel=demo)
    fact_change(hotel=demo, texts=dict(zip(LANGUAGES, old_answers, strict=True)))
    assert _replay(demo).turns_changed == 0


def test_no_reply_marked_worse_comes_back_and_one_that_does_is_caught(demo: Hotel) -> None:
    """The regression set shipped with the project, run against the demo conversations (`make test`)."""
    marks = worse_marks_from_jsonl(REGRESSIONS.read_text(encoding="utf-8"))
    assert len(marks) >= 3
    assert not run_regressions(run=_replay(demo), marks=marks)

    # The changes that made those replies, made again: every one of them is caught.
    template_change(hotel=demo, texts=WORSE_TEMPLATE)
    fact_change(hotel=demo, texts=WORSE_FACT)
    back = run_regressions(run=_replay(demo), marks=marks)
    assert {r.source_key for r in back} == {m.source_key for m in marks}
