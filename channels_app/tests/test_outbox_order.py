"""A turn's replies reach the guest in the order they were written, wherever they are sent from."""

from __future__ import annotations

from typing import Any

import pytest

from channels_app import tasks
from conversations.tests.factories import ConversationFactory, OutboundMessageFactory
from hotel_agent.hotels.models import Hotel
from tests.fakes.graph import FakeGraph


def test_replies_queued_outside_a_worker_go_in_one_task_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    queued: list[tuple[Any, tuple[Any, ...]]] = []
    monkeypatch.setattr(tasks, "queue_task", lambda task, *args, **_: queued.append((task, args)))

    tasks.queue_outbox_sends(message_ids=[12, 10, 11])
    tasks.queue_outbox_sends(message_ids=[13])

    # Separate tasks may run side by side (the embedded defaults' threads, several worker processes)
    # and deliver the question before the answer; one task keeps the order.
    assert queued == [(tasks.outbox_send_in_order, ([12, 10, 11],)), (tasks.outbox_send, (13,))]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("eager_celery")
def test_rows_sent_in_order_are_received_in_order(graph: FakeGraph, hotel: Hotel) -> None:
    conversation = ConversationFactory.create(hotel=hotel, guest__phone="+34600111333")
    texts = ["El desayuno cuesta 14 €.", "¿Cuál de las opciones prefiere?", "Tercera"]
    rows = [OutboundMessageFactory.create(conversation=conversation, text=text) for text in texts]

    tasks.outbox_send_in_order([row.pk for row in rows])

    assert [body["text"]["body"] for body in graph.sent_messages()] == texts
