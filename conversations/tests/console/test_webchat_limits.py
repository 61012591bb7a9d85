"""Web chat limits that hold across sockets: pages per guest, messages per guest and per address,
frame size; and one browser chatting with two hotels never sees one hotel's reply in the other's page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import pytest
from channels.db import database_sync_to_async
from django.core.cache import cache
from django.test import Client

from channels_app.webchat import limits
from channels_app.webchat.sender import send_webchat_message
from conversations.incoming import Channel
from conversations.models import Message
from conversations.tests.console.wsclient import communicator, webchat_guest_cookie
from conversations.tests.factories import ConversationFactory, OutboundMessageFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]


@pytest.fixture(autouse=True)
def clean_counters() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()


@database_sync_to_async
def visit(*slugs: str) -> str:
    """One browser (one session) opening the chat page of each hotel named and writing to it."""
    return webchat_guest_cookie(Client(), *slugs)


async def open_page(slug: str, cookie: str, address: str = "198.51.100.7") -> Any:
    comm = communicator(f"/ws/chat/{slug}/", cookie)
    comm.scope["client"] = (address, 50000)
    connected, code = await comm.connect()
    if connected:
        assert (await comm.receive_json_from())["type"] == "history"
    return comm, connected, code


async def send(comm: Any, client_id: str) -> str:
    await comm.send_json_to({"client_id": client_id, "text": "Hola"})
    while True:
        answer = await comm.receive_json_from(timeout=20)  # the turn runs inline (eager)
        if answer.get("client_id") == client_id:
            return str(answer.get("code") or answer["type"])


async def test_one_guest_opens_at_most_five_pages_and_a_closed_one_frees_its_place(hotel: Any) -> None:
    cookie = await visit(hotel.slug)
    pages = [await open_page(hotel.slug, cookie) for _ in range(limits.SOCKETS_PER_SESSION)]
    assert all(connected for _, connected, _ in pages)
    _, connected, code = await open_page(hotel.slug, cookie)
    assert not connected and code == 4429
    await pages[0][0].disconnect()
    again, connected, _ = await open_page(hotel.slug, cookie)
    assert connected
    for comm in [again, *(page for page, *_ in pages[1:])]:
        await comm.disconnect()


async def test_a_guests_messages_are_counted_across_pages(
    hotel: Any, eager_celery: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "SESSION_MESSAGES_PER_MINUTE", 3)
    cookie = await visit(hotel.slug)
    first, _, _ = await open_page(hotel.slug, cookie)
    second, _, _ = await open_page(hotel.slug, cookie)
    assert [await send(first, "a1"), await send(second, "b1"), await send(first, "a2")] == ["ack"] * 3
    assert await send(second, "b2") == "too_fast"
    assert await send(first, "a3") == "too_fast"
    stored = await database_sync_to_async(
        Message.objects.filter(direction="in", channel=Channel.WEBCHAT).count
    )()
    assert stored == 3
    await first.disconnect()
    await second.disconnect()


async def test_one_address_shares_its_minute_across_guests(
    hotel: Any, eager_celery: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "ADDRESS_MESSAGES_PER_MINUTE", 2)
    pages = [(await open_page(hotel.slug, await visit(hotel.slug)))[0] for _ in range(3)]
    assert [await send(pages[0], "x"), await send(pages[1], "y")] == ["ack", "ack"]
    assert await send(pages[2], "z") == "too_fast"
    elsewhere, _, _ = await open_page(hotel.slug, await visit(hotel.slug), address="203.0.113.50")
    assert await send(elsewhere, "w") == "ack"
    for comm in [*pages, elsewhere]:
        await comm.disconnect()


async def test_a_frame_over_the_size_limit_closes_the_page_unparsed(hotel: Any) -> None:
    comm, _, _ = await open_page(hotel.slug, await visit(hotel.slug))
    await comm.send_to(text_data='{"client_id": "big", "text": "' + "x" * limits.MAX_FRAME_BYTES + '"}')
    closed = await comm.receive_output(timeout=3)
    assert closed == {"type": "websocket.close", "code": 1009}
    assert not await database_sync_to_async(Message.objects.exists)()


async def test_one_browser_two_hotels_each_page_gets_only_its_hotels_replies(
    hotel: Any, other_hotel: Any
) -> None:
    cookie = await visit(hotel.slug, other_hotel.slug)
    page_a, _, _ = await open_page(hotel.slug, cookie)
    page_b, _, _ = await open_page(other_hotel.slug, cookie)

    @database_sync_to_async
    def reply_from_hotel_b() -> int:
        from django.contrib.sessions.models import Session

        token = Session.objects.get().get_decoded()["webchat_guest"]
        conversation = ConversationFactory(
            hotel=other_hotel, channel=Channel.WEBCHAT, guest__webchat_session=token, guest__phone=""
        )
        message = cast(Message, OutboundMessageFactory(conversation=conversation, text="Respuesta de Luna"))
        send_webchat_message(message)
        return int(message.pk)

    await reply_from_hotel_b()
    received = await page_b.receive_json_from(timeout=3)
    assert received["message"]["text"] == "Respuesta de Luna"
    assert await page_a.receive_nothing(timeout=0.3)
    await page_a.disconnect()
    await page_b.disconnect()
