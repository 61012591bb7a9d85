"""Dates guests write that were misread (round 28: changes of a booking made, where the new arrival or the departure
kept is said beside the booked days; weekday abbreviations and dialect months) (docs/INTERFACES.md "Understanding
conventions" / Dates; the first set's `<lang>-r28*` lines score the whole understanding)."""

from __future__ import annotations

import pytest

from conversations.nlu.tests.support import stay


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Tenemos reserva del 3 al 6 de octubre pero solo vamos a poder llegar el 4."),
        ("es", "Tenemos una reserva del 3.10. hasta 6.10. Podemos llegar un día después, el 4 de octubre?"),
        ("en", "We're booked 3-6 October but we'll only be able to arrive on the 4th."),
        ("pt", "Reservei de 3 a 6 de outubro mas só vamos conseguir chegar dia 4."),
        ("fr", "On a réservé du 3 au 6 octobre mais on pourra seulement arriver le 4."),
        ("de", "Mir ham vom 3. bis 6. Oktober a Zimmer reserviert, mir kumman aber erst am 4."),
        ("de", "Mir ham für 3. bis 6. Oktober reserviert, aber mir kumman erst am 4. Oktober."),
        ("it", "Abbiamo prenotato dal 3 al 6 ottobre ma arriveremmo solo il 4."),
    ],
)
def test_a_later_arrival_said_after_the_booked_days_keeps_their_departure(lang: str, text: str) -> None:
    assert stay(text, lang, "2026-08-30", modify=True) == ("2026-10-04", "2026-10-06")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Reservamos el fin de semana del 6 de marzo pero solo podremos llegar el sábado, salimos el domingo.",
        ),
        ("en", "We booked the weekend of 6 March but we can only get there on Saturday, leaving Sunday."),
        (
            "pt",
            "Reservei o fim de semana de 6 de março mas só vamos conseguir chegar no sábado, saímos no domingo.",
        ),
        (
            "fr",
            "J'ai réservé pour la fin de semaine du 6 mars mais on pourra juste arriver samedi, on repart dimanche.",
        ),
        (
            "de",
            "Wir haben das Wochenende vom 6. März gebucht, kommen aber erst am Samstag an, Abreise Sonntag.",
        ),
        (
            "it",
            "Abbiamo prenotato il weekend del 6 marzo ma riusciamo ad arrivare solo sabato, ripartiamo domenica.",
        ),
    ],
)
def test_a_weekday_arrived_on_only_is_the_booked_weekends(lang: str, text: str) -> None:
    # 6 March 2027 is a Saturday; said a month before, the coming Saturday is 13 February.
    assert stay(text, lang, "2027-02-10", modify=True) == ("2027-03-06", "2027-03-07")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Reserva 72 118: a chegada é dia 13 e não dia 12, peço desculpa. A saída mantém-se a 15."),
        ("it", "Prenotazione 72118: l'arrivo è il 13 e non il 12, scusate. La partenza rimane il 15."),
    ],
)
def test_an_arrival_put_right_runs_to_the_departure_said_kept(lang: str, text: str) -> None:
    # (es "la salida sigue siendo el 15", en "departure stays the 15th", fr "le départ reste le 15", de "die Abreise
    # bleibt der 15." were read so before)
    assert stay(text, lang, "2026-05-04", modify=True) == ("2026-05-13", "2026-05-15")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Tenemos reserva de 2 noches a partir del 5 de noviembre. ¿Se puede retrasar una semana? Llegaríamos el 12.",
        ),
        ("en", "We have 2 nights from 5 November. Could we postpone it a week? We'd arrive on the 12th."),
        (
            "pt",
            "Temos reserva de 2 noites a partir de 5 de nov. Será possível adiá-la uma semana? Chegaríamos a 12.",
        ),
        (
            "fr",
            "Nous avons 2 nuits à partir du 5 novembre. Peut-on la décaler d'une semaine ? Nous arriverions le 12.",
        ),
        (
            "de",
            "Wir haben 2 Nächte ab 5. November. Können wir sie um eine Woche verschieben? Wir kämen am 12.",
        ),
        ("it", "Abbiamo 2 notti dal 5 novembre. Possiamo spostarla di una settimana? Arriveremmo il 12."),
    ],
)
def test_a_booking_moved_then_its_arrival_said_next_keeps_its_nights(lang: str, text: str) -> None:
    assert stay(text, lang, "2026-10-01", modify=True) == ("2026-11-12", "2026-11-14")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Para nuestra reserva (llegada el 12 de agosto): solo llegaremos el 13 en vez del 12. Salimos igualmente el 16.",
        ),
        (
            "en",
            "For our booking (arrival 12 August), we'll only get there on the 13th instead of the 12th. Still leaving on the 16th.",
        ),
        (
            "pt",
            "Na nossa reserva (chegada a 12 de agosto), só chegamos no dia 13 em vez do dia 12. Vamos sair no dia 16.",
        ),
        (
            "fr",
            "Pour notre réservation 58 306 (arrivée le 12 août), nous n'arriverons que le 13 au lieu du 12. On repart toujours le 16.",
        ),
        (
            "de",
            "Zu unserer Buchung (Anreise am 12. August): wir kommen erst am 13. statt am 12. an. Abreise bleibt am 16.",
        ),
        (
            "it",
            "Per la prenotazione (arrivo il 12 agosto), arriveremo solo il 13 invece del 12. Ripartiamo sempre il 16.",
        ),
    ],
)
def test_an_arrival_said_instead_of_the_booked_arrival_day_runs_to_the_departure_said(
    lang: str, text: str
) -> None:
    # the booked arrival alone, no range: its month is the new days'
    assert stay(text, lang, "2027-07-05", modify=True) == ("2027-08-13", "2027-08-16")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Tengo reserva del viernes 3 al domingo 5 de julio: ¿podríamos más bien venir el finde siguiente, del 10 al 12?",
        ),
        (
            "en",
            "Booking 40992 from Friday 3 to Sunday 5 July: could we rather come the following weekend, from the 10th to the 12th?",
        ),
        (
            "pt",
            "Reserva de sexta 3 a domingo 5 de julho: em vez disso podíamos vir no fim de semana seguinte, de 10 a 12?",
        ),
        (
            "fr",
            "Réservation 40 992 du vendredi 3 au dimanche 5 juillet : pourrait-on plutôt venir le week-end suivant, du 10 au 12 ?",
        ),
        (
            "de",
            "Buchung vom Freitag, 3. bis Sonntag, 5. Juli: könnten wir lieber am Wochenende danach kommen, vom 10. bis 12.?",
        ),
        (
            "it",
            "Prenotazione da venerdì 3 a domenica 5 luglio: possiamo piuttosto venire il weekend dopo, dal 10 al 12?",
        ),
    ],
)
def test_a_range_said_rather_after_the_booked_days_is_the_new_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2026-06-01", modify=True) == ("2026-07-10", "2026-07-12")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Tengo la reserva 58231 del 3 al 5/6, ¿la podemos pasar al 10-12?"),
        ("pt", "Tenho a reserva 58231 de 3 a 5/6, dá para passar para 10 a 12?"),
        ("fr", "J'ai la réservation 58231 du 3 au 5/6, peut-on la décaler au 10-12 ?"),
        ("de", "Ich habe die Buchung 58231 vom 3. bis 5.6., können wir sie auf den 10.-12. verschieben?"),
        ("it", "Ho la prenotazione 58231 dal 3 al 5/6, possiamo spostarla al 10-12?"),
    ],
)
def test_days_moved_take_the_booked_month_written_in_digits(lang: str, text: str) -> None:
    # (English "5/6" may be 6 May or 5 June: no month to carry over)
    assert stay(text, lang, "2026-04-14", modify=True) == ("2026-06-10", "2026-06-12")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "hey so we're thinking of coming down the weekend of the 14th of november for my birthday which is "
            "actually the saturday, do you have a double free?",
        ),
        (
            "es",
            "Queremos ir el fin de semana del 14 de noviembre por mi cumple, que es el sábado. ¿Tenéis una doble?",
        ),
        (
            "fr",
            "On aimerait venir le week-end du 14 novembre pour mon anniversaire, qui est le samedi. Vous avez une double ?",
        ),
        (
            "de",
            "Wir würden gern am Wochenende vom 14. November zu meinem Geburtstag kommen, der ist am Samstag. Haben Sie "
            "ein Doppelzimmer?",
        ),
        (
            "pt",
            "Queríamos ir no fim de semana de 14 de novembro para o meu aniversário, que é no sábado. Têm um duplo?",
        ),
    ],
)
def test_a_weekend_named_by_a_day_with_the_event_said_after_it_is_the_stay(lang: str, text: str) -> None:
    # 14 November 2026 is a Saturday: its weekend, Friday to Sunday (Italian "per il mio compleanno" was read so)
    assert stay(text, lang, "2026-09-29") == ("2026-11-13", "2026-11-15")


