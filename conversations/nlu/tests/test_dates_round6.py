"""Dates as guests write them (round 6, r6d): a weekday a week further on ("the Friday after next", "am Freitag
nächster Woche"), a fortnight or a week said in digits ("15 días desde el 2 de agosto", "8 giorni"), a bridge in
the year said ("el puente de diciembre del año que viene") and two days listed in English ("tomorrow and the day
after") (docs/INTERFACES.md "Understanding conventions" / Dates; the first set's `<lang>-r6dNN` lines score the
whole understanding)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu.tests.support import dates

TUESDAY = dt.date(2027, 3, 9)
FRIDAY = dt.date(2027, 5, 14)
SUNDAY = dt.date(2026, 12, 6)
THURSDAY = dt.date(2027, 3, 11)


def _d(month: int, day: int, year: int = 2027) -> dt.date:
    return dt.date(year, month, day)


@pytest.mark.parametrize(
    ("lang", "today", "text", "check_in", "check_out"),
    [
        # "the Friday after next": not the coming Friday, the one after it (said on a Friday too).
        ("en", TUESDAY, "Could we book a double for the Friday after next, 2 nights?", _d(3, 19), _d(3, 21)),
        ("en", FRIDAY, "we need a room the Saturday after next, just one night", _d(5, 22), _d(5, 23)),
        # German genitive "nächster/kommender Woche" after the weekday is next week's weekday.
        (
            "de",
            TUESDAY,
            "Hätten Sie am Freitag nächster Woche ein Zimmer für zwei Nächte?",
            _d(3, 19),
            _d(3, 21),
        ),
        (
            "de",
            TUESDAY,
            "Wir kommen Donnerstag kommender Woche an und bleiben bis Sonntag",
            _d(3, 18),
            _d(3, 21),
        ),
        # A fortnight and a week in digits, from a day.
        ("es", SUNDAY, "queremos reservar 15 días desde el 2 de agosto", _d(8, 2), _d(8, 16)),
        ("pt", SUNDAY, "queríamos passar 15 dias aí a partir de 1 de julho", _d(7, 1), _d(7, 15)),
        ("fr", SUNDAY, "nous aimerions réserver 15 jours à partir du 10 juillet", _d(7, 10), _d(7, 24)),
        ("it", TUESDAY, "8 giorni dal 3 agosto, camera doppia", _d(8, 3), _d(8, 10)),
        # ... but not a notice or a time ago
        ("es", TUESDAY, "estuve hace 15 días y quiero volver del 3 al 5 de abril", _d(4, 3), _d(4, 5)),
        # A bridge in the year said: "del año que viene" is that year's, not the one in progress.
        (
            "es",
            SUNDAY,
            "Quisiera reservar para el puente de diciembre del año que viene",
            _d(12, 4),
            _d(12, 8),
        ),
        ("es", SUNDAY, "el puente de diciembre de 2027, dos personas", _d(12, 4), _d(12, 8)),
        # Two days listed: tomorrow and the day after are two nights.
        ("en", THURSDAY, "Room for tomorrow and the day after for 1 please", _d(3, 12), _d(3, 14)),
        ("en", THURSDAY, "room for tmrw and the next day", _d(3, 12), _d(3, 14)),
        ("it", THURSDAY, "domani e il giorno dopo, una doppia", _d(3, 12), _d(3, 14)),
        # An event's day beside the stay's: days and weekdays without a month are those around it.
        (
            "en",
            SUNDAY,
            "We'll be celebrating our 25th anniversary on March 14th and would love to stay 3 nights, arriving on "
            "the 13th.",
            _d(3, 13),
            _d(3, 16),
        ),
        (
            "en",
            SUNDAY,
            "we're coming for the marathon on Sunday 18 April, need a room Friday to Monday",
            _d(4, 16),
            _d(4, 19),
        ),
        (
            "es",
            SUNDAY,
            "Vamos a la maratón del domingo 7 de marzo, una habitación de viernes a lunes",
            _d(3, 5),
            _d(3, 8),
        ),
        # the event word after its day
        (
            "de",
            SUNDAY,
            "wir feiern am 20. Februar unseren Hochzeitstag, 2 Nächte, Anreise am 19.",
            _d(2, 19),
            _d(2, 21),
        ),
        (
            "it",
            SUNDAY,
            "sabato 22 maggio c'è il concerto: una camera da venerdì a domenica",
            _d(5, 21),
            _d(5, 23),
        ),
        # ... not a stay's own last day "for the wedding"
        ("en", SUNDAY, "a room from the 5th to the 8th for the wedding", _d(1, 5), _d(1, 8)),
        # A range starting on "uno"/"um" in words, not a count ("de uno a dos días").
        ("es", SUNDAY, "queríamos una habitación del uno al cuatro de marzo", _d(3, 1), _d(3, 4)),
        ("pt", SUNDAY, "a gente queria um quarto do dia um ao dia quatro de março", _d(3, 1), _d(3, 4)),
        ("es", SUNDAY, "entre el uno y el cuatro de marzo", _d(3, 1), _d(3, 4)),
        ("es", SUNDAY, "queremos quedarnos de uno a dos días, del 3 al 5 de abril", _d(4, 3), _d(4, 5)),
        ("es", SUNDAY, "del uno al diez, ¿qué nota le da al hotel?", None, None),
        # The nth weekday of a month.
        (
            "en",
            TUESDAY,
            "do you have a double on the first Friday in April? Just one night",
            _d(4, 2),
            _d(4, 3),
        ),
        ("fr", TUESDAY, "pour le premier samedi de mai, deux nuits", _d(5, 1), _d(5, 3)),
        ("es", TUESDAY, "el primer viernes de abril", _d(4, 2), None),
        ("pt", TUESDAY, "a primeira sexta-feira de abril", _d(4, 2), None),
        ("de", TUESDAY, "am ersten Freitag im April", _d(4, 2), None),
        ("it", TUESDAY, "il primo venerdì di aprile", _d(4, 2), None),
        ("en", TUESDAY, "the last Sunday of May", _d(5, 30), None),
        # The night between two weekdays is the first one's.
        ("it", TUESDAY, "avete una camera per la notte tra venerdì e sabato?", _d(3, 12), _d(3, 13)),
        ("de", TUESDAY, "die Nacht zwischen Freitag und Samstag", _d(3, 12), _d(3, 13)),
        ("en", TUESDAY, "the night between Friday and Saturday", _d(3, 12), _d(3, 13)),
        # A German calendar week with its weekdays; alone it names no days.
        (
            "de",
            TUESDAY,
            "wir bräuchten in der KW 15 von Montag bis Mittwoch zwei Einzelzimmer",
            _d(4, 12),
            _d(4, 14),
        ),
        ("de", TUESDAY, "KW 15 Montag bis Mittwoch", _d(4, 12), _d(4, 14)),
        ("de", TUESDAY, "in KW 15", None, None),
        # "Montag in 14 Tagen": the Monday two weeks after the coming one.
        ("de", TUESDAY, "hätten Sie Montag in 14 Tagen ein Zimmer für 3 Nächte?", _d(3, 29), _d(4, 1)),
        # Weekdays after "in two weeks"/"in a fortnight" are in that week, listed as nights.
        ("es", TUESDAY, "dentro de dos semanas, ¿tienen algo el viernes y el sábado?", _d(3, 26), _d(3, 28)),
        (
            "en",
            TUESDAY,
            "back in a fortnight - could we book Friday and Saturday night?",
            _d(3, 26),
            _d(3, 28),
        ),
        ("en", TUESDAY, "in a fortnight's time for 3 nights", _d(3, 23), _d(3, 26)),
        ("de", TUESDAY, "in 3 Tagen, am Freitag", _d(3, 12), None),
        # "Mar" beside a day is March (in English only there, in the other languages after the day).
        ("en", SUNDAY, "Do you have a king room Mar 20th - 23rd?", _d(3, 20), _d(3, 23)),
        ("en", SUNDAY, "we'd like to book 20 Mar to 23 Mar please", _d(3, 20), _d(3, 23)),
        ("es", SUNDAY, "quiero reservar una doble del 20 mar al 23 mar", _d(3, 20), _d(3, 23)),
        ("es", SUNDAY, "una habitación con vista al mar del 3 al 5 de abril", _d(4, 3), _d(4, 5)),
        # Days listed with commas alone before their month are nights.
        ("de", SUNDAY, "ein Doppelzimmer für den 20., 21., 22. März", _d(3, 20), _d(3, 23)),
        # A holiday named beside "tonight"/"tomorrow" on or just before it is that night, not next year's.
        (
            "es",
            dt.date(2026, 12, 31),
            "¿tienen habitación para esta noche? Es Nochevieja y nos hemos quedado sin alojamiento",
            _d(12, 31, 2026),
            _d(1, 1),
        ),
        ("en", dt.date(2027, 2, 14), "do you have a double tonight? it's valentine's", _d(2, 14), _d(2, 15)),
        ("fr", dt.date(2026, 12, 31), "une chambre ce soir pour le réveillon ?", _d(12, 31, 2026), _d(1, 1)),
        ("es", dt.date(2026, 12, 30), "Nochevieja, mañana, una noche", _d(12, 31, 2026), _d(1, 1)),
        # An Italian hour after a day is no day; a weekend in a month with no day is no date.
        (
            "it",
            TUESDAY,
            "vorrei una camera: arrivo il 20 verso le 18 e riparto il 22 mattina",
            _d(3, 20),
            _d(3, 22),
        ),
        ("it", TUESDAY, "verso il 18 marzo, due notti", _d(3, 18), _d(3, 20)),
        ("en", TUESDAY, "We're planning a long weekend in May, do you have family rooms?", None, None),
        ("de", TUESDAY, "habt ihr an einem Wochenende im Mai noch ein Doppelzimmer frei?", None, None),
        ("en", TUESDAY, "this weekend in Madrid", _d(3, 12), _d(3, 14)),
        # "der zweite Weihnachtsfeiertag" is the 26th December, not the 2nd of January.
        (
            "de",
            SUNDAY,
            "vom Heiligabend bis zum zweiten Weihnachtsfeiertag",
            _d(12, 24, 2026),
            _d(12, 26, 2026),
        ),
        ("de", SUNDAY, "am ersten Weihnachtsfeiertag eine Nacht", _d(12, 25, 2026), _d(12, 26, 2026)),
        ("de", SUNDAY, "vom 28. Dezember bis zum zweiten Januar", _d(12, 28, 2026), _d(1, 2)),
        # The weekend of next week is next calendar week's; "the weekend that comes" stays the coming one.
        (
            "es",
            TUESDAY,
            "Para el finde de la semana que viene, ¿os queda alguna doble?",
            _d(3, 19),
            _d(3, 21),
        ),
        ("fr", TUESDAY, "une chambre pour le week-end de la semaine prochaine ?", _d(3, 19), _d(3, 21)),
        ("de", TUESDAY, "das Wochenende der nächsten Woche", _d(3, 19), _d(3, 21)),
        ("en", TUESDAY, "the weekend of next week", _d(3, 19), _d(3, 21)),
        ("es", TUESDAY, "el finde que viene", _d(3, 12), _d(3, 14)),
        # "NYE" is New Year's Eve: one night.
        ("en", SUNDAY, "any rooms left for nye?", _d(12, 31, 2026), _d(1, 1)),
    ],
)
def test_round6_dates(
    lang: str, today: dt.date, text: str, check_in: dt.date | None, check_out: dt.date | None
) -> None:
    assert dates(text, lang, today) == (check_in, check_out)


def test_a_notice_in_days_is_no_stay_length() -> None:
    assert dates("¿se puede cancelar 15 días antes?", "es", TUESDAY) == (None, None)
