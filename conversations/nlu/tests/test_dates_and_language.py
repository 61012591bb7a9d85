"""Dates (month names, ranges across years, weekdays, holidays, durations, unclear dates) and the language
of short and mixed messages: the rule layers on their own, fast."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import language
from conversations.nlu.dates import stay_dates
from conversations.nlu.tests.support import d
from conversations.nlu.tests.support import dates as stay_of
from conversations.nlu.text import fold

WEDNESDAY = dt.date(2026, 11, 25)


def dates(text: str, lang: str, today: dt.date = WEDNESDAY) -> tuple[dt.date | None, dt.date | None]:
    return stay_of(text, lang, today)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # Month names with and without "de"/"of", ranges across months and years.
        ("es", "del 28 de diciembre al 2 de enero", d(12, 28), d(1, 2, 2027)),
        ("es", "del 28 al 2 de enero", d(12, 28), d(1, 2, 2027)),
        ("es", "20 diciembre al 22 diciembre", d(12, 20), d(12, 22)),
        ("en", "from December 28 to January 2", d(12, 28), d(1, 2, 2027)),
        ("en", "the 20th of December to the 23rd", d(12, 20), d(12, 23)),
        ("pt", "de 3 de março a 6 de março", d(3, 3, 2027), d(3, 6, 2027)),
        ("fr", "du 3 au 6 mars", d(3, 3, 2027), d(3, 6, 2027)),
        ("de", "vom 28.12. bis 2.1.", d(12, 28), d(1, 2, 2027)),
        ("it", "dal 3 al 6 marzo 2027", d(3, 3, 2027), d(3, 6, 2027)),
        # Weekdays listed are those nights; a range ends on its last day.
        ("es", "¿Tenéis habitación para este viernes y sábado?", d(11, 27), d(11, 29)),
        ("es", "el viernes, sábado y domingo", d(11, 27), d(11, 30)),
        ("es", "de viernes a domingo", d(11, 27), d(11, 29)),
        ("en", "this Friday and Saturday", d(11, 27), d(11, 29)),
        ("pt", "sexta e sábado", d(11, 27), d(11, 29)),
        ("fr", "vendredi et samedi", d(11, 27), d(11, 29)),
        ("de", "Freitag und Samstag", d(11, 27), d(11, 29)),
        ("it", "venerdì e sabato", d(11, 27), d(11, 29)),
        ("en", "next Friday", d(11, 27), None),
        ("es", "el finde", d(11, 27), d(11, 29)),
        ("fr", "ce week-end", d(11, 27), d(11, 29)),
        # A number after a weekday that counts nights is not a day of the month.
        ("es", "el próximo viernes 2 noches", d(11, 27), d(11, 29)),
        # Durations.
        ("es", "3 noches desde el 20", d(12, 20), d(12, 23)),
        ("en", "a week from Monday", d(11, 30), d(12, 7)),
        ("fr", "quinze jours à partir du 3 mars", d(3, 3, 2027), d(3, 17, 2027)),
        ("it", "quindici giorni dal 2 agosto", d(8, 2, 2027), d(8, 16, 2027)),
        # Holidays computed for their next occurrence (Easter 2027 is 28 March) or the year stated.
        ("es", "para Semana Santa", d(3, 25, 2027), d(3, 28, 2027)),
        ("es", "Semana Santa 2028", d(4, 13, 2028), d(4, 16, 2028)),
        ("en", "over Easter", d(3, 26, 2027), d(3, 29, 2027)),
        ("fr", "pour Pâques", d(3, 26, 2027), d(3, 29, 2027)),
        ("de", "an Pfingsten", d(5, 15, 2027), d(5, 17, 2027)),
        ("pt", "no Carnaval", d(2, 6, 2027), d(2, 10, 2027)),
        ("it", "a Ferragosto", d(8, 15, 2027), None),
        ("es", "en Navidad", d(12, 24), d(12, 26)),
        ("en", "for New Year", d(12, 31), d(1, 1, 2027)),
        ("es", "del 20 de diciembre hasta Año Nuevo", d(12, 20), d(1, 1, 2027)),
        # Wishes are not stays.
        ("es", "¡Feliz Navidad! ¿Tenéis parking?", None, None),
        ("en", "Merry Christmas, a room on the 20th?", d(12, 20), None),
    ],
)
def test_stay_dates(lang, text, check_in, check_out):
    assert dates(text, lang) == (check_in, check_out)


def test_tonight_is_the_night_of_the_day_given():
    # The engine gives the hotel's date of the night in progress (yesterday's before the cutoff).
    assert dates("¿tenéis habitación para esta noche?", "es", today=d(11, 25)) == (d(11, 25), d(11, 26))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "a room on 03/04"),  # 3 April or 4 March
        ("es", "una doble para el 31"),  # November has 30 days: the 30th, or 31 December?
        ("en", "from the 28th to the 31st"),
    ],
)
def test_unclear_dates_are_ambiguous_and_give_no_stay(lang, text):
    found = stay_dates(fold(text), today=WEDNESDAY, lang=lang)
    assert found.ambiguous and found.check_in is None and found.check_out is None


def test_clear_dates_are_not_ambiguous():
    for lang, text in (("en", "a room on 20/04"), ("es", "el 30"), ("es", "el 31 de diciembre")):
        assert not stay_dates(fold(text), today=WEDNESDAY, lang=lang).ambiguous


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Qual é a password do wifi?"),
        ("pt", "qual a senha do wifi?"),
        ("pt", "A que horas é o check-in?"),
        ("pt", "Quanto custa?"),
        ("es", "¿Cuál es la contraseña del wifi?"),
        ("es", "si cancelo una semana antes me cobrais algo?"),
        ("it", "Qual è la password del wifi?"),
        ("it", "C'è il parcheggio?"),
        ("fr", "Quel est le mot de passe du wifi ?"),
        ("fr", "C'est combien ?"),
        ("de", "Gibt es Parkplätze?"),
        ("en", "What's the wifi password?"),
    ],
)
def test_short_questions_in_their_language(lang, text):
    assert language.detect(text, conversation_language=None, default_language="es") == lang


@pytest.mark.parametrize(
    ("conversation", "text", "expected"),
    [
        ("es", "ok", "es"),
        ("es", "2", "es"),
        ("pt", "ok", "pt"),
        ("it", "wifi?", "it"),
        ("es", "Qual é a password do wifi?", "pt"),  # clear Portuguese words: the guest switched
        ("it", "Quanto custa?", "pt"),
        ("es", "Gibt es Parkplätze?", "de"),
        ("it", "What's the wifi password?", "en"),
        ("pt", "Accettate cani?", "it"),
        ("it", "Giulia Rossi, giulia.rossi@example.it", "it"),  # an address is not English words
        ("es", "Ana García, ana.garcia@example.com", "es"),
    ],
)
def test_a_conversation_keeps_its_language_unless_the_guest_clearly_switches(conversation, text, expected):
    assert language.detect(text, conversation_language=conversation, default_language="es") == expected


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        ("es", "para el puente de mayo del 1 al 3", d(5, 1, 2027), d(5, 3, 2027)),
        ("en", "Friday and Saturday night next week", d(12, 4), d(12, 6)),
        ("es", "el viernes de la semana que viene", d(12, 4), None),
        ("it", "per Ferragosto, dal 14 al 17 agosto", d(8, 14, 2027), d(8, 17, 2027)),
        ("es", "en Semana Santa, del 25 al 28 de marzo", d(3, 25, 2027), d(3, 28, 2027)),
    ],
)
def test_context_words_around_dates(lang, text, check_in, check_out):
    assert dates(text, lang) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        ("es", "el fin de semana largo del 1 de mayo", d(5, 1, 2027), d(5, 2, 2027)),  # a Saturday
        ("pt", "o fim de semana de 17 a 19 de abril", d(4, 17, 2027), d(4, 19, 2027)),
        ("es", "pa el 15 d agosto 2 noches", d(8, 15, 2027), d(8, 17, 2027)),
        ("es", "del veinte al veintitrés de abril", d(4, 20, 2027), d(4, 23, 2027)),
        ("es", "para Navidad, 2 adultos y 2 chicos", d(12, 24), d(12, 26)),
        (
            "en",
            "arriving Tuesday the 14th of April and leaving Friday the 17th",
            d(4, 14, 2027),
            d(4, 17, 2027),
        ),
        ("it", "per il ponte del 2 giugno, dal 30 maggio al 2 giugno", d(5, 30, 2027), d(6, 2, 2027)),
    ],
)
def test_weekends_and_holidays_named_by_their_dates(lang, text, check_in, check_out):
    assert dates(text, lang) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        ("es", "mañana y pasado", d(11, 26), d(11, 28)),
        ("pt", "hoje e amanhã", d(11, 25), d(11, 27)),
        ("en", "tonight and tomorrow night", d(11, 25), d(11, 27)),
        ("es", "dentro de dos semanas, 3 noches", d(12, 9), d(12, 12)),
        ("pt", "daqui a duas semanas", d(12, 9), None),
        ("fr", "dans quinze jours", d(12, 9), None),
        ("de", "in einer Woche für 2 Nächte", d(12, 2), d(12, 4)),
        ("it", "tra 3 giorni", d(11, 28), None),
        ("es", "hay 3 días de fiesta en el pueblo", None, None),
    ],
)
def test_relative_days(lang, text, check_in, check_out):
    assert dates(text, lang) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        ("en", "May 3-5", d(5, 3, 2027), d(5, 5, 2027)),
        ("en", "June 5 to 6 adults", d(6, 5, 2027), None),
        ("es", "sáb 1 de mayo a lun 3", d(5, 1, 2027), d(5, 3, 2027)),
        ("es", "primero de mayo al tres", d(5, 1, 2027), d(5, 3, 2027)),
        ("en", "the first of May to the third", d(5, 1, 2027), d(5, 3, 2027)),
        ("de", "vom 23. bis zum 25. Mai", d(5, 23, 2027), d(5, 25, 2027)),
        ("fr", "entre le 3 et le 5 mai", d(5, 3, 2027), d(5, 5, 2027)),
        ("pt", "entrada dia 3 de maio saída dia 5", d(5, 3, 2027), d(5, 5, 2027)),
        ("it", "arrivo il 3 maggio, partenza il 5", d(5, 3, 2027), d(5, 5, 2027)),
        ("pt", "entrada dia 3 de maio saída dia 5, 2 adultos", d(5, 3, 2027), d(5, 5, 2027)),
        ("fr", "arrivée le 3 mai départ le 5: possible ?", d(5, 3, 2027), d(5, 5, 2027)),
        ("es", "el 5,50 € por noche", None, None),
    ],
)
def test_month_names_in_many_shapes(lang, text, check_in, check_out):
    assert dates(text, lang) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        ("es", "la primera quincena de julio", d(7, 1, 2027), d(7, 16, 2027)),
        ("es", "la segunda quincena de agosto, 2 adultos", d(8, 16, 2027), d(9, 1, 2027)),
        ("fr", "la seconde quinzaine de décembre", d(12, 16), d(1, 1, 2027)),
        ("it", "la prima quindicina di agosto", d(8, 1, 2027), d(8, 16, 2027)),
        ("es", "una quincena desde el 3 de agosto", d(8, 3, 2027), d(8, 17, 2027)),
    ],
)
def test_fortnights(lang, text, check_in, check_out):
    assert dates(text, lang) == (check_in, check_out)
