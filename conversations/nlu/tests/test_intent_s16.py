"""Found playing guests (sixteenth session): "can we add a person?" was read as asking for a person; Italian
"partiamo giovedì 3" in a change was read as the arrival."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    "text",
    [
        "can we add a person?",
        "¿podemos añadir una persona?",
        "dá para acrescentar uma pessoa?",
        "on peut ajouter une personne ?",
        "können wir noch eine Person dazunehmen?",
        "possiamo aggiungere una persona?",
    ],
)
def test_someone_added_is_a_change_not_a_person_asked_for(text):
    assert understand(text, today=TODAY).intent == "booking_modify"


@pytest.mark.parametrize(
    "text",
    [
        "can I talk to a person?",
        "¿puedo hablar con una persona?",
        "quiero hablar con una persona para añadir a alguien",
        "je voudrais parler à une vraie personne",
    ],
)
def test_a_person_asked_for_is_still_a_handoff(text):
    assert understand(text, today=TODAY).intent == "handoff_request"


@pytest.mark.parametrize(
    "text",
    [
        "possiamo aggiungere una notte? partiamo giovedì 3",
        "dobbiamo cambiare la prenotazione, partiamo il 3 invece del 5",
        "possiamo restare una notte in più? partiremmo il 3",
    ],
)
def test_italian_we_leave_in_a_change_is_the_departure(text):
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.check_in, understood.check_out) == (
        "booking_modify",
        None,
        dt.date(2027, 1, 3),
    )


def test_italian_arrival_and_leaving_together_are_a_stay():
    understood = understand("arriviamo il 3 e partiamo il 6", today=TODAY)
    assert (understood.check_in, understood.check_out) == (dt.date(2027, 1, 3), dt.date(2027, 1, 6))
