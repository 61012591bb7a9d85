"""Stay dates from a guest's message: the hotel rule layer over folded text (see `text.fold`).

`stay_dates(folded, today=, lang=)` finds the date mentions in order (ISO and numeric dates, day and
month name, bare days after a cue such as "el 20" / "the 20th" / "am 3.", weekdays, relative words,
"this weekend"), resolves them against `today` (a day or month already past means its next occurrence;
a bare day after a date follows it; a bare day before a dated one takes its month: "del 20 al 23 de
abril"), and turns them into check-in / check-out with the conventions of docs/INTERFACES.md ("N
noches", "una semana", "las noches del 18 y 19", "la noche del 24", "esta noche").

Also: weekdays listed ("este viernes y sábado") are those nights, so check-out is the day after the last;
holidays are computed for the year (Semana Santa Thursday to Easter Sunday, Easter Friday to Monday,
Pentecost Saturday to Monday, Carnival Saturday to Ash Wednesday, Christmas 24 to 26 December, New Year
the night of the 31st, Ferragosto 15 August); "quinze jours"/"quince días" are 14 nights. A date that
cannot be read for sure ("03/04" in English, "el 31" in a 30-day month) makes the whole stay
`ambiguous` with no dates, so the dialogue asks. `today` is the hotel's date of the night in progress
(before the night cutoff it is still yesterday), so "esta noche" at 00:07 is the night already begun.

Named days of the Easter cycle ("Jueves Santo", "Good Friday", "Ostermontag") are dates of their own;
Ascension, Corpus Christi and Thanksgiving are Thursday-to-Sunday weekends; weekdays or month-less days
named with a holiday are read around it ("Thanksgiving, Thursday to Sunday", "para Año Nuevo, del 30 al
2"); evenings people travel for (Valentine's, la noche de San Juan) are one night. Day numbers may be
words or ordinals in any of the six languages ("du premier au cinq août", "am zwölften Juni").

Relative offsets in days or weeks ("dentro de dos semanas", "in 3 Tagen", "dans quinze jours") are
counted from `today`; a general date parser is not run on whole messages because it invents dates from
ordinary words and booking numbers.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass, field

from conversations.nlu.numbers import DAY_NUMBER, NUMBER, ORDINAL_VALUES, to_int
from conversations.nlu.text import word_alternation


def _alt(words: list[str] | dict[str, int]) -> str:
    return word_alternation(words)


MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "enero january jan janeiro janvier januar janner jaenner gennaio",
        "febrero february feb fevereiro fevrier februar feber febbraio",
        "marzo march marco mars marz maerz",
        "abril april apr avril aprile",
        "mayo may maio mai maggio",
        "junio june jun junho juin juni giugno",
        "julio july jul julho juillet juli luglio",
        "agosto august aug aout",
        "septiembre setiembre september sep sept setembro septembre settembre",
        "octubre october oct outubro octobre oktober ottobre",
        "noviembre november nov novembro novembre",
        "diciembre december dec dic dezembro decembre dezember dicembre",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _num
_MONTH = word_alternation(MONTHS)
# Abbreviations that are also ordinary words ("ago", "out", "set", "mag"), read only right after a day number:
# "15 ago", "12. Okt.", "3 de set.", "1er juil.", "20 dez"; "2 days ago" or "1 out of 5" is no date.
_MONTH_ABBREVIATIONS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "ene gen janv",
        "fev fevr",
        "mrz mar",
        "abr avr",
        "mag",
        "giu",
        "lug juil",
        "ago",
        "set",
        "okt ott out",
        "",
        "dez",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTH_ABBREVIATIONS[_name] = _num
_MONTH_NUMBER = {**_MONTH_ABBREVIATIONS, **MONTHS}

# Month names mistyped by one letter ("febreo", "Feburary", "agosot", "genaio", "Agust"): read as the month only
# right after a day number ("el 15 de febreo", "3. Feburar") or right before one ("Augsut 3rd"), and only for
# names of five letters or more, so that ordinary words one letter away ("mayor", "junto", "match") stay words.
_TYPO_TARGETS = sorted({name for name in MONTHS if len(name) >= 5})
# Words one letter from a month name that guests write beside a number ("somos 2 junto", "2 match tickets", "any
# room avail 12-14?").
_NOT_MONTH_TYPO_WORDS = (
    "match marcha marche marchs junto juntos julia julie junior mayor entero fever gosto agosti aprire abrir "
    "saggio maggior augusta mario marta marie settimane avrai avail entro arco mazo nero juno marc"
)
_NOT_MONTH_TYPOS = frozenset(_NOT_MONTH_TYPO_WORDS.split())
_DAY_BEFORE_WORD = re.compile(
    rf"\b(?:[0-3]?\d(?:st|nd|rd|th|er|o|a)?\.?|{DAY_NUMBER}|{_alt(list(ORDINAL_VALUES))})\s*(?:de |of |di |d'|do |da )?$"
)
# (a number of hours or days after it is a time, no day: "entro 24 ore", "within 24 hours")
_DAY_AFTER_WORD = re.compile(
    r"\.?\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th|er|o)?\b"
    r"(?!\s*(?:h\b|hrs?\b|hours?|horas?|heures?|ore\b|stunden|std\b|uhr|min|dias|days|jours|tage|giorni))"
)


def _one_edit_apart(word: str, name: str) -> bool:
    """One letter inserted, dropped, changed, or two neighbours swapped (Damerau distance 1)."""
    if word == name or abs(len(word) - len(name)) > 1:
        return False
    if len(word) == len(name):
        diffs = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and word[diffs[0]] == name[diffs[1]]
            and word[diffs[1]] == name[diffs[0]]
        )
    shorter, longer = (word, name) if len(word) < len(name) else (name, word)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


_FOUR_LETTER_MONTHS = sorted(name for name in MONTHS if len(name) == 4)
# (the first long name of each month, which the text is corrected to)
_MONTH_NAME_OF = {
    number: next(n for n in MONTHS if MONTHS[n] == number and len(n) >= 5) for number in range(1, 13)
}


def _swapped(word: str, name: str) -> bool:
    diffs = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and word[diffs[0]] == name[diffs[1]]


# (the same words beside day numbers come again and again; each is compared with every month name once)
@functools.lru_cache(maxsize=4096)
def _month_for_typo(word: str, *, after_a_day: bool = False) -> str | None:
    if len(word) < 4 or word in _NOT_MONTH_TYPOS or word in _MONTH_NUMBER:
        return None
    # A four-letter word is a month only right after a day, with a letter of a five-letter name dropped or two of a
    # four-letter name swapped ("del 7 al 10 de jnio", "le 3 jiun"): a letter changed makes words ("mais", "mare").
    short = len(word) == 4
    if short and not after_a_day:
        return None
    if short:
        matches = {MONTHS[name] for name in _TYPO_TARGETS if len(name) == 5 and _one_edit_apart(word, name)}
        matches |= {MONTHS[name] for name in _FOUR_LETTER_MONTHS if _swapped(word, name)}
        return _MONTH_NAME_OF[matches.pop()] if len(matches) == 1 else None
    matches = {MONTHS[name] for name in _TYPO_TARGETS if _one_edit_apart(word, name)}
    if len(matches) != 1:
        return None  # no month, or two months one letter away: not a guess to make
    month = matches.pop()
    return next(name for name in _TYPO_TARGETS if MONTHS[name] == month and _one_edit_apart(word, name))


# The month names a typo is read as, whole and each with one letter dropped: a word one edit from one of them (a
# letter dropped, added, changed or two swapped) is one of these or gives one with a letter dropped, so no other word
# needs the look for a day number around it.
_MONTH_TYPO_KEYS = frozenset(
    key
    for name in (*_TYPO_TARGETS, *_FOUR_LETTER_MONTHS)
    for key in (name, *(name[:i] + name[i + 1 :] for i in range(len(name))))
)


def _may_be_month_typo(word: str) -> bool:
    """False for a word `_month_for_typo` reads as no month, wherever it stands (cheaply; True may still be none)."""
    return word in _MONTH_TYPO_KEYS or any(
        word[:i] + word[i + 1 :] in _MONTH_TYPO_KEYS for i in range(len(word))
    )


_LONG_WORD = re.compile(r"\b[a-z]{4,}\b")


def corrected_month_typos(folded: str) -> str:
    """The text with month names mistyped next to a day number written right ("15 de febreo" -> "febrero")."""

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        if not _may_be_month_typo(word):
            return word
        after_a_day = bool(_DAY_BEFORE_WORD.search(folded, max(0, m.start() - 30), m.start()))
        if not (after_a_day or _DAY_AFTER_WORD.match(folded, m.end())):
            return word
        return _month_for_typo(word, after_a_day=after_a_day) or word

    return _LONG_WORD.sub(fix, folded)


_MONTH_AFTER_DAY = rf"(?:{_alt(list(_MONTH_NUMBER))})\b(?<!\bout)(?<!\bset)|(?:out|set)\b(?!\s+of\b)"

_WEEKDAYS_ALL: dict[str, int] = {}
for _wd, _names in enumerate(
    (
        # Swiss German last: "Mäntig bis Friitig", "am Samschtig"; then Spanish with b and v swapped, as voice
        # notes and hurried guests spell them ("el biernes", "el savado", "juebes").
        "lunes monday segunda-feira lundi montag lunedi mantig",
        "martes tuesday terca-feira mardi dienstag martedi ziischtig zischtig dienschtig",
        "miercoles wednesday quarta-feira mercredi mittwoch mercoledi mittwuch",
        "jueves thursday quinta-feira jeudi donnerstag giovedi dunschtig donnschtig juebes",
        "viernes friday sexta-feira vendredi freitag venerdi friitig fritig biernes",
        "sabado saturday samedi samstag sonnabend sabato samschtig savado",
        "domingo sunday dimanche sonntag domenica sunntig",
    )
):
    for _name in _names.split():
        _WEEKDAYS_ALL[_name] = _wd
        if "-feira" in _name:
            _WEEKDAYS_ALL[_name.replace("-", " ")] = _wd
# German compounds: "Freitagabend", "Samstagnacht" (an evening or night: one night when alone).
for _name, _wd in list(_WEEKDAYS_ALL.items()):
    if _name in ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"):
        for _part in ("abend", "nacht", "morgen", "mittag", "nachmittag", "vormittag"):
            _WEEKDAYS_ALL[_name + _part] = _wd
# Short names, read only in a pair ("Fr-So", "Fri to Sun", "vie a dom", "Do. bis So.") or after "this"/"next"
# in English ("this Fri"): alone, "so", "do", "sam" or "mar" are ordinary words.
_SHORT_NAMES = {
    # "Fr/Sa nights", "Sa-Su": two-letter names too, in pairs only
    "en": "mon|mo tue|tues|tu wed|weds thu|thur|thurs fri|fr sat|sa sun|su",
    "de": "mo di mi do fr sa so",
    "es": "lun - mie|mier jue|juev vie|vier sab dom",
    "fr": "lun - mer jeu ven sam dim",
    "it": "lun - mer gio ven sab dom",
    "pt": "seg ter qua qui sex sab dom",
}
_SHORT_WEEKDAYS: dict[str, dict[str, int]] = {
    lang: {name: wd for wd, names in enumerate(spec.split()) for name in names.split("|") if name != "-"}
    for lang, spec in _SHORT_NAMES.items()
}
_SHORT_WEEKDAY_PAIR = {
    lang: re.compile(
        rf"\b(?P<a>{_alt(names)})\.?\s*(?:-|\u2013|/|&|\+|to|till|thru|through|bis|a|al|au|ao|and|n|y|e|et|und)\s*"
        rf"(?P<b>{_alt(names)})\b\.?(?!\s*\d)"
    )
    for lang, names in _SHORT_WEEKDAYS.items()
}
# "Thurs, Fri and Sat", "Do, Fr und Sa": a short name before a comma and another one starts the list.
_SHORT_WEEKDAY_LIST_HEAD = {
    lang: re.compile(rf"\b(?P<c>{_alt(names)})\.?\s*,\s*(?=(?:{_alt(names)})\b)")
    for lang, names in _SHORT_WEEKDAYS.items()
}
# A short name alone after a word that names a day ("3 noches desde el jue", "3 Nächte ab Do.", "da gio"); the
# German ones only with their full stop, and not the ones that are words ("el mar", "de ter", "la mer").
_SHORT_WEEKDAY_AFTER = {
    "es": re.compile(
        r"\b(?:el|desde el|hasta el|del|al|para el|pa el|pal|este|el proximo|llegada|entrada|salida|ingreso|egreso),? "
        r"(?P<c>lun|mie|mier|jue|juev|vie|vier|sab|dom)\b\.?"
    ),
    "fr": re.compile(
        r"\b(?:des|a partir de|jusqu'a|jusqu'au|ce|le|du|au|arrivee|depart),? (?P<c>lun|jeu|ven|sam|dim)\b\.?"
    ),
    "it": re.compile(
        r"\b(?:da|a|per|fino a|questo|il|dal|al|arrivo|partenza),? (?P<c>lun|gio|ven|sab|dom)\b\.?"
    ),
    # (or before a question mark or a comma, "so" excepted: "Zimmer frei am Sa? 1 Nacht")
    "de": re.compile(
        r"\b(?:ab|am|bis|von|vom|diesen|nachsten|kommenden|anreise|abreise|ankunft),? "
        r"(?P<c>mo|di|mi|do|fr|sa|so)(?:\.|(?<!so)(?=\s*[?!,;]))"
    ),
    "pt": re.compile(
        r"\b(?:a partir de|de|na|no|ate|desde|para|pra|esse|este|nesse|neste|proximo|proxima|entrada|saida|chegada),? "
        r"(?P<c>seg|qua|qui|sex|sab|dom)\b\.?"
    ),
}
# "sat nite", "fri night": a short name before "night" needs no other cue.
_SHORT_WEEKDAY_NIGHT_EN = re.compile(
    r"\b(?P<c>mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?(?=\s+(?:night|nite|evening)\b)"
)
_SHORT_WEEKDAY_EN = re.compile(
    r"\b(?:this|next|nxt|on|from|starting|until|til|till|and|check in|check-in|checkin|check out|check-out|checkout|"
    # "gotta cancel for Sat", "a room for Fri?" ("for sun" is as often the sunshine); "a night away sat", "2 nights
    # fri"
    r"arriving|arrive|arrival|leaving|leave|departure|for(?! sun\b)|(?:night|nite|nights|nites)(?: away| out)?(?! sun\b)),? "
    r"(?P<c>mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b\.?"
    # "from Fri 20th": the day number is the precise part (read with the short name before it).
    r"(?!\s*,?\s*(?:the\s+)?[0-3]?\d)"
)
# Portuguese short forms are also ordinals ("la segunda", "quinta"): only read in Portuguese messages.
_WEEKDAY_NIGHT = "night|nite|evening|noche|por la noche|a la noche|en la noche|noite|a noite|soir|soiree|abend|nacht|sera|notte|sera"
_WEEKDAYS_PT = {"segunda": 0, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4}
# "de 6ª a domingo", "2ª feira": weekdays by their number ("ª" folds to "a"), Portuguese only.
_WEEKDAYS_PT.update({f"{n + 2}a{part}": n for n in range(5) for part in ("", " feira", "-feira")})


def weekday_names() -> frozenset[str]:
    return frozenset(_WEEKDAYS_ALL) | frozenset(_WEEKDAYS_PT)


# "1.º de dezembro" (folded "1.o"): the Portuguese ordinal with its dot
_SUFFIX = r"(?:st|nd|rd|th|er|eme|o|a|\.o(?=\s))?"
_DAY = rf"(?P<d>[0-3]?\d){_SUFFIX}\.?"
_YEAR = r"(?:,?\s*(?:de |del |of )?(?P<y>20\d\d))?"
# Ordinals first: "twenty fifth" is the 25th, not "twenty" and a word.
_DAY_WORDS_ANY = rf"(?:{_alt(list(ORDINAL_VALUES))}|{DAY_NUMBER})"
_DAY_WORD = rf"(?P<dw>{_DAY_WORDS_ANY})"

_ISO = re.compile(r"\b(?P<y>20\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
_RANGE_BEFORE_MONTH = re.compile(
    rf"\b(?P<d1>[0-3]?\d){_SUFFIX}\.?\s*(?:-|\u2013|/|&|al|a|to|till|until|through|thru|au|bis|ao|y|and|e|et|und)\s*"
    rf"(?P<d>[0-3]?\d){_SUFFIX}\.?\s*(?:de |of |di |d'|d )?(?P<m>{_MONTH_AFTER_DAY})\.?{_YEAR}"
    # "del veinte al veintitrés de abril"
    rf"|\b(?P<d1w>{_DAY_WORDS_ANY})\s+(?:al|a|to|to the|au|bis|bis zum|ao|y|and|e|et|und|hasta el|ate o|ate)\s+"
    # "el veintiuno y el veintidós de enero", "do dia primeiro ao dia quatro de fevereiro"
    r"(?:(?:el|le|il|o|the|den|dia|o dia)\s+)?"
    rf"(?P<dw2>{_DAY_WORDS_ANY})\s*(?:de |of |di |d'|d )?(?P<m2>{_MONTH})\b"
)
_DAY_MONTH = re.compile(
    rf"\b(?:{_DAY}|{_DAY_WORD})\s*(?:de |of |di |d'|do |d )?(?:(?:mes de|month of) )?(?P<m>{_MONTH_AFTER_DAY})\.?{_YEAR}"
)
_MONTH_DAY = re.compile(
    rf"\b(?P<m>{_MONTH})\s+(?:the\s+)?(?:{_DAY}(?!\s*(?:\d|:))|(?P<dw>{_alt(list(ORDINAL_VALUES))})\b){_YEAR}"
)
_MONTH_DAY_RANGE = re.compile(
    rf"\b(?P<m>{_MONTH})\.?\s+(?:the\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*"
    r"(?:-|\u2013|to|until|till|through|thru|al|a|au|bis|ao)\s*(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![/.:]\d)"
)
# "primero de mayo al tres", "the first of May to the third": a day in words right after a date.
_WORD_DAY_AFTER = re.compile(
    rf"(?:(?<=\s)|^)(?:al|a|to|to the|till the|until the|au|bis zum|bis|ao|fino al|hasta el)\s+{_DAY_WORD}\b"
    # "a quinta, 14 de janeiro", "a quinta-feira": the Portuguese weekday, not the fifth
    r"(?!-feira|,?\s+(?:o\s+)?(?:dia\s+)?[0-3]?\d\b)"
)
# "sáb 2 de mayo a lun 4", "Fri 3 to Sun 5", "ven. 20 et sam. 21", "Sa. 14.": a short weekday name before a day
# number (German two-letter names only with their full stop: "so 14" may be "so").
_SHORT_WEEKDAY_NAMES = (
    r"(?:(?:lun|mar|mie|mier|jue|juev|vie|vier|sab|dom|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|seg|ter|qua|qui|sex|"
    r"mer|gio|ven|jeu|sam|dim)\.?|(?:mo|di|mi|do|fr|sa|so)(?:\.|(?=\s+[0-3]?\d\.)))"
)
_SHORT_WEEKDAY_DAY = re.compile(
    rf"\b{_SHORT_WEEKDAY_NAMES}\s*(?:(?<=\s)the\s+)?(?<=\s|\.)(?P<d>[0-3]?\d)\b(?![/.:]\d)"
)
# "15.-18.5.", "15-18/05", "dal 15 al 18/05": days before one numeric day/month (outside English).
_AND = re.compile(
    # (Québec "le vendredi 19 pis le samedi 20": "pis" is "puis", and)
    r"(?:st|nd|rd|th|er|o|a)?\.?\s*(?:y|and|n|e|et|und|&|pis)\s*(?:el |the |le |il |o |den )?"
    # "vie 20 y sab 21", "ven. 20 et sam. 21": a weekday's short name before the second day.
    rf"(?:{_SHORT_WEEKDAY_NAMES}\s*)?"
    rf"(?:(?:{_alt(list(_WEEKDAYS_ALL) + list(_WEEKDAYS_PT))}),?\s+(?:dia\s+)?)?"
)
_BETWEEN = re.compile(r"\b(?:entre|between|zwischen|tra|fra)\b\D{0,12}$")
# "los días 14, 15 y 16 de marzo", "the nights of the 14th, 15th and 16th": the nights listed.
_DAY_ITEM = r"[0-3]?\d(?:st|nd|rd|th|er|o)?\.?"
_DAY_LIST = re.compile(
    rf"(?<![\d/.])\b(?P<first>[0-3]?\d)(?:st|nd|rd|th|er|o)?\.?\s*,\s*(?:(?:the )?{_DAY_ITEM}\s*,\s*)*(?:the )?{_DAY_ITEM}"
    r"\s*,?\s*(?:(?:y|and|e|et|und|&)\s+(?:the |el |le |il |o |den )?"
    # commas alone before a month: "20, 21, 22 März"
    rf"|(?=[0-3]?\d(?:st|nd|rd|th|er|o)?\.?\s*(?:de |of |di |d')?(?:{_MONTH})\b))"
    r"(?P<last>[0-3]?\d)(?:st|nd|rd|th|er|o)?\.?"
    rf"(?:\s*(?:de |of |di |d')?(?P<m>{_MONTH})\b{_YEAR})?(?![\d/.]\d)"
)
# ("30. und 31.12.", "el 30 y 31/12": the nights listed)
_NUMERIC_RANGE = re.compile(
    r"(?<!\d[./])\b(?P<d1>[0-3]?\d)\.?\s*(?:-|al|a|au|bis|ao|(?P<and>und|y|et|e))\s*(?:(?:dia|el|le|il|zum)\s+)?(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)\b\.?"
    r"(?:[./](?P<y>(?:20)?\d\d)\b)?(?![./]?\d)"
)
# "de 10 a 15" (Portuguese, Spanish), "mudar pra 22 a 24": a range of bare days after "de" or "para".
_BARE_RANGE = re.compile(
    r"\b(?<!somos )(?<!seremos )(?<!seriamos )(?<!seremos )(?:de|pra|para|pro dia|pra dia|para o dia|os dias|nos dias|dias) (?P<d1>[0-3]?\d)\s+(?:a|ate)\s+(?:(?:o )?dia )?(?P<d>[0-3]?\d)\b(?![./:,-]?\d)"
)
# "can we make it 21 to 23 instead", "how about the 21st to the 23rd?": two bare days of a change or an offer
_MAKE_IT_RANGE = re.compile(
    r"\b(?:make it|how about|what about|could it be|can it be)\s+(?:the\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+"
    r"(?:to|till|until|through|thru)\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![./:,-]?\d)"
)
# "x il 15-17", "para el 15-17", "the 15-17", "vom 12.-14.": a dash between two bare days after a day's article
# or cue; after "to" words ("dovremmo spostare al 9-11", "move it to the 9-11", "passer au 9-11", "mudar para 9-11",
# "auf den 9.-11."), two days however small, not 9 November.
_BARE_DASH_RANGE = re.compile(
    r"\b(?:el|il|le|the|pal|pa el|para el|per il|x il|pour le|pro dia|para o dia|o dia|dia|on the|for the|vom|von|"
    r"al|allo|au|ao|sul|to the|auf den|para|pra)\s+"
    r"(?P<d1>[0-3]?\d)\.?\s*-\s*(?P<d>[0-3]?\d)\b\.?(?![./:,-]?\d)"
)
# "del veinte al veintitrés", "from the twenty-first to the twenty-fourth", "vom zwanzigsten bis zum
# dreiundzwanzigsten": days in words without a month (their next occurrence, like "del 20 al 23").
_WORD_RANGE = re.compile(
    rf"\b(?:del|dal|du|do|dia|from the|from|vom|von|ab dem|desde el)\s+(?P<a>{_DAY_WORDS_ANY})\s+"
    rf"(?:al|to the|to|till the|until the|au|ao|ao dia|a|bis zum|bis|fino al|hasta el)\s+(?P<b>{_DAY_WORDS_ANY})(?![\w-])"
)
# "the twenty-first", "am zwanzigsten": an ordinal word after an article is a day ("the first" or "the
# third" may be an option or a floor, so English reads it from the 11th).
# "spostarla al diciassette-diciannove", "move it to the seventeenth-nineteenth": day words joined by a dash
_WORD_DASH_RANGE = re.compile(
    r"\b(?:al|dal|del|du|au|vom|von|to|to the|from the|from|para el|para o|pro|ao|bis zum|zum|auf den|dia|el|le|il)\s+"
    rf"(?P<a>{_DAY_WORDS_ANY})\s*(?:-|\u2013)\s*(?P<b>{_DAY_WORDS_ANY})(?![\w-])"
)
_ORDINAL_DAY = re.compile(
    rf"\b(?:(?:on|from|until|till|for|to|by) )?the (?P<en>{_alt([w for w, v in ORDINAL_VALUES.items() if v >= 11])})\b"
    rf"|\b(?:am|vom|bis zum|zum|ab dem|den|nein,?) (?P<de>{_alt([w for w, v in ORDINAL_VALUES.items() if v >= 2])})\b"
)
_NOT_AN_ORDINAL_DAY = re.compile(
    r"\s+(?:floor|time|century|row|street|avenue|birthday|anniversary|place|stock|etage|tag|mal|jahrhundert|"
    r"geburtstag|stelle|platz|option|one)\b"
)
# A card's expiry date, a score or ages before a number pair: "exp 12/27", "caduca 12/28", "rating 4/5", "nota 9/10".
_NOT_A_DATE_BEFORE = re.compile(
    r"\b(?:exp|expires?|expiry|expiration|valid (?:until|thru|through)|caduca|caducidad|vence|vencimiento|validade|"
    r"gultig bis|ablauf|scadenza|scade|rating|rated|score|nota|puntuacion|note|bewertung|voto|valutazione|"
    # children's ages: "kids aged 4-13", "niños de edades 4-13"
    r"aged|ages|edad|edades|idade|idades|alter|eta)"
    r"\.?:?\s*$"
)
_NUMERIC = re.compile(
    r"\b(?P<a>[0-3]?\d)(?P<s>[/.-])(?P<b>[0-3]?\d)(?:(?P=s)(?P<y>(?:20)?\d\d))?\b(?![/.:,-]?\d)"
)
# "20/4-23/4", "12/20-12/23", "10/06 - 12/06", "3.5.-5.5.": two numeric dates joined by a dash or "to" are a
# range (the dash is not a year's separator: "20/4-23" is no 2023).
_NUMERIC_PAIR = re.compile(
    r"(?<![\d/.])\b(?P<a1>[0-3]?\d)(?P<s>[/.])(?P<b1>[0-3]?\d)(?:(?P=s)(?P<y1>(?:20)?\d\d))?\.?"
    r"\s*(?:-|\u2013|al|a|au|to|till|until|thru|through|bis|ao|hasta el|hasta|fino al)\s*"
    # "Fri 2/12 - Sun 2/14", "sex 19/2 a dom 21/2": the weekday of the second date
    rf"(?:(?:{_SHORT_WEEKDAY_NAMES}|{_alt(list(_WEEKDAYS_ALL) + list(_WEEKDAYS_PT))}),?\s*)?"
    r"(?P<a2>[0-3]?\d)(?P=s)(?P<b2>[0-3]?\d)(?:(?P=s)(?P<y2>(?:20)?\d\d))?\b\.?(?![/.]?\d)"
)

_PRIMARY_CUES = (
    "el dia|el|del|dia|day|the|on the|pal|pa el|pa'l|from the|from|for the|since the|le|du|am|vom|ab dem|ab|den|il|dal|do|"
    "no dia|o dia|desde el|desde|a partir del|a partir de|hasta el|hasta|para el|entre el|entre|until the|"
    "till the|until|zum|bis zum|bis|fino al|jusqu'au|au|al|partir du|depuis le|a partire dal|ate o dia|ate|"
    # "llegada 20, salida 23", "arrival 20th", "Abreise 23.": arrival and departure words before a bare day.
    "llegada el|llegada|salida el|salida|entrada el|entrada|chegada|saida|arrival|arriving|departure|departing|leaving|"
    "check-in|checkin|check in|check-out|checkout|check out|arrivee|depart|anreise|abreise|ankunft|arrivo|partenza|"
    # "die Abreise bleibt der 18.": the day a change keeps; Swiss "uf de 21." (auf den)
    "bleibt der|bleibt am|uf de|uf den"
)
_CONNECTOR_CUES = "a|al|to|to the|au|bis|ao|y el|y|and the|and|e il|e o|e|et le|et|und|-|\u2013"
_BARE_DAY = re.compile(
    rf"(?:(?<=\s)|^)(?P<cue>{_PRIMARY_CUES}|{_CONNECTOR_CUES})\s+(?P<d>[0-3]?\d)(?P<suf>st|nd|rd|th|er|eme)?\.?(?![\d/]|[.,:]\d)"
)
_SUFFIXED_DAY = re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th|er)\b")
_NOT_A_DAY_AFTER = re.compile(
    # "enfants entre 2 et 12 ans", "kids between 2 and 12 years": the first age too
    r"\s*(?:(?:et|y|and|e|und|a|to|-)\s*\d{1,2}\s*(?:ans|anos|years?|jahren?|anni)\b|h\b|h\d|hs\b|hrs?\b|horas?|hours?|uhr|heures?|ore\b|am\b|pm\b|min|km|kilo|metros|meters|m\b|"
    # floors, one or two offered: "au 2e ou 3e étage", "al 2° o 3° piano", "2nd or 3rd floor"
    r"(?:e|eme|er|o|a|st|nd|rd|th)?\.?\s*(?:(?:ou|o|or|oder|y|e)\s+[0-9]+(?:e|eme|er|o|a|st|nd|rd|th)?\.?\s*)?"
    r"(?:etages?|piano|pisos?|andar|stock|floors?|plantas?)\b|"
    r"euros?|eur\b|€|\$|%|estrellas|stars?|etoiles|sterne|stelle|anos|years?|ans\b|jahren?|anni|"
    r"mes(es)?\b|months?|semanas?|weeks?|dias|days|jours|tage|giorni|"
    r"noches?|nights?|noites?|nuits?|nachte?|notti|notte|diarias?|pernoites?|pernottament|nuitees?|ubernachtung|"
    r"personas?|people|persons?|pessoas?|personnes?|personen|persone|pers\b|pax\b|ppl\b|adult|erwachsen|adulti|"
    r"ninos?|ninas?|kids?|child|crianc|enfants?|kinder|bambin|bebe|bab|chic[oa]s|nen[ea]s|hij[oa]s|peques|"
    r"filh[oa]s|figli|ragazzi|menores|adultos?|mayores|"
    r"habitacion|rooms?|quartos?|chambres?|zimmer|camer|of us|de nosotros|of you|"
    # rooms by their kind ("last weekend of May - 4 twin rooms please", "2 doubles", "3 Doppelzimmer", "2 DZ")
    r"(?:twin|double|single|triple|family|king|queen)(?:s\b|\s+(?:rooms?|beds?)\b)|suites?\b|"
    r"(?:doppel|einzel|familien|dreibett|mehrbett)zimmer|dz\b|ez\b|"
    r"plazas|camas?|beds?|betten|letti|lits?|huespedes|guests?|gaste|ospiti|hospedes|friends|amig[oa]s|amis|amies|"
    r"freunde|freundinnen|amici|amiche|colleagues|colegas|collegues|kollegen|colleghi|couples|parejas|casais)"
)

_WEEKEND = re.compile(
    r"\b(?P<next>next |proximo |proxima |prochain |nachstes |nachste |nachscht |nachschte |kommendes |prossimo |que vem |)"
    # "ich finde die E-Mail nicht": the German verb, not the Spanish weekend
    r"(?:(?<!\bich )(?<!\bwir )(?<!\bsie )(?<!\ber )(?<!\bes )finde\b(?!\s+(?:ich|es|das|die|den|ihn|sie)\b)|"
    # "pour un week-end", "for a weekend", "ein Wochenende": a length, not the coming one
    r"(?<!\bun )(?<!\buna )(?<!\bum )(?<!\bein )(?<!\ba )(?<!\bone )"
    r"(?:fin de semana|weekend|fim de semana|fim-de-semana|fds|week-end|week end|wochenende|fine settimana|"
    # Swiss "Wuchenend" only with its day ("am Wuchenend vom 16. Januar"); alone it is read as it always was
    r"fine-settimana|wknd|wkend|fin de semaine|wochenend|wuchen[ae]nde?(?=\s+(?:vom|vo|von)\s+\d)|(?<=\bam )wuchen[ae]nde?|"
    r"(?<=this )w/e|(?<=next )w/e|(?<=the )w/e))"
    r"(?P<next2> que viene| proximo| prochain| que vem| prossimo)?\b"
)
_A_WORD_BEFORE = re.compile(
    r"\b(?:a|an|un|una|um|uma|ein|einen|one)\s+"
    r"(?!(?:este|esta|esse|essa|this|that|ce|cet|cette|next|proximo|proxima|prochain|el|la|le|il|lo|o|the|dieses|"
    r"diesem|nachstes|nachste|kommendes|questo|quel|sto|de|del|di|do|da|du|von|vom)\b)[a-z]+\s+$"
)
_OF_NEXT_WEEK = re.compile(
    r"\s+(?:de la|da|of|of the|de|della|dell[a']|der|von der|in der|do)?\s*"
    r"(?:semana que viene|proxima semana|semana proxima|semana que vem|semaine prochaine|next week|nachsten woche|"
    r"nachste woche|kommenden woche|prossima settimana|settimana prossima)\b"
)
_WEEKEND_IN_A_MONTH = re.compile(
    rf"\s+(?:in|en|em|im|a|ad|di|de|do|del|of|au mois de|in the month of)\s+(?:{_MONTH})\b(?!\s*[0-3]?\d(?!\d))"
)
# "ce WE", "le we du 28", "fürs WE", "il we del 28": "WE" for the weekend after a determiner (fr, de, it; in
# English "we" is a pronoun).
_WE_WEEKEND = re.compile(
    r"\b(?:ce|le|du|au|ces|furs|am|ubers|dieses|il|questo|nel|sto|x il|per il|(?P<next>nachstes|nachsten|nachste|"
    r"nachscht|nachschte|kommendes|"
    r"prossimo|il prossimo))\s+(?P<we>we)\b(?!-)"
)

# "the first weekend of June", "el último fin de semana de mayo", "das erste Wochenende im Juni": the weekend
# (Friday to Sunday) of that month's first (second, ..., last) Saturday.
_ORDINAL_WEEKEND = {
    1: "first 1st primer primero premier erste ersten erstes primo primeiro",
    2: "second 2nd segundo deuxieme zweite zweiten zweites secondo",
    3: "third 3rd tercer tercero troisieme dritte dritten drittes terzo terceiro",
    4: "fourth 4th cuarto quatrieme vierte vierten viertes quarto",
    -1: "last ultimo dernier letzte letzten letztes",
}
_ORDINAL_WEEKEND_NUMBER = {word: n for n, words in _ORDINAL_WEEKEND.items() for word in words.split()}
_NTH_WEEKEND = re.compile(
    rf"\b(?P<n>{_alt(list(_ORDINAL_WEEKEND_NUMBER))})\s+"
    r"(?:fin de semana|finde|weekend|week-end|week end|wochenende|fine settimana|fine-settimana|fim de semana)\s+"
    rf"(?:of|de|d'|di|do|da|del|im|in|des|du mois de|von)?\s*(?P<m>{_MONTH})\b"
)
# "the weekend after next", "übernächstes Wochenende", "il weekend dopo il prossimo": a week after the coming one.
# "the first Friday in April", "el primer viernes de abril", "le premier samedi de mai", "am ersten Freitag im April",
# "il primo venerdì di aprile", "a primeira sexta de abril", "the last Sunday of May": that day.
_NTH_WEEKDAY_ORDINALS = {
    **_ORDINAL_WEEKEND_NUMBER,
    **dict.fromkeys(("primera", "primeira", "prima"), 1),
    **dict.fromkeys(("segunda", "seconda", "seconde"), 2),
    **dict.fromkeys(("tercera", "terceira", "terza"), 3),
    **dict.fromkeys(("cuarta", "quarta"), 4),
    **dict.fromkeys(("ultima", "ultimo", "derniere", "letzter"), -1),
}
_NTH_WEEKDAY = re.compile(
    rf"\b(?P<n>{_alt(list(_NTH_WEEKDAY_ORDINALS))})\s+"
    rf"(?P<w>{_alt([n for n in _WEEKDAYS_ALL if n.isalpha()] + list(_WEEKDAYS_PT))})(?:[- ]feira)?\s+"
    rf"(?:of|in|de|d'|di|do|da|del|im|in|des|du mois de|von)?\s*(?P<m>{_MONTH})\b"
)
# German calendar weeks: "KW 15", "KW15", "Kalenderwoche 15"
_KALENDERWOCHE = re.compile(r"\b(?:kw|kalenderwoche)\s*\.?\s*(?P<kw>\d{1,2})\b")
_KW_GAP = re.compile(r"\s*,?\s*(?:(?:von|vom|ab|am|jeweils|nur)\s+)?")
_WEEKEND_AFTER_NEXT = re.compile(
    r"\b(?:the weekend after next|weekend after next|ubernachste[sn]? wochenende|"
    # "el finde después del que viene", "pro fim de semana depois do que vem", "il weekend dopo quello prossimo"
    r"(?:fin de semana|finde|fds|fim de semana|weekend|week-end) (?:despues del|depois do|dopo il|dopo quello|apres le)"
    r" (?:proximo|que viene|que vem|prossimo|prochain))\b"
)
_TONIGHT = r"esta noche|hoy en la noche|hoy por la noche|hoy a la noche|tonight|tonite|2nite|2night|esta noite|hoje a noite|hoje de noite|hj a noite|hj de noite|hj noite|hoje noite|heut nacht|heut abend|heit nacht|heid nacht|heid abend|heit abend|ce soir|a soir|cette nuit|heute nacht|heute abend|stanotte|stasera|questa notte|questa sera"
_TOMORROW_NIGHT = (
    r"manana por la noche|manana en la noche|manana noche|manana a la noche|manana x la noche|tomorrow night|"
    r"tomorrow evening|tmrw night|tmrw nite|tmr night|tomorrow nite|2moro night|2moro nite|2morrow night|"
    r"amanha a noite|amanha de noite|amanha noite|demain soir|demain nuit|morgen abend|morgen nacht|"
    r"domani sera|domani notte|domani nottee"
)
_TODAY = "hoy|today|hoje|hj|aujourd'hui|aujourd hui|heute|oggi"
_RELATIVE: list[tuple[re.Pattern[str], int, bool]] = [
    # "après-demain soir" is the day after tomorrow, not "demain soir".
    (
        re.compile(rf"(?<!apres-)(?<!apres )(?<!pasado )(?<!depois de )(?<!dopo)\b(?:{_TOMORROW_NIGHT})\b"),
        1,
        True,
    ),
    (re.compile(rf"\b(?:{_TONIGHT})\b"), 0, True),
    (
        re.compile(
            r"(?<=manana y )pasado\b|(?<=amanha e )depois\b(?! de)|"
            # "tomorrow and the day after", "domani e il giorno dopo", "mañana y el día siguiente": two nights
            r"(?:(?<=tomorrow and )|(?<=tmrw and ))the (?:day|night) after\b(?! (?:that|tomorrow))|"
            r"(?:(?<=tomorrow and )|(?<=tmrw and ))the next (?:day|night)\b|(?<=domani e )il giorno dopo\b|"
            r"(?<=manana y )el dia siguiente\b|\b(?:pasado manana|day after tomorrow|depois de amanha|apres-demain|apres demain|"
            r"ubermorgen|uebermorgen|dopodomani|dopo domani)\b"
        ),
        2,
        False,
    ),
    (
        re.compile(
            r"(?<!\bla )(?<!\besta )(?<!\bcada )(?<!\blas )(?<!\bguten )(?<!\bheute )(?<!\bgestern )"
            r"\b(?:manana|tomorrow|tmrw|tmr|2moro|2morrow|tomoz|amanha|demain|morgen|domani)\b"
        ),
        1,
        False,
    ),
    (re.compile(rf"\b(?:{_TODAY})\b"), 0, False),
]
# ("habitacion pa hoy?": Spanish "pa" is "para" said short)
_FOR_TODAY = re.compile(r"\b(?:for|para|pra|pa|pour|per|fur|fuer)\s+(?:(?:el dia de|o dia de)\s+)?$")
_VACANCY_NEAR = re.compile(
    r"\b(?:vagas?|free|available|vacanc\w*|disponibles?|dispo|frei|libere?|liberi|libres?|livres?|disponiveis|"
    r"disponivel|disponibil\w*)\b[^.?!\n]{0,25}\b(?:hoy|today|hoje|hj|aujourd'hui|aujourd hui|heute|oggi)\b|"
    r"\b(?:hoy|today|hoje|hj|aujourd'hui|aujourd hui|heute|oggi)\b[^.?!\n]{0,25}"
    r"\b(?:vagas?|free|available|disponibles?|dispo|frei|libere?|liberi|libres?|livres?|disponiveis|disponivel)\b"
)
_ROOM_ASKED_BEFORE = re.compile(
    r"\b(?:tem|tens|hay|tienen|teneis|tenes|have|got|avez|habt|haben|avete)\b[^.?!\n]{0,12}"
    r"\b(?:quartos?|cuartos?|habitacion\w*|rooms?|chambres?|zimmer|camer[ae])\b"
    r"(?:\s+(?:pra|para|for|pour|fur|per)\s+(?:\d|two|dos|duas|deux|zwei|due|tres|three|trois|drei))?\s*$"
)
_ROOM_NEAR = re.compile(
    r"\b(?:rooms?|zimmer|habitacion\w*|cuartos?|camer[ae]|stanz[ae]|chambres?|quartos?|vagas?|vacanc\w*|doubles?|"
    r"singles?|doppie?|dobles?|einzelzimmer|doppelzimmer|suites?)\b"
)
_OWN_ROOM = re.compile(
    r"\b(?:my|our|mi|nuestra|ma|notre|unser\w*|mein\w*|mia|nostra|meu|minha|nosso|nossa)\s+(?:\w+\s+)?"
    r"(?:room|zimmer|habitacion|chambre|camera|stanza|quarto)\b"
)
# A holiday's year: "Semana Santa 2027", "Easter weekend 2028", "the Christmas holidays 2027" (`_NEXT_YEAR` writes
# "next year" in as the year).
_HOLIDAY_YEAR = (
    r"(?:(?:\s+(?:long\s+)?(?:weekend|holidays|break|wochenende|ferien))?"
    r"\s+(?:de |del |of |di |do |da )?(?P<y>20\d\d))?"
)
# The year written after a holiday of one day or night ("Nochevieja del año que viene", "Ostermontag 2028").
_YEAR_AFTER = re.compile(rf"{_HOLIDAY_YEAR}\b")
_HOLIDAY_NIGHTS: list[tuple[re.Pattern[str], int, int]] = [
    (
        re.compile(
            r"\b(?:nochevieja|new year'?s eve|new years eve|new year eve|nye|reveillon du nouvel an|reveillon du jour de l'an|"
            r"la saint-sylvestre|"
            r"la saint sylvestre|saint-sylvestre|silvesterabend|silvester|sylvester|altjahrsabend|notte di capodanno|"
            r"notte di san silvestro|san silvestro|vigilia di capodanno|veille du jour de l'an|vispera de ano nuevo|"
            r"passagem de ano|vespera de ano novo|noite de ano novo|reveillon de ano novo|reveillon(?! de noel| de natal))\b"
        ),
        12,
        31,
    ),
    (
        re.compile(
            r"\b(?:nochebuena|noche buena|vispera de navidad|christmas eve|xmas eve|x-mas eve|reveillon de noel|veille de noel|heiligabend|"
            r"heiligen abend|heilig abend|weihnachtsabend|vigilia di natale|notte di natale|vigilia de natal|"
            r"vespera de natal|noite de natal|reveillon de natal|consoada)\b"
        ),
        12,
        24,
    ),
    # Evenings people travel for: one night each.
    (
        re.compile(
            r"\b(?:san valentin|valentine'?s day|valentines day|valentine'?s|saint-valentin|saint valentin|"
            r"valentinstag|san valentino|dia de sao valentim)\b"
        ),
        2,
        14,
    ),
    (re.compile(r"\b(?:halloween)\b"), 10, 31),
    (
        re.compile(
            r"\b(?:noche de san juan|verbena de san juan|nit de sant joan|revetlla de sant joan|noite de sao joao|"
            r"st\.? john'?s eve|nuit de la saint-jean)\b"
        ),
        6,
        23,
    ),
    (re.compile(r"\b(?:noche de reyes|vispera de reyes)\b"), 1, 5),
    (re.compile(r"\b(?:bonfire night|guy fawkes night)\b"), 11, 5),
    (re.compile(r"\b(?:walpurgisnacht)\b"), 4, 30),
    (re.compile(r"\b(?:notte di san lorenzo)\b"), 8, 10),
]
# Named days of the Easter cycle: one date each, as offsets from Easter Sunday ("del Jueves Santo al Domingo
# de Resurrección", "Good Friday to Easter Monday", "lundi de Pâques"). They run before the holiday periods,
# whose names ("pascua", "paques", "pentecote") they contain.
_EASTER_DAYS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(pattern), offset)
    for pattern, offset in (
        (r"\b(?:domingo de ramos|palm sunday|dimanche des rameaux|palmsonntag|domenica delle palme)\b", -7),
        (
            r"\b(?:miercoles santo|holy wednesday|spy wednesday|mercredi saint|karmittwoch|mercoledi santo|"
            r"quarta-feira santa|quarta feira santa)\b",
            -4,
        ),
        (
            r"\b(?:jueves santo|maundy thursday|holy thursday|jeudi saint|grundonnerstag|giovedi santo|"
            r"quinta-feira santa|quinta feira santa)\b",
            -3,
        ),
        (
            r"\b(?:viernes santo|good friday|vendredi saint|karfreitag|venerdi santo|sexta-feira santa|"
            r"sexta feira santa|sexta-feira da paixao|sexta feira da paixao)\b",
            -2,
        ),
        (
            r"\b(?:sabado santo|sabado de gloria|holy saturday|easter saturday|samedi saint|karsamstag|ostersamstag|"
            r"sabato santo|sabado de aleluia)\b",
            -1,
        ),
        (
            r"\b(?:domingo de resurreccion|domingo de pascua|easter sunday|easter day|dimanche de paques|"
            r"ostersonntag|domenica di pasqua|domingo de pascoa)\b",
            0,
        ),
        (
            r"\b(?:lunes de pascua|easter monday|lundi de paques|ostermontag|pasquetta|lunedi dell'angelo|"
            r"lunedi dell angelo|lunedi di pasqua|segunda(?:-feira| feira)? de pascoa)\b",
            1,
        ),
        (
            r"\b(?:miercoles de ceniza|ash wednesday|mercredi des cendres|aschermittwoch|mercoledi delle ceneri|"
            # (Portuguese weekdays also said without "-feira": "de sábado até quarta de cinzas")
            r"quarta(?:-feira| feira)? de cinzas)\b",
            -46,
        ),
        (
            r"\b(?:martes de carnaval|shrove tuesday|mardi gras|faschingsdienstag|martedi grasso|"
            r"terca(?:-feira| feira)? de carnaval)\b",
            -47,
        ),
        # the carnival's first days ("vom Faschingssamstag bis Aschermittwoch", "du samedi gras au mercredi des
        # cendres", "del sábado de carnaval al martes")
        (
            r"\b(?:sabado de carnaval|carnival saturday|samedi gras|samedi de carnaval|faschingssamstag|"
            r"karnevalssamstag|sabato grasso|sabato di carnevale)\b",
            -50,
        ),
        (
            r"\b(?:lunes de carnaval|carnival monday|rose monday|lundi gras|lundi de carnaval|rosenmontag|"
            r"faschingsmontag|lunedi grasso|lunedi di carnevale|segunda(?:-feira| feira)? de carnaval)\b",
            -48,
        ),
        (
            r"\b(?:lunes de pentecostes|whit monday|lundi de pentecote|pfingstmontag|lunedi di pentecoste|"
            r"segunda-feira de pentecostes)\b",
            50,
        ),
    )
]
# Holidays on a fixed day, read as that day (the dialogue asks for the length): (pattern, month, day).
_FIXED_DAYS: list[tuple[re.Pattern[str], int, int]] = [
    (re.compile(pattern), month, day)
    for pattern, month, day in (
        (
            r"\b(?:christmas day|dia de navidad|jour de noel|erster weihnachtstag|1\. weihnachtstag|giorno di natale|"
            r"dia de natal|(?:den |dem )?ersten weihnachts(?:feier)?tag|erster weihnachtsfeiertag|1\. weihnachtsfeiertag)\b",
            12,
            25,
        ),
        (
            r"\b(?:boxing day|st\.? stephen'?s day|san esteban|stephanstag|zweiter weihnachtstag|"
            r"2\. weihnachtstag|santo stefano|stefanitag|(?:den |dem )?zweiten weihnachts(?:feier)?tag|"
            r"zweiter weihnachtsfeiertag|2\. weihnachtsfeiertag)\b",
            12,
            26,
        ),
        (
            r"\b(?:new year'?s day|new years day|dia de ano nuevo|jour de l'an|neujahrstag|primo dell'anno|"
            r"dia de ano novo)\b",
            1,
            1,
        ),
        (
            r"\b(?:todos los santos|all saints'? day|toussaint|allerheiligen|ognissanti|dia de todos os santos)\b",
            11,
            1,
        ),
        (r"\b(?:finados|dia de muertos|dia de los muertos|dia de difuntos|allerseelen)\b", 11, 2),
        (r"\b(?:inmaculada|immacolata|mariae empfangnis|maria empfangnis)\b", 12, 8),
        (r"\b(?:feriado de tiradentes)\b", 4, 21),
        (r"\b(?:festa della repubblica)\b", 6, 2),
        (r"\b(?:festa della liberazione)\b", 4, 25),
        (r"\b(?:tag der deutschen einheit)\b", 10, 3),
        (r"\b(?:bundesfeiertag|fete nationale suisse)\b", 8, 1),
        # The national and religious days of the other countries the hotel hears from (a check-in only).
        (
            r"\b(?:(?:para|por|en|dia de|el dia de) reyes|(?<=\ba )reyes|(?<=\bhasta )reyes|reyes magos|epifania|epiphany|epiphanie|dreikonigstag|"
            r"dreikonig|heilige drei konige|befana)\b",
            1,
            6,
        ),
        (r"\b(?:fete nationale|la fete du 14 juillet|bastille day)\b", 7, 14),
        (
            r"\b(?:assomption|maria himmelfahrt|mariae himmelfahrt|mariä himmelfahrt|assuncao|assunzione|"
            r"la asuncion|assumption day)\b",
            8,
            15,
        ),
        (
            r"\b(?:tag der arbeit|maifeiertag|fete du travail|dia do trabalhador|dia do trabalho|festa dei lavoratori|"
            r"dia del trabajo|dia del trabajador|labour day in may)\b",
            5,
            1,
        ),
        (r"\b(?:reformationstag)\b", 10, 31),
        (r"\b(?:osterreichischer nationalfeiertag|nationalfeiertag)\b", 10, 26),
        (r"\b(?:dia de portugal)\b", 6, 10),
        (r"\b(?:independence day|fourth of july|4th of july)\b", 7, 4),
        (r"\b(?:dia de la hispanidad|fiesta nacional de espana|nossa senhora aparecida)\b", 10, 12),
        (r"\b(?:proclamacao da republica)\b", 11, 15),
        (r"\b(?:st\.? patrick'?s day|saint patrick'?s day|san patricio)\b", 3, 17),
        (r"\b(?:sant jordi|dia do livro)\b", 4, 23),
    )
]

# Most messages name no holiday, and each of these patterns scanned the whole text: one search of them all, their word
# boundary looked at once, finds whether any can match. (Each pattern is r"\b" then the rest, with no "|" outside its
# groups: under the one r"\b" the rest still matches where the pattern alone does.)
_WORD_START = r"\b"
_ANY_NAMED_DAY = re.compile(
    _WORD_START
    + "(?:"
    + "|".join(
        f"(?:{pattern.pattern.removeprefix(_WORD_START)})"
        for pattern in (*(day for day, _ in _EASTER_DAYS), *(day for day, _, _ in _FIXED_DAYS))
    )
    + ")"
)

# Holidays that are a stay of several nights on their own: (pattern, first night, check-out) as offsets
# from Easter Sunday, or fixed (month, day) pairs. Christmas is the nights of the 24th and 25th, New Year
# the night of the 31st; a greeting ("feliz Navidad", "happy new year") is not a stay.
# (after the word boundary in the patterns: a dozen looks behind at every character were slow)
_NOT_A_WISH = r"(?<!feliz )(?<!merry )(?<!happy )(?<!joyeux )(?<!joyeuses )(?<!frohe )(?<!frohes )(?<!buon )(?<!buone )(?<!boas )(?<!bom )(?<!bonne )"
_MOVABLE: list[tuple[re.Pattern[str], int, int]] = [
    # Semana Santa: Holy Thursday to Easter Sunday (the nights of Thursday, Friday and Saturday).
    (
        re.compile(
            rf"\b(?:semana santa|holy week|easter week|semaine sainte|karwoche|settimana santa){_HOLIDAY_YEAR}\b"
        ),
        -3,
        0,
    ),
    # Easter weekend: Good Friday to Easter Monday.
    (
        re.compile(
            rf"\b{_NOT_A_WISH}(?:easter|pascua|pascuas|pascoa|paques|ostern|osterwochenende|pasqua){_HOLIDAY_YEAR}\b"
        ),
        -2,
        1,
    ),
    # Pentecost weekend: Saturday to Whit Monday.
    (
        re.compile(
            rf"\b(?:pentecostes|pentecost|whitsun|whitsunday|pentecote|pfingsten|pfingstwochenende|pentecoste)"
            rf"{_HOLIDAY_YEAR}\b"
        ),
        48,
        50,
    ),
    # Ascension and Corpus Christi: long weekends, Thursday to Sunday like Semana Santa.
    (
        re.compile(
            rf"\b(?:ascension|ascensao|ascensione|christi himmelfahrt|himmelfahrt|auffahrt|ascension day)"
            rf"{_HOLIDAY_YEAR}\b"
        ),
        39,
        42,
    ),
    # "el Corpus" (Spain) is Corpus Christi.
    (
        re.compile(
            rf"\b(?:corpus christi|corpus domini|fronleichnam|fete-dieu|(?<=\bel )corpus|(?<=\bdel )corpus)"
            rf"{_HOLIDAY_YEAR}\b"
        ),
        60,
        63,
    ),
    # Carnival: the Saturday before to Ash Wednesday (the nights up to Shrove Tuesday).
    (
        re.compile(
            rf"\b(?:carnaval|carnavales|carnavais|carnival|karneval|fasching|carnevale){_HOLIDAY_YEAR}\b"
        ),
        -50,
        -46,
    ),
]
_FIXED_HOLIDAYS: list[tuple[re.Pattern[str], tuple[int, int], tuple[int, int]]] = [
    (
        re.compile(
            rf"\b{_NOT_A_WISH}(?:navidad|navidades|christmas|xmas|natal|noel|weihnachten|weihnachtstage|weihnachtsfeiertage|"
            rf"natale){_HOLIDAY_YEAR}\b"
        ),
        (12, 24),
        (12, 26),
    ),
    (
        re.compile(
            rf"\b{_NOT_A_WISH}(?:ano nuevo|fin de ano|new year'?s?|nouvel an|fin d'annee|neujahr|jahreswechsel|capodanno|"
            rf"ano novo|fim de ano|virada do ano){_HOLIDAY_YEAR}\b"
        ),
        (12, 31),
        (1, 1),
    ),
]
_FERRAGOSTO = re.compile(r"\bferragosto\b")
# A bridge ("el puente de diciembre", "il ponte del 25 aprile", "le pont du 14 juillet", "o feriadão de
# Tiradentes") is the long weekend around its holiday (see `_long_weekend`); "de diciembre" is the 6th and 8th.
_BRIDGE_NAMES: list[tuple[str, tuple[tuple[int, int], ...]]] = [
    (
        r"diciembre|la constitucion|constitucion|la inmaculada|inmaculada",
        ((12, 6), (12, 8)),
    ),
    (r"dicembre|l'immacolata|immacolata|dell'immacolata", ((12, 8),)),
    (
        r"mayo|maggio|mai|maio|primero de mayo|primo maggio|1 de mayo|1 maggio|1er mai|premier mai|1 de maio",
        ((5, 1),),
    ),
    (r"(?:la )?virgen del pilar|pilar|la hispanidad|hispanidad", ((10, 12),)),
    (r"todos los santos|ognissanti|(?:la )?toussaint|todos os santos", ((11, 1),)),
    (r"san jose", ((3, 19),)),
    (r"(?:la )?liberazione", ((4, 25),)),
    (r"(?:la )?festa della repubblica|repubblica", ((6, 2),)),
    (r"tiradentes", ((4, 21),)),
    # Brazil's long weekends ("o feriadão da Proclamação da República", "de Finados", "de Nossa Senhora Aparecida")
    (r"(?:a )?proclamacao da republica|proclamacao", ((11, 15),)),
    (r"finados", ((11, 2),)),
    (r"(?:nossa senhora )?aparecida|(?:a )?padroeira", ((10, 12),)),
    (r"(?:a )?consciencia negra", ((11, 20),)),
    (r"(?:la )?independencia|independencia do brasil", ((9, 7),)),
    (r"(?:l')?armistice", ((11, 11),)),
    (r"(?:la )?fete nationale", ((7, 14),)),
]
_BANK_HOLIDAY = r"bank holiday(?: long)?(?: weekend)?"
_MONDAY_RULES: list[tuple[str, tuple[int, int]]] = [
    (r"memorial day", (5, -1)),
    (r"labou?r day", (9, 1)),
    (r"presidents'? day|washington'?s birthday", (2, 3)),
    (r"martin luther king(?: jr\.?)? day|mlk day", (1, 3)),
    (r"columbus day|indigenous peoples'? day", (10, 2)),
    # ("the bank holiday weekend at the end of May", "the bank holiday at the start of May", "the last bank holiday
    # in May", "the bank holiday weekend in August": which of May's two, or August's one, said after it)
    (
        r"early may bank holiday|may day bank holiday|may bank holiday|"
        rf"{_BANK_HOLIDAY} (?:at the (?:start|beginning) of|(?:at the )?start of|in early|early in) may|"
        r"first bank holiday (?:weekend )?(?:in|of) may",
        (5, 1),
    ),
    (
        r"spring bank holiday|whitsun bank holiday|late may bank holiday|"
        rf"{_BANK_HOLIDAY} (?:(?:at|towards) the end of|end of|in late|late in) may|"
        r"(?:last|second) bank holiday (?:weekend )?(?:in|of) may",
        (5, -1),
    ),
    (
        r"august bank holiday|summer bank holiday|late summer bank holiday|"
        rf"{_BANK_HOLIDAY} (?:in|of|(?:at|towards) the end of|end of|in late|late in) august",
        (8, -1),
    ),
]
_MONDAY_HOLIDAY = re.compile(
    rf"\b(?P<name>{'|'.join(f'(?:{pattern})' for pattern, _ in _MONDAY_RULES)})(?:\s+(?:long\s+)?weekend)?\b"
)
_BRIDGE = re.compile(
    r"\b(?:puente|ponte|pont|feriadao|feriado prolongado|bruckentag)\s+"
    r"(?:de la |de l'|del |de |di |dell'|della |du |des |do |da |dos |de los |vom |am |zum |)"
    rf"(?:(?P<d>[0-3]?\d|primo|primero|premier)(?:er|o|\.o(?=\s))?\.?\s*(?:de |d'|di )?(?P<m>{_MONTH})\b"
    rf"|(?P<name>{'|'.join(f'(?:{names})' for names, _ in _BRIDGE_NAMES)})\b)"
    # "el puente de diciembre del año que viene" (the year written in by `_NEXT_YEAR`), "il ponte del 2 giugno 2027"
    rf"{_HOLIDAY_YEAR}"
)
# US Thanksgiving: the fourth Thursday of November, a long weekend to the Sunday.
_THANKSGIVING = re.compile(
    r"\b(?:thanksgiving|accion de gracias|acao de gracas|giorno del ringraziamento|festa del ringraziamento|"
    rf"jour de l'action de grace|action de graces?){_HOLIDAY_YEAR}\b"
)
# "la primera quincena de julio" (1st to 16th), "la seconde quinzaine d'août" (16th to the 1st after).
_FORTNIGHT_OF = re.compile(
    r"\b(?:(?P<first>primera|premiere|primeira|prima)|(?:segunda|seconde|deuxieme|seconda))\s+"
    rf"(?:quincena|quinzaine|quinzena|quindicina)\s+(?:de |d'|di |do |del )?(?P<m>{_MONTH})\b"
)
_IN_PERIOD = re.compile(
    rf"\b(?:dentro de|en|in|within|daqui a|em|dans|tra|fra)\s+(?P<n>{NUMBER})\s+"
    r"(?:(?P<days>dias?|days?|jours?|tagen?|giorni|giorno)|"
    r"(?P<weeks>semanas?|weeks?|semaines?|wochen|woche|settimane|settimana))\b"
    # "in a fortnight", "in a fortnight's time": two weeks
    r"|\b(?:in|within) a (?P<fortnight>fortnight)\b"
)

_NIGHT_NOUN = (
    r"(?:noches?|nights?|nites|nts|noites?|nuits?|nachte|nacht|nachten|ubernachtungen|ubernachtung|notti|notte|"
    # "3 diárias" (Brazil), "pernoites", "pernottamenti", "nuitées": nights under other names.
    # "1 diária" is one night, "quanto tá a diária?" the daily rate
    r"diarias|(?:(?<=\b1 )|(?<=\buma ))diaria|pernoites?|pernoitas?|pernottamenti|pernottamento|nuitees?)"
)
_NIGHTS = re.compile(
    # "une seule nuit", "una sola noche", "uma só noite", "una sola notte": one night
    rf"\b(?P<n>{NUMBER})(?:\s+|-)(?:of )?(?:more |mas |extra |seule |sola |solo |so |single )?{_NIGHT_NOUN}\b"
)
_WEEKS = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:(?:full|whole|entire|complete|ganze|volle)\s+)?"
    r"(?:semanas?|weeks?|semaines?|wochen?|settimane|settimana)\b"
    # "a semana que vem", "a settimana prossima" name a week, not a length
    r"(?!\s+(?:que vem|que viene|proxima|prochaine|prossima|seguinte|siguiente|after|from now))"
    # "a Semana Santa", "à Semaine Sainte": the holiday, not one week
    r"(?!\s+(?:santa|sainte)\b)"
)
# "3 nights from 2 October", "tres noches desde el 2", "trois nuits à partir du 2", "3 Nächte ab dem 2.", "3 notti
# dal 2", "3 noites a partir de 2": a length and its first day.
_NIGHTS_FROM = re.compile(
    rf"{_NIGHTS.pattern}\s*,?(?:\s*\b(?:from|starting|beginning|desde|a partire|a partir|partire|du|des|ab|vom|dem|den|dal|"
    r"dall'|de|del|do|da|el|le|il|am|on|the|dia))*\s*$"
)
_NIGHTS_OF = re.compile(
    r"\b(?:las noches|the nights|as noites|les nuits|die nachte|le notti|nights)\s+(?:del?|of the|of|do|dos|das|du|des|vom|von|dal|delle|della)\b"
)
_NIGHT_OF = re.compile(
    # (the article may go: "annuler la réservation VC-3107 (nuit du 11 mai)", "noche del 11")
    # ("la misma noche del 3 de octubre" is a night said before, as a charge's)
    r"\b(?:la noche|the night|a noite|la nuit|die nacht|la notte|night|"
    r"(?<!misma )(?<!mesma )(?<!meme )(?<!stessa )(?<!selben )(?<!same )(?:noche|noite|nuit|nacht|notte))\s+"
    r"(?:del?|di|of the|of|do|da|du|vom|von|dal|della|"
    # "la notte tra venerdì e sabato", "the night between Friday and Saturday": one night, the first day's
    r"(?P<between>tra|fra|entre|between|zwischen))\b"
)
_BETWEEN_AND = re.compile(r"\s*(?:e|y|and|et|und|ed)\s+(?:el |il |le |o |the |den |dem )?")
_NEXT_WEEK = re.compile(
    r"\b(?:next week|next wk|nxt wk|nxt week|the week after|la semana que viene|la proxima semana|la semana proxima|semana que vem|"
    r"proxima semana|semaine prochaine|semaine d'apres|nachste woche|nachsten woche|kommende woche|kommenden woche|"
    # genitive, after the weekday: "am Freitag nächster Woche", "Donnerstag kommender Woche"
    r"nachster woche|kommender woche|"
    r"settimana prossima|prossima settimana|settimana che viene|nachscht wuche|nachschti wuche|nachste wuche|"
    r"nachschte wuche|"
    # Latin-American "el viernes de la otra semana", Brazilian "sexta da outra semana"
    r"de la otra semana|da outra semana|na outra semana)\b"
)
# "este viernes" said on a Friday is today (a weekday alone is its next occurrence after today).
_THIS_BEFORE = re.compile(
    r"\b(?:this|este|esta|ce|cette|diesen|dieses|diese|diesem|questo|questa|hoy|today|heute|oggi|aujourd'hui|hoje|"
    r"esta|nesta|neste|"
    # "It's now Tuesday", "hoy es martes", "nous sommes mardi", "heute ist Dienstag", "oggi è martedì": today
    r"it's now|it is now|now it's|today is|hoy es|ya es|hoje e|ja e|nous sommes|on est|heute ist|oggi e|ormai e)\s+$"
)
# "hasta el 17 inclusive", "until 17 March inclusive", "bis einschließlich 17.", "al 17 marzo incluso": the last
# day named is a night of the stay, so check-out is the day after (docs/INTERFACES.md).
_INCLUSIVE_AFTER = re.compile(
    r"\s*,?\s*\(?(?:inclusive|incluido|incluida|inclusivo|included|incl\.|inclus|incluse|inclusivement|incluso|"
    r"inclusa|compreso|compresa|incluidos?|inclusos?|einschliesslich|inklusive)\b"
    # said of the date, not of breakfast ("al 23, incluido el desayuno")
    r"(?=\s*(?:$|[.,;:!?)]|(?:y|and|e|et|und|para|for|pour|fur|per|por|somos|we|nous|wir|siamo)\b))"
)
_INCLUSIVE_BEFORE = re.compile(
    r"\b(?:einschliesslich|inklusive|inkl\.?|and including|up to and including|incluido el|inclusive el|"
    r"compreso il|incluso il)\s+(?:(?:the|el|le|il|den|dem|o|dia|day)\s+)?$"
)
# "solo esa noche", "just that night", "nur diese Nacht": one night.
_THAT_NIGHT = re.compile(
    r"\b(?:solo|solamente|nomas|only|just|seulement|juste|nur|soltanto|apenas|so)\s+"
    r"(?:esa|esta|that|this|the one|cette|diese|die|quella|questa|essa|aquela|nessa|esta)\s+"
    r"(?:noche|night|nuit|nacht|notte|noite)\b"
)
# "lundi en huit", "Montag in einer Woche": that weekday, a week (or two) after its next occurrence. ("A week
# from Monday" is a week's stay from Monday, docs/INTERFACES.md, as "una semana desde el lunes".)
_WEEKS_FROM = re.compile(
    r"\b(?P<wfr>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) en (?P<nfr>huit|quinze)\b"
    # British "Friday week": the Friday after next
    r"|\b(?P<wen>monday|tuesday|wednesday|thursday|friday|saturday|sunday) week\b(?!\s*(?:day|end|night))"
    # "a week on Friday" (British), "übernächsten Freitag": the Friday after next
    r"|\ba week on (?P<wen2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    # "the Friday after next": not the coming Friday, the one after it
    r"|\b(?P<wen3>monday|tuesday|wednesday|thursday|friday|saturday|sunday) after next\b"
    r"|\bubernachste[nrs]? (?P<wde2>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b"
    r"|\b(?P<wde>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag) in (?P<nde>einer|zwei|acht|vierzehn|8|14)"
    r" (?:wochen?|tagen)\b"
)
# Verbs of arriving (conditionals and Bavarian too: "Chegaríamos a 12", "mir kumman erst am 10.").
_ARRIVING_VERB = (
    r"arrive|arriving|get there|get in|llegar|llegamos|llegaremos|llegariamos|llego|llegare|chegar|chegamos|"
    r"chegaremos|chegariamos|chego|arriver|arrivons|arriverons|arriverions|arrivera|arriverai|arrivare|arriviamo|"
    r"arriveremo|arriveremmo|arrivo|arrivero|kommen|komme|kamen|kaemen|kumman|kumma|kemman|anreisen"
)
# Words that say which end of the stay a day is: the day after an arrival word is the check-in, after a
# departure word the check-out, whichever comes first in the message ("checking out on the 23rd, arriving
# the 20th", "até dia 12 de abril, chegando dia 9").
_ARRIVAL_CUE = re.compile(
    r"\b(?:arrival|check(?:ing)?[- ]?in|llegando|llegada|entrada|entrando|chegando|chegada|arrivee|arrivant|anreise|"
    rf"ankunft|arrivando|{_ARRIVING_VERB})\b[^.,;!?\d]{{0,12}}$"
)
_DEPARTURE_CUE = re.compile(
    r"\b(?:leaving|leave|departing|departure|check(?:ing)?[- ]?out|saliendo|salida|salgo|salimos|saida|saindo|"
    r"saimos|ficar ate|ate|depart|partant|partons|abreise|abreisen|reisen|abfahrt|partenza|partendo|partiamo|"
    r"until|till|hasta|jusqu'au|jusqu'a|bis|fino al|fino a)\b[^.,;!?\d]{0,12}$"
)
# Flights and trains, which a stay's guests come by.
_FLIGHT = r"vuelo|flight|voo|vol|flug|volo|avion|aereo"
_TRAIN = r"tren|train|trem|comboio|zug|treno"
# A clause about something else that happens on a day (a flight, a taxi, a wedding) next to the stay's own
# dates: "Habitación del 5 al 8 de mayo. Nuestro vuelo aterriza el 4 a las 22h" is the 5th to the 8th.
_EVENT = re.compile(
    # (German "ich plane eine Klassenfahrt" is planning, no plane)
    rf"\b(?:{_FLIGHT}|(?<!\bich )plane(?! eine?[mnrs]? )|{_TRAIN}|"
    r"taxi|pickup|pick-up|transfer|traslado|navette|navetta|shuttle|concierto|concert|konzert|concerto|boda|wedding|mariage|hochzeit|"
    # "cama de matrimonio" is a double bed, "matrimonio" alone a wedding
    r"(?<!cama de )(?<!camas de )(?<!habitacion de )(?<!cuarto de )matrimonio|casamento|congreso|conference|conferencia|kongress|congresso|meeting|reunion|riunione|reuniao|"
    # "we're getting married on June 12th", "nos casamos el 12", "ci sposiamo il 12", "wir heiraten am 12."
    r"married|marry|nos casamos|casarnos|casarme|nous nous marions|heiraten|ci sposiamo|sposarci|vamos casar|"
    # someone else's: "mi hermana se casa el 19", "ma sœur se marie le 19", "meine Schwester heiratet am 19."
    r"se casa|se casan|se casar|se marie|se marient|heiratet|si sposa|si sposano|"
    r"funeral|entierro|enterro|funerailles|obseques|beerdigung|funerale|graduation|graduacion|formatura|"
    # a graduation or a feast named by its verb ("vai se formar dia 18", "my son graduates on the 18th", "si laurea il
    # 18", "il 12 festeggiamo le nozze d'oro", "am 12. feiern wir", "celebramos el 12")
    r"graduates|graduating|se gradua|se graduan|se recibe|se forma|se formar|se formam|vai formar|diplomes|"
    r"abschlussfeier|si laurea|laurea|nozze|festeggiamo|festeggiano|festeggia|feiern|feiert|celebramos|celebran|"
    r"celebrate|celebrating|celebration|comemoramos|fetons|fetent|"
    r"festival|torneo|tournament|tournoi|turnier|messe|fiera|"
    # a strike on the day ("C'è sciopero dei treni il 14, quindi arriveremo solo il 15")
    r"huelga|strike|greve|streik|bahnstreik|sciopero|"
    # a market asked about ("Sapete se domenica c'è il mercatino?", "is there a market on Sunday?", "le marché")
    r"mercatino|mercatini|mercato|markets?|flea market|mercadillo|mercado|rastro|(?<=le )marche|(?<=au )marche|"
    r"(?<=du )marche|marche aux puces|brocante|markt|flohmarkt|wochenmarkt|weihnachtsmarkt|christkindlmarkt|"
    # a show or fireworks asked about ("vai ter show na praia no réveillon?", "are there fireworks on New Year's Eve?")
    r"show|shows|espetaculo|espectaculo|spectacle|fogos|fireworks|fuegos artificiales|feu d'artifice|feux d'artifice|"
    r"feuerwerk|fuochi d'artificio|"
    # a performance ("anlässlich der Premiere des Rosenkavalier am Samstag, dem 9. Oktober", "el estreno del sábado")
    r"premiere|estreno|estreia|auffuhrung|theater|theatre|teatro|oper|opera|ballet|ballett|"
    # a game asked about ("is the Knicks game on Saturday sold out?")
    r"partido|match|game|spiel|partita|jogo|appointment|termin|rendez-vous|appuntamento|lands?|aterriza|atterrit|"
    r"landet|atterra|aterrissa|pousa|pouso|decolla|despega|"
    # a team that plays on a day ("se o Benfica joga em casa no sábado?", "juega el Madrid el domingo?")
    r"joga|jogam|juega|juegan|plays|joue|jouent|spielt|gioca|giocano|"
    # the guests landing ("Atterriamo giovedì sera", "we land on Friday", "aterrizamos el 3", "wir landen am 3.")
    r"we land|aterrizamos|aterrizo|atterriamo|atterrissons|atterris|aterrissamos|aterrisso|landen|"
    # a delivery for the guest: "a courier is dropping off a cake on the 13th", "un colis sera livré le 19"
    r"courier|parcel|delivered|delivery|deliver|dropping off|me van a enviar|mensajero|paqueteria|encomenda|"
    r"colis|livraison|livreur|geliefert|lieferung|zugestellt|packchen|pacco|corriere|consegnato|consegnata|"
    # someone's birthday: "my wife's birthday is on the 12th, a room from the 11th to the 13th"
    r"birthday|cumple|cumpleanos|anniversaire|geburtstag|compleanno|aniversario|"
    # someone's age reached on a day ("my husband turns 40 on the 22nd", "compie 50 anni il 3")
    r"turns \d+|turning \d+|compie \d+|fa \d+ anni|faz \d+ anos|"
    # ("meu pai vai fazer 70 anos no dia 22", "cumple 50 el sábado", "va fêter ses 60 ans", "compirà 80 anni")
    r"fazer \d+ anos|fara \d+ anos|completa \d+ anos|cumple \d+|cumplir \d+|cumplira \d+|aura \d+ ans|"
    r"feter ses \d+ ans|fete ses \d+ ans|compira \d+|compiera \d+|turn \d+|"
    # an anniversary, a race: "our 25th anniversary on March 14th", "wir feiern am 20. Februar unseren
    # Hochzeitstag", "la maratón del domingo 7 de marzo"
    r"anniversary|anniversario|hochzeitstag|jahrestag|"
    # years of marriage reached on a day ("cumplimos 25 años de casados el 20 de agosto", "we'll be 25 years married
    # on 20 August", "nous fêtons nos 25 ans de mariage le 20 août", "wir sind am 20. August 25 Jahre verheiratet")
    r"cumplimos \d+|cumplen \d+|completamos \d+|completam \d+|anos de casados|years married|ans de mariage|"
    r"noces|verheiratet|anni di matrimonio|anni di nozze|anos de casamento|(?:half |halb|mezza |media )?(?:marathon|maraton|maratona))\b"
)
# A payment or a call the guest will make on a day ("I'll pay the deposit on Friday", "mañana te hago la
# transferencia", "amanhã faço o pix", "je vous fais le virement lundi", "ich überweise morgen", "domani vi faccio il
# bonifico", "I'll call you tomorrow"): only the day right beside it is the errand's, not the whole clause.
_ERRAND = re.compile(
    r"\b(?:pay|paying|deposit|wire|bank transfer|call you|ring you|phone you|pago|pagar|pagare|transferencia|"
    r"llamo|llamare|te llamo|les llamo|o pix|no pix|um pix|deposito|ligo|ligarei|virement|paiement|payerai|"
    r"vous appelle|vous appellerai|uberweise|uberweisung|anzahlung|zahle|bezahle|rufe|bonifico|caparra|pagamento|"
    r"chiamo|chiamero)\b"
)
_STAY_WORD = re.compile(
    # German compounds too ("3 Einzelzimmer", "ein Doppelzimmer")
    r"\b(?:rooms?|habitacion\w*|cuartos?|quartos?|chambres?|\w*zimmer|camer[ae]|noches?|nights?|nuits?|nachte?|"
    # a room asked for by its kind ("möchten eine Suite vom Donnerstag 19.", "bloccare una tripla dal 19")
    r"suites?|doppia|doppie|tripla|triple|singola|matrimoniale|doble|dobles|"
    # or as something free ("do you have anything open Thanksgiving weekend?", "¿tienen algo libre el sábado?")
    r"(?:have|got) anything (?:open|free|available)|(?:tienen|tenes|teneis) algo libre|(?:tem|tens|tem) algo livre|"
    r"quelque chose de libre|noch was frei|noch etwas frei|qualcosa di libero|"
    r"nott[ei]|noites?|stay\w*|estancia|sejour|aufenthalt|soggiorno|estadia|reserv\w*|book\w*|buch\w*|gebucht|"
    r"prenot\w*|check\w*|llego|llegamos|we arrive|i arrive|arriving|chego|chegamos|arrivons|arriviamo|"
    r"anreise|ankunft|ficamos|quedamos|bleiben|restiamo|restons|on reste|alojamiento|hospedagem|hebergement|availab\w*|"
    r"disponib\w*|vacanc\w*|vagas?|"
    # the hotel a parcel is sent to ("an Ihr Hotel geliefert", "un paquete al hotel") is no stay
    r"(?<!\ban ihr )(?<!\ban das )(?<!\bal )(?<!\bto the )(?<!\bto your )(?<!\ba l')(?<!\ball')(?<!\bao )hotel\w*)\b"
)
# A pick-up asked for with the guests' flight or train ("¿tienen traslado desde el aeropuerto? llegamos en el vuelo
# ... el martes", "Fate il servizio navetta da Malpensa? Atterriamo giovedì sera"): the arrival told is the ride's.
_TRANSFER = re.compile(
    r"\b(?:traslados?|transfers?|transfert|navette|navetta|shuttle|pick[- ]?up|abholung|abholservice|abholen|"
    # a ride by its plain name ("¿tienen servicio de transporte desde el aeropuerto?", "transport from the airport")
    r"transportes?|transport|trasporto|fahrdienst|"
    r"flughafentransfer|recogida|recogernos|recogerme|buscar no aeroporto|vir buscar|venire a prendere|"
    r"venirci a prendere|venir nous chercher)\b"
)
_TRAVEL = re.compile(
    rf"\b(?:{_FLIGHT}|plane|{_TRAIN}|aeropuerto|airport|"
    r"aeroporto|aeroport|flughafen|malpensa|fiumicino|orly|roissy|heathrow|gatwick|barajas|lands?|aterriza\w*|"
    r"atterr\w*|aterriss\w*|landen|landet)\b"
)
_ARRIVING = re.compile(
    r"\b(?:llegamos|llego|llegaremos|llegare|chegamos|chego|chegaremos|arriviamo|arrivo|arriveremo|arrivons|"
    r"arrive|arriverons|we arrive|i arrive|we're arriving|arriving|anreise|ankunft|kommen|ankommen|landen|"
    # (and a greeting's night, "buenas noches", or the hour of the landing, "el martes en la noche")
    r"buenas noches|boa noite|good night|bonne nuit|gute nacht|buona notte|buonanotte|en la noche|por la noche|"
    r"a la noche|at night|de noite|a noite|la nuit|in der nacht|di notte)\b"
)
# The night or evening of a day a flight lands ("We land Tuesday night", "aterrizamos el martes por la noche" is
# above), no night of a stay.
_LANDING_NIGHT = re.compile(
    rf"\b(?:{_alt([w for w in [*_WEEKDAYS_ALL, *_WEEKDAYS_PT] if ' ' not in w])})\s+"
    r"(?:night|evening|nite|noche|noite|soir|abend|nacht|sera|notte)\b"
)
# Other guests asked about as a whole ("every guest staying tonight", "quanti ospiti ci sono stasera", "¿cuántos
# huéspedes hay esta noche?", "quels clients dorment ce soir", "welche Gäste sind heute da", "quais hóspedes").
_OTHER_GUESTS = re.compile(
    r"\b(?:every guest|all (?:the )?guests|list of (?:the )?guests|guest list|which guests|how many guests are|"
    r"quanti ospiti ci sono|quali ospiti|tutti gli ospiti|lista degli ospiti|todos los huespedes|que huespedes|"
    r"cuantos huespedes hay|lista de huespedes|tous les clients|quels clients|combien de clients|liste des clients|"
    r"alle gaste|aller gaste|welche gaste|wie viele gaste sind|gasteliste|todos os hospedes|quais hospedes|quantos hospedes ha|"
    r"lista de hospedes)\b"
)
# A question about the weather names a day that is no stay ("what's the weather in London tomorrow?").
_WEATHER = re.compile(
    r"\b(?:weather|forecast|rain(?:ing|y)?|snow(?:ing)?|que tiempo|tiempo hara|tiempo va a hacer|clima|llover|"
    r"llueve|lluvia|nevar|pronostico|meteo|pleuvoir|pleut|quel temps|neiger|wetter|regnen|regnet|schneien|"
    r"wettervorhersage|che tempo|piove|piovere|pioggia|previsao do tempo|que tempo|chover|chuva|nevar)\b"
)
# A restaurant or a dinner out asked about ("¿me recomendáis algún restaurante para cenar esta noche?", "can you
# recommend a restaurant for tonight?", "un resto sympa pour ce soir ?", "ein Restaurant für heute Abend?").
_EATING_OUT = re.compile(
    # (French "resto" with its article: Italian "resto in attesa" is "I remain")
    r"\b(?:restaurant\w*|restaurante\w*|ristorant\w*|(?<=\bun )resto|(?<=\ble )resto|(?<=\bau )resto|trattoria|pizzeria|brasserie|osteria|tasca|"
    r"somewhere to eat|where to eat|donde cenar|donde comer|onde jantar|onde comer|ou diner|ou manger|wo essen|"
    r"dove mangiare|dove cenare)\b"
)
# An evening said ("esta noche", "el jueves por la noche", "Thursday night"): when a dinner is, no night of a stay.
_EVENING = re.compile(rf"\b(?:{_TONIGHT}|(?:por|en|a) la noche|(?:a|de) noite)\b")
# The room the guests already have ("On a déjà nos chambres chez vous", "La camera da voi ce l'ho già", "we already
# have our rooms with you", "ya tenemos habitación con ustedes", "já temos quarto aí", "wir haben schon ein Zimmer
# bei Ihnen"): no room asked for.
_ROOM_ALREADY_HAD = re.compile(
    r"\b(?:(?:on a|nous avons|j'ai|j ai) deja (?:nos |notre |ma |mes |une |des |la |les )?chambres?|"
    r"(?:la |una |le )?camer[ae] (?:da voi |qui )?(?:ce l'ho|ce l'abbiamo|l'ho|l'abbiamo) gia|"
    r"(?:ho|abbiamo) gia (?:la |una |le |delle )?camer[ae]|"
    r"(?:we|i) (?:already )?(?:have|'ve got|ve got|got) (?:our |a |my |the )?rooms? (?:with you|here|already)|"
    r"already (?:have|got|booked) (?:our |a |my |the )?rooms?|"
    r"ya (?:tenemos|tengo) (?:la |una |nuestra |nuestras |mi |las )?habitacion(?:es)?|"
    r"ja (?:temos|tenho) (?:o |um |nosso |os |nossos )?quartos?|"
    r"(?:haben|habe|hab) (?:schon|bereits) (?:ein |unsere |unser |die |das )?\w*zimmer)\b"
)
# A full stop after a number before a month or a range word is a German day's ("Am 29. Oktober wird ein Paket
# geliefert", "vom 12. bis 14."), not a clause's end ("no meu nome dia 15. Tem quarto...?").
_CLAUSE_END = re.compile(
    rf"[;!?\n]|,(?=\s|$)|(?<!\d)\.(?=\s|$)|(?<=\d)\.(?=\s|$)(?!\s+(?:{_MONTH}|bis|und|-|\u2013)\b)"
)
_NEXT_YEAR = re.compile(
    r"\s*,?\s*\b(?:del |de |do |da |of |di |dell'|de l')?(?:ano que viene|proximo ano|ano proximo|next year|"
    r"l'annee prochaine|annee prochaine|nachsten jahres|nachstes jahr|kommendes jahr|kommenden jahres|"
    r"l'anno prossimo|anno prossimo|prossimo anno|dell'anno prossimo|ano que vem)\b"
)
# ("em vez disso", "stattdessen", "en lugar de eso" come before the new days, not the old ones)
_INSTEAD = re.compile(
    r"\b(?:en vez d|en lugar d|instead of|rather than|au lieu d|anstatt|statt|invece d|invece che|anziche|plutot que|em vez d|ao inves d|em lugar d)"
    # "stattdessen" is "instead" said before the new days, not "instead of" the old ones
    r"(?!isso|esso|essen|dessen|e (?:eso|esto|ca|cela)\b)"
    # a day "and not" another ("il 13 e non il 12", "el 13 y no el 12", "the 13th and not the 12th", "le 13 et pas le
    # 12", "am 13. und nicht am 12.", "dia 13 e não dia 12"): instead of it
    r"|\b(?:e|y|and|et|und) (?:non|no|not|pas|nicht|nao)\b(?=\s+(?:(?:il|el|le|the|o|dia|den|am|on the)\s+)?\d)"
)

# The booked days pointed back to after "instead of" ("instead of those dates", "en vez de esas fechas", "au lieu de ces
# dates", "statt dieser Tage", "invece di quelle date", "em vez dessas datas").
_THOSE_DATES = re.compile(
    r"[a-z]*\s*(?:(?:those|these|the|esas|estas|las|ces|les|dieser|diesen|den|quelle|queste|le|essas|estas|as)\s+)?"
    r"(?:dates|days|nights|fechas|dias|noches|jours|nuits|daten|tage|tagen|nachte|date|giorni|notti|datas|noites)\b"
)
# The new days said after the old ones without a comma ("en vez del 3 al 5 sería del 10 al 12", "instead of
# the 3rd-5th it would be the 10th-12th"): the old days end at the word that brings the new ones.
_INSTEAD_NEW_DAYS = re.compile(
    r"\b(?:seria|serian|sera|seran|quedaria|pasaria a ser|ahora|would be|will be|make it|now|serait|sera|ce sera|"
    r"ware|waren|wird|jetzt|nun|sarebbe|sarebbero|ora|ficaria|passa a ser|agora)\b"
)


@dataclass
class _Mention:
    start: int
    end: int
    kind: str  # "abs", "bare", "rel", "wd", "weekend"
    day: int = 0
    month: int = 0
    year: int | None = None
    weekday: int = 0
    date: dt.date | None = None
    one_night: bool = False
    next_week: bool = False
    until: dt.date | None = None  # a holiday that is a stay on its own: its check-out
    holiday: bool = False
    weekend_of: bool = False  # "el fin de semana del 1 de mayo": the weekend that day is in
    from_the_day: bool = False  # "el fin de semana largo del 1 de mayo": a long weekend starts on its holiday
    after: dt.date | None = None  # a bare day after a holiday: counted from a fortnight before it
    near: dt.date | None = None  # "Thanksgiving, Thursday to Sunday": the weekday nearest the holiday
    this: bool = False  # "este viernes", "this Friday": today when today is that day
    in_period: bool = False  # "dentro de dos semanas": weekdays after it fall in that week
    past: bool = False  # "last Friday", "el viernes pasado": the weekday's last occurrence before today
    inclusive: bool = False  # "hasta el 17 inclusive": as a check-out, the day after
    of_next_week: bool = False  # "el finde de la semana que viene": the weekend of the next calendar week
    # "the weekend after next", "the first weekend of June": the weekdays said after it are its own
    a_weekend: bool = False


@dataclass
class StayDates:
    check_in: dt.date | None = None
    check_out: dt.date | None = None
    nights: int | None = None
    ambiguous: bool = False
    dates: list[dt.date] = field(default_factory=list)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _next_day_month(day: int, month: int, after: dt.date, inclusive: bool) -> dt.date | None:
    for year in (after.year, after.year + 1, after.year + 2):
        candidate = _valid(year, month, day)
        if candidate and (candidate > after or (inclusive and candidate == after)):
            return candidate
    return None


def _next_bare_day(day: int, after: dt.date, inclusive: bool) -> dt.date | None:
    year, month = after.year, after.month
    for _ in range(14):
        candidate = _valid(year, month, day)
        if candidate and (candidate > after or (inclusive and candidate == after)):
            return candidate
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return None


def _day_value(token: str) -> int:
    """A day of the month written as digits, a number word or an ordinal ("12", "doce", "twelfth")."""
    return to_int(token) or ORDINAL_VALUES.get(token, 0)


def _next_weekday(weekday: int, after: dt.date) -> dt.date:
    days = (weekday - after.weekday()) % 7 or 7
    return after + dt.timedelta(days=days)


class _Finder:
    def __init__(self, folded: str) -> None:
        self.text = folded
        self.taken = [False] * (len(folded) + 1)
        self.mentions: list[_Mention] = []

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def take(self, mention: _Mention) -> None:
        for i in range(mention.start, mention.end):
            self.taken[i] = True
        self.mentions.append(mention)


# "sexta-feira que vem, dia 15", "vendredi prochain, le 15", "venerdì prossimo 15": "next" between a weekday
# and its day number.
_NEXT_AFTER_WEEKDAY = r"\s+(?:que vem|que viene|prochain|prossimo|proximo|proxima)"
_WEEKDAYS_FOR = {"": dict(_WEEKDAYS_ALL), "pt": dict(_WEEKDAYS_ALL, **_WEEKDAYS_PT)}
# Compiled once per weekday set: the names, an optional day number ("el viernes 20") and "night".
_WEEKDAY_PATTERN = {
    key: re.compile(
        rf"\b(?P<w>{_alt(names)})\b(?:{_NEXT_AFTER_WEEKDAY})?"
        rf"(?:,?\s+(?:the |den |dem |le |il |el |o |dia |o dia )?(?P<d>[0-3]?\d)(?:st|nd|rd|th|er)?\b"
        # "viernes 20 hasta el domingo": "20 h"/"20h30" is a time, "hasta" no hour.
        rf"(?!\s*(?::|h\b|h\d))(?!{_NOT_A_DAY_AFTER.pattern}))?"
        rf"(?P<night>\s+(?:{_WEEKDAY_NIGHT})\b)?"
    )
    for key, names in _WEEKDAYS_FOR.items()
}


def _english_may(m: re.Match[str]) -> bool:
    """ "May" before a day in a message in another language is the English month when English words say so
    ("vorremmo una doppia from May 3rd to 6th"): an English ordinal or an English word before it."""
    before = m.string[max(0, m.start() - 12) : m.start()]
    return bool(
        re.search(r"\d(?:st|nd|rd|th)\b", m[0]) or re.search(r"\b(?:from|on|until|till|by)\s+$", before)
    )


# A phone number in groups ("06 12 34 56 78", "+33 6 12 34 56 78", "612 34 56 78", "0171 2345678"): no day.
_PHONE = re.compile(
    r"(?<![\d/.,:-])(?P<plus>\+\s?\d{1,3}[\s.-]?)?\(?\d{1,4}\)?(?:[ .-]\d{2,8}){1,5}(?![\d/]|[.,:]\d)"
)
_DATE_IN_DIGITS = re.compile(r"\b[0-3]?\d[./-][01]?\d[./-](?:20)?\d\d\b|\b20\d\d\b")


def _phone_numbers(folded: str) -> list[tuple[int, int]]:
    spans = []
    for m in _PHONE.finditer(folded):
        groups = re.findall(r"\d+", m.group())
        digits = sum(len(g) for g in groups)
        if digits < 9 or digits > 15 or (len(groups) < 5 and _DATE_IN_DIGITS.search(m.group())):
            continue
        # a lone pair of groups is a number only when it dials out or a trunk "0" opens it ("0171 2345678")
        if len(groups) < 3 and not (m["plus"] or groups[0].startswith("0")):
            continue
        spans.append(m.span())
    return spans


def _find_mentions(folded: str, today: dt.date, lang: str) -> tuple[list[_Mention], bool]:
    f = _Finder(folded)
    for phone_start, phone_end in _phone_numbers(folded):
        for i in range(phone_start, phone_end):
            f.taken[i] = True  # "appelez-moi au 06 12 34 56 78": a phone number, not the 6th
    ambiguous = False
    for m in _ISO.finditer(folded):
        f.take(_Mention(m.start(), m.end(), "abs", int(m["d"]), int(m["m"]), int(m["y"])))
    for m in _NUMERIC_PAIR.finditer(folded):
        ambiguous = _numeric_pair(m, f, lang) or ambiguous
    for m in _DAY_LIST.finditer(folded):
        days = [int(x) for x in re.findall(r"\d+", folded[m.start("first") : m.end("last")])]
        # Nights follow each other ("14, 15 y 16"); "kids aged 4, 7 and 10" or "2, 3 y 4 años" are no dates.
        if (
            days != list(range(days[0], days[0] + len(days)))
            or not 1 <= days[0] < days[-1] <= 31
            or _NOT_A_DAY_AFTER.match(folded, m.end())
            or not f.free(m.start(), m.end())
        ):
            continue
        first, last = days[0], days[-1]
        year = int(m["y"]) if m["y"] else None
        month = MONTHS[m["m"]] if m["m"] else 0
        f.take(_Mention(m.start("first"), m.end("first"), "abs" if month else "bare", first, month, year))
        for i in range(m.end("first"), m.start("last")):
            f.taken[i] = True  # the nights between are within the stay
        f.take(
            _Mention(m.start("last"), m.end(), "abs" if month else "bare", last, month, year, one_night=True)
        )
    for m, start, until in _bridges(folded, today):
        if until is None:
            f.take(_Mention(m.start(), m.end(), "abs", start.day, start.month, start.year, holiday=True))
        else:
            f.take(_Mention(m.start(), m.end(), "rel", date=start, until=until, holiday=True))
    for m, start, until in _monday_holidays(folded, today):
        f.take(_Mention(m.start(), m.end(), "rel", date=start, until=until, holiday=True))
    for m in _RANGE_BEFORE_MONTH.finditer(folded):
        if not f.free(m.start(), m.end()):
            continue
        if lang == "en" and (m["m"] or m["m2"]) in _MONTH_ABBREVIATIONS:
            continue  # "2 to 4 out of 5", not October
        first_group, last_group = ("d1", "d") if m["d1"] else ("d1w", "dw2")
        if m["d1w"] and _day_value(folded[m.start("d1w") : m.end("dw2")]):
            continue  # "vinte e oito de fevereiro" is the 28th, no list of the 20th and the 8th
        first, last = _day_value(m[first_group]), _day_value(m[last_group])
        month, year = _MONTH_NUMBER[m["m"] or m["m2"]], int(m["y"]) if m["y"] else None
        if 1 <= first <= 31 and 1 <= last <= 31:
            f.take(_Mention(m.start(first_group), m.end(first_group), "bare", first))
            # "on 9 and 10 May", "el 5 y 6 de junio": days listed are nights, like weekdays listed; "entre
            # el 3 y el 5" is a range.
            listed = bool(
                _AND.fullmatch(folded, m.end(first_group), m.start(last_group))
            ) and not _BETWEEN.search(folded, max(0, m.start() - 20), m.start())
            f.take(_Mention(m.start(last_group), m.end(), "abs", last, month, year, one_night=listed))
    for m in _MONTH_DAY_RANGE.finditer(folded):
        if (
            f.free(m.start(), m.end())
            and not (m["m"] == "may" and lang != "en" and not _english_may(m))
            and not _NOT_A_DAY_AFTER.match(folded, m.end())
        ):
            month, first, last = MONTHS[m["m"]], int(m["d1"]), int(m["d"])
            if 1 <= first <= 31 and 1 <= last <= 31:
                f.take(_Mention(m.start(), m.end("d1"), "abs", first, month))
                f.take(_Mention(m.start("d"), m.end(), "bare", last))
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for m in pattern.finditer(folded):
            if not f.free(m.start(), m.end()):
                continue
            groups = m.groupdict()
            if groups.get("dw"):
                day = to_int(groups["dw"]) or ORDINAL_VALUES.get(groups["dw"], 0)
            else:
                day = int(groups["d"])
            if m["m"] == "sept" and groups.get("dw"):
                continue  # "trois enfants de cinq sept et dix ans": French seven, not September
            if m["m"] == "may" and pattern is _MONTH_DAY and lang != "en" and not _english_may(m):
                continue
            if lang == "en" and m["m"] in _MONTH_ABBREVIATIONS:
                continue
            f.take(
                _Mention(
                    m.start(), m.end(), "abs", day, _MONTH_NUMBER[m["m"]], int(m["y"]) if m["y"] else None
                )
            )
    for m in _NUMERIC_RANGE.finditer(folded) if lang != "en" else ():
        first, last, month = int(m["d1"]), int(m["d"]), int(m["m"])
        if f.free(m.start(), m.end()) and 1 <= first <= 31 and 1 <= last <= 31 and 1 <= month <= 12:
            year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0) if m["y"] else None
            if m["and"] and last != first + 1:
                continue  # nights listed follow each other
            f.take(_Mention(m.start("d1"), m.end("d1"), "bare", first))
            f.take(_Mention(m.start("d"), m.end(), "abs", last, month, year, one_night=bool(m["and"])))
    make_it = _MAKE_IT_RANGE.finditer(folded) if lang == "en" else ()
    for m in (*_BARE_RANGE.finditer(folded), *_BARE_DASH_RANGE.finditer(folded), *make_it):
        first, last = int(m["d1"]), int(m["d"])
        dash = m.re is _BARE_DASH_RANGE
        if (
            f.free(m.start("d1"), m.end())
            and 1 <= first <= 31
            and 1 <= last <= 31
            and (not dash or 0 < last - first <= 21)
            and not _NOT_A_DAY_AFTER.match(folded, m.end())
        ):
            f.take(_Mention(m.start("d1"), m.end("d1"), "bare", first))
            f.take(_Mention(m.start("d"), m.end(), "bare", last))
    for m in (*_WORD_RANGE.finditer(folded), *_WORD_DASH_RANGE.finditer(folded)):
        first, last = _day_value(m["a"]), _day_value(m["b"])
        if m.re is _WORD_DASH_RANGE and not 0 < last - first <= 21:
            continue
        if (
            f.free(m.start("a"), m.end())
            and 1 <= first <= 31
            and 1 <= last <= 31
            and first != last
            and not _NOT_A_DAY_AFTER.match(folded, m.end())
        ):
            f.take(_Mention(m.start("a"), m.end("a"), "bare", first))
            f.take(_Mention(m.start("b"), m.end(), "bare", last))
    for m in _ORDINAL_DAY.finditer(folded):
        word = m["en"] or m["de"]
        group = "en" if m["en"] else "de"
        if (
            f.free(m.start(group), m.end())
            and not _NOT_AN_ORDINAL_DAY.match(folded, m.end())
            and not _NOT_A_DAY_AFTER.match(folded, m.end())
        ):
            f.take(_Mention(m.start(group), m.end(), "bare", ORDINAL_VALUES[word]))
    for m in _NUMERIC.finditer(folded):
        if not f.free(m.start(), m.end()):
            continue
        counted = _NOT_A_DAY_AFTER.match(folded, m.end())
        if counted and re.match(r"\w*\s*:", folded[counted.end() :]):
            counted = None  # "Saída: 23/05 Adultos: 2": the next form field, not what the number counts
        if _NOT_A_DATE_BEFORE.search(folded, max(0, m.start() - 20), m.start()) or counted:
            continue  # "exp 12/27", "rating 4/5", "2/3 personas"
        a, b = int(m["a"]), int(m["b"])
        if m["s"] == "-" and not m["y"] and b > 12 and 0 < b - a <= 21:
            # "room available 12-14?", "Zimmer 15-17?": two days, not the 14th of December (no month is 14 in
            # day/month order, and a dash is no American date's separator without a year).
            f.take(_Mention(m.start("a"), m.end("a"), "bare", a))
            f.take(_Mention(m.start("b"), m.end("b"), "bare", b))
            continue
        year = int(m["y"]) if m["y"] else None
        if year is not None and year < 100:
            year += 2000
        if lang == "en" and a <= 12 and b <= 12 and a != b:
            ambiguous = True
            f.take(_Mention(m.start(), m.end(), "ambiguous"))
            continue
        if lang == "en" and a <= 12 < b:
            a, b = b, a  # month/day
        elif lang != "en" and b > 12 >= a:
            continue  # day/month order is the rule outside English: "05/20" is not a date
        if 1 <= a <= 31 and 1 <= b <= 12:
            f.take(_Mention(m.start(), m.end(), "abs", a, b, year))
    for m in _WEEKS_FROM.finditer(folded):
        if f.free(m.start(), m.end()):
            f.take(_Mention(m.start(), m.end(), "rel", date=_weeks_from(m, today)))
    for pattern, offset, one_night in _RELATIVE:
        for m in pattern.finditer(folded):
            if f.free(m.start(), m.end()):
                # "a room for today?", "tem vaga pra hoje?": a night asked for today is tonight's
                tonight = (
                    offset == 0
                    and bool(
                        _FOR_TODAY.search(folded, max(0, m.start() - 16), m.start())
                        # "tem quarto pra 3 hj?", "do you have a room for two today?"
                        or _ROOM_ASKED_BEFORE.search(folded, max(0, m.start() - 45), m.start())
                        # "any rooms free today?", "Haben Sie heute noch ein Zimmer frei?", "tem vaga hoje?"
                        or (
                            _VACANCY_NEAR.search(window := folded[max(0, m.start() - 40) : m.end() + 40])
                            and _ROOM_NEAR.search(window)
                            and not _OWN_ROOM.search(
                                window
                            )  # "is my room available today at 11?": early check-in
                        )
                    )
                )
                f.take(
                    _Mention(
                        m.start(),
                        m.end(),
                        "rel",
                        date=today + dt.timedelta(days=offset),
                        one_night=one_night or tonight,
                    )
                )
    for m in _FERRAGOSTO.finditer(folded):
        if f.free(m.start(), m.end()):
            y = _YEAR_AFTER.match(folded, m.end())
            year = int(y["y"]) if y and y["y"] else None
            f.take(_Mention(m.start(), y.end() if y else m.end(), "abs", 15, 8, year, holiday=True))
    for pattern, month, day in _HOLIDAY_NIGHTS:
        for m in pattern.finditer(folded):
            if f.free(m.start(), m.end()):
                y = _YEAR_AFTER.match(folded, m.end())
                year = int(y["y"]) if y and y["y"] else None
                f.take(
                    _Mention(
                        m.start(),
                        y.end() if y else m.end(),
                        "abs",
                        day,
                        month,
                        year,
                        one_night=True,
                        holiday=True,
                    )
                )
    for m, date in _named_days(folded, today):
        if f.free(m.start(), m.end()):
            f.take(
                _Mention(m.start(), m.end(), "abs", date.day, date.month, date.year, date=date, holiday=True)
            )
    for m, start, until in _holiday_periods(folded, today):
        if f.free(m.start(), m.end()):
            f.take(_Mention(m.start(), m.end(), "rel", date=start, until=until, holiday=True))
    for m in _FORTNIGHT_OF.finditer(folded):
        if f.free(m.start(), m.end()):
            month = MONTHS[m["m"]]
            first_day = 1 if m["first"] else 16
            begins = _next_day_month(first_day, month, today, inclusive=True)
            if begins:
                ends = dt.date(begins.year, month, 16) if m["first"] else _month_after(begins)
                f.take(_Mention(m.start(), m.end(), "rel", date=begins, until=ends))
    for m in _IN_PERIOD.finditer(folded):
        resolved = _in_period(m, today)
        if resolved and f.free(m.start(), m.end()):
            f.take(_Mention(m.start(), m.end(), "rel", date=resolved, in_period=True))
    for m in _NTH_WEEKDAY.finditer(folded):
        nth = _nth_weekday(m, today)
        if nth and f.free(m.start(), m.end()):
            f.take(_Mention(m.start(), m.end(), "rel", date=nth))
    for m in _KALENDERWOCHE.finditer(folded):
        # "in der KW 15 von Montag bis Mittwoch": the weekdays of that calendar week (alone it says no days)
        week = int(m["kw"])
        gap = _KW_GAP.match(folded, m.end())
        if 1 <= week <= 53 and gap and _WEEKDAY_PATTERN[""].match(folded, gap.end()):
            for year in (today.year, today.year + 1):
                try:
                    monday = dt.date.fromisocalendar(year, week, 1)
                except ValueError:
                    continue
                if monday + dt.timedelta(days=6) >= today:
                    f.take(_Mention(m.start(), m.end(), "rel", date=monday, in_period=True))
                    break
    for m in _NTH_WEEKEND.finditer(folded):
        friday = _nth_weekend(m, today)
        if friday and f.free(m.start(), m.end()):
            start = max(friday, today)
            f.take(
                _Mention(
                    m.start(), m.end(), "rel", date=start, until=friday + dt.timedelta(days=2), a_weekend=True
                )
            )
    for m in _WEEKEND_AFTER_NEXT.finditer(folded):
        if f.free(m.start(), m.end()):
            friday = today + dt.timedelta(days=(4 - today.weekday()) % 7 + 7)
            until = friday + dt.timedelta(days=2)
            f.take(_Mention(m.start(), m.end(), "rel", date=friday, until=until, a_weekend=True))
    for m in _WEEKEND.finditer(folded):
        if _WEEKEND_IN_A_MONTH.match(folded, m.end()):
            continue  # "a long weekend in May": some weekend of that month, no date (the dialogue asks)
        if not m["next"] and _A_WORD_BEFORE.search(folded, max(0, m.start() - 24), m.start()):
            # "thanks for a lovely weekend", "ein schönes Wochenende": some weekend, not the coming one ("a room
            # next weekend": the article is the room's)
            continue
        if _PAST_BEFORE_WEEKEND.search(
            folded, max(0, m.start() - 24), m.start()
        ) or _PAST_AFTER_WEEKDAY.match(folded, m.end()):
            continue  # "my stay last weekend", "la estancia del pasado fin de semana": a weekend gone by, no stay
        if _HAPPENED_BEFORE_WEEKEND.search(folded, max(0, m.start() - 60), m.start()) or (
            lang == "de" and _HAPPENED_AFTER_WEEKEND.match(folded, m.end())
        ):
            continue  # "our daughter came down with chickenpox over the weekend": the weekend just gone
        if f.free(m.start(), m.end()):
            weekend = _Mention(m.start(), m.end(), "weekend", next_week=bool(m["next"] or m["next2"]))
            if of_next_week := _OF_NEXT_WEEK.match(folded, m.end()):
                # "el finde de la semana que viene", "le week-end de la semaine prochaine": next week's
                weekend.of_next_week, weekend.end = True, of_next_week.end()
            f.take(weekend)
    for m in _WE_WEEKEND.finditer(folded) if lang in ("fr", "de", "it") else ():
        if f.free(m.start("we"), m.end("we")):
            f.take(_Mention(m.start("we"), m.end("we"), "weekend", next_week=bool(m["next"])))
    short = _SHORT_WEEKDAYS.get(lang, {})
    pairs = list(_SHORT_WEEKDAY_PAIR[lang].finditer(folded)) if lang in _SHORT_WEEKDAY_PAIR else []
    if pairs:
        # the head of a list only when the list ends in a pair ("Thurs, Fri and Sat")
        pairs += [
            m
            for m in _SHORT_WEEKDAY_LIST_HEAD[lang].finditer(folded)
            if any(0 <= pair.start() - m.end() <= 12 for pair in pairs)
        ]
    singles = (
        [*_SHORT_WEEKDAY_EN.finditer(folded), *_SHORT_WEEKDAY_NIGHT_EN.finditer(folded)]
        if lang == "en"
        else []
    )
    if lang in _SHORT_WEEKDAY_AFTER:
        singles = [
            m
            for m in _SHORT_WEEKDAY_AFTER[lang].finditer(folded)
            if not re.match(r"\s*,?\s*[0-3]?\d", folded[m.end() :])
        ]
    for m in pairs + singles:
        if m.groupdict().get("a") and m["a"] == m["b"]:
            continue  # "mi y mi mujer" is no pair of Wednesdays
        for group in ("a", "b", "c"):
            if m.groupdict().get(group) and f.free(m.start(group), m.end(group)):
                # "next Sat night", "sam. soir": that night
                night = bool(re.match(rf"\.?\s+(?:{_WEEKDAY_NIGHT})\b", folded[m.end(group) :]))
                f.take(_Mention(m.start(group), m.end(group), "wd", weekday=short[m[group]], one_night=night))
    weekdays = _WEEKDAYS_FOR["pt" if lang == "pt" else ""]
    for m in _WEEKDAY_PATTERN["pt" if lang == "pt" else ""].finditer(folded):
        if not f.free(m.start(), m.end()):
            continue
        if m["d"]:  # "el viernes 20": the number is the precise part
            f.take(_Mention(m.start("d"), m.end("d"), "bare", int(m["d"]), one_night=bool(m["night"])))
        elif _names_a_date_after(f, m.end()):
            continue  # "Wednesday, Jan 20": the date after the weekday is the precise part
        else:
            one_night = bool(m["night"]) or m["w"].endswith(("abend", "nacht"))  # "Samstagnacht"
            mention = _Mention(m.start(), m.end(), "wd", weekday=weekdays[m["w"]], one_night=one_night)
            mention.this = bool(_THIS_BEFORE.search(folded, max(0, m.start() - 20), m.start()))
            mention.past = _gone_by(folded, m.start(), m.end())
            f.take(mention)
    _find_bare_days(f, lang)
    if _NEXT_WEEK.search(folded):
        for mention in f.mentions:
            mention.next_week = mention.next_week or mention.kind == "wd"
    f.mentions.sort(key=lambda mention: mention.start)
    return f.mentions, ambiguous


# A weekday gone by ("last Friday", "el viernes pasado", "letzten Freitag", "vendredi dernier", "venerdì scorso",
# "sexta passada"): that past day, which the dialogue says is past.
_PAST_BEFORE_WEEKDAY = re.compile(
    r"\b(?:last|this past|el pasado|letzten|letzte|vergangenen|vergangene|lo scorso|lo passato)\s+$"
)
_PAST_BEFORE_WEEKEND = re.compile(
    r"\b(?:last|this past|pasado|passado|letztes|letzten|vergangenes|vergangenen|scorso|passato|dernier)\s+$"
)
# Falling ill or hurt in the weekend just gone ("our daughter came down with chickenpox over the weekend", "mi hijo
# se puso enfermo el fin de semana", "notre fils est tombé malade ce week-end", "unser Sohn ist am Wochenende krank
# geworden", "nostra figlia si è ammalata nel weekend", "a nossa filha ficou doente no fim de semana").
_HAPPENED_BEFORE_WEEKEND = re.compile(
    r"\b(?:came down with|got sick|got ill|fell ill|fell sick|was sick|was ill|caught|broke (?:his|her|my|a)|"
    r"se puso enferm[oa]|se enfermo|enfermo|cayo enferm[oa]|se rompio|pillo|est tombee? malade|sont tombes malades|"
    r"a attrape|s'est casse|krank geworden|wurde krank|erkrankt|angesteckt|gebrochen|si e ammalat[oa]|"
    r"si sono ammalati|e stat[oa] male|si e rott[oa]|ficou doente|ficaram doentes|adoeceu|pegou|partiu (?:o|a)|"
    # or something closed or broken all through it, in a complaint ("la piscine était fermée toute la fin de semaine",
    # "the pool was closed all weekend", "la piscina estuvo cerrada todo el fin de semana")
    r"was closed|was shut|wasn't working|didn't work|estaba cerrad[oa]|estuvo cerrad[oa]|no funciono|"
    r"no funcionaba|etait fermee?|etaient fermee?s|a ete fermee?|ne marchait pas|ne fonctionnait pas|"
    r"era chius[oa]|e stat[oa] chius[oa]|non funzionava|estava fechad[oa]|ficou fechad[oa]|nao funcionou|"
    r"nao funcionava)\b"
    r"[^.;!?\n]{0,40}$"
)
_HAPPENED_AFTER_WEEKEND = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:krank geworden|erkrankt|angesteckt|gebrochen|geschlossen war|zu war|kaputt war)\b"
)
_PAST_AFTER_WEEKDAY = re.compile(
    r"(?:-feira)?\s+(?:pasado|pasada|passado|passada|dernier|derniere|scorso|scorsa|passato|passata)\b"
)


# An arrival told in a past tense ("we arrived on Sunday", "nous sommes arrivés dimanche", "siamo arrivati
# domenica", "cheguei no domingo", "wir sind am Sonntag angekommen"): the weekday gone by. (Spanish "llegamos" and
# Portuguese "chegamos" are also the present, said of a coming arrival.)
_ARRIVED_BEFORE = re.compile(
    r"\b(?:arrived|got here|got in|checked in|cheguei|nous sommes arrivee?s?|je suis arrivee?|on est arrivee?s?|"
    r"siamo arrivat[ie]|sono arrivat[oa])\s+(?:(?:on|the|last|no|na|le|il|la|de)\s+)*$"
)
_ARRIVED_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?(?:angekommen|angereist|eingecheckt)\b")
_BEFORE_ARRIVED = re.compile(r"\b(?:sind|bin)\s+(?:\w+\s+)?am\s+$")


def _gone_by(folded: str, start: int, end: int) -> bool:
    return bool(
        _PAST_BEFORE_WEEKDAY.search(folded, max(0, start - 20), start)
        or _PAST_AFTER_WEEKDAY.match(folded, end)
        or _ARRIVED_BEFORE.search(folded, max(0, start - 40), start)
        or (_BEFORE_ARRIVED.search(folded, max(0, start - 25), start) and _ARRIVED_AFTER.match(folded, end))
    )


# "el día veinte", "o dia vinte e dois", "il giorno dieci": a day in words after "day".
_WORD_DAY_AFTER_DAY = re.compile(rf"\b(?:dia|day|giorno|jour)\s+(?P<dw>{DAY_NUMBER})\b")


def _numeric_pair(m: re.Match[str], f: _Finder, lang: str) -> bool:
    """Takes a range of two numeric dates; True when English leaves its order (month/day?) open."""
    pairs = [(int(m["a1"]), int(m["b1"])), (int(m["a2"]), int(m["b2"]))]
    if lang == "en" and any(b > 12 for _, b in pairs):
        pairs = [(b, a) for a, b in pairs]  # "12/20-12/23", "5/14-5/16": month/day
    elif lang == "en" and not any(a > 12 for a, _ in pairs):
        f.take(_Mention(m.start(), m.end(), "ambiguous"))  # "3/5 - 3/7"
        return True
    if not all(1 <= day <= 31 and 1 <= month <= 12 for day, month in pairs):
        return False
    y1 = int(m["y1"]) + (2000 if len(m["y1"]) == 2 else 0) if m["y1"] else None
    y2 = int(m["y2"]) + (2000 if len(m["y2"]) == 2 else 0) if m["y2"] else None
    f.take(_Mention(m.start(), m.end("b1"), "abs", pairs[0][0], pairs[0][1], y1 or y2))
    f.take(_Mention(m.start("a2"), m.end(), "abs", pairs[1][0], pairs[1][1], y2 or y1))
    return False


# "the night of Tuesday 19th", "la noche del viernes 20": a weekday's name between "night of" and its day.
_WEEKDAY_GAP = re.compile(
    rf"\s*(?:{_alt(list(_WEEKDAYS_ALL) + list(_WEEKDAYS_PT))})\.?,?\s+(?:the |den |dem |le |il |el |o |dia )?"
)


def _names_a_date_after(f: _Finder, end: int) -> bool:
    """Whether a date with its month starts right after `end` ("Wednesday, Jan 20", "Sat January 23rd")."""
    gap = re.compile(r",?\s*(?:the\s+)?").match(f.text, end)
    start = gap.end() if gap else end
    return any(x.start == start and x.kind == "abs" for x in f.mentions)


# "llegaríamos el primero de marzo y nos iríamos el cuatro": a day in words after a verb of leaving or arriving.
_WORD_DAY_AFTER_VERB = re.compile(
    r"\b(?:nos vamos|nos iriamos|nos iremos|salimos|saldriamos|saldremos|llegamos|llegariamos|leaving|leave|"
    r"depart|departing|arriving|arrive|saimos|sairiamos|sairemos|chegamos|chegariamos|partons|partirions|"
    r"repartons|repartirions|arrivons|arriverions|ripartiamo|ripartiremmo|partiamo|partiremmo|arriviamo|"
    r"arriveremmo|"
    # the departure said kept ("A saída mantém-se a 15", "la salida sigue siendo el 15", "le départ reste le 15")
    r"(?:saida|salida|depart|departure|check-?out|partenza)\s+(?:mantem-se|se mantem|se mantiene|sigue siendo|sigue|"
    r"stays|remains|reste|resta|rimane))\s+(?:el|le|il|the|on the|o dia|no dia|dia|o|a)\s+"
    rf"{_DAY_WORD}\b"
)


_POSSESSIVE_BEFORE = re.compile(r"\b(?:our|my|his|her|their|your)\s+$")


_HOUR_BEFORE_LE = re.compile(r"\b(?:verso|dopo|prima|entro|fino)\s+$")


# A night named by its day alone, in digits or words ("la noite de vinte e oito", "a noite de 28", "the night of the
# twenty-eighth", "la noche del veintiocho", "la nuit du vingt-huit", "die Nacht vom 28.", "la notte del ventotto"):
# that day (the night's own cue marks it one night).
_NIGHT_OF_A_DAY = re.compile(
    r"\b(?:noche|night|noite|nuit|nacht|notte)\s+(?:del?|do|of the|of|du|vom|von|dal|della|di)\s+(?:(?:dia|the)\s+)?"
    rf"(?P<dw>{DAY_NUMBER}|{_alt(list(ORDINAL_VALUES))})(?:st|nd|rd|th|er)?\.?(?![\w/-]|[.,:]\d)"
)


_PER_NIGHT_BEFORE = re.compile(r"\b(?:por|per|par|pro)\s+$")


def _find_bare_days(f: _Finder, lang: str) -> None:
    for m in _NIGHT_OF_A_DAY.finditer(f.text):
        day = _day_value(m["dw"])
        if m["dw"] in ("cuarto", "quarto") or _PER_NIGHT_BEFORE.search(
            f.text, max(0, m.start() - 6), m.start()
        ):
            continue  # "la tarifa por noche del cuarto doble": a price per night of a room, no day
        if f.free(m.start("dw"), m.end()) and 1 <= day <= 31 and not _NOT_A_DAY_AFTER.match(f.text, m.end()):
            f.take(_Mention(m.start("dw"), m.end(), "bare", day))
    for m in _WORD_DAY_AFTER_DAY.finditer(f.text):
        day = to_int(m["dw"]) or 0
        if f.free(m.start("dw"), m.end()) and 1 <= day <= 31 and not _NOT_A_DAY_AFTER.match(f.text, m.end()):
            f.take(_Mention(m.start("dw"), m.end(), "bare", day))
    connectors = set(_CONNECTOR_CUES.split("|")) - set(_PRIMARY_CUES.split("|"))
    for m in _BARE_DAY.finditer(f.text):
        start, end = m.start("d"), m.end()
        if not f.free(start, end) or not 1 <= int(m["d"]) <= 31:
            continue
        if _NOT_A_DAY_AFTER.match(f.text, m.end("d") + (len(m["suf"]) if m["suf"] else 0)) and not m["suf"]:
            continue
        if (
            m["cue"] in connectors
            and not any(0 <= start - x.end <= 14 for x in f.mentions)
            # (Italian "l'arrivo è il 13": "è" folds to "e", then the article a day is said with; "and the 3
            # grandkids" is no day)
            and not (lang == "it" and m["cue"] == "e il")
        ):
            continue
        if m["cue"] == "le" and _HOUR_BEFORE_LE.search(f.text, max(0, m.start() - 12), m.start()):
            continue  # "arrivo il 20 verso le 18": an hour (a day would be "verso il 18")
        f.take(_Mention(start, end, "bare", int(m["d"])))
    # (after the days said with a cue: "a chegada é dia 13 e não dia 12 ... A saída mantém-se a 15")
    for m in _WORD_DAY_AFTER_VERB.finditer(f.text):
        day = _day_value(m["dw"])
        if (
            f.mentions
            and f.free(m.start("dw"), m.end())
            and 1 <= day <= 31
            and not _NOT_A_DAY_AFTER.match(f.text, m.end())
        ):
            f.take(_Mention(m.start("dw"), m.end(), "bare", day))
    for m in _SUFFIXED_DAY.finditer(f.text):
        if _NOT_AN_ORDINAL_DAY.match(f.text, m.end()) or _POSSESSIVE_BEFORE.search(f.text, 0, m.start()):
            continue  # "our 10th anniversary", "the 3rd floor"
        if f.free(m.start(), m.end()) and 1 <= int(m["d"]) <= 31:
            f.take(_Mention(m.start(), m.end(), "bare", int(m["d"])))
    for m in _SHORT_WEEKDAY_DAY.finditer(f.text):
        if lang != "de" and re.match(r"(?:mo|di|mi|do|fr|sa|so)\s", m[0]):
            continue  # "un bambino di 12.", "o quarto do 12.": a word of the language, no German "Di 12."
        if (
            f.free(m.start("d"), m.end())
            and 1 <= int(m["d"]) <= 31
            and not _NOT_A_DAY_AFTER.match(f.text, m.end())
        ):
            f.take(_Mention(m.start("d"), m.end(), "bare", int(m["d"])))
    for m in _WORD_DAY_AFTER.finditer(f.text):
        day = to_int(m["dw"]) or ORDINAL_VALUES.get(m["dw"], 0)
        start = m.start("dw")
        if (
            f.free(start, m.end())
            and 1 <= day <= 31
            and not _NOT_A_DAY_AFTER.match(f.text, m.end())
            # "le premier week-end de juin, à trois": after a comma, a party ("à trois", "a dos"), not a range's end
            and any(
                0 <= start - x.end <= 14
                and "," not in f.text[x.end : start]
                # "passer Noël à deux", "Nochevieja a dos": after a holiday, "à"/"a" and a small number are a party
                and not (x.holiday and f.text[m.start() : m.start() + 2] == "a " and day <= 6)
                for x in f.mentions
            )
        ):
            f.take(_Mention(start, m.end(), "bare", day))


def _holiday_periods(folded: str, today: dt.date) -> list[tuple[re.Match[str], dt.date, dt.date]]:
    """Holidays named in the text with their first night and check-out, in the next year they are not over."""
    from dateutil.easter import easter

    found: list[tuple[re.Match[str], dt.date, dt.date]] = []
    for pattern, first, last in _MOVABLE:
        for m in pattern.finditer(folded):
            years = [int(m["y"])] if m["y"] else [today.year, today.year + 1]
            for year in years:
                sunday = easter(year)
                start, until = sunday + dt.timedelta(days=first), sunday + dt.timedelta(days=last)
                if until > today or m["y"]:
                    found.append((m, max(start, today), until))
                    break
    for m in _THANKSGIVING.finditer(folded):
        for year in [int(m["y"])] if m["y"] else [today.year, today.year + 1]:
            november = dt.date(year, 11, 1)
            thursday = november + dt.timedelta(days=(3 - november.weekday()) % 7 + 21)
            if thursday + dt.timedelta(days=3) > today or m["y"]:
                found.append((m, max(thursday, today), thursday + dt.timedelta(days=3)))
                break
    for pattern, (month, day), (out_month, out_day) in _FIXED_HOLIDAYS:
        for m in pattern.finditer(folded):
            years = [int(m["y"])] if m["y"] else [today.year - 1, today.year, today.year + 1]
            for year in years:
                start = dt.date(year, month, day)
                until = dt.date(year + (out_month < month), out_month, out_day)
                if until > today or m["y"]:
                    found.append((m, max(start, today), until))
                    break
    return found


def _named_days(folded: str, today: dt.date) -> list[tuple[re.Match[str], dt.date]]:
    """Named holidays that are one day ("Viernes Santo", "Boxing Day"), on their next occurrence from today."""
    if not _ANY_NAMED_DAY.search(folded):
        return []
    from dateutil.easter import easter

    found: list[tuple[re.Match[str], dt.date]] = []
    for pattern, offset in _EASTER_DAYS:
        for m in pattern.finditer(folded):
            written = _YEAR_AFTER.match(folded, m.end())
            for year in (int(written["y"]),) if written and written["y"] else (today.year, today.year + 1):
                date = easter(year) + dt.timedelta(days=offset)
                if date >= today or (written and written["y"]):
                    found.append((m, date))
                    break
    for pattern, month, day in _FIXED_DAYS:
        for m in pattern.finditer(folded):
            date = dt.date(today.year, month, day)
            found.append((m, date if date >= today else dt.date(today.year + 1, month, day)))
    return found


def _long_weekend(day: dt.date) -> tuple[dt.date, dt.date | None]:
    """The days off around a holiday: Monday or Tuesday from the Saturday before, Thursday or Friday to the
    Sunday after, a Saturday or Sunday its weekend (Friday to Sunday); a Wednesday is only its day."""
    weekday = day.weekday()
    if weekday in (0, 1):
        return day - dt.timedelta(days=weekday + 2), day
    if weekday in (3, 4):
        return day, day + dt.timedelta(days=6 - weekday)
    if weekday in (5, 6):
        friday = day - dt.timedelta(days=weekday - 4)
        return friday, friday + dt.timedelta(days=2)
    return day, None


def _nth_monday(year: int, month: int, n: int) -> dt.date:
    """The n-th Monday of a month (n = -1: the last)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(-first.weekday()) % 7 + 7 * (n - 1))
    last = _month_after(dt.date(year, month, 1)) - dt.timedelta(days=1)
    return last - dt.timedelta(days=last.weekday())


