"""Reading which offer or which booking the guest picked, when they type it instead of pressing a button."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

# Ordinal words per language (understanding data, not guest-facing text): index 0 is "first".
ORDINALS: dict[str, tuple[str, ...]] = {
    "es": (r"primer[ao]?|1[ªºa]", r"segund[ao]|2[ªºa]", r"tercer[ao]?|3[ªºa]"),
    "en": (r"first|1st", r"second|2nd", r"third|3rd"),
    "pt": (r"primeir[ao]|1[ªºa]", r"segund[ao]|2[ªºa]", r"terceir[ao]|3[ªºa]"),
    "fr": (r"premi(?:er|[eè]re)|1(?:er|re)", r"deuxi[eè]me|second[e]?|2e", r"troisi[eè]me|3e"),
    "de": (r"erste[nrms]?|1\.", r"zweite[nrms]?|2\.", r"dritte[nrms]?|3\."),
    "it": (r"prim[ao]|1[ªºa°]", r"second[ao]|2[ªºa°]", r"terz[ao]|3[ªºa°]"),
}
# A short answer made of a number and at most a couple of filler words ("la 2", "option 3", "nº 1").
_SHORT_NUMBER = re.compile(
    r"^\W*(?:[^\W\d]+\W+){0,2}#?(?:n[ºo°.]?\s*)?([1-9])\W*(?:[^\W\d]+\W*){0,2}$", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
# Room words of the six languages that name the same kind of room: the PMS names a room in one
# language ("Doble"), the guest picks it in theirs ("the double", "Doppel bitte", "la double").
_ROOM_WORDS: dict[str, tuple[str, ...]] = {
    "double": (
        "doble",
        "double",
        "duplo",
        "dupla",
        "casal",
        "doppel",
        "doppelzimmer",
        "doppia",
        "matrimoniale",
    ),
    "single": ("individual", "single", "simple", "solteiro", "einzel", "einzelzimmer", "singola"),
    "family": (
        "familiar",
        "familia",
        "family",
        "famille",
        "familiale",
        "familie",
        "familienzimmer",
        "famiglia",
        "familiare",
    ),
    "triple": ("triple", "triplo", "tripla", "dreibett", "dreibettzimmer"),
    "superior": ("superior", "superieure", "superiore"),
    "standard": ("estandar", "standard", "standardzimmer"),
}
_ROOM_WORD = {word: kind for kind, words in _ROOM_WORDS.items() for word in words}


def _room_words(text: str) -> set[str]:
    """The words of `text` without accents, each room word as its kind ("Doppel" and "Doble": "double")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return {_ROOM_WORD.get(word, word) for word in _WORD.findall(plain)}


def pick_index(text: str, *, language: str, names: Sequence[str]) -> int | None:
    """The 0-based index of the option the text names, or None when it names none (or several)."""
    cleaned = text.strip().lower()
    if not cleaned or len(cleaned) > 60:
        return None
    number = _SHORT_NUMBER.match(cleaned)
    if number:
        index = int(number.group(1)) - 1
        return index if 0 <= index < len(names) else None
    for lang in (language, *ORDINALS):
        for index, pattern in enumerate(ORDINALS.get(lang, ())):
            if index < len(names) and re.search(rf"(?<!\w)(?:{pattern})(?!\w)", cleaned):
                return index
    return _by_name(cleaned, names)


# What marks an ordinal word as the choice of an option when a name is awaited: an article or
# determiner before it ("mejor la primera", "the second one") or an option word after it ("first one",
# "zweites Zimmer"), never a bare "prima" ("prima devo sentire mia moglie": "first", not the first room).
_BEFORE_ORDINAL = r"(?:la|el|lo|the|a|o|le|l'|die|der|das|den|il)\s+"
_AFTER_ORDINAL = (
    r"\s+(?:one|option|room|opci[oó]n|habitaci[oó]n|op[çc][aã]o|quarto|chambre|zimmer|opzione|camera)"
)


def pick_by_room_name(text: str, *, names: Sequence[str], language: str = "") -> int | None:
    """The option a short message names by its room ("the double", "mejor la familiar") or by an
    ordinal word with its article ("perdona, mejor la primera"), no number read: a message that may
    also be a guest's name or e-mail is read only for these words."""
    cleaned = text.strip().lower()
    if not cleaned or len(cleaned) > 40 or "@" in cleaned or any(c.isdigit() for c in cleaned):
        return None
    for lang in (language, *ORDINALS) if language else ():
        for index, pattern in enumerate(ORDINALS.get(lang, ())):
            ordinal = rf"(?:{pattern})(?!\w)"
            if index < len(names) and re.search(
                rf"(?<!\w)(?:{_BEFORE_ORDINAL}{ordinal}|{ordinal}{_AFTER_ORDINAL})", cleaned
            ):
                return index
    return _by_name(cleaned, names)


def _by_name(text: str, names: Sequence[str]) -> int | None:
    """A word that appears in exactly one option's name ("la suite", "the superior one")."""
    named = named_indexes(text, names=names)
    return named[0] if len(named) == 1 else None


def named_indexes(text: str, *, names: Sequence[str]) -> list[int]:
    """Every option the text names by a word of its own ("the double and the junior suite": both), in the
    options' order."""
    words = _room_words(text)
    name_words = [_room_words(name) for name in names]
    named = []
    for index, own in enumerate(name_words):
        others = set().union(*(w for i, w in enumerate(name_words) if i != index))
        if words & (own - others):
            named.append(index)
    return named


def index_of_choice(choice: object, *, totals: Sequence[Decimal]) -> int | None:
    """The 0-based index of the offer the understanding read as chosen (`extras["choice"]`): a 1-based
    number, -1 for the last one, or the cheapest / dearest of the prices shown."""
    from conversations.nlu.answers import CHEAPEST, DEAREST

    if not totals:
        return None
    if choice == CHEAPEST:
        return min(range(len(totals)), key=lambda i: totals[i])
    if choice == DEAREST:
        return max(range(len(totals)), key=lambda i: totals[i])
    if isinstance(choice, int) and not isinstance(choice, bool):
        if choice == -1:
            return len(totals) - 1
        return choice - 1 if 0 < choice <= len(totals) else None
    return None
