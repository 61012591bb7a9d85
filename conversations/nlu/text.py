"""Text normalisation shared by every part of the understanding layer.

Guests write without accents, with emoji and in capitals; the rules and the model see one canonical form:
lower case, accents stripped, emoji and control characters turned into spaces, whitespace collapsed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Long messages are cut: the first part of a message carries its intent, and regexes stay linear and fast.
MAX_CHARS = 1000

_SPACES = re.compile(r"\s+")
# En and em dashes (U+2013, U+2014) are hyphens: "12.-15. Oktober" written with either is a range.
_GERMAN = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "\u2019": "'",
        "`": "'",
        "\u00b4": "'",
        "\u2013": "-",
        "\u2014": "-",
        # Arrows between two dates ("Fri 2/12 → Sun 2/14", "20/12 ➡️ 23/12") are dashes too.
        "\u2192": "-",
        "\u21d2": "-",
        "\u2794": "-",
        "\u279c": "-",
        "\u27a1": "-",
    }
)


# German written without umlauts ("fuer 2 Naechte", "moechte", "Fruehstueck"): the common words take their
# folded form ("fur 2 nachte"), so the rules that know "Nächte" know them. Only these words: "ue" and "ae" are
# ordinary letters elsewhere ("neue", "Spanish fuera").
_UMLAUT_SPELLED = re.compile(
    r"\b(?:fuers?\b|(?:ueber)?naechs?t|moecht|fruehstueck|koenn|waere|haett|zurueck|gruess|tschuess|muess|ueber"
    r"|schoen|groess|maerz|kuech|buecher|tuer\b|fuenf)[a-z]*"
)


def _umlauts(match: re.Match[str]) -> str:
    return match.group(0).replace("ae", "a").replace("oe", "o").replace("ue", "u")


# Common misspellings of the words a request turns on, none of them a word in the six languages: the model and
# the rules see the word meant ("id like to cancle my bookin" was out of scope).
_TYPOS = {
    "cancle": "cancel",
    "cancell": "cancel",
    "bookin": "booking",
    "boking": "booking",
    "resevation": "reservation",
    "reservaton": "reservation",
    "reservaiton": "reservation",
    "availible": "available",
    "avaliable": "available",
    "availabe": "available",
    "tommorow": "tomorrow",
    "tomorow": "tomorrow",
    "tommorrow": "tomorrow",
    "kiero": "quiero",
    "kisiera": "quisiera",
    "reserbar": "reservar",
    "reserba": "reserva",
    "havitacion": "habitacion",
    "avitacion": "habitacion",
    "abitacion": "habitacion",
    "qro": "quero",
    "qria": "queria",
}
_TYPO = re.compile(r"\b(?:" + "|".join(_TYPOS) + r")\b")


def _typo(match: re.Match[str]) -> str:
    return _TYPOS[match.group(0)]


# A node of a word trie: each next character to its node, "" to {} where a word ends.
_Trie = dict[str, "_Trie"]


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of the (lower-case) words, longest first, written as a trie: "treinta y uno" before
    "treinta", so "a|b|c" the callers group.

    It matches as `"|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))` does, backtracking
    included: words that start with different characters never both match in one place, and those that share a
    start are still tried longest first. The regex engine then checks each next character once, not once a word
    (a search tries every alternative at every word start: long lists of number or month names were a large part
    of the rules' time).
    """
    longest_first = sorted(words, key=len, reverse=True)
    trie: _Trie = {}
    for word in longest_first:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    if all(word == word.lower() for word in longest_first) and _siblings_differ_in_any_case(trie):
        return "|".join(_trie_alternatives(trie))
    return "|".join(re.escape(w) for w in longest_first)  # (case-insensitive siblings: the plain list)


def _siblings_differ_in_any_case(node: _Trie) -> bool:
    # (under re.IGNORECASE "i" and the dotless i (U+0131) are one letter: the branches would no longer exclude each other)
    chars = [char for char in node if char]
    return len({char.upper() for char in chars}) == len(chars) and all(
        _siblings_differ_in_any_case(child) for child in node.values()
    )


def _trie_alternatives(node: _Trie) -> list[str]:
    alternatives = []
    for char, child in node.items():
        if char:
            rest = _trie_alternatives(child)
            alternatives.append(re.escape(char) + (rest[0] if len(rest) == 1 else f"(?:{'|'.join(rest)})"))
    if "" in node:
        alternatives.append("")  # the word ending here, after the longer ones it starts
    return alternatives


def clip(text: str) -> str:
    """The part of a message the layer reads: at most MAX_CHARS characters, no NUL bytes."""
    return text[:MAX_CHARS].replace("\x00", " ")


# One message is folded whole and in parts by several rule layers (seventeen calls a message); the answer is kept.
@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case without accents; emoji, symbols and control characters become spaces.

    The length of the text changes, so spans found in the folded text don't index the original.
    """
    text = text.lower().translate(_GERMAN)
    out: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        category = unicodedata.category(char)
        if category == "Mn":  # combining accent
            continue
        if category[0] in "LN" or char in " .,;:!?¿¡/-@#+'&()%€$\n\t":
            out.append(char)
        else:
            out.append(" ")
    return _TYPO.sub(_typo, _UMLAUT_SPELLED.sub(_umlauts, _SPACES.sub(" ", "".join(out)).strip()))


def has_letters(text: str) -> bool:
    return any(unicodedata.category(c)[0] == "L" for c in text)


_WORD = re.compile(r"[a-z0-9]+")
# One question of a message, from the end of the sentence before it ("Gibt es einen Pool? Und ist der Parkplatz
# kostenlos?" holds two).
QUESTION_SENTENCE = re.compile(r"[^?.!\n]*\?")


def words(folded: str) -> list[str]:
    return _WORD.findall(folded)
