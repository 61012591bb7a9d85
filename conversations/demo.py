"""Demo content of `conversations`: the demo hotel's knowledge base in every language.

The answers live in `demo_knowledge/<lang>.toml` (one key per FAQ topic); seeding is idempotent and
keeps what staff have since edited in the admin.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from conversations.models import KnowledgeEntry
from conversations.nlu.types import FAQ_TOPICS, LANGUAGES
from hotel_agent.hotels.models import Hotel

DEMO_KNOWLEDGE_DIR = Path(__file__).resolve().parent / "demo_knowledge"


def demo_knowledge(language: str) -> dict[str, str]:
    with (DEMO_KNOWLEDGE_DIR / f"{language}.toml").open("rb") as handle:
        answers = tomllib.load(handle)
    missing = set(FAQ_TOPICS) - answers.keys()
    if missing:
        raise ValueError(f"demo knowledge base ({language}) lacks {sorted(missing)}")
    return {topic: str(answers[topic]) for topic in FAQ_TOPICS}


def seed(*, hotel: Hotel) -> None:
    """Create the demo knowledge base for `hotel`: every FAQ topic in every language."""
    for language in LANGUAGES:
        for topic, answer in demo_knowledge(language).items():
            KnowledgeEntry.objects.get_or_create(
                hotel=hotel, topic=topic, language=language, defaults={"answer": answer}
            )
