"""`word_alternation` writes a word list as a trie: it must match exactly as the plain longest-first alternation
does, alone, inside a longer pattern that backtracks into it, and under re.IGNORECASE."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from conversations.nlu.numbers import WORD_VALUES
from conversations.nlu.text import word_alternation

_DOTLESS_I = "\u0131"
_LETTERS = "abcdei -'." + _DOTLESS_I
words_lists = st.lists(st.text(alphabet=_LETTERS, min_size=0, max_size=6), min_size=1, max_size=12)


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _spans(pattern: str, text: str, flags: int = 0) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(m.re.groups + 1)) for m in re.finditer(pattern, text, flags)]


@settings(max_examples=300, deadline=None)
@given(words_lists, st.text(alphabet=_LETTERS + "ABI", max_size=30))
def test_matches_as_the_plain_alternation(words: list[str], text: str) -> None:
    trie, plain = word_alternation(words), _plain(words)
    for template in ("(?:{})", r"\b(?P<w>{})\b", "(?P<w>{})(?P<rest>[a-e]*)b", "(?:{})+?x|(?:{})+"):
        for flags in (0, re.IGNORECASE):
            assert _spans(template.format(trie, trie), text, flags) == _spans(
                template.format(plain, plain), text, flags
            )


def test_number_words() -> None:
    pattern = re.compile(rf"\b(?:{word_alternation(WORD_VALUES)})\b")
    assert pattern.search("somos treinta y uno").group() == "treinta y uno"  # type: ignore[union-attr]
    assert pattern.search("somos treinta personas").group() == "treinta"  # type: ignore[union-attr]
    assert word_alternation(["do", "dos", "doce"]) == "do(?:ce|s|)"


def test_letters_one_under_ignorecase_keep_the_plain_list() -> None:
    assert word_alternation(["ia", _DOTLESS_I + "b"]) == _plain(["ia", _DOTLESS_I + "b"])
