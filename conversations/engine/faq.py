"""Answers about the hotel, only from its knowledge base (staff edit it in the admin)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from conversations.engine.policies import LOW_CONFIDENCE
from conversations.engine.turn import Turn
from conversations.models import KnowledgeEntry
from hotel_agent.hotels.models import Hotel

FALLBACK_LANGUAGE = "en"
TRUST_UNDERSTANDING = 0.8  # above this the understanding's topic stands without a second look
_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


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


def _stems(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return {word[:5] for word in _WORD.findall(plain)}


def topic_from_knowledge(*, hotel: Hotel, language: str, text: str) -> str | None:
    """The topic whose answer shares the most distinctive words with the question, if exactly one does.

    A second opinion on the understanding's FAQ topic ("Gibt es WLAN?" is about wifi because only the
    wifi answer speaks of WLAN); it reads the hotel's own knowledge base, never invents an answer.
    """
    answers = KnowledgeEntry.objects.filter(hotel=hotel, language=language).values_list("topic", "answer")
    vocabulary = {topic: _stems(answer) for topic, answer in answers}
    if not vocabulary:
        return None
    spread = Counter(stem for stems in vocabulary.values() for stem in stems)
    asked = {stem for stem in _stems(text) if spread[stem] <= 2}
    # A word only one answer uses says more than a word two answers share.
    scores = {topic: sum(1 / spread[stem] for stem in asked & stems) for topic, stems in vocabulary.items()}
    best = max(scores.values())
    winners = [topic for topic, score in scores.items() if score == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def choose_topic(turn: Turn) -> str | None:
    """The understanding's topic when it is sure; else the knowledge base's reading; else a guess only
    when the understanding is at least fairly confident (a wrong answer is worse than asking again)."""
    u = turn.understanding
    if u.faq_topic and u.confidence >= TRUST_UNDERSTANDING:
        return u.faq_topic
    from_knowledge = topic_from_knowledge(
        hotel=turn.hotel, language=turn.language, text=turn.message.text or ""
    )
    if from_knowledge:
        return from_knowledge
    return u.faq_topic if u.confidence >= LOW_CONFIDENCE else None
