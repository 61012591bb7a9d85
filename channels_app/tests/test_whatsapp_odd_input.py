"""Odd input loses nothing: NUL and lone surrogates are cleaned before storage; one bad message never
blocks the others of its delivery; an over-long provider id is refused once, not retried."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from channels_app.models import InboundEvent, InboundEventStatus
from channels_app.tests.conftest import fixture_json, post_webhook
from conversations.models import Direction, Message
from hotel_agent.hotels.models import Hotel
from hotel_agent.metrics import INBOUND_REFUSED
from tests.fakes.graph import FakeGraph
from tests.support.engine import RecordingEngine

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("eager_celery")]

ODD_TEXT = "Hola\x00 que tal \ud800 fin"
ODD_NAME = "Lu\x00cía \ud800"


def _batch(*messages: tuple[str, str, str, str]) -> bytes:
    """One delivery carrying (wa_id, profile name, message id, text) messages, escaped as Meta does."""
    payload = fixture_json("text.json")
    value = payload["entry"][0]["changes"][0]["value"]
    template = value["messages"][0]
    value["contacts"] = [{"profile": {"name": name}, "wa_id": wa_id} for wa_id, name, _, _ in messages]
    value["messages"] = [
        {**template, "from": wa_id, "id": message_id, "text": {"body": text}}
        for wa_id, _, message_id, text in messages
    ]
    # ensure_ascii: NUL and the lone surrogate travel as the JSON escapes \u0000 and \ud800.
    return json.dumps(payload, ensure_ascii=True).encode()


def _inbound(wa_id: str) -> Message:
    return Message.objects.select_related("conversation__guest").get(
        direction=Direction.IN, conversation__guest__phone=f"+{wa_id}"
    )


def _refused(reason: str) -> float:
    value: Any = INBOUND_REFUSED.labels(channel="whatsapp", reason=reason)._value.get()
    return float(value)


def test_a_text_and_name_with_nul_and_a_lone_surrogate_are_stored_cleaned_and_answered(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    body = _batch(("34600111222", ODD_NAME, "wamid.ODD1", ODD_TEXT))
    assert b"\\u0000" in body and b"\\ud800" in body

    assert post_webhook(client, body).status_code == 200

    inbound = _inbound("34600111222")
    assert inbound.text == "Hola que tal \ufffd fin"
    assert inbound.conversation.guest.name == "Lucía \ufffd"
    assert inbound.raw["text"]["body"] == "Hola que tal \ufffd fin"
    assert inbound.handled_at is not None
    assert len(graph.wait_for_sent(1)) == 1
    event = InboundEvent.objects.get()
    assert (event.status, event.error) == (InboundEventStatus.PROCESSED, "")
    assert event.body.encode() == body  # the raw body stays byte for byte as signed


def test_an_odd_message_and_another_guests_normal_one_in_one_delivery_are_both_stored_and_answered(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    body = _batch(
        ("34600111222", ODD_NAME, "wamid.ODD2", ODD_TEXT),
        ("34600333444", "Pablo", "wamid.NORMAL2", "¿Tenéis parking?"),
    )

    assert post_webhook(client, body).status_code == 200

    assert _inbound("34600111222").text == "Hola que tal \ufffd fin"
    assert _inbound("34600333444").text == "¿Tenéis parking?"
    sent = graph.wait_for_sent(2)
    assert sorted(message["to"] for message in sent) == ["34600111222", "34600333444"]
    assert InboundEvent.objects.get().status == InboundEventStatus.PROCESSED


def test_a_message_id_of_5000_characters_is_refused_once_and_the_others_are_stored(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    refused_before = _refused("provider_id_too_long")
    body = _batch(
        ("34600111222", "Lucía", "wamid." + "x" * 5000, "Hola"),
        ("34600333444", "Pablo", "wamid.NORMAL3", "¿Tenéis parking?"),
        ("34600555666", "Marta", "wamid.NORMAL4", "¿Hay piscina?"),
    )

    assert post_webhook(client, body).status_code == 200

    stored = Message.objects.filter(direction=Direction.IN).values_list("provider_message_id", flat=True)
    assert sorted(str(provider_id) for provider_id in stored) == ["wamid.NORMAL3", "wamid.NORMAL4"]
    # Both answered, and the refused guest told once to write again (channels_app/tests/test_unstored_messages.py).
    sent = graph.wait_for_sent(3)
    assert sorted(message["to"] for message in sent) == ["34600111222", "34600333444", "34600555666"]
    event = InboundEvent.objects.get()
    assert event.status == InboundEventStatus.PROCESSED
    assert event.attempts == 1
    assert event.error == "message 0: refused (provider_id_too_long)"
    assert _refused("provider_id_too_long") == refused_before + 1


def test_a_message_that_fails_to_store_is_recorded_and_the_rest_of_the_delivery_goes_on(
    client: Client,
    graph: FakeGraph,
    engine: RecordingEngine,
    hotel: Hotel,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from channels_app.whatsapp import inbound as inbound_module

    real_receive = inbound_module.message_receive

    def receive(*, incoming: Any, hotel: Hotel) -> Any:
        if incoming.provider_message_id == "wamid.BROKEN":
            raise RuntimeError("cannot store this one")
        return real_receive(incoming=incoming, hotel=hotel)

    monkeypatch.setattr(inbound_module, "message_receive", receive)
    body = _batch(
        ("34600111222", "Lucía", "wamid.BROKEN", "Hola"),
        ("34600333444", "Pablo", "wamid.NORMAL5", "¿Tenéis parking?"),
    )

    assert post_webhook(client, body).status_code == 200

    assert _inbound("34600333444").provider_message_id == "wamid.NORMAL5"
    event = InboundEvent.objects.get()
    assert event.status == InboundEventStatus.PROCESSED
    assert event.error == "message 0: RuntimeError"