@pytest.mark.parametrize(
    "text",
    [
        "Hier sind Jonas und Lea 👋 Wir hätten gern ein Doppelzimmer für das erste Wochenende im August, Fr/Sa.",
        "Wir hätten gerne ein Zimmer für das erste Wochenende im August, Freitag und Samstag.",
    ],
)
def test_german_we_would_like_is_no_stay_that_is_over(text: str) -> None:
    # "hätten" folds to "hatten" (we had): with "gern" it is a wish, and the weekend named its stay
    assert stay(text, "de", "2026-06-15") == ("2026-07-31", "2026-08-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zimmer frei am Sa? 1 Nacht, 3 Personen", ("2026-02-28", "2026-03-01")),
        ("Habt ihr am Fr? 2 Nächte", ("2026-02-27", "2026-03-01")),
        ("Einzelzimmer am Mi? Eine Nacht.", ("2026-02-25", "2026-02-26")),
    ],
)
def test_a_german_short_weekday_before_a_question_mark_is_that_day(
    text: str, expected: tuple[str, str]
) -> None:
    # said on Tuesday 24 February 2026 ("am so?" stays a word: only "So." with its full stop is Sunday)
    assert stay(text, "de", "2026-02-24") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mir sind es Paar us Bern und wetted vom Mäntig 14. bis am Donnschtig 17. Septämber es Zimmer.",
        "Wir möchten vom Montag, 14. bis zum Donnerstag, 17. September ein Zimmer.",
    ],
)
def test_a_range_with_the_second_days_weekday_after_am_or_zum_is_in_its_month(text: str) -> None:
    assert stay(text, "de", "2026-07-20") == ("2026-09-14", "2026-09-17")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Tenemos reserva del 3 al 6 de octubre pero al final llegamos el 4."),
        ("en", "We have a booking from 3 to 6 October but we'll now arrive on the 4th."),
        ("pt", "Reserva de 3 a 6 de outubro: afinal chegamos dia 4."),
        ("fr", "Réservation du 3 au 6 octobre : finalement on arrivera le 4."),
        ("it", "Prenotazione dal 3 al 6 ottobre: alla fine arriviamo il 4."),
    ],
)
def test_an_arrival_said_after_all_keeps_the_booked_departure(lang: str, text: str) -> None:
    # (German says it with "erst": "wir kommen nun doch erst am 4.", read so before)
    assert stay(text, lang, "2026-08-30", modify=True) == ("2026-10-04", "2026-10-06")


def test_a_german_arrival_a_day_earlier_with_the_verb_last_is_the_new_arrival() -> None:
    text = "Wir haben vom 3. bis 6. Oktober gebucht. Können wir einen Tag früher anreisen, am 2.?"
    assert stay(text, "de", "2026-08-30", modify=True) == ("2026-10-02", "2026-10-06")


def test_a_count_after_and_the_is_no_day() -> None:
    # guard (first set en-r7p31): "and the 3" is no day though "è il 13" is one in Italian
    text = "Grandma, Grandpa and the 3 grandkids - we need a family room 9-12 April please"
    assert stay(text, "en", "2026-12-20") == ("2027-04-09", "2027-04-12")
