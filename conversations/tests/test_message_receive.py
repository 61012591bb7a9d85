"""message_receive: stored once, turns taken one at a time in order, a human outranks the AI."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from django.db import connection

from conversations.engine.types import HandoffReason
from conversations.incoming import Channel, IncomingMessage, MessageKind
from conversations.models import Author, Conversation, ConversationState, Direction, Message
from conversations.services import conversation_take_turns, message_receive
from conversations.services.inbound import _store_incoming
from hotel_agent.hotels.models import Hotel
from hotel_agent.metrics import HANDOFFS
from tests.support.commit import commits
from tests.support.engine import RecordingEngine

pytestmark = pytest.mark.django_db


@pytest.fixture
def hotel(db: None) -> Hotel:
    return Hotel.objects.create(name="Hotel Receive", slug="hotel-receive", pms_hotel_id=9101)


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch) -> RecordingEngine:
    recording = RecordingEngine()
    monkeypatch.setattr("conversations.engine.respond", recording.respond)
    return recording


@pytest.fixture(autouse=True)
def scheduled(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Outbox rows handed to the sender after commit (not sent: this is the record's side)."""
    ids: list[int] = []
    monkeypatch.setattr("conversations.services.outbox._schedule_send", ids.extend)
    return ids


@pytest.fixture
def events(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict[str, Any]]]:
    published: list[tuple[str, dict[str, Any]]] = []

    def record(*, hotel_id: int, conversation_id: int, event: str, data: dict[str, Any]) -> None:
        published.append((event, data))

    for module in (
        "conversations.events",
        "conversations.services.inbound",
        "conversations.services.handoff",
    ):
        monkeypatch.setattr(f"{module}.publish_on_commit", record)
    return published


def incoming(
    index: int, text: str = "Hola", *, sender: str = "+34600111222", kind: str = MessageKind.TEXT
) -> IncomingMessage:
    return IncomingMessage(
        channel=Channel.WHATSAPP,
        provider_message_id=f"wamid.RECV{sender}{index}",
        sender=sender,
        kind=kind,
        sent_at=dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC) + dt.timedelta(seconds=index),
        text=text,
        sender_name="Lucía",
    )


@pytest.fixture(autouse=True)
def _eager(eager_celery: None) -> None:
    """Turns are Celery tasks: run them inline here (a real worker runs them in test_turn_pipeline)."""


def receive(*, incoming: IncomingMessage, hotel: Hotel) -> Message | None:
    """A channel's call: store, then (on commit) the queued turn runs."""
    with commits():
        message = message_receive(incoming=incoming, hotel=hotel)
    if message is not None:
        message.refresh_from_db()
    return message


def replies() -> list[str]:
    return list(Message.objects.filter(direction=Direction.OUT).order_by("id").values_list("text", flat=True))


def test_a_message_is_stored_once_and_answered_once(
    hotel: Hotel, engine: RecordingEngine, scheduled: list[int]
) -> None:
    stored = receive(incoming=incoming(1), hotel=hotel)
    again = receive(incoming=incoming(1), hotel=hotel)

    assert stored is not None and again is None
    assert stored.handled_at is not None and stored.understanding == {"intent": "other", "kind": "text"}
    assert len(engine.calls) == 1
    assert replies() == ["test-engine: text: Hola"]
    reply = Message.objects.get(direction=Direction.OUT)
    assert reply.author == Author.AI and reply.idempotency_key == f"whatsapp:reply:{stored.pk}:0"
    conversation = stored.conversation
    conversation.refresh_from_db()
    assert conversation.dialogue_state == {"turns": 1} and conversation.last_inbound_at is not None
    assert conversation.guest.phone == "+34600111222" and conversation.guest.name == "Lucía"


@pytest.mark.parametrize("state", [ConversationState.HUMAN, ConversationState.WAITING_HUMAN])
def test_while_a_human_holds_or_is_awaited_the_message_is_stored_shown_and_not_answered(
    hotel: Hotel, engine: RecordingEngine, events: list[tuple[str, dict[str, Any]]], state: str
) -> None:
    first = receive(incoming=incoming(1), hotel=hotel)
    assert first is not None
    Conversation.objects.filter(pk=first.conversation_id).update(state=state)
    events.clear()

    second = receive(incoming=incoming(2, "¿Hola? ¿Alguien?"), hotel=hotel)

    assert second is not None and second.handled_at is None  # unanswered: waits for a person
    assert len(engine.calls) == 1
    assert replies() == ["test-engine: text: Hola"]
    assert [(name, data["text"]) for name, data in events] == [("message.created", "¿Hola? ¿Alguien?")]


