"""Dates guests write that were misread (round 9, r9d): a day in a clause with an event or a "today" beside the
stay, the stay a change lengthens, a move between two dates, a past stay in a complaint, the weekend of a question
about when, "de 14 até dia 17", "1.º de dezembro", "el biernes", "à trois" after a weekend (docs/INTERFACES.md
"Understanding conventions" / Dates; the first set's `<lang>-r9*` lines score the whole understanding)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu.dates import stay_dates
from conversations.nlu.text import fold

WEDNESDAY = dt.date(2027, 5, 12)


def stay(
    text: str, lang: str, today: dt.date = WEDNESDAY, *, modify: bool = False
) -> tuple[dt.date | None, ...]:
    found = stay_dates(fold(text), today=today, lang=lang, modify=modify)
    return found.check_in, found.check_out


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # an event in brackets after the days is what the stay is for; German room compounds are rooms
        ("de", "bitte um ein Angebot für 3 Einzelzimmer vom 14. bis 16. Juli (Messe)", (7, 14), (7, 16)),
        ("en", "a quote for 20-22 May (wedding)", (5, 20), (5, 22)),
        ("de", "ein Doppelzimmer für die Messe vom 3. bis 5. Juni", (6, 3), (6, 5)),
        # someone's age reached on a day is an event, not the arrival
        (
            "en",
            "My husband turns 40 on the 22nd, so we'd like to come Friday the 21st for two nights",
            (5, 21),
            (5, 23),
        ),
        ("it", "mio marito compie 50 anni il 22, vorremmo arrivare il 21 per due notti", (5, 21), (5, 23)),
        # "today" in a clause with no stay, beside the stay's own days
        (
            "de",
            "meine Kollegin war letztes Jahr bei Ihnen und schwärmt noch heute. Ich hätte gern ein Einzelzimmer vom "
            "7. bis 10. Juni.",
            (6, 7),
            (6, 10),
        ),
        (
            "en",
            "My sister told me about you today. A room from the 7th to the 10th of June please",
            (6, 7),
            (6, 10),
        ),
        (
            "es",
            "Hoy me han hablado de ustedes. Quisiera una habitación del 7 al 10 de junio",
            (6, 7),
            (6, 10),
        ),
        # "de 14 até dia 17, inclusive": the night of the 17th is included
        ("pt", "queria ficar de 14 até dia 17, inclusive, num quarto individual", (5, 14), (5, 18)),
        ("pt", "um quarto de 20 até o dia 23", (5, 20), (5, 23)),
        # "1.º de junho" is the 1st of June
        ("pt", "chegamos a 1.º de junho e saímos a 3", (6, 1), (6, 3)),
        # Spanish weekdays spelt with b for v (voice notes)
        ("es", "kiero reserbar una avitacion pa 2 el biernes", (5, 14), None),
        ("es", "una habitación el savado", (5, 15), None),
        # "à trois" after a comma is the party, not the end of a range
        ("fr", "On aimerait venir chez vous le premier week-end de juin, à trois.", (6, 4), (6, 6)),
        ("fr", "une chambre le 3 juin, à deux", (6, 3), None),
    ],
)
def test_stays_read(
    lang: str, text: str, check_in: tuple[int, int] | None, check_out: tuple[int, int] | None
) -> None:
    def day(month_day: tuple[int, int] | None) -> dt.date | None:
        return dt.date(2027, *month_day) if month_day else None  # all after WEDNESDAY (12 May 2027)

    assert stay(text, lang) == (day(check_in), day(check_out))


def test_a_bridge_on_the_first_of_december() -> None:
    # "1.º de dezembro" is the 1st; its bridge (a Tuesday in 2026) runs from the Saturday before
    text = "Há quartos livres para a ponte do 1.º de dezembro?"
    assert stay(text, "pt", dt.date(2026, 11, 13)) == (dt.date(2026, 11, 28), dt.date(2026, 12, 1))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a day of a game or an event asked about is no stay
        ("en", "Do you guys know if the Knicks game on Saturday is sold out?"),
        ("es", "¿sabéis si quedan entradas para el partido del sábado?"),
        # the weekend of a question about when something is served is every weekend
        ("pt", "A que horas é servido o pequeno-almoço ao fim de semana?"),
        ("en", "What time is breakfast served at the weekend?"),
        ("fr", "Le petit-déjeuner est servi à quelle heure le week-end ?"),
        ("it", "A che ora è la colazione nel fine settimana?"),
        # a stay that is over, with no other days, in a complaint
        (
            "fr",
            "Nous avons séjourné chez vous du 6 au 9 mai et on nous a facturé le parking deux fois.",
        ),
        ("en", "We stayed with you from 3 to 6 May and the parking was charged twice."),
        ("es", "Estuvimos del 3 al 6 de mayo y nos cobraron el parking dos veces."),
        # a delivery's day beside a letter's "je reste à votre disposition" (no stay word)
        ("fr", "Un colis sera livré le 19. Je reste à votre disposition."),
        # "for sun" is the sunshine
        ("en", "we're looking for sun and a beach"),
    ],
)
def test_no_stay(lang: str, text: str) -> None:
    assert stay(text, lang) == (None, None)


def test_a_would_be_is_no_past_visit() -> None:
    # "wir wären zwei" folds to "wir waren": a request, not a stay of the past
    text = "wir wären zwei Erwachsene und bräuchten ein Zimmer vom 12. bis 15. März"
    assert stay(text, "de", dt.date(2027, 5, 12)) == (dt.date(2028, 3, 12), dt.date(2028, 3, 15))


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # a night added after the booking's days: the arrival stays
        (
            "en",
            "just calling about the booking for friday um can we add another night so saturday too",
            None,
            dt.date(2027, 5, 16),
        ),
        (
            "es",
            "tenemos reserva para el viernes, ¿podemos quedarnos también el sábado?",
            None,
            dt.date(2027, 5, 16),
        ),
        # a stay lengthened up to a day after the booking's days
        (
            "es",
            "teníamos reserva para el viernes y el sábado pero queremos alargar la estancia hasta el lunes",
            None,
            dt.date(2027, 5, 17),
        ),
        (
            "fr",
            "nous avons réservé du 14 au 16 mai, peut-on prolonger jusqu'au 18 ?",
            None,
            dt.date(2027, 5, 18),
        ),
        (
            "de",
            "wir haben vom 14. bis 16. Mai gebucht, können wir bis zum 18. verlängern?",
            None,
            dt.date(2027, 5, 18),
        ),
        (
            "en",
            "we're booked 14-16 May, could we extend our stay until the 18th?",
            None,
            dt.date(2027, 5, 18),
        ),
        # moved from one date to another with a verb that only moves
        (
            "fr",
            "Est-ce qu'on peut décaler la réservation 6612 du 28 mai au 4 juin ?",
            dt.date(2027, 6, 4),
            None,
        ),
        ("it", "possiamo spostare la prenotazione dal 28 maggio al 4 giugno?", dt.date(2027, 6, 4), None),
        ("es", "¿podemos adelantar la reserva del 4 de junio al 28 de mayo?", dt.date(2027, 5, 28), None),
        # the same verbs before a range of days of one month: the new stay
        (
            "it",
            "Vorrei spostare la prenotazione 80450 dal 14 al 16 agosto",
            dt.date(2027, 8, 14),
            dt.date(2027, 8, 16),
        ),
        # the night of the departure added keeps the arrival ("add the 16th as well")
        (
            "en",
            "we're booked 14-16 May, could you add the 16th as well?",
            dt.date(2027, 5, 14),
            dt.date(2027, 5, 17),
        ),
    ],
)
def test_changes(lang: str, text: str, check_in: dt.date | None, check_out: dt.date | None) -> None:
    assert stay(text, lang, modify=True) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a weekend gone by is no stay
        ("en", "I am writing to complain about my stay last weekend. Our room overlooked the kitchen."),
        ("es", "Les escribo por la estancia del pasado fin de semana, la habitación no estaba limpia."),
        ("pt", "Queria reclamar do fim de semana passado, o quarto estava sujo."),
        ("de", "Wir waren letztes Wochenende bei Ihnen und das Zimmer war laut."),
        ("it", "Il weekend scorso la camera era sporca."),
    ],
)
def test_a_weekend_gone_by(lang: str, text: str) -> None:
    assert stay(text, lang) == (None, None)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # a booking moved from one weekday to another
        (
            "it",
            "Si può spostare la prenotazione da venerdì a sabato? Codice BK-9921",
            dt.date(2027, 5, 15),
            None,
        ),
        (
            "fr",
            "Est-ce que je peux changer ma réservation de vendredi pour samedi? C'est pour une nuit pareil",
            dt.date(2027, 5, 15),
            dt.date(2027, 5, 16),
        ),
        # the new days of a change after "para os dias"
        (
            "pt",
            "tenho a reserva de 5 a 7 de junho, será possível passar para os dias 12 a 14?",
            dt.date(2027, 6, 12),
            dt.date(2027, 6, 14),
        ),
        # a night added with "on reste aussi"
        ("fr", "On reste aussi samedi soir, c'est possible ? Résa 30-775", None, dt.date(2027, 5, 16)),
    ],
)
def test_more_changes(lang: str, text: str, check_in: dt.date | None, check_out: dt.date | None) -> None:
    assert stay(text, lang, modify=True) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # "une seule nuit", "una sola noche": one night
        (
            "fr",
            "une chambre double lundi en huit, une seule nuit ?",
            dt.date(2027, 5, 24),
            dt.date(2027, 5, 25),
        ),
        ("es", "una habitación el viernes, una sola noche", dt.date(2027, 5, 14), dt.date(2027, 5, 15)),
        ("it", "una camera venerdì, una sola notte", dt.date(2027, 5, 14), dt.date(2027, 5, 15)),
        # a short weekday after "for"
        ("en", "gotta cancel for Sat, work stuff", dt.date(2027, 5, 15), None),
        ("en", "any room for Fri?", dt.date(2027, 5, 14), None),
        # days in words after "desde el ... hasta el"
        (
            "es",
            "dos habitaciones desde el veintiuno hasta el veinticuatro de este mes",
            dt.date(2027, 5, 21),
            dt.date(2027, 5, 24),
        ),
    ],
)
def test_more_stays(lang: str, text: str, check_in: dt.date | None, check_out: dt.date | None) -> None:
    assert stay(text, lang) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # two pairs of weekdays in a change: the second pair's nights
        (
            "en",
            "we booked for friday and saturday but could we actually make it saturday and sunday instead",
            dt.date(2027, 5, 15),
            dt.date(2027, 5, 17),
        ),
        (
            "es",
            "teníamos viernes y sábado, ¿podemos pasarlo a sábado y domingo?",
            dt.date(2027, 5, 15),
            dt.date(2027, 5, 17),
        ),
        # the move said between the booking's day and the new one: the new arrival, the nights kept
        ("pt", "tenho uma reserva pra dia 15 e queria mudar pro dia 22", dt.date(2027, 5, 22), None),
        ("en", "we're booked for the 15th, can we move it to the 22nd?", dt.date(2027, 5, 22), None),
        # the departure moved is no move of the booking
        (
            "en",
            "booked from the 15th, can we change the check-out to the 22nd?",
            dt.date(2027, 5, 15),
            dt.date(2027, 5, 22),
        ),
        # "make it 21 to 23"
        ("en", "oh wait, can we make it 21 to 23 instead", dt.date(2027, 5, 21), dt.date(2027, 5, 23)),
    ],
)
def test_changes_to_other_days(
    lang: str, text: str, check_in: dt.date | None, check_out: dt.date | None
) -> None:
    assert stay(text, lang, modify=True) == (check_in, check_out)
