"""Every channel in the production shape: a real Celery worker process on Redis and PostgreSQL.

The test process plays the web server: the guest's websocket consumer, the WhatsApp webhook, the
e-mail poller. It only stores the guest's message and queues the conversation's turn; the worker
process (`tests/support/worker_process.py`, with the recording engine) takes the turn and sends the
reply through the channel. In the test process `conversations.engine.respond` raises, so a reply
that arrives can only have come from the worker.

One worker serves the whole module (starting one is the slow part); it is known to take tasks
before the first test, so every wait below times the pipeline alone.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Iterator
from email.message import EmailMessage
from typing import Any

import pytest
from channels.db import database_sync_to_async
from django.contrib.auth import get_user_model
from django.test import Client, override_settings

from channels_app.email.poller import poll_inbox_once
from channels_app.models import InboundEvent, InboundEventStatus
from channels_app.tests.conftest import ACCESS_TOKEN, APP_SECRET, PHONE_NUMBER_ID, fixture_json, post_webhook
from conversations.incoming import Channel
from conversations.models import Conversation, ConversationState, DeliveryStatus, Direction, Message
from conversations.services.staff import conversation_hand_back, conversation_take_over
from conversations.tests.console.wsclient import communicator, webchat_guest_cookie
from hotel_agent.hotels.models import Hotel, HotelMembership
from hotel_agent.tasks import echo_correlation
from tests.fakes.graph import FakeGraph
from tests.support.mail_servers import ImapAccount, SmtpInbox, dovecot_server, smtp_server
from tests.support.prereqs import dovecot_installed, require_or_skip
from tests.support.worker_process import celery_worker, wait_until

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

WAIT = 40.0  # the longest any step may take; a working pipeline answers in well under a second
SETTLE = 1.0  # after the expected reply: anything duplicated would have shown up by now
HOTEL_ADDRESS = "reservas@hotel.example"


@pytest.fixture(scope="module")
def worker_graph() -> Iterator[FakeGraph]:
    with FakeGraph(access_token=ACCESS_TOKEN) as fake:
        yield fake


@pytest.fixture(scope="module")
def worker_smtp() -> Iterator[SmtpInbox]:
    with smtp_server() as inbox:
        yield inbox


@pytest.fixture(scope="module")
def worker(django_db_setup: None, worker_graph: FakeGraph, worker_smtp: SmtpInbox) -> Iterator[str]:
    """One worker for the module, configured for every channel's sender (fake Graph, loopback SMTP)."""
    env = {
        "WHATSAPP_GRAPH_URL": worker_graph.url,
        "WHATSAPP_GRAPH_VERSION": worker_graph.version,
        "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
        "WHATSAPP_APP_SECRET": APP_SECRET,
        "EMAIL_SMTP_URL": worker_smtp.url,
        "EMAIL_FROM": HOTEL_ADDRESS,
    }
    with celery_worker(env) as queue:
        echo_correlation.apply_async(("ready",), queue=queue).get(timeout=WAIT)  # it takes tasks now
        yield queue


@pytest.fixture
def graph(worker: str, worker_graph: FakeGraph) -> Iterator[FakeGraph]:
    """The worker's fake Graph API, empty; the test process checks signatures with the same secret."""
    worker_graph.reset()
    with override_settings(WHATSAPP_APP_SECRET=APP_SECRET):
        yield worker_graph


@pytest.fixture
def smtp(worker: str, worker_smtp: SmtpInbox) -> SmtpInbox:
    worker_smtp.messages.clear()
    return worker_smtp


