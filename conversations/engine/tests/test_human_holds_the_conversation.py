"""While a conversation waits for or is held by a person, the agent sends the guest nothing —
whatever Meta redelivers and however many deliveries arrive at once."""

from __future__ import annotations

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client

from conversations.engine.tests.whatsapp_guest import WhatsAppGuest
from conversations.incoming import Channel
from conversations.models import Author, ConversationState, Direction, Message
from conversations.services.staff import conversation_take_over

pytestmark = pytest.mark.django_db(transaction=True)


def ai_replies(guest: WhatsAppGuest) -> int:
    return Message.objects.filter(
        conversation__guest__phone=guest.phone, direction=Direction.OUT, author=Author.AI
    ).count()


def test_no_ai_reply_while_waiting_for_or_held_by_a_person(client, graph, qloapps_hotel, eager_celery):
    guest = WhatsAppGuest(client=client, graph=graph, phone="+34600800001")
    guest.says("Quiero una habitación del 20 al 23 de marzo para 2 personas")
    guest.says("Quiero hablar con una persona")
    assert guest.conversation.state == ConversationState.WAITING_HUMAN
    replies_before, sent_before = ai_replies(guest), len(guest.sent_to_me())

    # Waiting for a person: a new message, then Meta redelivering it three times.
    waiting = guest.payload({"type": "text", "text": {"body": "¿Hay alguien?"}})
    for _ in range(4):
        assert guest.post(waiting).status_code == 200

    # Held by a person: deliveries (new ones and redeliveries) arriving at the same time.
    staff = get_user_model().objects.create_user(username="recepcion", is_staff=True)
    conversation_take_over(conversation=guest.conversation, staff=staff)
    bodies = [guest.payload({"type": "text", "text": {"body": f"mensaje {n}"}}) for n in range(3)]
    deliveries = bodies + bodies  # every one of them twice, concurrently
    barrier = threading.Barrier(len(deliveries))
    statuses: list[int] = []

    def deliver(body: bytes) -> None:
        own = WhatsAppGuest(client=Client(), graph=graph, phone=guest.phone)
        barrier.wait()
        try:
            statuses.append(own.post(body).status_code)
        finally:
            connection.close()  # each thread had its own connection; the server's are shared by many

    threads = [threading.Thread(target=deliver, args=(body,)) for body in deliveries]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert statuses == [200] * len(deliveries)
    assert ai_replies(guest) == replies_before
    assert len(guest.sent_to_me()) == sent_before
    inbound = Message.objects.filter(conversation__guest__phone=guest.phone, direction=Direction.IN)
    assert inbound.filter(text="¿Hay alguien?").count() == 1
    assert inbound.filter(text__startswith="mensaje").count() == 3
    assert guest.conversation.state == ConversationState.HUMAN
    assert all(m.channel == Channel.WHATSAPP for m in inbound)
