"""Dates guests write that were misread (round 15, r15l-o): weekdays said after a named weekend, the bank holiday
weekend at the end of May, a week named by the day that is then the arrival, the day a booking was made, a weekend in
a question about from when something is served, a market asked about on a day, a stay lengthened "until" a day in a
change, a weekend asked for in place of a cancelled booking and a form's "Nights: 2" (docs/INTERFACES.md
"Understanding conventions" / Dates; the first set's `<lang>-r15*` lines score the whole understanding)."""

from __future__ import annotations

import pytest

from conversations.nlu.tests.support import stay


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Somos cuatro amigas y queremos ir el finde después del que viene, viernes y sábado. ¿Dos dobles?",
        ),
        (
            "en",
            "Bachelor party of 8 coming the weekend after next. Do you have rooms for us Friday and Saturday?",
        ),
        ("pt", "Queremos ir no fim de semana depois do que vem, sexta e sábado. Têm dois quartos?"),
        (
            "fr",
            "Nous voudrions venir le week-end après le prochain, vendredi et samedi soir. Deux chambres ?",
        ),
        ("de", "Wir möchten übernächstes Wochenende kommen, Freitag und Samstag. Habt ihr zwei Zimmer?"),
        ("it", "Vorremmo venire il weekend dopo il prossimo, venerdì e sabato. Avete due camere?"),
    ],
)
def test_weekdays_said_after_the_weekend_after_next_are_its_nights(lang: str, text: str) -> None:
    # said on Wednesday 8 September 2027: the coming weekend is 10-12, the one after it 17-19
    assert stay(text, lang, "2027-09-08") == ("2027-09-17", "2027-09-19")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Yo! Halloween weekend, any chance you have 2 rooms for 4 of us? Fri and Sat night."),
        ("en", "A double for the first weekend of November, Friday and Saturday."),
        ("es", "Una doble para el primer fin de semana de noviembre, viernes y sábado."),
        ("fr", "Une chambre double pour le premier week-end de novembre, vendredi et samedi."),
        ("it", "Una doppia per il primo weekend di novembre, venerdì e sabato."),
        ("de", "Ein Doppelzimmer für das erste Wochenende im November, Freitag und Samstag."),
        ("pt", "Um quarto duplo para o primeiro fim de semana de novembro, sexta e sábado."),
    ],
)
def test_weekdays_said_after_a_weekend_named_by_its_holiday_or_its_place_in_the_month(
    lang: str, text: str
) -> None:
    # Halloween 2027 is a Sunday: its weekend is Friday 29 to Sunday 31 October; November's first Saturday is the 6th
    expected = ("2027-10-29", "2027-10-31") if "Halloween" in text else ("2027-11-05", "2027-11-07")
    assert stay(text, lang, "2027-10-18") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Could you put us down for the bank holiday weekend at the end of May? A double if poss.",
            ("2027-05-29", "2027-05-31"),
        ),
        ("A double for the bank holiday weekend at the start of May please.", ("2027-05-01", "2027-05-03")),
        ("Any rooms for the last bank holiday in May?", ("2027-05-29", "2027-05-31")),
        ("Twin room for the bank holiday weekend in August, please.", ("2027-08-28", "2027-08-30")),
    ],
)
def test_a_bank_holiday_named_by_its_part_of_the_month_is_that_monday_s_weekend(
    text: str, expected: tuple[str, str]
) -> None:
    assert stay(text, "en", "2027-03-01") == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two rooms for the week of the 16th, arriving Monday the 16th, leaving Monday the 23rd."),
        ("es", "Dos habitaciones para la semana del 16, llegando el lunes 16 y saliendo el lunes 23."),
        ("pt", "Dois quartos para a semana do dia 16, chegando na segunda 16 e saindo na segunda 23."),
        ("fr", "Deux chambres pour la semaine du 16, arrivée le lundi 16, départ le lundi 23."),
        ("de", "Zwei Zimmer für die Woche vom 16., Anreise Montag, den 16., Abreise Montag, den 23."),
        ("it", "Due camere per la settimana del 16, arrivo lunedì 16 e partenza lunedì 23."),
    ],
)
def test_the_day_a_week_is_named_by_said_again_as_the_arrival_is_one_day(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-08-04") == ("2027-08-16", "2027-08-23")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Hice una reserva el sábado por la web y todavía no me ha llegado la confirmación."),
        ("pt", "Fiz uma reserva no sábado pelo site e ainda não recebi a confirmação."),
        ("fr", "J'ai fait une réservation samedi sur le site et je n'ai toujours pas reçu de confirmation."),
        ("de", "Ich habe am Samstag über die Webseite eine Reservierung gemacht und noch keine Bestätigung."),
        ("it", "Ho fatto una prenotazione sabato sul sito e non mi è ancora arrivata la conferma."),
    ],
)
def test_the_day_a_booking_was_made_with_its_noun_is_no_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-08-02") == (None, None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ab wann gibt es am Wochenende Frühstück?"),
        ("en", "From what time is breakfast at the weekend?"),
        ("es", "¿Desde qué hora hay desayuno el fin de semana?"),
        ("fr", "Jusqu'à quelle heure le petit-déjeuner est-il servi le week-end ?"),
        ("it", "Fino a che ora c'è la colazione nel weekend?"),
        ("pt", "Até que horas tem pequeno-almoço ao fim de semana?"),
    ],
)
def test_a_weekend_in_a_question_about_from_or_until_when_is_no_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-01-11") == (None, None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Sapete se domenica c'è il mercatino dell'antiquariato in piazza?"),
        ("en", "Do you know if there's a flea market on Sunday in the square?"),
        ("es", "¿Sabéis si el domingo hay mercadillo en la plaza?"),
        ("fr", "Savez-vous si le marché aux puces a lieu dimanche ?"),
        ("de", "Wisst ihr, ob am Sonntag Flohmarkt auf dem Platz ist?"),
        ("pt", "Sabem se no domingo há mercado na praça?"),
    ],
)
def test_a_market_asked_about_on_a_day_is_no_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-10-06") == (None, None)


