"""Found playing guests (sixteenth session): "can we add a person?" was read as asking for a person."""

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
