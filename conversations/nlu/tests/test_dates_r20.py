"""Dates guests write that were misread (rounds 20 and 22, r20a-d and r22a-d: short turns, people writing for others,
phone-typed messages, calendars and counting, money and charges, long messages, returning guests and occasions):
days that are no stay (the day a booking was made, a deadline in hours, a stay that is over told for others, a
dinner beside rooms already had, an arrival told for a ride), changes (a month carried, the new days said before
the old ones, a new departure alone, an arrival a day later or planned otherwise) and days said around an event
(docs/INTERFACES.md "Understanding conventions" / Dates; the first set's `<lang>-r20*` and `<lang>-r22*` lines score
the whole understanding)."""

from __future__ import annotations

import pytest

from conversations.nlu.tests.support import stay

NONE = (None, None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Quería saber si me confirmaron la reserva que hice el martes por la web, no me llegó nada"),
        ("en", "Did you get the booking I made on Tuesday? No email yet."),
        ("fr", "Avez-vous bien reçu la réservation que j'ai faite mardi ? Rien reçu."),
        ("pt", "Receberam a reserva que fiz na terça? Nada no email."),
        ("it", "Avete ricevuto la prenotazione che ho fatto martedì? Niente mail."),
        ("de", "Haben Sie die Buchung, die ich am Dienstag gemacht habe, erhalten?"),
    ],
)
def test_the_day_a_booking_was_made_in_a_clause_of_its_own_is_no_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-05-27") == NONE


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "la reserva que hice para el martes, ¿la pueden confirmar?"),
        ("en", "the booking I made for Tuesday night, is it confirmed?"),
    ],
)
def test_the_days_a_booking_made_is_for_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-05-27")[0] == "2027-06-01"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Verificate subito il vostro account a questo link entro 24 ore o verrà chiuso"),
        ("es", "Por favor respondan entro 48 horas"),
    ],
)
def test_a_count_of_hours_after_a_word_like_a_month_is_no_day(lang: str, text: str) -> None:
    # "entro" is one letter from "enero": a month mistyped only beside a day, not beside a count of hours
    assert stay(text, lang, "2027-05-12") == NONE


def test_a_month_mistyped_beside_a_day_is_still_read() -> None:
    assert stay("el 15 de febreo", "es", "2027-05-12") == ("2028-02-15", None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Ho prenotato tre settimane fa per il ponte del 2 giugno, potete controllare?"),
        ("en", "I booked three weeks ago for the 2 June bridge, can you check?"),
    ],
)
def test_weeks_ago_are_no_length_of_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2028-04-28")[1] != "2028-06-23"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I booked two weeks ago for 3 May, no confirmation yet"),
        ("es", "Reservé hace dos semanas para el 3 de mayo"),
        ("de", "Ich habe vor zwei Wochen für den 3. Mai gebucht"),
        ("fr", "J'ai réservé il y a deux semaines pour le 3 mai"),
        ("pt", "Reservei há duas semanas para 3 de maio"),
        ("it", "Ho prenotato due settimane fa per il 3 maggio"),
    ],
)
def test_weeks_ago_leave_the_day_alone(lang: str, text: str) -> None:
    assert stay(text, lang, "2028-04-28") == ("2028-05-03", None)


@pytest.mark.parametrize(
    ("lang", "text"), [("it", "vorrei 2 settimane dal 3 maggio"), ("en", "two weeks from 3 May please")]
)
def test_weeks_of_a_stay_are_still_its_length(lang: str, text: str) -> None:
    assert stay(text, lang, "2028-04-28") == ("2028-05-03", "2028-05-17")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "football coach here, we've got an U14 tournament nearby the weekend after next. Could you hold 5 triple "
            "rooms for fri & sat night?",
        ),
        ("en", "there's a festival the weekend after next, rooms for Friday and Saturday night?"),
        ("de", "wir haben ein Turnier übernächstes Wochenende, Zimmer für Freitag und Samstag"),
    ],
)
def test_weekdays_after_the_weekend_an_event_is_on_are_that_weekends(lang: str, text: str) -> None:
    # Wednesday 14 July 2027: the weekend after next is 23-25 July
    assert stay(text, lang, "2027-07-14") == ("2027-07-23", "2027-07-25")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "tienen servicio de transporte desde el aeropuerto? llegamos el jueves en la noche"),
        ("en", "do you offer transport from the airport? we arrive thursday night"),
        ("it", "avete un servizio di trasporto dall'aeroporto? arriviamo giovedì sera"),
        ("fr", "proposez-vous un transport depuis l'aéroport ? nous arrivons jeudi soir"),
        ("de", "Bieten Sie einen Transport vom Flughafen an? Wir kommen Donnerstagabend an"),
    ],
)
def test_an_arrival_told_for_a_ride_from_the_airport_is_no_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-09-28") == NONE