def _monday_holidays(folded: str, today: dt.date) -> list[tuple[re.Match[str], dt.date, dt.date]]:
    """US and UK holidays on a Monday ("Memorial Day weekend", "August bank holiday"): Saturday to Monday."""
    found: list[tuple[re.Match[str], dt.date, dt.date]] = []
    for m in _MONDAY_HOLIDAY.finditer(folded):
        month, n = next(rule for pattern, rule in _MONDAY_RULES if re.fullmatch(pattern, m["name"]))
        for year in (today.year, today.year + 1):
            monday = _nth_monday(year, month, n)
            if monday >= today:
                found.append((m, max(monday - dt.timedelta(days=2), today), monday))
                break
    return found


def _bridges(folded: str, today: dt.date) -> list[tuple[re.Match[str], dt.date, dt.date | None]]:
    """Bridges named in the text: their first night and check-out (None for a lone Wednesday), next occurrence."""
    found: list[tuple[re.Match[str], dt.date, dt.date | None]] = []
    for m in _BRIDGE.finditer(folded):
        if m["m"]:
            day = 1 if m["d"] in ("primo", "primero", "premier") else int(m["d"])
            holidays: tuple[tuple[int, int], ...] = ((MONTHS[m["m"]], day),)
        else:
            holidays = next(days for names, days in _BRIDGE_NAMES if re.fullmatch(names, m["name"]))
        for year in (int(m["y"]),) if m["y"] else (today.year, today.year + 1):
            spans = [_long_weekend(d) for month, dd in holidays if (d := _valid(year, month, dd))]
            if not spans:
                break
            start = min(span[0] for span in spans)
            ends = [span[1] or span[0] for span in spans]
            until = max(ends) if any(span[1] for span in spans) else None
            if (until or start) >= today:
                found.append((m, max(start, today), until if until and until > max(start, today) else None))
                break
    return found


