"""Reading a short answer in the light of the question the dialogue just asked (`expecting`).

"dos" means 2 guests after "¿Cuántas personas serían?", and nothing in a fresh conversation; a name
typed alone is the name after "¿A nombre de quién?"; "la más barata" picks an offer while offers are
shown. Outside its question a message is read on its own (`understand(..., expecting=None)`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from conversations.nlu.classifier import is_known_word
from conversations.nlu.contacts import (
    extract_choice_index,
    extract_email,
    extract_guest_name,
    number_word_choice,
)
from conversations.nlu.guests import without_children
from conversations.nlu.numbers import counts_in
from conversations.nlu.rules import rule_intent
from conversations.nlu.types import Understanding

# What the dialogue can be waiting for (the engine's `DialogueFrame.expecting`).
PARTY: Final = "party"
DATES: Final = "dates"
DATES_AND_PARTY: Final = "dates_and_party"
CHECK_OUT: Final = "check_out"
NAME: Final = "name"
NAME_AND_EMAIL: Final = "name_and_email"
LAST_NAME: Final = "last_name"
EMAIL: Final = "email"
PHONE: Final = "phone"
CHOICE: Final = "choice"
YES_NO: Final = "yes_no"
BOOKING_REF: Final = "booking_ref"
BOOKING_EMAIL: Final = "booking_email"
STAY_CHANGE: Final = "stay_change"  # new dates or guests for an existing booking
EXPECTING = frozenset(
    {
        PARTY,
        DATES,
        DATES_AND_PARTY,
        CHECK_OUT,
        NAME,
        NAME_AND_EMAIL,
        LAST_NAME,
        EMAIL,
        PHONE,
        CHOICE,
        YES_NO,
        BOOKING_REF,
        BOOKING_EMAIL,
        STAY_CHANGE,
    }
)
CHEAPEST, DEAREST = "cheapest", "dearest"
# Confidence given to a message made only of stay details (intent `other`, `extras["stay_details_only"]`).
STAY_DETAILS_CONFIDENCE = 0.5

_NOT_A_REQUEST = frozenset({"other", "faq", "complaint", "greeting"})
_BOOKING = frozenset({"availability", "booking_create"})
# Intents a short answer may override: a bare "dos" or "la más barata" is not a complaint or an FAQ.
_WEAK_INTENTS = _NOT_A_REQUEST | _BOOKING
_SURE = 0.9
_UNSURE_YES_NO = 0.6
_MAX_ANSWER_WORDS = 6
_MAX_STAY_ANSWER_WORDS = 8  # "mi mujer, mis dos hijos y yo"
_NIGHT_WORDS = re.compile(
    r"\b(?:noches?|nights?|noites?|nuits?|nachte?|notti|notte|dias?|days?|tage?|jours?|giorni)\b"
)
_CHEAPEST = re.compile(
    r"\b(?:(?:la|el|lo) (?:mas )?(?:barat[ao]|economic[ao])|mas (?:barat[ao]|economic[ao])|cheapest|cheaper one|"
    r"least expensive|lowest price|mais (?:barat[ao]|economic[ao])|(?:la |le )?moins cher(?:e)?|"
    r"(?:billig|gunstig|gunschtig|preiswerte?)(?:ste[nrs]?|scht[ei]?)|piu economic[ao]|meno car[ao]|la economica)\b"
)
_DEAREST = re.compile(
    r"\b(?:mas car[ao]|most expensive|priciest|dearest|mais car[ao]|(?:la |le )?plus cher(?:e)?|teuerste[nrs]?|"
    r"t(?:eu|uu)(?:r|er)scht[ei]?|piu car[ao])\b"
)
_BARE_REF = re.compile(r"^\s*#?(?P<ref>[A-Za-z0-9-]{4,15})\s*[.!]?\s*$")
_STAY_ANSWERS = frozenset({PARTY, DATES_AND_PARTY, STAY_CHANGE})
# Intents that say something other than an answer ("sí", "gracias", "a person please"): not read as one.
_NO_ANSWER = frozenset({"affirm", "deny", "thanks_goodbye", "handoff_request"})
# Intents the model gives short stay answers that are not what they say: read as the answer instead.
_MISREAD_ANSWERS = frozenset(
    {"affirm", "deny", "handoff_request", "booking_modify", "booking_status", "complaint"}
)
_LIKELY_PARTY = 12
_FILLERS = re.compile(
    r"\b(?:eh+|em+|ehm+|mm+|hm+|uh+|um+|ah+|ahm+|tipo|o sea|bueno|pues|mira|like|you know|i mean|so|well|euh+|ben|"
    r"bah|alors|voila|genre|quoi|also|halt|na ja|naja|allora|cioe|ecco|insomma|dunque|pois|entao|sabe)\b"
)
_MAX_COUNT_WORDS = 3


def count_answer(folded: str) -> int | None:
    """A count said on its own or with fillers ("dos", "tres por favor", "una", "seremos 2", "un par"): 1-30."""
    words = re.findall(r"[a-z0-9'-]+", folded)
    if not words or len(words) > 4 or _NIGHT_WORDS.search(folded):
        return None
    values = counts_in(folded)
    if len(values) != 1 or not 0 < values[0] <= 30:
        return None
    return values[0]


def asks_cheapest(folded: str) -> bool:
    """ "qual o mais barato que cabe nós três?": the cheapest asked for, in a message of any length."""
    return bool(_CHEAPEST.search(folded))


def choice_answer(folded: str) -> int | str | None:
    """Which offer a short answer picks: a 1-based index, -1 (the last), CHEAPEST or DEAREST."""
    if len(folded.split()) > _MAX_ANSWER_WORDS:
        return None
    if _CHEAPEST.search(folded):
        return CHEAPEST
    if _DEAREST.search(folded):
        return DEAREST
    return extract_choice_index(folded)


def read_in_context(u: Understanding, *, text: str, folded: str, expecting: str) -> Understanding:
    """The understanding of `text`, completed with what its words mean as an answer to `expecting`."""
    # Fillers of voice notes ("tipo somos cuatro o sea...", "ähm wir wären zu dritt") don't make an answer long.
    said = _FILLERS.sub(" ", folded).split()
    short = len(said) <= _MAX_ANSWER_WORDS
    brief = len(said) <= _MAX_STAY_ANSWER_WORDS
    if (
        expecting in _STAY_ANSWERS | {DATES, CHECK_OUT}
        and brief
        and _has_stay(u)
        and u.intent in _MISREAD_ANSWERS
    ):
        # "une seule personne" (a person: handoff?), "wir sind zu dritt" (a change?), "pues seríamos tres"
        # (yes?): a short message of stay details right after the question is its answer.
        u = _stay_details(replace(u, intent="other"))
    if (
        expecting in _STAY_ANSWERS
        and u.intent in _MISREAD_ANSWERS
        and u.adults is None
        and len(folded.split()) <= _MAX_COUNT_WORDS
        and count_answer(folded) is not None
    ):
        # "un paio", "una persona" right after "how many people?" are the count (the model read a handoff).
        u = replace(u, intent="other")
    if (
        expecting == BOOKING_REF
        and u.booking_ref is None
        and (m := _BARE_REF.match(text))
        and (ref := m["ref"])
        and (any(c.isdigit() for c in ref) or (len(ref) >= 6 and not is_known_word(ref.lower())))
    ):
        # A code typed alone ("4471-22", "cettoeeaa") is the reference asked for, though a reference's random
        # letters can read to the model as "yes" or "thanks" (one in five did); a word it knows ("gracias",
        # "persona") is no code.
        return replace(u, booking_ref=ref.upper(), intent="other" if u.intent in _NO_ANSWER else u.intent)
    if (
        expecting == CHOICE
        and short
        and _unsure_yes_no(u, below=_UNSURE_YES_NO)
        and choice_answer(folded) is not None
    ):
        # "das günstigste" may read to the model as an unsure yes: the words name an offer all the same.
        u = replace(u, intent="other")
    if (
        expecting in (NAME, NAME_AND_EMAIL, LAST_NAME)
        and _unsure_yes_no(u, below=_SURE)
        and rule_intent(folded) is None
        and _looks_like_a_name(text)
    ):
        # "Javier", "Ruiz" typed alone may read to the model as an unsure yes; a yes or no it is sure of ("vale",
        # "claro", "nein"), that the rules know, or not written as a name ("ya veremos") stays one.
        u = replace(u, intent="other")
    if (
        expecting == CHOICE
        and u.intent in _NO_ANSWER | _WEAK_INTENTS
        and number_word_choice(folded) is not None
    ):
        # "dos" read as a yes (to the double the guest had asked for), "la dos" as a complaint: the number
        # of an offer.
        u = replace(u, intent="other")
    if expecting not in EXPECTING or u.intent in _NO_ANSWER:
        return u
    if expecting in _STAY_ANSWERS and u.adults is None and u.check_in is None and u.nights is None and short:
        count = count_answer(folded)
        # Asked dates and people at once, "20" is more likely a day than twenty guests.
        plausible = count is not None and (expecting != DATES_AND_PARTY or count <= _LIKELY_PARTY)
        if count is not None and plausible and u.intent in _WEAK_INTENTS:
            # (a count alone is the answer even where the model heard a booking in it: "dos" after "how many?")
            return _stay_details(replace(u, adults=count), asked_for=True)
    if expecting in _STAY_ANSWERS and u.adults is None and u.children is not None and short:
        # "2 + 1 baby", "dos y un bebé": the number left once the children are read is the adults.
        count = count_answer(without_children(folded))
        if count is not None and count <= _LIKELY_PARTY and u.intent in _WEAK_INTENTS:
            return _stay_details(replace(u, adults=count), asked_for=True)
    if (
        expecting in _STAY_ANSWERS | {DATES, CHECK_OUT}
        and u.intent in _WEAK_INTENTS
        and _has_stay(u)
        and short
    ):
        # "zu zweit", "mia moglie e io": stay details answering the question, whatever the model thought (a
        # stay asked for too: the conversation says whether it is a booking or a change).
        u = _stay_details(u, asked_for=True)
    if expecting == CHECK_OUT and u.check_out is None and short:
        if u.check_in is not None and not re.search(r"\b(?:desde|from|a partir|ab|dal|du|de)\b", folded):
            # "el 23" after "¿Hasta qué día?": the day of departure, not a new arrival.
            return _stay_details(replace(u, check_in=None, check_out=u.check_in))
        count = count_answer(folded)
        if u.check_in is None and u.nights is None and count is not None:
            return _stay_details(replace(u, nights=count))
    if expecting in (NAME, NAME_AND_EMAIL, LAST_NAME) and not u.guest_name and "?" not in text:
        email = extract_email(text)
        rest = text.replace(email, " ") if email else text
        rest = re.sub(r"[,;]", " ", rest, flags=re.IGNORECASE)
        name = extract_guest_name(rest, bare=True)
        if name and len(name.split()) < 2 and expecting != LAST_NAME:
            # One word ("Forse", "Vale") is too often not a name; a first name alone is asked again.
            name = None
        if name and u.intent in _WEAK_INTENTS:
            return replace(u, guest_name=name, intent="booking_create", confidence=max(u.confidence, 0.6))
    if expecting == CHOICE and short:
        choice = choice_answer(folded)
        if choice is not None and _only_a_weekday(u, text):
            # "a segunda" among offers is the second one, not Monday (segunda-feira).
            u = replace(u, check_in=None, check_out=None, nights=None, extras=_without_stay_flag(u))
        if choice is not None and u.intent in _WEAK_INTENTS and not _has_stay(u):
            extras = {**u.extras, "choice": choice}
            extras.pop("stay_details_only", None)
            return replace(u, intent="booking_create", confidence=max(u.confidence, _SURE), extras=extras)
    return u


def _unsure_yes_no(u: Understanding, *, below: float) -> bool:
    return u.intent in ("affirm", "deny") and u.confidence < below


def _looks_like_a_name(text: str) -> bool:
    """One to three words, each capitalised: "Javier", "Ruiz Gómez"."""
    said = text.split()
    return 0 < len(said) <= 3 and all(word[0].isupper() for word in said)


def _only_a_weekday(u: Understanding, text: str) -> bool:
    """Dates read from words alone (no digit), with no guests: an ordinal that is also a weekday name."""
    dates_only = u.check_in is not None and u.adults is None and u.children is None
    return dates_only and not any(c.isdigit() for c in text)


def _without_stay_flag(u: Understanding) -> dict[str, object]:
    return {k: v for k, v in u.extras.items() if k != "stay_details_only"}


def _has_stay(u: Understanding) -> bool:
    return any(v is not None for v in (u.check_in, u.check_out, u.nights, u.adults, u.children))


def _stay_details(u: Understanding, *, asked_for: bool = False) -> Understanding:
    """Stay details answering the dialogue's question; `asked_for`: also when the model read a stay asked for."""
    kept = _NOT_A_REQUEST | (_BOOKING if asked_for else frozenset())
    if u.intent not in kept:
        return u
    return replace(
        u,
        intent="other",
        faq_topic=None,
        confidence=STAY_DETAILS_CONFIDENCE,
        extras={**u.extras, "stay_details_only": True},
    )
