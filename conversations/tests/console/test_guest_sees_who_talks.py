"""The guest is told who is talking: the web chat names the receptionist on each staff message and shows
a notice when a person joins and leaves; WhatsApp and e-mail hear it in the first staff message and at
hand-back. The notices are the system's, never the AI's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from channels.db import database_sync_to_async

from channels_app.webchat.selectors import chat_message_payload
from conversations.incoming import Channel
from conversations.models import Author, Conversation, ConversationState, Direction, Message
from conversations.services.staff import conversation_hand_back, conversation_take_over, staff_reply
from conversations.tests.console.wsclient import receive_until
from conversations.tests.factories import ConversationFactory, GuestFactory


@pytest.fixture
def eager_celery() -> Iterator[None]:
    from hotel_agent.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    try:
        yield
    finally:
        app.conf.task_always_eager = previous


def outbound(conversation: Conversation) -> list[Message]:
    return list(Message.objects.filter(conversation=conversation, direction=Direction.OUT).order_by("pk"))


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_web_chat_shows_who_joined_names_the_receptionist_and_who_left(
    hotel: Any, ana: Any, eager_celery: None
) -> None:
    from conversations.nlu import warm_up
    from conversations.tests.console.test_webchat_consumer import open_chat

    await database_sync_to_async(warm_up)()  # the turn runs inline here (eager): no model loading in it
    comm, _ = await open_chat(hotel)
    await comm.send_json_to({"client_id": "c-1", "text": "Quiero hablar con alguien"})
    await receive_until(comm, "ack", key="type", timeout=20)

    async def next_message() -> dict[str, Any]:
        return (await receive_until(comm, "message", key="type", timeout=5))["message"]

    @database_sync_to_async
    def take_over() -> Conversation:
        conversation = Conversation.objects.get(hotel=hotel, channel=Channel.WEBCHAT)
        if conversation.state == ConversationState.AI:
            Conversation.objects.filter(pk=conversation.pk).update(state=ConversationState.WAITING_HUMAN)
        conversation_take_over(conversation=conversation, staff=ana)
        return conversation

    conversation = await take_over()
    pushed = await next_message()
    while pushed["author"] != Author.SYSTEM:  # the AI's handoff answer comes first
        pushed = await next_message()
    assert pushed["text"] == "Ana, de recepción, se ha unido a la conversación."
    assert pushed["label"] == ""

    await database_sync_to_async(staff_reply)(
        conversation=conversation, staff=ana, text="Hola, ¿en qué le ayudo?"
    )
    pushed = await next_message()
    assert (pushed["author"], pushed["label"], pushed["text"]) == (
        Author.STAFF,
        "Ana · Recepción",
        "Hola, ¿en qué le ayudo?",  # the label names her; the text is hers alone
    )

    await database_sync_to_async(conversation_hand_back)(conversation=conversation, staff=ana, summary="")
    pushed = await next_message()
    assert pushed["author"] == Author.SYSTEM
    assert pushed["text"] == "Ana ha dejado la conversación; le sigue atendiendo el asistente virtual."
    await comm.disconnect()

    # The AI wrote none of it.
    rows = await database_sync_to_async(outbound)(conversation)
    staff_side = [m for m in rows if m.author != Author.AI]
    assert [m.author for m in staff_side] == [Author.SYSTEM, Author.STAFF, Author.SYSTEM]
    assert all("Ana" not in m.text for m in rows if m.author == Author.AI)


@pytest.mark.django_db
def test_web_chat_labels_the_assistant_and_the_receptionist_apart(hotel: Any, ana: Any) -> None:
    conversation = ConversationFactory.create(
        hotel=hotel, channel=Channel.WEBCHAT, guest=GuestFactory.create(phone="", webchat_session="tok-label")
    )
    ai = Message.objects.create(
        conversation=conversation,
        channel=Channel.WEBCHAT,
        direction=Direction.OUT,
        text="Hola",
        status="sent",
        author=Author.AI,
    )
    staff = Message.objects.create(
        conversation=conversation,
        channel=Channel.WEBCHAT,
        direction=Direction.OUT,
        text="Soy Ana",
        status="sent",
        author=Author.STAFF,
        staff_user=ana,
    )
    assert chat_message_payload(ai)["label"] == "Asistente virtual"
    assert chat_message_payload(staff)["label"] == "Ana · Recepción"


@pytest.mark.django_db
def test_on_whatsapp_the_first_staff_message_says_who_writes_and_hand_back_says_who_left(
    hotel: Any, ana: Any
) -> None:
    conversation = ConversationFactory.create(
        hotel=hotel, channel=Channel.WHATSAPP, language="en", state=ConversationState.WAITING_HUMAN
    )
    conversation_take_over(conversation=conversation, staff=ana)
    assert outbound(conversation) == []  # nothing reaches the guest before the receptionist writes

    staff_reply(conversation=conversation, staff=ana, text="Your room is ready.")
    staff_reply(conversation=conversation, staff=ana, text="Anything else?")
    first, second = outbound(conversation)
    assert first.text == "Ana from reception here.\n\nYour room is ready."
    assert second.text == "Anything else?"

    conversation_hand_back(conversation=conversation, staff=ana, summary="room ready")
    *_, left = outbound(conversation)
    assert (left.author, left.text) == (
        Author.SYSTEM,
        "Ana has left the conversation; the virtual assistant will carry on helping you.",
    )
    assert not any(m.author == Author.AI for m in outbound(conversation))


@pytest.mark.django_db
def test_a_receptionist_who_never_wrote_leaves_without_a_notice_on_whatsapp(hotel: Any, ana: Any) -> None:
    conversation = ConversationFactory.create(
        hotel=hotel, channel=Channel.WHATSAPP, state=ConversationState.WAITING_HUMAN
    )
    conversation_take_over(conversation=conversation, staff=ana)
    conversation_hand_back(conversation=conversation, staff=ana, summary="")
    assert outbound(conversation) == []


@pytest.mark.django_db
def test_a_new_take_over_introduces_the_receptionist_again(hotel: Any, ana: Any, ben: Any) -> None:
    conversation = ConversationFactory.create(
        hotel=hotel, channel=Channel.WHATSAPP, state=ConversationState.WAITING_HUMAN
    )
    conversation_take_over(conversation=conversation, staff=ana)
    staff_reply(conversation=conversation, staff=ana, text="Hola.")
    conversation_hand_back(conversation=conversation, staff=ana, summary="")
    Conversation.objects.filter(pk=conversation.pk).update(state=ConversationState.WAITING_HUMAN)
    conversation_take_over(conversation=Conversation.objects.get(pk=conversation.pk), staff=ben)
    reply = staff_reply(conversation=conversation, staff=ben, text="Sigo yo.")
    assert reply.text == "Le atiende Ben, de recepción.\n\nSigo yo."
