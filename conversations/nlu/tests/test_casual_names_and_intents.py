"""Names given casually and a few intents the model used to miss (the first set's `<lang>-cNN` lines
score the rest)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.names import extract_guest_name
from conversations.nlu.rules import rule_intent

TODAY = dt.date(2026, 3, 11)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hey its sarah jones, can i change my booking", "Sarah Jones"),
        ("want to cancel, it's under mcdonald, ref 4412", "Mcdonald"),
        ("Hey there! James Smith, looking for a double room this weekend", "James Smith"),
        ("hi anna here, is the pool open?", "Anna"),
        ("I'd like to book 2 nights from 12 to 14 May. peter.novak@mail.com, Peter Novak", "Peter Novak"),
        ("Peter Novak <peter.novak@mail.com>\nDo you have parking?", "Peter Novak"),
        ("Boa tarde, fala o Pedro Almeida. Gostaria de saber o preço", "Pedro Almeida"),
        ("prenotazione a nome Rossi, vorrei cambiare le date", "Rossi"),
        ("Guten Tag, Reservierung auf Müller, ich möchte sie stornieren", "Müller"),
        ("Reservierung auf den Namen Weber, bitte", "Weber"),
        ("Hola, la reserva es para Ana Ruiz, del 2 al 4 de abril", "Ana Ruiz"),
        ("¿Se puede hacer check-in a las 11?\n— Marta", "Marta"),
        ("Necesito una habitación doble del 4 al 6 de mayo. JUAN DE LA CRUZ", "Juan de la Cruz"),
        ("Hello, Liam O'Brien here, is breakfast included?", "Liam O'Brien"),
    ],
)
def test_a_name_given_casually(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "hi its raining here, do you have umbrellas?",
        "hey its me again, any news about my booking?",
        "hi everyone here, is breakfast included?",
        "Hi! Quick question, is parking free?",
        "my email is john@x.com, can you send the invoice?",
        "its under 100 euros?",
        "The room is on the Buchung auf Montag",
    ],
)
def test_no_name_in_an_ordinary_message(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ciaoo", "greeting"),
        ("holaaa", "greeting"),
        ("thankss", "thanks_goodbye"),
        ("okk", "affirm"),
        ("nooo", "deny"),
    ],
)
def test_letters_doubled_in_a_chat(text, intent):
    assert rule_intent(text) == intent


def test_disdire_asks_about_the_cancellation_policy():
    result = understand("qual è la penale se disdico?", today=TODAY)
    assert (result.intent, result.faq_topic) == ("faq", "cancellation_policy")