def test_a_stay_for_a_market_keeps_its_days() -> None:
    text = (
        "Salut, on cherche une chambre pour deux du jeudi 2 au samedi 4 décembre, on vient de Lausanne pour le "
        "marché de Noël. Septante francs la nuit, c'est jouable ?"
    )
    assert stay(text, "fr", "2027-11-20") == ("2027-12-02", "2027-12-04")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Our booking 66120 is for Thursday to Saturday, but we'd like to stay until Sunday instead."),
        ("es", "Nuestra reserva 66120 es de jueves a sábado, pero nos gustaría quedarnos hasta el domingo."),
        ("pt", "A nossa reserva 66120 é de quinta a sábado, mas gostaríamos de ficar até domingo."),
        (
            "fr",
            "Notre réservation 66120 est du jeudi au samedi, mais nous aimerions rester jusqu'à dimanche.",
        ),
        (
            "de",
            "Unsere Buchung 66120 ist von Donnerstag bis Samstag, wir würden aber gern bis Sonntag bleiben.",
        ),
        ("it", "La nostra prenotazione 66120 è da giovedì a sabato, ma vorremmo restare fino a domenica."),
    ],
)
def test_staying_until_a_later_day_in_a_change_is_the_new_departure(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-05-03", modify=True) == (None, "2027-05-09")


def test_staying_until_a_day_after_the_booked_arrival_alone_runs_from_it() -> None:
    text = "Salve, ho prenotato per sabato 12 ma vorrei restare fino a lunedì invece che domenica"
    assert stay(text, "it", "2026-12-06", modify=True) == ("2026-12-12", "2026-12-14")


def test_a_new_stay_from_a_day_to_another_is_no_change() -> None:
    assert stay("Could we stay from Thursday until Sunday? A double please.", "en", "2027-05-03") == (
        "2027-05-06",
        "2027-05-09",
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Wir würden gerne die Buchung 66021 (20.\u201322. März) stornieren. Stattdessen hätten wir gern das erste "
            "Wochenende im April, gleiche Personenzahl.",
        ),
        (
            "en",
            "Please cancel booking 66021 (20-22 March). Instead we would like the first weekend of April.",
        ),
        (
            "es",
            "Anulad la reserva 66021 (20-22 de marzo). En su lugar querríamos el primer fin de semana de abril.",
        ),
        (
            "fr",
            "Merci d'annuler la réservation 66021 (du 20 au 22 mars). À la place, le premier week-end d'avril.",
        ),
        (
            "it",
            "Vorremmo annullare la prenotazione 66021 (20-22 marzo). Al suo posto il primo weekend di aprile.",
        ),
        (
            "pt",
            "Cancelem a reserva 66021 (de 20 a 22 de março). Em vez disso o primeiro fim de semana de abril.",
        ),
    ],
)
def test_a_weekend_asked_for_in_place_of_a_cancelled_booking_is_the_new_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-02-17", modify=True) == ("2027-04-02", "2027-04-04")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "First name: Chinedu\nSurname: Okafor\nArrival: Fri 10 Dec\nNights: 2\nGuests: 2 adults\nRoom: twin",
        ),
        ("es", "Nombre: Ana\nLlegada: viernes 10 de diciembre\nNoches: 2\nHuéspedes: 2"),
        ("fr", "Nom : Martin\nArrivée : vendredi 10 décembre\nNuits : 2\nPersonnes : 2"),
        ("de", "Name: Weber\nAnreise: Freitag, 10. Dezember\nNächte: 2\nPersonen: 2"),
        ("it", "Nome: Rossi\nArrivo: venerdì 10 dicembre\nNotti: 2\nPersone: 2"),
        ("pt", "Nome: Costa\nChegada: sexta, 10 de dezembro\nNoites: 2\nHóspedes: 2"),
    ],
)
def test_a_forms_nights_field_counts_the_nights(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-11-20") == ("2027-12-10", "2027-12-12")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Bonjour, nous serons une dizaine de personnes pour un anniversaire le week-end du 13 mars, vos tarifs ?",
        ),
        ("en", "Hi, we'll be about ten people for a birthday the weekend of 13 March, what are your rates?"),
        (
            "es",
            "Hola, seremos unas diez personas para un cumpleaños el fin de semana del 13 de marzo, ¿precios?",
        ),
        (
            "it",
            "Buongiorno, saremo una decina di persone per un compleanno il weekend del 13 marzo, che prezzi avete?",
        ),
        (
            "de",
            "Hallo, wir sind etwa zehn Personen für einen Geburtstag am Wochenende vom 13. März, was kostet das?",
        ),
        (
            "pt",
            "Olá, seremos umas dez pessoas para um aniversário no fim de semana de 13 de março, quais são os preços?",
        ),
    ],
)
def test_a_weekend_the_guests_come_for_an_event_is_their_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2026-12-06") == ("2027-03-12", "2027-03-14")


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Is there a concert this weekend?"), ("fr", "Y a-t-il un concert ce week-end ?")],
)
def test_an_event_asked_about_on_a_weekend_is_no_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2026-12-06") == (None, None)


def test_german_planning_a_trip_is_no_plane() -> None:
    text = (
        "ich bin Lehrerin und plane eine Klassenfahrt mit 24 Schülerinnen und Schülern (alle 13 Jahre) und insgesamt "
        "drei Lehrkräften vom 10. bis 14. Mai. Ich bitte um ein Angebot mit Halbpension."
    )
    assert stay(text, "de", "2027-03-01") == ("2027-05-10", "2027-05-14")


def test_a_plane_landing_on_a_day_is_still_no_stay() -> None:
    assert stay("Our plane lands on Friday, is there a shuttle?", "en", "2027-03-01") == (None, None)
