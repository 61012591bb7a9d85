"""Which kind of room the guest asked for ("una doble", "a family room"), to offer it first or say it is gone.

Understanding data (words per kind in the six languages), not guest-facing text. A room type's own
name (the PMS's, e.g. "Doble", "Junior Suite", "Deluxe Double") is matched with the same words.
"""

from __future__ import annotations

import re

# Kind → words that name it. Only words that mean a room: "familia" alone (my family and I) is not one.
ROOM_KINDS: dict[str, str] = {
    "single": r"individual(?:es)?|single|simples?|individuelle|einzelzimmer|einzel|singola|singole|solteiro",
    # "casal" and "matrimonio" only as a room's kind ("quarto de casal", "habitación de matrimonio"): alone
    # they are a couple ("somos um casal com um bebê") and a wedding ("veniamo per un matrimonio").
    "double": r"dobles?|double|duplos?|(?:de|da)\s+casal|doppelzimmer|doppel|doppia|doppie|matrimoniale|"
    r"(?:de|da)\s+matrimonio",
    "suite": r"suites?|junior[- ]suite",
    "family": r"familiar(?:es)?|family[- ](?:room|suite)s?|familiale|familienzimmer|familiare|famiglia",
}
# Beds are not rooms: "una doble con dos camas individuales", "twin beds" ask for beds, not a room type.
_BEDS = re.compile(
    r"(?<!\w)(?:camas?\s+(?:individual(?:es)?|dobles?|de\s+matrimonio)|(?:single|double|twin)\s+beds?|"
    r"lits?\s+(?:simples?|doubles?|jumeaux|s[ée]par[ée]s)|camas?\s+de\s+casal|camas?\s+de\s+solteiro|"
    r"lett[oi]\s+(?:singol[oi]|matrimonial[ei]|doppi[oa])|einzelbett(?:en)?|doppelbett(?:en)?)(?!\w)",
    re.IGNORECASE,
)
_PATTERNS = {
    kind: re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) for kind, words in ROOM_KINDS.items()
}


def kinds_named(text: str) -> list[str]:
    rooms_only = _BEDS.sub(" ", text or "")
    return [kind for kind, pattern in _PATTERNS.items() if pattern.search(rooms_only)]


def room_kind_asked(text: str) -> str:
    """The one kind of room the text asks for; '' when it names none or several ("doble o suite")."""
    kinds = kinds_named(text)
    return kinds[0] if len(kinds) == 1 else ""


def room_is_kind(room_name: str, kind: str) -> bool:
    """Whether a room type (by its name) is of `kind`; a "Junior Suite" is a suite, a "Suite Familiar" is both."""
    return bool(kind) and kind in kinds_named(room_name)
