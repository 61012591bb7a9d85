"""Dates, party and names that were read wrong: a price per night, a weekday gone by, a stay extended up to a
day, swaps of rooms, couples named by surname and places after "ici"/"hier"/"this is" (docs/INTERFACES.md
"Understanding conventions")."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

from .support import WEDNESDAY, d, dates

SUNDAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "lang", "check_in"),
    [
        ("any chance you had a double free last Thursday?", "en", d(3, 5)),
        ("¿quedaba alguna habitación el lunes pasado?", "es", d(3, 9)),
        ("Hatten Sie vergangenen Freitag ein Zimmer?", "de", d(3, 6)),
        ("une chambre était libre samedi dernier ?", "fr", d(3, 7)),
        ("c'era posto martedì scorso?", "it", d(3, 10)),
        ("tinham vaga na quinta passada?", "pt", d(3, 5)),
    ],
)
def test_a_weekday_gone_by_is_that_past_day(text: str, lang: str, check_in: dt.date) -> None:
    assert dates(text, lang) == (check_in, None)


def test_a_weekday_without_past_word_is_still_the_next_one() -> None:
    assert dates("a room for Friday please", "en") == (d(3, 13), None)
    assert dates("the last room for friday", "en") == (d(3, 13), None)


@pytest.mark.parametrize(
    ("text", "check_out"),
    [
        ("¿podríamos alargar la reserva hasta el 20?", d(3, 20)),
        ("is it ok to extend the booking till the 19th?", d(3, 19)),
        ("Wir würden gern bis 18. März verlängern", d(3, 18)),
        ("peut-on prolonger le séjour jusqu'au 21 ?", d(3, 21)),
        ("possiamo prolungare fino al 16?", d(3, 16)),
        ("queria prorrogar a reserva até dia 22", d(3, 22)),
        ("booking ref 20-1234, loving it here, can we extend to the 17th?", d(3, 17)),
        ("could we extend our stay to Sunday?", d(3, 15)),
    ],
)
def test_a_stay_extended_until_a_day_names_the_departure(text: str, check_out: dt.date) -> None:
    understood = understand(text, today=WEDNESDAY)
    assert understood.intent == "booking_modify"
    assert (understood.check_in, understood.check_out) == (None, check_out)


def test_an_extension_by_nights_keeps_no_departure() -> None:
    understood = understand("can we extend by one more night?", today=SUNDAY)
    assert understood.check_out is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("qual è il prezzo a notte per la singola?", "it"),
        ("how much is it a night in July?", "en"),
        ("quanto custa a noite no quarto duplo?", "pt"),
    ],
)
def test_a_price_per_night_is_no_length(text: str, lang: str) -> None:
    assert understand(text, today=SUNDAY).nights is None


def test_a_night_asked_for_is_still_one_night() -> None:
    assert understand("we just need a room for a night", today=SUNDAY).nights == 1
    assert understand("and how much for a night?", today=SUNDAY).nights == 1


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [
        ("Hoi, hetted Sie hüt znacht es Zimmer für mi?", d(12, 6), d(12, 7)),
        ("Grüessech, isch morn no es Einzelzimmer frei?", d(12, 7), None),
        ("Sali, für morn znacht no öppis frei?", d(12, 7), d(12, 8)),
    ],
)
def test_swiss_german_days(text: str, check_in: dt.date, check_out: dt.date | None) -> None:
    assert dates(text, "de", today=SUNDAY) == (check_in, check_out)


def test_morn_is_tomorrow_only_in_german() -> None:
    assert dates("good morn! a room on the 9th?", "en", today=SUNDAY) == (d(12, 9), None)


@pytest.mark.parametrize(
    "text",
    [
        "we've got a twin booked for next weekend, could we change it to a double?",
        "tenemos una doble reservada, ¿se puede cambiar por una familiar?",
        "I reserved a single but can you upgrade it to a suite?",
    ],
)
def test_a_room_swapped_for_another_is_one_room(text: str) -> None:
    assert understand(text, today=SUNDAY).rooms == 1


@pytest.mark.parametrize(
    "text",
    [
        "Leider müssen wir absagen, unsere Tochter ist krank geworden. Buchung 5120",
        "need to cancel booking 8812, my son has a fever",
        "on doit annuler, notre fille est malade",
    ],
)
def test_a_child_who_fell_ill_is_no_party(text: str) -> None:
    understood = understand(text, today=SUNDAY)
    assert (understood.adults, understood.children) == (None, None)


@pytest.mark.parametrize(
    ("text", "name", "adults"),
    [
        ("Buonasera, camera matrimoniale dal 2 al 4 a nome dei coniugi Russo", "Russo", 2),
        ("Reserva a nombre de los señores Pardo para el 12", "Pardo", 2),
        ("Chambre au nom des époux Girard, du 2 au 4 janvier", "Girard", 2),
        ("Zimmer auf den Namen der Eheleute Vogt vom 2. bis 4. Januar", "Vogt", 2),
    ],
)
def test_a_couple_by_its_surname_gives_the_surname(text: str, name: str, adults: int) -> None:
    understood = understand(text, today=SUNDAY)
    assert (understood.guest_name, understood.adults) == (name, adults)


def test_a_count_after_a_greeting_is_no_name() -> None:
    understood = understand("Guten Tag! Drei Erwachsene, 2. bis 4. Januar, geht das?", today=SUNDAY)
    assert (understood.guest_name, understood.adults) == (None, 3)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bonjour, ici Chambéry, il vous reste une chambre le 9 ?", None),
        ("Hallo, hier Konstanz, ein Zimmer vom 9. bis 11. Dezember?", None),
        ("hello, this is Cambridge calling, any doubles free on the 9th?", None),
        ("Bonjour, ici Margaux Lenoir, une chambre le 9 ?", "Margaux Lenoir"),
        ("hi, this is Oliver from Leeds, any rooms on the 9th?", "Oliver"),
        ("Bonjour, ici Maëlle, ma réservation 5512 est bien pour le 9 ?", "Maëlle"),
    ],
)
def test_one_word_after_ici_hier_this_is_is_a_person_only_with_more(text: str, name: str | None) -> None:
    assert understand(text, today=SUNDAY).guest_name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hello! I'm Will. Could I book a twin for the 9th?", "Will"),
        ("its rose here, need a room tonight", "Rose"),
        ("hi its snowing here, is the road open?", None),
        ("I'm Sorry, the booking 5520 has to be cancelled", None),
        ("It's Saturday, any rooms left?", None),
        ("i'm will be arriving late", None),
    ],
)
def test_an_english_word_said_as_a_name(text: str, name: str | None) -> None:
    assert understand(text, today=SUNDAY).guest_name == name
