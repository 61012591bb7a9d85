"""A guest message that truly cannot be stored is recorded with its raw event for staff, and the guest
still gets a polite reply in their language (WhatsApp and the web chat)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.db import DataError
from django.test import Client

from channels_app.models import InboundEvent, InboundEventStatus
from channels_app.tests.conftest import fixture_json, post_webhook
from channels_app.whatsapp.inbound import whatsapp_event_process
from conversations.models import Author, ConversationState, Direction, Message, UnstoredMessage
from conversations.tests.console.conftest import make_staff
from hotel_agent.hotels.models import Hotel, HotelMembership
from tests.fakes.graph import FakeGraph
from tests.support.engine import RecordingEngine

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("eager_celery")]

SORRY_EN = "Sorry, I could not read your last message."
SORRY_ES = "Lo siento, no he podido leer su último mensaje."


def _delivery(*messages: dict[str, Any]) -> bytes:
    payload = fixture_json("text.json")
    value = payload["entry"][0]["changes"][0]["value"]
    template = value["messages"][0]
    value["contacts"] = [{"profile": {"name": "Guest"}, "wa_id": m["from"]} for m in messages]
    value["messages"] = [{**template, **m} for m in messages]
    return json.dumps(payload, ensure_ascii=True).encode()


@pytest.fixture
def refuse_wamid(monkeypatch: pytest.MonkeyPatch) -> None:
    """The database refuses one message even after sanitising (as a constraint or a type would)."""
    from channels_app.whatsapp import inbound as inbound_module

    real_receive = inbound_module.message_receive

    def receive(*, incoming: Any, hotel: Hotel) -> Any:
        if incoming.provider_message_id == "wamid.REFUSED":
            raise DataError("value the database will not take")
        return real_receive(incoming=incoming, hotel=hotel)

    monkeypatch.setattr(inbound_module, "message_receive", receive)


def test_a_whatsapp_message_the_database_refuses_is_kept_for_staff_and_the_guest_told_in_english(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel, refuse_wamid: None
) -> None:
    body = _delivery(
        {
            "from": "447700900123",
            "id": "wamid.REFUSED",
            "text": {"body": "Hello, do you have a parking space?"},
        },
        {"from": "34600333444", "id": "wamid.FINE", "text": {"body": "¿Tenéis parking?"}},
    )
    assert post_webhook(client, body).status_code == 200

    record = UnstoredMessage.objects.get()
    assert (record.hotel, record.channel, record.sender) == (hotel, "whatsapp", "+447700900123")
    assert "Hello, do you have a parking space?" in record.raw and "wamid.REFUSED" in record.raw
    event = InboundEvent.objects.get()
    assert json.loads(record.raw)["inbound_event"] == event.pk
    assert record.guest_told and record.conversation is not None
    # The other guest's message of the same delivery is stored and answered as usual.
    assert Message.objects.filter(direction=Direction.IN).values_list(
        "provider_message_id", flat=True
    ).get() == ("wamid.FINE")
    sent = graph.wait_for_sent(2)
    to_refused = [m for m in sent if m["to"] == "447700900123"]
    assert len(to_refused) == 1 and to_refused[0]["text"]["body"].startswith(SORRY_EN)
    assert event.status == InboundEventStatus.PROCESSED

    # Processing the event again (a retry, a sweep) records and says nothing more.
    whatsapp_event_process(event_id=event.pk)
    InboundEvent.objects.filter(pk=event.pk).update(status=InboundEventStatus.PENDING)
    whatsapp_event_process(event_id=event.pk)
    assert UnstoredMessage.objects.count() == 1
    assert Message.objects.filter(direction=Direction.OUT, conversation=record.conversation).count() == 1


def test_a_whatsapp_message_that_cannot_be_read_is_kept_and_the_guest_told_in_the_hotels_language(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    body = _delivery({"from": "34600111222", "id": {"odd": "id"}, "type": "text", "text": {"body": "hola"}})
    assert post_webhook(client, body).status_code == 200

    record = UnstoredMessage.objects.get()
    assert record.reason.startswith("unreadable") and '"odd"' in record.raw
    reply = Message.objects.get(direction=Direction.OUT, conversation=record.conversation)
    assert reply.author == Author.AI and reply.text.startswith(SORRY_ES)
    assert len(graph.wait_for_sent(1)) == 1
    assert "unreadable message 0" in InboundEvent.objects.get().error


def test_while_a_person_holds_the_conversation_the_record_waits_for_them_and_the_ai_stays_quiet(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel, refuse_wamid: None
) -> None:
    from conversations.tests.factories import ConversationFactory

    staff = make_staff("ana", hotel=hotel)
    held = ConversationFactory.create(
        hotel=hotel, guest__phone="+34600111222", state=ConversationState.HUMAN, assigned_to=staff
    )
    body = _delivery({"from": "34600111222", "id": "wamid.REFUSED", "text": {"body": "Hola"}})
    assert post_webhook(client, body).status_code == 200

    record = UnstoredMessage.objects.get()
    assert (record.conversation, record.guest_told) == (held, False)
    assert not Message.objects.filter(direction=Direction.OUT).exists()


def test_staff_of_the_hotel_read_the_raw_event_in_the_admin(hotel: Hotel) -> None:
    from conversations.services.unstored import message_unstored_record

    record = message_unstored_record(
        hotel=hotel, channel="whatsapp", key="k-1", reason="refused", raw={"text": "hola\x00 \ud800"}
    )
    assert record is not None and "\\u0000" in record.raw and "\\ud800" in record.raw  # kept, escaped
    from conversations.roles import ensure_staff_groups, staff_group_for

    ensure_staff_groups()  # this module's tests flush the database, groups included
    manager = make_staff("maria", hotel=hotel, role=HotelMembership.Role.MANAGER)
    manager.groups.add(staff_group_for(HotelMembership.Role.MANAGER))
    client = Client()
    client.force_login(manager)
    page = client.get(f"/admin/conversations/unstoredmessage/{record.pk}/change/")
    assert page.status_code == 200 and "\\u0000" in page.content.decode()
    assert client.get("/admin/conversations/unstoredmessage/").status_code == 200


async def _chat_page(hotel: Hotel) -> Any:
    from channels.db import database_sync_to_async

    from conversations.tests.console.wsclient import communicator, webchat_guest_cookie

    cookie = await database_sync_to_async(webchat_guest_cookie)(Client(), hotel.slug)
    page = communicator(f"/ws/chat/{hotel.slug}/", cookie)
    assert (await page.connect())[0]
    assert (await page.receive_json_from())["type"] == "history"
    return page


async def _apology(page: Any) -> dict[str, Any]:
    while True:
        frame = await page.receive_json_from(timeout=15)
        if frame["type"] == "message":
            return dict(frame["message"])


@pytest.mark.asyncio
async def test_a_web_chat_message_the_database_refuses_is_kept_and_the_guest_told_on_the_page(
    hotel: Hotel, monkeypatch: pytest.MonkeyPatch
) -> None:
    from channels.db import database_sync_to_async

    from channels_app.webchat import consumers

    def refuse(incoming: Any, hotel: Hotel) -> bool:
        raise DataError("value the database will not take")

    monkeypatch.setattr(consumers, "_store", refuse)
    page = await _chat_page(hotel)
    await page.send_json_to({"client_id": "c-1", "text": "Hello, is breakfast included?"})
    assert await page.receive_json_from(timeout=5) == {"type": "error", "client_id": "c-1", "code": "refused"}
    apology = await _apology(page)
    assert apology["from"] == "hotel" and apology["text"].startswith(SORRY_EN)
    # The page resending the same message (a reload) records and says nothing more.
    await page.send_json_to({"client_id": "c-1", "text": "Hello, is breakfast included?"})
    assert (await page.receive_json_from(timeout=5))["code"] == "refused"
    assert await page.receive_nothing(timeout=0.5)
    await page.disconnect()

    record = await database_sync_to_async(UnstoredMessage.objects.get)()
    assert record.channel == "webchat" and record.guest_told
    assert "Hello, is breakfast included?" in record.raw and '"c-1"' in record.raw


@pytest.mark.asyncio
async def test_a_web_chat_frame_that_is_not_a_message_is_kept_and_the_guest_told(hotel: Hotel) -> None:
    from channels.db import database_sync_to_async

    page = await _chat_page(hotel)
    await page.send_to(text_data='{"client_id": "c-2", "text": "hola" ')  # cut short: not JSON
    apology = await _apology(page)
    assert apology["text"].startswith(SORRY_ES)
    await page.disconnect()

    record = await database_sync_to_async(UnstoredMessage.objects.get)()
    assert record.reason.startswith("unreadable") and "hola" in record.raw
