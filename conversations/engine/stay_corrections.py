"""Reading a correction of the stay in the light of the stay being discussed."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import replace
from functools import cache

from conversations.engine.turn import Turn


def _calendar_words(*tables: Mapping[int, object]) -> frozenset[str]:
    """The names in Django's own calendar tables, in the six languages (three letters and more)."""
    from django.utils import translation

    from conversations.nlu.types import LANGUAGES

    words: set[str] = set()
    for language in LANGUAGES:
        with translation.override(language):
            for table in tables:
                words.update(str(name).lower().strip(".") for name in table.values())
    return frozenset(w for w in words if len(w) >= 3)


@cache
def _month_words() -> frozenset[str]:
    """Month names and abbreviations in the six languages."""
    from django.utils.dates import MONTHS, MONTHS_3

    return _calendar_words(MONTHS, MONTHS_3)


@cache
def _weekday_words() -> frozenset[str]:
    """Weekday names and abbreviations in the six languages."""
    from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR

    return _calendar_words(WEEKDAYS, WEEKDAYS_ABBR)


@cache
def _month_numbers(language: str) -> dict[str, int]:
    """A language's month names ("abril" -> 4, "märz" -> 3), whole names only: "mar" is also the sea."""
    from django.utils import translation
    from django.utils.dates import MONTHS

    with translation.override(language):
        return {str(name).lower(): number for number, name in MONTHS.items()}


def month_named(text: str, *, language: str) -> int | None:
    """The one month a message names in the guest's language, None for none or several."""
    numbers = _month_numbers(language)
    named = {numbers[word] for word in _WORDS.findall(text.lower()) if word in numbers}
    return named.pop() if len(named) == 1 else None


def remember_month_asked(turn: Turn) -> None:
    """ "I want to come with my wife in april": no days yet, but the days said next are April's."""
    u, b = turn.understanding, turn.frame.booking
    if u.check_in or u.check_out or b.check_in or _NUMERIC_DATE.search(turn.message.text or ""):
        return
    month = month_named(turn.message.text or "", language=turn.language)
    if month is not None:
        year = turn.today.year + (month < turn.today.month)
        b.month_asked = dt.date(year, month, 1)


_NUMERIC_DATE = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\b")
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
# Words that add a night to the stay rather than move it ("saturday too", "le samedi aussi", "auch noch
# den Samstag dazu", "anche sabato", "add saturday"): understanding data, not guest-facing text.
_ADDED = re.compile(
    r"\b(?:too|also|as well|add|extra|another|tambi[eé]n|tb|a[nñ]adi\w*|sumar|aussi|[eé]galement|en plus|"
    r"rajout\w*|ajout\w*|auch|dazu\w*|noch|verl[aä]nger\w*|anche|pure|aggiung\w*|in pi[uù]|tamb[eé]m|"
    r"acrescent\w*|adicion\w*|estend\w*|extend\w*|prolong\w*)\b",
    re.IGNORECASE,
)


def names_no_month(text: str) -> bool:
    lowered = text.lower()
    if _NUMERIC_DATE.search(lowered):
        return False
    return not (set(_WORDS.findall(lowered)) & _month_words())


