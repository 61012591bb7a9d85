"""Deliberate changes for the replay tests: a reply sentence and a fact's answer, per hotel and language."""

from __future__ import annotations

from conversations.engine.replies import Phrasebook
from conversations.models import Fact, FactText, ReplyTemplate
from conversations.models.knowledge import reply_overrides_forget
from conversations.nlu.types import LANGUAGES
from hotel_agent.hotels.models import Hotel

TEMPLATE_KEY = "handoff_intro_explicit_request"
FACT_KEY = "breakfast"

# The changes that made the shipped regression set (`conversations/replay/data/regressions.jsonl`): the
# demo conversations replayed with them, every reply they changed marked "worse", the marks exported.
WORSE_TEMPLATE = {"es": "Ahora mismo no puedo ayudarle.", "fr": "Je ne peux pas vous aider pour le moment."}
WORSE_FACT = {"en": "Breakfast is served in the morning.", "de": "Frühstück gibt es morgens."}


def catalogue_sentence(*, hotel: Hotel, language: str, key: str = TEMPLATE_KEY) -> str:
    return Phrasebook(hotel=hotel, language=language).text_for(key)


def template_change(*, hotel: Hotel, texts: dict[str, str]) -> None:
    for language, text in texts.items():
        ReplyTemplate.objects.update_or_create(
            hotel=hotel, key=TEMPLATE_KEY, language=language, defaults={"text": text}
        )
    reply_overrides_forget()  # the model forgets the cached overrides on commit, and a test never commits


def fact_answer(*, hotel: Hotel, language: str, key: str = FACT_KEY) -> str:
    return FactText.objects.get(fact__hotel=hotel, fact__key=key, language=language).answer


def fact_change(*, hotel: Hotel, texts: dict[str, str], key: str = FACT_KEY) -> None:
    fact = Fact.objects.get(hotel=hotel, key=key)
    for language, text in texts.items():
        row = FactText.objects.get(fact=fact, language=language)
        row.answer = text
        row.save()


def template_reset(*, hotel: Hotel) -> None:
    for row in ReplyTemplate.objects.filter(hotel=hotel, key=TEMPLATE_KEY):
        row.delete()
    reply_overrides_forget()


def all_languages_template(text: str) -> dict[str, str]:
    return {language: f"{text} ({language})" for language in LANGUAGES}
