"""Dates as guests write them (round 5, r5c): weekdays said on every day of the week, days in a message that are no
stay (a past visit, a delivery, a birthday, the day a booking or a letter was written), a night added to a stay,
e-mails with a date line, and ranges across months (docs/INTERFACES.md "Understanding conventions" / Dates; the
first set's `<lang>-r5cNN` lines score the whole understanding)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.dates import stay_dates
from conversations.nlu.tests.support import dates
from conversations.nlu.text import fold

FRIDAY = dt.date(2027, 3, 5)
WEDNESDAY = dt.date(2027, 3, 3)
MONDAY = dt.date(2027, 5, 3)


def _d(month: int, day: int, year: int = 2027) -> dt.date:
    return dt.date(year, month, day)


@pytest.mark.parametrize(
    ("lang", "today", "text", "check_in", "check_out"),
    [
        # A weekday said on that same weekday: "next"/"que vem"/"prochain" is a week on, "this"/"este" is today.
        ("en", FRIDAY, "hey do u have anything next friday? just me", _d(3, 12), None),
        ("pt", FRIDAY, "tem vaga pra esta sexta? 1 noite, casal", _d(3, 5), _d(3, 6)),
        ("fr", FRIDAY, "vendredi prochain", _d(3, 12), None),
        ("de", FRIDAY, "Hätten Sie für diesen Freitag noch ein Einzelzimmer?", _d(3, 5), None),
        # "next" between a weekday and its day number names that one day ("sexta-feira que vem, dia 15").
        (
            "pt",
            dt.date(2027, 10, 8),
            "Vocês têm quarto duplo para sexta-feira que vem, dia 15?",
            _d(10, 15),
            None,
        ),
        ("fr", WEDNESDAY, "vendredi prochain, le 5, une nuit", _d(3, 5), _d(3, 6)),
        # The weekend after next, in chat registers.
        ("es", WEDNESDAY, "¿Tienen algo para el finde después del que viene? Somos 2", _d(3, 12), _d(3, 14)),
        ("pt", WEDNESDAY, "vcs tem vaga pro fim de semana depois do que vem? casal", _d(3, 12), _d(3, 14)),
        ("it", WEDNESDAY, "il weekend dopo quello prossimo", _d(3, 12), _d(3, 14)),
        # "hj" is today; "mudar pra 22 a 24" is a range.
        ("pt", dt.date(2027, 7, 4), "Tem quarto pra hj e amanhã? Somos 2", _d(7, 4), _d(7, 6)),
        ("pt", dt.date(2027, 10, 7), "dá pra mudar pra 22 a 24?", _d(10, 22), _d(10, 24)),
    ],
)
def test_weekdays_and_short_forms_said_on_any_day(lang, today, text, check_in, check_out):
    assert dates(text, lang, today) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "today", "text", "check_in", "check_out"),
    [
        # A past visit beside the stay asked for.
        (
            "en",
            dt.date(2026, 12, 14),
            "We stayed with you on 3 October and loved it! Do you have the same room for the 28th to the 30th?",
            _d(12, 28, 2026),
            _d(12, 30, 2026),
        ),
        (
            "en",
            dt.date(2027, 8, 10),
            "we were there last summer, from 3 to 6 August, and loved it. can we get the same room 17-19 sept?",
            _d(9, 17),
            _d(9, 19),
        ),
        (
            "es",
            dt.date(2027, 9, 20),
            "Estuvimos en agosto del 10 al 14 y nos encantó; queremos repetir del 8 al 11 de octubre",
            _d(10, 8),
            _d(10, 11),
        ),
        (
            "de",
            dt.date(2027, 6, 21),
            "Wir waren am 3. Mai schon bei Ihnen. Haben Sie vom 9. bis 11. Juli ein Zimmer?",
            _d(7, 9),
            _d(7, 11),
        ),
        (
            "pt",
            dt.date(2027, 11, 29),
            "Ficamos aí no dia 12 de outubro e adoramos. Tem quarto de 18 a 20 de dezembro?",
            _d(12, 18),
            _d(12, 20),
        ),
        # A delivery, and someone's birthday.
        (
            "en",
            dt.date(2027, 2, 10),
            "A courier is dropping off a cake for us on the 13th. Is a double free from the 14th to the 16th?",
            _d(2, 14),
            _d(2, 16),
        ),
        (
            "fr",
            dt.date(2027, 11, 15),
            "Un colis sera livré à mon nom le 19 novembre. Avez-vous une chambre du 22 au 24 ?",
            _d(11, 22),
            _d(11, 24),
        ),
        (
            "de",
            dt.date(2027, 10, 25),
            "Am 29. Oktober wird ein Paket für mich an Ihr Hotel geliefert. Haben Sie vom 2. bis 4. November ein Zimmer?",
            _d(11, 2),
            _d(11, 4),
        ),
        (
            "it",
            dt.date(2027, 6, 1),
            "Il compleanno di mio marito è il 19, vorremmo una camera dal 18 al 20 giugno",
            _d(6, 18),
            _d(6, 20),
        ),
        # The day a message was written.
        (
            "es",
            MONDAY,
            "en relación con mi correo del 28 de abril, ¿tienen una doble del 10 al 12 de junio?",
            _d(6, 10),
            _d(6, 12),
        ),
        (
            "de",
            MONDAY,
            "Bezugnehmend auf meine E-Mail vom 28. April: Haben Sie vom 10. bis 12. Juni ein Zimmer?",
            _d(6, 10),
            _d(6, 12),
        ),
        # A train at half past eleven: no day 23, the train's Thursday is the arrival.
        (
            "fr",
            dt.date(2027, 5, 24),
            "Notre train arrive jeudi à 23h30, une chambre pour deux nuits ?",
            _d(5, 27),
            _d(5, 29),
        ),
    ],
)
def test_days_that_are_no_stay_leave_the_stay_asked_for(lang, today, text, check_in, check_out):
    assert dates(text, lang, today) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "today"),
    [
        ("en", "I made my booking on 2 March for 9-11 April, could you change it to 16-18 April?", _d(3, 22)),
        (
            "es",
            "Hice la reserva el 1 de marzo para el 9-11, pero necesito cambiarla al 16-18 de abril",
            _d(3, 22),
        ),
        (
            "de",
            "Ich habe am 2. März für den 9.-11. April gebucht, wir möchten auf den 16.-18. April umbuchen",
            _d(3, 22),
        ),
    ],
)
def test_the_day_a_booking_was_made_is_no_old_or_new_day_of_a_change(lang, text, today):
    found = stay_dates(fold(text), today=today, lang=lang, modify=True)
    assert (found.check_in, found.check_out) == (_d(4, 16), _d(4, 18))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "3 May 2027\n\nDear Sir or Madam,\nWe would like to book a double room from 10 to 12 June.\nJohn Miller",
        ),
        (
            "es",
            "Madrid, 3 de mayo de 2027\n\nEstimados señores:\nQuisiera una habitación doble del 10 al 12 de junio.",
        ),
        ("fr", "Lyon, le 3 mai 2027\n\nMadame, Monsieur,\nJe souhaiterais une chambre du 10 au 12 juin."),
        (
            "de",
            "München, 3. Mai 2027\n\nSehr geehrte Damen und Herren,\nein Doppelzimmer vom 10. bis 12. Juni bitte.",
        ),
        ("it", "Milano, 3 maggio 2027\n\nGentili signori,\nvorrei una doppia dal 10 al 12 giugno."),
        ("pt", "São Paulo, 3 de maio de 2027.\n\nPrezados,\nSolicito um quarto duplo de 10 a 12 de junho."),
    ],
)
def test_a_letters_date_line_is_no_stay(lang, text):
    u = understand(text, today=MONDAY)
    assert (u.check_in, u.check_out) == (_d(6, 10), _d(6, 12))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "actually can we make it saturday too? so 2 nights"),
        ("es", "Oye, ¿y si nos quedamos también el sábado? Serían dos noches"),
        ("fr", "Finalement on reste aussi samedi soir, ça fera deux nuits"),
        ("de", "Können wir den Samstag auch noch dazunehmen? Dann wären es zwei Nächte"),
        ("it", "Possiamo restare anche sabato? Così sarebbero due notti"),
    ],
)
def test_a_night_added_keeps_the_arrival_and_ends_the_morning_after(lang, text):
    found = stay_dates(fold(text), today=MONDAY, lang=lang)
    assert (found.check_in, found.check_out, found.nights) == (None, _d(5, 9), 2)


@pytest.mark.parametrize(
    ("lang", "text", "check_in"),
    [
        # "also" in a question is no night added: no stay word and no count of nights, or German "auch" alone.
        ("en", "Is breakfast served on Sunday too?", _d(5, 9)),
        ("de", "Habt ihr am Freitag auch ein Zimmer frei?", _d(5, 7)),
    ],
)
def test_also_in_a_question_is_no_night_added(lang, text, check_in):
    assert dates(text, lang, MONDAY) == (check_in, None)


def test_a_range_across_months_with_one_month_said():
    for lang, text in (
        ("en", "do you have a family room from the 30th to the 2nd of August?"),
        ("es", "una habitación del 30 al 2 de agosto"),
        ("pt", "queria reservar do dia 30 ao dia 2 de agosto"),
        ("fr", "une chambre du 30 au 2 août"),
        ("de", "Zimmer vom 30. bis 2. August frei?"),
        ("it", "una doppia dal 30 al 2 agosto?"),
    ):
        assert dates(text, lang, dt.date(2027, 7, 20)) == (_d(7, 30), _d(8, 2)), text


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # Two bare days joined by a dash are a range, not the 14th of December ("12-14") or nothing ("15-17").
        ("en", "any room avail 12-14? 2 ppl", _d(3, 12), _d(3, 14)),
        ("es", "habitación 15-17? somos 3", _d(3, 15), _d(3, 17)),
        ("it", "camera libera 22-24? siamo in due", _d(3, 22), _d(3, 24)),
        # ... but not ages or a count.
        ("en", "kids aged 4-13", None, None),
        ("en", "room for 12-14 people?", None, None),
        # "weds" is Wednesday.
        ("en", "got a twin weds to fri? me n my bro", _d(3, 10), _d(3, 12)),
    ],
)
def test_a_dash_between_two_days_and_short_weekday_names(lang, text, check_in, check_out):
    assert dates(text, lang, WEDNESDAY) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # A booking moved from one day to another: the second is the new arrival, the booking keeps its nights.
        (
            "en",
            "Hi, could we move our booking 48812 from 14 May to 21 May? Same number of nights.",
            _d(5, 21),
            None,
        ),
        ("en", "need to push my reservation from friday to saturday, sorry!!", _d(5, 8), None),
        ("pt", "Oi, dá pra passar minha reserva do dia 14 para o dia 21?", _d(5, 21), None),
        ("de", "Können wir die Buchung vom 14. auf den 21. Mai verschieben?", _d(5, 21), None),
        ("es", "¿Se puede cambiar la reserva del viernes para el sábado?", _d(5, 8), None),
        # A new range is no move ("to from"), nor a range without a verb of moving ("von Freitag auf Sonntag").
        ("en", "can we change the booking to from the 14th to the 21st?", _d(5, 14), _d(5, 21)),
        ("de", "wir hätten gern ein Zimmer von Freitag auf Sonntag", _d(5, 7), _d(5, 9)),
    ],
)
def test_a_booking_moved_from_one_day_to_another(lang, text, check_in, check_out):
    found = stay_dates(fold(text), today=MONDAY, lang=lang, modify=True)
    assert (found.check_in, found.check_out) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # Chat spellings of a night and of tomorrow.
        ("en", "hiya, any rooms sat nite? just the 2 of us", _d(3, 6), _d(3, 7)),
        ("en", "fri night pls", _d(3, 5), _d(3, 6)),
        ("en", "2moro night, me n my mate", _d(3, 4), _d(3, 5)),
        ("en", "anything for tomoz?", _d(3, 4), None),
        # "de la otra semana", "da outra semana": the next calendar week.
        ("es", "¿me aparta un cuarto para el viernes de la otra semana? somos 2", _d(3, 12), None),
        ("pt", "tem quarto pra sexta da outra semana? 2 diárias", _d(3, 12), _d(3, 14)),
    ],
)
def test_chat_spellings_of_nights_and_weeks(lang, text, check_in, check_out):
    assert dates(text, lang, WEDNESDAY) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # A weekday right after "today"/"tomorrow" names that day, and a list goes on from it.
        ("es", "¿tienen una doble para hoy viernes? Solo una noche", FRIDAY, _d(3, 6)),
        ("es", "de hoy viernes al domingo", FRIDAY, _d(3, 7)),
        ("it", "avete una camera per domani sabato e domenica?", _d(3, 6), _d(3, 8)),
        ("en", "tomorrow (Saturday) for 2 nights", _d(3, 6), _d(3, 8)),
        # "starting" before a short weekday name
        ("en", "any rooms for 3 nights starting thurs?", _d(3, 11), _d(3, 14)),
    ],
)
def test_a_weekday_beside_today_or_tomorrow_is_that_day(lang, text, check_in, check_out):
    assert dates(text, lang, FRIDAY) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # "ich finde" is a German verb, not the Spanish weekend; "cama de matrimonio" a double bed, not a wedding.
        ("de", "Ich finde die E-Mail leider nicht mehr.", None, None),
        (
            "es",
            "Llegada: 10/07/2027\nSalida: 13/07/2027\nComentarios: cama de matrimonio si es posible",
            _d(7, 10),
            _d(7, 13),
        ),
        # A sentence after the month's full stop is not about that date ("El año pasado...").
        ("es", "una doble del 3 al 6 de abril. El año pasado nos atendió Blanca.", _d(4, 3), _d(4, 6)),
        # Tomorrow in a question about when something opens; Austrian "heid Nacht" is tonight.
        ("de", "Wissen Sie, ob die Skilifte morgen offen haben?", None, None),
        ("de", "Wissen Sie, wann morgen die Geschäfte in der Altstadt aufmachen?", None, None),
        ("de", "habts ihr no a Zimmer für heid Nacht?", WEDNESDAY, _d(3, 4)),
    ],
)
def test_words_that_look_like_days_or_events(lang, text, check_in, check_out):
    assert dates(text, lang, WEDNESDAY) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # Other days in the body correct the subject line's; alone, the subject's days are the stay.
        (
            "es",
            "Asunto: Consulta 20-22 mayo\n\nPerdón, me equivoqué de fechas: serían del 21 al 23.",
            _d(5, 21),
            _d(5, 23),
        ),
        (
            "de",
            "Betreff: Anfrage 20.-22. Mai\n\nKorrektur: wir bräuchten das Zimmer vom 21. bis 23. Mai.",
            _d(5, 21),
            _d(5, 23),
        ),
        (
            "fr",
            "Objet : réservation du 7 au 9 mai\n\nBonjour, pouvez-vous me confirmer ma réservation ?",
            _d(5, 7),
            _d(5, 9),
        ),
    ],
)
def test_a_subject_lines_days_and_the_bodys(lang, text, check_in, check_out):
    assert dates(text, lang, MONDAY) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The day of a payment or a call beside the stay is no stay.
        ("en", "I'll pay the deposit on Friday, please hold the double from 10 to 12 June for us"),
        ("en", "I'll call you tomorrow to confirm, but pencil us in for a double from 10 to 12 June"),
        ("es", "Mañana te hago la transferencia, resérvame la doble del 10 al 12 de junio porfa"),
        ("pt", "Amanhã faço o pix, pode reservar o quarto de 10 a 12 de junho?"),
        ("fr", "Je vous fais le virement lundi, bloquez-moi la chambre du 10 au 12 juin svp"),
        ("de", "Ich überweise morgen die Anzahlung, bitte das Zimmer vom 10. bis 12. Juni reservieren"),
        ("it", "Domani vi faccio il bonifico, tenetemi la doppia dal 10 al 12 giugno"),
    ],
)
def test_the_day_of_a_payment_or_a_call_is_no_stay(lang, text):
    assert dates(text, lang, MONDAY) == (_d(6, 10), _d(6, 12))


def test_a_full_stop_after_a_day_ends_its_sentence_unless_a_month_follows():
    # "dia 15." ends the parcel's sentence; "Am 29. Oktober" is one German date.
    text = "Vai chegar uma encomenda no meu nome dia 15. Tem quarto de 18 a 20 de janeiro?"
    assert dates(text, "pt", dt.date(2027, 1, 11)) == (_d(1, 18), _d(1, 20))
