"""Dates guests write that were misread (round 26, r26a-d: guests with a booking already made who lengthen it, move it
or its arrival): an end day said to be included, staying on after a holiday booked, the nights named after a verb
of moving, an arrival moved in a booking of N nights (docs/INTERFACES.md "Understanding conventions" / Dates; the
first set's `<lang>-r26*` lines score the whole understanding)."""

from __future__ import annotations

import pytest

from conversations.nlu.tests.support import stay


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "¿Podemos alargar la estancia hasta el 20 inclusive?"),
        ("es", "Quisiéramos quedarnos hasta el 20 de marzo incluido."),
        ("en", "Could we extend our stay until the 20th inclusive?"),
        ("en", "Could we extend up to and including the 20th?"),
        ("pt", "Dá para prolongar a estadia até dia 20, inclusive?"),
        ("fr", "Peut-on prolonger jusqu'au 20 mars inclus ?"),
        ("de", "Können wir bis einschließlich 20. März verlängern?"),
        ("it", "Possiamo prolungare fino al 20 compreso?"),
        ("it", "Vorremmo restare fino al 20 marzo incluso."),
    ],
)
def test_a_stay_lengthened_up_to_a_day_included_leaves_the_morning_after(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-03-02", modify=True) == (None, "2027-03-21")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Tenemos reserva para Pentecostés pero nos gustaría quedarnos hasta el miércoles."),
        ("en", "We're booked for Whitsun but we'd like to stay until Wednesday."),
        ("pt", "Temos reserva para o Pentecostes mas queríamos ficar até quarta."),
        ("fr", "On a réservé pour la Pentecôte mais on aimerait rester jusqu'au mercredi."),
        ("de", "Wir haben über Pfingsten gebucht, könnten wir bis Mittwoch bleiben?"),
        ("it", "Abbiamo prenotato per Pentecoste ma vorremmo restare fino a mercoledì."),
    ],
)
def test_staying_on_until_a_weekday_after_a_holiday_booked_is_the_new_departure(lang: str, text: str) -> None:
    # Pentecost 2027: Saturday 15 to Whit Monday 17 May; the Wednesday after it is the 19th.
    assert stay(text, lang, "2027-04-20", modify=True) == (None, "2027-05-19")


