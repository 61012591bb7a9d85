"""Small cardinal numbers (1-31) written as digits or words in the six languages, after `text.fold`."""

from __future__ import annotations

import re

from conversations.nlu.text import word_alternation

_WORDS: dict[int, tuple[str, ...]] = {
    1: (
        "uno",
        "una",
        "un",
        "one",
        "a",
        "an",
        "um",
        "uma",
        "une",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "single",
        "eini",  # Swiss German: "für eini Person"
    ),
    # Swiss and Austrian German: zwöi, zwoa, zwee, drü, föif, sächs, sibe; Neapolitan "dduje", "quatte".
    2: (
        "dos",
        "two",
        "dois",
        "duas",
        "deux",
        "zwei",
        "zwo",
        "due",
        "couple",
        "zwoi",
        "zwoa",
        "zwee",
        "dduje",
    ),
    3: ("tres", "three", "trois", "drei", "tre", "dru"),
    4: ("cuatro", "four", "quatro", "quatre", "vier", "quattro", "quatte"),
    5: ("cinco", "five", "cinq", "funf", "fuenf", "cinque", "foif"),
    6: ("seis", "six", "sechs", "sei", "sachs"),
    7: ("siete", "seven", "sete", "sept", "sieben", "sette", "sibe"),
    8: ("ocho", "eight", "oito", "huit", "acht", "otto"),
    9: ("nueve", "nine", "nove", "neuf", "neun"),
    10: ("diez", "ten", "dez", "dix", "zehn", "dieci"),
    11: ("once", "eleven", "onze", "elf", "undici"),
    12: ("doce", "twelve", "doze", "douze", "zwolf", "zwoelf", "dodici"),
    13: ("trece", "thirteen", "treze", "treize", "dreizehn", "tredici"),
    14: ("catorce", "fourteen", "catorze", "quatorze", "quatorze", "vierzehn", "quattordici"),
    15: ("quince", "fifteen", "quinze", "funfzehn", "quindici"),
    16: ("dieciseis", "sixteen", "dezesseis", "dezasseis", "seize", "sechzehn", "sedici"),
    17: ("diecisiete", "seventeen", "dezessete", "dezassete", "dix-sept", "siebzehn", "diciassette"),
    18: ("dieciocho", "eighteen", "dezoito", "dix-huit", "achtzehn", "diciotto"),
    19: ("diecinueve", "nineteen", "dezenove", "dezanove", "dix-neuf", "neunzehn", "diciannove"),
    20: ("veinte", "twenty", "vinte", "vingt", "zwanzig", "venti"),
    21: (
        "veintiuno",
        "veintiun",
        "veintiuna",
        "twenty-one",
        "vinte e um",
        "vingt et un",
        "einundzwanzig",
        "ventuno",
    ),
    22: ("veintidos", "twenty-two", "vinte e dois", "vingt-deux", "zweiundzwanzig", "ventidue"),
    23: ("veintitres", "twenty-three", "vinte e tres", "vingt-trois", "dreiundzwanzig", "ventitre"),
    24: ("veinticuatro", "twenty-four", "vinte e quatro", "vingt-quatre", "vierundzwanzig", "ventiquattro"),
    25: ("veinticinco", "twenty-five", "vinte e cinco", "vingt-cinq", "funfundzwanzig", "venticinque"),
    26: ("veintiseis", "twenty-six", "vinte e seis", "vingt-six", "sechsundzwanzig", "ventisei"),
    27: ("veintisiete", "twenty-seven", "vinte e sete", "vingt-sept", "siebenundzwanzig", "ventisette"),
    28: ("veintiocho", "twenty-eight", "vinte e oito", "vingt-huit", "achtundzwanzig", "ventotto"),
    29: ("veintinueve", "twenty-nine", "vinte e nove", "vingt-neuf", "neunundzwanzig", "ventinove"),
    30: ("treinta", "thirty", "trinta", "trente", "dreissig", "trenta"),
    31: ("treinta y uno", "thirty-one", "trinta e um", "trente et un", "einunddreissig", "trentuno"),
}

_ORDINALS: dict[int, tuple[str, ...]] = {
    1: (
        "first",
        "primero",
        "primer",
        "primeira",
        "primeiro",
        "premier",
        "premiere",
        "erste",
        "ersten",
        "primo",
        "prima",
    ),
    2: (
        "second",
        "segundo",
        "segunda",
        "deuxieme",
        "second",
        "seconde",
        "zweite",
        "zweiten",
        "secondo",
        "seconda",
    ),
    3: (
        "third",
        "tercero",
        "tercer",
        "tercera",
        "terceiro",
        "terceira",
        "troisieme",
        "dritte",
        "dritten",
        "terzo",
        "terza",
    ),
    4: ("fourth", "cuarto", "cuarta", "quarto", "quarta", "quatrieme", "vierte", "vierten"),
    5: ("fifth", "quinto", "quinta", "cinquieme", "funfte", "funften"),
}