def test_a_room_asked_beside_a_ride_keeps_its_days() -> None:
    text = "tienen transporte desde el aeropuerto? necesitamos una habitación del jueves al domingo"
    assert stay(text, "es", "2027-09-28") == ("2027-09-30", "2027-10-03")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Bonjour, auriez-vous une bonne adresse de restaurant pour un dîner d'affaires jeudi soir ? On a déjà nos "
            "chambres chez vous.",
        ),
        (
            "it",
            "Mi può consigliare un ristorante tipico qui vicino per giovedì sera? La camera da voi ce l'ho già.",
        ),
        ("en", "Can you recommend a restaurant for Thursday evening? We already have our rooms with you."),
        (
            "es",
            "¿Nos recomiendan un restaurante para el jueves por la noche? Ya tenemos habitación con ustedes.",
        ),
        ("de", "Können Sie ein Restaurant für Donnerstagabend empfehlen? Wir haben schon Zimmer bei Ihnen."),
    ],
)
def test_a_dinner_out_beside_rooms_already_had_is_no_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-10-26") == NONE


def test_a_room_asked_beside_a_restaurant_keeps_its_night() -> None:
    text = "Can you recommend a restaurant? Also we need a room for Thursday night."
    assert stay(text, "en", "2027-10-26") == ("2027-10-28", "2027-10-29")


@pytest.mark.parametrize(
    ("lang", "text", "today"),
    [
        (
            "en",
            "I'm writing on behalf of Mr. Hiroshi Ito, who stayed with you 3-5 May. He was promised a quiet room. He "
            "would like a partial refund.",
            "2027-05-12",
        ),
        (
            "fr",
            "Bonjour, nos collaborateurs ont séjourné chez vous du 20 au 22 septembre. Nous attendons un geste "
            "commercial de votre part.",
            "2027-09-27",
        ),
        (
            "es",
            "Hola. Nos alojamos con vosotros del 2 al 4 de agosto y nos cobrasteis 100 € de fianza por el perro.",
            "2027-08-19",
        ),
        (
            "it",
            "vi scrivo in merito al soggiorno appena concluso (camera 27, dal 14 al 17 aprile). Mi sono stati "
            "addebitati 60 euro.",
            "2027-04-19",
        ),
        (
            "pt",
            "Bom dia. Ficámos no vosso hotel de 25 a 28 de abril. Vi no cartão que cobraram 3 noites a 110 euros.",
            "2027-05-05",
        ),
        (
            "it",
            "Buongiorno, ho soggiornato da voi dal 20 al 23 agosto. Oggi guardo l'estratto conto e vedo due "
            "addebiti di 360 euro per lo stesso soggiorno.",
            "2027-08-30",
        ),
        (
            "de",
            "Herr Ito hat vom 3. bis 5. Mai bei Ihnen übernachtet und möchte eine Rückerstattung.",
            "2027-05-12",
        ),
    ],
)
def test_a_stay_that_is_over_told_for_others_or_with_its_article_is_no_stay(
    lang: str, text: str, today: str
) -> None:
    assert stay(text, lang, today) == NONE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a room asked for today beside the stay that is over
        (
            "abbiamo soggiornato da voi dal 20 al 23 agosto, avete una camera per oggi?",
            ("2027-08-30", "2027-08-31"),
        ),
        # days ahead after "nos quedamos" (also the present tense) are a stay
        ("nos quedamos con ustedes del 2 al 4 de octubre", ("2027-10-02", "2027-10-04")),
    ],
)
def test_near_a_stay_that_is_over_a_stay_asked_for_stays(text: str, expected: tuple[str, str]) -> None:
    assert stay(text, "it" if "camera" in text else "es", "2027-08-30") == expected


