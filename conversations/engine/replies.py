"""Guest-facing sentences: the catalogue per language, staff overrides, and how facts are formatted.

The catalogue lives in `catalogue/<lang>.toml` (Django template syntax, plain text). A
`ReplyTemplate` row overrides one key for one hotel (or for all hotels when its hotel is empty).
Dates and amounts are formatted here with Django's localisation, so a price is always written the
same way and can be traced back to the quote it came from.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from django.core.cache import cache as shared_cache
from django.db.models import Q
from django.template import Context, Engine, Template
from django.utils import formats, translation

from conversations.nlu.types import LANGUAGES
from hotel_agent.hotels.models import Hotel

CATALOGUE_DIR = Path(__file__).resolve().parent / "catalogue"
FALLBACK_LANGUAGE = "en"
OVERRIDES_CACHE_SECONDS = 300
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}
# Italian and Portuguese write months in lower case in a sentence ("dal 12 dicembre", "de 3 de julho");
# Django's translations give them capitalised, as in a calendar heading.
LOWER_CASE_MONTHS = frozenset({"it", "pt"})
# Italian elides a preposition's article before a vowel, and "8" (otto) and "11" (undici) are said with one:
# "dall'8 all'11 maggio", "l'8 maggio", never "dal 8 al 11".
_ITALIAN_ELISION = re.compile(r"(?<![\w'])(?:(?P<prep>a|da|de|su|ne)l|il) (?P<day>8|11)\b")

_engine = Engine(autoescape=False)


@cache
def catalogue(language: str) -> dict[str, str]:
    with (CATALOGUE_DIR / f"{language}.toml").open("rb") as handle:
        return {key: str(value) for key, value in tomllib.load(handle).items()}


@cache
def overlay_catalogue(language: str, name: str) -> dict[str, str] | None:
    """The sentences of a register or variety of the language (`<lang>.<name>.toml`: "es.informal", the informal
    Spanish catalogue, complete; "pt.br", Brazilian Portuguese, the sentences that differ), or None if there is
    none."""
    path = CATALOGUE_DIR / f"{language}.{name}.toml"
    if not name or not path.exists():
        return None
    with path.open("rb") as handle:
        return {key: str(value) for key, value in tomllib.load(handle).items()}


def informal_catalogue(language: str) -> dict[str, str] | None:
    """The language's informal catalogue (`<lang>.informal.toml`, complete), or None if it has none."""
    return overlay_catalogue(language, "informal")


@cache
def catalogue_in_register(language: str, register: str, variant: str = "") -> dict[str, str]:
    """One register per language: the informal catalogue when the hotel asks for it and it exists; over it, the
    guest's variety of the language ("br": Brazilian Portuguese) where it says a sentence otherwise."""
    sentences = catalogue(language)
    if register == "informal" and (informal := informal_catalogue(language)) is not None:
        # Complete by test (`test_register`); a sentence added since falls back to the formal one.
        sentences = {**sentences, **informal}
    if (variety := overlay_catalogue(language, variant)) is not None:
        sentences = {**sentences, **variety}
    return sentences


@cache
def catalogue_keys() -> frozenset[str]:
    return frozenset(catalogue(FALLBACK_LANGUAGE))


@lru_cache(maxsize=2048)
def _compiled(text: str) -> Template:
    return _engine.from_string(text)


class UnknownReplyKey(KeyError):
    """The code asked for a sentence the catalogue does not have: a programming error."""


