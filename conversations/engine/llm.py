"""Optional phrasing by an OpenAI-compatible language model (`LLM_*` settings).

The model only rewords a reply that the templates already rendered from PMS and knowledge-base
facts. Its text is used only when it passes `facts_preserved`: every number, amount, date, booking
reference, e-mail and address of the rendered reply is still there, and it adds none of its own.
Any error, timeout or failed check sends the template text unchanged. With no LLM configured this
module does nothing.
"""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING

import httpx
import structlog
from django.conf import settings

from conversations.incoming import OutgoingReply

if TYPE_CHECKING:
    from conversations.engine.turn import Turn

log = structlog.get_logger(__name__)

TIMEOUT_SECONDS = 4.0
MAX_GROWTH = 1.6  # the rewording may not be much longer than the original

# Facts a rewording must keep exactly and may never add: numbers (amounts, dates, times, counts),
# booking references (runs of capitals and digits), e-mail addresses and web addresses.
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_REFERENCE = re.compile(r"\b[A-Z0-9]{6,}\b")
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.\w+")
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_CURRENCY = re.compile(r"[€$£]|\b(?:EUR|USD|GBP|CHF)\b")


def configured() -> bool:
    return bool(settings.LLM_BASE_URL and settings.LLM_MODEL)


def _facts(text: str) -> dict[str, list[str]]:
    return {
        "numbers": sorted(_NUMBER.findall(text)),
        "references": sorted(set(_REFERENCE.findall(text))),
        "emails": sorted(set(e.rstrip(".,;") for e in _EMAIL.findall(text))),
        "urls": sorted(set(_URL.findall(text))),
        "currency": sorted(set(_CURRENCY.findall(text))),
    }


def facts_preserved(*, original: str, reworded: str) -> bool:
    """True when the rewording states exactly the facts of the original: none lost, none added."""
    if not reworded.strip() or len(reworded) > len(original) * MAX_GROWTH + 80:
        return False
    before, after = _facts(original), _facts(reworded)
    if before["numbers"] != after["numbers"]:
        return False
    return all(set(before[key]) == set(after[key]) for key in ("references", "emails", "urls", "currency"))


def _system_prompt(language: str, hotel: str) -> str:
    # Instructions to the model, not guest-facing text.
    return (
        f"You polish messages that a hotel receptionist at {hotel} sends to guests on WhatsApp. "
        f"Rewrite the message in language '{language}' so it sounds warm and natural, keeping it short. "
        "Keep every number, price, date, time, booking reference, e-mail address and list item exactly as "
        "written. Do not add any fact, offer, promise, price, policy or question that is not in the message. "
        "Reply with the rewritten message only."
    )


def reword(*, text: str, language: str, hotel: str) -> str | None:
    """The model's rewording of `text`, or None on any failure (the caller keeps the original)."""
    url = settings.LLM_BASE_URL.rstrip("/") + "/chat/completions"
    headers = {"Authorization": f"Bearer {settings.LLM_API_KEY}"} if settings.LLM_API_KEY else {}
    body = {
        "model": settings.LLM_MODEL,
        "temperature": 0.2,
        "messages": [
            {"role": "system", "content": _system_prompt(language, hotel)},
            {"role": "user", "content": text},
        ],
    }
    started = time.perf_counter()
    try:
        response = httpx.post(url, json=body, headers=headers, timeout=TIMEOUT_SECONDS)
        response.raise_for_status()
        content = response.json()["choices"][0]["message"]["content"]
    except (httpx.HTTPError, KeyError, IndexError, TypeError, ValueError) as exc:
        log.warning("llm.failed", error=type(exc).__name__, ms=round((time.perf_counter() - started) * 1000))
        return None
    log.info("llm.call", ms=round((time.perf_counter() - started) * 1000), status=response.status_code)
    return content.strip() if isinstance(content, str) else None


def polish_replies(turn: Turn) -> list[OutgoingReply]:
    """The turn's replies, each reworded by the model when that keeps its facts intact."""
    if not configured():
        return list(turn.replies)
    polished: list[OutgoingReply] = []
    for reply in turn.replies:
        reworded = reword(text=reply.text, language=turn.language, hotel=turn.hotel.name)
        if reworded is not None and facts_preserved(original=reply.text, reworded=reworded):
            polished.append(
                OutgoingReply(
                    text=reworded,
                    buttons=reply.buttons,
                    list_rows=reply.list_rows,
                    list_button_label=reply.list_button_label,
                )
            )
        else:
            if reworded is not None:
                log.info("llm.rejected", reason="facts_changed", conversation_id=turn.conversation.pk)
            polished.append(reply)
    return polished