def test_a_new_day_of_arriving_instead_of_the_old_one_keeps_the_departure() -> None:
    text = "Tengo reserva del 14 al 16 de noviembre. ¿Podríamos llegar el 13 en vez del 14?"
    assert stay(text, "es", "2027-10-20", modify=True) == ("2027-11-13", "2027-11-16")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Hi, booking ref HX-2290. We were going to arrive on the 15th but now can't get there until the 16th, "
            "still leaving on the 18th.",
        ),
        ("en", "Booking 2290: we can't get there until the 16th, still leaving on the 18th."),
        ("es", "Teníamos previsto llegar el 15 pero ahora llegamos el 16, salimos igual el 18."),
        ("fr", "On devait arriver le 15 mais on ne pourra arriver que le 16, on part toujours le 18."),
        ("it", "Dovevamo arrivare il 15 ma ora arriviamo il 16, partiamo sempre il 18."),
        ("pt", "Íamos chegar dia 15 mas agora só chegamos dia 16, saímos dia 18 na mesma."),
        (
            "de",
            "Wir wollten eigentlich am 15. anreisen, kommen jetzt aber erst am 16., Abreise bleibt der 18.",
        ),
    ],
)
def test_an_arrival_planned_otherwise_gives_way_to_the_new_one(lang: str, text: str) -> None:
    assert stay(text, lang, "2028-09-01", modify=True) == ("2028-09-16", "2028-09-18")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a planned range is the old stay, the days after it the new one
        (
            "My booking is 20931. We were supposed to come 20th to 23rd July but now we will come on 21st only and "
            "leave same day 23rd.",
            ("2027-07-21", "2027-07-23"),
        ),
        # no change said: the planned arrival is the arrival
        ("We were going to arrive on the 15th, leaving the 18th.", ("2027-07-15", "2027-07-18")),
        # staying until a day is its departure
        (
            "booking 2290, we're staying until the 16th, could we leave on the 18th instead?",
            (None, "2027-07-18"),
        ),
    ],
)
def test_near_an_arrival_planned_otherwise(text: str, expected: tuple[str | None, str]) -> None:
    assert stay(text, "en", "2027-07-01", modify=True) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Wir haben vom 12. bis 15. Juni reserviert (Nr. 66 701). Leider kommen wir erst einen Tag später an, also "
            "am 13.",
        ),
        ("en", "We're booked 12-15 June (ref 66701). Sadly we'll arrive a day later, on the 13th."),
        ("es", "Tenemos reserva del 12 al 15 de junio. Llegaremos un día más tarde, el 13."),
        ("fr", "On a réservé du 12 au 15 juin. On arrivera un jour plus tard, le 13."),
        ("it", "Abbiamo prenotato dal 12 al 15 giugno. Arriveremo un giorno dopo, il 13."),
        ("pt", "Temos reserva de 12 a 15 de junho. Vamos chegar um dia depois, dia 13."),
    ],
)
def test_an_arrival_a_day_later_is_the_new_arrival(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-06-03", modify=True) == ("2027-06-13", "2027-06-15")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Prenotazione 44 981: possiamo spostare al 9-11 luglio? Avevamo il 2-4."),
        ("en", "Booking 44981: can we move to 9-11 July? We had the 2nd to the 4th."),
        ("es", "Reserva 44981: ¿podemos pasar al 9-11 de julio? Teníamos del 2 al 4."),
        ("fr", "Réservation 44981 : on peut décaler au 9-11 juillet ? On avait du 2 au 4."),
        ("de", "Buchung 44981: können wir auf 9.-11. Juli verschieben? Wir hatten vom 2. bis 4."),
        ("pt", "Reserva 44981: dá pra mudar para 9-11 de julho? Tínhamos de 2 a 4."),
    ],
)
def test_the_new_days_said_before_the_days_had_win(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-06-03", modify=True) == ("2027-07-09", "2027-07-11")


def test_the_old_days_said_first_still_give_way_to_the_new() -> None:
    text = "Prenotazione 44 981 dal 2 al 4 luglio: possiamo spostare al 9-11 luglio?"
    assert stay(text, "it", "2027-06-03", modify=True) == ("2027-07-09", "2027-07-11")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "bonjour on a la résa 61 907 pour 2 nuits à partir du 9 juillet, on peut décaler au 16-18?"),
        ("en", "we have 2 nights from 9 July, can we move to the 16th-18th?"),
        ("es", "tenemos 2 noches desde el 9 de julio, ¿podemos cambiar al 16-18?"),
        ("it", "abbiamo 2 notti dal 9 luglio, possiamo spostare al 16-18?"),
    ],
)
def test_days_a_booking_moves_to_are_in_its_month(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-05-11", modify=True) == ("2027-07-16", "2027-07-18")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Wir kommen zu Silvester 2 Nächte, 30. und 31.12., zwei Paare. Zwei DZ bitte."),
        ("de", "Ein Zimmer für den 30. und 31.12. bitte"),
        ("es", "para el 30 y 31/12 una doble"),
    ],
)
def test_two_days_listed_before_a_numeric_month_are_those_nights(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-12-01") == ("2027-12-30", "2028-01-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zimmer vom 30.-31.12.", ("2027-12-30", "2027-12-31")),
        ("Kinder 4 und 10.5 Jahre", NONE),
    ],
)
def test_near_days_listed_before_a_numeric_month(text: str, expected: tuple[str | None, str | None]) -> None:
    assert stay(text, "de", "2027-12-01") == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "wir würden gerne vom Donnerstag, 16. bis Sonntag, 19. September ein Doppelzimmer buchen."),
        ("en", "from Thursday 16 to Sunday 19 September"),
        ("fr", "du jeudi 16 au dimanche 19 septembre"),
        ("it", "dal giovedì 16 alla domenica 19 settembre"),
        ("es", "del jueves 16 al domingo 19 de septiembre"),
        ("pt", "de quinta 16 a domingo 19 de setembro"),
    ],
)
def test_a_range_with_the_second_days_weekday_is_in_its_month(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-07-05") == ("2027-09-16", "2027-09-19")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "La boda es el sábado 12 de junio en la hacienda y queremos hospedar a los invitados del viernes 11 al "
            "domingo 13. Serían unas 15 habitaciones.",
        ),
        ("en", "The wedding is on Saturday 12 June, we need rooms from the 11th to the 13th."),
        ("it", "il matrimonio è il 12 giugno, camere dall'11 al 13"),
    ],
)
def test_an_events_day_within_the_range_after_it_is_no_arrival(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-02-22") == ("2027-06-11", "2027-06-13")


def test_a_birthday_within_the_range_after_it_is_no_arrival() -> None:
    text = "Hoi, mini Frau wird am 22. Oktober 50i und ich möcht sie überrasche: es Doppelzimmer vom 21. bis 23. Oktober"
    assert stay(text, "de", "2027-09-01") == ("2027-10-21", "2027-10-23")


def test_a_day_alone_before_a_range_elsewhere_keeps_its_reading() -> None:
    assert (
        stay("arrivo il 12 giugno, poi dal 20 al 22 giugno un'altra camera", "it", "2027-02-22")[0]
        == "2027-06-12"
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "nos casamos el 9 de octubre y queremos pasar la luna de miel con ustedes del 10 al 14 de octubre. "
            "Queremos reservar la suite.",
        ),
        (
            "en",
            "We're getting married on 9 October and want to spend our honeymoon with you from 10 to 14 October. "
            "We'd like to book the suite.",
        ),
        (
            "fr",
            "Nous nous marions le 9 octobre et voulons passer notre lune de miel chez vous du 10 au 14 octobre, la suite svp.",
        ),
        (
            "it",
            "Ci sposiamo il 9 ottobre e vorremmo passare la luna di miele da voi dal 10 al 14 ottobre, vorremmo la suite.",
        ),
        (
            "de",
            "Wir heiraten am 9. Oktober und möchten die Flitterwochen vom 10. bis 14. Oktober bei Ihnen verbringen, die Suite bitte.",
        ),
        (
            "pt",
            "Vamos casar dia 9 de outubro e queremos passar a lua de mel com vocês de 10 a 14 de outubro. Queremos a suite.",
        ),
    ],
)
def test_in_an_events_clause_the_range_after_its_day_is_the_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-07-16") == ("2027-10-10", "2027-10-14")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Guten Abend, wir haben für unseren Hochzeitstag vom 17. bis 19. Juni gebucht (Buchung 4471). Könnten wir "
            "noch eine Nacht dranhängen, also Abreise am 20.?",
        ),
        (
            "en",
            "we booked for our anniversary from 17 to 19 June (booking 4471). Could we add a night, so leaving on the 20th?",
        ),
        (
            "es",
            "reservamos para nuestro aniversario del 17 al 19 de junio. ¿Podemos añadir una noche, o sea salir el 20?",
        ),
    ],
)
def test_a_night_added_to_a_stay_for_an_event_leaves_the_day_after_in_its_month(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-04-09", modify=True) == (None, "2027-06-20")


def test_a_departure_brought_forward_stays_in_the_old_ones_month() -> None:
    text = "Tenemos reservado hasta el 18 de junio, ¿podemos adelantar la salida al 16?"
    assert stay(text, "es", "2027-04-09", modify=True) == (None, "2027-06-16")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "abbiamo la prenotazione 30 771 dal 25 al 27 maggio. Possiamo restare anche la notte del 27? Quindi "
            "partiamo il 28.",
        ),
        (
            "en",
            "We're booked 25 to 27 May. Could we stay the night of the 27th too? So we'd leave on the 28th.",
        ),
        (
            "es",
            "Tenemos reserva del 25 al 27 de mayo. ¿Podemos quedarnos también la noche del 27? O sea salimos el 28.",
        ),
        (
            "fr",
            "Nous avons réservé du 25 au 27 mai. Pourrait-on rester aussi la nuit du 27 ? Donc on partirait le 28.",
        ),
        (
            "pt",
            "Temos reserva de 25 a 27 de maio. Dá para ficar também a noite do dia 27? Então saímos dia 28.",
        ),
        (
            "de",
            "Wir haben vom 25. bis 27. Mai gebucht. Können wir auch die Nacht vom 27. bleiben? Also Abreise am 28.",
        ),
    ],
)
def test_a_night_added_with_the_new_day_of_leaving_is_the_departure_alone(lang: str, text: str) -> None:
    assert stay(text, lang, "2028-05-17", modify=True) == (None, "2028-05-28")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Boa tarde, fiz uma reserva pelo site de vocês no domingo, de 7 a 9 de maio, mas não recebi nada.",
        ),
        ("es", "hice una reserva en la web de ustedes el domingo, del 7 al 9 de mayo, y no me llegó nada"),
    ],
)
def test_the_day_a_booking_was_made_on_your_site_is_no_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-04-14") == ("2027-05-07", "2027-05-09")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Tenho uma reserva para 3 noites a partir de 10 de setembro, número 61 207. Gostaria de mudar para 17 de "
            "setembro, também 3 noites.",
        ),
        (
            "en",
            "I have a booking for 3 nights from 10 September, number 61207. I'd like to change to 17 September.",
        ),
        (
            "es",
            "Tengo una reserva de 3 noches desde el 10 de septiembre. Me gustaría cambiar al 17 de septiembre.",
        ),
        (
            "fr",
            "J'ai une réservation de 3 nuits à partir du 10 septembre. J'aimerais changer pour le 17 septembre.",
        ),
        (
            "it",
            "Ho una prenotazione di 3 notti dal 10 settembre, numero 61207. Vorrei spostare al 17 settembre.",
        ),
    ],
)
def test_a_booking_moved_to_a_day_keeps_its_nights_from_it(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-08-30", modify=True) == ("2027-09-17", "2027-09-20")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Je vous écris comme à chaque automne pour notre fin de semaine de chasse. Nous serions quatre, deux "
            "chambres à deux lits, du jeudi 4 au dimanche 7 novembre.",
        ),
        (
            "en",
            "Planning our weekend away with friends: two rooms from Friday 12 to Sunday 14 November please.",
        ),
        (
            "es",
            "Para nuestro fin de semana de aniversario queremos una doble del viernes 12 al domingo 14 de noviembre.",
        ),
        ("de", "Wir planen ein Wochenende bei Ihnen, vom Freitag, 12. bis Sonntag, 14. November"),
    ],
)
def test_a_weekend_named_then_its_days_is_those_days(lang: str, text: str) -> None:
    found = stay(text, lang, "2027-09-20")
    assert found in (("2027-11-04", "2027-11-07"), ("2027-11-12", "2027-11-14"))


