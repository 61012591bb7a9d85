"""A replay never sends a message and never writes to the PMS: a real conversation made through the signed
webhook, the fake QloApps and the fake Graph API, replayed; both fakes record nothing more."""

from __future__ import annotations

from typing import Any

from django.core.cache import cache

from conversations.models import Conversation, Message, UnansweredQuestion
from conversations.replay.runner import conversation_replay
from conversations.replay.services import replay_run_create, replay_run_execute
from reservations.models import Quote, Reservation
from tests.fakes.graph import FakeGraph
from tests.fakes.qloapps import FakeQloApps


def _rows() -> dict[str, int]:
    return {
        "messages": Message.objects.count(),
        "queued": Message.objects.filter(status="queued").count(),
        "quotes": Quote.objects.count(),
        "reservations": Reservation.objects.count(),
        "unanswered": UnansweredQuestion.objects.count(),
    }


def test_a_replayed_booking_sends_nothing_and_asks_qloapps_nothing(
    whatsapp: Any, qloapps: FakeQloApps, graph: FakeGraph
) -> None:
    guest = whatsapp("+34600777001")
    guest.says("Hola, ¿tienen habitación del 20 al 23 de marzo para 2 personas?")
    guest.says("la primera")
    guest.says("Ana Llorens, ana.llorens@example.com")
    confirmed = guest.says("sí")
    guest.says("¿Tienen servicio de lavandería?")  # no fact: handed to reception
    reservation = Reservation.objects.get(conversation=guest.conversation)
    assert reservation.reference in confirmed
    conversation = Conversation.objects.select_related("hotel", "guest").get(pk=guest.conversation.pk)

    sent, calls, rows = len(graph.sent_messages()), sum(qloapps.calls.values()), _rows()
    result = conversation_replay(conversation=conversation)

    assert len(graph.sent_messages()) == sent  # nothing sent
    assert sum(qloapps.calls.values()) == calls  # not one request: reads came from the stored quotes
    assert _rows() == rows  # nothing the replay wrote on the way is kept
    assert result.pms_writes == 1  # the booking was asked for again, and only recorded
    assert [t.reply_changed for t in result.turns] == [False] * 5, [
        (t.old_text, t.new_text) for t in result.turns
    ]
    assert result.turns[3].new_booking == reservation.reference  # the same booking, as the PMS answered then
    assert result.handoff_before == result.handoff_after == "unknown_question"


def test_a_replay_run_stores_its_report_and_sends_nothing(
    whatsapp: Any, qloapps: FakeQloApps, graph: FakeGraph
) -> None:
    guest = whatsapp("+34600777002")
    guest.says("Hola, ¿aceptan perros?")
    guest.says("Quiero hablar con una persona")
    sent, calls = len(graph.sent_messages()), sum(qloapps.calls.values())
    cache.clear()

    run = replay_run_execute(run_id=replay_run_create(hotel=guest.conversation.hotel).pk)

    turns = [(t.old_text, t.new_text) for t in run.conversations.get().turn_rows.all()]
    assert (run.state, run.conversations_done, run.turns, run.turns_changed) == ("done", 1, 2, 0), turns
    assert run.conversations.get().handoff_before == "explicit_request"
    assert len(graph.sent_messages()) == sent and sum(qloapps.calls.values()) == calls


def test_a_stop_and_a_start_replay_as_their_confirmations(whatsapp: Any) -> None:
    # Live, "stop"/"start" are confirmed when stored and never reach the engine; a replay that handed them
    # to the engine reported a changed reply ("basta" read as thanks, "parar" as the tram stop).
    guest = whatsapp("+34600777002")
    guest.says("Hola, ¿a qué hora es el desayuno?")
    guest.says("basta")
    guest.says("alta")
    conversation = Conversation.objects.select_related("hotel", "guest").get(pk=guest.conversation.pk)

    result = conversation_replay(conversation=conversation)

    assert [t.reply_changed for t in result.turns] == [False] * 3, [
        (t.old_text, t.new_text) for t in result.turns
    ]
    assert [t.new_understanding.get("opt") for t in result.turns] == [None, "stop", "start"]


def test_an_offer_pressed_then_is_pressed_again_in_the_replayed_quote(whatsapp: Any) -> None:
    # The row pressed names a line of that moment's quote; the replay quotes again into new lines, and
    # answered "Esa opción ya no está vigente." (the booking then looked lost).
    guest = whatsapp("+34600777003")
    guest.says("Hola, ¿tienen habitación del 20 al 23 de marzo para 2 personas?")
    guest.presses(0)
    guest.says("Ana Llorens, ana.llorens@example.com")
    confirmed = guest.says("sí")
    reservation = Reservation.objects.get(conversation=guest.conversation)
    assert reservation.reference in confirmed
    conversation = Conversation.objects.select_related("hotel", "guest").get(pk=guest.conversation.pk)

    result = conversation_replay(conversation=conversation)

    assert [t.reply_changed for t in result.turns] == [False] * 4, [
        (t.old_text, t.new_text) for t in result.turns
    ]
    assert result.turns[3].new_booking == reservation.reference
