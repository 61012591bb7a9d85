"""Children's ages: asked once, when the hotel's PMS needs them (QloApps records a room's children only
from their ages), all of them in one answer ("7 y 4", "seven", "el niño tiene 7 años"), kept in the frame."""

from __future__ import annotations

import re

from conversations.engine import pms_gateway
from conversations.engine.frame import BookingFrame
from conversations.engine.turn import Turn
from conversations.nlu.numbers import WORD_VALUES
from conversations.nlu.text import fold

MAX_CHILD_AGE = 17
# Words that also mean "a"/"one" as an article ("a 7 year old", "un niño de 7"): never an age on their own.
_ARTICLES = frozenset(
    {"a", "an", "un", "una", "uno", "um", "uma", "une", "ein", "eine", "einen", "einem", "einer", "single"}
)
_AGE_WORDS = {
    w: v for w, v in WORD_VALUES.items() if v <= MAX_CHILD_AGE and w not in _ARTICLES and " " not in w
}
_TOKEN = re.compile(r"\d+|[a-z]+(?:-[a-z]+)?")
# A baby is 0 years old ("un bebé y uno de 5").
_BABY = frozenset({"bebe", "bebes", "baby", "babies", "nourrisson", "neonato", "saugling"})


def ages_in(text: str) -> list[int]:
    """Every age the text states, in order; numbers over 17 are not children's ages and are left out."""
    ages: list[int] = []
    for token in _TOKEN.findall(fold(text)):
        if token.isdigit():
            value = int(token)
            if value <= MAX_CHILD_AGE:
                ages.append(value)
        elif token in _BABY:
            ages.append(0)
        elif token in _AGE_WORDS:
            ages.append(_AGE_WORDS[token])
    return ages


# "de 7 y 4 años", "aged 7 and 4", "7 and 4 years old", "de 5 ans", "7 und 4 Jahre", "di 6 anni":
# ages said along with the party, before they are asked. Only numbers tied to an age word count.
_AGES_SAID = re.compile(
    r"\b(?:aged|edad(?:es)? de|de|of|age[sd]?)?\s*"
    r"((?:\d{1,2}|[a-z]+)(?:\s*(?:,|y|e|and|et|und|ed)\s*(?:\d{1,2}|[a-z]+))*)\s*"
    r"(?:anos|ano|years?(?: old)?|year-olds?|yo|ans|jahre|jahren|jahrig\w*|anni|anno)\b"
)
_AGED = re.compile(r"\baged\s+((?:\d{1,2}|[a-z]+)(?:\s*(?:,|and)\s*(?:\d{1,2}|[a-z]+))*)")


def ages_said_with_the_party(text: str) -> list[int]:
    """Ages the message ties to an age word ("2 niños de 7 y 4 años", "1 child aged 5")."""
    folded = fold(text)
    found: list[int] = []
    for pattern in (_AGES_SAID, _AGED):
        for match in pattern.finditer(folded):
            found.extend(ages_in(match.group(1)))
        if found:
            return found
    return found


def ages_stated_now(turn: Turn) -> bool:
    """The guest gave the children's ages along with the party: keep them, nothing to ask."""
    b = turn.frame.booking
    ages = ages_said_with_the_party(turn.message.text or "")
    if not b.children or len(ages) != b.children:
        return False
    b.child_ages = ages
    return True


def ages_missing(turn: Turn) -> bool:
    """The stay is complete but the PMS cannot record its children without their ages."""
    b = turn.frame.booking
    return bool(
        b.stay_complete()
        and b.children
        and len(b.child_ages) != b.children
        and pms_gateway.child_ages_needed()
    )


def ask_child_ages(turn: Turn) -> None:
    b = turn.frame.booking
    b.child_ages_asked = True
    turn.say("ask_child_ages", children=b.children)


# Who the ages are of, when no age word follows them ("das Kind ist 6", "the kids are 4 and 7", "o menino tem 3").
_CHILD_NOUN = re.compile(
    r"\b(?:nin[oa]s?|hij[oa]s?|peques?|chic[oa]s?|child|children|kids?|son|sons|daughters?|boys?|girls?|enfants?|"
    r"fils|filles?|petite?s?|kind|kinder|sohn|sohne|tochter|tochtern|bub|madchen|bambin[oiea]|figli[oae]?|"
    r"ragazz[oiea]|crianca?s?|filh[oa]s?|menin[oa]s?|miudos?|miudas?)\b"
)


def ages_told_unasked(turn: Turn) -> bool:
    """The children's ages told once the offers are out, unasked and with nothing else ("das Kind ist 6", "los niños
    tienen 4 y 7 años"): one age per child, kept for the booking. A new party or new days are no such message."""
    b: BookingFrame = turn.frame.booking
    u = turn.understanding
    if not b.children or len(b.child_ages) == b.children:
        return False
    if u.check_in is not None or u.check_out is not None or u.adults is not None or u.rooms is not None:
        return False
    if u.children is not None and u.children != b.children:
        return False
    text = turn.message.text or ""
    ages = ages_said_with_the_party(text) or (ages_in(text) if _CHILD_NOUN.search(fold(text)) else [])
    if len(ages) != b.children:
        return False
    b.child_ages = ages
    turn.progress = True
    return True


def absorb_child_ages(turn: Turn) -> bool:
    """The answer to "how old are the children?": exactly one age per child, nothing else about dates."""
    b: BookingFrame = turn.frame.booking
    u = turn.understanding
    if not (b.child_ages_asked and ages_missing(turn)) or u.check_in is not None or u.check_out is not None:
        return False
    ages = ages_in(turn.message.text or "")
    if len(ages) != b.children:
        return False
    b.child_ages = ages
    b.forget_quote()
    turn.progress = True
    return True