# Counts said as a phrase: "un par de noches", "a couple of nights", "una docena de personas", "half a dozen".
# ("ein paar" is "a few", not two.)
_PHRASES: dict[str, int] = {
    **dict.fromkeys(
        ("un par", "un par de", "a couple", "a couple of", "um par", "um par de", "un paio", "un paio di"), 2
    ),
    **dict.fromkeys(
        (
            "una docena",
            "una docena de",
            "a dozen",
            "one dozen",
            "une douzaine",
            "une douzaine de",
            "ein dutzend",
            "una dozzina",
            "una dozzina di",
            "uma duzia",
            "uma duzia de",
        ),
        12,
    ),
    **dict.fromkeys(
        (
            "media docena",
            "media docena de",
            "half a dozen",
            "une demi-douzaine",
            "une demi-douzaine de",
            "ein halbes dutzend",
            "mezza dozzina",
            "mezza dozzina di",
            "meia duzia",
            "meia duzia de",
        ),
        6,
    ),
}

WORD_VALUES: dict[str, int] = {}
for _value, _names in _WORDS.items():
    for _name in _names:
        WORD_VALUES.setdefault(_name, _value)
WORD_VALUES.update(_PHRASES)
_EN_ORDINALS = [
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
for _offset, _name in enumerate(_EN_ORDINALS, start=6):
    _ORDINALS[_offset] = (*_ORDINALS.get(_offset, ()), _name)
for _unit, _name in enumerate(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"), start=1
):
    _ORDINALS[20 + _unit] = (f"twenty-{_name}", f"twenty {_name}")
_ORDINALS[30] = ("thirtieth",)
_ORDINALS[31] = ("thirty-first", "thirty first")

# German day ordinals ("am zwölften Juni", "ab dem einundzwanzigsten"): the cardinal plus -te(n) up to 19,
# -ste(n) from 20, with the irregular erste, dritte, siebte and achte.
_DE_CARDINALS = [
    "zwei",
    "vier",
    "funf",
    "sechs",
    "neun",
    "zehn",
    "elf",
    "zwolf",
    "dreizehn",
    "vierzehn",
    "funfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
    "zwanzig",
    "einundzwanzig",
    "zweiundzwanzig",
    "dreiundzwanzig",
    "vierundzwanzig",
    "funfundzwanzig",
    "sechsundzwanzig",
    "siebenundzwanzig",
    "achtundzwanzig",
    "neunundzwanzig",
    "dreissig",
    "einunddreissig",
]
_DE_STEMS = {1: "erste", 3: "dritte", 7: "siebte", 8: "achte"}
for _cardinal in _DE_CARDINALS:
    _value = WORD_VALUES[_cardinal]
    _DE_STEMS[_value] = _cardinal + ("ste" if _value >= 20 else "te")
for _value, _stem in _DE_STEMS.items():
    _ORDINALS[_value] = (*_ORDINALS.get(_value, ()), *(_stem + end for end in ("", "n", "r", "s")))

ORDINAL_VALUES: dict[str, int] = {}
for _value, _names in _ORDINALS.items():
    for _name in _names:
        ORDINAL_VALUES.setdefault(_name, _value)

# Longest first so that "treinta y uno" wins over "treinta".
_ALTERNATION = word_alternation(WORD_VALUES)
NUMBER = rf"(?:\d{{1,2}}|{_ALTERNATION})"
# Day numbers in dates: words only from 2 up, so that articles ("un", "a") never become the 1st.
_DAY_WORDS = word_alternation(
    w for w, v in WORD_VALUES.items() if v > 1 and w != "couple" and w not in _PHRASES
)
DAY_NUMBER = rf"(?:[0-3]?\d|{_DAY_WORDS})"


NUMBER_WORDS = re.compile(rf"(?<![\w'-]){NUMBER}(?![\w'-])")


def counts_in(folded: str) -> list[int]:
    """Every count a short text says, phrases read whole: "un par" -> [2], "tres por favor" -> [3]."""
    return [value for m in NUMBER_WORDS.finditer(folded) if (value := to_int(m.group())) is not None]


def to_int(token: str) -> int | None:
    """'3', 'tres', 'drei', 'trois' -> 3; 'un par' -> 2; anything else -> None."""
    token = " ".join(token.split()).rstrip(".")
    if token.isdigit():
        return int(token)
    return WORD_VALUES.get(token)