def test_the_engine_hands_off_after_its_reply(
    hotel: Hotel,
    engine: RecordingEngine,
    events: list[tuple[str, dict[str, Any]]],
) -> None:
    before = HANDOFFS.labels(reason=HandoffReason.EXPLICIT_REQUEST)._value.get()
    message = receive(incoming=incoming(1, "quiero hablar con un HUMAN"), hotel=hotel)
    assert message is not None
    conversation = Conversation.objects.get(pk=message.conversation_id)
    assert conversation.state == ConversationState.WAITING_HUMAN
    assert (conversation.handoff_reason, conversation.handoff_summary) == (
        "explicit_request",
        "asked for a person",
    )
    assert replies() == ["test-engine: handing over"]
    assert HANDOFFS.labels(reason=HandoffReason.EXPLICIT_REQUEST)._value.get() == before + 1
    assert ("conversation.state", "waiting_human") in [(n, d.get("state")) for n, d in events]

    receive(incoming=incoming(2, "¿sigue ahí?"), hotel=hotel)
    assert len(engine.calls) == 1  # waiting for a human: the AI stays quiet


def test_a_crashing_engine_hands_the_guest_to_a_human_and_sends_nothing(
    hotel: Hotel, engine: RecordingEngine
) -> None:
    message = receive(incoming=incoming(1, "CRASH please"), hotel=hotel)
    assert message is not None and message.handled_at is not None
    conversation = Conversation.objects.get(pk=message.conversation_id)
    assert (conversation.state, conversation.handoff_reason) == (
        ConversationState.WAITING_HUMAN,
        "engine_error",
    )
    assert replies() == []


def test_unsupported_and_media_kinds_reach_the_engine_but_reactions_do_not(
    hotel: Hotel, engine: RecordingEngine
) -> None:
    receive(incoming=incoming(1, "", kind=MessageKind.UNSUPPORTED), hotel=hotel)
    receive(incoming=incoming(2, "foto", kind=MessageKind.IMAGE), hotel=hotel)
    receive(incoming=incoming(3, "", kind=MessageKind.REACTION), hotel=hotel)
    assert engine.kinds() == [MessageKind.UNSUPPORTED, MessageKind.IMAGE]


def test_a_closed_conversation_is_not_reopened_a_new_one_starts(
    hotel: Hotel, engine: RecordingEngine
) -> None:
    first = receive(incoming=incoming(1), hotel=hotel)
    assert first is not None
    Conversation.objects.filter(pk=first.conversation_id).update(state=ConversationState.CLOSED)
    second = receive(incoming=incoming(2), hotel=hotel)
    assert second is not None and second.conversation_id != first.conversation_id
    assert Conversation.objects.get(pk=second.conversation_id).state == ConversationState.AI


def test_a_turn_left_unhandled_by_a_crash_is_taken_on_redelivery_once(
    hotel: Hotel, engine: RecordingEngine
) -> None:
    stored, _ = _store_incoming(incoming=incoming(1), hotel=hotel)  # the worker died after this
    assert stored is not None and stored.handled_at is None

    assert receive(incoming=incoming(1), hotel=hotel) is None  # Meta redelivers
    assert receive(incoming=incoming(1), hotel=hotel) is None
    assert len(engine.calls) == 1 and replies() == ["test-engine: text: Hola"]


def test_turns_are_taken_in_the_order_the_guest_wrote(hotel: Hotel, engine: RecordingEngine) -> None:
    # Stored out of order (two deliveries raced), both waiting for their turn.
    _, conversation = _store_incoming(incoming=incoming(2, "segundo"), hotel=hotel)
    _store_incoming(incoming=incoming(1, "primero"), hotel=hotel)
    assert conversation_take_turns(conversation_id=conversation.pk) == 2
    assert [call[3] for call in engine.calls] == ["primero", "segundo"]


@pytest.mark.django_db(transaction=True)
def test_a_take_over_during_the_engines_turn_discards_its_replies(
    hotel: Hotel, engine: RecordingEngine
) -> None:
    def staff_takes_over(conversation: Conversation, message: Message) -> None:
        def take_over() -> None:  # another request, on its own connection, commits first
            Conversation.objects.filter(pk=conversation.pk, state=ConversationState.AI).update(
                state=ConversationState.HUMAN
            )
            connection.close()

        thread = threading.Thread(target=take_over)
        thread.start()
        thread.join()

    engine.before_reply = staff_takes_over
    message = receive(incoming=incoming(1), hotel=hotel)

    assert message is not None and message.handled_at is None  # left for the person who took over
    assert replies() == []
    assert Conversation.objects.get(pk=message.conversation_id).state == ConversationState.HUMAN