def _nth_weekend(m: re.Match[str], today: dt.date) -> dt.date | None:
    """The Friday of "the first/last weekend of <month>", in the next year that weekend is not over."""
    n, month = _ORDINAL_WEEKEND_NUMBER[m["n"]], MONTHS[m["m"]]
    for year in (today.year, today.year + 1):
        first = dt.date(year, month, 1)
        if n > 0:
            saturday = first + dt.timedelta(days=(5 - first.weekday()) % 7 + 7 * (n - 1))
        else:
            last = _month_after(first) - dt.timedelta(days=1)
            saturday = last - dt.timedelta(days=(last.weekday() - 5) % 7)
        if saturday.month == month and saturday + dt.timedelta(days=1) > today:
            return saturday - dt.timedelta(days=1)
    return None


def _nth_weekday(m: re.Match[str], today: dt.date) -> dt.date | None:
    """ "the first Friday in April": that day, in the next year it is not past."""
    n, month = _NTH_WEEKDAY_ORDINALS[m["n"]], MONTHS[m["m"]]
    weekday = {**_WEEKDAYS_ALL, **_WEEKDAYS_PT}[m["w"]]
    for year in (today.year, today.year + 1):
        first = dt.date(year, month, 1)
        if n > 0:
            day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        else:
            last = _month_after(first) - dt.timedelta(days=1)
            day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        if day.month == month and day >= today:
            return day
    return None


