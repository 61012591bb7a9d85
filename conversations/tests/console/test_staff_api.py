from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from conversations.models import ConversationState
from conversations.tests.console.conftest import make_staff
from conversations.tests.factories import (
    ConversationFactory,
    GuestFactory,
    InboundMessageFactory,
    OutboundMessageFactory,
)

pytestmark = pytest.mark.django_db


def token_for(username: str, password: str) -> Any:
    return Client().post(
        "/api/auth/token/", {"username": username, "password": password}, content_type="application/json"
    )


def bearer(user: Any) -> Client:
    response = token_for(user.username, "pw-" + user.username)
    assert response.status_code == 200, response.content
    body = response.json()
    assert set(body) == {"access", "refresh"}
    return Client(headers={"Authorization": f"Bearer {body['access']}"})


def test_token_is_for_staff_only(hotel: Any, ana: Any) -> None:
    assert token_for("ana", "pw-ana").status_code == 200
    assert token_for("ana", "wrong").status_code == 401
    make_staff("nonstaff", hotel=hotel, is_staff=False)
    assert token_for("nonstaff", "pw-nonstaff").status_code == 401


def test_conversations_by_phone_and_messages_in_order(hotel: Any, other_hotel: Any, ana: Any) -> None:
    guest = GuestFactory.create(phone="+34600111222")
    conversation = ConversationFactory.create(
        hotel=hotel,
        guest=guest,
        state=ConversationState.WAITING_HUMAN,
        handoff_reason="complaint",
        language="es",
    )
    ConversationFactory.create(hotel=other_hotel, guest=guest)
    InboundMessageFactory.create(conversation=conversation, text="Hola")
    OutboundMessageFactory.create(conversation=conversation, text="¡Hola!", status="delivered")
    client = bearer(ana)
    listed = client.get("/api/conversations/?phone=+34600111222").json()  # "+" unencoded, as people type it
    assert listed == [client.get("/api/conversations/", {"phone": "+34600111222"}).json()[0]]
    item = listed[0]
    assert item["id"] == conversation.pk
    assert {k: item[k] for k in ("channel", "state", "language", "handoff_reason")} == {
        "channel": "whatsapp",
        "state": "waiting_human",
        "language": "es",
        "handoff_reason": "complaint",
    }
    messages = client.get(f"/api/conversations/{conversation.pk}/messages/").json()
    assert [(m["direction"], m["author"], m["text"], m["status"]) for m in messages] == [
        ("in", "guest", "Hola", "received"),
        ("out", "ai", "¡Hola!", "delivered"),
    ]


def test_staff_of_another_hotel_sees_nothing(hotel: Any, outsider: Any) -> None:
    guest = GuestFactory.create(phone="+34600999888")
    conversation = ConversationFactory.create(hotel=hotel, guest=guest)
    client = bearer(outsider)
    assert client.get("/api/conversations/?phone=%2B34600999888").json() == []
    assert client.get(f"/api/conversations/{conversation.pk}/messages/").status_code == 404
    assert client.post(f"/api/conversations/{conversation.pk}/take-over/").status_code == 404
    assert Client().get("/api/conversations/").status_code in (401, 403)


def test_take_over_and_hand_back_through_the_api(hotel: Any, ana: Any, ben: Any) -> None:
    conversation = ConversationFactory.create(hotel=hotel, state=ConversationState.WAITING_HUMAN)
    taken = bearer(ana).post(f"/api/conversations/{conversation.pk}/take-over/")
    assert taken.status_code == 200 and taken.json()["state"] == "human"
    refused = bearer(ben).post(f"/api/conversations/{conversation.pk}/take-over/")
    assert refused.status_code == 409 and "Ana Ruiz" in refused.json()["detail"]
    back = bearer(ana).post(
        f"/api/conversations/{conversation.pk}/hand-back/",
        {"summary": "done"},
        content_type="application/json",
    )
    assert back.status_code == 200 and back.json()["state"] == "ai"


def test_schema_lists_the_staff_endpoints(ana: Any) -> None:
    client = Client()
    client.force_login(ana)
    schema = client.get("/api/schema/").content.decode()
    for path in (
        "/api/auth/token/",
        "/api/conversations/",
        "/api/conversations/{conversation_id}/messages/",
        "/api/conversations/{conversation_id}/take-over/",
    ):
        assert path in schema


def test_reply_through_the_api_goes_through_the_outbox(hotel: Any, ana: Any) -> None:
    from conversations.models import Message

    conversation = ConversationFactory.create(hotel=hotel, state=ConversationState.WAITING_HUMAN)
    client = bearer(ana)
    refused = client.post(
        f"/api/conversations/{conversation.pk}/reply/", {"text": "Hola"}, content_type="application/json"
    )
    assert refused.status_code == 409 and refused.json()["code"] == "not_held"
    client.post(f"/api/conversations/{conversation.pk}/take-over/")
    sent = client.post(
        f"/api/conversations/{conversation.pk}/reply/",
        {"text": "Hola, soy Ana"},
        content_type="application/json",
    )
    assert sent.status_code == 201
    body = sent.json()
    # On WhatsApp the first staff message after a take-over says who writes (the stored text is what was sent).
    assert (body["direction"], body["author"], body["text"]) == (
        "out",
        "staff",
        "Le atiende Ana, de recepción.\n\nHola, soy Ana",
    )
    stored = Message.objects.get(pk=body["id"])
    assert stored.staff_user == ana and stored.idempotency_key


@pytest.mark.parametrize("phone", ["%00", "%2B34%00600", "abc", "%2B0", "%2B" + "1" * 40, ""])
def test_a_phone_that_is_no_phone_gets_a_clear_400(hotel: Any, ana: Any, phone: str) -> None:
    response = bearer(ana).get(f"/api/conversations/?phone={phone}")
    assert response.status_code == 400
    assert "E.164" in response.content.decode()
