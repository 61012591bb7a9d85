"""An anonymous web chat session (a row in the session table) is made only when the guest first writes:
opening the page, reloading it or a bot fetching it a thousand times makes none."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from channels.db import database_sync_to_async
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.test import Client

from channels_app.webchat import limits
from conversations.models import Message
from conversations.tests.console.wsclient import communicator, receive_until

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def clean_counters() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()


def test_opening_the_chat_page_makes_no_session_row(hotel: Any) -> None:
    client = Client()
    for path in ("/chat/", f"/chat/{hotel.slug}/", f"/chat/{hotel.slug}/privacy/"):
        response = client.get(path)
        assert response.status_code == 200
    assert 'data-has-session="0"' in client.get("/chat/").content.decode()
    assert not Session.objects.exists()


def test_a_bot_hammering_the_chat_page_makes_no_session_row(hotel: Any) -> None:
    for _ in range(300):
        assert Client().get("/chat/").status_code == 200  # a new visitor each time, no cookie kept
    client = Client()
    for _ in range(100):
        assert client.get(f"/chat/{hotel.slug}/").status_code == 200
    assert Session.objects.count() == 0


def test_the_session_is_started_only_by_a_post_and_only_once(hotel: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    page = client.get(f"/chat/{hotel.slug}/").content.decode()
    csrf = page.split('data-csrf="')[1].split('"')[0]
    # Without the page's CSRF token (another site's form) nothing is made.
    assert Client(enforce_csrf_checks=True).post(f"/chat/{hotel.slug}/session/").status_code == 403
    assert client.get(f"/chat/{hotel.slug}/session/").status_code == 405
    assert not Session.objects.exists()
    assert client.post(f"/chat/{hotel.slug}/session/", HTTP_X_CSRFTOKEN=csrf).status_code == 204
    assert client.post(f"/chat/{hotel.slug}/session/", HTTP_X_CSRFTOKEN=csrf).status_code == 204
    assert Session.objects.count() == 1
    assert 'data-has-session="1"' in client.get(f"/chat/{hotel.slug}/").content.decode()
    assert Client().post("/chat/nowhere/session/").status_code == 404


def test_one_address_starts_a_bounded_number_of_sessions(hotel: Any) -> None:
    for _ in range(limits.SESSIONS_PER_ADDRESS_PER_HOUR):
        assert Client().post(f"/chat/{hotel.slug}/session/").status_code == 204
    refused = Client().post(f"/chat/{hotel.slug}/session/")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert Session.objects.count() == limits.SESSIONS_PER_ADDRESS_PER_HOUR


@pytest.mark.asyncio
async def test_first_message_makes_the_session_and_a_reconnect_finds_it(
    hotel: Any, eager_celery: None
) -> None:
    client = Client()

    @database_sync_to_async
    def open_page_then_write() -> str:
        assert client.get(f"/chat/{hotel.slug}/").status_code == 200
        assert not Session.objects.exists()
        assert client.post(f"/chat/{hotel.slug}/session/").status_code == 204  # what the page does on send
        return f"sessionid={client.cookies['sessionid'].value}"

    cookie = await open_page_then_write()
    comm = communicator(f"/ws/chat/{hotel.slug}/", cookie)
    assert (await comm.connect())[0]
    assert (await comm.receive_json_from())["messages"] == []
    await comm.send_json_to({"client_id": "first", "text": "Hola, ¿tenéis parking?"})
    await receive_until(comm, "ack", key="type")
    await comm.disconnect()
    assert await database_sync_to_async(Session.objects.count)() == 1

    again = communicator(f"/ws/chat/{hotel.slug}/", cookie)  # a reload or a dropped connection
    assert (await again.connect())[0]
    history = (await again.receive_json_from())["messages"]
    assert history[0]["text"] == "Hola, ¿tenéis parking?"
    await again.disconnect()
    assert await database_sync_to_async(Message.objects.filter(text="Hola, ¿tenéis parking?").count)() == 1
