"""Dates misread in guests' messages (round 6, r6f): the hour a meal starts ("is breakfast from 7?", "Frühstück
ab 7?") and a phone number in groups ("06 12 34 56 78") are no days (docs/INTERFACES.md "Understanding
conventions" / Dates; the first set's `<lang>-r6fNN` lines score the whole understanding)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.tests.support import dates

SUNDAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        ("en", "we arrive on the 20th, is breakfast from 7?", dt.date(2026, 12, 20), None),
        ("en", "is breakfast served from 7 on the 20th?", dt.date(2026, 12, 20), None),
        ("es", "llegamos el 12, el desayuno es desde las 7?", dt.date(2026, 12, 12), None),
        ("fr", "nous arrivons le 18, le petit-déjeuner est à partir de 7 ?", dt.date(2026, 12, 18), None),
        ("de", "wir kommen am 27. Dezember, Frühstück ab 7?", dt.date(2026, 12, 27), None),
        ("it", "arriviamo il 9, la colazione è dalle 7?", dt.date(2026, 12, 9), None),
        ("pt", "chegamos dia 15, o café da manhã é a partir das 7?", dt.date(2026, 12, 15), None),
        ("en", "we arrive on the 20th, can we check in from 2?", dt.date(2026, 12, 20), None),
        ("de", "Anreise am 27. Dezember, Check-in ab 14?", dt.date(2026, 12, 27), None),
        ("en", "arriving the 20th, what time is breakfast? from 7?", dt.date(2026, 12, 20), None),
        # a day after the meal or the check-in is still a day
        ("en", "check-in from 20 to 23 December", dt.date(2026, 12, 20), dt.date(2026, 12, 23)),
        ("de", "Check-in ab 14.12., Check-out am 16.12.", dt.date(2026, 12, 14), dt.date(2026, 12, 16)),
        ("en", "we'd like breakfast from the 7th to the 9th", dt.date(2026, 12, 7), dt.date(2026, 12, 9)),
        ("de", "Frühstück ab 7. Januar bitte", dt.date(2027, 1, 7), None),
    ],
)
def test_the_hour_a_meal_starts_is_no_day(
    lang: str, text: str, check_in: dt.date | None, check_out: dt.date | None
) -> None:
    assert dates(text, lang, SUNDAY) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        ("fr", "pouvez-vous me rappeler au 06 12 34 56 78 ?", None, None),
        (
            "fr",
            "une chambre pour ce soir, rappelez moi au 06 45 12 33 09",
            dt.date(2026, 12, 6),
            dt.date(2026, 12, 7),
        ),
        (
            "fr",
            "du 12 au 14 mars, mon portable +33 6 12 34 56 78",
            dt.date(2027, 3, 12),
            dt.date(2027, 3, 14),
        ),
        ("fr", "appelez-moi au 06.12.34.56.78", None, None),
        ("es", "llámenme al 612 34 56 78", None, None),
        ("de", "erreichbar unter 0171 2345678 ab dem 10. Januar", dt.date(2027, 1, 10), None),
        # days listed or dates in digits stay days
        ("es", "del 14 al 16 de marzo", dt.date(2027, 3, 14), dt.date(2027, 3, 16)),
        ("de", "vom 12.06.2027 - 14.06.2027", dt.date(2027, 6, 12), dt.date(2027, 6, 14)),
    ],
)
def test_a_phone_number_is_no_day(
    lang: str, text: str, check_in: dt.date | None, check_out: dt.date | None
) -> None:
    assert dates(text, lang, SUNDAY) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # a room asked for today is tonight's night, as "esta noche" is
        ("pt", "Tem vaga pra hoje?", dt.date(2026, 12, 6), dt.date(2026, 12, 7)),
        ("es", "¿hay habitación para hoy?", dt.date(2026, 12, 6), dt.date(2026, 12, 7)),
        ("en", "a room for today?", dt.date(2026, 12, 6), dt.date(2026, 12, 7)),
        ("fr", "une chambre pour aujourd'hui ?", dt.date(2026, 12, 6), dt.date(2026, 12, 7)),
        ("it", "avete una camera per oggi?", dt.date(2026, 12, 6), dt.date(2026, 12, 7)),
        ("de", "ein Zimmer für heute?", dt.date(2026, 12, 6), dt.date(2026, 12, 7)),
        # with a length or a later day those say when it ends
        ("en", "a room for today, 3 nights", dt.date(2026, 12, 6), dt.date(2026, 12, 9)),
        ("es", "habitación para hoy y mañana", dt.date(2026, 12, 6), dt.date(2026, 12, 8)),
        ("en", "a room for today until Wednesday", dt.date(2026, 12, 6), dt.date(2026, 12, 9)),
        # today said without asking for it is a day alone
        ("en", "can I check in today?", dt.date(2026, 12, 6), None),
    ],
)
def test_a_room_for_today_is_one_night(
    lang: str, text: str, check_in: dt.date | None, check_out: dt.date | None
) -> None:
    assert dates(text, lang, SUNDAY) == (check_in, check_out)


@pytest.mark.parametrize(
    ("text", "check_out"),
    [
        # staying on up to a day instead of another is the new departure only, not a range
        ("possiamo restare fino a domenica invece che sabato?", dt.date(2026, 12, 13)),
        ("können wir bis Mittwoch statt Dienstag bleiben?", dt.date(2026, 12, 9)),
        ("can we stay until Sunday instead of Saturday?", dt.date(2026, 12, 13)),
        ("¿podemos quedarnos hasta el domingo en vez del sábado?", dt.date(2026, 12, 13)),
        ("On aimerait changer notre résa et rester jusqu'au 15 plutôt que le 14", dt.date(2026, 12, 15)),
    ],
)
def test_staying_on_until_a_day_instead_of_another_names_the_departure(text: str, check_out: dt.date) -> None:
    result = understand(text, today=SUNDAY)
    assert (result.intent, result.check_in, result.check_out) == ("booking_modify", None, check_out)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "une chambre pour le week-end du 13 mars ?"),
        ("fr", "une chambre le week-end du samedi 13 mars"),
        ("en", "the weekend of Saturday 13th March"),
        ("es", "el finde del sábado 13 de marzo"),
        ("it", "il weekend di sabato 13 marzo"),
        ("de", "das Wochenende vom Samstag, 13. März"),
    ],
)
def test_the_weekend_of_a_day_named_with_its_weekday(lang: str, text: str) -> None:
    assert dates(text, lang, SUNDAY) == (dt.date(2027, 3, 12), dt.date(2027, 3, 14))


@pytest.mark.parametrize(
    ("lang", "text", "check_out"),
    [
        # a room asked to be free today is tonight's night too
        ("de", "Haben Sie heute noch ein Zimmer frei?", dt.date(2026, 12, 7)),
        ("en", "any rooms free today?", dt.date(2026, 12, 7)),
        ("pt", "tem vaga hoje?", dt.date(2026, 12, 7)),
        ("es", "¿tienen habitaciones libres hoy?", dt.date(2026, 12, 7)),
        # the spa or the guest's own room free today is no night asked for
        ("en", "is the spa free today?", None),
        ("en", "is my room available today at 11?", None),
    ],
)
def test_a_room_free_today_is_one_night(lang: str, text: str, check_out: dt.date | None) -> None:
    assert dates(text, lang, SUNDAY) == (dt.date(2026, 12, 6), check_out)