def anchor_bare_days(turn: Turn) -> None:
    """ "mejor del 21 al 24" while talking about March means March 21-24, not the next 21st.

    The understanding reads a bare day as its next occurrence; inside a booking whose dates are
    known, a correction without a month keeps the month of the stay being discussed.
    """
    u, b = turn.understanding, turn.frame.booking
    if u.check_out and not u.check_in and b.check_in and names_no_month(turn.message.text or ""):
        # "el 23" after "¿Hasta qué día?": the first 23rd after the arrival, not the next 23rd from today.
        if u.check_out.day == b.check_in.day:
            # "el 20" after "Entrada el 20 de febrero. ¿Hasta qué día?": the arrival said again, not a
            # month-long stay to the 20th of March; the departure is asked again.
            turn.understanding = replace(u, check_out=None)
            return
        departure = _next_day_numbered(u.check_out.day, after=b.check_in)
        if departure and departure != u.check_out:
            turn.understanding = replace(u, check_out=departure)
        return
    text = turn.message.text or ""
    # the dates being changed, asked again with none said; else a month wished with no days ("from the 3rd
    # to the 6th" after "in april": those days of April, while a weekday names no day of it)
    stay_before = b.check_in or b.dates_before or b.month_asked
    if not (u.check_in and stay_before) or not names_no_month(text):
        return
    if (
        stay_before != b.month_asked
        and set(_WORDS.findall(text.lower())) & _weekday_words()
        and not any(c.isdigit() for c in text)
    ):
        # "dal venerdì al lunedì" about Easter: those days of the stay's week, not the next Friday
        # (nor the stay's month with the next Friday's day number).
        days = (u.check_in.weekday() - stay_before.weekday() + 3) % 7 - 3
        anchored = stay_before + dt.timedelta(days=days)
        if anchored >= turn.today and anchored != u.check_in:
            moved = anchored - u.check_in
            turn.understanding = replace(
                u, check_in=anchored, check_out=u.check_out + moved if u.check_out else None
            )
        return
    try:
        anchored_in = stay_before.replace(day=u.check_in.day)
    except ValueError:
        return
    if anchored_in == u.check_in or anchored_in < turn.today:
        return
    shift = anchored_in - u.check_in
    check_out = u.check_out + shift if u.check_out else None
    turn.understanding = replace(u, check_in=anchored_in, check_out=check_out)


# One night kept of several ("¿y si fuera solo el sábado?", "just the Saturday then", "seulement le samedi", "nur den
# Samstag", "só o sábado", "solo il sabato"): understanding data, not guest-facing text.
_ONLY = re.compile(
    r"\b(?:s[oó]lo|solamente|[uú]nicamente|only|just|seulement|uniquement|juste|nur|lediglich|s[oó]|apenas|"
    r"soltanto)\b",
    re.IGNORECASE,
)


def keep_one_night(turn: Turn) -> None:
    """ "¿y si fuera solo el sábado?" about Friday and Saturday: the Saturday night alone.

    The understanding reads the day named as a new arrival, and the stay would keep its length from it (Saturday
    and Sunday); a night of the stay being discussed, named with "only", is that night.
    """
    u, b = turn.understanding, turn.frame.booking
    if not (u.check_in and u.check_out is None and not u.nights and b.check_in and b.check_out):
        return
    if b.check_in <= u.check_in < b.check_out and _ONLY.search(turn.message.text or ""):
        turn.understanding = replace(u, check_out=u.check_in + dt.timedelta(days=1))


def add_adjacent_night(turn: Turn) -> None:
    """ "can we make it saturday too, so 2 nights" after a Friday night: Friday and Saturday nights.

    The understanding reads the day named as a new arrival (Saturday, and 2 nights from it); a night
    right after the stay being discussed (or right before it), said to be added or with the nights
    the stay then has, grows the stay instead of moving it.
    """
    u, b = turn.understanding, turn.frame.booking
    if not (u.check_in and b.check_in and b.check_out):
        return
    old_nights = (b.check_out - b.check_in).days
    after, before = u.check_in == b.check_out, u.check_in == b.check_in - dt.timedelta(days=1)
    added = bool(_ADDED.search(turn.message.text or "")) or u.nights == old_nights + 1
    if not ((after or before) and added):
        return
    nights = u.nights if u.nights and u.nights > old_nights else old_nights + 1
    if after:
        turn.understanding = replace(u, check_in=b.check_in, check_out=b.check_in + dt.timedelta(days=nights))
    else:
        turn.understanding = replace(u, check_in=u.check_in, check_out=u.check_in + dt.timedelta(days=nights))


def _next_day_numbered(day: int, *, after: dt.date) -> dt.date | None:
    candidate = after + dt.timedelta(days=1)
    for _ in range(62):
        if candidate.day == day:
            return candidate
        candidate += dt.timedelta(days=1)
    return None
