"""Leftovers of the first round (the first set's `<lang>-r7jNN` lines score them): a stay moved to other days, a
night added up to a day, the new stay read in the cancelled one's month, an option picked with the Spanish article,
a late arrival with no day, two people named with Portuguese articles, and the name blanked without a pattern
compiled per message."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.names import _without_name_by_pattern, extract_guest_name, without_name

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [
        (
            "Hola! En vez del 3 al 5 de febrero necesitaríamos del 4 al 6, es posible cambiarlo?",
            dt.date(2027, 2, 4),
            dt.date(2027, 2, 6),
        ),
        (
            "Salve, invece che dal 3 al 5 marzo potremmo venire dal 4 al 6? Prenotazione a nome Esposito",
            dt.date(2027, 3, 4),
            dt.date(2027, 3, 6),
        ),
    ],
)
def test_a_stay_moved_from_named_days_is_a_change(text: str, check_in: dt.date, check_out: dt.date) -> None:
    result = understand(text, today=TODAY)
    assert result.intent == "booking_modify"
    assert (result.check_in, result.check_out) == (check_in, check_out)


@pytest.mark.parametrize(
    ("text", "check_out"),
    [
        ("on voudrait rajouter une nuit, jusqu'au 22 au lieu du 21", dt.date(2026, 12, 22)),
        (
            "Servus, könnten wir noch eine Nacht dranhängen? Also bis Mittwoch statt Dienstag",
            dt.date(2026, 12, 9),
        ),
    ],
)
def test_a_night_added_up_to_a_day_names_the_departure(text: str, check_out: dt.date) -> None:
    result = understand(text, today=TODAY)
    assert result.intent == "booking_modify"
    assert (result.check_in, result.check_out, result.nights) == (None, check_out, None)


def test_the_new_stay_takes_the_cancelled_ones_month() -> None:
    result = understand(
        "boa noite, cancela a minha reserva de 3 a 5 de fevereiro e em vez disso marca de 10 a 12, por favor",
        today=TODAY,
    )
    assert (result.intent, result.check_in, result.check_out) == (
        "booking_modify",
        dt.date(2027, 2, 10),
        dt.date(2027, 2, 12),
    )


def test_a_new_stay_naming_its_own_month_keeps_it() -> None:
    result = understand(
        "cancela a minha reserva de 3 a 5 de fevereiro e em vez disso marca de 10 a 12 de março", today=TODAY
    )
    assert (result.check_in, result.check_out) == (dt.date(2027, 3, 10), dt.date(2027, 3, 12))


def test_an_option_picked_with_the_spanish_article_is_spanish() -> None:
    result = understand("la segunda, Ana Ruiz, ana.ruiz@gmail.com", today=TODAY)
    assert (result.lang, result.check_in, result.guest_name) == ("es", None, "Ana Ruiz")


@pytest.mark.parametrize(
    "text",
    [
        "Petit retard de notre côté, on sera là vers minuit, c'est grave ? Réservation 6630",
        "Buenas, Ana Lucía de la Fuente aquí, ¿puedo llegar después de medianoche?",
    ],
)
def test_arriving_late_with_no_day_asks_about_check_in(text: str) -> None:
    result = understand(text, today=TODAY)
    assert (result.intent, result.faq_topic) == ("faq", "checkin_checkout_times")


def test_a_late_arrival_beside_a_stay_keeps_the_stay() -> None:
    result = understand(
        "Habitación para 2 del 5 al 8 de mayo, llegamos a medianoche, ¿hay problema?", today=TODAY
    )
    assert result.intent != "faq"
    assert result.check_in == dt.date(2027, 5, 5)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Olá, somos a Ana e o Rui, temos quarto?", "Ana"),
        ("Olá! Somos a Rosa e o Zé, há quarto para sexta e sábado?", "Rosa"),
    ],
)
def test_two_people_named_with_portuguese_articles_give_the_first(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a nombre de Mercedes Domingo, llegamos el domingo", "Mercedes Domingo"),
        ("Thanks, April", "April"),
        ("llegamos el domingo, soy Domingo", "Domingo"),
        ("booking under O'Neill, o'neill   family", "O'Neill"),
        ("Hans-Peter Müller hier, HANS-PETER\nMÜLLER", "Hans-Peter Müller"),
        ("Annabel and Anna", "Anna"),
    ],
)
def test_the_name_is_blanked_as_the_pattern_did(text: str, name: str) -> None:
    assert without_name(text, name) == _without_name_by_pattern(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Boa tarde, vamos com um bebé de colo, eu e o meu marido. Têm quarto duplo com berço de 2 a 5 de janeiro?",
        "Desta vez vamos só os dois, há quarto duplo de 5 a 7 de março?",
        "sou o João Pedro, tem vaga dia 20/12?",
    ],
)
def test_a_portuguese_room_asked_for_with_have_is_availability(text: str) -> None:
    assert understand(text, today=TODAY).intent == "availability"


def test_a_wish_to_book_beside_have_stays_a_booking() -> None:
    text = "Queria reservar um quarto de 2 a 5 de janeiro, tem quarto duplo?"
    assert understand(text, today=TODAY).intent == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "Adultes : 2\nEnfants : 2 (3 et 8 ans)\nChambres : 1\nDu 22/04 au 25/04",
        "Guten Tag, Erwachsene: 3, Kinder: 0, Zimmer: 2, Anreise 8.5., Abreise 10.5.",
    ],
)
def test_a_filled_in_party_form_with_days_is_a_booking(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_create"


def test_a_party_form_with_a_question_stays_a_question() -> None:
    text = "Adults: 2, Children: 1, 3 to 5 May, do you have anything free?"
    assert understand(text, today=TODAY).intent == "availability"


def test_whether_someone_is_at_reception_late_asks_about_check_in() -> None:
    text = (
        "flight delayed 😩 we'll prob get to the hotel around 1am, is someone at reception then? ref KX4471"
    )
    result = understand(text, today=TODAY)
    assert (result.intent, result.faq_topic) == ("faq", "checkin_checkout_times")


def test_asking_to_speak_to_reception_late_stays_a_handoff() -> None:
    text = "we arrive at 1am, can I speak to someone at reception please?"
    assert understand(text, today=TODAY).intent == "handoff_request"


def test_thanks_for_a_lovely_weekend_is_a_goodbye() -> None:
    text = "Thanks so much for a lovely weekend, see you next year!\nLove, Sol & Raj"
    assert understand(text, today=TODAY).intent == "thanks_goodbye"


def test_thanks_before_a_stay_asked_for_is_the_stay() -> None:
    text = "Thank you for a wonderful week! Could we book the same room for 3-5 June?"
    assert understand(text, today=TODAY).intent == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "Re bonjour, c'est encore moi, Pierre-Yves. Finalement on sera 3 et pas 2, c'est possible ?",
        "al final seremos 4 en vez de 3, hay problema?",
    ],
)
def test_a_party_count_changed_is_a_change_of_the_booking(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_modify"
