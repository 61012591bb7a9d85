"""Dates guests write that were misread (round 19, r19a-d: stays with dates said every way, several requests,
messages typed fast or dictated): a count of nights beside the one day of leaving a change names, a booking moved
from one day to another with each day's weekday said, a stay lengthened or stayed on until a day in every language's
verb, and a number of rooms of a kind after a dash (docs/INTERFACES.md "Understanding conventions" / Dates; the
first set's `<lang>-r19*` lines score the whole understanding)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu.dates import stay_dates
from conversations.nlu.text import fold

# Monday 13 September 2027
MONDAY = "2027-09-13"


def stay(
    text: str, lang: str, today: str, *, modify: bool = False
) -> tuple[str | None, str | None, int | None]:
    found = stay_dates(fold(text), today=dt.date.fromisoformat(today), lang=lang, modify=modify)
    return (
        found.check_in.isoformat() if found.check_in else None,
        found.check_out.isoformat() if found.check_out else None,
        found.nights,
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Buchung 88 104: können wir statt drei nur zwei Nächte bleiben, also Abreise am Samstag?"),
        ("en", "Booking 88104: could we stay two nights instead of three, so check out on Saturday?"),
        ("es", "Reserva 88104: ¿podemos quedarnos dos noches en vez de tres, o sea salir el sábado?"),
        ("fr", "Réservation 88104 : on pourrait rester deux nuits au lieu de trois, donc partir samedi ?"),
        ("it", "Prenotazione 88104: possiamo restare due notti invece di tre, quindi ripartire sabato?"),
        ("pt", "Reserva 88104: dá pra ficar duas noites em vez de três, aí sairíamos sábado?"),
    ],
)
def test_nights_beside_the_one_day_of_leaving_of_a_change_are_no_nights_from_it(lang: str, text: str) -> None:
    # the booking's new length, not two nights from Saturday: the one day alone, for the caller to read as the
    # departure after its departure word (as "partenza il 9" is)
    assert stay(text, lang, MONDAY, modify=True) == ("2027-09-18", None, None)


def test_outside_a_change_nights_from_a_day_are_read_as_before() -> None:
    text = "Buchung 88 104: können wir statt drei nur zwei Nächte bleiben, also Abreise am Samstag?"
    assert stay(text, "de", MONDAY) == ("2027-09-18", "2027-09-20", 2)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Can we move our booking 55120 from Friday 17th to Friday 24th September? Work got in the way.",
        ),
        ("es", "¿Podemos mover la reserva 55120 del viernes 17 al viernes 24 de septiembre?"),
        ("fr", "Pouvons-nous décaler la réservation 55120 du vendredi 17 au vendredi 24 septembre ?"),
        ("it", "Possiamo spostare la prenotazione 55120 da venerdì 17 a venerdì 24 settembre?"),
        ("pt", "Dá para mudar a reserva 55120 de sexta dia 17 para sexta dia 24 de setembro?"),
        (
            "de",
            "Können wir die Buchung 55120 von Freitag, dem 17., auf Freitag, den 24. September verschieben?",
        ),
    ],
)
def test_a_booking_moved_from_a_day_to_another_each_with_its_weekday(lang: str, text: str) -> None:
    # the day it moves to is the new arrival (the length kept), not a stay from the 17th to the 24th
    assert stay(text, lang, "2027-09-06", modify=True)[:2] == ("2027-09-24", None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Can we change our booking to Friday 17th to Sunday 19th September?"),
        ("es", "Quisiera cambiar la reserva: del viernes 17 al domingo 19 de septiembre"),
        ("en", "We'd like a room from Friday 17th to Sunday 19th September"),
    ],
)
def test_a_range_with_its_weekdays_stays_a_range(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-09-06", modify=True)[:2] == ("2027-09-17", "2027-09-19")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "teníamos reserva del jueves al viernes pero nos quedamos hasta el domingo"),
        ("pt", "temos reserva de quinta a sexta mas ficamos até domingo"),
        ("fr", "on a réservé du jeudi au vendredi mais on reste jusqu'à dimanche"),
        ("it", "abbiamo prenotato da giovedì a venerdì ma restiamo fino a domenica"),
        ("it", "abbiamo prenotato giovedì e venerdì, si può allungare fino a domenica?"),
    ],
)
def test_a_booked_stay_then_staying_on_or_lengthened_until_a_day(lang: str, text: str) -> None:
    # the verb in the form said ("nos quedamos", "ficamos", "on reste", "restiamo", "allungare"): the new departure
    assert stay(text, lang, MONDAY, modify=True)[:2] == (None, "2027-09-19")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We're 8 girls on a hen do, last weekend of May - 4 twin rooms please!! 🥳🥳"),
        ("en", "last weekend of May - 2 doubles please"),
        ("de", "letztes Wochenende im Mai - 2 Doppelzimmer bitte"),
        ("de", "letztes Wochenende im Mai - 2 DZ bitte"),
    ],
)
def test_a_number_of_rooms_of_a_kind_after_a_dash_is_no_day(lang: str, text: str) -> None:
    # said on 1 April 2027: the weekend of 28-30 May, not up to 4 June
    assert stay(text, lang, "2027-04-01")[:2] == ("2027-05-28", "2027-05-30")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "dernier week-end de mai - 4 chambres doubles"),
        ("es", "el último fin de semana de mayo - 4 habitaciones dobles"),
        ("it", "l'ultimo weekend di maggio - 4 camere doppie"),
        ("pt", "último fim de semana de maio - 4 quartos duplos"),
        ("en", "from the 28th - 30th of May, 2 double rooms"),
    ],
)
def test_rooms_of_a_kind_already_read_so_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-04-01")[:2] == ("2027-05-28", "2027-05-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Family room over Pentecost (Sat to Whit Monday) please, for 2 adults + 2 kids, 6 and 3.",
            ("2028-06-03", "2028-06-05"),
        ),
        ("a room over Whitsun (Sat to Whit Monday) please", ("2028-06-03", "2028-06-05")),
        ("a room for Pentecost, Sat - Whit Monday", ("2028-06-03", "2028-06-05")),
        ("a room over Easter (Fri to Easter Monday) please", ("2028-04-14", "2028-04-17")),
    ],
)
def test_a_range_after_a_holiday_up_to_its_own_day_keeps_the_holidays_nights(
    text: str, expected: tuple[str, str]
) -> None:
    # said on 10 January 2028 ("Sat" in brackets is no weekday read; the range ends on the holiday's own Monday)
    assert stay(text, "en", "2028-01-10")[:2] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the holiday's day alone, or its night: that day, as before
        ("en", "a room for Pentecost, just the night of Whit Monday", ("2028-06-05", "2028-06-06")),
        ("en", "a room over Easter, just Easter Monday", ("2028-04-17", None)),
        # the weekdays read: the range to the holiday's day, as before
        ("de", "ein Zimmer über Pfingsten (Samstag bis Pfingstmontag) bitte", ("2028-06-03", "2028-06-05")),
        (
            "fr",
            "une chambre pour la Pentecôte (du samedi au lundi de Pentecôte)",
            ("2028-06-03", "2028-06-05"),
        ),
        (
            "es",
            "una habitación para Pentecostés (de sábado a lunes de Pentecostés)",
            ("2028-06-03", "2028-06-05"),
        ),
        ("it", "una camera per Pentecoste (da sabato al lunedì di Pentecoste)", ("2028-06-03", "2028-06-05")),
    ],
)
def test_a_holidays_own_day_otherwise_said_is_read_as_before(
    lang: str, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert stay(text, lang, "2028-01-10")[:2] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Any chance of a shuttle from Gatwick? We land Tuesday night"),
        ("en", "Do you do airport pick-up? Our flight lands Friday evening"),
        ("es", "¿Tienen shuttle desde el aeropuerto? Aterrizamos el martes noche"),
        ("pt", "Vocês têm transfer do aeroporto? O voo aterrissa terça noite"),
    ],
)
def test_the_night_a_flight_lands_asking_for_a_ride_is_no_stay(lang: str, text: str) -> None:
    # said on Wednesday 12 January 2028: the landing's day is the ride's
    assert stay(text, lang, "2028-01-12")[:2] == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Any chance of a shuttle from Gatwick? We land Tuesday night and need a room for 2 nights",
        "Do you have an airport shuttle? And a room for Tuesday night please",
    ],
)
def test_a_ride_with_a_room_asked_for_keeps_its_stay(text: str) -> None:
    assert stay(text, "en", "2028-01-12")[0] == "2028-01-18"
