"""A family books through WhatsApp on the fake QloApps: the children's ages are asked once, in the guest's
language, all in one answer, and QloApps records the children (it counts them from `child_ages`)."""

from __future__ import annotations

import json

import pytest

from conversations.engine.child_ages import ages_in, ages_said_with_the_party
from conversations.engine.tests.e2e_support import lines_of, order_of
from conversations.engine.types import HandoffReason
from conversations.models import ConversationState
from reservations.models import Reservation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("7 y 4", [7, 4]),
        ("seven", [7]),
        ("el niño tiene 7 años", [7]),
        ("un bebé y uno de 5", [0, 5]),
        ("sieben und vier", [7, 4]),
        ("a 10 year old", [10]),
        ("35", []),
    ],
)
def test_ages_are_read_from_one_answer(text: str, ages: list[int]) -> None:
    assert ages_in(text) == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("para 2 adultos y 2 niños de 7 y 4 años", [7, 4]),
        ("2 adults and 1 child aged 5", [5]),
        ("2 adults and 2 kids, 7 and 4 years old", [7, 4]),
        ("deux adultes et un enfant de 6 ans", [6]),
        ("2 Erwachsene und 2 Kinder, 7 und 4 Jahre", [7, 4]),
        ("para 2 adultos y 1 niño del 20 al 23 de marzo", []),
    ],
)
def test_ages_said_with_the_party_are_kept(text: str, ages: list[int]) -> None:
    assert ages_said_with_the_party(text) == ages


def test_ages_given_with_the_question_are_not_asked_again(whatsapp, qloapps):
    guest = whatsapp("+34600710004")
    offers = guest.says(
        "Hola, ¿tenéis habitación del 20 al 23 de marzo para 2 adultos y 2 niños de 7 y 4 años?"
    )
    assert "edades" not in offers and "2 adultos y 2 niños" in offers
    assert sorted(guest.conversation.dialogue_state["booking"]["child_ages"]) == [4, 7]


def test_a_family_is_asked_the_ages_once_and_qloapps_records_the_children(whatsapp, qloapps):
    guest = whatsapp("+34600710001")
    asked = guest.says("Hola, ¿tenéis habitación del 20 al 23 de marzo para 2 adultos y 2 niños?")
    assert "edades" in asked and "2 niños" in asked
    offers = guest.says("7 y 4")
    assert "2 adultos y 2 niños" in offers
    assert guest.conversation.dialogue_state["booking"]["child_ages"] == [7, 4]
    guest.says("la primera")
    summary = guest.says("Ana García, ana.family@example.com")
    assert "edad" not in summary  # asked once
    confirmation = guest.says("sí")
    assert "Reserva confirmada" in confirmation and "2 niños" in confirmation
    reservation = Reservation.objects.get(conversation_id=guest.conversation.pk)
    assert (reservation.children, reservation.child_ages) == (2, [7, 4])
    [line] = lines_of(qloapps, order_of(qloapps, reservation.reference))
    assert (line["adults"], line["children"], sorted(json.loads(line["child_ages"]))) == ("2", "2", [4, 7])


def test_one_child_in_english_answered_in_words(whatsapp, qloapps):
    guest = whatsapp("+447700910002")
    asked = guest.says("Hello, do you have a room from March 20 to 23 for 2 adults and 1 child?")
    assert "How old is the child?" in asked
    offers = guest.says("seven")
    assert "2 adults and 1 child" in offers
    assert guest.conversation.dialogue_state["booking"]["child_ages"] == [7]


def test_a_booking_recorded_without_the_children_is_not_confirmed(whatsapp, qloapps):
    qloapps.ignore_child_ages = True  # a QloApps that drops the children the agent sent
    guest = whatsapp("+34600710003")
    guest.says("Hola, ¿tenéis habitación del 20 al 23 de marzo para 2 adultos y 1 niño?")
    guest.says("el niño tiene 7 años")
    guest.says("la primera")
    guest.says("Ana García, ana.lost@example.com")
    answer = guest.says("sí")
    assert "Reserva confirmada" not in answer
    conversation = guest.conversation
    assert conversation.state == ConversationState.WAITING_HUMAN
    assert conversation.handoff_reason == HandoffReason.PMS_UNAVAILABLE
    reservation = Reservation.objects.get(conversation_id=conversation.pk)
    assert (reservation.state, reservation.failure_reason) == (Reservation.State.FAILED, "party_mismatch")
    [order] = qloapps.state.orders.values()
    assert int(order["current_state"]) == 4  # the wrong booking was cancelled again
