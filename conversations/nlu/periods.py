"""A rough time of a month a stay is wished for, with no days said: "the first week of July", "a última semana de
agosto", "à la mi-juin", "Anfang September", "a fine maggio". No stay dates can be read from it (the conventions
give none), so the dialogue asks which nights, naming the days the period runs over."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from conversations.nlu.dates import MONTHS

# The days of a month each rough period covers, by the words that say it (folded text): weeks one to four and the
# last one, then a month's beginning, middle and end.
_WEEK_ORDINALS = {
    1: "first 1st primera primer premiere erste ersten prima primeira",
    2: "second 2nd segunda deuxieme seconde zweite zweiten seconda",
    3: "third 3rd tercera troisieme dritte dritten terza terceira",
    4: "fourth 4th cuarta quatrieme vierte vierten quarta",
    -1: "last ultima derniere letzte letzten",
}
_PART_OF_MONTH = {
    "early": "early beginning principios comienzos inicios inicio comeco debut anfang inizio primi",
    "mid": "mid middle mediados meados mi mitte meta",
    "late": "late end finales fines final fim fin ende fine",
}
_WEEK_NUMBER = {word: n for n, words in _WEEK_ORDINALS.items() for word in words.split()}
_PART = {word: part for part, words in _PART_OF_MONTH.items() for word in words.split()}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEK_OF_MONTH = re.compile(
    rf"\b(?P<n>{'|'.join(_WEEK_NUMBER)})\s+"
    r"(?:week|semana|semaine|woche|settimana)\s+(?:of|de|d'|di|do|da|del|im|in|des|du mois de|von|)\s*"
    rf"(?P<m>{_MONTH})\b"
)
_PART_OF = re.compile(
    # (not a weekend's "end": "le premier week-end de juin")
    rf"\b(?<!week-)(?<!week )(?P<p>{'|'.join(sorted(_PART, key=len, reverse=True))})(?:[- ]|\s+(?:of|de|d'|di|do|da|del|des)\s*)"
    rf"(?:the month of |el mes de |o mes de )?(?P<m>{_MONTH})\b"
)
_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def rough_period(folded: str, *, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the rough period named ("la primera semana de julio": 1 and 7 July), in its next
    occurrence that has not ended, from today on; None when the text names none."""
    if found := _WEEK_OF_MONTH.search(folded):
        month = MONTHS[found["m"]]
        n = _WEEK_NUMBER[found["n"]]
        days = (1 + 7 * (n - 1), 7 * n) if n > 0 else (-6, 0)
    elif found := _PART_OF.search(folded):
        month = MONTHS[found["m"]]
        days = _PART_DAYS[_PART[found["p"]]]
    else:
        return None
    for year in (today.year, today.year + 1):
        last_day = calendar.monthrange(year, month)[1]
        first, last = (last_day + days[0], last_day) if days[0] < 0 else (days[0], min(days[1], last_day))
        start, end = dt.date(year, month, first), dt.date(year, month, last)
        if end >= today:
            return max(start, today), end
    return None  # (unreachable: next year's period has not ended)