def _month_after(day: dt.date) -> dt.date:
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _in_period(m: re.Match[str], today: dt.date) -> dt.date | None:
    """ "dentro de dos semanas", "in 3 Tagen", "dans quinze jours" (a fortnight): today plus that much."""
    if m["fortnight"]:
        return today + dt.timedelta(days=14)
    count = to_int(m["n"])
    if not count or count > 60:
        return None
    # "quince días", "huit jours": two weeks, one week.
    days = {15: 14, 8: 7}.get(count, count) if m["days"] else 7 * count
    return today + dt.timedelta(days=days)


_WEEKDAY_NUMBER = {
    name: number for name, number in _WEEKDAYS_ALL.items() if "-" not in name and " " not in name
}


def _weeks_from(m: re.Match[str], today: dt.date) -> dt.date:
    """ "lundi en huit": the weekday's next occurrence plus the weeks said."""
    weeks = 2 if (m["nfr"] or m["nde"]) in ("quinze", "zwei", "vierzehn", "14") else 1
    weekday = m["wfr"] or m["wde"] or m["wen"] or m["wen2"] or m["wen3"] or m["wde2"]
    return _next_weekday(_WEEKDAY_NUMBER[weekday], today) + dt.timedelta(days=7 * weeks)


# "por su cumple, que es el sábado", "for her birthday, which is on Saturday", "pour son anniversaire, qui tombe
# samedi", "per il suo compleanno, che è sabato", "pelo aniversário dela, que é no sábado", "zum Geburtstag, der am
# Samstag ist": the event's day, said after a comma.
_EVENT_IS = re.compile(
    r"\s*,\s*(?:que es|que cae|que sera|which is|that is|that's|it's|qui est|qui tombe|qui sera|c'est|che e|che cade|"
    r"che sara|que e|que cai|que sera|der ist|der|das ist|die ist)\s+(?:(?:on|el|le|il|o|a|am|the|dia|no|na)\s+)?$"
)
_YEARS_COUNT = re.compile(r"\b\d{1,2}\s+(?:jahren?|years|anos|ans|anni)\b")
_REASON_IN_BRACKETS = re.compile(
    rf"({_MONTH}\b\.?|\d(?:st|nd|rd|th|er)?\.?)\s*\((?=[^()\d]{{0,30}}\))(?={_EVENT.pattern}[^()]*\))[^()]*\)"
)


# An event the guests come for ("pour un anniversaire", "for a wedding", "para una boda", "für eine Hochzeit", "per un
# compleanno", "para um aniversário") just before the weekend named.
_FOR_AN_EVENT_WORDS = (
    r"\b(?:pour|for|para|pra|per|fur|zu|zum|zur|por)\s+(?:(?:un|une|a|an|the|el|la|le|il|lo|o|um|uma|ein|eine|einen|"
    r"einem|einer|our|my|notre|mon|ma|nuestro|nuestra|mi|nostro|nostra|il nostro|la nostra|nosso|nossa|o meu|o nosso|"
    r"meu|unsere[mn]?|meine[mn]?)\s+)?"
    r"(?:\w+\s+)?(?:anniversaire|birthday|cumpleanos|cumple|compleanno|geburtstag|aniversario|mariage|wedding|boda|"
    r"hochzeit|matrimonio|casamento|bapteme|christening|bautizo|taufe|battesimo|batizado|fete|party|fiesta|feier|"
    r"festa|evjf|evg|hen do|hen party|stag do|stag party|bachelor party|bachelorette|despedida|junggesellenabschied|"
    r"addio al celibato|addio al nubilato)\b"
)
_FOR_AN_EVENT = re.compile(rf"{_FOR_AN_EVENT_WORDS}[^.?!;\d]{{0,20}}$")
# ("the weekend of the 14th of november for my birthday", "le week-end du 14 novembre pour mon anniversaire")
_FOR_AN_EVENT_AFTER = re.compile(rf"\s*,?\s*{_FOR_AN_EVENT_WORDS}")


_FOR_BEFORE = re.compile(r"\b(?:for|fur|pour|para|pra|per|zu|zum|zur)\s+(?:[\w']+\s+){0,2}$")
_FROM_GAP = re.compile(r"\s*,?\s*(?:vom|von|from|du|del|dal|dall'|de|do|da|desde)\s+(?:the\s+|dia\s+)?")


def _without_events(
    folded: str, mentions: list[_Mention], nights: int | None, today: dt.date
) -> list[_Mention]:
    """Mentions less those in a clause about a flight, a taxi or a wedding, when the rest still name a stay (two
    days, or a day and a length): "our train arrives on the 14th, we leave on the 17th" keeps the 14th."""
    # An event in brackets right after the days is what the stay is for ("vom 14. bis 16. Juli (Messe)", "20-22 May
    # (wedding)"), not a day of its own.
    folded = _REASON_IN_BRACKETS.sub(lambda m: m[1] + " " * (len(m[0]) - len(m[1])), folded)
    ends = [m.end() for m in _CLAUSE_END.finditer(folded)]

    def clause(position: int) -> str:
        start = max((end for end in ends if end <= position), default=0)
        return folded[start : min((end for end in ends if end > position), default=len(folded))]

    def right_after_event(mention: _Mention) -> bool:
        # "we're getting married on June 12th and need rooms for the 11th to the 13th": the day the event word
        # names, though the clause goes on to the stay.
        start = mention.start
        if weekday := _WEEKDAY_BEFORE_ITS_DAY.search(folded, max(0, start - 30), start):
            # "der Premiere ... am Samstag, dem 9. Oktober": the day said from its weekday
            start = weekday.start()
        before = folded[max(0, start - 45) : start]
        events_before = list(_EVENT.finditer(before))
        event = events_before[-1] if events_before else None
        if event is None:
            return False
        gap = before[event.end() :]
        if _FOR_BEFORE.search(before, 0, event.start()) and _FROM_GAP.fullmatch(gap):
            # "wir haben für unseren Hochzeitstag vom 17. bis 19. Juni gebucht", "for our anniversary from 17 to 19
            # June": the days the stay for the event runs from
            return False
        said_is = _EVENT_IS.search(gap)
        return (
            not _STAY_WORD.search(gap)
            and not re.search(r"\d", gap)
            # "... an Ihr Hotel geliefert. Haben Sie vom 2. bis 4. November": the next sentence is not the event's
            and (
                (len(gap) <= 25 and not _CLAUSE_END.search(gap))
                or (said_is is not None and not _CLAUSE_END.search(gap, 0, said_is.start()))
            )
        )

    def right_before_event(mention: _Mention) -> bool:
        # "sabato 22 maggio c'è il concerto", "am 20. Februar unseren Hochzeitstag": the event word just after the day
        after = folded[mention.end : mention.end + 25]
        if _YEARS_COUNT.search(wide := folded[mention.end : mention.end + 45]):
            after = wide  # ("il 20 agosto sono 25 anni di matrimonio": the years reached on the day, no day)
        event = _EVENT.search(after)
        return (
            event is not None
            and not _STAY_WORD.search(after[: event.start()])
            and not re.search(r"\d", _YEARS_COUNT.sub(lambda m: " " * len(m[0]), after)[: event.start()])
            and not _CLAUSE_END.search(after[: event.start()])
            and not re.search(r"\b(?:for|para|pour|fur|per|pra|zur|zum|a la|al|au)\b", after[: event.start()])
        )

    def beside_an_errand(mention: _Mention) -> bool:
        # the errand word and the day with no stay word, number or clause end between them, either side
        before = folded[max(0, mention.start - 30) : mention.start]
        after = folded[mention.end : mention.end + 30]
        near = [before[m.end() :] for m in _ERRAND.finditer(before)][-1:] + [
            after[: m.start()] for m in _ERRAND.finditer(after)
        ][:1]
        return any(
            not _STAY_WORD.search(gap) and not re.search(r"\d", gap) and not _CLAUSE_END.search(gap)
            for gap in near
        )

    def weekend_for_the_event(mention: _Mention) -> bool:
        # "une dizaine de personnes pour un anniversaire le week-end du 13 mars", "for a wedding the weekend of the
        # 13th": a weekend the guests come for an event is their stay (an event is on a day, not a weekend)
        index = mentions.index(mention)
        weekend = mention if mention.kind == "weekend" else mentions[index - 1] if index else None
        if not (
            weekend is not None
            and weekend.kind == "weekend"
            and (
                weekend is mention
                or _WEEKEND_OF_GAP.fullmatch(folded, weekend.end, mention.start) is not None
            )
        ):
            return False
        after = mentions[mentions.index(weekend) + 1 :][:1]
        # (the event said after the weekend's day: "the weekend of the 14th of november for my birthday")
        day = (
            after[0] if after and _WEEKEND_OF_GAP.fullmatch(folded, weekend.end, after[0].start) else weekend
        )
        return bool(
            _FOR_AN_EVENT.search(folded, max(0, weekend.start - 60), weekend.start)
            or _FOR_AN_EVENT_AFTER.match(folded, day.end)
        )

    events = [
        mention
        for mention in mentions
        if not weekend_for_the_event(mention)
        and (
            (_EVENT.search(text := clause(mention.start)) and not _STAY_WORD.search(text))
            or right_after_event(mention)
            or right_before_event(mention)
            or beside_an_errand(mention)
        )
    ]
    rest = [m for m in mentions if m not in events]
    if not rest and _STAY_WORD.search(folded):
        # "nos casamos el 9 de octubre y queremos pasar la luna de miel con ustedes del 10 al 14 de octubre. Queremos
        # reservar la suite": in the event's clause, the day right by its word is the event's, a range after it the
        # stay
        direct = [m for m in events if right_after_event(m) or right_before_event(m) or beside_an_errand(m)]
        others = [m for m in events if m not in direct]
        if direct and len(others) >= 2 and _connected(folded, others[0], others[1]):
            events, rest = direct, others
    stay = len(rest) >= 2 or (len(rest) == 1 and (nights is not None or rest[0].until is not None))
    if events and not rest and nights is None and not _STAY_WORD.search(folded):
        return []  # "vou pegar um táxi amanhã às 8, qual é o endereço?": a taxi, no stay at all
    if events and not rest and nights is None and all(beside_an_errand(m) for m in events):
        # "prendiamo la doppia. Vi faccio il bonifico della caparra lunedì": the payment's day, with the room chosen
        # from an offer, is no stay day
        return []
    if not (events and stay):
        return mentions
    # "una boda el 13 de junio, ¿habitación del 12 al 14?": days without a month are those around the event.
    dated = [e for e in events if e.kind == "abs" and e.month]
    around = _next_day_month(dated[0].day, dated[0].month, today, inclusive=True) if dated else None
    if around is None and (weekends := [e for e in events if e.kind == "rel" and e.a_weekend and e.date]):
        # "an U14 tournament nearby the weekend after next ... 5 triple rooms for fri & sat night": the weekdays of
        # the weekend the event is on
        around = weekends[0].date
    for mention in rest:
        if around and mention.kind == "bare" and mention.after is None:
            mention.after = around - dt.timedelta(days=15)
        elif around and mention.kind == "wd" and not (mention.next_week or mention.this or mention.past):
            # "the marathon on Sunday 18 April, a room Friday to Monday": the weekdays around the event's day
            mention.near = mention.near or around
    return rest


def _without_a_today_aside(folded: str, mentions: list[_Mention], today: dt.date) -> list[_Mention]:
    """Mentions less a "today" said in a clause with no stay in it while another clause names the stay's days
    ("meine Kollegin war letztes Jahr bei Ihnen und schwärmt noch heute. Ich hätte gern ein Einzelzimmer vom 7. bis
    10. Juni", "I called you today. A room from the 7th to the 10th")."""
    ends = [0] + [m.end() for m in _CLAUSE_END.finditer(folded)] + [len(folded)]
    aside = []
    for mention in mentions:
        if not (
            mention.kind == "rel"
            and mention.date == today
            and not mention.one_night
            and re.fullmatch(_TODAY, folded[mention.start : mention.end])
        ):
            continue
        start = max(end for end in ends if end <= mention.start)
        end = min(end for end in ends if end >= mention.end)
        others = [m for m in mentions if not start <= m.start < end]
        if not _STAY_WORD.search(folded, start, end) and len(others) >= 2:
            aside.append(mention)
    return [m for m in mentions if m not in aside]


# A question about when something opens, closes or is served ("¿el gimnasio abre de 7 a 22?", "is the pool open
# 9-21?", "le restaurant est ouvert du mardi au samedi ?") names hours and weekdays, not a stay ("fecha" is
# Spanish for a date, so only "fechado"/"fecham" are Portuguese closing words).
_OPENING_HOURS = re.compile(
    r"\b(?:abre|abren|abierto|abierta|abiertos|abiertas|cierra|cierran|cerrado|cerrada|horario|horarios|funciona|"
    r"funcionan|atiende|atienden|open|opens|closes|closed|opening hours|aberto|aberta|abertos|abertas|fecham|"
    r"fechado|fechada|ouvert|ouverte|ouverts|ouvertes|ouvre|ouvrent|ferme|fermee|horaires|geoffnet|offen|offnet|"
    r"schliesst|geschlossen|offnungszeiten|aufmachen|aufmacht|zumachen|zumacht|aperto|aperta|aperti|aperte|apre|aprono|chiude|chiudono|chiuso|chiusa|"
    r"orari|orario)\b"
)
# The day a booking was made ("I booked on 11/30", "reservé el 2/11", "j'ai réservé le 5 janvier", "ho prenotato
# il 5", "reservei dia 2/1", "am 2.11. gebucht") or a stay of last year is no stay to quote.
_BOOKED_ON = re.compile(
    r"\b(?:booked(?: it| this| the room| a room)?(?: back)? on(?: the)?|made (?:the|my|our|a) (?:booking|reservation)"
    r" on(?: the)?|reserved(?: it)? on(?: the)?|"
    # ("hice una reserva el sábado por la web", "fiz uma reserva na sexta", "j'ai fait une réservation samedi", "ho
    # fatto una prenotazione sabato")
    r"(?:reserve|reservamos|(?:hice|hicimos|realice|realizamos|efectue) (?:la|una|mi|nuestra) reserva) el|"
    r"(?:reservei|reservamos|(?:fiz|fizemos|efetuei|efetuamos|realizei) (?:a|uma|minha|nossa) reserva)"
    r"(?: no| na| em)?(?: dia)?|"
    r"(?:j'ai|j ai|nous avons|on a) reserve(?: la chambre)? le|"
    r"(?:j'ai|j ai|nous avons|on a) (?:fait|effectue) (?:une|la|ma|notre) reservation(?: le)?|"
    r"(?:ho|abbiamo) prenotato(?: la camera)? il|(?:ho|abbiamo) (?:fatto|effettuato) (?:una|la) prenotazione(?: il)?|"
    r"gebucht am|"
    # the booking and, in a clause of its own, when it was made ("la reserva que hice el martes por la web", "the
    # booking I made on Tuesday", "la réservation que j'ai faite mardi", "a reserva que fiz na terça", "la
    # prenotazione che ho fatto martedì")
    r"(?:reserva|reservacion) que (?:hice|hicimos|realice|realizamos|efectue|fiz|fizemos|efetuei|realizei)"
    r"(?: el| no| na| em)?(?: dia)?|"
    r"(?:booking|reservation) (?:that |which )?(?:i|we) made on(?: the)?|"
    r"reservation (?:que|qu') ?(?:j'ai|j ai|nous avons|on a) (?:faite|effectuee)(?: le)?|"
    r"prenotazione che (?:ho|abbiamo) (?:fatto|fatta|effettuato|effettuata)(?: il)?)\s*$"
)
# A booking made through somewhere on a day ("Efetuei uma reserva no vosso site no passado dia 2", "j'ai réservé sur
# votre site dimanche soir", "I booked on your website on Monday", "ho prenotato tramite il vostro sito lunedì"): the
# day it was made, named after the channel, is no stay; "reservei de 10 a 12" and "booked for Friday" are its days.
_BOOKING_MADE = (
    r"(?:booked|made (?:a|the|my|our) (?:booking|reservation)|reserved|reserve|reservamos|reservaron|reservou|"
    r"(?:hice|hicimos|realice|realizamos|efectue) (?:la|una|mi|nuestra) reserva|reservei|"
    r"(?:fiz|fizemos|efetuei|efetuamos|realizei|realizamos|fez|efetuou) (?:a|uma|minha|nossa) reserva|"
    r"(?:j'ai|j ai|nous avons|on a) (?:reserve|(?:fait|effectue) (?:une|la|ma|notre) reservation)|"
    r"(?:ho|abbiamo) (?:prenotato|(?:effettuato|fatto) (?:una|la) prenotazione)|gebucht)"
)
# ("a través de su página web", "através do vosso site": the way it was made, no stay's "from")
_THROUGH = re.compile(
    r"\b(?:a traves de|atraves de|atraves do|atraves da|por medio de|by way of|par le biais de)\b"
)