def test_this_weekend_alone_is_still_the_coming_one() -> None:
    assert stay("une chambre pour ce week-end svp", "fr", "2027-09-20") == ("2027-09-24", "2027-09-26")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "ho prenotato lunedì sul vostro sito ma non mi è arrivata nessuna mail di conferma, è tutto ok?",
        ),
        ("en", "I booked Monday on your website but got no email"),
        ("es", "reservé el lunes por la web y no me llegó nada"),
        ("fr", "j'ai réservé lundi sur votre site, rien reçu"),
    ],
)
def test_the_day_a_booking_was_made_said_before_where_is_no_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2028-03-08") == NONE


def test_a_booking_made_for_a_day_on_the_site_keeps_it() -> None:
    assert stay("ho prenotato per lunedì sul vostro sito, confermate?", "it", "2028-03-08")[0] == "2028-03-13"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'équipe de rugby (22 joueurs et 4 accompagnateurs) cherche un hébergement le samedi 15 et le dimanche "
            "16 avril.",
        ),
        ("en", "rooms for the Saturday 15th and Sunday 16th April"),
        ("es", "habitaciones para el sábado 15 y el domingo 16 de abril"),
    ],
)
def test_two_nights_listed_with_their_weekdays_are_in_the_months_named_after(lang: str, text: str) -> None:
    assert stay(text, lang, "2028-02-03") == ("2028-04-15", "2028-04-17")