@pytest.fixture(autouse=True)
def engine_only_in_the_worker(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The test process must never run the engine: it raises here (and records that it was asked)."""
    calls: list[object] = []

    def respond(**kwargs: Any) -> Any:
        calls.append(kwargs.get("message"))
        raise AssertionError("the engine ran outside the worker process")

    monkeypatch.setattr("conversations.engine.respond", respond)
    return calls


def outbound(conversation_filter: dict[str, Any]) -> list[tuple[str, str]]:
    return list(
        Message.objects.filter(direction=Direction.OUT, **conversation_filter)
        .order_by("id")
        .values_list("text", "status")
    )


# --- web chat -------------------------------------------------------------------------------------


async def eventually(condition: Callable[[], Awaitable[bool]], timeout: float = WAIT) -> bool:
    """`wait_until` for async tests: polls without blocking the event loop the consumer runs on."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await condition():
            return True
        await asyncio.sleep(0.1)
    return False


@pytest.mark.asyncio
async def test_web_chat_reply_comes_from_the_worker_once(
    hotel: Hotel, worker: str, engine_only_in_the_worker: list[object]
) -> None:
    from django.conf import settings

    assert "Redis" in settings.CHANNEL_LAYERS["default"]["BACKEND"]  # the worker pushes through Redis

    @database_sync_to_async
    def visit() -> str:
        return webchat_guest_cookie(Client(), hotel.slug)  # the guest's token in a new session

    comm = communicator(f"/ws/chat/{hotel.slug}/", await visit())
    connected, _ = await comm.connect()
    assert connected
    assert (await comm.receive_json_from())["type"] == "history"

    await comm.send_json_to({"client_id": "c-1", "text": "¿Tenéis parking?"})
    assert await comm.receive_json_from(timeout=5) == {"type": "ack", "client_id": "c-1"}

    pushed = await comm.receive_json_from(timeout=WAIT)  # the worker's reply, over the channel layer
    assert pushed["type"] == "message"
    assert pushed["message"]["from"] == "hotel" and pushed["message"]["author"] == "ai"
    assert pushed["message"]["text"] == "test-engine: text: ¿Tenéis parking?"
    assert await comm.receive_nothing(timeout=SETTLE)  # exactly once

    def sent() -> list[tuple[str, str]]:
        return outbound({"channel": Channel.WEBCHAT})

    @database_sync_to_async
    def recorded_as_sent() -> bool:
        return sent() == [("test-engine: text: ¿Tenéis parking?", DeliveryStatus.SENT)]

    assert await eventually(recorded_as_sent), await database_sync_to_async(sent)()
    handled = await database_sync_to_async(
        lambda: list(Message.objects.filter(direction=Direction.IN).values_list("handled_at", flat=True))
    )()
    assert len(handled) == 1 and handled[0] is not None
    assert engine_only_in_the_worker == []  # the consumer stored and queued; it never decided
    await comm.disconnect()


# --- e-mail -------------------------------------------------------------------------------------


@pytest.fixture
def imap(hotel: Hotel) -> Iterator[ImapAccount]:
    if not dovecot_installed():
        require_or_skip("dovecot-imapd is not installed (.ci/run installs it)")
    with dovecot_server(username=HOTEL_ADDRESS) as account, override_settings(EMAIL_IMAP_URL=account.url):
        yield account


def guest_mail(body: str, *, message_id: str, subject: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Ana García <ana@example.com>"
    mail["To"] = HOTEL_ADDRESS
    mail["Subject"] = subject
    mail["Message-ID"] = message_id
    mail["Date"] = "Wed, 25 Nov 2026 09:00:00 +0100"
    mail.set_content(body)
    return bytes(mail)


def test_email_reply_comes_from_the_worker_once_over_smtp(
    imap: ImapAccount, smtp: SmtpInbox, engine_only_in_the_worker: list[object]
) -> None:
    imap.deliver(guest_mail("¿Tenéis parking?", message_id="<park@example.com>", subject="Parking"))

    result = poll_inbox_once()  # what beat's `poll_email_inbox` does in production: store and queue

    assert (result.fetched, result.stored) == (1, 1)
    [reply] = smtp.wait_for(1, timeout=WAIT)
    assert reply["To"] == "ana@example.com"
    assert reply["Subject"] == "Re: Parking"
    assert reply["In-Reply-To"] == "<park@example.com>"
    assert "test-engine: text: ¿Tenéis parking?" in reply.get_content()
    expected = [("test-engine: text: ¿Tenéis parking?", DeliveryStatus.SENT)]
    assert wait_until(lambda: outbound({"channel": Channel.EMAIL}) == expected, timeout=WAIT)
    assert poll_inbox_once().fetched == 0  # flagged \Seen: the next pass takes nothing
    assert len(smtp.wait_for(2, timeout=SETTLE)) == 1  # exactly once
    assert Message.objects.get(channel=Channel.EMAIL, direction=Direction.IN).handled_at is not None
    assert engine_only_in_the_worker == []


# --- WhatsApp: a message that waits for staff, answered after hand-back --------------------------


def whatsapp_text(message_id: str, body: str) -> bytes:
    payload = fixture_json("text.json")
    [message] = payload["entry"][0]["changes"][0]["value"]["messages"]
    message["id"], message["text"]["body"] = message_id, body
    return json.dumps(payload).encode()


def statuses_of(conversation: Conversation) -> list[str]:
    return [status for _, status in outbound({"conversation": conversation})]


def events_processed() -> bool:
    return not InboundEvent.objects.exclude(status=InboundEventStatus.PROCESSED).exists()


def test_whatsapp_message_waiting_for_staff_is_answered_by_the_worker_after_hand_back(
    graph: FakeGraph, hotel: Hotel, engine_only_in_the_worker: list[object]
) -> None:
    staff = get_user_model().objects.create_user(username="ana", password="pw-ana", is_staff=True)
    HotelMembership.objects.create(user=staff, hotel=hotel, role=HotelMembership.Role.RECEPTIONIST)
    client = Client()
    assert post_webhook(client, whatsapp_text("wamid.HOLD-1", "Hola")).status_code == 200
    assert wait_until(lambda: len(graph.sent_messages()) == 1, timeout=WAIT), "the worker never answered"
    assert wait_until(events_processed, timeout=WAIT)
    conversation = Conversation.objects.get(channel=Channel.WHATSAPP)

    conversation_take_over(conversation=conversation, staff=staff)
    assert post_webhook(client, whatsapp_text("wamid.HOLD-2", "¿A qué hora cerráis?")).status_code == 200
    assert wait_until(lambda: Message.objects.filter(direction=Direction.IN).count() == 2, timeout=WAIT)
    assert wait_until(events_processed, timeout=WAIT)
    time.sleep(SETTLE)  # the worker has had its chance to (wrongly) answer
    waiting = Message.objects.get(provider_message_id="wamid.HOLD-2")
    assert waiting.handled_at is None  # unanswered while staff hold the conversation
    assert len(graph.sent_messages()) == 1

    conversation_hand_back(conversation=conversation, staff=staff, summary="nothing done")

    assert wait_until(lambda: len(graph.sent_messages()) == 2, timeout=WAIT), "no answer after hand-back"
    both_sent = [DeliveryStatus.SENT] * 2
    assert wait_until(lambda: statuses_of(conversation) == both_sent, timeout=WAIT)
    time.sleep(SETTLE)
    assert graph.sent_texts() == ["test-engine: text: Hola", "test-engine: text: ¿A qué hora cerráis?"]
    waiting.refresh_from_db()
    assert waiting.handled_at is not None
    conversation.refresh_from_db()
    assert conversation.state == ConversationState.AI
    assert engine_only_in_the_worker == []