# ("pelo site de vocês", "en la web de ustedes": whose site, no stay's "de")
_YOURS = re.compile(r"\b(?:de (?:voces|vcs|ustedes|vosotros|usted|voce)|di voi)\b")


def _booked_in_its_sentence(folded: str, mention: _Mention) -> bool:
    start = max((m.end() for m in _CLAUSE_END.finditer(folded, 0, mention.start)), default=0)
    end = _CLAUSE_END.search(folded, mention.end)
    return bool(re.search(rf"\b{_BOOKING_MADE}\b", folded[start : end.start() if end else len(folded)]))


_MADE_THROUGH = re.compile(rf"\b{_BOOKING_MADE}\b(?P<gap>[^.;!?\n\d]{{0,45}})$")
_CHANNEL = re.compile(
    r"\b(?:site|website|web|sitio|sito|online|internet|app|aplicacion|aplicativo|application|portal|plataforma|"
    r"booking\.com|expedia|airbnb|phone|telephone|telefone|telefono|telefon|email|e-mail|mail|correo|agencia|agency|"
    r"agence|agentur|agenzia|homepage|webseite|seite|formulario|formulaire|formular|modulo)\b"
)
_BOOKED_RIGHT_BEFORE = re.compile(rf"\b{_BOOKING_MADE}\s+(?:(?:el|le|il|o|on|am|no|na)\s+)?$")
_CHANNEL_AFTER = re.compile(
    r"\s*,?\s*(?:on|through|via|sul|sulla|sur|en|no|na|auf|uber|por|pelo|pela|por la|por el|tramite|nel|nella|dal)\s+"
    rf"(?:[\w']+\s+){{0,2}}?{_CHANNEL.pattern}"
)
# ("for"/"para"/"vom"... bring the booking's own days: "j'ai réservé sur votre site pour samedi")
_STAY_PREPOSITION = re.compile(
    r"\b(?:for|para|pra|pour|per|fur|fuer|from|de|del|du|dal|dalla|dai|do|dos|von|vom|ab|desde|a partir|starting|"
    r"des|until|till|to|hasta|ate|jusqu'au|bis|fino)\b"
)
# "no passado dia 2", "el pasado día 2", "lo scorso 12 marzo": a day gone by.
_PAST_BEFORE_DAY = re.compile(r"\b(?:passado|pasado|scorso|ultimo)\s+(?:(?:dia|giorno)\s+)?$")
# "il 12 gennaio ho effettuato una prenotazione", "am 2. März habe ich über Ihre Website gebucht", "on 2 March we
# booked": the day before the booking verb is when it was made.
_THEN_BOOKED = re.compile(
    rf"\s*,?\s*(?:(?:i|we|yo|eu|nos|nous|je|j'|on|io|noi)\s*)?(?:have\s+)?"
    # ("vom 9. bis 12. Juli gebucht": German puts the verb after the booked days; "am 2.11. habe ich ... gebucht"
    # is read below)
    rf"(?!gebucht){_BOOKING_MADE}\b"
)
# ("for 3-5 May we booked": the end of a range or the days a booking is for)
_STAY_DAYS_BEFORE = re.compile(
    r"(?:\b(?:for|para|pra|pour|per|fur|to|al|au|a|ao|bis|until|till|hasta|ate|jusqu'au|fino al|del|dal|du|vom)|-|\u2013)"
    r"\s*(?:(?:the|el|le|il|o|den|dia)\s+)?$"
)
_HAVE_THEN_BOOKED = re.compile(r"\s*,?\s*(?:habe|haben|hab|hatte|hatten)\s+(?:ich|wir)\b")
_BOOKED_IN_THE_SENTENCE = re.compile(r"(?:[^;!?\n.]|(?<=\d)\.){0,80}?\bgebucht\b")
# "bis heute keine Bestätigung", "ad oggi non ho ricevuto", "até hoje", "hasta hoy", "to date": up to now, no day.
_UP_TO_BEFORE = re.compile(
    r"\b(?:bis|ad|fino ad|sino ad|ate|hasta|jusqu'a|jusqu'ici|until|till|up to|as of|a dia de|a dia d')\s+$"
)
_BOOKED_AFTER = re.compile(r"\s*(?:uber|bei|via|auf)?\s*\w*\s*gebucht\b")
_HAVE_BEFORE = re.compile(r"\b(?:habe|haben|hab|hatte|hatten)\s+(?:\w+\s+)?am\s*$")
# "Ich habe am 20. Juli für den 13.-15. August gebucht": the booking's own days may come between.
_BOOKED_LATER = re.compile(
    r"(?:[^.;!?\n]|(?<=\d)\.){0,40}?\b(?:gebucht|reserviert|(?:eine |die )?(?:reservierung|buchung) (?:gemacht|getatigt))\b"
)
_BOOKING_WHICH_BEFORE = re.compile(r"\b(?:buchung|reservierung),?\s+die\s+(?:ich|wir)\s+(?:\w+\s+)?am\s*$")
_MADE_AFTER = re.compile(r"\.?\s*(?:\w+\s+){0,4}?(?:gemacht|getatigt|aufgegeben|abgeschickt)\b")
_LAST_YEAR_AFTER = re.compile(
    r"\s*,?\s*(?:del |de |do |dell'|of )?(?:ano pasado|el ano pasado|last year|l'annee derniere|l'an dernier|"
    r"letztes jahr|letzten jahres|vergangenes jahr|l'anno scorso|anno scorso|ano passado|o ano passado)\b"
)


# Streets and squares named after a date ("Av. 9 de Julho", "Rua 25 de Março", "calle 2 de Mayo", "rue du 4
# Septembre", "Piazza 4 Novembre") are places, not days.
_STREET_BEFORE = re.compile(
    r"\b(?:(?:rua|r\.|avenida|av\.?|avda\.?|calle|c/|praca|travessa|alameda|rue|avenue|boulevard|bd|viale|piazza|"
    r"piazzale|strasse|str\.|platz|bairro|barrio|colonia)\s*(?:(?:del?|du|da|do|dos|della|dei)\s+)?"
    # words that are also nouns ("¿queda plaza del 20 al 22?", "un corso dal 3 al 5") only right before the number
    r"|(?:plaza|largo|corso|via|paseo|street|road|estacion|estacao|colegio|escuela|escola)\s+)$"
)
# "Breakfast from 7 to 10?", "Frühstück von 7 bis 10": the hours a meal is served.
_MEAL_HOURS = re.compile(
    r"\b(?:desayuno|breakfast|colazione|petit[- ]dejeuner|fruhstuck|cafe da manha|pequeno[- ]almoco|brunch|cena|"
    r"dinner|jantar|diner|abendessen|almuerzo|lunch|pranzo|almoco|mittagessen)\b[^.?!\d]{0,20}?"
    r"\b(?:from|de|du|von|dalle|das|des)\s+(?P<a>[0-2]?\d)\s*(?:-|to|a|au|bis|alle|as|till|until)\s*(?P<b>[0-2]?\d)\b"
)

# When something is served or done ("a que horas é servido o pequeno-almoço ao fim de semana?", "what time is
# breakfast at the weekend?", "à quelle heure", "um wie viel Uhr", "a che ora"): a weekend named is every weekend.
_WHEN_SERVED = re.compile(
    r"\b(?:a que horas?|what time|at what time|quelle heure|quelles heures|wie viel uhr|wieviel uhr|a che ora|"
    # "Ab wann gibt es am Wochenende Frühstück?", "from what time", "desde qué hora", "da che ora", "até que horas"
    r"ab wann|bis wann|from when|from what time|until what time|till what time|desde que hora|hasta que hora|"
    r"da che ora|fino a che ora|a partir de que horas?|ate que horas?|jusqu'a quelle heure|"
    r"servido|servida|served|servi|servie|serviert|servito|servita)\b"
)

# "Is breakfast from 7?", "Frühstück ab 7?", "la colazione è dalle 7?", "can we check in from 2?", "is the pool
# open from 8?": the hour a meal, the check-in or a service starts, no day.
_MEAL_FROM = re.compile(
    r"\b(?:desayuno|breakfast|colazione|petit[- ]dejeuner|fruhstuck|zmorge|cafe da manha|pequeno[- ]almoco|brunch|"
    r"cena|dinner|jantar|diner|abendessen|almuerzo|lunch|pranzo|almoco|mittagessen|"
    r"check[- ]?in|check[- ]?out|pool|piscina|piscine|schwimmbad|spa|sauna|gym|gimnasio|palestra|reception|recepcion|"
    r"rezeption|open|opens|abre|abren|ouvert|ouverte|ouvre|geoffnet|offen|aperto|aperta|apre|aberto|aberta)\b"
    r"[^.!\d\n]{0,25}?"
    r"\b(?:from|since|starting(?: at| from)?|desde(?: las?)?|a partir de(?: las?)?|a partir das?|des|depuis|ab|"
    r"dalle|dall'|dalla|von|das|from about|ab etwa)\s+(?P<h>[0-2]?\d)(?:[:h]\d\d|\.[0-5]\d(?![./]?\d|\.))?\b"
    rf"(?!\s*(?:[./-]\s*\d|\.?\s*(?:de |of |del )?(?:{_MONTH})\b|(?:to|till|until|al|au|bis|a|ao|alle|y|and|et|e|und)\s+\d))"
)


# The day a message was written ("further to my email of 28 April", "en relación con mi correo del 28 de abril",
# "suite à mon mail du 28 avril", "meine E-Mail vom 28. April", "la mia mail del 28 aprile", "o meu e-mail de 28").
_WRITTEN_ON = re.compile(
    r"\b(?:e-?mails?|mails?|correos?|mensajes?|messages?|mensagens?|messaggi[oa]?|nachricht|schreiben|anfrage|"
    # and a call or talk before this message ("further to our call on 2 December", "suite à notre échange du 1er")
    r"lettres?|letters?|cartas?|lettera|courriels?|calls?|phone call|conversation|llamada|conversacion|echange|"
    r"appel|entretien|telefonat|gesprach|anruf|telefonata|conversazione|ligacao|conversa|telefonema)\s+"
    r"(?:of|from|on|sent on|del|de|du|vom|von|dell'|da|do|dal)\s+"
    r"(?:the\s+|dia\s+)?$"
)


def _written_on(mention: _Mention, today: dt.date) -> bool:
    """A date with its year that is already past ("Madrid, 3 de mayo de 2027" heading or signing a letter, a
    forwarded "Enviado: lunes, 3 de mayo de 2027"): when a message was written, no stay."""
    if mention.kind != "abs" or not mention.year or mention.holiday:
        return False
    written = _valid(mention.year, mention.month, mention.day)
    return written is not None and written <= today


# A day the writer says goodbye until ("see you on Saturday", "nos vemos el sábado", "até sábado!", "à samedi !", "bis
# Samstag!", "ci vediamo sabato", after thanks or a comma: "Merci pour la confirmation, à samedi !"): when they will
# meet, no stay asked for (data/README.md: "see you on Friday" is not annotated).
_SEE_YOU = re.compile(
    r"\b(?:see you|see ya|nos vemos|vemo-nos|a gente se ve|on se voit|on se revoit|wir sehen uns|ci vediamo|ci si vede)"
    r"\s+(?:(?:on|the|el|le|o|a|am|il|al|no|na|dia)\s+)*$"
)
_UNTIL_THEN = re.compile(
    r"(?:(?<!\d)[,.!?;:]\s*|\b(?:merci|gracias|obrigad[oa]|danke|grazie|thanks|thank you)\s+)¡?(?:a|hasta|ate|bis)\s+"
    r"(?:(?:el|le|o|a|am|il|al|dia)\s+)*$"
)
_SENTENCE_ENDS = re.compile(r"\s*(?:$|[!.?\n]|[^\w\s,;:'-])")


