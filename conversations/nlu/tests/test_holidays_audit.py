"""Holidays as stay dates, from an audit of booking requests in six languages (docs/INTERFACES.md "Understanding
conventions"): "el Corpus", Thanksgiving in Spanish and Portuguese, "die Weihnachtstage", "a Semana Santa" (no
week's length), and the year after "next year" when "weekend"/"holidays" stand between it and the holiday or the
holiday is one evening or day (Nochevieja, Silvester, Halloween, Ostermontag, Ferragosto)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu.tests.support import d, dates

DECEMBER = dt.date(2026, 12, 6)
JANUARY = dt.date(2027, 1, 10)
MARCH = dt.date(2027, 3, 1)


@pytest.mark.parametrize(
    ("lang", "text", "today", "check_in", "check_out"),
    [
        # "el Corpus" (Spain) is Corpus Christi, Thursday to Sunday.
        ("es", "¿tenéis habitación para el Corpus?", DECEMBER, d(5, 27, 2027), d(5, 30, 2027)),
        ("es", "¿hay sitio por el Corpus de este año?", JANUARY, d(5, 27, 2027), d(5, 30, 2027)),
        # Thanksgiving in other languages.
        ("es", "¿tenéis habitación para Acción de Gracias?", DECEMBER, d(11, 25, 2027), d(11, 28, 2027)),
        ("pt", "quarto para o Dia de Ação de Graças", DECEMBER, d(11, 25, 2027), d(11, 28, 2027)),
        # German Christmas days.
        ("de", "ein Zimmer über die Weihnachtstage", DECEMBER, d(12, 24), d(12, 26)),
        (
            "de",
            "Doppelzimmer für die Weihnachtstage nächstes Jahr",
            DECEMBER,
            d(12, 24, 2027),
            d(12, 26, 2027),
        ),
        # "a Semana Santa" is the holiday, not one week from its Thursday.
        ("pt", "quarto para a Semana Santa", DECEMBER, d(3, 25, 2027), d(3, 28, 2027)),
        (
            "pt",
            "queria reservar um quarto durante a Semana Santa do ano que vem",
            DECEMBER,
            d(3, 25, 2027),
            d(3, 28, 2027),
        ),
        ("fr", "vous avez de la place à Semaine Sainte ?", DECEMBER, d(3, 25, 2027), d(3, 28, 2027)),
        ("it", "avete posto a Settimana Santa?", DECEMBER, d(3, 25, 2027), d(3, 28, 2027)),
        # "next year" after "weekend"/"holidays".
        (
            "en",
            "do you have a room for the Easter weekend next year?",
            JANUARY,
            d(4, 14, 2028),
            d(4, 17, 2028),
        ),
        (
            "en",
            "any availability at Thanksgiving weekend next year?",
            JANUARY,
            d(11, 23, 2028),
            d(11, 26, 2028),
        ),
        (
            "en",
            "do you have a room for the Whitsun weekend next year?",
            JANUARY,
            d(6, 3, 2028),
            d(6, 5, 2028),
        ),
        (
            "en",
            "do you have a room for the Christmas holidays next year?",
            DECEMBER,
            d(12, 24, 2027),
            d(12, 26, 2027),
        ),
        # "next year" after an evening: that year's night.
        ("en", "do you have a room for New Year's Eve next year?", DECEMBER, d(12, 31, 2027), d(1, 1, 2028)),
        ("es", "¿hay sitio por Nochevieja del año que viene?", DECEMBER, d(12, 31, 2027), d(1, 1, 2028)),
        (
            "fr",
            "une chambre pour la Saint-Sylvestre l'année prochaine",
            DECEMBER,
            d(12, 31, 2027),
            d(1, 1, 2028),
        ),
        ("de", "Doppelzimmer für Silvester nächstes Jahr", DECEMBER, d(12, 31, 2027), d(1, 1, 2028)),
        ("pt", "quarto para o Réveillon do ano que vem", DECEMBER, d(12, 31, 2027), d(1, 1, 2028)),
        (
            "it",
            "una camera per la notte di Capodanno l'anno prossimo",
            DECEMBER,
            d(12, 31, 2027),
            d(1, 1, 2028),
        ),
        # "next year" after an evening, a day of the Easter cycle or Ferragosto: that year's.
        ("en", "a room for Halloween next year", MARCH, d(10, 31, 2028), d(11, 1, 2028)),
        (
            "es",
            "una habitación para la noche de San Juan del año que viene",
            MARCH,
            d(6, 23, 2028),
            d(6, 24, 2028),
        ),
        ("de", "ein Zimmer für Ostermontag nächstes Jahr", MARCH, d(4, 17, 2028), None),
        ("fr", "une chambre pour le Jeudi saint l'année prochaine", MARCH, d(4, 13, 2028), None),
        ("pt", "quarto para a Quinta-feira Santa do ano que vem", MARCH, d(4, 13, 2028), None),
        ("it", "una camera per Ferragosto l'anno prossimo", MARCH, d(8, 15, 2028), None),
    ],
)
def test_holiday_stays(lang, text, today, check_in, check_out):
    assert dates(text, lang, today) == (check_in, check_out)
