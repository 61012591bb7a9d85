from __future__ import annotations

import asyncio
from typing import Any

import pytest
from channels.db import database_sync_to_async
from django.db import transaction

from conversations.events import publish_on_commit
from conversations.models import ConversationState
from conversations.tests.console.conftest import make_staff
from conversations.tests.console.wsclient import communicator, receive_until, session_cookie_for
from conversations.tests.factories import ConversationFactory, InboundMessageFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]


async def connect(user: Any) -> Any:
    comm = communicator("/ws/console/", await session_cookie_for(user))
    connected, code = await comm.connect()
    return comm, connected, code


async def test_anonymous_visitor_is_refused(hotel: Any) -> None:
    _comm, connected, _ = await connect(None)
    assert not connected


async def test_logged_in_user_who_is_not_staff_is_refused(hotel: Any) -> None:
    user = await database_sync_to_async(make_staff)("guestuser", hotel=hotel, is_staff=False)
    _comm, connected, _ = await connect(user)
    assert not connected


async def test_staff_without_a_hotel_is_refused(db: None) -> None:
    user = await database_sync_to_async(make_staff)("lonely", hotel=None)
    _comm, connected, _ = await connect(user)
    assert not connected


async def test_staff_gets_events_of_their_hotel_only(
    hotel: Any, other_hotel: Any, ana: Any, outsider: Any
) -> None:
    ours = await database_sync_to_async(ConversationFactory.create)(hotel=hotel)
    theirs = await database_sync_to_async(ConversationFactory.create)(hotel=other_hotel)
    comm_ana, ok, _ = await connect(ana)
    assert ok
    hello = await comm_ana.receive_json_from()
    assert hello["event"] == "hello" and hello["hotels"] == [hotel.pk]
    comm_olga, ok, _ = await connect(outsider)
    assert ok
    await comm_olga.receive_json_from()

    def new_message(conversation: Any) -> None:
        with transaction.atomic():
            message = InboundMessageFactory.create(conversation=conversation, text="¿Tenéis parking?")
            publish_on_commit(
                hotel_id=conversation.hotel_id,
                conversation_id=conversation.pk,
                event="message.created",
                data={"id": message.pk},
            )

    await database_sync_to_async(new_message)(ours)
    event = await receive_until(comm_ana, "message.created")
    assert event["conversation_id"] == ours.pk
    assert await comm_olga.receive_nothing(timeout=0.3)
    await database_sync_to_async(new_message)(theirs)
    assert (await receive_until(comm_olga, "message.created"))["conversation_id"] == theirs.pk
    assert await comm_ana.receive_nothing(timeout=0.3)
    await comm_ana.disconnect()
    await comm_olga.disconnect()


async def test_staff_of_another_hotel_cannot_act_on_or_watch_a_conversation(
    hotel: Any, outsider: Any
) -> None:
    conversation = await database_sync_to_async(ConversationFactory.create)(
        hotel=hotel, state=ConversationState.WAITING_HUMAN
    )
    comm, ok, _ = await connect(outsider)
    assert ok
    await comm.receive_json_from()
    for action in ("watch", "take_over", "reply", "note", "close"):
        await comm.send_json_to(
            {"action": action, "conversation_id": conversation.pk, "text": "x", "request_id": 1}
        )
        answer = await comm.receive_json_from()
        assert answer["event"] == "error" and answer["code"] == "not_found"
    await database_sync_to_async(conversation.refresh_from_db)()
    assert conversation.state == ConversationState.WAITING_HUMAN
    await comm.disconnect()


async def test_take_over_through_the_socket_is_broadcast_and_the_second_is_told_who(
    hotel: Any, ana: Any, ben: Any
) -> None:
    conversation = await database_sync_to_async(ConversationFactory.create)(
        hotel=hotel, state=ConversationState.WAITING_HUMAN
    )
    comm_ana, _, _ = await connect(ana)
    comm_ben, _, _ = await connect(ben)
    await comm_ana.receive_json_from()
    await comm_ben.receive_json_from()
    await comm_ana.send_json_to({"action": "take_over", "conversation_id": conversation.pk, "request_id": 7})
    state = await receive_until(comm_ben, "conversation.state")
    assert state["conversation_id"] == conversation.pk
    assert state["data"]["state"] == "human" and state["data"]["assigned_to"] == ana.pk
    ack = await receive_until(comm_ana, "ack")
    assert ack["request_id"] == 7
    await comm_ben.send_json_to({"action": "take_over", "conversation_id": conversation.pk, "request_id": 8})
    error = await receive_until(comm_ben, "error")
    assert error["code"] == "held_by_other" and "Ana Ruiz" in error["message"]
    await comm_ana.disconnect()
    await comm_ben.disconnect()


async def test_presence_and_typing_reach_the_other_watchers(hotel: Any, ana: Any, ben: Any) -> None:
    conversation = await database_sync_to_async(ConversationFactory.create)(hotel=hotel)
    comm_ana, _, _ = await connect(ana)
    comm_ben, _, _ = await connect(ben)
    await comm_ana.receive_json_from()
    await comm_ben.receive_json_from()
    await comm_ana.send_json_to({"action": "watch", "conversation_id": conversation.pk})
    await receive_until(comm_ana, "ack")
    await comm_ben.send_json_to({"action": "watch", "conversation_id": conversation.pk})
    joined = await receive_until(comm_ana, "presence")
    assert joined == {
        "event": "presence",
        "conversation_id": conversation.pk,
        "user": "Ben Soto",
        "watching": True,
    }
    here = await receive_until(comm_ben, "presence")
    assert here["user"] == "Ana Ruiz" and here["watching"] is True
    await comm_ben.send_json_to({"action": "typing", "conversation_id": conversation.pk})
    typing = await receive_until(comm_ana, "typing")
    assert typing["user"] == "Ben Soto"
    await comm_ben.disconnect()
    left = await receive_until(comm_ana, "presence")
    assert left["user"] == "Ben Soto" and left["watching"] is False
    await comm_ana.disconnect()


async def test_superuser_sees_every_hotel(hotel: Any, other_hotel: Any) -> None:
    boss = await database_sync_to_async(make_staff)("boss", hotel=None, is_superuser=True)
    comm, ok, _ = await connect(boss)
    assert ok
    hello = await comm.receive_json_from()
    assert sorted(hello["hotels"]) == sorted([hotel.pk, other_hotel.pk])
    await comm.disconnect()
    await asyncio.sleep(0)
