"""Whole conversations found going wrong while playing guests through the terminal chat (round 8): breakfast
to add to a booking the guest already has answered with the fact alone, the change never reaching anyone.
"""

from __future__ import annotations

import pytest

from conversations.engine.replies import catalogue
from conversations.engine.tests.chat import EngineChat
from conversations.engine.types import HandoffReason
from conversations.models import FactText

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "ask"),
    [
        ("en", "I have a reservation and want to add breakfast"),
        ("es", "tengo una reserva y quiero añadir el desayuno"),
        ("pt", "tenho uma reserva e quero adicionar o pequeno-almoço"),
        ("fr", "j'ai une réservation et je voudrais ajouter le petit-déjeuner"),
        ("de", "ich habe eine Buchung und möchte das Frühstück dazubuchen"),
        ("it", "ho una prenotazione e vorrei aggiungere la colazione"),
    ],
)
def test_breakfast_to_add_to_a_booking_is_told_and_the_change_goes_to_reception(demo_hotel, language, ask):
    guest = EngineChat(hotel=demo_hotel, phone="+34601188101")
    reply = guest.says(ask)
    breakfast = FactText.objects.get(fact__hotel=demo_hotel, fact__key="breakfast", language=language).answer
    assert breakfast in reply, reply
    assert guest.turns[-1].handoff_reason == HandoffReason.UNKNOWN_QUESTION, reply
    assert catalogue(language)["handoff_intro_booking_change"] in reply, reply


def test_breakfast_asked_with_no_booking_is_only_answered(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601188102")
    reply = guest.says("do you have breakfast?")
    breakfast = FactText.objects.get(fact__hotel=demo_hotel, fact__key="breakfast", language="en").answer
    assert reply == breakfast, reply
    assert not guest.turns[-1].handoff_reason, reply
