"""Dates guests write that were misread (round 24, r24a-d: dates every way guests say them, guests with a booking
already made): a month's name with a letter dropped or two swapped, a day said with its weekday, an event's day or a
holiday's weekend named before the stay's own days (docs/INTERFACES.md "Understanding conventions" / Dates; the
first set's `<lang>-r24*` lines score the whole understanding)."""

from __future__ import annotations

import pytest

from conversations.nlu.tests.support import stay


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "quiero una doble del 3 al 6 de jnio, 2 personas"),
        ("en", "a double from the 3rd to the 6th jnue please"),
        ("pt", "um quarto de 3 a 6 de jnho"),
        ("fr", "une chambre du 3 au 6 jiun"),
        ("de", "ein Zimmer vom 3. bis 6. jnui"),
        ("it", "una camera dal 3 al 6 gugno"),
    ],
)
def test_a_short_month_name_with_a_letter_dropped_or_swapped_after_a_day_is_that_month(
    lang: str, text: str
) -> None:
    assert stay(text, lang, "2027-04-02") == ("2027-06-03", "2027-06-06")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "somos 3 juno y yo"),
        ("pt", "somos 2 mais o bebé"),
        ("it", "siamo in 2 al mare"),
    ],
)
def test_a_four_letter_word_after_a_number_stays_a_word(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-04-02") == (None, None)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "We want the 4th of July weekend, Friday the 2nd to Monday the 5th please.",
            ("2027-07-02", "2027-07-05"),
        ),
        (
            "en",
            "For the 4th of July weekend - Saturday the 3rd to Monday the 5th",
            ("2027-07-03", "2027-07-05"),
        ),
    ],
)
def test_a_days_weekend_then_its_days_with_their_weekdays_is_those_days(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert stay(text, lang, "2027-01-04") == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Tenemos entradas para el Bernabéu el sábado 10 de julio. Queremos habitación el viernes 9 y el sábado 10 de julio.",
        ),
        (
            "en",
            "We've got tickets for Wembley on Saturday 10 July. Please book us a double for Friday 9 and Saturday 10 July.",
        ),
        (
            "pt",
            "Temos bilhetes para o Coliseu no sábado 10 de julho. Queremos quarto na sexta 9 e sábado 10 de julho.",
        ),
        (
            "fr",
            "On a des billets pour le Stade de France le samedi 10 juillet. Une chambre le vendredi 9 et le samedi 10 juillet.",
        ),
        (
            "de",
            "Wir haben Karten für die Arena am Samstag, 10. Juli. Wir brauchen ein Zimmer für Freitag, 9. und Samstag, 10. Juli.",
        ),
        (
            "it",
            "Abbiamo i biglietti per San Siro sabato 10 luglio, ci serve una camera per venerdì 9 e sabato 10 luglio.",
        ),
    ],
)
def test_a_day_named_first_and_again_as_the_last_night_listed_is_no_arrival(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-01-04") == ("2027-07-09", "2027-07-11")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Mi hermana se casa el sábado 17 de abril y necesitamos habitación de viernes a domingo, días 16 a 18.",
        ),
        (
            "pt",
            "A minha irmã casa no sábado dia 17 de abril, precisamos de quarto de sexta a domingo, dias 16 a 18.",
        ),
        (
            "fr",
            "Mon frère se marie le samedi 17 avril, il nous faut une chambre du vendredi au dimanche, du 16 au 18.",
        ),
        (
            "it",
            "Mio fratello si sposa sabato 17 aprile, ci serve una camera da venerdì a domenica, dal 16 al 18.",
        ),
        (
            "de",
            "Mein Bruder heiratet am Samstag, 17. April, wir brauchen ein Zimmer von Freitag bis Sonntag, vom 16. bis 18.",
        ),
    ],
)
def test_an_events_day_before_the_weekdays_and_days_of_the_stay_is_no_arrival(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-01-04") == ("2027-04-16", "2027-04-18")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Nos quedamos con vosotros en julio, del 3 al 7, ¡y nos encantó! Queremos volver del 8 al 15 de enero.",
        ),
        (
            "pt",
            "Ficamos com vocês em julho, de 3 a 7, e adoramos! Queremos voltar nas férias: de 8 a 15 de janeiro.",
        ),
        (
            "en",
            "We stayed with you in July, from the 3rd to the 7th, and loved it! We'd like to come back 8 to 15 January.",
        ),
        (
            "fr",
            "Nous avons séjourné chez vous en juillet, du 3 au 7, et on a adoré ! On voudrait revenir du 8 au 15 janvier.",
        ),
        ("it", "Siamo stati da voi a luglio, dal 3 al 7, bellissimo! Vorremmo tornare dall'8 al 15 gennaio."),
        (
            "de",
            "Wir waren im Juli vom 3. bis 7. bei Ihnen, es war herrlich! Wir möchten vom 8. bis 15. Januar wiederkommen.",
        ),
    ],
)
def test_the_days_of_a_past_visit_in_a_month_gone_by_give_way_to_the_new_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-10-25") == ("2028-01-08", "2028-01-15")


