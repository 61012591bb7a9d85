from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from channels.db import database_sync_to_async

from channels_app.webchat.receipts import webchat_receipt_apply
from conversations.incoming import Channel
from conversations.models import Conversation, ConversationState, Message
from conversations.services.staff import conversation_take_over, staff_reply
from conversations.tests.console.wsclient import (
    communicator,
    receive_until,
    session_cookie_for,
    webchat_guest_cookie,
)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]


@pytest.fixture
def eager_celery() -> Iterator[None]:
    from hotel_agent.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    try:
        yield
    finally:
        app.conf.task_always_eager = previous


async def open_chat(hotel: Any) -> Any:
    # The page's first message puts the guest's token in their session; the socket finds it there.
    from django.test import Client

    @database_sync_to_async
    def visit() -> str:
        return webchat_guest_cookie(Client(), hotel.slug)

    comm = communicator(f"/ws/chat/{hotel.slug}/", await visit())
    connected, _ = await comm.connect()
    assert connected
    history = await comm.receive_json_from()
    assert history["type"] == "history"
    return comm, history


async def test_socket_without_a_chat_session_is_refused(hotel: Any) -> None:
    comm = communicator(f"/ws/chat/{hotel.slug}/", await session_cookie_for(None))
    connected, _ = await comm.connect()
    assert not connected


async def test_guest_message_goes_through_the_pipeline_once(hotel: Any, eager_celery: None) -> None:
    comm, history = await open_chat(hotel)
    assert history["messages"] == []
    await comm.send_json_to({"client_id": "c-1", "text": "Hola, ¿tenéis parking?"})
    await receive_until(comm, "ack", key="type")
    # The page resends after a reconnect with the same client id: stored once.
    await comm.send_json_to({"client_id": "c-1", "text": "Hola, ¿tenéis parking?"})
    await receive_until(comm, "ack", key="type")

    @database_sync_to_async
    def stored() -> list[tuple[str, str, str]]:
        conversation = Conversation.objects.get(hotel=hotel, channel=Channel.WEBCHAT)
        assert conversation.guest.webchat_session
        return list(conversation.messages.filter(direction="in").values_list("channel", "author", "text"))

    assert await stored() == [("webchat", "guest", "Hola, ¿tenéis parking?")]
    await comm.disconnect()


async def test_staff_reply_reaches_the_guest_page_and_survives_a_reload(
    hotel: Any, ana: Any, eager_celery: None
) -> None:
    comm, _ = await open_chat(hotel)
    await comm.send_json_to({"client_id": "c-1", "text": "Quiero hablar con alguien"})
    await receive_until(comm, "ack", key="type")

    @database_sync_to_async
    def take_and_answer() -> int:
        conversation = Conversation.objects.get(hotel=hotel, channel=Channel.WEBCHAT)
        Conversation.objects.filter(pk=conversation.pk).update(state=ConversationState.WAITING_HUMAN)
        conversation_take_over(conversation=conversation, staff=ana)
        return staff_reply(conversation=conversation, staff=ana, text="Hola, soy Ana. ¿En qué le ayudo?").pk

    message_id = await take_and_answer()
    pushed = await receive_until(comm, "message", key="type", timeout=5)
    while pushed["message"]["id"] != message_id:
        pushed = await receive_until(comm, "message", key="type", timeout=5)
    assert pushed["message"]["text"] == "Hola, soy Ana. ¿En qué le ayudo?"
    assert pushed["message"]["from"] == "hotel" and pushed["message"]["author"] == "staff"
    # The page shows it in view and says so: the console's ticks turn to read.
    await comm.send_json_to({"type": "receipt", "id": message_id, "status": "read"})
    status = ""
    for _ in range(40):
        status = await database_sync_to_async(lambda: Message.objects.get(pk=message_id).status)()
        if status == "read":
            break
        await asyncio.sleep(0.1)
    assert status == "read"
    # Another guest's page cannot tick this message.
    other, _ = await open_chat(hotel)
    assert (
        await database_sync_to_async(webchat_receipt_apply)(
            token="someone-else", message_id=message_id, status="read"
        )
        is False
    )
    await other.disconnect()
    await comm.disconnect()


async def test_buttons_come_back_as_button_replies(hotel: Any, eager_celery: None) -> None:
    comm, _ = await open_chat(hotel)
    await comm.send_json_to({"client_id": "b-1", "button_id": "book_double", "title": "Reservar doble"})
    await receive_until(comm, "ack", key="type")
    row = await database_sync_to_async(
        lambda: (
            Message.objects.filter(direction="in", channel="webchat")
            .values_list("kind", "payload_id", "text")
            .get()
        )
    )()
    assert row == ("button_reply", "book_double", "Reservar doble")
    await comm.disconnect()


async def test_chat_page_speaks_the_guests_language(hotel: Any) -> None:
    from django.test import Client

    html = await database_sync_to_async(
        lambda: Client(headers={"Accept-Language": "de-DE,de;q=0.9"}).get("/chat/").content.decode()
    )()
    assert '"send": "Senden"' in html and 'lang="de"' in html


async def test_a_frame_with_nul_and_a_lone_surrogate_is_stored_cleaned(
    hotel: Any, eager_celery: None
) -> None:
    comm, _ = await open_chat(hotel)
    await comm.send_json_to({"client_id": "c-odd", "text": "Hola\x00 \ud800"})
    await receive_until(comm, "ack", key="type")

    @database_sync_to_async
    def stored() -> list[str]:
        return list(Message.objects.filter(direction="in").values_list("text", flat=True))

    assert await stored() == ["Hola \ufffd"]
    await comm.disconnect()


async def test_a_frame_that_can_never_be_stored_is_refused_for_good(
    hotel: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from channels_app.webchat import consumers
    from conversations.services import IncomingRefused

    def refuse(incoming: Any, hotel: Any) -> bool:
        raise IncomingRefused("provider_id_too_long")

    monkeypatch.setattr(consumers, "_store", refuse)
    comm, _ = await open_chat(hotel)
    await comm.send_json_to({"client_id": "c-bad", "text": "Hola"})
    error = await receive_until(comm, "error", key="type")
    # The page stops resending on "refused"; it resends (a few times) only on "not_stored".
    assert error == {"type": "error", "client_id": "c-bad", "code": "refused"}
    await comm.disconnect()
