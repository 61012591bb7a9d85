"""Dates of issue 11 in six languages: month abbreviations, "inclusive" end dates, "solo esa noche", a
departure named before the arrival, bridges (puente, ponte, pont, feriadão), days of a flight or a wedding
next to the stay's own, "lundi en huit" (docs/INTERFACES.md, "Understanding conventions")."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.dates import stay_dates
from conversations.nlu.tests.support import WEDNESDAY, d, dates
from conversations.nlu.text import fold


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        ("es", "2 noches llegando el 15 ago", d(8, 15), d(8, 17)),
        ("es", "del 2 al 5 de dic.", d(12, 2), d(12, 5)),
        ("pt", "de 3 a 6 de set.", d(9, 3), d(9, 6)),
        ("pt", "chegada 20 dez, saída 2 jan", d(12, 20), d(1, 2, 2027)),
        ("fr", "du 1er au 4 juil.", d(7, 1), d(7, 4)),
        ("fr", "le 12 avr.", d(4, 12), None),
        ("de", "vom 12. Okt. bis 15. Okt.", d(10, 12), d(10, 15)),
        ("de", "ab 3. Mrz. 2027", d(3, 3, 2027), None),
        ("it", "dal 10 al 12 ott.", d(10, 10), d(10, 12)),
        ("it", "il 2 mag", d(5, 2), None),
        ("en", "3rd Sept to 6th Sept", d(9, 3), d(9, 6)),
    ],
)
def test_month_abbreviations_after_a_day(
    lang: str, text: str, check_in: dt.date, check_out: dt.date | None
) -> None:
    assert dates(text, lang) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the room was 4 out of 5 at best"),
        ("en", "I wrote 2 ago"),
        ("en", "we need 1 set of towels more"),
        ("pt", "nota 4 out of 5"),
    ],
)
def test_words_that_look_like_month_abbreviations_are_no_dates(lang: str, text: str) -> None:
    assert dates(text, lang) == (None, None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "a partir del día 14 de marzo y hasta el 17 inclusive"),
        ("en", "from 14 March until 17 March inclusive"),
        ("fr", "du 14 au 17 mars inclus"),
        ("de", "vom 14. bis einschließlich 17. März"),
        ("it", "dal 14 al 17 marzo compreso"),
        ("pt", "de 14 a 17 de março, inclusive"),
    ],
)
def test_an_end_date_said_inclusive_is_a_night_of_the_stay(lang: str, text: str) -> None:
    assert dates(text, lang) == (d(3, 14), d(3, 18))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "del 20 al 23, incluido el desayuno?"),
        ("en", "from the 20th to the 23rd inclusive of breakfast"),
        ("it", "dal 20 al 23 incluso colazione"),
    ],
)
def test_inclusive_said_of_something_else_keeps_the_check_out(lang: str, text: str) -> None:
    assert dates(text, lang) == (d(3, 20), d(3, 23))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "para el 15 de agosto, solo esa noche"),
        ("en", "the 15th of August, just that night"),
        ("fr", "le 15 août, seulement cette nuit"),
        ("de", "am 15. August, nur diese Nacht"),
        ("it", "il 15 agosto, solo quella notte"),
        ("pt", "dia 15 de agosto, apenas essa noite"),
    ],
)
def test_only_that_night_is_one_night(lang: str, text: str) -> None:
    assert dates(text, lang) == (d(8, 15), d(8, 16))


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        ("en", "checking out on the 23rd, arriving the 20th", d(3, 20), d(3, 23)),
        ("es", "saliendo el 23 y llegando el 20", d(3, 20), d(3, 23)),
        ("pt", "quero ficar até dia 12 de abril, chegando dia 9", d(4, 9), d(4, 12)),
        ("fr", "départ le 5, arrivée le 3", d(4, 3), d(4, 5)),
        ("de", "Abreise am 7., Anreise am 4. Mai", d(5, 4), d(5, 7)),
        ("it", "partenza il 9, arrivo il 6 aprile", d(4, 6), d(4, 9)),
    ],
)
def test_a_departure_named_before_the_arrival(
    lang: str, text: str, check_in: dt.date, check_out: dt.date
) -> None:
    assert dates(text, lang) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # 2026: 6 December a Sunday, 8 December a Tuesday.
        ("es", "¿tenéis algo para el puente de diciembre?", d(12, 4), d(12, 8)),
        ("es", "el puente de mayo", d(5, 1), d(5, 3)),  # a Friday
        ("es", "el puente del Pilar", d(10, 10), d(10, 12)),  # a Monday
        ("it", "c'è posto per il ponte del 2 giugno?", d(5, 30), d(6, 2)),  # a Tuesday
        ("it", "il ponte dell'Immacolata", d(12, 5), d(12, 8)),
        ("fr", "pour le pont du 14 juillet", d(7, 11), d(7, 14)),  # a Tuesday
        ("pt", "no feriadão de Tiradentes", d(4, 18), d(4, 21)),  # a Tuesday
        ("de", "Brückentag am 1. Mai", d(5, 1), d(5, 3)),
        # The bridge's own dates when the guest gives them.
        ("it", "il ponte del 2 giugno, dal 31 maggio al 2 giugno", d(5, 31), d(6, 2)),
        # 2027: 6 December a Monday, 8 December a Wednesday (the 7th is the bridge).
        ("es", "el puente de la Constitución", d(12, 4, 2027), d(12, 8, 2027)),
    ],
)
def test_a_bridge_is_the_long_weekend_around_its_holiday(
    lang: str, text: str, check_in: dt.date, check_out: dt.date
) -> None:
    today = d(12, 20) if check_in.year == 2027 else WEDNESDAY
    assert dates(text, lang, today) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        ("es", "Habitación del 5 al 8 de mayo. Nuestro vuelo aterriza el 4 a las 22h", d(5, 5), d(5, 8)),
        (
            "en",
            "We're coming for a wedding on the 20th, need a room from the 19th to the 21st",
            d(3, 19),
            d(3, 21),
        ),
        ("fr", "Chambre du 5 au 8 mai. Notre vol atterrit le 4 à 23h", d(5, 5), d(5, 8)),
        ("de", "Zimmer vom 5. bis 8. Mai. Unser Flug landet am 4. um 23 Uhr", d(5, 5), d(5, 8)),
        ("it", "Camera dal 5 all'8 maggio. Il volo atterra il 4 alle 23", d(5, 5), d(5, 8)),
        ("pt", "Quarto de 5 a 8 de maio. O voo pousa dia 4 às 23h", d(5, 5), d(5, 8)),
        ("en", "my flight lands on the 13th late, so a room for 3 nights from the 14th", d(3, 14), d(3, 17)),
        # The arrival of a train or a flight with nothing else is the arrival.
        ("en", "Our train arrives on the 14th, we leave on the 17th", d(3, 14), d(3, 17)),
        ("es", "el vuelo llega el 14, nos vamos el 17", d(3, 14), d(3, 17)),
    ],
)
def test_a_flight_or_a_wedding_is_not_the_stay_named_beside_it(
    lang: str, text: str, check_in: dt.date, check_out: dt.date
) -> None:
    assert dates(text, lang) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in"),
    [
        ("fr", "lundi en huit", d(3, 23)),
        ("fr", "vendredi en quinze", d(3, 27)),
        ("de", "Montag in einer Woche", d(3, 23)),
        ("de", "Freitag in zwei Wochen", d(3, 27)),
    ],
)
def test_a_weekday_a_week_later(lang: str, text: str, check_in: dt.date) -> None:
    assert dates(text, lang) == (check_in, None)


def test_a_day_after_a_holiday_is_never_before_today() -> None:
    # "para Año Nuevo, del 30 al 2" read on 31 December: not the 30th already past.
    found, _ = dates("para Año Nuevo, del 30 al 2", "es", today=d(12, 31))
    assert found is not None and found >= d(12, 31)
    assert dates("para Año Nuevo, del 30 al 2", "es", today=d(12, 28)) == (d(12, 30), d(1, 2, 2027))


@pytest.mark.parametrize(
    ("lang", "text", "check_out"),
    [
        ("en", "a room for two adults on 9 and 10 May?", d(5, 11)),
        ("es", "el 9 y el 10 de mayo", d(5, 11)),
        ("pt", "dias 9 e 10 de maio", d(5, 11)),
        ("fr", "les 9 et 10 mai", d(5, 11)),
        ("de", "am 9. und 10. Mai", d(5, 11)),
        ("it", "il 9 e il 10 maggio", d(5, 11)),
        # "between" makes a range.
        ("es", "entre el 9 y el 10 de mayo", d(5, 10)),
        ("en", "between the 9th and 12th of May", d(5, 12)),
    ],
)
def test_days_listed_are_nights(lang: str, text: str, check_out: dt.date) -> None:
    assert dates(text, lang) == (d(5, 9), check_out)


def test_swiss_weekdays() -> None:
    text = "mir wänd es Doppelzimmer für nächscht Wuche vom Mäntig bis Friitig"
    assert dates(text, "de") == (d(3, 16), d(3, 20))
    assert dates("am Samschtig und Sunntig", "de") == (d(3, 14), d(3, 16))


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        ("en", "from the twenty-first to the twenty-fourth", d(3, 21), d(3, 24)),
        ("en", "on the twenty-first, 2 nights", d(3, 21), d(3, 23)),
        ("es", "del veinte al veintitrés", d(3, 20), d(3, 23)),
        ("pt", "do vinte ao vinte e dois", d(3, 20), d(3, 22)),
        ("fr", "du vingt au vingt-deux", d(3, 20), d(3, 22)),
        ("de", "vom zwanzigsten bis zum dreiundzwanzigsten", d(3, 20), d(3, 23)),
        ("it", "dal venti al ventitré", d(3, 20), d(3, 23)),
    ],
)
def test_days_in_words_without_a_month(lang: str, text: str, check_in: dt.date, check_out: dt.date) -> None:
    assert dates(text, lang) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the first one please"),
        ("en", "we are on the twelfth floor"),
        ("en", "from two to four people"),
        ("es", "del uno al diez, ¿qué nota le da?"),
    ],
)
def test_ordinal_and_number_words_that_are_no_days(lang: str, text: str) -> None:
    assert dates(text, lang) == (None, None)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # Monday holidays are Saturday to Monday (2026: Memorial Day 25 May, Labor Day 7 September).
        ("en", "Memorial Day weekend, 2 rooms", d(5, 23), d(5, 25)),
        ("en", "Labor Day weekend", d(9, 5), d(9, 7)),
        ("en", "the August bank holiday", d(8, 29), d(8, 31)),
        # Fixed national and religious days are a check-in.
        ("es", "una habitación para Reyes", d(1, 6, 2027), None),
        ("de", "über Dreikönig", d(1, 6, 2027), None),
        ("it", "per la Befana", d(1, 6, 2027), None),
        ("fr", "pour la fête nationale", d(7, 14), None),
        ("pt", "no feriado da Assunção", d(8, 15), None),
        ("en", "for the 4th of July", d(7, 4), None),
    ],
)
def test_holidays_of_other_countries(
    lang: str, text: str, check_in: dt.date, check_out: dt.date | None
) -> None:
    assert dates(text, lang) == (check_in, check_out)


def test_a_surname_reyes_is_no_holiday() -> None:
    assert dates("me llamo Carmen Reyes", "es") == (None, None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "what's the weather in London tomorrow?"),
        ("es", "¿qué tiempo hará mañana en Sevilla?"),
        ("pt", "vai chover amanhã?"),
        ("fr", "quel temps fera-t-il samedi ?"),
        ("de", "Wie wird das Wetter morgen in München?"),
        ("it", "che tempo fa domani a Roma?"),
    ],
)
def test_the_weather_on_a_day_is_no_stay(lang: str, text: str) -> None:
    assert dates(text, lang) == (None, None)


def test_the_weather_beside_a_stay_keeps_the_stay() -> None:
    assert dates("a room for tomorrow night please, is it going to rain?", "en") == (d(3, 12), d(3, 13))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "hello there! This Friday, do you have a room?"),
        ("es", "¡Hola! Este viernes, ¿tenéis habitación?"),
        ("pt", "Olá! Esta sexta, têm quarto?"),
        ("fr", "Bonjour ! Ce vendredi, vous avez une chambre ?"),
        ("de", "Hallo! Diesen Freitag, habt ihr ein Zimmer?"),
        ("it", "Ciao! Questo venerdì, avete una camera?"),
    ],
)
def test_a_weekday_said_first_then_the_question_for_a_room(lang: str, text: str) -> None:
    result = understand(text, today=WEDNESDAY, conversation_language=lang)
    assert (result.intent, result.check_in, result.check_out) == ("availability", d(3, 13), None)


@pytest.mark.parametrize(
    ("lang", "text", "check_in"),
    [
        ("pt", "vou pegar um táxi amanhã às 8, qual é o endereço de vocês?", None),
        ("en", "I land on the 20th at 10, can you pick me up?", None),
        ("es", "mi vuelo aterriza el 20 a las 10, ¿tenéis traslado?", None),
        ("fr", "mon train arrive le 20 à 10h, c'est loin de la gare ?", None),
        ("de", "mein Zug kommt am 20. um 10 Uhr an, wie weit ist der Bahnhof?", None),
        ("it", "il treno arriva il 20 alle 10, siete lontani dalla stazione?", None),
        # With a word for the stay, the day of the flight is the arrival.
        ("en", "my flight lands on the 20th, any rooms?", d(3, 20)),
        ("es", "mi vuelo llega el 20, ¿hay disponibilidad?", d(3, 20)),
    ],
)
def test_a_day_only_of_a_taxi_or_a_flight_is_no_stay(lang: str, text: str, check_in: dt.date | None) -> None:
    assert dates(text, lang) == (check_in, None)


def test_friday_week_and_the_week_that_names_no_length() -> None:
    assert dates("Friday week, 2 nights", "en") == (d(3, 20), d(3, 22))
    found = stay_dates(fold("a semana que vem, de segunda a quarta"), today=WEDNESDAY, lang="pt")
    assert (found.check_in, found.check_out, found.nights) == (d(3, 16), d(3, 18), None)
    found = stay_dates(fold("la settimana prossima, da lunedì a mercoledì"), today=WEDNESDAY, lang="it")
    assert (found.check_in, found.check_out, found.nights) == (d(3, 16), d(3, 18), None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Vamos a una boda el 13 de junio, ¿tenéis habitación del 12 al 14?"),
        ("en", "We're coming for a wedding on 13 June, need a room from the 12th to the 14th"),
        ("it", "Abbiamo un matrimonio il 13 giugno, avete una camera dal 12 al 14?"),
    ],
)
def test_days_without_a_month_beside_an_event_are_around_it(lang: str, text: str) -> None:
    assert dates(text, lang, today=d(4, 20)) == (d(6, 12), d(6, 14))


def test_a_day_before_a_named_holiday_is_never_in_the_past() -> None:
    # Found by the date fuzz test: "3rd easter sunday" on 14 March 2027 read as 3 March 2027.
    found, _ = dates("3rd easter sunday", "es", today=d(3, 14, 2027))
    assert found is not None and found >= d(3, 14, 2027)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        ("es", "Semana Santa del año que viene", d(3, 25, 2027), d(3, 28, 2027)),
        ("en", "Easter next year", d(3, 26, 2027), d(3, 29, 2027)),
        ("fr", "Pâques l'année prochaine", d(3, 26, 2027), d(3, 29, 2027)),
        ("de", "Ostern nächstes Jahr", d(3, 26, 2027), d(3, 29, 2027)),
        ("it", "Pasqua dell'anno prossimo", d(3, 26, 2027), d(3, 29, 2027)),
        ("pt", "Páscoa do ano que vem", d(3, 26, 2027), d(3, 29, 2027)),
        ("es", "en mayo del año que viene, del 3 al 5", d(5, 3, 2027), d(5, 5, 2027)),
        ("es", "en mayo de 2027, del 3 al 5", d(5, 3, 2027), d(5, 5, 2027)),
        ("en", "in May next year, the 3rd to the 5th", d(5, 3, 2027), d(5, 5, 2027)),
    ],
)
def test_next_year_said_in_words(lang: str, text: str, check_in: dt.date, check_out: dt.date) -> None:
    assert dates(text, lang) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_out"),
    [
        ("fr", "entre Noël et le jour de l'an", d(1, 1, 2027)),
        ("en", "between Christmas and New Year's Day", d(1, 1, 2027)),
        ("es", "de Navidad a Reyes", d(1, 6, 2027)),
    ],
)
def test_from_one_holiday_to_another(lang: str, text: str, check_out: dt.date) -> None:
    assert dates(text, lang) == (d(12, 24), check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # 2026: the first Saturday of June is the 6th, the last of May the 30th.
        ("en", "the first weekend of June", d(6, 5), d(6, 7)),
        ("es", "el último fin de semana de mayo", d(5, 29), d(5, 31)),
        ("fr", "le premier week-end de juin", d(6, 5), d(6, 7)),
        ("de", "am letzten Wochenende im Mai", d(5, 29), d(5, 31)),
        ("it", "il primo weekend di giugno", d(6, 5), d(6, 7)),
        ("pt", "o último fim de semana de maio", d(5, 29), d(5, 31)),
        ("en", "the second weekend of March", d(3, 13), d(3, 15)),
        # A week after the coming weekend.
        ("en", "the weekend after next", d(3, 20), d(3, 22)),
        ("de", "übernächstes Wochenende", d(3, 20), d(3, 22)),
    ],
)
def test_a_weekend_named_by_its_place_in_the_month(
    lang: str, text: str, check_in: dt.date, check_out: dt.date
) -> None:
    assert dates(text, lang) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "para los días 14, 15 y 16 de marzo"),
        ("en", "for the nights of the 14th, 15th and 16th"),
        ("fr", "les 14, 15 et 16 mars"),
        ("de", "am 14., 15. und 16. März"),
        ("it", "nei giorni 14, 15 e 16 marzo"),
        ("pt", "nos dias 14, 15 e 16 de março"),
    ],
)
def test_three_days_listed_are_three_nights(lang: str, text: str) -> None:
    assert dates(text, lang) == (d(3, 14), d(3, 17))


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "kids aged 4, 7 and 10"), ("es", "niños de 4, 7 y 10 años"), ("es", "somos 2, 3 y 4 años")],
)
def test_ages_listed_are_no_nights(lang: str, text: str) -> None:
    assert dates(text, lang) == (None, None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "hoje à noite por duas noites"),
        ("en", "tonight, a night or maybe two nights"),
        ("fr", "ce soir, une nuit ou plutôt deux nuits"),
    ],
)
def test_a_count_of_nights_wins_over_an_article(lang: str, text: str) -> None:
    assert dates(text, lang) == (d(3, 11), d(3, 13))