@pytest.mark.parametrize(
    "text",
    [
        "Une chambre pour ma blonde pis moi le vendredi 19 pis le samedi 20 novembre",
        "Ce serait pour le 19 pis le 20 novembre, deux adultes",
    ],
)
def test_days_listed_with_quebec_pis_are_the_nights(text: str) -> None:
    assert stay(text, "fr", "2027-10-27") == ("2027-11-19", "2027-11-21")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Tenemos reserva del 20 al 23 de abril, pero no llegamos hasta el 21. ¿Se puede cambiar?"),
        (
            "en",
            "We're booked from 20 to 23 April but we can't get there until the 21st. Could you change it?",
        ),
        ("fr", "On a réservé du 20 au 23 avril mais nous n'arriverons que le 21. Pouvez-vous modifier ?"),
        ("pt", "Temos reserva de 20 a 23 de abril, mas só chegamos no dia 21. Dá para alterar?"),
        ("it", "Abbiamo prenotato dal 20 al 23 aprile ma arriveremo solo il 21. Si può cambiare?"),
        ("de", "Wir haben vom 20. bis 23. April gebucht, kommen aber erst am 21. an. Geht das?"),
        (
            "es",
            "Reserva 4411: llegada el 20 de abril y salida el 23. No llegamos hasta el 21, ¿nos movéis la entrada?",
        ),
        ("de", "Wir haben ein Booking für den 20. bis 23. April. Können wir den Check-in auf den 21. moven?"),
    ],
)
def test_a_booking_reached_only_on_a_later_day_arrives_then_and_keeps_its_departure(
    lang: str, text: str
) -> None:
    assert stay(text, lang, "2027-04-12", modify=True) == ("2027-04-21", "2027-04-23")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Tenemos reserva del 20 al 23 de abril. ¿Podemos llegar ya el 19?"),
        ("en", "We're booked from 20 to 23 April. Could we arrive already on the 19th?"),
        ("fr", "On a réservé du 20 au 23 avril. Pourrait-on arriver dès le 19 ?"),
        ("pt", "Temos reserva de 20 a 23 de abril. Podemos chegar já no dia 19?"),
        ("it", "Abbiamo prenotato dal 20 al 23 aprile. Possiamo arrivare già il 19?"),
        ("de", "Wir haben vom 20. bis 23. April gebucht. Können wir schon am 19. anreisen?"),
    ],
)
def test_a_booking_reached_already_on_an_earlier_day_arrives_then_and_keeps_its_departure(
    lang: str, text: str
) -> None:
    assert stay(text, lang, "2027-04-12", modify=True) == ("2027-04-19", "2027-04-23")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We've got a reservation for January 8-10. Instead of those dates could it be the 22nd-24th?"),
        ("es", "Tenemos una reserva del 8 al 10 de enero. En vez de esas fechas, ¿podría ser del 22 al 24?"),
        (
            "fr",
            "Nous avons une réservation du 8 au 10 janvier. Au lieu de ces dates, serait-il possible du 22 au 24 ?",
        ),
        ("pt", "Temos uma reserva de 8 a 10 de janeiro. Em vez dessas datas, pode ser de 22 a 24?"),
        (
            "it",
            "Abbiamo una prenotazione dall'8 al 10 gennaio. Invece di quelle date, si può fare dal 22 al 24?",
        ),
        (
            "de",
            "Wir haben eine Buchung vom 8. bis 10. Januar. Statt dieser Tage, ginge auch vom 22. bis 24.?",
        ),
    ],
)
def test_new_days_after_instead_of_those_dates_are_the_stay_in_the_booked_month(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-11-29", modify=True) == ("2028-01-22", "2028-01-24")


@pytest.mark.parametrize(
    "text",
    [
        "wir bräuchten fürs übernächste Wochenende zwei Zimmer, also Freitag und Samstag",
        "Haben Sie fürs übernächste Wochenende ein Doppelzimmer frei?",
    ],
)
def test_the_weekend_after_next_after_fuers_is_that_weekend(text: str) -> None:
    assert stay(text, "de", "2027-05-17") == ("2027-05-28", "2027-05-30")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Tengo reserva para este viernes. ¿Me la podéis cambiar del viernes para el sábado? El viernes no llego.",
        ),
        (
            "en",
            "I have a booking for this Friday. Could you move it from Friday to Saturday? On Friday we won't make it.",
        ),
        (
            "pt",
            "Tenho reserva para esta sexta. Podem passar da sexta para o sábado? Na sexta não chegamos a tempo.",
        ),
        ("fr", "J'ai une réservation pour ce vendredi. Pouvez-vous la décaler du vendredi au samedi ?"),
        (
            "it",
            "Ho una prenotazione per questo venerdì. Potete spostarla da venerdì a sabato? Venerdì non arriviamo.",
        ),
        (
            "de",
            "Ich habe eine Buchung für diesen Freitag. Können Sie sie von Freitag auf Samstag verschieben?",
        ),
    ],
)
def test_the_booked_day_said_then_moved_from_is_the_new_day_alone(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-03-24", modify=True) == ("2027-03-27", None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "ho prenotato x sabato e domenica ma non ce la faccio, si puo spostare a sab 17 e dom 18?"),
        ("es", "reservé sábado y domingo pero no puedo, ¿se puede pasar al sáb 17 y dom 18?"),
        ("en", "I booked Saturday and Sunday but can't make it, could we move to Sat 17 and Sun 18?"),
        ("fr", "j'ai réservé samedi et dimanche mais je ne peux pas, on peut décaler au sam 17 et dim 18 ?"),
    ],
)
def test_two_booked_weekdays_moved_to_two_days_with_their_weekdays_are_those_nights(
    lang: str, text: str
) -> None:
    assert stay(text, lang, "2027-04-07", modify=True) == ("2027-04-17", "2027-04-19")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "C'è sciopero dei treni il 14, quindi arriveremo solo il 15 invece del 14. La prenotazione è dal 14 al 17 maggio.",
        ),
        (
            "es",
            "Hay huelga de trenes el 14, así que llegaremos el 15 en vez del 14. La reserva es del 14 al 17 de mayo.",
        ),
        (
            "fr",
            "Il y a grève des trains le 14, donc nous arriverons le 15 au lieu du 14. La réservation est du 14 au 17 mai.",
        ),
        (
            "pt",
            "Há greve de comboios no dia 14, por isso chegamos no dia 15 em vez do dia 14. A reserva é de 14 a 17 de maio.",
        ),
        (
            "de",
            "Am 14. ist Bahnstreik, also kommen wir am 15. statt am 14. an. Die Buchung ist vom 14. bis 17. Mai.",
        ),
        (
            "en",
            "There's a train strike on the 14th, so we'll arrive on the 15th instead of the 14th. The booking is 14 to 17 May.",
        ),
    ],
)
def test_a_new_arrival_instead_of_the_booked_one_said_before_the_booked_days_keeps_their_end(
    lang: str, text: str
) -> None:
    assert stay(text, lang, "2027-05-04", modify=True) == ("2027-05-15", "2027-05-17")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "On avait réservé du 5 au 7 mars, mais on n'arrivera que le 6 au lieu du 5. On repart toujours le 7.",
        ),
        (
            "es",
            "Teníamos reserva del 5 al 7 de marzo, pero llegaremos el 6 en vez del 5. Salimos igualmente el 7.",
        ),
        (
            "en",
            "We booked 5 to 7 March, but we'll arrive on the 6th instead of the 5th. We're still leaving on the 7th.",
        ),
        (
            "it",
            "Avevamo prenotato dal 5 al 7 marzo, ma arriveremo il 6 invece del 5. Ripartiamo comunque il 7.",
        ),
        (
            "de",
            "Wir hatten vom 5. bis 7. März gebucht, kommen aber am 6. statt am 5. an. Abreise bleibt der 7.",
        ),
    ],
)
def test_a_new_arrival_instead_of_the_booked_one_with_the_departure_said_again(lang: str, text: str) -> None:
    assert stay(text, lang, "2028-02-20", modify=True) == ("2028-03-06", "2028-03-07")


@pytest.mark.parametrize(
    "text",
    [
        "On aimerait venir pour le réveillon du jour de l'an, avez-vous encore de la place?",
        "Une chambre double pour le Réveillon du Jour de l'An svp",
    ],
)
def test_the_reveillon_du_jour_de_l_an_is_the_night_of_the_31st(text: str) -> None:
    assert stay(text, "fr", "2027-08-01") == ("2027-12-31", "2028-01-01")
