"""Dates guests write that were misread (round 7, r7d): a stay moved to new days without their month, the weekend
plus Monday, the day of an earlier call, "tomorrow, the 1st", a holiday's own range, weekdays around a date or in
the week of a date, one end of a booked stay replaced (docs/INTERFACES.md "Understanding conventions" / Dates; the
first set's `<lang>-r7dNN` lines score the whole understanding)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu.dates import stay_dates
from conversations.nlu.tests.support import dates
from conversations.nlu.text import fold

SUNDAY = dt.date(2026, 12, 6)


def changed(text: str, lang: str, today: dt.date = SUNDAY) -> tuple[dt.date | None, dt.date | None]:
    """The stay a change of a booking asks for."""
    found = stay_dates(fold(text), today=today, lang=lang, modify=True)
    return found.check_in, found.check_out


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # the new days take the old ones' month
        (
            "it",
            "prenotati dal 5 al 7 gennaio, vorremmo spostare dal 12 al 14",
            dt.date(2027, 1, 12),
            dt.date(2027, 1, 14),
        ),
        (
            "pt",
            "tinha de 8 a 10 de março, agora queria de 20 a 22",
            dt.date(2027, 3, 20),
            dt.date(2027, 3, 22),
        ),
        ("es", "en vez del 10 al 12 de febrero, mejor del 2 al 4", dt.date(2027, 2, 2), dt.date(2027, 2, 4)),
        # two ranges after "instead of": the second
        ("en", "instead of Feb 3-5 could it be Feb 10-12?", dt.date(2027, 2, 10), dt.date(2027, 2, 12)),
        # "stattdessen" says the new days follow
        (
            "de",
            "gebucht 3.-5. Februar, stattdessen 10.-12. Februar bitte",
            dt.date(2027, 2, 10),
            dt.date(2027, 2, 12),
        ),
        # one end of the booked stay replaced
        (
            "fr",
            "résa du 14 au 17 janvier, on voudrait arriver le 13 au lieu du 14",
            dt.date(2027, 1, 13),
            dt.date(2027, 1, 17),
        ),
        (
            "en",
            "booked 14 to 17 January, could we leave on the 18 instead of the 17?",
            dt.date(2027, 1, 14),
            dt.date(2027, 1, 18),
        ),
        # the arrival moved, the departure kept
        (
            "de",
            "bitte die Anreise vom 3. auf den 4. Februar verschieben, die Abreise bleibt der 6.",
            dt.date(2027, 2, 4),
            dt.date(2027, 2, 6),
        ),
        # spans of weekdays moved
        ("en", "can we move it from fri-sun to sat-mon?", dt.date(2026, 12, 12), dt.date(2026, 12, 14)),
    ],
)
def test_a_stay_moved_to_new_days(lang: str, text: str, check_in: dt.date, check_out: dt.date) -> None:
    assert changed(text, lang) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # outside a change too, days right after "instead of" are the old ones
        (
            "es",
            "en lugar del 6 al 8 de marzo nos vendría mejor del 7 al 9",
            dt.date(2027, 3, 7),
            dt.date(2027, 3, 9),
        ),
        (
            "it",
            "invece che dal 10 al 12 aprile potremmo dal 11 al 13?",
            dt.date(2027, 4, 11),
            dt.date(2027, 4, 13),
        ),
        # "a double instead of a twin" keeps its days
        (
            "en",
            "a double instead of a twin please, from the 8th to the 10th",
            dt.date(2026, 12, 8),
            dt.date(2026, 12, 10),
        ),
    ],
)
def test_days_right_after_instead_of_are_the_old_ones(
    lang: str, text: str, check_in: dt.date, check_out: dt.date
) -> None:
    assert dates(text, lang, SUNDAY) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        ("en", "room for the weekend plus Monday?", dt.date(2026, 12, 11), dt.date(2026, 12, 14)),
        ("es", "el finde más el lunes, hay sitio?", dt.date(2026, 12, 11), dt.date(2026, 12, 14)),
        ("de", "dieses Wochenende plus Montag, noch frei?", dt.date(2026, 12, 11), dt.date(2026, 12, 14)),
        (
            "pt",
            "este fim de semana mais a segunda, tem quarto?",
            dt.date(2026, 12, 11),
            dt.date(2026, 12, 14),
        ),
        # the weekend alone is still Friday to Sunday
        ("en", "room for this weekend?", dt.date(2026, 12, 11), dt.date(2026, 12, 13)),
    ],
)
def test_the_weekend_plus_monday_ends_on_monday(
    lang: str, text: str, check_in: dt.date, check_out: dt.date
) -> None:
    assert dates(text, lang, SUNDAY) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        (
            "en",
            "Following our phone call on 1 December, a room from 8 to 10 January please",
            dt.date(2027, 1, 8),
            dt.date(2027, 1, 10),
        ),
        (
            "fr",
            "Suite à notre appel du 2 décembre, une chambre du 8 au 10 janvier",
            dt.date(2027, 1, 8),
            dt.date(2027, 1, 10),
        ),
        (
            "de",
            "bezugnehmend auf unser Telefonat vom 2. Dezember: Zimmer vom 8. bis 10. Januar",
            dt.date(2027, 1, 8),
            dt.date(2027, 1, 10),
        ),
        (
            "es",
            "según nuestra llamada del 3 de diciembre, habitación del 8 al 10 de enero",
            dt.date(2027, 1, 8),
            dt.date(2027, 1, 10),
        ),
    ],
)
def test_the_day_of_an_earlier_call_is_no_stay(
    lang: str, text: str, check_in: dt.date, check_out: dt.date
) -> None:
    assert dates(text, lang, SUNDAY) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "today", "check_in", "check_out"),
    [
        (
            "fr",
            "une chambre demain, le 1er mars, pour une nuit",
            dt.date(2027, 2, 28),
            dt.date(2027, 3, 1),
            dt.date(2027, 3, 2),
        ),
        (
            "pt",
            "tem quarto para amanhã, dia 1, uma noite?",
            dt.date(2027, 3, 31),
            dt.date(2027, 4, 1),
            dt.date(2027, 4, 2),
        ),
        (
            "en",
            "a room tomorrow, the 1st, for one night",
            dt.date(2027, 5, 31),
            dt.date(2027, 6, 1),
            dt.date(2027, 6, 2),
        ),
        # a later day after tomorrow is still the departure
        (
            "en",
            "a room tomorrow until the 4th",
            dt.date(2027, 5, 31),
            dt.date(2027, 6, 1),
            dt.date(2027, 6, 4),
        ),
    ],
)
def test_tomorrow_and_its_date_are_one_day(
    lang: str, text: str, today: dt.date, check_in: dt.date, check_out: dt.date
) -> None:
    assert dates(text, lang, today) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # the Portuguese weekday, not the fifth
        (
            "pt",
            "um quarto de terça, 12 de janeiro, a quinta, 14 de janeiro",
            dt.date(2027, 1, 12),
            dt.date(2027, 1, 14),
        ),
        # "dem" before a weekday's day
        ("de", "ab Montag, dem 11. Januar, drei Nächte", dt.date(2027, 1, 11), dt.date(2027, 1, 14)),
        # a holiday's own range ends where it says
        ("fr", "du 13 au 14 février pour la Saint-Valentin", dt.date(2027, 2, 13), dt.date(2027, 2, 14)),
        ("fr", "le 14 février, pour la Saint-Valentin", dt.date(2027, 2, 14), dt.date(2027, 2, 15)),
        # "Silvester a Zimmer": the Austrian article, not "to"; the days that follow are the stay
        (
            "de",
            "für Silvester a Zimmer für uns zwei bitte, so vom 29. bis zum 2.",
            dt.date(2026, 12, 29),
            dt.date(2027, 1, 2),
        ),
        (
            "de",
            "zwischen Weihnachten und Neujahr ein Zimmer? Vom 28. bis 31.",
            dt.date(2026, 12, 28),
            dt.date(2026, 12, 31),
        ),
        # weekdays around a date, or in the week of a date
        ("pt", "para o 1 de Maio, de sexta a domingo", dt.date(2027, 4, 30), dt.date(2027, 5, 2)),
        ("es", "para el 2 de mayo, de viernes a lunes", dt.date(2027, 4, 30), dt.date(2027, 5, 3)),
        ("fr", "du mardi au jeudi, la semaine du 8 mars", dt.date(2027, 3, 9), dt.date(2027, 3, 11)),
        ("en", "Tuesday to Thursday, the week of 8 March", dt.date(2027, 3, 9), dt.date(2027, 3, 11)),
        # "for a weekend" is a length, not the coming one
        ("fr", "une chambre pour un week-end en mai", None, None),
        ("en", "a room for a weekend in spring", None, None),
        # "that night and the next": two nights
        ("en", "a room on 9 March, that night and the next", dt.date(2027, 3, 9), dt.date(2027, 3, 11)),
        ("es", "el 9 de marzo, esa noche y la siguiente", dt.date(2027, 3, 9), dt.date(2027, 3, 11)),
        # the Swiss weekend with its day, its own Friday to Sunday said again
        ("de", "am Wuchenend vom 23. Januar, Fr bis So", dt.date(2027, 1, 22), dt.date(2027, 1, 24)),
    ],
)
def test_dates_guests_write(
    lang: str, text: str, check_in: dt.date | None, check_out: dt.date | None
) -> None:
    assert dates(text, lang, SUNDAY) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # Québec "à soir" is tonight
        ("fr", "y'a-tu une chambre pour à soir? on est deux", dt.date(2026, 12, 6), dt.date(2026, 12, 7)),
        # a holiday's own day said with it keeps its night
        (
            "fr",
            "une chambre pour le réveillon du 31, deux personnes",
            dt.date(2026, 12, 31),
            dt.date(2027, 1, 1),
        ),
        ("fr", "pour le réveillon, du 30 au 2", dt.date(2026, 12, 30), dt.date(2027, 1, 2)),
        # the weekend "am Wuchenänd"
        ("de", "isch no öppis frei am Wuchenänd?", dt.date(2026, 12, 11), dt.date(2026, 12, 13)),
        # a room asked for today is tonight's
        ("pt", "tem quarto pra 2 hj?", dt.date(2026, 12, 6), dt.date(2026, 12, 7)),
        ("en", "do you have a room for two today?", dt.date(2026, 12, 6), dt.date(2026, 12, 7)),
        # children's ages "between 2 and 12 years" are no days
        (
            "fr",
            "quatre enfants entre 3 et 11 ans, le week-end du 16 janvier",
            dt.date(2027, 1, 15),
            dt.date(2027, 1, 17),
        ),
        (
            "en",
            "kids between 4 and 9 years old, from the 20th to the 22nd",
            dt.date(2026, 12, 20),
            dt.date(2026, 12, 22),
        ),
        # a weekend after "a" and a word is some weekend, not the coming one
        ("en", "thank you for a wonderful weekend!", None, None),
        ("de", "Ihnen ein schönes Wochenende", None, None),
        ("es", "vamos a ir este finde", dt.date(2026, 12, 11), dt.date(2026, 12, 13)),
    ],
)
def test_more_dates_guests_write(
    lang: str, text: str, check_in: dt.date | None, check_out: dt.date | None
) -> None:
    assert dates(text, lang, SUNDAY) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # Swiss "uf de 10." is "auf den 10."
        (
            "de",
            "mir hend vom 3. bis 5. Februar gbucht, chönnted mir das uf de 10. bis 12. verschiebe?",
            dt.date(2027, 2, 10),
            dt.date(2027, 2, 12),
        ),
        # the month a booking moves to
        (
            "it",
            "spostare la prenotazione di marzo a aprile, dal 3 al 5",
            dt.date(2027, 4, 3),
            dt.date(2027, 4, 5),
        ),
        (
            "en",
            "can we move it from March to April, the 3rd to the 5th?",
            dt.date(2027, 4, 3),
            dt.date(2027, 4, 5),
        ),
    ],
)
def test_more_changes(lang: str, text: str, check_in: dt.date, check_out: dt.date) -> None:
    assert changed(text, lang) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # which week is "the second week of January" is unsure: no coming weekdays, no "2nd" of a month
        ("es", "la segunda semana de enero, de lunes a viernes", None, None),
        ("fr", "la deuxième semaine de février, du mardi au jeudi", None, None),
        ("en", "a room for the 2nd week of March", None, None),
        ("de", "in der zweiten Februarwoche, Montag bis Mittwoch", None, None),
        # its own days say which
        ("es", "la segunda semana de enero, del 11 al 15", dt.date(2027, 1, 11), dt.date(2027, 1, 15)),
    ],
)
def test_the_nth_week_of_a_month_is_no_date(
    lang: str, text: str, check_in: dt.date | None, check_out: dt.date | None
) -> None:
    assert dates(text, lang, SUNDAY) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # a night added next to the booked stay's days joins it
        (
            "en",
            "we're booked 20-22 March, could you add the 19th as well?",
            dt.date(2027, 3, 19),
            dt.date(2027, 3, 22),
        ),
        (
            "es",
            "tenemos reserva del 20 al 22 de marzo, ¿podemos quedarnos también el 22?",
            dt.date(2027, 3, 20),
            dt.date(2027, 3, 23),
        ),
        (
            "de",
            "wir haben vom 20. bis 22. März gebucht, können wir den 19. auch noch dazunehmen?",
            dt.date(2027, 3, 19),
            dt.date(2027, 3, 22),
        ),
        # a day far from it is no added night
        (
            "en",
            "we're booked 20-22 March, could you add the 28th as well?",
            dt.date(2027, 3, 20),
            dt.date(2027, 3, 22),
        ),
    ],
)
def test_a_night_added_next_to_the_stay(lang: str, text: str, check_in: dt.date, check_out: dt.date) -> None:
    assert dates(text, lang, SUNDAY) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # "til" between two holidays is a range; "Xmas Eve" is Christmas Eve
        ("en", "room from Christmas Eve til Boxing Day", dt.date(2026, 12, 24), dt.date(2026, 12, 26)),
        ("en", "a double for xmas eve please", dt.date(2026, 12, 24), dt.date(2026, 12, 25)),
    ],
)
def test_holidays_written_short(lang: str, text: str, check_in: dt.date, check_out: dt.date) -> None:
    assert dates(text, lang, SUNDAY) == (check_in, check_out)