def test_an_arrival_one_was_meant_to_make_gives_way_to_the_day_moved_to() -> None:
    text = "Booking 88410 - we're meant to arrive Thursday but can we push it from Thursday to Friday?"
    assert stay(text, "en", "2028-02-07", modify=True)[0] == "2028-02-11"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "ho una prenotazione (n. 55190) per tre notti a partire dal 12 aprile. Possiamo anticipare l'arrivo "
            "all'11 aprile lasciando la partenza invariata?",
        ),
        (
            "en",
            "I have a booking for three nights from 12 April. Can we move the arrival to 11 April, keeping the departure?",
        ),
        (
            "es",
            "Tengo una reserva de 3 noches desde el 12 de abril. ¿Podemos adelantar la llegada al 11 de abril?",
        ),
        (
            "de",
            "Wir haben 3 Nächte ab dem 12. April gebucht. Können wir die Anreise auf den 11. April verschieben?",
        ),
        (
            "fr",
            "J'ai une réservation de 3 nuits à partir du 12 avril. Peut-on avancer l'arrivée au 11 avril ?",
        ),
        (
            "pt",
            "Tenho uma reserva de 3 noites a partir de 12 de abril. Dá para antecipar a chegada para 11 de abril?",
        ),
    ],
)
def test_an_arrival_moved_keeps_the_departure_of_the_nights_booked(lang: str, text: str) -> None:
    assert stay(text, lang, "2028-03-01", modify=True) == ("2028-04-11", "2028-04-15")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "La nostra prenotazione è dal dieci al dodici marzo ma dovremmo spostarla al diciassette-diciannove, si può?",
        ),
        ("es", "nuestra reserva es del diez al doce de marzo, ¿podemos pasarla al diecisiete-diecinueve?"),
        (
            "en",
            "we're booked the tenth to the twelfth of March, can we move it to the seventeenth-nineteenth?",
        ),
    ],
)
def test_day_words_joined_by_a_dash_are_a_range(lang: str, text: str) -> None:
    assert stay(text, lang, "2028-03-01", modify=True) == ("2028-03-17", "2028-03-19")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "My father fell down the stairs on Saturday and he is in the hospital now, so we can not travel anymore. "
            "Please cancel our booking 47310 (3 nights from 12 November).",
        ),
        (
            "es",
            "Mi padre se cayó el sábado y está en el hospital. Cancelen la reserva 47310 (3 noches desde el 12 de noviembre).",
        ),
        (
            "it",
            "Mio padre è caduto sabato, è in ospedale. Annullate la prenotazione 47310 (3 notti dal 12 novembre).",
        ),
        (
            "fr",
            "Mon père est tombé samedi, il est à l'hôpital. Annulez la réservation 47310 (3 nuits à partir du 12 novembre).",
        ),
        (
            "pt",
            "O meu pai caiu no sábado e está no hospital. Cancelem a reserva 47310 (3 noites a partir de 12 de novembro).",
        ),
        (
            "de",
            "Mein Vater ist am Samstag gestürzt. Bitte stornieren Sie die Buchung 47310 (3 Nächte ab dem 12. November).",
        ),
    ],
)
def test_a_weekday_told_before_nights_from_a_date_is_no_day_of_that_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-11-02") == ("2027-11-12", "2027-11-15")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "für die Fachtagung Wasserbau, die vom 19. bis 21. Oktober 2028 in Ihrer Stadt stattfindet, bitte ich um "
            "acht Einzelzimmer, Anreise am 18. Oktober, Abreise am 21. Oktober.",
        ),
        (
            "en",
            "For the conference, which runs 19-21 October 2028, eight single rooms, arrival 18 October, departure 21 October.",
        ),
        (
            "es",
            "Para el congreso, que es del 19 al 21 de octubre, ocho individuales, llegada el 18 de octubre, salida el 21 de octubre.",
        ),
        (
            "fr",
            "Pour le congrès du 19 au 21 octobre, huit chambres simples, arrivée le 18 octobre, départ le 21 octobre.",
        ),
        (
            "it",
            "Per il convegno dal 19 al 21 ottobre, otto singole, arrivo il 18 ottobre, partenza il 21 ottobre.",
        ),
        (
            "pt",
            "Para o congresso de 19 a 21 de outubro, oito individuais, chegada dia 18 de outubro, saída dia 21 de outubro.",
        ),
    ],
)
def test_an_arrival_and_a_departure_said_after_an_events_days_are_the_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2028-08-21") == ("2028-10-18", "2028-10-21")


@pytest.mark.parametrize(
    "text",
    [
        "Sali zäme, chönd Ihr mir bestätige, dass ihr eus fürs Wuchenänd vom 5. Juni iitreit händ?",
        "Mir chömed s Wuchenänd vom 5. Juni",
    ],
)
def test_a_swiss_weekend_of_a_day_is_that_weekend(text: str) -> None:
    assert stay(text, "de", "2027-04-15") == ("2027-06-04", "2027-06-06")


def test_a_german_ordinal_put_right_after_nein_is_the_day() -> None:
    text = "Wir möchten ein Doppelzimmer vom zwanzigsten bis zum dreiundzwanzigsten, nein, vierundzwanzigsten buchen"
    assert stay(text, "de", "2027-11-01") == ("2027-11-20", "2027-11-24")


def test_nein_before_an_ordinal_floor_is_no_day() -> None:
    assert stay("Nein, zweiten Stock bitte", "de", "2027-11-01") == NONE