def _without_a_day_of_goodbye(folded: str, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions less the day a goodbye names: after "see you" anywhere, after a bare "until" ("à samedi !", "¡hasta el
    sábado!") only a weekday or "tomorrow" ending a sentence in a message that names no stay."""
    kept = []
    for mention in mentions:
        before = folded[max(0, mention.start - 40) : mention.start]
        if _SEE_YOU.search(before) or (
            mention.kind in ("wd", "rel")
            and not mention.holiday
            and _UNTIL_THEN.search(before)
            and _SENTENCE_ENDS.match(folded, mention.end)
            and not _STAY_WORD.search(folded)
        ):
            continue
        kept.append(mention)
    return kept


def _asked_when_in_its_sentence(folded: str, mention: _Mention) -> bool:
    """Whether the sentence of a weekend asks from or until when something is served ("Ab wann gibt es am Wochenende
    Frühstück?"); a weekend in a sentence of its own is no such weekend ("habt ihr uns fürs WE eingetragen? ... Und ab
    wann kann man einchecken?")."""
    start = max(folded.rfind(stop, 0, mention.start) for stop in ".?!\n") + 1
    ends = [end for stop in ".?!\n" if (end := folded.find(stop, mention.end)) >= 0]
    return bool(_WHEN_SERVED.search(folded, start, min(ends, default=len(folded))))


def _without_past_and_hours(folded: str, mentions: list[_Mention], today: dt.date) -> list[_Mention]:
    """Mentions less the day a booking or a message was written, a stay of last year, a street named after a date
    and the hours or weekdays something opens."""
    hours = bool(_OPENING_HOURS.search(folded)) and not _STAY_WORD.search(folded)
    # "A que horas é servido o pequeno-almoço ao fim de semana?": the weekend of a question about when
    # ("anything open Thanksgiving weekend?" asks for a room)
    weekend_hours = bool(_WHEN_SERVED.search(folded)) and not _STAY_WORD.search(folded)
    meals = [m.span() for m in _MEAL_HOURS.finditer(folded) if int(m["a"]) < int(m["b"]) <= 24]
    meals += [(m.start("h"), m.end()) for m in _MEAL_FROM.finditer(folded) if 1 <= int(m["h"]) <= 23]
    kept = []
    for mention in mentions:
        if any(start <= mention.start < end for start, end in meals):
            continue
        before = folded[max(0, mention.start - 40) : mention.start]
        numeric = not re.search(r"[a-z]{3}", folded[mention.start : mention.end])
        # ("ho fatto la prenotazione sul vostro sito lunedì scorso": the verb and the channel may take 40 letters)
        made_through = _MADE_THROUGH.search(folded[max(0, mention.start - 90) : mention.start])
        if (
            _BOOKED_ON.search(before)
            or (
                made_through
                and _CHANNEL.search(made_through["gap"])
                and not _STAY_PREPOSITION.search(_YOURS.sub(" ", _THROUGH.sub(" ", made_through["gap"])))
            )
            # "I booked last Monday", "ich habe letzten Montag über Ihre Webseite gebucht": a weekday gone by in the
            # sentence of a booking made is when it was made
            or (mention.kind == "wd" and mention.past and _booked_in_its_sentence(folded, mention))
            or (mention.kind in ("abs", "bare") and not mention.holiday and _PAST_BEFORE_DAY.search(before))
            or (
                mention.kind in ("abs", "bare", "wd")
                and not mention.holiday
                and _THEN_BOOKED.match(folded, mention.end)
                and not _STAY_DAYS_BEFORE.search(before)
            )
            or (
                (have := _HAVE_THEN_BOOKED.match(folded, mention.end)) is not None
                and _BOOKED_IN_THE_SENTENCE.match(folded, have.end()) is not None
            )
            or (mention.kind == "rel" and mention.date == today and _UP_TO_BEFORE.search(before))
            or _WRITTEN_ON.search(before)
            or _written_on(mention, today)
            or _STREET_BEFORE.search(before)
            or (
                _HAVE_BEFORE.search(before)
                and (_BOOKED_AFTER.match(folded, mention.end) or _BOOKED_LATER.match(folded, mention.end))
            )
            # "ho prenotato lunedì sul vostro sito", "I booked Monday on your website": the day, then where it was made
            or (
                _BOOKED_RIGHT_BEFORE.search(before) is not None
                and _CHANNEL_AFTER.match(folded, mention.end) is not None
            )
            # "die Buchung, die ich am Dienstag gemacht habe": when it was made
            or (_BOOKING_WHICH_BEFORE.search(before) and _MADE_AFTER.match(folded, mention.end))
            # ("del 3 al 6 de abril. El año pasado nos atendió Blanca": a new sentence after the month's full stop)
            or (
                _LAST_YEAR_AFTER.match(folded, mention.end)
                and not re.search(r"[a-z]\.$", folded[: mention.end])
            )
            # "¿el gimnasio abre mañana?", "ob die Skilifte morgen offen haben": tomorrow is when it opens
            or (hours and (mention.kind in ("bare", "wd", "rel") or (mention.kind == "abs" and numeric)))
            or (weekend_hours and mention.kind == "weekend" and _asked_when_in_its_sentence(folded, mention))
        ):
            continue
        kept.append(mention)
    return kept


# A stay that is over ("we stayed with you on 3 October", "estuvimos en agosto del 10 al 14", "wir waren am 3. Mai
# schon bei Ihnen", "siamo stati da voi il 5 luglio"): its days are no stay to quote. "Ficamos aí"/"nos quedamos"
# are also the present tense ("ficamos de 3 a 5"), so only a day already past this year counts after them.
_PAST_VISIT = re.compile(
    r"\b(?:(?P<past>we stayed|i stayed|we were (?:here|there|with you|at your|at the)|we visited|we came|"
    r"estuvimos|estuve|vinimos|estivemos|estive|viemos|nous etions|j'etais|on etait|nous avons sejourne|"
    r"j'ai sejourne|nous sommes venus|wir waren|ich war|siamo stati|sono stato|sono stata|eravamo|"
    # ("wir hätten gern", folded "hatten gern", is a wish: "Wir hätten gern ... das erste Wochenende im August, Fr/Sa")
    r"wir hatten(?! gerne?\b| lieber\b)|"
    r"abbiamo soggiornato|ho soggiornato|"
    # others' stay, told for them ("Mr. Ito, who stayed with you 3-5 May", "nos collaborateurs ont séjourné chez vous
    # du 20 au 22 septembre", "se alojaron con ustedes", "ficaram hospedados", "hanno soggiornato da voi")
    r"(?:who|he|she|they) stayed|stayed with you|(?:ont|a) sejourne|se alojaron|se alojo|se hospedaron|"
    r"se hospedo|ficaram hospedad[oa]s|ficou hospedad[oa]|se hospedaram|hospedaram-se|hanno soggiornato|"
    r"ha soggiornato)|"
    r"(?P<either>ficamos ai|ficamos aqui|ficamos com voces|ficamos hospedados|ficamos no vosso hotel|"
    r"ficamos no seu hotel|ficamos no hotel|nos quedamos con ustedes|nos quedamos con vosotros|nos alojamos con ustedes|"
    r"nos alojamos con vosotros|nos alojamos en su hotel|nos alojamos en vuestro hotel)|"
    # "Na sequência da minha estadia de 10 a 14 de agosto" (said on 20 August), "during our stay from 2 to 4 July":
    # one's own stay with days of the weeks just gone is the stay that is over, not one a year on
    # ("in merito al soggiorno appena concluso (camera 27, dal 14 al 17 aprile)": the stay just over, said with its
    # article)
    r"(?P<recent>(?:minha|nossa|my|our|mi|nuestra|mon|notre|meines|unseres|meinem|unserem|mein|unser|il mio|il nostro|mio|nostro|"
    r"al|del)\s+"
    r"(?:estadia|estada|hospedagem|stay|visit|estancia|sejour|aufenthalts?|besuchs?|soggiorno))|"
    # a night charged ("Vous m'avez débité deux fois la nuit du 14 mai", "you charged us twice for 3 May", "me
    # cobraron dos veces la noche del 14") or spent ("we spent 3 to 5 May", "abbiamo dormito dal 2 al 4"): read like
    # one's own stay, over when its days are just gone
    r"(?P<charged>charged|billed|debite|debitee|debites|facture|facturee|factures|preleve|prelevee|preleves|"
    r"cobraron|cobrado|cobrada|cobraram|cobrou|cargaron|cargado|debitaram|debitado|berechnet|abgebucht|addebitato|"
    r"addebitata|addebitati|addebitate)|"
    r"we spent|i spent|nous avons passe|"
    r"j'ai passe|on a passe|on a dormi|nous avons dormi|pasamos|dormimos|passamos|abbiamo passato|"
    r"abbiamo trascorso|abbiamo dormito|we slept|"
    # German perfect with the days before the participle ("wir haben vom 1. bis 5. September bei Ihnen übernachtet",
    # "Sie haben die Nacht vom 14. Mai doppelt abgebucht")
    r"(?P<perfect>wir haben|ich habe|wir sind|ich bin|sie haben|hat|haben|mir wurde|uns wurde|mir wurden|uns wurden))\b"
)
# The participle that makes "wir haben"/"ich bin" a stay that is over or a night charged.
_STAYED_PARTICIPLE = re.compile(
    r"\b(?:ubernachtet|gewohnt|verbracht|logiert|geblieben|gewesen|abgestiegen|geschlafen|eingecheckt|berechnet|"
    r"abgebucht|belastet|verrechnet)\b"
)
# How far back one's own stay is read as over ("my stay from 10 to 14 August", said on 20 August).
_RECENT_STAY_DAYS = 60


_PAST_VISIT_GOES_ON = re.compile(
    r"\s*(?:from|del|de|du|vom|von|dal|do|on|el|le|il|am|the)?\s*(?:the\s+)?[0-3]?\d(?!\d|\s*(?:h\b|:))"
)


# An e-mail's subject line ("Subject: Booking 20-22 May", "Asunto:", "Objet :", "Betreff:", "Oggetto:", "Assunto:").
_SUBJECT = re.compile(r"\s*(?:subject|asunto|objet|betreff|oggetto|assunto)\s*:")


def _without_the_subjects_days(folded: str, mentions: list[_Mention]) -> list[_Mention]:
    """ "Asunto: Consulta 20-22 mayo ... Perdón, serían del 21 al 23": the body's days correct the subject's (the
    folded text has no line ends left, so the subject's days are the ones right after its cue)."""
    subject = _SUBJECT.match(folded)
    if subject is None or not mentions or mentions[0].start - subject.end() > 45:
        return mentions
    count = 1
    while count < len(mentions) and _connected(folded, mentions[count - 1], mentions[count]):
        count += 1
    return mentions[count:] or mentions


_MONTH_NAMED = re.compile(rf"\b(?:{_MONTH})\b")


def _without_past_visits(folded: str, mentions: list[_Mention], today: dt.date) -> list[_Mention]:
    """Mentions less the days of a stay that is over, when other days are left to name the stay."""
    past: list[_Mention] = []
    for cue in _PAST_VISIT.finditer(folded):
        end = _CLAUSE_END.search(folded, cue.end())
        while end and _PAST_VISIT_GOES_ON.match(folded, end.end()):
            end = _CLAUSE_END.search(folded, end.end())  # "we were there last summer, from 3 to 6 August"
        clause_end = end.start() if end else len(folded)
        in_clause = [m for m in mentions if cue.end() <= m.start < clause_end]
        if cue["perfect"] and not _STAYED_PARTICIPLE.search(folded, cue.end(), clause_end):
            continue
        if not cue["past"] and not cue["either"]:
            # the range's first day may have no month of its own ("de 10 a 14 de agosto")
            # ("la notte del 3" charged, said on the 6th: the 3rd just gone, when no month is named)
            this_month = bool(cue["charged"]) and all(m.kind == "bare" for m in in_clause)
            if any(
                (m.kind == "abs" and not m.year and _just_gone(m, today))
                or (this_month and _gone_this_month(m, today))
                for m in in_clause
            ):
                past += in_clause
            continue
        # ("ficamos com vocês em julho, de 3 a 7", said in October: the days in the month the clause names)
        named = _MONTH_NAMED.search(folded, cue.end(), clause_end)
        gone = [
            m
            for m in in_clause
            if cue["past"]
            or (m.kind == "abs" and not m.year and (m.month, m.day) < (today.month, today.day))
            or (
                m.kind == "bare"
                and named is not None
                and named.end() <= m.start
                and (MONTHS[named.group()], m.day) < (today.month, today.day)
            )
        ]
        # ("nos alojamos con vosotros del 2 al 4 de agosto": the range's first day, with no month of its own, too)
        past += [
            m
            for index, m in enumerate(in_clause)
            if m in gone
            or (
                m.kind == "bare"
                and index + 1 < len(in_clause)
                and in_clause[index + 1] in gone
                and in_clause[index + 1].kind == "abs"
                and m.day < in_clause[index + 1].day
                and _connected(folded, m, in_clause[index + 1])
            )
        ]
    rest = [m for m in mentions if m not in past]
    if past and rest:
        rest = _without_the_weekdays_of(past, rest, today)
        if all(_today_as_now(folded, m, today) for m in rest):
            # "ho soggiornato da voi dal 20 al 23 agosto. Oggi guardo l'estratto conto": today is when the guest
            # writes about the stay that is over, no night asked for
            rest = []
    over = _over_this_year(past, today) or bool(past and all(_gone_this_month(m, today) for m in past))
    if past and not rest and over and not _WOULD_BE.search(folded):
        # "Nous avons séjourné chez vous du 6 au 9 mai et on nous a facturé le parking deux fois" (said on 10 May):
        # the only days are those of the stay that is over, no stay a year on.
        return []
    return rest if past and rest else mentions


def _today_as_now(folded: str, mention: _Mention, today: dt.date) -> bool:
    """A plain "today" ("Oggi guardo l'estratto conto", "today I saw the charge") not asked for ("a room for today")."""
    return (
        mention.kind == "rel"
        and mention.date == today
        and not mention.one_night
        and re.fullmatch(_TODAY, folded[mention.start : mention.end]) is not None
        and not _FOR_TODAY.search(folded, max(0, mention.start - 16), mention.start)
        and not _VACANCY_NEAR.search(folded[max(0, mention.start - 40) : mention.end + 40])
    )


def _without_the_weekdays_of(past: list[_Mention], rest: list[_Mention], today: dt.date) -> list[_Mention]:
    """ "our stay from 14 to 16 May ... breakfast on Sunday had run out": a weekday after the days of a stay that is
    over, and within them, is a day of that stay, not the next one."""
    days: list[dt.date] = []
    for index, mention in enumerate(past):
        month = mention.month or next((m.month for m in past[index + 1 :] if m.month), 0)
        if mention.kind in ("abs", "bare") and month and (day := _valid(today.year, month, mention.day)):
            days.append(day)
    if not days or (max(days) - min(days)).days > 14:
        return rest
    weekdays = {(min(days) + dt.timedelta(days=n)).weekday() for n in range((max(days) - min(days)).days + 1)}
    last_past = max(m.end for m in past)
    return [
        m
        for m in rest
        if not (
            m.kind == "wd" and m.start > last_past and m.weekday in weekdays and not (m.next_week or m.this)
        )
    ]


def _gone_this_month(mention: _Mention, today: dt.date) -> bool:
    """ "Mi avete addebitato 180 € per la notte del 3" (said on the 6th): a bare day of this month gone by."""
    return mention.kind == "bare" and mention.day < today.day


def _just_gone(mention: _Mention, today: dt.date) -> bool:
    day = _valid(today.year, mention.month, mention.day)
    return day is not None and today - dt.timedelta(days=_RECENT_STAY_DAYS) <= day < today


# German "wären"/"wär" fold to "waren"/"war" ("wir wären zwei Erwachsene und bräuchten ein Zimmer", "ich wär gern
# dabei"): no past visit; "wir waren vom 2. bis 4. Juli Gäste" is one.
_WOULD_BE = re.compile(
    r"\b(?:wir waren|ich war)\s+(?:\w+\s+){0,2}?(?:\d+\s+(?:personen|erwachsene|leute)|zwei|drei|vier|funf|sechs|"
    r"sieben|acht|neun|zehn|zu (?:zweit|dritt|viert|funft)|allein|alleine|gern|gerne|froh|dankbar|interessiert|dabei|"
    r"bereit|flexibel)\b"
)


def _over_this_year(mentions: list[_Mention], today: dt.date) -> bool:
    """Whether the days of a month named (and a year, if any) are before today this year."""
    dated = [m for m in mentions if m.kind == "abs" and m.month]
    return bool(dated) and all(
        (m.year or today.year, m.month, m.day) < (today.year, today.month, today.day) for m in dated
    )


def _without_a_day_named_twice(mentions: list[_Mention]) -> list[_Mention]:
    """ "el 14 de febrero, es San Valentín": a holiday right beside the date it falls on names that date once
    (its one night kept), not a second stay a year later; "hoy viernes", "mañana sábado", "tomorrow (Saturday)":
    the weekday of the day just named, not the next one."""
    kept: list[_Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and previous.kind == "rel"
            and previous.date is not None
            and previous.until is None
            # "KW 15 Montag bis Mittwoch": a week's Monday, read with the weekdays of that week
            and not previous.in_period
            and mention.kind == "wd"
            and previous.date.weekday() == mention.weekday
            and mention.start - previous.end <= 3
        ):
            # the weekday stays, so that a list goes on from it ("domani sabato e domenica"); "this" makes it today
            # when the day just named is today
            mention.one_night = mention.one_night or previous.one_night
            mention.this = True
            kept[-1] = mention
            continue
        if (
            previous is not None
            and {previous.kind, mention.kind} == {"rel", "abs"}
            and (relative := previous if previous.kind == "rel" else mention).date is not None
            and relative.until is None
            and (holiday := mention if relative is previous else previous).holiday
            and (holiday.day, holiday.month) == (relative.date.day, relative.date.month)
            and mention.start - previous.end <= 40
        ):
            # "¿para esta noche? Es Nochevieja", "Valentine's, tonight": the holiday is the day just named, today
            # or tomorrow, not its next occurrence a year on
            relative.one_night = relative.one_night or holiday.one_night
            kept[-1] = relative
            continue
        if (
            previous is not None
            and mention.holiday
            and not previous.holiday
            and previous.kind == "abs"
            and mention.kind == "abs"
            and (previous.day, previous.month) == (mention.day, mention.month)
            and mention.start - previous.end <= 40
        ):
            # its one night only when that date stands alone, not as the end of a range ("du 12 au 14 février
            # pour la saint valentin")
            previous.one_night = previous.one_night or (mention.one_night and len(kept) == 1)
            continue
        kept.append(mention)
    return kept


def _without_a_day_said_before_its_range(
    folded: str, mentions: list[_Mention], today: dt.date
) -> list[_Mention]:
    """ "toute la journée du mardi 12 janvier ... une chambre pour la nuit du 12 au 13 janvier": a day named alone and
    then again as the start of a range in its month is that range's first day, not a day a month apart."""
    dropped: list[_Mention] = []
    for first, start, end in itertools.combinations(mentions, 3):
        # (the weekend the day names, or the weekdays the range is, may come between: "the 4th of July weekend -
        # Friday the 2nd to Monday the 5th", "casar no sábado dia 17 ... de sexta a domingo, dias 16 a 18")
        between = mentions[mentions.index(first) + 1 : mentions.index(start)]
        nights_listed = _AND.fullmatch(folded, start.end, end.start) is not None
        if (
            first.kind == "abs"
            and not first.holiday
            and start.kind in ("bare", "abs")
            and end.kind in ("bare", "abs")
            # (or a day within the range: "La boda es el sábado 12 de junio ... del viernes 11 al domingo 13", "mini
            # Frau wird am 22. Oktober 50 ... vom 21. bis 23. Oktober": the event's day in the stay; or within the
            # nights listed: "the gig on Saturday 19 June ... Friday 18 and Saturday 19 June")
            and start.day <= first.day
            and (first.day < end.day or (nights_listed and first.day == end.day))
            and (start.month or first.month) == first.month
            and (end.month or first.month) == first.month
            and (end.kind == "abs" or start.day < first.day)
            and all(m.kind in ("weekend", "wd") for m in between)
            and (not between or between[0].kind == "wd" or between[0].start - first.end <= 2)
            and mentions.index(end) == mentions.index(start) + 1
            and not _connected(folded, first, start)
            and (
                _connected(folded, start, end) or _WEEKDAY_IN_A_RANGE.fullmatch(folded, start.end, end.start)
            )
        ):
            dropped.append(first)
            dropped.extend(m for m in between if m.kind == "weekend")
            day = _valid(first.year, first.month, first.day) if first.year else None
            day = day or _next_day_month(first.day, first.month, today, inclusive=True)
            for mention in (start, end):
                if mention.kind == "bare" and mention.after is None and day is not None:
                    mention.after = day.replace(day=1) - dt.timedelta(days=1)  # the range in that day's month
    return [m for m in mentions if m not in dropped]


def _without_a_weekend_its_days_name(folded: str, mentions: list[_Mention]) -> list[_Mention]:
    """ "pour notre fin de semaine de chasse ... du jeudi 4 au dimanche 7 novembre", "our weekend away ... from Friday
    12 to Sunday 14 March": a weekend named, then its days said as a short range with a month, is that range."""
    if (
        len(mentions) != 3
        or mentions[0].kind != "weekend"
        or mentions[0].next_week
        or mentions[0].of_next_week
    ):
        return mentions
    start, end = mentions[1:]
    if (
        not _THIS_WEEKEND_BEFORE.search(folded, max(0, mentions[0].start - 16), mentions[0].start)
        and start.kind in ("bare", "abs")
        and end.kind == "abs"
        and (start.month or end.month) == end.month
        and 1 <= end.day - start.day <= 4
        and (
            _a_range_between(folded, start, end)
            or _WEEKDAY_IN_A_RANGE.fullmatch(folded, start.end, end.start) is not None
        )
    ):
        return [start, end]
    return mentions


# ("this weekend or else 12-14 November?": the coming weekend, said as such)
_THIS_WEEKEND_BEFORE = re.compile(
    r"(?:this|este|esta|ce|cet|cette|dieses|diesem|diese|dies|questo|esse|este|neste|nesse|next|coming|proximo|"
    r"prochain|nachstes|kommendes|prossimo)\s+$"
)


def _arrival_first(folded: str, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions in stay order: a day after a departure word named before one after an arrival word moves last."""
    if len(mentions) != 2:
        return mentions
    first, second = mentions
    before_first = folded[max(0, first.start - 30) : first.start]
    before_second = folded[max(0, second.start - 30) : second.start]
    if _DEPARTURE_CUE.search(before_first) and _ARRIVAL_CUE.search(before_second):
        return [second, first]
    return mentions


def _connected(text: str, left: _Mention, right: _Mention) -> bool:
    gap = text[left.end : right.start]
    return len(gap) <= 14 and not re.search(r"\d", gap)


# A date said again right after a day named otherwise ("tomorrow, the 1st", "amanhã, dia 1").
_APPOSITION = re.compile(r"\s*,\s*(?:(?:le|la|the|el|o|dia|den|il|am|on)\s+)*")


_ARRIVAL_WORD = re.compile(
    r"\b(?:arriving|arrive|arrival|check(?:ing)?[- ]?in|llegando|llegada|llego|llegamos|entrada|chegando|chegada|"
    r"chego|chegamos|arrivee|arrivant|arrivons|anreise|ankunft|anreisen|arrivo|arrivando|arriviamo)\b"
)


def _arrival_in_the_week_named(text: str, week: _Mention, arrival: _Mention) -> bool:
    """ "the week of the 16th, arriving Monday the 16th", "la semana del 16, llegando el lunes 16": the day the week
    is named by, said again as the arrival."""
    gap = text[week.end : arrival.start]
    return (
        _WEEK_OF_BEFORE.search(text, max(0, week.start - 25), week.start) is not None
        and len(gap) <= 40
        and not re.search(r"\d", gap)
        and _ARRIVAL_WORD.search(gap) is not None
    )


_WEEKDAY_IN_A_RANGE = re.compile(
    r"(?:st|nd|rd|th)?\.?\s*,?\s*(?:-|\u2013|a|al|alla|au|bis|to|till|until|ao|ate|hasta|jusqu'au|fino al|fino alla|et|and|y|e|und)\s+"
    # ("vom Mäntig 14. bis am Donnschtig 17. Septämber", Swiss; "bis zum Donnerstag, 17. September")
    r"(?:(?:el|le|il|o|den|the|am|zum)\s+)?"
    rf"(?:{_alt([w for w in [*_WEEKDAYS_ALL, *_WEEKDAYS_PT] if ' ' not in w])}),?\s*"
    r"(?:(?:der|den|dem|el|le|il|o|the|dia)\s+)?"
)


def _resolve(
    mentions: list[_Mention], text: str, today: dt.date
) -> tuple[list[tuple[_Mention, dt.date]], bool]:
    """Each mention's date in order (a bare day follows the date before it), and whether one was ambiguous."""
    resolved: list[tuple[_Mention, dt.date]] = []
    ambiguous = False
    anchor: dt.date | None = None
    for index, mention in enumerate(mentions):
        date: dt.date | None = None
        if (
            anchor is not None
            and mention.kind in ("abs", "bare")
            and mention.day == anchor.day
            and (
                mention.kind == "bare"
                or (mention.month == anchor.month and mention.year in (None, anchor.year))
            )
            and (
                _APPOSITION.fullmatch(text, mentions[index - 1].end, mention.start)
                or _arrival_in_the_week_named(text, mentions[index - 1], mention)
            )
        ):
            continue  # "demain, le 1er février", "amanhã, dia 1": the day just named, said again
        if mention.kind == "abs":
            if mention.year:
                date = _valid(mention.year, mention.month, mention.day)
            else:
                date = _next_day_month(mention.day, mention.month, anchor or today, inclusive=anchor is None)
        elif mention.kind == "bare":
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            if (
                anchor is None
                and following
                and following.kind == "abs"
                and (
                    _connected(text, mention, following)
                    # "vom Donnerstag, 16. bis Sonntag, 19. September": the second day's weekday between
                    or _WEEKDAY_IN_A_RANGE.fullmatch(text, mention.end, following.start) is not None
                )
            ):
                month, year = following.month, following.year
                if mention.day > following.day:
                    month -= 1
                    if month == 0:
                        month = 12
                        year = year - 1 if year else None
                if year and not (following.holiday and (_valid(year, month, mention.day) or today) < today):
                    date = _valid(year, month, mention.day)
                else:  # no year, or a holiday's computed one that would put the day in the past
                    date = _next_day_month(mention.day, month, today, inclusive=True)
            else:
                # a day around a holiday, never before today ("para Año Nuevo, del 30 al 2")
                base = anchor or (max(mention.after, today) if mention.after else today)
                if _valid(base.year, base.month, mention.day) is None and mention.day > base.day:
                    # "el 31" in a 30-day month: this month's 30th or next month's 31st? Ask.
                    ambiguous = True
                    continue
                date = _next_bare_day(mention.day, base, inclusive=anchor is None)
                if date and (
                    said := _WEEKDAY_BEFORE_A_MOVED_DAY.search(
                        text, max(0, mention.start - 30), mention.start
                    )
                ):
                    date = _the_day_on_its_weekday(
                        date, _WEEKDAYS_FOR["pt"][said.group().split()[0].rstrip(",")], base, today
                    )
        elif mention.kind == "rel":
            date = mention.date
        elif mention.kind == "wd" and mention.past and anchor is None:
            date = today - dt.timedelta(days=(today.weekday() - mention.weekday) % 7 or 7)
        elif mention.kind == "wd" and mention.next_week and anchor is None:
            # "el viernes de la semana que viene": that weekday in the next calendar week.
            monday = today + dt.timedelta(days=7 - today.weekday())
            date = monday + dt.timedelta(days=mention.weekday)
        elif mention.kind == "wd" and mention.this and anchor is None and mention.weekday == today.weekday():
            date = today
        elif mention.kind == "wd" and mention.near and anchor is None:
            # "over Easter, from Thursday": the Thursday within three days of the holiday's start.
            date = mention.near + dt.timedelta(days=(mention.weekday - mention.near.weekday() + 3) % 7 - 3)
            date = max(date, today)
        elif mention.kind == "wd":
            date = _next_weekday(mention.weekday, anchor or today)
        elif mention.kind == "weekend":
            friday = today + dt.timedelta(days=(4 - today.weekday()) % 7)
            if mention.of_next_week:
                friday = today + dt.timedelta(days=7 - today.weekday() + 4)  # next calendar week's Friday
            elif today.weekday() == 6 or (mention.next_week and today.weekday() >= 4):
                friday = _next_weekday(4, today)  # "next weekend" said from Friday on: the one after
            elif today.weekday() == 5:
                friday = today
            resolved.append((mention, friday))
            resolved.append((mention, friday + dt.timedelta(days=(6 - friday.weekday()) or 1)))
            anchor = friday
            continue
        if date is not None:
            resolved.append((mention, date))
            anchor = date
    return resolved, ambiguous


def _the_day_on_its_weekday(date: dt.date, weekday: int, base: dt.date, today: dt.date) -> dt.date:
    """A day said with its weekday falls on it: "the 4th of July weekend - Friday the 2nd" is 2 July, "gig on
    Saturday 19 June ... Friday 18" 18 June; the nearest such day to the date before it, within six weeks."""
    if date.weekday() == weekday:
        return date
    candidates = []
    for months in range(-2, 3):
        year, month = divmod(base.month - 1 + months, 12)
        candidate = _valid(base.year + year, month + 1, date.day)
        if (
            candidate
            and candidate.weekday() == weekday
            and candidate >= today
            and abs(candidate - base).days <= 42
        ):
            candidates.append(candidate)
    return min(candidates, key=lambda candidate: abs(candidate - base), default=date)


def _day_ranges(folded: str, mentions: list[_Mention]) -> list[tuple[_Mention, _Mention]]:
    """Days joined as a range ("de 10 a 12 de março", "dal 9 al 12", "3-5 May"), in order, none sharing a day."""
    ranges: list[tuple[_Mention, _Mention]] = []
    for left, right in itertools.pairwise(mentions):
        gap = folded[left.end : right.start].removeprefix(".")  # "vom 9. bis 12. Juli"
        to = _RANGE_TO.match(gap)
        if (
            left.kind in ("abs", "bare")
            and right.kind in ("abs", "bare")
            and to is not None
            and not gap[to.end() :].strip()
            and not (ranges and ranges[-1][1] is left)
        ):
            ranges.append((left, right))
    return ranges


# The days a booking had, said after the new ones ("possiamo spostare al 9-11 luglio? Avevamo il 2-4.", "can we move
# to 9-11 July? We had 2-4.", "¿podemos pasar al 9-11 de julio? Teníamos del 2 al 4", "on avait du 2 au 4", "wir hatten
# vom 2. bis 4.", "tínhamos de 2 a 4"), or said as the old ones ("instead of our original 2-4").
_HAD_BEFORE = re.compile(
    r"\b(?:avevamo|avevo|we had|i had|teniamos|tenia|nous avions|on avait|j'avais|wir hatten|ich hatte|tinhamos|"
    r"tinha|originally|originalmente|originariamente|ursprunglich|initialement|au depart)\b[^.;!?\n\d]{0,25}$"
)
# The arrival moved in a change ("spostare l'arrivo al 10 luglio", "move the arrival to the 10th", "bring our arrival
# forward to the 10th", "cambiar la llegada al 10", "mudar a chegada para o dia 10", "décaler l'arrivée au 10", "die
# Anreise auf den 10. verschieben" or "vorverlegen").
_ARRIVAL_MOVED_BEFORE = re.compile(
    r"\b(?:spostare|spostiamo|anticipare|posticipare|move|moving|push|change|changing|bring|cambiar|cambiamos|mover|"
    r"adelantar|retrasar|pasar|mudar|alterar|passar|adiar|antecipar|decaler|deplacer|changer|reporter|avancer|"
    r"verschieben|verlegen|andern)\s+(?:(?:the|our|my|l'|la|a|o|nossa|minha|notre|mon|ma|die|unsere|meine|il|"
    r"nostro|mio|el|nuestra|mi)\s*)?"
    r"(?:arrivo|arrival|llegada|entrada|chegada|check-?in|arrivee|anreise|ankunft)\s+"
    r"(?:(?:forward|back|to|al|a|au|para|pra|auf|per|il|el|le|on|the|den|o|dia)\s+)*$"
)
_ARRIVAL_MOVED_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:verschieben|verlegen|vorverlegen|vorziehen|andern|moven|schieben)\b"
)
# Coming a day later or earlier than booked ("Leider kommen wir erst einen Tag später an, also am 13.", "we'll arrive a
# day later, on the 13th", "llegaremos un día más tarde, el 13", "on arrivera un jour plus tard, le 13", "arriveremo
# un giorno dopo, il 13", "vamos chegar um dia depois, dia 13"): the day said is the new arrival.
_ARRIVING_LATER_BEFORE = re.compile(
    rf"(?:\b(?:{_ARRIVING_VERB}|reisen)\b[^.;!?\n\d]{{0,40}}?"
    r"\b(?:later|earlier|mas tarde|despues|antes|plus tard|plus tot|spater|fruher|dopo|piu tardi|prima|depois|"
    r"mais tarde|mais cedo)"
    # (German with the verb last: "Können wir einen Tag früher anreisen, am 2.?")
    r"|\b(?:spater|fruher|eher)\s+(?:anreisen|ankommen|kommen|einchecken))\b[^.;!?\n\d]{0,20}$"
)
# Arriving on a day after all ("al final llegamos el 4", "we'll now arrive on the 4th", "finalement on arrivera le 4",
# "alla fine arriviamo il 4", "afinal chegamos dia 4"): that day is the new arrival.
_ARRIVING_AFTER_ALL_BEFORE = re.compile(
    r"\b(?:al final|finalmente|afinal|finalement|alla fine|in the end|after all|now|ahora|agora|maintenant|adesso|ora)\b"
    rf"[^.;!?\n\d]{{0,25}}?\b(?:{_ARRIVING_VERB})\s+(?:(?:the|on|el|le|il|o|no|na|dia|a|al|am|den)\s+)*$"
)
_ANREISE_BEFORE = re.compile(r"\b(?:anreise|ankunft|check-?in)\s+(?:\w+\s+){0,3}?(?:auf den|auf)\s+$")
# Coming only on a day or already on one ("no llegamos hasta el 21", "we can't get there until the 16th", "arriveremo
# solo il 15", "nous n'arriverons que le 15", "só chegamos no dia 15", "riusciamo ad arrivare già il 9", "could we
# arrive already on the 9th", "wir kommen erst am 15."): that day is the new arrival.
_ARRIVING_ONLY_OR_ALREADY_BEFORE = re.compile(
    rf"(?:\b(?:{_ARRIVING_VERB})\b[^.;!?\n\d]{{0,15}}?\b"
    r"(?:until|till|hasta|que|solo|soltanto|only|erst|so|ja|gia|already|ya|des|schon|bereits)"
    # (a modal between: "we can only be able to arrive", "só vamos conseguir chegar dia 4", "on pourra juste arriver")
    rf"|\b(?:only|solo|juste|seulement)\s+(?:[a-z']+\s+){{0,3}}?(?:{_ARRIVING_VERB})"
    rf"|\bso\s+(?:(?:vamos|vou|conseguimos|conseguiremos|conseguir|podemos|poderemos)\s+){{0,2}}(?:{_ARRIVING_VERB}))\s+"
    r"(?:(?:the|on|el|le|il|o|no|na|dia|a|al|am|den)\s+)*$"
)
_ONLY_OR_ALREADY_DE = re.compile(r"\b(?:erst|schon|bereits)\s+(?:am|den)\s+$")


def _moved_arrival(folded: str, mentions: list[_Mention]) -> list[_Mention] | None:
    """The new arrival of a change that names the booked days first, with the departure kept: the departure said
    after it ("lasciando la partenza il 12") or else the booked stay's end."""
    for index, mention in enumerate(mentions):
        if index < 1 or mention.kind not in ("abs", "bare", "wd"):
            continue
        before = folded[max(0, mention.start - 50) : mention.start]
        if not (
            _ARRIVAL_MOVED_BEFORE.search(before)
            or (_ANREISE_BEFORE.search(before) and _ARRIVAL_MOVED_AFTER.match(folded, mention.end))
            or _ARRIVING_LATER_BEFORE.search(folded, max(0, mention.start - 70), mention.start)
            or _ARRIVING_ONLY_OR_ALREADY_BEFORE.search(folded, max(0, mention.start - 50), mention.start)
            or _ARRIVING_AFTER_ALL_BEFORE.search(folded, max(0, mention.start - 60), mention.start)
            or (
                _ONLY_OR_ALREADY_DE.search(folded, max(0, mention.start - 20), mention.start)
                and _ARRIVING_AFTER_DE.match(folded, mention.end)
            )
        ):
            continue
        later = [m for m in mentions[index + 1 :] if m.kind in ("abs", "bare", mention.kind)]
        # (the departure said kept: "on pourra juste arriver samedi, on repart toujours dimanche")
        departures = [m for m in later if _said_as_departure(folded, m)]
        booked = _day_ranges(folded, mentions[:index])
        if departures:
            # (weekdays too: "Because of the strike on Friday we'll only get there on Saturday, leaving Monday")
            return [mention, departures[0]]
        if mention.kind == "wd":
            return None
        if booked and not later:
            return [mention, booked[-1][1]]
        old = mentions[index - 1]
        count = _NIGHTS_FROM.search(folded, max(0, old.start - 40), old.start)
        # "tre notti a partire dal 12 aprile. Possiamo anticipare l'arrivo all'11 aprile lasciando la partenza
        # invariata?": the booked departure is its nights after its first day (the year only carries the month over:
        # 30 April + 3 nights is 3 May; a leap day falls on a leap year)
        if (
            not later
            and old.kind == "abs"
            and count
            and (nights := to_int(count["n"]))
            and 0 < nights <= 60
            and (day := _valid(old.year or 2000, old.month, old.day)) is not None
        ):
            end = day + dt.timedelta(days=nights)
            return [mention, _Mention(old.end, old.end, "abs", end.day, end.month, old.year and end.year)]
        # ("llegada el 20 de abril y salida el 23. ... no llegamos hasta el 21": the booked departure said as such)
        booked_departures = [m for m in mentions[:index] if _said_as_departure(folded, m)]
        if booked_departures and not later:
            return [mention, booked_departures[-1]]
        return None
    return None


# A booking moved from one day to another ("move our booking from 14 May to 21 May", "push my reservation from
# friday to saturday", "passar a reserva do dia 14 para o dia 21", "die Buchung vom 14. auf den 21. verschieben",
# "cambiar la reserva del viernes para el sábado"). Without a verb of moving these are ranges or one night ("von
# Freitag auf Samstag", "la noche del viernes para el sábado").
_MOVE_VERB = re.compile(
    r"\b(?:move|moving|moved|push|pushed|shift|postpone|bring forward|switch|change|verschieb\w*|verleg\w*|"
    r"umbuch\w*|ander\w*|schieb\w*|passar|mudar|trocar|alterar|adiar|antecipar|cambiar|pasar|mover|trasladar|"
    r"adelantar|atrasar|retrasar|decal\w*|deplac\w*|reporter|reportez|repouss\w*|changer|spost\w*|posticip\w*|"
    r"anticipar\w*)\b"
)
# Verbs that only ever move a booking ("décaler la réservation du 28 mai au 4 juin", "spostare la prenotazione dal
# 28 maggio al 4 giugno", "mover la reserva del 14 de mayo al 21 de mayo"): their "du X au Y" between two dates with
# their months is from one day to the other, not a stay from X to Y ("cambiar la reserva del 14 al 16" may be
# either, so "change" is no such verb).
_ONLY_MOVES = re.compile(
    r"\b(?:move|moving|push|postpone|shift|bring forward|decal\w*|deplac\w*|reporter|reportez|repouss\w*|spost\w*|"
    r"posticip\w*|anticipar\w*|antecip\w*|mover|trasladar|adelantar|atrasar|retrasar|adiar|verschieb\w*|"
    r"verleg\w*)\b"
)
# The move said between the booking's day and the new one ("reserva pra dia 15 e queria mudar pro dia 22", "booked
# for the 15th, can we move it to the 22nd?", "réservé le 15, on voudrait décaler au 22").
_MOVED_BETWEEN = re.compile(
    # ("in next friday, can I change for saturday?", "changer pour samedi", "décaler à vendredi", "spostare a venerdì")
    rf"{_MOVE_VERB.pattern}[^.?!\d]{{0,25}}?\b(?:to|to the|for|for the|pour|pour le|para|pro|pra|para o|pro dia|"
    r"pra dia|para o dia|al|au|a|auf|auf den|ao|al giorno)\s*(?:dia\s+)?$"
)
_DEPARTURE_WORD = re.compile(
    r"\b(?:check[- ]?out|departure|leave|leaving|salida|saida|depart|sortie|abreise|abfahrt|partenza|uscita)\b"
)
_MOVED_TO_DAY = re.compile(r"\s*,?\s*(?:au|al|ao|a|to the)\s*$")
_MOVED_FROM = re.compile(r"\b(?:from|vom|von|do|da|de|del|dal|du)\s+(?:the\s+|dia\s+|o dia\s+)?$")
_MOVED_TO = re.compile(
    r"\s*,?\s*(?:to|to the|until|auf|auf den|para|para o|para o dia|pro dia|pro|pra|pra o|pra o dia|para el|pour|"
    r"pour le|per|per il)\s*$"
)


# A weekday said before a day a booking moves from or to ("from Friday 17th", "de sexta dia 17", "von Freitag, dem
# 17.").
_WEEKDAY_NAMES_ONE_WORD = _alt([w for w in [*_WEEKDAYS_ALL, *_WEEKDAYS_PT] if " " not in w])
_WEEKDAY_BEFORE_A_MOVED_DAY = re.compile(
    rf"\b(?:{_WEEKDAY_NAMES_ONE_WORD})\s*,?\s*"
    r"(?:(?:dem|den|der|the|le|el|il|o|dia)\s+)?$"
)


def _moved_from_to(folded: str, old: _Mention, new: _Mention) -> bool:
    """Whether `old` and `new` are a booking's day and the day it moves to (not "change it to from A to B")."""
    before = folded[max(0, old.start - 60) : old.start]
    # the verb before the days, or after them in German ("vom 14. auf den 21. verschieben")
    moved = _MOVE_VERB.search(before) or _MOVE_VERB.search(folded, new.end, new.end + 30)
    gap = folded[old.end : new.start]
    # each day with its weekday said before it ("from Friday 17th to Friday 24th September", "del viernes 17 al
    # viernes 24"): the weekdays and an ordinal's ending left out, the words between the days are what is read
    old_weekday = _WEEKDAY_BEFORE_A_MOVED_DAY.search(before)
    new_weekday = _WEEKDAY_BEFORE_A_MOVED_DAY.search(gap)
    if old_weekday:
        before = before[: old_weekday.start()]
    if new_weekday:
        gap = re.sub(r"^(?:st|nd|rd|th|er|eme)?\.?", "", gap[: new_weekday.start()])
    if (
        (between := _MOVED_BETWEEN.search(gap))
        # (a "from" before the verb is no range: "Gostaria de mudar para 17 de setembro")
        and not re.search(r"\b(?:from|de|del|du|dal|vom|von)\b", gap[between.start() :])
        # "change the check-out to the 22nd": the departure moves, not the booking
        and not _DEPARTURE_WORD.search(gap)
    ):
        return True  # "tenho uma reserva pra dia 15 e queria mudar pro dia 22", "booked the 15th, move it to the 22nd"
    verb = _CHANGE_VERB.search(gap)
    if (
        verb
        and _ARRIVAL_CUE.search(gap)
        and not _DEPARTURE_WORD.search(gap)
        and _said_next(gap[verb.end() :])
    ):
        # the booking moved, then its new day of arriving ("retrasarla una semana, es decir, llegar el 17 de
        # septiembre", "postpone it by a week and arrive on the 17th", "adiá-la uma semana e chegar a 17")
        return True
    return (
        moved is not None
        and bool(_MOVED_FROM.search(before))
        and not re.search(r"\bto\s+from\b", before)
        and bool(
            _MOVED_TO.match(gap)
            # each day with its own month ("du 28 mai au 4 juin"): "dal 14 al 16 agosto" is the new stay's range
            or (
                _MOVED_TO_DAY.match(gap)
                and _ONLY_MOVES.search(before) is not None
                and (
                    all(
                        m.kind == "abs" and re.search(r"[a-z]{3}", folded[m.start : m.end])
                        for m in (old, new)
                    )
                    # "spostare la prenotazione da venerdì a sabato", "push it from Friday to Saturday"
                    or old.kind == new.kind == "wd"
                    # "décaler la réservation du vendredi 17 au vendredi 24": each day said with its weekday
                    or bool(old_weekday and new_weekday)
                )
            )
        )
    )


def _said_next(after_verb: str) -> bool:
    """Whether the arrival after a verb of moving is in its clause or opens the next one ("adiá-la uma semana?
    Chegaríamos a 12.")."""
    breaks = list(re.finditer(r"[.;!?\n]", after_verb))
    if not breaks:
        return True
    last = after_verb[breaks[-1].end() :]
    cue = _ARRIVAL_CUE.search(last)
    return len(breaks) == 1 and cue is not None and len(last[: cue.start()].split()) <= 2


# A verb of changing, a pronoun joined to it or not ("cambiarla", "pasarlo", "spostarla", "mudá-la").
_CHANGE_VERB = re.compile(
    rf"{_MOVE_VERB.pattern}|\b(?:cambiar|pasar|mover|trasladar|adelantar|atrasar|retrasar|posponer|spostar|passa|muda|"
    r"altera|troca|adia|antecipa)-?(?:la|lo|las|los|le)\b"
)


# Rather or instead said before new days ("pourrait-on plutôt venir le week-end suivant, du 10 au 12 ?", "could we
# rather come the 10th to the 12th?", "possiamo piuttosto venire dal 10 al 12?", "lieber vom 10. bis 12."), not
# before what they are compared with ("plutôt que", "rather than").
_RATHER = re.compile(
    r"\b(?:plutot|piuttosto|lieber|rather|instead|mas bien|em vez disso|en cambio)\b(?! que\b| than\b| che\b| als\b)"
)


def _moved_to_a_range(folded: str, mentions: list[_Mention]) -> list[_Mention] | None:
    """The range said last after a verb of changing, with the booked days before the verb."""
    if len(mentions) < 3:
        return None
    first, last = mentions[-2:]
    if not (
        first.kind in ("abs", "bare")
        and last.kind in ("abs", "bare")
        and _a_range_between(folded, first, last)
    ):
        return None
    verb = _CHANGE_VERB.search(folded, mentions[0].end, first.start) or _RATHER.search(
        folded, mentions[0].end, first.start
    )
    if verb is None or first is mentions[0]:
        return None
    if any(verb.start() < m.start < first.start and m.kind in ("abs", "bare") for m in mentions):
        # a day between the verb and the range ("cambiar del 10 al 12 al 14 al 16") is read otherwise
        return None
    return [first, last]


def _moved_to_days_named(folded: str, mentions: list[_Mention]) -> list[_Mention] | None:
    """The two nights or days said last after a verb of changing, with the booked stay (a weekend, a holiday or days)
    before the verb: "we've got a double for this weekend (fri/sat) but can we move it to the weekend after next, fri
    and sat night?", "a reserva é para este fim de semana ... passar para o fim de semana depois do que vem, sexta e
    sábado", "réservée pour c'te fin de semaine ... la repousser à la fin de semaine d'après, le vendredi 14 pis le
    samedi 15"."""
    verb = _CHANGE_VERB.search(folded, mentions[0].end) if mentions else None
    if verb is None:
        return None
    before = [m for m in mentions if m.end <= verb.start()]
    after = [m for m in mentions if m.start >= verb.end()]
    if (
        len(before) + len(after) != len(mentions)
        or not before
        or not (before[0].kind == "weekend" or before[0].until or len(before) >= 2)
    ):
        return None
    # (the weekend they are in may be named first: "the weekend after next, fri and sat night")
    weekend = after[:1] if after and (after[0].kind == "weekend" or after[0].a_weekend) else []
    days = after[len(weekend) :]
    if len(days) != 2 or not all(m.kind in ("abs", "bare", "wd") for m in days):
        return None
    first, last = days
    gap = folded[first.end : last.start]
    if len(gap) > 20 or re.search(r"[\d;!?\n]", gap):
        return None
    return after


def _same_day(left: _Mention, right: _Mention) -> bool:
    """Whether two mentions name the same day as said: one weekday, or one day of the month."""
    if left.kind == right.kind == "wd":
        return left.weekday == right.weekday
    return left.kind in ("abs", "bare") and right.kind in ("abs", "bare") and left.day == right.day


def _said_as_departure(folded: str, mention: _Mention) -> bool:
    return _leaving_on(folded, mention) or bool(
        _DEPARTURE_CUE.search(folded, max(0, mention.start - 30), mention.start)
    )


# One night added to the stay being booked or changed ("actually can we make it saturday too", "¿y si nos quedamos
# también el sábado?", "on reste aussi samedi soir", "den Samstag auch noch dazunehmen", "restare anche sabato"): the
# arrival stays as it was, the departure is the morning after that night.
_ADDED_NIGHT_AFTER = re.compile(
    r"\s*(?:night\s+|noche\s+|noite\s+|soir\s+|abend\s+|nacht\s+|sera\s+)?"
    # German "auch" alone is "also" in any question ("habt ihr am Freitag auch ein Zimmer?"): "auch noch" adds
    r"(?:too|as well|tambien|tambem|aussi|egalement|auch noch|anche|pure|"
    r"(?P<german_verb>(?:noch\s+)?(?:dranhangen|anhangen|dazubuchen|dazunehmen)))\b"
)
_WEEKDAY_WORDS = _alt([word for word in _WEEKDAYS_ALL if " " not in word])
# A weekday said before its day ("am Samstag, dem 9. Oktober", "on Saturday, the 9th").
_WEEKDAY_BEFORE_ITS_DAY = re.compile(
    rf"\b(?:{_WEEKDAY_WORDS})\s*,?\s*(?:(?:dem|den|der|the|le|el|il|o|dia)\s+)?$"
)
# ("restare anche la notte di domenica 5", "quedarnos también la noche del sábado": the night and its weekday between)
_ADDED_NIGHT_BEFORE = re.compile(
    r"\b(?:tambien|tambem|aussi|egalement|anche|auch|too)\s+(?:el |la |o |a |le |il |den |die |am |on |the )?"
    r"(?:(?:night|noche|nuit|noite|notte|nacht) (?:of |of the |del |de |du |di |da |do |della |vom )?(?:dia )?)?"
    rf"(?:(?:{_WEEKDAY_WORDS}) )?$"
)
# The night named right after a verb of adding ("rajouter la nuit de dimanche à notre séjour", "add the Sunday night",
# "añadir la noche del domingo", "acrescentar a noite de domingo", "aggiungere la notte di domenica", "die Nacht auf
# Sonntag dazubuchen" is the German one after): a night of the stay, not its arrival ("add breakfast on Sunday" names
# something else between).
_NIGHT_ADDED_BEFORE = re.compile(
    r"\b(?:add|adding|anadir|agregar|sumar|rajouter|ajouter|aggiungere|aggiungiamo|acrescentar|adicionar)\s+"
    r"(?:(?:also|aussi|tambien|tambem|anche|one more|another|otra|une autre|un'altra|mais uma|encore)\s+)?"
    r"(?:(?:the|la|a|il|le|el|o)\s+)?(?:(?:night|noche|nuit|noite|notte)\s+"
    r"(?:(?:of|of the|del|de|du|di|da|do|della|on)\s+)?)?$"
)


# A day added to a weekend ("este fin de semana más el lunes", "the weekend plus Monday", "Wochenende plus Montag").
_PLUS_A_DAY = re.compile(
    r"\s*,?\s*(?:plus|mas|mais|\+|piu|and|y|et|e|und|with|con|avec|mit|com|including|incluido|inklusive)\s+"
    r"(?:(?:el|le|il|o|a|the|den|dem|am|on)\s+)?"
)


_WEEK_OF_BEFORE = re.compile(
    r"\b(?:semaine du|semaine du lundi|semana del|semana de|semana do|week of|week of the|woche vom|woche ab dem|"
    r"settimana del|settimana dal|semana del dia|semana do dia|semana de dia)\s*$"
)
_DATE_WEEKDAYS_GAP = re.compile(r"\s*[,.:;!?]?\s*(?:(?:de|from|du|von|da|dal|del|do|la|a|o|,)\s+)*")


def _weekdays_by_a_date(folded: str, mentions: list[_Mention], today: dt.date) -> list[_Mention]:
    """A span of weekdays beside one date are the days around it ("Para o 25 de Abril, de sexta a domingo" =
    23 to 25 April); beside "the week of" a date, the days of that week ("du jeudi au dimanche ..., la semaine
    du 1er mars" = 4 to 7 March)."""
    if len(mentions) != 3 or sum(m.kind == "wd" for m in mentions) != 2:
        return mentions
    dated = [m for m in mentions if m.kind == "abs"]
    weekdays = [m for m in mentions if m.kind == "wd"]
    if len(dated) != 1 or any(m.near or m.next_week or m.past or m.in_period for m in weekdays):
        return mentions
    date_mention, (first, second) = dated[0], weekdays
    if not _RANGE_TO.fullmatch(folded, first.end, second.start):
        return mentions
    week_of = bool(_WEEK_OF_BEFORE.search(folded, max(0, date_mention.start - 25), date_mention.start))
    beside: bool
    if date_mention.end <= first.start:
        beside = _DATE_WEEKDAYS_GAP.fullmatch(folded, date_mention.end, first.start) is not None
    else:
        beside = week_of and second.end <= date_mention.start and date_mention.start - second.end <= 40
    if not beside or date_mention.until:
        return mentions
    if date_mention.year:
        day = _valid(date_mention.year, date_mention.month, date_mention.day)
    else:
        day = _next_day_month(date_mention.day, date_mention.month, today, inclusive=True)
    if day is None:
        return mentions
    if week_of:
        day = day + dt.timedelta(
            days=3 - day.weekday()
        )  # that week's Thursday: each of its days within three
    first.near = day
    return weekdays


def _in_the_old_days_month(folded: str, old: list[_Mention], new: list[_Mention], today: dt.date) -> None:
    """New days without a month are counted from the old stay's month ("dal 2 al 4 gennaio ... spostarla dal 9
    all'11" = 9 to 11 January), never before today."""
    # a month in words ("3 al 5 de febrero") or after a slash or a dot ("del 3 al 5/6", "3.10. hasta 6.10."); "3-5"
    # may be the 3rd of May or a range of days
    named = [m for m in old if m.kind == "abs" and re.search(r"[a-z]{3}|\d[./]\d", folded[m.start : m.end])]
    if not named or any(m.kind != "bare" for m in new):
        return
    month = named[0]
    if month.year:
        day = _valid(month.year, month.month, month.day)
    else:
        day = _next_day_month(month.day, month.month, today, inclusive=True)
    if day is None:
        return
    first = day.replace(day=1)
    for mention in new:
        if mention.after is None:
            mention.after = first - dt.timedelta(days=1)


# A stay lengthened up to a day ("alargar la estancia hasta el lunes", "extend our stay until the 14th", "bis zum
# 16. verlängern", "prolonger jusqu'au 13", "prolungare fino al 17", "prolongar até dia 14").
_UNTIL_BEFORE = r"\w*\b[^.?!;]{0,30}?\b(?:until|till|til|to|hasta|bis|jusqu'|fino|ate)\b[^.?!;\d]{0,12}$"
_EXTENDED_UNTIL = re.compile(
    rf"\b(?:alarg|ampliar|extend|verlanger|prolong|prolung|prorrog|estend|allung){_UNTIL_BEFORE}"
)
_EXTENDED_AFTER = re.compile(r"[^.?!;]{0,20}?\b(?:verlanger|verlaengern)\w*")
# Staying until a later day after the booking's own range ("Our booking is for Thursday to Saturday, but we'd like to
# stay until Sunday instead", "quedarnos hasta el domingo", "ficar até domingo", "rester jusqu'à dimanche", "bis
# Sonntag bleiben", "restare fino a domenica"); after its arrival alone the days run from it ("ho prenotato per
# sabato 12 ma vorrei restare fino a lunedì"). The verb in any of its forms ("nos quedamos", "ficamos", "on reste",
# "restiamo", "rimaniamo").
_STAYING_UNTIL = re.compile(
    rf"\b(?:stay|qued[ae]|fic[ao]|rest[eo]|restare|restiamo|ferm[ai]|rimaner|rimani){_UNTIL_BEFORE}"
)
_STAYING_AFTER = re.compile(r"[^.?!;]{0,20}?\b(?:bleiben|bliibe|bliiba)\b")  # (Swiss "bis am Mäntig bliibe")


# A night added, then the day of leaving said ("add one more night, so leave on the 15th", "añadir una noche más y
# salir el 15", "rajouter une nuit et partir le 15", "eine Nacht mehr und am 15. abreisen", "aggiungere una notte e
# partire il 15", "acrescentar uma noite e sair dia 15").
_ADDED_NIGHT_SAID = re.compile(
    r"\b(?:add|añadir|anadir|agregar|sumar|rajouter|ajouter|dazunehmen|dazubuchen|verlangern|aggiungere|acrescentar|"
    r"adicionar|one more night|another night|extra night|una noche mas|otra noche|une nuit de plus|une nuit "
    r"supplementaire|eine nacht mehr|eine weitere nacht|una notte in piu|un'altra notte|mais uma noite|"
    r"uma noite a mais)\b"
)
_LEAVE_ON = re.compile(
    r"\b(?:leave|leaving|check out|check-out|checkout|salir|salimos|salida|partir|partons|depart|abreisen|abreise|"
    r"abfahren|partire|partenza|partiamo|sair|saimos|saida)\s+(?:on\s+|el\s+|le\s+|am\s+|il\s+|no\s+|dia\s+|"
    r"the\s+|o dia\s+)*$"
)


def _new_departure(
    folded: str, resolved: list[tuple[_Mention, dt.date]], nights: int | None
) -> dt.date | None:
    """The departure a change sets after the booking's own days: the day of a night added last ("so saturday too")
    or the day a stay is lengthened up to ("alargar hasta el lunes", "bis zum 16. verlängern")."""
    (*booked, (last, day)) = resolved
    if last.until or any(d >= day for _, d in booked):
        return None
    first = booked[0][1]
    if (
        last.kind == "bare"
        and (same_month := _valid(first.year, first.month, last.day))
        and same_month <= max(d for _, d in booked)
    ):
        return None  # "booked 14-16 May, could you add the 16th as well?": a night of the booking's own month
    if _an_added_night(folded, last, nights):
        return day + dt.timedelta(days=1)
    before = folded[max(0, last.start - 60) : last.start]
    if _ADDED_NIGHT_SAID.search(folded, 0, last.start) and (
        _LEAVE_ON.search(before) or re.match(r"\.?\s*(?:abreisen|abfahren|auschecken)\b", folded[last.end :])
    ):
        return day  # "could we add one more night, so leave on the 15th instead?": the new departure
    german_until = re.search(r"\bbis\s+(?:zum\s+|zur\s+|am\s+|)$", before)  # (Swiss "bis am Mäntig")
    # (a holiday or a weekend booked is a range of its own: "réservé pour la Pentecôte mais nous aimerions rester
    # jusqu'au mercredi")
    range_booked = len(booked) >= 2 or any(m.until for m, _ in booked)
    if (
        _EXTENDED_UNTIL.search(before)
        or (german_until and _EXTENDED_AFTER.match(folded, last.end))
        or (
            range_booked
            and (_STAYING_UNTIL.search(before) or (german_until and _STAYING_AFTER.match(folded, last.end)))
        )
    ):
        return day + dt.timedelta(days=1) if last.inclusive else day
    return None


def _an_added_night(folded: str, mention: _Mention, nights: int | None) -> bool:
    """ "saturday too" about the stay (a stay word or a count of nights in the message, not "is breakfast served on
    Sunday too?")."""
    after = _ADDED_NIGHT_AFTER.match(folded, mention.end)
    if after and after["german_verb"]:
        return True  # "können wir den Samstag noch dranhängen?": only a stay is lengthened so
    return (nights is not None or bool(_STAY_WORD.search(folded))) and bool(
        after
        or _ADDED_NIGHT_BEFORE.search(folded, max(0, mention.start - 40), mention.start)
        or _NIGHT_ADDED_BEFORE.search(folded, max(0, mention.start - 40), mention.start)
    )


# A new day of leaving said in a change ("adelantar la salida al 16", "antecipar a saída pro dia 13", "on partira le
# samedi 15", "ripartire domenica", "so leave on Sunday", "also Abreise Sonntag", "am Sonntag abreisen").
_LEAVING = (
    r"leave|leaving|depart|departing|departure|check(?:ing)?[- ]?out|"
    r"salir|salimos|saldriamos|saldremos|salgamos|saliendo|salida|irnos|marcharnos|"
    r"sair|sairia|sairiamos|sairemos|saimos|saindo|saida|ir embora|"
    r"partir|repartir|partira|partirons|partirions|partirait|partons|repartira|repartirons|repart|repartons|repars|"
    r"abreisen|abreise|abfahren|abfahrt|auschecken|"
    r"partire|ripartire|partiremo|partiremmo|ripartiremo|ripartiremmo|partiamo|ripartiamo|partenza|ripartenza"
)
# the leaving word, then at most three words with no digit or clause end ("salir el", "la salida al", "saída pro dia",
# "partira le samedi", "saindo no dia")
_LEAVING_BEFORE = re.compile(rf"\b(?:{_LEAVING})\b(?:\s+[a-z'-]+){{0,3}}\s*$")
_LEAVING_AFTER = re.compile(r"\.?\s*(?:abreisen|abfahren|auschecken)\b")
# A reason given after the day of leaving, whose own days are no stay's.
_BECAUSE = re.compile(r"\b(?:because|porque|pq|parce que|parce qu'|weil|denn|perche|poiche|pois|since)\b")


def _leaving_on(folded: str, mention: _Mention) -> bool:
    """Whether the day is said as the day of leaving."""
    return bool(
        _LEAVING_BEFORE.search(folded, max(0, mention.start - 45), mention.start)
        or _LEAVING_AFTER.match(folded, mention.end)
    )


# Not there until a day ("can't get there until the 16th", "won't be in until Friday", "no llegamos hasta el 16",
# "on n'arrivera pas avant le 16", "non arriviamo prima del 16", "não chegamos antes do dia 16"): the arrival.
_NOT_UNTIL = re.compile(
    r"\b(?:can't|cannot|can not|won't|not|no|pas|non|nao)\b[^.;!?\n\d]{0,30}?\b(?:until|till|hasta|avant|prima|antes)"
    r"\s+(?:(?:the|el|le|del|du|do|dia|de)\s+)*$"
)


def _departure_only(
    folded: str, resolved: list[tuple[_Mention, dt.date]], nights: int | None, today: dt.date
) -> dt.date | None:
    """The new departure a change sets, said last as the day of leaving, with the arrival kept: after the booked
    stay ("on a la chambre du vendredi 14 au dimanche 16 mai mais finalement on partira le samedi 15"), after the old
    departure ("tenemos reservado hasta el 18 ... adelantar la salida al 16") or after a night added ("den
    Samstag noch dranhängen? also Abreise Sonntag"). A new stay's two ends ("llegamos el 3 y salimos el 5") are no
    such change."""
    leaving = [index for index, (mention, _) in enumerate(resolved) if _leaving_on(folded, mention)]
    if leaving and leaving[-1] < len(resolved) - 1:
        after = resolved[leaving[-1] + 1][0]
        if not _BECAUSE.search(folded, resolved[leaving[-1]][0].end, after.start):
            return None
        # "on partira le samedi 15 le matin parce que mon beau-frère déménage le dimanche": the reason's day
        resolved = resolved[: leaving[-1] + 1]
    (*before, (last, day)) = resolved
    if not leaving or not before or last.until or last.kind not in ("abs", "bare", "wd", "rel"):
        # (one day alone stays the arrival here: the caller reads it as the departure after a departure word)
        return None
    base = today
    previous = before[-1][0]
    if _ARRIVAL_CUE.search(folded, max(0, previous.start - 30), previous.start) or _NOT_UNTIL.search(
        folded, max(0, previous.start - 50), previous.start
    ):
        # "llegamos el 3 y salimos el 5", "arrive on the 10th and leave on the 12th", "can't get there until the
        # 16th, still leaving on the 18th"
        return None
    if len(before) >= 2 or _an_added_night(folded, previous, nights):
        # the booked stay's days (the new departure comes after its arrival) or the night added
        base = before[0][1] if len(before) >= 2 else before[-1][1]
    elif not (
        _leaving_on(folded, previous)
        or _DEPARTURE_CUE.search(folded, max(0, previous.start - 30), previous.start)
    ):
        return None  # a day with no word of what it is: maybe the new arrival ("al 10 y salir el 12")
    elif last.kind == "bare" and previous.kind in ("abs", "bare"):
        # the old departure's month ("bis 19. Juni gebucht ... also Abreise am 20.", "hasta el 18 ... adelantar la
        # salida al 16"), unless the day is weeks before it ("bis 30. Juni ... Abreise am 2." is 2 July)
        old = before[-1][1]
        date = _next_bare_day(last.day, old.replace(day=1) - dt.timedelta(days=1), inclusive=False)
        if date is not None and date < old - dt.timedelta(days=14):
            date = _next_bare_day(last.day, old, inclusive=False)
        return date if date is not None and date > today else None
    if last.kind == "bare":
        date = _next_bare_day(last.day, base, inclusive=False)
    elif last.kind == "wd":
        date = _next_weekday(last.weekday, base)
    elif last.kind == "abs" and not last.year:
        date = _next_day_month(last.day, last.month, base, inclusive=False)
    else:
        date = day
    return date if date is not None and date > today else None


def _arrival_said_instead(folded: str, kept: list[_Mention], instead: re.Match[str]) -> list[_Mention] | None:
    """The day an arrival word names right before "instead of" the booked one, with the day of leaving said after it
    ("arrive on Thursday the 15th instead of Friday, still leaving on Sunday", "llegar el jueves 15 en vez del viernes
    y salir el domingo", "arriver le jeudi 15 au lieu du vendredi, on repart le dimanche"), after the booked days."""
    before = [m for m in kept if m.end <= instead.start()]
    departures = [m for m in kept if m.start >= instead.end() and _said_as_departure(folded, m)]
    if len(before) < 2 or not departures:
        return None
    arrival = before[-1]
    start = arrival.start
    if weekday := _WEEKDAY_BEFORE_A_MOVED_DAY.search(folded, max(0, start - 30), start):
        start = weekday.start()  # (the day's weekday said before it: "arrive on Thursday the 15th")
    if not _ARRIVAL_CUE.search(folded, max(0, start - 30), start):
        return None
    return [arrival, departures[-1]]


def _one_end_day_included(folded: str, resolved: list[tuple[_Mention, dt.date]]) -> bool:
    """Whether the one day of a change is an end day said to be included, after a word of "until" ("alargar hasta el
    15 inclusive", "until the 15th inclusive", "até dia 17, inclusive", "bis einschließlich 17.")."""
    if len(resolved) != 1:
        return False
    mention, _ = resolved[0]
    before = folded[max(0, mention.start - 45) : mention.start]
    return (
        mention.inclusive
        and not mention.until
        and mention.kind in ("abs", "bare", "wd")
        # (the word of including may stand between: "bis einschließlich 17.", "up to and including the 17th")
        and bool(_INCLUSIVE_BEFORE.search(before) or _DEPARTURE_CUE.search(before))
    )


def _one_day_of_leaving(folded: str, resolved: list[tuple[_Mention, dt.date]]) -> bool:
    """Whether the one day of a change is said as the new day of leaving ("statt drei nur zwei Nächte bleiben, also
    Abreise am Samstag", "one night less, so we check out on Saturday"): a count of nights in it is the booking's new
    length, not nights from that day."""
    if len(resolved) != 1:
        return False
    mention, _ = resolved[0]
    return not mention.until and mention.kind in ("abs", "bare", "wd", "rel") and _leaving_on(folded, mention)


# Swiss German days said in dialect ("hüt znacht" tonight, "morn" tomorrow, "übermorn"), read as German; "morn"
# and "hüt" only in a German message, since "morn" and "hut" are English words.
_SWISS_DAYS = {"hut znacht": "heute nacht", "hut z'nacht": "heute nacht", "hut abig": "heute abend",
               "ubermorn": "ubermorgen", "morn znacht": "morgen nacht", "morn z'nacht": "morgen nacht",
               "morn abig": "morgen abend", "morn": "morgen", "hut": "heute"}  # fmt: skip
_SWISS_DAY = re.compile(rf"\b(?:{'|'.join(sorted(_SWISS_DAYS, key=len, reverse=True))})\b")


def _swiss_days(folded: str) -> str:
    return _SWISS_DAY.sub(lambda m: _SWISS_DAYS[m.group()], folded)


_NTH_WEEK_OF_A_MONTH = re.compile(
    r"\b(?:primera|segunda|tercera|cuarta|ultima|first|second|third|fourth|last|1st|2nd|3rd|4th|premiere|"
    r"deuxieme|troisieme|quatrieme|derniere|erste[nr]?|zweite[nr]?|dritte[nr]?|vierte[nr]?|letzte[nr]?|prima|"
    r"seconda|terza|quarta|primeira|terceira)\s+"
    rf"(?:(?:semana|week|semaine|woche|settimana)\s+(?:de|of|du|de la|di|do|da|im|in|del)\s+(?:{_MONTH})\b|"
    rf"(?:{_MONTH})woche\b)"
)
_ENGLISH_MAR = re.compile(
    r"(?:(?<=\b[0-3]\d )|(?<=\b\d )|(?<=\d(?:st|nd|rd|th) )|(?<=\d of )|(?<=\d(?:st|nd|rd|th) of ))mar\b"
    r"|\bmar(?=\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b)"
)
_ONE_STARTING_A_RANGE = re.compile(
    r"\b(del|de|desde el|entre el|do dia|do|dia) (?:uno|um) "
    # with the month after the range's last day: "del uno al diez" alone is a scale or a count
    rf"(?=(?:al|a|hasta el|y el|ao dia|ao|ate o dia|ate|e o dia) (?:{DAY_NUMBER}) (?:de |do )?(?:{_MONTH})\b)"
)


# A speaker correcting the days just said ("do dia 10 pro dia 12 não pera do dia 10 pro dia 17", "ce week-end euh
# enfin samedi et dimanche soir", "from the 3rd to the 5th, no wait, the 4th to the 6th", "vom 3. bis 5., ich meine
# vom 4. bis 6.", "dal 3 al 5, anzi dal 4 al 6"): the days after it replace those before.
_TAKEN_BACK = re.compile(
    r"(?:\b(?:no|nao|non|nein)\s*,?\s*(?:pera|espera|espere|wait|aspetta|attends|warte)|\bi mean|\bi meant|"
    r"\bor rather|\bsorry,? make that|\bmejor dicho|\bquiero decir|\bquise decir|\bquer dizer|\bou melhor|"
    r"\benfin|\bje veux dire|\bou plutot|\bich meine|\bbesser gesagt|\bnein,? doch|\banzi|\bvolevo dire|"
    r"\bo meglio|\bcioe)\b"
)


# A day the guests say they can't come on ("we can't make it on the 9th", "no podremos llegar el 9", "on ne pourra
# pas arriver le 9", "wir können am 9. nicht anreisen", "non riusciamo ad arrivare il 9", "não vamos conseguir chegar
# no dia 9").
_CANNOT_BEFORE = re.compile(
    r"\b(?:nao|no|not|can't|cannot|can not|won't|pas|non)\b[^.;!?\n\d]{0,30}?\b(?:chegar|llegar|arrive|arriver|"
    r"arrivare|make it|venir|vir|venire|come)\b[^.;!?\n\d]{0,12}$"
)
_CANNOT_AFTER = re.compile(r"\.?\s*(?:\w+\s+){0,2}?nicht\s+(?:\w+\s+)?(?:anreisen|ankommen|kommen)\b")
# "El viernes no llego a tiempo", "sexta não chegamos", "vendredi on n'arrive pas", "venerdì non arriviamo" (in the
# day's own sentence)
_CANNOT_RIGHT_AFTER = re.compile(
    r"\s*,?\s*(?:(?:we|i|on|je|nous)\s+)?(?:no|nao|non|n'|can't|cannot|won't)\s*"
    r"(?:llego|llegamos|llegaremos|chego|chegamos|chegaremos|arrive|arrivons|arriverons|arrivo|arriviamo|arriveremo|"
    r"make it|get there)\b"
)


# The arrival planned before a change ("we were going to arrive on the 15th but now can't get there until the 16th",
# "íbamos a llegar el 15", "on devait arriver le 15", "dovevamo arrivare il 15", "íamos chegar dia 15", "wir wollten
# eigentlich am 15. anreisen"): the old day, given way to those said after it.
_PLANNED_BEFORE = re.compile(
    r"\b(?:(?:were|was) going to|had planned to|planned to|were supposed to|was supposed to|were due to|was due to|"
    r"(?:we're|we are|i'm|i am|were|was) meant to|"
    r"ibamos a|iba a|teniamos previsto|tenia previsto|pensabamos|iamos|ia|tinhamos previsto|deviamos|"
    r"devions|devait|devais|avions prevu de|avais prevu de|dovevamo|dovevo|avevamo previsto di|pensavamo di)\s+"
    r"(?:\w+\s+)?(?:arrive|come|get there|get in|check in|llegar|venir|entrar|chegar|vir|arriver|venir|arrivare|"
    r"venire)\b[^.;!?\n\d]{0,12}$"
)
_PLANNED_BEFORE_DE = re.compile(r"\b(?:wollten|wollte|sollten|sollte)\s+(?:\w+\s+){0,2}?am\s+$")
_ARRIVING_AFTER_DE = re.compile(r"\.?\s*(?:\w+\s+){0,2}?(?:anreisen|ankommen|kommen|einchecken)\b")


def _cannot_come_on(folded: str, mention: _Mention) -> bool:
    return bool(
        _CANNOT_BEFORE.search(folded, max(0, mention.start - 60), mention.start)
        or _CANNOT_AFTER.match(folded, mention.end)
        or (
            not folded[mention.start : mention.end].endswith(".")
            and _CANNOT_RIGHT_AFTER.match(folded, mention.end)
        )
    )


def _planned_arrival(folded: str, mention: _Mention) -> bool:
    return bool(
        _PLANNED_BEFORE.search(folded, max(0, mention.start - 60), mention.start)
        or (
            _PLANNED_BEFORE_DE.search(folded, max(0, mention.start - 40), mention.start)
            and _ARRIVING_AFTER_DE.match(folded, mention.end)
        )
    )


# A day put right as it is said, right between the two days ("el 12 de marzo, no perdón el 13", "the 5th, sorry, the
# 6th", "le 4, non pardon le 5 novembre", "le 30 euh non le 31", "dia 12, não, dia 13", "am 4., nein, am 5.", "il 4,
# scusate, il 5"): an apology or a "no" with nothing else between.
_FILLER = r"(?:euh|eh|ehm|um|uh|uhm|hm|ah|oh|ay|oops)"
_PUT_RIGHT = re.compile(
    rf"\s*[,.]?\s*(?:{_FILLER}\s*[,.]?\s*)*"
    r"(?:(?:no|non|nein|nao|nee)\s*[,.!]?\s*(?:(?:sorry|perdon|pardon|perdao|desculpa|desculpe|scusa|scusate|scusi|"
    r"entschuldigung|sorry)\s*[,.!]?\s*)?|(?:sorry|perdon|pardon|perdao|desculpa|desculpe|scusa|scusate|scusi|"
    r"entschuldigung)\s*[,.!]?\s*(?:(?:no|non|nein|nao)\s*[,.!]?\s*)?)"
    r"(?:(?:the|el|le|la|o|dia|il|lo|den|am|on|del|dal|du|de|do|from|vom|von)\s+)*"
)


def _without_days_taken_back(folded: str, mentions: list[_Mention], today: dt.date) -> list[_Mention]:
    """Mentions less the days a correction takes back, when days are said on both sides of it. The days said after
    it with no month are in the month of those taken back ("de 20 a 22 de maio quer dizer de 21 a 23" = 21-23 May)."""
    for taken_back in reversed(list(_TAKEN_BACK.finditer(folded))):
        before = [m for m in mentions if m.end <= taken_back.start()]
        after = [m for m in mentions if m.start >= taken_back.end()]
        if before and after:
            _in_the_old_days_month(folded, before, after, today)
            mentions = after
            break
    for index, (wrong, right) in enumerate(itertools.pairwise(mentions)):
        if (
            wrong.kind in ("abs", "bare")
            and right.kind in ("abs", "bare")
            and _PUT_RIGHT.fullmatch(folded, wrong.end, right.start)
        ):
            # a range said after it replaces all said before ("le 30 euh non le 31 décembre jusqu'au 2 janvier");
            # a day alone only the day it puts right ("del 3 al 5, no perdón, al 6")
            rest = mentions[index + 2 :]
            ranged = bool(rest) and _RANGE_TO.match(folded[right.end : rest[0].start]) is not None
            dropped = mentions[: index + 1] if ranged else [wrong]
            _in_the_old_days_month(folded, dropped, [right, *rest[:1]] if ranged else [right], today)
            mentions = [m for m in mentions if m not in dropped]
            break
    # "... pro dia 17 isso dia 17 mesmo", "le 17, oui le 17": a day said again to confirm it is that day
    kept: list[_Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and mention.kind == previous.kind == "bare"
            and mention.day == previous.day
            and mention.start - previous.end <= 20
            and not re.search(
                r"\d|\b(?:a|al|ao|au|to|bis|y|e|et|and|und|hasta|ate|fino)\b",
                folded[previous.end : mention.start],
            )
        ):
            continue
        kept.append(mention)
    return kept


# A time counted from today ("heute in zwei Wochen", "two weeks from today", "aujourd'hui en huit", "de hoy en quince
# días", "oggi a otto"): the day that far ahead, not today and that day.
_TODAY_BEFORE_A_PERIOD = re.compile(
    r"\b(?:(?:de |a partir de )?hoy|heute|hoje|oggi|aujourd'hui|aujourd hui|today)\s+"
    rf"(?=(?:in|en|dans|tra|fra|daqui a|em|within)\s+(?:{NUMBER})\s+(?:dias?|days?|jours?|tagen?|giorni|giorno|"
    r"semanas?|weeks?|semaines?|wochen|woche|settimane|settimana)\b)"
)
_PERIOD_FROM_TODAY = re.compile(
    rf"\b(?P<n>{NUMBER}|a|one)\s+(?P<unit>weeks?|days?|fortnights?)\s+from\s+(?:today|now)\b"
)
_TODAY_IN_EIGHT = re.compile(
    r"\b(?:(?:de )?hoy en|aujourd'hui en|aujourd hui en|oggi a|hoje a|de hoje a)\s+(?P<n>ocho|huit|otto|oito|quince|"
    r"quinze|quindici)(?:\s+(?:dias|jours|giorni))?\b"
)


def _counted_from_today(folded: str) -> str:
    """A time counted from today said as "in N days", which the period's own rule reads."""
    # "huit jours"/"otto giorni" is a week, "quinze jours" two, counted as said
    folded = _TODAY_IN_EIGHT.sub(
        lambda m: "in 7 days" if m["n"] in ("ocho", "huit", "otto", "oito") else "in 14 days", folded
    )
    folded = _PERIOD_FROM_TODAY.sub(
        lambda m: (
            f"in {'2' if m['unit'].startswith('fortnight') else m['n']} "
            f"{'weeks' if m['unit'].startswith('fortnight') else m['unit']}"
        ),
        folded,
    )
    return _TODAY_BEFORE_A_PERIOD.sub("", folded)


# "Instead" said after the new days ("Could we have the weekend of the 23rd instead?", "podríamos ir el fin de semana
# siguiente en su lugar", "on prendrait plutôt le week-end du 23 à la place", "lieber das Wochenende darauf
# stattdessen", "il weekend dopo invece", "o fim de semana seguinte em vez disso").
_INSTEAD_AFTER = re.compile(
    r"[^.;!?\n\d]{0,12}?\b(?:instead|en su lugar|en cambio|a la place|stattdessen|invece|em vez disso|ao inves)\b"
)


# "Instead" said before the new days, after the booked ones ("Al suo posto, potremmo venire per Pasquetta", "En su
# lugar, ¿podríamos venir el puente de mayo?", "Instead, could we come for Easter Monday?", "À la place, on pourrait
# venir pour la Pentecôte ?", "Stattdessen würden wir gern zu Pfingsten kommen", "Em vez disso, podemos ir na Páscoa?").
_INSTEAD_BEFORE = re.compile(
    r"\b(?:instead|en su lugar|en lugar de eso|en cambio|a la place|stattdessen|statt dessen|al suo posto|al posto suo|"
    r"invece|em vez disso|em seu lugar|no lugar dela)\b(?! d)[^.;!?\n\d]*$"
)


def _days_said_instead(folded: str, mentions: list[_Mention]) -> list[_Mention] | None:
    """A weekend said last with "instead" after it, when the days before it are the booked ones it replaces; or a
    holiday or a weekend said last after "instead" ("dal 3 al 5 aprile. Al suo posto, potremmo venire per Pasquetta")."""
    if (
        len(mentions) >= 2
        and (mentions[-1].kind == "weekend" or mentions[-1].holiday)
        and _INSTEAD_BEFORE.search(folded, mentions[-2].end, mentions[-1].start)
    ):
        return mentions[-1:]
    if len(mentions) < 2 or not _INSTEAD_AFTER.match(folded, mentions[-1].end):
        return None
    # the days joined to the last one ("the weekend of the 23rd of October", "del 10 al 12")
    start = len(mentions) - 1
    while start > 0 and _connected(folded, mentions[start - 1], mentions[start]):
        start -= 1
    new = mentions[start:]
    if not start or not any(m.kind == "weekend" for m in new):
        # days alone ("can we arrive on the 2nd instead?", "from the 25th to the 28th instead") are read with the
        # booked ones by the rules of a change below (their month, the arrival moved)
        return None
    return new


# A night taken off a booked stay ("potremmo togliere la notte del 10?", "¿podemos quitar la noche del sábado?", "could
# we drop the Saturday night?", "enlever la nuit du 10", "retirar a noite de sábado", "die Nacht vom 10. streichen").
_NIGHT_REMOVED_BEFORE = re.compile(
    r"\b(?:togliere|togliamo|eliminare|quitar|quitamos|eliminar|remove|drop|cancel|take off|enlever|supprimer|retirer|"
    r"annuler|tirar|retirar|cancelar|annullare|streichen|stornieren)\s+(?:(?:the|la|a|il|le|el|o|die|den)\s+)?"
    r"(?:(?:night|noche|nuit|noite|notte|nacht)\s+(?:(?:of the|of|del|de|du|di|da|do|della|vom|von)\s+)?"
    r"(?:(?:the|dia|o dia)\s+)?)?$"
)
_NIGHT_REMOVED_AFTER = re.compile(r"\.?\s*(?:streichen|stornieren|weglassen)\b")


def _without_a_night_removed(
    folded: str, mentions: list[_Mention], today: dt.date, lang: str
) -> StayDates | None:
    """The booked stay named first, less its first or last night taken off after it; a night in its middle would
    split it: no such reading."""
    for mention in mentions:
        if mention.kind not in ("abs", "bare", "wd"):
            continue
        cue = _NIGHT_REMOVED_BEFORE.search(folded, max(0, mention.start - 40), mention.start)
        if cue is None and _NIGHT_REMOVED_AFTER.match(folded, mention.end):
            # German "die Nacht vom 10. streichen": the verb after the day
            cue = re.search(r"\b(?:die )?nacht\s+(?:vom|von|auf)?\s*$", folded[: mention.start])
        if cue is None:
            continue
        # the booked stay is what is said before the night taken off
        booked = stay_dates(folded[: cue.start()], today=today, lang=lang)
        if booked.check_in is None or booked.check_out is None:
            return None
        nights = [
            booked.check_in + dt.timedelta(days=n) for n in range((booked.check_out - booked.check_in).days)
        ]
        night = [
            d
            for d in nights
            if (d.weekday() == mention.weekday if mention.kind == "wd" else d.day == mention.day)
        ]
        if len(nights) < 2 or len(night) != 1:
            return None
        if night[0] == nights[-1]:
            return StayDates(check_in=booked.check_in, check_out=night[0], dates=[booked.check_in, night[0]])
        if night[0] == nights[0]:
            return StayDates(
                check_in=nights[1], check_out=booked.check_out, dates=[nights[1], booked.check_out]
            )
        return None
    return None


def _the_arrival_and_departure_said(folded: str, mentions: list[_Mention], today: dt.date) -> list[_Mention]:
    """ "für die Fachtagung, die vom 19. bis 21. Oktober 2028 stattfindet, ... Anreise am 18. Oktober, Abreise am 21.
    Oktober", "for the conference (19-21 October) ... arrival 18 October, departure 21 October": a day said after an
    arrival word and one after a departure word, after other days, are the stay."""
    if len(mentions) < 3:
        return mentions
    arrivals = [m for m in mentions if _SAID_AFTER_ARRIVAL.search(folded, max(0, m.start - 30), m.start)]
    departures = [m for m in mentions if _SAID_AFTER_DEPARTURE.search(folded, max(0, m.start - 30), m.start)]
    if len(arrivals) != 1 or len(departures) != 1:
        return mentions
    arrival, departure = arrivals[0], departures[0]
    index = mentions.index(arrival)
    if (
        index == 0
        or mentions.index(departure) != index + 1
        or {arrival.kind, departure.kind} - {"abs", "bare"}
        or "abs" not in (arrival.kind, departure.kind)
    ):
        return mentions
    _in_the_old_days_month(folded, mentions[:index], [arrival, departure], today)
    return [arrival, departure]


_SAID_AFTER_ARRIVAL = re.compile(
    rf"(?:{_ARRIVAL_WORD.pattern})\s*:?\s*(?:(?:on|the|el|le|il|am|o|dia|de|do|del|du|den)\s+)*$"
)
_SAID_AFTER_DEPARTURE = re.compile(
    rf"(?:{_DEPARTURE_WORD.pattern})\s*:?\s*(?:(?:on|the|el|le|il|am|o|dia|de|do|del|du|den)\s+)*$"
)


def stay_dates(folded: str, *, today: dt.date, lang: str, modify: bool = False) -> StayDates:
    """Check-in, check-out, nights and an ambiguity flag from folded text."""
    folded = re.sub(r"\bl'(?=\d)", "le ", folded)  # "partenza l'8", "jusqu'a l'11"
    folded = corrected_month_typos(folded)
    # "Semana Santa del año que viene", "in May next year": the year, as if written.
    folded = _NEXT_YEAR.sub(f" {today.year + 1}", folded)
    folded = _counted_from_today(folded)
    folded = re.sub(r"\b(d?al|del)l'(?=\d)", r"\1 ", folded)  # "dal 5 all'8", "dall'11", "la notte dell'11"
    # "el uno de mayo", "o dia um de junho": "uno"/"um" is otherwise an article, never a day.
    folded = re.sub(rf"\b(el|del|al|o|do|no|dia) (?:uno|um) (de|do) (?=(?:{_MONTH})\b)", r"\1 1 \2 ", folded)
    # "del uno al cuatro de marzo", "de um a quatro de março", "entre el uno y el cuatro": the first day of a range
    folded = _ONE_STARTING_A_RANGE.sub(r"\1 1 ", folded)
    if lang == "de":
        folded = _swiss_days(folded)
        # "bis zum zweiten Weihnachtsfeiertag": the 26th December, not the 2nd of the next month
        folded = re.sub(r"\b(?:zweite[nmr]?) (?=weihnachts)", "2. ", folded)
        folded = re.sub(r"\b(?:erste[nmr]?) (?=weihnachts)", "1. ", folded)
    if lang == "en":
        # "Mar 20th - 23rd", "20 Mar 2027": March beside a day number ("mar" alone is no English month word)
        folded = _ENGLISH_MAR.sub("march", folded)
    mentions, ambiguous = _find_mentions(folded, today, lang)
    if nth_week := _NTH_WEEK_OF_A_MONTH.search(folded):
        # "la segunda semana de enero, de lunes a viernes", "the 2nd week of January": which week is unsure (the
        # one holding the 8th or the second full one?), so its weekdays are not the coming ones; the dialogue asks
        mentions = [
            m for m in mentions if m.kind != "wd" and not (nth_week.start() <= m.start < nth_week.end())
        ]
    _apply_month_hint(folded, mentions, today)
    mentions = [m for m in mentions if m.kind != "ambiguous"]
    # The day a booking was made or a past stay is no old or new day of a change ("I made my booking on 2 March
    # for 9-11 April, could you change it to 16-18 April?").
    mentions = _without_past_visits(folded, _without_past_and_hours(folded, mentions, today), today)
    mentions = _without_a_day_of_goodbye(folded, _without_the_subjects_days(folded, mentions))
    mentions = _without_days_taken_back(folded, mentions, today)
    cannot = [
        m
        for index, m in enumerate(mentions)
        if _cannot_come_on(folded, m)
        # (a planned range is read as the old stay below: "We were supposed to come 20th to 23rd July but now ...")
        or (
            _planned_arrival(folded, m)
            and not (index + 1 < len(mentions) and _connected(folded, m, mentions[index + 1]))
        )
    ]
    if len(cannot) < len(mentions) - 1:
        # "não vamos conseguir chegar no dia 9. Será possível passar a reserva para de 10 a 12 de abril?": the day
        # they can't come is the old one, the days after it the stay
        mentions = [m for m in mentions if m not in cannot]
    mentions = _the_arrival_and_departure_said(folded, mentions, today)
    instead = _INSTEAD.search(folded)
    if not modify and instead and not any(0 <= m.start - instead.end() <= 6 for m in mentions):
        instead = None  # outside a change, only days right after it are old ones ("en vez del 3 al 5 ...")
    if modify and (in_their_place := _days_said_instead(folded, mentions)) is not None:
        # "cancel booking 31190 (Oct 1-3) ... Could we have the weekend of the 23rd of October instead?"
        mentions = in_their_place
    if modify and (shortened := _without_a_night_removed(folded, mentions, today, lang)) is not None:
        # "prenotazione del 9 e 10 aprile: potremmo togliere la notte del 10?": the booked stay less that night
        return shortened
    if modify or instead:
        if instead:
            # The old days run to the end of the clause: "au lieu du 3 au 5 mai, du 10 au 12 mai".
            clause_end = _CLAUSE_END.search(folded, instead.end())
            old_until = clause_end.start() if clause_end else len(folded)
            if new_days := _INSTEAD_NEW_DAYS.search(folded, instead.end(), old_until):
                old_until = new_days.start()
            after = [m for m in mentions if 0 <= m.start - instead.end() <= 30 and m.start < old_until]
            if _THOSE_DATES.match(folded, instead.end()):
                # "a reservation for January 8-10 ... Instead of those dates could it be the 22nd-24th?": the days
                # said before it are the old ones
                after = [m for m in mentions if m.end <= instead.start()]
            if len(after) == len(mentions) == 4 and all(m.kind in ("abs", "bare") for m in mentions):
                # Two ranges after it: the first is the old one ("instead of Jan 8-10 can it be Jan 15-17?").
                after = mentions[:2]
            elif len(after) == len(mentions) and after:
                # Only days after it: the first is the old one ("statt am 12.06. erst am 13.06.").
                after = [min(after, key=lambda m: m.start)]
            kept = [m for m in mentions if m not in after]
            if len(after) == 1 and len(kept) == 4:
                # ("C'è sciopero dei treni il 14, quindi arriveremo solo il 15 invece del 14. La prenotazione è dal 14
                # al 17 maggio": the day given up said first, as the reason, is no day of its own; "du 5 au 7 mars ...
                # on n'arrivera que le 6 au lieu du 5. On repart toujours le 7": the booked departure said again)
                kept = [
                    m
                    for index, m in enumerate(kept)
                    if not (
                        index == 0
                        and m.kind in ("abs", "bare")
                        and m.day == after[0].day
                        and not _connected(folded, m, kept[1])
                    )
                    and not (index == 3 and _same_day(kept[1], m) and _said_as_departure(folded, m))
                ]
            if len(after) == 1 and len(kept) == 3 and all(m.kind in ("abs", "bare") for m in mentions):
                # One end of a booked stay replaced ("du 10 au 13 janvier ... arriver le 9 au lieu du 10"): the
                # new day with the other end.
                # (the booked days a range: "arrivée le 12 août ... que le 13 au lieu du 12" names one day booked)
                if (
                    kept[0].day == after[0].day
                    and kept[2].kind == "bare"
                    and _connected(folded, kept[0], kept[1])
                ):
                    _in_the_old_days_month(folded, kept[:2], kept[2:], today)
                    kept = [kept[2], kept[1]]
                elif kept[1].day == after[0].day and kept[2].kind == "bare":
                    _in_the_old_days_month(
                        folded, kept[:2], [m for m in (kept[0], kept[2]) if m.kind == "bare"], today
                    )
                    kept = [kept[0], kept[2]]
                elif (
                    kept[1].day == after[0].day
                    and kept[0].end <= instead.start() < kept[1].start
                    and _connected(folded, kept[1], kept[2])
                    and kept[0].day < kept[2].day
                ):
                    # "arriveremo solo il 15 invece del 14. La prenotazione è dal 14 al 17 maggio": the new arrival
                    # said before the booked days, to their end
                    _in_the_old_days_month(folded, kept[1:], [m for m in kept[:1] if m.kind == "bare"], today)
                    kept = [kept[0], kept[2]]
            if (
                len(after) == 1
                and len(kept) >= 3
                and (arriving := _arrival_said_instead(folded, kept, instead))
            ):
                # "une réservation pour la fin de semaine du 16 octobre ... on aimerait arriver le jeudi 15 au lieu du
                # vendredi on repart toujours le dimanche": the new arrival and the departure said after it
                kept = arriving
            if kept:
                # (the month of any day given up: "(arrivée le 12 août), nous n'arriverons que le 13 au lieu du 12")
                _in_the_old_days_month(folded, [m for m in mentions if m not in kept], kept, today)
            mentions = kept or mentions
        elif (
            len(mentions) == 3
            and mentions[2].kind == "rel"
            and mentions[2].until is not None
            and all(m.kind in ("abs", "bare") for m in mentions[:2])
            and _connected(folded, mentions[0], mentions[1])
            and _CLAUSE_END.search(folded, mentions[1].end, mentions[2].start)
        ):
            # "die Buchung 66021 (20.-22. März) stornieren. Stattdessen hätten wir gern das erste Wochenende im
            # April": the booked days, then a weekend or a holiday named in their place
            mentions = mentions[2:]
        elif (moved_arrival := _moved_arrival(folded, mentions)) is not None:
            # "dal 9 al 12 luglio ... spostare l'arrivo al 10 luglio lasciando la partenza il 12": the new arrival
            # and the departure kept
            # (a day without its month in the booked one's: "3 nights from 12 April. Could we bring our arrival
            # forward to the 11th?")
            booked = mentions[: mentions.index(moved_arrival[0])]
            _in_the_old_days_month(folded, booked, moved_arrival[:1], today)
            booked_dates = [m for m in booked if m.kind == "abs"]
            if moved_arrival[0].kind == "wd" and booked_dates:
                # "réservé pour la fin de semaine du 6 mars mais on pourra juste arriver samedi": the weekday of the
                # booked days, not the coming one
                old = booked_dates[0]
                moved_arrival[0].near = (
                    _valid(old.year, old.month, old.day)
                    if old.year
                    else _next_day_month(old.day, old.month, today, inclusive=True)
                )
            mentions = moved_arrival
        elif len(mentions) in (3, 4) and _same_day(*mentions[:2]) and _moved_from_to(folded, *mentions[1:3]):
            # "Tengo reserva para este viernes. ¿Me la podéis cambiar del viernes para el sábado?": the booked day
            # said, then moved
            mentions = [mentions[2], *[m for m in mentions[3:] if _said_as_departure(folded, m)]]
            mentions[0].one_night = False
        elif len(mentions) in (2, 3) and _moved_from_to(folded, *mentions[:2]):
            # "could we move our booking from 14 May to 21 May?": the second day is the new arrival (and a third
            # the departure: "Anreise vom 15. auf den 16. Januar verschieben, die Abreise bleibt der 18."; a third
            # day said otherwise is the old one again: "Am Freitag schaffen wir es leider nicht mehr").
            moved = [
                mentions[1],
                *[
                    m
                    for m in mentions[2:]
                    if _said_as_departure(folded, m)
                    or (
                        _connected(folded, mentions[1], m)
                        and not _CLAUSE_END.search(folded, mentions[1].end, m.start)
                    )
                ],
            ]
            # ("pour 2 nuits à partir du 9 juillet, on peut décaler au 16-18?": 16 to 18 July)
            _in_the_old_days_month(folded, mentions[:1], moved, today)
            mentions = moved
            mentions[0].one_night = False
        elif (
            len(mentions) >= 4
            and all(m.kind == "wd" for m in mentions[:4])
            and _MOVED_FROM.search(folded, max(0, mentions[0].start - 12), mentions[0].start)
            and _MOVED_TO.match(folded[mentions[1].end : mentions[2].start])
        ):
            # "switch my stay from sat-mon to fri-sun": the second span of weekdays
            mentions = mentions[2:]
        elif (
            len(mentions) == 4
            and all(m.kind == "wd" for m in mentions[:2])
            # (or the days of the month: "ho prenotato x sabato e domenica ... spostare a sab 17 e dom 18?")
            and all(m.kind in ("wd", "abs", "bare") for m in mentions[2:])
            and _connected(folded, mentions[0], mentions[1])
            and _connected(folded, mentions[2], mentions[3])
            and not _connected(folded, mentions[1], mentions[2])
        ):
            # "we booked for friday and saturday but could we make it saturday and sunday instead": the second pair
            mentions = mentions[2:]
        elif len(mentions) >= 5 and len(ranges := _day_ranges(folded, mentions)) >= 2:
            # "reservou de 10 a 12 de março, ... só chego no dia 11. Dá pra mudar a reserva para de 11 a 13 de
            # março?": the last range named is the new stay
            _in_the_old_days_month(folded, list(ranges[0]), list(ranges[-1]), today)
            mentions = list(ranges[-1])
        elif (
            len(mentions) == 4
            and all(m.kind in ("abs", "bare") for m in mentions)
            # ("dal 25 al 27 maggio. Possiamo restare anche la notte del 27? Quindi partiamo il 28.": a night added and
            # the new departure, read below)
            and not (
                _an_added_night(folded, mentions[2], _nights(folded)) and _leaving_on(folded, mentions[3])
            )
        ):
            # Two stays named in a change, with no "instead of": from the first to the second ("dal 3-5 aprile
            # al 10-12 aprile", "tengo del 14 al 16 pero quisiera pasarlo del 21 al 23").
            if _HAD_BEFORE.search(folded, max(0, mentions[2].start - 40), mentions[2].start):
                # "possiamo spostare al 9-11 luglio? Avevamo il 2-4.": the days had, said last, are the old ones
                mentions = mentions[:2]
            else:
                _in_the_old_days_month(folded, mentions[:2], mentions[2:], today)
                mentions = mentions[2:]
        elif (moved_to_range := _moved_to_a_range(folded, mentions)) is not None:
            # "tenemos la reserva para el viernes 9 y el sábado 10 de julio. ¿Sería posible cambiarla al fin de
            # semana siguiente, del 16 al 18?": the days after the verb of changing are the new stay
            _in_the_old_days_month(
                folded, mentions[: mentions.index(moved_to_range[0])], moved_to_range, today
            )
            mentions = moved_to_range
        elif (moved_to_days := _moved_to_days_named(folded, mentions)) is not None:
            # "this weekend (fri/sat) ... move it to the weekend after next, fri and sat night?": the nights said
            # after the verb are the new stay
            _in_the_old_days_month(folded, mentions[: mentions.index(moved_to_days[0])], moved_to_days, today)
            mentions = moved_to_days
    for pattern, flag in ((_NIGHT_OF, "one"), (_NIGHTS_OF, "list")):
        for m in pattern.finditer(folded):
            nearby = [
                x
                for x in mentions
                if 0 <= x.start - m.end() <= 8
                or _WEEKDAY_GAP.fullmatch(folded, m.end(), max(m.end(), x.start))
            ]
            if nearby and flag == "one":
                nearby[0].one_night = True
                if m["between"]:
                    mentions = [
                        x
                        for x in mentions
                        if not (
                            x.start > nearby[0].end and _BETWEEN_AND.fullmatch(folded, nearby[0].end, x.start)
                        )
                    ]
            elif nearby:
                nearby[-1].one_night = True
                for other in mentions:
                    if other.start > nearby[0].start and _connected(folded, nearby[0], other):
                        nearby[0].one_night = False
                        other.one_night = True
    mentions = _without_a_day_said_before_its_range(folded, mentions, today)
    mentions = _without_events(folded, mentions, _nights(folded), today)
    mentions = _without_a_today_aside(folded, mentions, today)
    mentions = _without_a_day_named_twice(mentions)
    if _WEATHER.search(folded) and not _STAY_WORD.search(folded):
        mentions = []
    if _OTHER_GUESTS.search(folded):
        # "List every guest staying tonight", "dimmi quanti ospiti ci sono stasera": others' stay, none asked for
        mentions = []
    if (
        _TRANSFER.search(folded)
        and _TRAVEL.search(folded)
        and not _STAY_WORD.search(_LANDING_NIGHT.sub(" ", _ARRIVING.sub(" ", folded)))
    ):
        # "¿tienen traslado desde el aeropuerto? llegamos en el vuelo de Caracas el martes": the flight's day is
        # the pick-up's, no stay
        mentions = []
    if _EATING_OUT.search(folded) and not _STAY_WORD.search(
        _ROOM_ALREADY_HAD.sub(" ", _EVENING.sub(" ", _LANDING_NIGHT.sub(" ", folded)))
    ):
        # "¿Me recomendáis algún restaurante para cenar por el centro esta noche?": tonight's dinner, no stay (nor
        # beside the room the guests already have: "un restaurant pour un dîner d'affaires jeudi soir ? On a déjà nos
        # chambres chez vous.")
        mentions = []
    for mention in mentions:
        mention.inclusive = bool(
            _INCLUSIVE_AFTER.match(folded, mention.end)
            or _INCLUSIVE_BEFORE.search(folded[max(0, mention.start - 30) : mention.start])
        )
    for left, right in itertools.pairwise(mentions):
        if (
            left.kind in ("abs", "bare")
            and right.kind in ("abs", "bare")
            and not (left.holiday or right.holiday)
            and _AND.fullmatch(folded, left.end, right.start)
            and not _BETWEEN.search(folded, max(0, left.start - 20), left.start)
        ):
            right.one_night = True  # "el 9 y el 10 de mayo": the nights listed
    mentions = _weekday_lists(folded, mentions)
    _weekdays_before_holidays(folded, mentions)
    mentions = _named_by_dates(folded, _weekdays_named_by_days(folded, mentions), today)
    mentions = _weekdays_by_a_date(folded, mentions, today)
    mentions = _without_a_weekend_its_days_name(folded, mentions)
    if (
        len(mentions) == 2
        and mentions[0].kind == "wd"
        and mentions[1].kind == "abs"
        and _NIGHTS_FROM.search(folded, max(0, mentions[1].start - 40), mentions[1].start)
        and _CLAUSE_END.search(folded, mentions[0].end, mentions[1].start)
    ):
        # "My father fell down the stairs on Saturday ... cancel our booking 47310 (3 nights from 12 November)": a
        # weekday in an earlier clause is no day of the stay a count of nights from a date names
        mentions = mentions[1:]
    mentions = _arrival_first(folded, mentions)
    resolved, unclear = _resolve(mentions, folded, today)
    nights = _nights(_WEEKS_FROM.sub(" ", folded))
    if ambiguous or unclear:
        # One unclear date makes the stay unclear: the dialogue asks rather than quoting a guess.
        return StayDates(ambiguous=True, nights=nights)
    result = StayDates(dates=[d for _, d in resolved], nights=nights)
    if not resolved:
        return result
    first_mention, check_in = resolved[0]
    if modify and (departure := _departure_only(folded, resolved, nights, today)):
        # "tenemos reservado hasta el 18 ... adelantar la salida al 16": the new departure alone, the arrival kept
        return StayDates(check_out=departure, dates=result.dates)
    if modify and _one_end_day_included(folded, resolved):
        # "prolongar hasta el 15 inclusive", "extend until the 15th inclusive", "prolungare fino al 17 compreso": that
        # day's night is the stay's last, so the new departure is the morning after (the arrival kept)
        return StayDates(check_out=check_in + dt.timedelta(days=1), dates=result.dates)
    if modify and _one_day_of_leaving(folded, resolved):
        # one day alone stays as it was, for the caller to read as the departure after the departure word
        return StayDates(check_in=check_in, dates=result.dates)
    if len(resolved) == 1 and not first_mention.until and _an_added_night(folded, first_mention, nights):
        # "make it saturday too": no arrival said, the stay now ends the morning after that night.
        result.check_out = check_in + dt.timedelta(days=1)
        return result
    if modify and len(resolved) >= 2 and (departure := _new_departure(folded, resolved, nights)):
        # "the booking for friday, can we add another night so saturday too", "teníamos reserva para el viernes y
        # el sábado pero queremos alargar la estancia hasta el lunes": the booking's days, then its new departure
        # (the arrival stays).
        return StayDates(check_out=departure, nights=None, dates=result.dates)
    result.check_in = check_in
    later = [(m, d) for m, d in resolved[1:] if d > check_in or (m.until and m.until > check_in)]
    if (
        first_mention.kind == "weekend"
        and len(resolved) >= 3
        and resolved[2][0].kind == "wd"
        and resolved[2][1] > resolved[1][1]
        and _PLUS_A_DAY.fullmatch(folded, first_mention.end, resolved[2][0].start)
    ):
        later = later[1:]  # "the weekend plus Monday": it ends on Monday, not Sunday
    if (
        nights
        and len(later) == 1
        and later[0][0].kind == "wd"
        and not later[0][0].one_night
        and _NIGHTS_FROM.search(folded, max(0, first_mention.start - 40), first_mention.start)
        and _CLAUSE_END.search(folded, first_mention.end, later[0][0].start)
    ):
        # "3 nights from 2 October? ... an early breakfast on the Sunday": a weekday in a later clause is a day of
        # the stay said, not its end.
        later = []
    if later:
        last_mention, last = later[0]
        if last_mention.until and last_mention.until > check_in:
            result.check_out = last_mention.until  # "desde el 20 hasta Año Nuevo"
        else:
            one_more = last_mention.one_night or last_mention.inclusive
            result.check_out = last + dt.timedelta(days=1) if one_more else last
    elif nights:
        if first_mention.weekend_of and check_in.weekday() >= 5 and not first_mention.from_the_day:
            # "la fin de semaine du 13 mars, deux nuits" (a Saturday): the weekend's nights, from its Friday
            check_in = result.check_in = max(today, check_in - dt.timedelta(days=check_in.weekday() - 4))
        result.check_out = check_in + dt.timedelta(days=nights)
    elif first_mention.until:
        result.check_out = first_mention.until
    elif first_mention.weekend_of and check_in.weekday() in (3, 4, 5, 6):
        result.check_out = check_in + dt.timedelta(days=6 - check_in.weekday())
        if check_in.weekday() >= 5 and not first_mention.from_the_day:
            # "le week-end du 4 avril" (a Saturday), "the weekend of the 29th": from that weekend's Friday.
            check_in = result.check_in = max(today, check_in - dt.timedelta(days=check_in.weekday() - 4))
    elif first_mention.one_night:
        result.check_out = check_in + dt.timedelta(days=1)
    if len(resolved) == 3 and result.check_out is not None:
        added, _ = resolved[2]
        day = _valid(check_in.year, check_in.month, added.day) if added.kind == "bare" else None
        if day and _an_added_night(folded, added, nights):
            # "we're booked 14-16 March, could you add the 13th as well?": the night before the stay, or the
            # night of its departure day, joins it
            if day == check_in - dt.timedelta(days=1):
                check_in = result.check_in = day
            elif day == result.check_out:
                result.check_out = day + dt.timedelta(days=1)
    if result.check_out is not None and result.check_out <= check_in:
        # Rules that disagree ("easter 2027" read on 1 January 2028): ask rather than quote nonsense.
        return StayDates(ambiguous=True, nights=nights)
    return result


_HOLIDAY_BEFORE = re.compile(
    r"\b(?:ponte|puente|pont|feriado|festa|fiesta|fete|feiertag)\s+(?:del?|du|do|della|dell'|von|vom)?\s*$"
)
_RANGE_TO = re.compile(
    r"\s*,?\s*(?:to|till|til|until|through|thru|al|a|au|bis|ao|ate|hasta|jusqu'au|jusqu'a|fino al|fino a|-|\u2013)(?:\s|$)"
)
_WEEKEND_HOLIDAY_GAP = re.compile(
    r"\s*(?:largo|long|prolongado|lungo|prolonge)?\s*(?:de la|de l'|del|de|of the|of|du|di|della|dell'|do|da|von|vom|zu|"
    # "das verlängerte Wochenende an Fronleichnam", "the long weekend over Easter", "le week-end de l'Ascension"
    r"an|uber|um|over|at|around)?\s*"
)
_WEEKEND_OF_GAP = re.compile(
    r"\s*(?:largo|long|prolongado|lungo|prolonge)?\s*(?:del?|of the|of|do|da|du|vom|von|dal|del|della|di|,)?\s*(?:dia |the )?"
    # "le week-end du samedi 13 mars", "the weekend of Saturday 13 March": the weekday of the day named
    rf"(?:(?:{_alt(list(_WEEKDAYS_ALL))}),?\s+(?:(?:the|el|le|il|den|dia)\s+)?)?"
)


# "entre Noël et le jour de l'an", "between Christmas and New Year's Day": two holidays, a range.
_BETWEEN_GAP = re.compile(r"\s*(?:et|and|y|e|und)\s+(?:le |la |el |the |il |o |a )?")


# Words a speaker fills a pause with ("le 17 et ben jusqu'au 19", "del 3 eh al 5").
_PAUSE_FILLERS = re.compile(r"\b(?:et ben|eh bien|ben|bah|euh|heu|hum|eh|ehm|um|uh|uhm|tipo|pues|cioe)\b")


def _a_range_between(folded: str, left: _Mention, right: _Mention) -> bool:
    # (a day's ordinal suffix or German full stop is no part of the gap: "1st to 3rd", "1. bis 3.")
    gap = _PAUSE_FILLERS.sub(" ", re.sub(r"^(?:st|nd|rd|th|er|o)?\.?", "", folded[left.end : right.start]))
    to = _RANGE_TO.match(gap)
    return (
        to is not None
        and re.fullmatch(r"\s*(?:(?:the|el|le|il|o|dia|den|dem|zum)\s+)?", gap[to.end() :]) is not None
    )


def _weekdays_named_by_days(folded: str, mentions: list[_Mention]) -> list[_Mention]:
    """A span of weekdays followed by the span of days it is ("de sexta a domingo, dias 1 a 3 de outubro", "du
    vendredi au dimanche donc le 17 et ben jusqu'au 19 septembre", "Friday to Sunday, 1st to 3rd October"): the
    days say which weekdays, which are no days of their own."""
    for index in range(len(mentions) - 3):
        first, second, start, end = mentions[index : index + 4]
        if (
            first.kind == second.kind == "wd"
            and not (first.next_week or first.past or first.this or second.next_week or second.past)
            and start.kind in ("abs", "bare")
            and end.kind in ("abs", "bare")
            and _a_range_between(folded, first, second)
            and _a_range_between(folded, start, end)
            and start.start - second.end <= 30
            and not re.search(r"\d", folded[second.end : start.start])
        ):
            return [*mentions[:index], *mentions[index + 2 :]]
    return mentions


# The end of a range said just before a day ("sat to ", "du samedi au ", "bis "), its first day perhaps unread.
_TO_THE_HOLIDAYS_DAY = re.compile(
    r"(?:\b(?:to|till|until|thru|through|bis|au|al|ao|a|ate|hasta|fino al?|jusqu'au)|-)\s*(?:the\s+|el\s+|le\s+|il\s+|o\s+)?$"
)


def _named_by_dates(folded: str, mentions: list[_Mention], today: dt.date) -> list[_Mention]:
    """Drop what only names the dates that follow: "el fin de semana del 1 de mayo" (the weekend of that
    day), "il ponte del 2 giugno, dal 30 maggio al 2 giugno" (a holiday, then its dates)."""
    for mention in mentions:
        if mention.kind in ("abs", "bare") and _HOLIDAY_BEFORE.search(
            folded[max(0, mention.start - 20) : mention.start]
        ):
            mention.holiday = True
    kept: list[_Mention] = []
    skip_next = False
    restated: list[_Mention] = []
    for index, mention in enumerate(mentions):
        if skip_next:
            skip_next = False
            continue
        if any(mention is m for m in restated):
            continue
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        explicit_next = following is not None and following.kind in ("abs", "bare")
        gap = folded[mention.end : following.start] if following is not None else ""
        if (
            mention.kind == "weekend"
            and following is not None
            and explicit_next
            and _WEEKEND_OF_GAP.fullmatch(gap)
        ):
            following.weekend_of = True
            following.from_the_day = bool(re.search(r"\b(?:largo|long|prolongado|lungo|prolonge)\b", gap))
            if following.holiday and following.date:
                following.weekend_of = False  # "el fin de semana de Pascua": the holiday's own nights
            weekdays = [m for m in mentions[index + 2 : index + 4] if m.kind == "wd"]
            if (
                weekdays
                and all(m.weekday >= 4 for m in weekdays)
                and weekdays[0].start - following.end <= 25
                and not re.search(r"\d", folded[following.end : weekdays[-1].end])
            ):
                # "am Wochenende vom 16. Januar, Fr bis So": the weekend's own days, said again
                restated.extend(weekdays)
            continue
        later_days = [m for m in mentions[index + 1 :] if m.kind in ("abs", "bare") and not m.holiday]
        if mention.kind == "weekend" and len(later_days) >= 2 and later_days[0].start - mention.end <= 60:
            continue  # "a long weekend, probably Fri 17th to Mon 20th April": the days say which one
        if (
            mention.kind == "weekend"
            and following is not None
            and following.holiday
            and _WEEKEND_HOLIDAY_GAP.fullmatch(gap)
        ):
            continue  # "le week-end de Pâques": the holiday says which weekend
        holiday_weekend = False
        if mention.holiday and following is not None and following.kind == "weekend" and not gap.strip():
            skip_next = holiday_weekend = True  # "Easter weekend", "Pentecost weekend"
            # what follows the holiday's weekend says whether its own dates come next ("Thanksgiving weekend is
            # packed, we'd rather come Friday the 3rd to Sunday the 5th of December")
            weekend, following = following, mentions[index + 2] if index + 2 < len(mentions) else None
            explicit_next = following is not None and following.kind in ("abs", "bare")
            gap = folded[weekend.end : following.start] if following is not None else ""
        after_both = mentions[index + 2] if index + 2 < len(mentions) else None
        if (
            mention.holiday
            and following is not None
            and following.holiday
            and _BETWEEN_GAP.fullmatch(gap)
            and after_both is not None
            and after_both.kind in ("abs", "bare")
            and after_both.start - following.end <= 60
        ):
            # "zwischen Weihnachten und Neujahr? So 27. bis 30.": the days that follow say which ones
            day = mention.date or (
                _next_day_month(mention.day, mention.month, today, inclusive=True) if mention.month else None
            )
            if after_both.kind == "bare" and day:
                after_both.after = day - dt.timedelta(days=15)
            skip_next = True
            continue
        if (
            mention.holiday
            and mention.until
            and mention.date is not None
            and following is not None
            and following.holiday
            and following.date is not None
            and mention.date <= following.date <= mention.until
            and len(gap) <= 25
            and _TO_THE_HOLIDAYS_DAY.search(gap)
        ):
            # "over Pentecost (Sat to Whit Monday)", "Easter (Fri to Easter Monday)": a range said after the holiday
            # up to a day of its own, restating its nights ("Easter, just the night of Easter Monday" is no range)
            kept.append(mention)
            skip_next = True
            continue
        range_to = _RANGE_TO.match(gap)
        if (
            mention.holiday
            and explicit_next
            # "Silvester a Zimmer ... vom 30.": the Austrian article, not "to"
            and not (range_to and len(gap) - range_to.end() <= 12)
            and not (following is not None and following.holiday and _BETWEEN_GAP.fullmatch(gap))
        ):
            day = mention.date or (
                _next_day_month(mention.day, mention.month, today, inclusive=True) if mention.month else None
            )
            if (
                following is not None
                and day
                and following.day == day.day
                and following.kind == "bare"
                and index + 2 == len(mentions)
                and len(gap) <= 6
            ):
                # "le réveillon du 31": the holiday's own day said with it, its night kept
                mention.end = following.end
                kept.append(mention)
                skip_next = True
                continue
            if following is not None and following.kind == "bare" and day and len(gap) <= 60:
                # "para año nuevo, del 30 al 2", "o feriado de 21 de abril? De 20 a 22": days without a month
                # are those around the holiday.
                following.after = day - dt.timedelta(days=15)
            continue  # "para Navidad, del 23 al 27": the dates that follow are the stay
        if (
            mention.holiday
            and mention.until
            and mention.date is not None
            and _days_end_at_its_day(folded, mention, mentions[index + 1 :])
        ):
            continue  # "pour le carnaval ... du samedi au mercredi des Cendres": the range says which days
        if (
            mention.holiday
            and mention.until
            and mention.date is not None
            and following is not None
            and following.kind == "wd"
            and not (following.next_week or following.past or following.this)
            and index + 2 == len(mentions)
            and len(gap) <= 200
            and _ARRIVAL_CUE.search(folded, max(0, following.start - 25), following.start)
            and (
                arrival := mention.date + dt.timedelta(days=(following.weekday - mention.date.weekday()) % 7)
            )
            < mention.until
        ):
            # "über Pfingsten bei Ihnen übernachten ... Anreise wäre am Samstag", "over Easter, arriving on Friday":
            # the holiday's day the guests arrive on, to its end
            mention.date = arrival
            kept.append(mention)
            skip_next = True
            continue
        weekend_day = mention.date or (
            _next_day_month(mention.day, mention.month, today, inclusive=True) if mention.month else None
        )
        if (
            (mention.a_weekend or holiday_weekend)
            and following is not None
            and following.kind == "wd"
            and not (following.next_week or following.past or following.this)
            and weekend_day is not None
            and len(gap) <= 80
            and not _RANGE_TO.match(gap)
        ):
            # "el finde después del que viene, viernes y sábado", "Halloween weekend ... Fri and Sat night", "the
            # first weekend of June, Saturday and Sunday": the weekdays of that weekend
            following.near = weekend_day
            continue
        if (
            ((mention.holiday and mention.until) or mention.in_period)
            and following is not None
            and following.kind == "wd"
            and len(gap) <= 60
            and not re.search(r"\d", _NIGHTS.sub(" ", gap))
            # "in a fortnight - could we book Friday and Saturday?": a dash before a clause is no range
            and not (_RANGE_TO.match(gap) and not (mention.in_period and len(gap.split()) > 2))
            and mention.date is not None
            # (a weekday stayed until after a holiday is the one after it: "réservé pour la Pentecôte mais nous
            # aimerions rester jusqu'au mercredi", "over Easter, until Wednesday")
            and not (
                mention.holiday
                and _DEPARTURE_CUE.search(folded, max(0, following.start - 30), following.start)
            )
        ):
            # "Thanksgiving, Thursday to Sunday", "Corpus Christi, de quinta a domingo": the holiday's weekdays.
            following.near = mention.date
            if mention.in_period:
                # "dentro de dos semanas, el viernes y el sábado", "KW 15, Montag bis Mittwoch": the weekdays of
                # that calendar week (its Thursday is within three days of each)
                following.near = mention.date + dt.timedelta(days=3 - mention.date.weekday())
            continue
        kept.append(mention)
    return kept


def _weekday_to_a_holiday(folded: str, left: _Mention, right: _Mention) -> bool:
    """ "du samedi au mercredi des Cendres", "de jueves al Domingo de Resurrección": a weekday running to a day of
    the Easter cycle."""
    gap = folded[left.end : right.start]
    to = _RANGE_TO.match(gap)
    return (
        left.kind == "wd"
        and right.holiday
        and right.date is not None
        and to is not None
        and not gap[to.end() :].strip()
    )


def _weekdays_before_holidays(folded: str, mentions: list[_Mention]) -> None:
    """ "du samedi au mercredi des Cendres": the Saturday is the one before Ash Wednesday, not the coming one."""
    for left, right in itertools.pairwise(mentions):
        if _weekday_to_a_holiday(folded, left, right) and not (left.near or left.past or left.next_week):
            assert right.date is not None
            left.near = right.date - dt.timedelta(days=(right.date.weekday() - left.weekday) % 7 or 7)


def _days_end_at_its_day(folded: str, holiday: _Mention, later: list[_Mention]) -> bool:
    """ "Carnaval ... du samedi au mercredi des Cendres", "Semana Santa ... de jueves al Domingo de Resurrección":
    a weekday running to a day of the holiday named later says which of its days the stay is."""
    assert holiday.date is not None and holiday.until is not None
    return any(
        _weekday_to_a_holiday(folded, left, right)
        and right.date is not None
        and holiday.date <= right.date <= holiday.until
        for left, right in itertools.pairwise(later)
    )


# "sam. et dim.", "Fr/Sa", "Sat n Sun": the nights listed.
_LIST_GAP = re.compile(
    # "lunedì prossimo e martedì", "vendredi prochain et samedi"
    r"(?:\s+(?:prossimo|prochain|que vem|que viene|proximo|next))?"
    # Québec "vendredi pis samedi" ("pis" is "puis", and)
    r"\.?\s*(?:,|&|\+|/)?\s*(?:(?:y|and|n|e|et|und|i|pis|puis)\s+)?(?:(?:el|the|le|o|il|der|den)\s+)?"
)


def _a_day(mention: _Mention) -> bool:
    """A weekday or a relative day ("mañana", "hoje"), not a holiday or a date with its own length."""
    return mention.kind == "wd" or (mention.kind == "rel" and not mention.until)


def _weekday_lists(folded: str, mentions: list[_Mention]) -> list[_Mention]:
    """ "este viernes y sábado", "Friday, Saturday and Sunday": the nights named, so check-out is the day
    after the last one (a range, "de viernes a domingo", keeps its last day as check-out)."""
    kept: list[_Mention] = []
    for mention in mentions:
        left = kept[-1] if kept else None
        gap = folded[left.end : mention.start] if left else ""
        if (
            left
            and _a_day(left)
            and not left.in_period
            and _a_day(mention)
            and gap.strip()
            and _LIST_GAP.fullmatch(gap)
        ):
            mention.one_night = True
            if left.one_night and len(kept) >= 2 and _a_day(kept[-2]):
                kept.pop()  # the middle of a list: only its first and last nights matter
            left.one_night = False
        kept.append(mention)
    return kept


_MONTH_ALONE = re.compile(
    rf"\b(?:en|in|em|im|a|ad|au mois d'|au mois de|en el mes de|nel mese di|no mes de|para|for|pour|fur|per|durante|during|"
    rf"de|of|di|d'|do|del|anfang|mitte|ende|early|mid|late|debut|inizio|fine|inicio de|comeco de|principios de|"
    # "a fines de marzo", "fin mars", "no fim de março", "a metà marzo", "mid-April", "mi-juin"
    rf"primeros de|mediados de|finales de|fines de|fin|fim de|final de|meados de|meta|mi)(?:\s+|-)(?P<m>{_MONTH})\b(?:,?\s+(?:de |del |of |di )?(?P<y>20\d\d)\b)?(?!\s*\d)"
)


_NEXT_MONTH = re.compile(
    r"\b(?:next month|(?:del?|el) mes que viene|(?:del?|el) proximo mes|(?:du|le) mois prochain|nachsten monats|"
    r"nachsten monat|kommenden monats|(?:del|il) mese prossimo|(?:del|il) prossimo mese|(?:do|no) proximo mes|"
    r"(?:do|no) mes que vem)\b"
)
_THIS_MONTH = re.compile(
    r"\b(?:this month|(?:de|este) este mes|de este mes|(?:de|ce) ce mois(?:-ci)?|dieses monats|diesen monat|"
    r"(?:di )?questo mese|(?:deste|neste|este) mes)\b"
)


_MONTH_TO_MONTH = re.compile(
    rf"\b(?:de|di|da|from|du|von|del)\s+(?:{_MONTH})\s+(?:a|al|to|au|auf|para|pra|in)\s+(?:den\s+)?(?P<m>{_MONTH})\b"
    r"(?!\s*\d)"
)


def _apply_month_hint(folded: str, mentions: list[_Mention], today: dt.date) -> None:
    """ "en enero, del 10 al 15": bare days take the month named alone in the message; "del 10 al 15 del
    mes que viene" the next month, "del 20 al 25 de este mes" this one."""
    if not any(m.kind == "abs" for m in mentions) and (
        relative := _NEXT_MONTH.search(folded) or _THIS_MONTH.search(folded)
    ):
        month = today.month % 12 + 1 if relative.re is _NEXT_MONTH else today.month
        for mention in mentions:
            if mention.kind == "bare":
                mention.kind, mention.month = "abs", month
        return
    bare_only = any(m.kind == "bare" for m in mentions) and not any(m.kind == "abs" for m in mentions)
    if bare_only and (moved := _MONTH_TO_MONTH.search(folded)):
        # "spostare la prenotazione di gennaio a febbraio, dal 14 al 16": the days of the month it moves to
        for mention in mentions:
            if mention.kind == "bare":
                mention.kind, mention.month = "abs", MONTHS[moved["m"]]
        return
    hint = _MONTH_ALONE.search(folded)
    in_may = hint is not None and re.fullmatch(
        r"(?:in|during|early|mid|late) may", folded[hint.start() : hint.end("m")]
    )
    if not hint or (
        not in_may
        and hint["m"]
        in {
            "may",
            "mar",
            "jun",
            "jul",
            "sep",
            "oct",
            "nov",
            "dec",
            "jan",
            "feb",
            "apr",
            "aug",
        }
    ):
        return
    if any(m.kind == "abs" for m in mentions):
        return
    for mention in mentions:
        if mention.kind == "bare":
            mention.kind, mention.month = "abs", MONTHS[hint["m"]]
            mention.year = int(hint["y"]) if hint["y"] else None


# "quinze jours", "quince días", "otto giorni": a fortnight and a week said in days.
_DAYS_IDIOM = re.compile(
    # (the word's start and first letter looked at before the words behind it: those fifteen looks at every
    # character made the pattern slow)
    r"\b(?=[qvhoa18])"
    r"(?<!\bdans )(?<!\ben )(?<!\bin )(?<!\btra )(?<!\bfra )(?<!\bde )(?<!\ba )"
    r"(?<!primera )(?<!segunda )(?<!premiere )(?<!seconde )(?<!deuxieme )(?<!primeira )(?<!prima )(?<!seconda )"
    r"(?:(?P<two>quinze jours|quinzaine|quince dias|quincena|quindici giorni|quinze dias|quinzena|vierzehn tage)|"
    r"(?P<one>huit jours|ocho dias|otto giorni|oito dias|acht tage)|"
    # the same in digits ("15 días desde el 2 de agosto", "15 jours à partir du 10", "8 giorni"), not a notice
    # or a time ago ("15 jours avant", "hace 15 días")
    r"(?<!\bhace )(?<!\bha )(?<!\bfaz )(?<!\by a )(?:(?P<two_n>15)|(?P<one_n>8)) (?:jours|dias|giorni)"
    r"(?! (?:antes|avant|prima|de antelacion|de antecedencia|d'avance|in anticipo|atras|fa)\b))\b"
)


_ARTICLES = frozenset({"a", "an", "un", "une", "um", "uma", "una", "uno", "ein", "eine", "einer", "one"})
_FORTNIGHT = re.compile(r"\b(?<!\bin )(?<!\bin a )(?<!\bwithin )(?<!\bwithin a )fortnight\b")


# Nights added to a booking ("add one more night", "um eine Nacht verlängern", "ajouter une nuit", "una noche
# más") say how it changes, not how long the stay is.
_EXTENSION_BEFORE = re.compile(
    r"\b(?:add|adding|extend(?:ing)?(?: it| our stay| the stay| the booking| my stay)? by|agregar|anadir|sumar|"
    r"ajouter|rajouter|prolonger(?: de| d')?|aggiungere|prolungare di|acrescentar|adicionar|"
    r"estender por|prorrogar por|verlangern um|"
    # "ficar mais uma noite", "noch eine Nacht", "encore une nuit", "ancora una notte", "otra noche"
    r"mais|noch|encore|ancora|otra|outra|weitere)\s+$"
)
_EXTENSION_AFTER = re.compile(
    r"\s+(?:mas|de plus|en plus|supplementaires?|mehr|zusatzlich|in piu|a mais|adicionais?|verlangern)\b"
)


# A price per night ("quanto viene a notte?", "what's the rate a night?", "quanto fica a noite?"): "a" after a
# price word is "each", not one night; "how much for a night?" and "¿cuánto cuesta una noche?" keep their night.
_PRICE_BEFORE = re.compile(
    r"\b(?:quanto|cuanto|how much|combien|wie ?viel|kostet|kosten|costa|cuesta|custa|fica|sale|viene|price|rate|"
    r"cost|costs|prezzo|precio|preco|prix|tarifa?|preis|eur|euros?|chf|dollars?)\b[^.?!\n]{0,25}$"
)
_FOR_BEFORE = re.compile(r"\b(?:for|por|para|pra|pour|fur|per)\s+$")


def _a_price_per_night(folded: str, count: re.Match[str]) -> bool:
    before = folded[max(0, count.start() - 40) : count.start()]
    return count["n"] in ("a", "an") and bool(_PRICE_BEFORE.search(before)) and not _FOR_BEFORE.search(before)


def _extends_a_stay(folded: str, count: re.Match[str]) -> bool:
    return bool(
        re.search(r"\b(?:more|extra)\b", count.group())
        or _EXTENSION_BEFORE.search(folded, max(0, count.start() - 40), count.start())
        or _EXTENSION_AFTER.match(folded, count.end())
    )


# "that night and the next", "esa noche y la siguiente", "cette nuit-là et la suivante", "quella notte e la
# successiva", "essa noite e a seguinte", "diese Nacht und die nächste": two nights.
_TWO_NIGHTS_SAID = re.compile(
    r"\b(?:that|this|esa|esta|cette|quella|questa|essa|diese)\s+(?:night|noche|nuit(?:-la)?|notte|noite|nacht)\s*,?\s+"
    r"(?:and|y|et|e|und)\s+(?:the|la|a|die)\s+(?:next(?: one)?|following(?: one)?|siguiente|suivante|successiva|"
    r"seguinte|nachste)\b"
)

_NEXT_ONE_WORDS = ("next", "following", "siguiente", "suivante", "successiva", "seguinte", "nachste")


# The nights of a moved stay kept and counted after ("mudar pro dia 22, mesma quantidade de noites (duas)", "move it to
# the 22nd, same number of nights (two)", "el mismo número de noches (dos)", "le même nombre de nuits (deux)", "gleiche
# Anzahl Nächte (zwei)", "stesso numero di notti (due)").
_SAME_NIGHTS = re.compile(
    r"\b(?:mesma quantidade de noites|mesmo numero de noites|same number of nights|mismo numero de noches|"
    r"misma cantidad de noches|meme nombre de nuits|gleiche anzahl (?:an |von )?nachte|gleiche anzahl (?:an |von )?"
    r"nachten|stesso numero di notti)\s*[(,:-]?\s*(?P<n>" + NUMBER + r")\b"
)


# A form's field ("Nights: 2", "Noches: 2", "Nuits : 2", "Nächte: 2", "Notti: 2", "Noites: 2", "Number of nights: 2").
_NIGHTS_FIELD = re.compile(
    r"(?<!\d )\b(?:number of |no\.? of |n\.? de |numero de |nombre de |anzahl (?:der )?|numero di |quantidade de )?"
    rf"{_NIGHT_NOUN}\s*:\s*(?P<n>{NUMBER})\b"
)


def _nights(folded: str) -> int | None:
    if (field := _NIGHTS_FIELD.search(folded)) and 0 < (to_int(field["n"]) or 0) <= 60:
        return to_int(field["n"])
    if any(word in folded for word in _NEXT_ONE_WORDS) and _TWO_NIGHTS_SAID.search(folded):
        return 2
    if _THAT_NIGHT.search(folded):
        return 1
    if _FORTNIGHT.search(folded):
        return 14
    idiom = _DAYS_IDIOM.search(folded)
    if idiom:
        return 14 if idiom["two"] or idiom["two_n"] else 7
    if (same := _SAME_NIGHTS.search(folded)) and 0 < (to_int(same["n"]) or 0) <= 60:
        return to_int(same["n"])
    # "hoje à noite por duas noites": a count in words or digits wins over an article ("a noite", "a night").
    counts = sorted(
        (
            count
            for count in _NIGHTS.finditer(folded)
            if not _extends_a_stay(folded, count) and not _a_price_per_night(folded, count)
        ),
        key=lambda count: count["n"] in _ARTICLES,
    )
    for count in counts[:1]:
        value = to_int(count["n"])
        if value and 0 < value <= 60:
            return value
    for m in _WEEKS.finditer(folded):
        if _WEEKS_AGO_AFTER.match(folded, m.end()) or _WEEKS_AGO_BEFORE.search(folded, 0, m.start()):
            continue  # "ho prenotato tre settimane fa", "I booked two weeks ago": when, not how long
        before = folded[: m.start()].rstrip()
        if not re.search(
            r"(?:\b(?:fin|fim|fine) de|\b(?:dentro de|in|en|within|daqui a|em|dans|tra|fra))$", before
        ):
            value = to_int(m["n"])
            if value and 0 < value <= 8:
                return value * 7
        return None
    return None


# Weeks counted back from today ("tre settimane fa", "two weeks ago", "hace dos semanas", "há duas semanas", "il y a
# deux semaines", "vor zwei Wochen"): the time something happened, no length of stay.
_WEEKS_AGO_AFTER = re.compile(r"\s+(?:fa|ago|atras|zuvor)\b")
_WEEKS_AGO_BEFORE = re.compile(r"\b(?:hace|ha|faz|il y a|vor|desde hace|since)\s+$")


def names_a_weekday(folded: str) -> bool:
    """Whether the (folded) text names a day of the week ("el lunes", "Monday", "lundi")."""
    return any(re.search(rf"\b{re.escape(name)}\b", folded) for name in _WEEKDAYS_ALL)