def test_swiss_staying_on_after_the_days_booked_is_the_new_departure() -> None:
    text = "Mir händ vom Friitig bis Sunntig es Zimmer reserviert. Chönnted mir na bis am Mäntig bliibe?"
    assert stay(text, "de", "2027-01-19", modify=True) == (None, "2027-01-25")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Tenemos una doble para este finde (viernes y sábado), ¿podemos pasarla al finde después del que viene, "
            "viernes y sábado?",
        ),
        (
            "en",
            "We've booked this weekend (Fri/Sat), can we move it to the weekend after next, Friday and Saturday night?",
        ),
        (
            "pt",
            "Temos reserva para este fim de semana, dá para passar para o fim de semana depois do que vem, sexta e "
            "sábado?",
        ),
        (
            "fr",
            "On a une chambre pour ce week-end, on peut la repousser au week-end d'après, le vendredi 19 et le "
            "samedi 20 ?",
        ),
        (
            "de",
            "Wir haben dieses Wochenende gebucht. Geht eine Umbuchung auf übernächstes Wochenende, Freitag und "
            "Samstag?",
        ),
        (
            "it",
            "Abbiamo prenotato questo weekend, possiamo spostarlo al weekend dopo il prossimo, venerdì e sabato?",
        ),
    ],
)
def test_the_nights_named_after_a_verb_of_moving_a_weekend_booked_are_the_new_stay(
    lang: str, text: str
) -> None:
    # Said on Monday 8 March 2027: this weekend is 12-14 March, the one after next 19-21 March.
    assert stay(text, lang, "2027-03-08", modify=True) == ("2027-03-19", "2027-03-21")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Tenemos tres noches a partir del 12 de julio. ¿Podemos adelantar la llegada al 11?"),
        ("en", "We have 3 nights from 12 July. Could we bring our arrival forward to the 11th?"),
        ("pt", "Temos três noites a partir de 12 de julho. Dá para antecipar a chegada para o dia 11?"),
        ("fr", "Nous avons 3 nuits à partir du 12 juillet. Peut-on avancer l'arrivée au 11 ?"),
        ("de", "Wir haben 3 Nächte ab 12. Juli gebucht. Können wir die Anreise auf den 11. vorverlegen?"),
        ("it", "Abbiamo tre notti a partire dal 12 luglio. Possiamo anticipare l'arrivo all'11?"),
    ],
)
def test_an_arrival_moved_to_a_day_without_its_month_keeps_the_booked_month_and_departure(
    lang: str, text: str
) -> None:
    assert stay(text, lang, "2027-05-29", modify=True) == ("2027-07-11", "2027-07-15")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "¿Tenéis una doble para la noche del veintiocho?"),
        ("en", "Any rooms for the night of the twenty-eighth?"),
        ("pt", "Têm um quarto familiar para a noite de vinte e oito?"),
        ("pt", "Têm um quarto para a noite de 28?"),
        ("fr", "Vous avez une chambre pour la nuit du vingt-huit ?"),
        ("de", "Haben Sie ein Zimmer für die Nacht vom achtundzwanzigsten?"),
        ("it", "Avete una camera per la notte del ventotto?"),
    ],
)
def test_a_night_named_by_its_day_alone_in_digits_or_words_is_that_night(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-07-16") == ("2027-07-28", "2027-07-29")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Teníamos reservado el jueves, ¿podemos cambiar la reserva a viernes?"),
        ("en", "We'd booked Thursday night but could we move it to Friday? Same number of nights."),
        ("pt", "Tínhamos reservado a quinta, dá para mudar a reserva a sexta?"),
        ("fr", "Nous avions réservé pour jeudi, serait-il possible de décaler la réservation à vendredi ?"),
        ("de", "Wir hatten für Donnerstagabend gebucht, können wir auf Freitag verschieben?"),
        ("it", "Avevamo prenotato per giovedì sera, possiamo spostare a venerdì? Stesso numero di notti."),
    ],
)
def test_a_booked_day_moved_with_a_to_the_next_one_arrives_then_and_keeps_its_nights(
    lang: str, text: str
) -> None:
    # Monday 15 June 2026: Thursday is the 18th, Friday the 19th; the booking keeps its nights (no check-out said).
    assert stay(text, lang, "2026-06-15", modify=True) == ("2026-06-19", None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Tenemos reservado el fin de semana del 16 de octubre, pero querríamos llegar el jueves 15 en vez del "
            "viernes; salimos el domingo igualmente.",
        ),
        (
            "en",
            "We're booked for the weekend of 16 October but would like to arrive on Thursday the 15th instead of "
            "Friday, still leaving on Sunday.",
        ),
        (
            "pt",
            "Temos reserva para o fim de semana de 16 de outubro, mas queríamos chegar na quinta, dia 15, em vez de "
            "sexta; saímos no domingo na mesma.",
        ),
        (
            "fr",
            "Nous avons réservé le week-end du 16 octobre, mais nous aimerions arriver le jeudi 15 au lieu du "
            "vendredi ; nous repartons le dimanche.",
        ),
        (
            "de",
            "Wir haben das Wochenende vom 16. Oktober gebucht. Anreise am Donnerstag, 15. statt am Freitag, Abreise "
            "weiterhin am Sonntag.",
        ),
        (
            "it",
            "Abbiamo prenotato il weekend del 16 ottobre, ma vorremmo arrivare giovedì 15 invece di venerdì; "
            "ripartiamo comunque domenica.",
        ),
    ],
)
def test_an_arrival_said_instead_of_the_booked_one_runs_to_the_departure_said_after_it(
    lang: str, text: str
) -> None:
    assert stay(text, lang, "2026-10-06", modify=True) == ("2026-10-15", "2026-10-18")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Por la huelga de trenes del viernes solo llegaremos el sábado, y salimos el lunes como estaba previsto.",
        ),
        (
            "en",
            "Because of the rail strike on Friday we can only get there on Saturday, leaving Monday as booked.",
        ),
        ("pt", "Por causa da greve de sexta só chegamos no sábado, saindo na segunda como combinado."),
        ("fr", "À cause de la grève de vendredi, nous n'arriverons que samedi, départ lundi comme prévu."),
        (
            "de",
            "Wegen des Bahnstreiks am Freitag kommen wir erst am Samstag an, Abreise am Montag wie geplant.",
        ),
        ("it", "Per lo sciopero di venerdì arriveremo solo sabato, partenza lunedì come previsto."),
    ],
)
def test_a_weekday_arrived_on_only_runs_to_the_weekday_of_leaving_said_after_it(lang: str, text: str) -> None:
    # Monday 2 October 2028: the strike's Friday is the 6th, the new arrival Saturday the 7th, Monday the 9th.
    assert stay(text, lang, "2028-10-02", modify=True) == ("2028-10-07", "2028-10-09")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Llegaremos un día más tarde, o sea el 13 y no el 12; la reserva es hasta el 15."),
        ("en", "We'll arrive a day later, so the 13th and not the 12th - the booking runs until the 15th."),
        ("pt", "Vamos chegar um dia depois, ou seja dia 13 e não dia 12; a reserva é até dia 15."),
        ("fr", "Nous arriverons un jour plus tard, donc le 13 et pas le 12 ; la réservation va jusqu'au 15."),
        ("de", "Wir kommen einen Tag später, also am 13. und nicht am 12. Die Buchung geht bis zum 15."),
        ("it", "Arriviamo un giorno dopo, cioè il 13 e non il 12; restiamo fino al 15."),
    ],
)
def test_a_day_and_not_another_is_said_instead_of_it(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-06-01", modify=True) == ("2027-06-13", "2027-06-15")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Quiero anular la reserva del 3 al 5 de abril. En su lugar, ¿podríamos venir el Lunes de Pascua, una sola noche?",
        ),
        (
            "en",
            "Please cancel our booking for 3-5 April. Instead, could we come for Easter Monday, just the one night?",
        ),
        (
            "pt",
            "Queria cancelar a reserva de 3 a 5 de abril. Em vez disso, podemos ir na segunda-feira de Páscoa, uma só noite?",
        ),
        (
            "fr",
            "Je voudrais annuler la réservation du 3 au 5 avril. À la place, on pourrait venir le lundi de Pâques, une seule nuit ?",
        ),
        (
            "de",
            "Bitte die Buchung vom 3. bis 5. April stornieren. Stattdessen würden wir gern am Ostermontag kommen, nur eine Nacht.",
        ),
        (
            "it",
            "Vorrei annullare la prenotazione dal 3 al 5 aprile. Al suo posto, potremmo venire per la notte di Pasquetta?",
        ),
    ],
)
def test_a_holiday_said_after_instead_replaces_the_booked_days(lang: str, text: str) -> None:
    # Easter Monday 2026 is 6 April: its night alone.
    assert stay(text, lang, "2026-02-10", modify=True) == ("2026-04-06", "2026-04-07")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Tenemos tres noches desde el 10 de septiembre. Necesitamos retrasarla una semana, o sea llegar el 17 de "
            "septiembre.",
        ),
        (
            "en",
            "We have three nights from 10 September. We need to push it back a week and arrive on 17 September "
            "instead.",
        ),
        (
            "pt",
            "Temos três noites a partir de 10 de setembro. Precisamos de adiá-la uma semana, ou seja, chegar a 17 de "
            "setembro.",
        ),
        (
            "fr",
            "Nous avons trois nuits à partir du 10 septembre. Il faudrait la décaler d'une semaine, donc arriver le 17 "
            "septembre.",
        ),
        (
            "de",
            "Wir haben drei Nächte ab dem 10. September. Wir müssten um eine Woche verschieben, also Anreise am 17. "
            "September.",
        ),
        (
            "it",
            "Abbiamo tre notti dal 10 settembre. Dovremmo spostarla di una settimana, cioè arrivare il 17 settembre.",
        ),
    ],
)
def test_a_booking_moved_then_its_new_day_of_arriving_keeps_its_nights(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-08-02", modify=True) == ("2027-09-17", "2027-09-20")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reservámos para o Carnaval, de sábado até quarta de cinzas.", ("2027-02-06", "2027-02-10")),
        ("Queremos um quarto da segunda de carnaval até quarta de cinzas.", ("2027-02-08", "2027-02-10")),
        ("Um quarto da terça de carnaval até quarta de cinzas, por favor.", ("2027-02-09", "2027-02-10")),
    ],
)
def test_portuguese_days_of_the_carnival_said_without_feira_are_those_days(
    text: str, expected: tuple[str, str]
) -> None:
    assert stay(text, "pt", "2026-12-28") == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "¿Nos tenéis apuntados para este finde? Y ¿desde qué hora se puede entrar?"),
        ("en", "Have you got us down for this weekend? And what time is breakfast served?"),
        ("pt", "Vocês têm a gente marcada para este fim de semana? E a partir de que horas podemos entrar?"),
        ("fr", "Vous nous avez bien notés pour ce week-end ? Et à quelle heure peut-on arriver ?"),
        ("de", "Habt ihr uns für dieses Wochenende eingetragen? Und ab wann können wir rein?"),
        ("it", "Ci avete segnati per questo weekend? E da che ora si può entrare?"),
    ],
)
def test_a_weekend_in_its_own_sentence_stays_beside_a_question_about_when(lang: str, text: str) -> None:
    # Tuesday 7 March 2028: this weekend is 10-12 March ("Ab wann gibt es am Wochenende Frühstück?" names none).
    assert stay(text, lang, "2028-03-07") == ("2028-03-10", "2028-03-12")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Gracias por todo, ¡hasta el sábado!"),
        ("en", "Thanks for confirming, see you on Saturday!"),
        ("pt", "Obrigada pela confirmação, até sábado!"),
        ("fr", "C'est noté, merci, à samedi !"),
        ("de", "Danke für die Bestätigung, bis Samstag!"),
        ("it", "Grazie della conferma, ci vediamo sabato!"),
    ],
)
def test_the_day_a_goodbye_names_is_no_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2028-05-09") == (None, None)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Una habitación para el viernes, hasta el domingo.", ("2028-05-12", "2028-05-14")),
        ("fr", "Une chambre du jeudi à samedi.", ("2028-05-11", "2028-05-13")),
        ("de", "Danke! Ein Zimmer für Freitag bis Sonntag.", ("2028-05-12", "2028-05-14")),
        (
            "en",
            "See you on Saturday! Could we also book a room for Saturday night?",
            ("2028-05-13", "2028-05-14"),
        ),
    ],
)
def test_a_stays_last_day_is_no_goodbye(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert stay(text, lang, "2028-05-09") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fancy a night away sat? me n the wife", ("2026-03-28", "2026-03-29")),
        ("any chance of a night out sat for 2?", ("2026-03-28", "2026-03-29")),
        ("2 nights fri n sat pls", ("2026-03-27", "2026-03-29")),
    ],
)
def test_an_english_short_weekday_right_after_night_is_that_night(
    text: str, expected: tuple[str, str]
) -> None:
    assert stay(text, "en", "2026-03-24") == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "¿Cuál es la tarifa por noche del cuarto doble?"),
        ("pt", "Qual é o preço da noite do quarto duplo?"),
    ],
)
def test_a_room_after_a_night_is_no_day(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-03-24") == (None, None)