class Phrasebook:
    """The sentences of one hotel in one language, with the hotel's overrides loaded once per turn."""

    def __init__(self, *, hotel: Hotel, language: str, variant: str = "") -> None:
        self.hotel = hotel
        self.language = language if language in LANGUAGES else hotel.default_language
        self.variant = variant  # the guest's variety of the language ("br"), '' for the catalogue's own
        self._overrides = _overrides(hotel=hotel, language=self.language)

    @classmethod
    def of_conversation(cls, conversation: Any, *, language: str | None = None) -> Phrasebook:
        """The sentences a conversation's guest reads: its hotel, its language (or `language`) and the variety of
        it the receptionist found (`DialogueFrame.language_variant`)."""
        variant = str((conversation.dialogue_state or {}).get("language_variant") or "")
        return cls(hotel=conversation.hotel, language=language or conversation.language, variant=variant)

    def text_for(self, key: str) -> str:
        if key in self._overrides:
            return self._overrides[key]
        register = getattr(self.hotel, "register", "formal")
        for language in (self.language, self.hotel.default_language, FALLBACK_LANGUAGE):
            variant = self.variant if language == self.language else ""
            if language in LANGUAGES and key in (
                sentences := catalogue_in_register(language, register, variant)
            ):
                return sentences[key]
        raise UnknownReplyKey(key)

    def say(self, key: str, **context: Any) -> str:
        context.setdefault("hotel", self.hotel.name)
        with translation.override(self.language):
            rendered: str = _compiled(self.text_for(key)).render(Context(context, autoescape=False))
        if self.language == "it":
            rendered = _ITALIAN_ELISION.sub(_elided, rendered)
        return rendered.strip()

    # --- facts, formatted the one way they are ever written -----------------------------------
    def date(self, value: dt.date, *, today: dt.date | None = None) -> str:
        key = "date_format" if today is None or value.year == today.year else "date_format_year"
        with translation.override(self.language):
            written = formats.date_format(value, self.text_for(key))
            if self.language in LOWER_CASE_MONTHS:
                month = formats.date_format(value, "F")
                written = written.replace(month, month.lower())
            return written

    def money(self, amount: Decimal, currency: str) -> str:
        return self.say(
            "money", amount=format_amount(amount, self.language), symbol=currency_symbol(currency)
        )

    def guests(self, *, adults: int, children: int = 0) -> str:
        return self.say("guests", adults=adults, children=children)

    def stay(
        self,
        *,
        check_in: dt.date,
        check_out: dt.date,
        adults: int,
        children: int = 0,
        today: dt.date | None = None,
    ) -> str:
        return self.say(
            "stay",
            check_in=self.date(check_in, today=today),
            check_out=self.date(check_out, today=today),
            nights=(check_out - check_in).days,
            guests=self.guests(adults=adults, children=children),
        )

    def button_title(self, key: str, **context: Any) -> str:
        return self.say(key, **context)[:20]


def _elided(match: re.Match[str]) -> str:
    return f"{match['prep'] + 'll' if match['prep'] else 'l'}'{match['day']}"


def format_amount(amount: Decimal, language: str) -> str:
    """`245,00` or `245.00`: two decimals, the language's separator, no grouping (easy to trace)."""
    with translation.override(language):
        return formats.number_format(Decimal(amount).quantize(Decimal("0.01")), 2, use_l10n=True)


def currency_symbol(currency: str) -> str:
    return CURRENCY_SYMBOLS.get(currency.upper(), currency.upper())


def overrides_cache_key(*, hotel_id: int, language: str) -> str:
    return f"reply_overrides:{hotel_id}:{language}"


def _overrides(*, hotel: Hotel, language: str) -> dict[str, str]:
    """The staff's overrides for this hotel and language (the hotel's own win over global ones).

    Cached (they change rarely; `ReplyTemplate.save`/`delete` drop the cache) so a turn costs no query.
    """
    from conversations.models import ReplyTemplate

    key = overrides_cache_key(hotel_id=hotel.pk, language=language)
    cached = shared_cache.get(key)
    if isinstance(cached, dict):
        return cached
    rows = ReplyTemplate.objects.filter(language=language).filter(
        Q(hotel_id=hotel.pk) | Q(hotel__isnull=True)
    )
    chosen: dict[str, str] = {}
    # Hotel rows win over global rows: apply global first, then the hotel's own.
    for row in sorted(rows.values("key", "text", "hotel_id"), key=lambda r: r["hotel_id"] is not None):
        chosen[row["key"]] = row["text"]
    shared_cache.set(key, chosen, timeout=OVERRIDES_CACHE_SECONDS)
    return chosen
