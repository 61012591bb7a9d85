"""The kind of room a guest asks for, read from words that also mean other things (round 6)."""

from __future__ import annotations

import pytest

from conversations.engine.room_request import room_kind_asked


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Somos um casal com um bebê de 1 ano, queremos ficar de 2 a 5 de janeiro", ""),
        ("veniamo per un matrimonio, avete una camera per 2 il 12 giugno?", ""),
        ("queria um quarto de casal de 2 a 5 de janeiro", "double"),
        ("¿tienen habitación de matrimonio para el puente?", "double"),
        ("una camera matrimoniale per due notti", "double"),
    ],
)
def test_a_couple_or_a_wedding_is_no_double_room(text, kind):
    assert room_kind_asked(text) == kind