class OverlapEngine(RecordingEngine):
    """Counts how many turns run at the same time, per conversation and overall."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.running: dict[int, int] = {}
        self.max_same_conversation = 0
        self.max_overall = 0

    def respond(self, *, conversation: Any, message: Any, **kwargs: Any) -> Any:
        with self._lock:
            self.running[conversation.pk] = self.running.get(conversation.pk, 0) + 1
            self.max_same_conversation = max(self.max_same_conversation, self.running[conversation.pk])
            self.max_overall = max(self.max_overall, sum(self.running.values()))
        try:
            time.sleep(0.3)
            return super().respond(conversation=conversation, message=message, **kwargs)
        finally:
            with self._lock:
                self.running[conversation.pk] -= 1


@pytest.fixture
def overlap_engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[OverlapEngine]:
    recording = OverlapEngine()
    monkeypatch.setattr("conversations.engine.respond", recording.respond)
    yield recording


@pytest.mark.django_db(transaction=True)
def test_one_conversation_at_a_time_different_conversations_in_parallel(
    hotel: Hotel, overlap_engine: OverlapEngine
) -> None:
    jobs = [
        incoming(i, f"m{i}", sender=sender) for i in range(3) for sender in ("+34600000001", "+34600000002")
    ]

    def receive_in_thread(item: IncomingMessage) -> None:
        try:
            message_receive(incoming=item, hotel=hotel)
        finally:
            connection.close()

    threads = [threading.Thread(target=receive_in_thread, args=(item,)) for item in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(overlap_engine.calls) == 6
    assert overlap_engine.max_same_conversation == 1
    assert overlap_engine.max_overall == 2
    assert Message.objects.filter(direction=Direction.OUT).count() == 6


@pytest.fixture
def receptionist(django_user_model: Any) -> Any:
    return django_user_model.objects.create_user(
        username="rosa", password="x", is_staff=True, is_superuser=True
    )


def test_messages_left_unanswered_while_staff_held_it_get_one_ai_turn_at_hand_back(
    hotel: Hotel, engine: RecordingEngine, receptionist: Any
) -> None:
    from conversations.services.staff import conversation_hand_back, conversation_take_over

    first = receive(incoming=incoming(1), hotel=hotel)
    assert first is not None
    conversation = Conversation.objects.get(pk=first.conversation_id)
    conversation_take_over(conversation=conversation, staff=receptionist)
    waiting = [
        receive(incoming=incoming(2, "¿Tenéis parking?"), hotel=hotel),
        receive(incoming=incoming(3, "¿Y cuánto cuesta?"), hotel=hotel),
    ]
    assert len(engine.calls) == 1 and all(m is not None and m.handled_at is None for m in waiting)

    with commits():
        conversation_hand_back(conversation=conversation, staff=receptionist, summary="")

    assert len(engine.calls) == 2  # one turn for both
    assert engine.calls[-1][3] == "¿Tenéis parking?\n¿Y cuánto cuesta?"
    assert not Message.objects.filter(direction=Direction.IN, handled_at__isnull=True).exists()
    assert replies()[-1] == "test-engine: text: ¿Tenéis parking?\n¿Y cuánto cuesta?"
    # Later messages get a turn each again.
    receive(incoming=incoming(4, "gracias"), hotel=hotel)
    assert [call[3] for call in engine.calls][-1] == "gracias"


def test_a_staff_reply_answers_the_waiting_messages_so_hand_back_starts_no_turn(
    hotel: Hotel, engine: RecordingEngine, receptionist: Any
) -> None:
    from conversations.services.staff import conversation_hand_back, conversation_take_over, staff_reply

    first = receive(incoming=incoming(1), hotel=hotel)
    assert first is not None
    conversation = Conversation.objects.get(pk=first.conversation_id)
    conversation_take_over(conversation=conversation, staff=receptionist)
    waiting = receive(incoming=incoming(2, "¿Hay cuna?"), hotel=hotel)
    with commits():
        staff_reply(conversation=conversation, staff=receptionist, text="Sí, gratis bajo petición.")
        conversation_hand_back(conversation=conversation, staff=receptionist, summary="cuna")

    assert waiting is not None
    waiting.refresh_from_db()
    assert waiting.handled_at is not None
    assert len(engine.calls) == 1


def test_a_turn_that_keeps_crashing_the_worker_is_handed_to_a_person(
    hotel: Hotel, engine: RecordingEngine
) -> None:
    from conversations.services.inbound import MAX_TURN_ATTEMPTS

    stored, conversation = _store_incoming(incoming=incoming(1), hotel=hotel)
    assert stored is not None
    # Earlier workers died in the middle of this message's turn, again and again.
    Message.objects.filter(pk=stored.pk).update(turn_attempts=MAX_TURN_ATTEMPTS)

    assert conversation_take_turns(conversation_id=conversation.pk) == 1
    conversation.refresh_from_db()
    assert (conversation.state, conversation.handoff_reason) == (
        ConversationState.WAITING_HUMAN,
        "engine_error",
    )
    assert engine.calls == [] and replies() == []
