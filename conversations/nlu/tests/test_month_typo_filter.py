"""`_may_be_month_typo` lets the month-typo reading skip most words: it must never skip one `_month_for_typo`
reads as a month."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from conversations.nlu.dates import (
    _FOUR_LETTER_MONTHS,
    _TYPO_TARGETS,
    _may_be_month_typo,
    _month_for_typo,
)


def _one_edit_away(name: str) -> set[str]:
    letters = string.ascii_lowercase
    dropped = {name[:i] + name[i + 1 :] for i in range(len(name))}
    added = {name[:i] + c + name[i:] for i in range(len(name) + 1) for c in letters}
    changed = {name[:i] + c + name[i + 1 :] for i in range(len(name)) for c in letters}
    swapped = {name[:i] + name[i + 1] + name[i] + name[i + 2 :] for i in range(len(name) - 1)}
    return dropped | added | changed | swapped


def test_every_typo_of_a_month_passes() -> None:
    for name in (*_TYPO_TARGETS, *_FOUR_LETTER_MONTHS):
        for word in _one_edit_away(name):
            if _month_for_typo(word, after_a_day=True) or _month_for_typo(word):
                assert _may_be_month_typo(word), word


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcdefgijlmnoprstuvyz", min_size=4, max_size=10))
def test_a_word_read_as_a_month_passes(word: str) -> None:
    if _month_for_typo(word, after_a_day=True) or _month_for_typo(word):
        assert _may_be_month_typo(word)


def test_ordinary_words_are_skipped() -> None:
    assert not _may_be_month_typo("habitacion")
    assert not _may_be_month_typo("quisiera")
    assert _may_be_month_typo("febreo")
