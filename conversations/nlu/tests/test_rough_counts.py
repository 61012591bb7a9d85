"""A count said to be rough is no count (docs/INTERFACES.md): Spanish "unos/unas" and Portuguese "umas" before a
number say "about", as "about ten people" does; the dialogue asks for the number."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "somos un grupo de unas 20 personas, ¿tenéis sitio del 14 al 16 de mayo?",
        "seremos unos 12 amigos para el finde del 20 de febrero",
        "somos umas 15 pessoas, têm quartos de 3 a 5 de março?",
    ],
)
def test_about_n_people_is_no_count(text):
    assert understand(text, today=TODAY).adults is None


def test_a_german_us_before_a_number_still_counts():
    assert understand("Habt ihr ein Zimmer für uns 2 vom 3. bis 5. März?", today=TODAY).adults == 2
