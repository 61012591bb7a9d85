"""Answers about the hotel, only from its knowledge base (staff edit it in the admin)."""

from __future__ import annotations

from dataclasses import dataclass

from conversations.engine.turn import Turn
from conversations.models import KnowledgeEntry
from reservations.models import Hotel

FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class KnowledgeAnswer:
    text: str
    language: str


def knowledge_answer(*, hotel: Hotel, topic: str, language: str) -> KnowledgeAnswer | None:
    """The hotel's answer in the guest's language, else in the hotel's language, else English, else any."""
    entries = {e.language: e.answer for e in KnowledgeEntry.objects.filter(hotel=hotel, topic=topic)}
    entries = {lang: text for lang, text in entries.items() if text.strip()}
    for candidate in (language, hotel.default_language, FALLBACK_LANGUAGE, *sorted(entries)):
        if candidate in entries:
            return KnowledgeAnswer(text=entries[candidate].strip(), language=candidate)
    return None


def answer(turn: Turn, *, topic: str | None) -> None:
    found = knowledge_answer(hotel=turn.hotel, topic=topic, language=turn.language) if topic else None
    if found is None:
        turn.say("faq_unknown")
        return
    turn.progress = True
    turn.facts.append(found.text)
    if found.language != turn.language:
        turn.say("faq_other_language", answer=found.text)
    else:
        turn.say("faq_answer", answer=found.text)
