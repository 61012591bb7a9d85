"""The webhook end to end: signed deliveries in, one stored message and one reply at the fake Graph API."""

from __future__ import annotations

import io
import json
import random
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from django.core.handlers.asgi import ASGIRequest
from django.test import Client, override_settings

from channels_app.models import InboundEvent, InboundEventStatus
from channels_app.tests.conftest import (
    VERIFY_TOKEN,
    fixture_bytes,
    fixture_json,
    post_webhook,
    sign,
)
from channels_app.whatsapp.webhook import WhatsAppWebhookView
from conversations.incoming import MessageKind
from conversations.models import (
    Author,
    Conversation,
    DeliveryStatus,
    Direction,
    Message,
)
from hotel_agent.hotels.models import Hotel
from hotel_agent.metrics import WEBHOOK_DELIVERIES
from tests.fakes.graph import FakeGraph
from tests.support.engine import RecordingEngine

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("eager_celery")]


def deliveries(outcome: str) -> float:
    return WEBHOOK_DELIVERIES.labels(channel="whatsapp", outcome=outcome)._value.get()


def text_delivery(index: int, *, guest: str = "34600111222", body: str = "Hola") -> bytes:
    payload = fixture_json("text.json")
    value = payload["entry"][0]["changes"][0]["value"]
    value["contacts"][0]["wa_id"] = guest
    message = value["messages"][0]
    message["from"] = guest
    message["id"] = f"wamid.TEST{guest}{index:06d}"
    message["timestamp"] = str(1764061200 + index)
    message["text"]["body"] = body
    return json.dumps(payload).encode()


def test_handshake_echoes_the_challenge_for_the_right_token(client: Client, graph: FakeGraph) -> None:
    response = client.get(
        "/webhooks/whatsapp/",
        {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201444"},
    )
    assert response.status_code == 200
    assert response.content == b"1158201444"
    assert response["Content-Type"].startswith("text/plain")


def test_handshake_refuses_a_wrong_token(client: Client, graph: FakeGraph) -> None:
    response = client.get(
        "/webhooks/whatsapp/", {"hub.mode": "subscribe", "hub.verify_token": "nope", "hub.challenge": "1"}
    )
    assert response.status_code == 403


def test_signed_text_webhook_stores_one_message_and_sends_one_reply(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    body = fixture_bytes("text.json")
    response = post_webhook(client, body)

    assert response.status_code == 200
    inbound = Message.objects.get(direction=Direction.IN)
    assert inbound.text == "Hola, ¿tenéis habitación doble para el 20 de diciembre?"
    assert inbound.conversation.guest.phone == "+34600111222"
    assert inbound.conversation.guest.name == "Lucía Martín"
    assert inbound.handled_at is not None
    sent = graph.wait_for_sent(1)
    assert len(sent) == 1
    assert sent[0]["to"] == "34600111222"
    assert sent[0]["text"]["body"].startswith("test-engine: text: Hola")
    reply = Message.objects.get(direction=Direction.OUT)
    assert reply.status == DeliveryStatus.SENT
    assert (reply.provider_message_id or "").startswith("wamid.FAKE")
    assert reply.author == Author.AI
    assert sent[0]["biz_opaque_callback_data"] == reply.idempotency_key
    event = InboundEvent.objects.get()
    assert event.status == InboundEventStatus.PROCESSED
    assert event.body.encode() == body and event.signature_verified


def test_the_same_delivery_five_times_gives_one_message_and_one_reply(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    body = fixture_bytes("text.json")
    duplicates_before = deliveries("duplicate")
    statuses = [post_webhook(client, body).status_code for _ in range(5)]

    assert statuses == [200] * 5
    assert Message.objects.filter(direction=Direction.IN).count() == 1
    assert len(graph.wait_for_sent(1)) == 1
    assert Message.objects.filter(direction=Direction.OUT).count() == 1
    assert len(engine.calls) == 1
    assert deliveries("duplicate") - duplicates_before == 4


def test_a_redelivery_with_a_different_body_still_changes_nothing(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    """Meta may wrap the same message differently (another batch): the message id is the dedupe."""
    first = fixture_json("text.json")
    post_webhook(client, json.dumps(first).encode())
    first["entry"][0]["changes"][0]["value"]["contacts"][0]["profile"]["name"] = "Lucía M."
    post_webhook(client, json.dumps(first, indent=1).encode())

    assert InboundEvent.objects.count() == 2
    assert Message.objects.filter(direction=Direction.IN).count() == 1
    assert len(graph.sent_messages()) == 1


def test_a_hundred_shuffled_deliveries_concurrently_give_one_message_and_one_reply_each(
    graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    # 20 messages from 4 guests, each delivered 5 times, in random order, 8 at a time.
    bodies = [
        text_delivery(index, guest=f"3460000000{index % 4}", body=f"mensaje {index}")
        for index in range(20)
        for _ in range(5)
    ]
    random.Random(4).shuffle(bodies)

    def deliver(body: bytes) -> int:
        return post_webhook(Client(), body).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(deliver, bodies))

    assert statuses == [200] * 100
    assert Message.objects.filter(direction=Direction.IN).count() == 20
    assert Message.objects.filter(direction=Direction.IN, handled_at__isnull=True).count() == 0
    sent = graph.wait_for_sent(20)
    assert len(sent) == 20
    assert sorted(b["text"]["body"].rsplit(" ", 1)[-1] for b in sent) == sorted(str(i) for i in range(20))
    assert len(engine.calls) == 20
    assert Conversation.objects.count() == 4


def test_bad_or_missing_signature_gives_401_and_stores_nothing(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    body = fixture_bytes("text.json")
    assert post_webhook(client, body, signature=sign(body, "another-secret")).status_code == 401
    assert post_webhook(client, body, signature="").status_code == 401
    assert post_webhook(client, body, signature="sha256=zz").status_code == 401
    assert post_webhook(client, body + b" ", signature=sign(body)).status_code == 401
    assert InboundEvent.objects.count() == 0
    assert Message.objects.count() == 0
    assert graph.requests == []


def test_no_app_secret_configured_refuses_every_delivery(
    client: Client, graph: FakeGraph, hotel: Hotel
) -> None:
    body = fixture_bytes("text.json")
    with override_settings(WHATSAPP_APP_SECRET=""):
        assert post_webhook(client, body, signature=sign(body, "")).status_code == 401
    assert InboundEvent.objects.count() == 0


def test_malformed_json_gives_400_and_stores_nothing(client: Client, graph: FakeGraph, hotel: Hotel) -> None:
    for body in (b'{"object": "whatsapp_business_account", "entry": [', b"\xff\xfe not utf-8", b""):
        assert post_webhook(client, body).status_code == 400
    assert InboundEvent.objects.count() == 0


def test_a_body_over_the_limit_gives_413(client: Client, graph: FakeGraph, hotel: Hotel) -> None:
    body = json.dumps({"object": "whatsapp_business_account", "entry": [], "pad": "x" * 2000}).encode()
    with override_settings(WHATSAPP_MAX_BODY_BYTES=1000):
        assert post_webhook(client, body).status_code == 413
    assert InboundEvent.objects.count() == 0


def test_a_chunked_body_over_the_limit_gives_413_without_a_declared_length(
    graph: FakeGraph, hotel: Hotel
) -> None:
    """A chunked upload declares no Content-Length: the bytes actually sent are counted."""

    def post_chunked(body: bytes) -> int:
        scope = {
            "type": "http",
            "method": "POST",
            "path": "/webhooks/whatsapp/",
            "query_string": b"",
            "headers": [
                (b"content-type", b"application/json"),
                (b"transfer-encoding", b"chunked"),
                (b"x-hub-signature-256", sign(body).encode()),
            ],
        }
        request = ASGIRequest(scope, io.BytesIO(body))
        return WhatsAppWebhookView.as_view()(request).status_code

    big = json.dumps({"object": "whatsapp_business_account", "entry": [], "pad": "x" * 2000}).encode()
    small = json.dumps({"object": "whatsapp_business_account", "entry": []}).encode()
    with override_settings(WHATSAPP_MAX_BODY_BYTES=1000):
        assert post_chunked(big) == 413
        assert InboundEvent.objects.count() == 0
        assert post_chunked(small) == 200
    assert InboundEvent.objects.get().body.encode() == small


def test_a_signed_body_nested_too_deeply_to_parse_gives_400_never_500(
    client: Client, graph: FakeGraph, hotel: Hotel
) -> None:
    # The last one parses in the view but not in the task, whose stack is deeper: refused as well.
    payload = fixture_json("text.json")
    payload["entry"][0]["changes"][0]["value"]["messages"][0]["extra"] = "DEEP"
    just_parseable = json.dumps(payload).replace('"DEEP"', "[" * 900 + "]" * 900).encode()
    malformed_before = deliveries("malformed")
    for body in (
        b"[" * 50_000 + b"]" * 50_000,
        b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        just_parseable,
    ):
        assert post_webhook(client, body).status_code == 400
    assert InboundEvent.objects.count() == 0
    assert deliveries("malformed") - malformed_before == 3


def test_the_signature_is_checked_before_anything_reads_the_body_as_json_or_a_form(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    assert post_webhook(client, b'{"entry": [', signature=sign(b"other")).status_code == 401
    body = fixture_bytes("text.json")
    response = client.post(
        "/webhooks/whatsapp/",
        data=body,
        content_type="application/x-www-form-urlencoded",
        headers={"X-Hub-Signature-256": sign(body)},
    )
    assert response.status_code == 200
    assert InboundEvent.objects.get().body.encode() == body


def test_answers_have_empty_bodies_whatever_the_client_accepts(
    client: Client, graph: FakeGraph, hotel: Hotel
) -> None:
    body = fixture_bytes("text.json")
    refused = post_webhook(client, body, signature="")
    assert (refused.status_code, refused.content) == (401, b"")
    handshake = client.get(
        "/webhooks/whatsapp/",
        {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "42"},
        headers={"Accept": "application/xml"},
    )
    assert (handshake.status_code, handshake.content) == (200, b"42")
    assert client.put("/webhooks/whatsapp/", data=body).status_code == 405


def test_the_schema_documents_the_webhook_and_its_answers(client: Client) -> None:
    response = client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    webhook = json.loads(response.content)["paths"]["/webhooks/whatsapp/"]

    delivery = webhook["post"]
    assert set(delivery["responses"]) == {"200", "400", "401", "413"}
    assert all("content" not in answer for answer in delivery["responses"].values())
    assert "application/json" in delivery["requestBody"]["content"]
    assert {p["name"] for p in delivery["parameters"]} == {"X-Hub-Signature-256"}

    handshake = webhook["get"]
    assert {p["name"] for p in handshake["parameters"]} == {"hub.mode", "hub.verify_token", "hub.challenge"}
    assert set(handshake["responses"]) == {"200", "403"}
    assert "text/plain" in handshake["responses"]["200"]["content"]


def test_signature_is_checked_on_the_raw_bytes_as_meta_escapes_them(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    # Meta sends non-ASCII as \\uXXXX escapes; re-serialising would change the bytes and the HMAC.
    body = json.dumps(fixture_json("text.json"), ensure_ascii=True, separators=(",", ":")).encode()
    assert b"\\u00bf" in body
    assert post_webhook(client, body).status_code == 200
    assert Message.objects.get(direction=Direction.IN).text.startswith("Hola, ¿tenéis")


def test_an_unsupported_message_is_stored_and_answered(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    assert post_webhook(client, fixture_bytes("unsupported.json")).status_code == 200

    message = Message.objects.get(direction=Direction.IN)
    assert message.kind == MessageKind.UNSUPPORTED
    assert message.raw["_error"]["code"] == 131051
    assert engine.kinds() == [MessageKind.UNSUPPORTED]
    assert [b["text"]["body"] for b in graph.wait_for_sent(1)] == ["test-engine: cannot read that kind"]


def test_several_messages_and_entries_in_one_delivery_are_all_stored_in_order(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    post_webhook(client, fixture_bytes("multiple_messages.json"))
    post_webhook(client, fixture_bytes("multiple_entries.json"))

    texts = list(Message.objects.filter(direction=Direction.IN).order_by("id").values_list("text", flat=True))
    assert texts == [
        "Buenas tardes",
        "¿A qué hora es el check-in?",
        "¿Aceptáis mascotas?",
        "Hi, do you have parking?",
    ]
    assert [c[3] for c in engine.calls] == texts
    assert Conversation.objects.count() == 2
    assert len(graph.wait_for_sent(4)) == 4


def test_a_reaction_is_stored_but_not_answered(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    post_webhook(client, fixture_bytes("reaction.json"))
    message = Message.objects.get(direction=Direction.IN)
    assert message.kind == MessageKind.REACTION and message.reaction_emoji == "\N{THUMBS UP SIGN}"
    assert message.handled_at is not None
    assert engine.calls == [] and graph.sent_messages() == []


def test_other_webhook_fields_are_stored_and_ignored(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    assert post_webhook(client, fixture_bytes("template_status_update.json")).status_code == 200
    assert post_webhook(client, fixture_bytes("errors.json")).status_code == 200
    assert InboundEvent.objects.filter(status=InboundEventStatus.PROCESSED).count() == 2
    assert Message.objects.count() == 0


def _status_body(name: str, wamid: str | None, **changes: Any) -> bytes:
    payload = fixture_json(name)
    status = payload["entry"][0]["changes"][0]["value"]["statuses"][0]
    status["id"] = wamid
    status.update(changes)
    return json.dumps(payload).encode()


def test_statuses_move_forward_only_and_failed_keeps_metas_error(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    post_webhook(client, fixture_bytes("text.json"))
    reply = Message.objects.get(direction=Direction.OUT)
    wamid = reply.provider_message_id

    post_webhook(client, _status_body("status_read.json", wamid, timestamp="1764061300"))
    post_webhook(client, _status_body("status_delivered.json", wamid, timestamp="1764061290"))
    post_webhook(client, _status_body("status_sent.json", wamid, timestamp="1764061280"))
    reply.refresh_from_db()
    assert reply.status == DeliveryStatus.READ
    assert reply.delivered_at is not None and reply.read_at is not None
    post_webhook(client, _status_body("status_failed_131026.json", wamid))
    reply.refresh_from_db()
    assert reply.status == DeliveryStatus.READ and reply.error_code == ""


def test_a_failed_status_keeps_the_error_code_and_title(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    post_webhook(client, fixture_bytes("text.json"))
    reply = Message.objects.get(direction=Direction.OUT)
    post_webhook(client, _status_body("status_failed_131026.json", reply.provider_message_id))
    post_webhook(client, _status_body("status_delivered.json", reply.provider_message_id))
    reply.refresh_from_db()
    assert reply.status == DeliveryStatus.FAILED
    assert (reply.error_code, reply.error_title) == ("131026", "Message undeliverable")
    assert len(graph.sent_messages()) == 1  # undeliverable: never retried


def test_a_131047_failure_after_acceptance_sends_the_approved_template_instead(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    with override_settings(WHATSAPP_REENGAGEMENT_TEMPLATE="reopen_conversation"):
        post_webhook(client, fixture_bytes("text.json"))
        reply = Message.objects.get(direction=Direction.OUT)
        post_webhook(client, _status_body("status_failed_131047.json", reply.provider_message_id))
        post_webhook(
            client, _status_body("status_failed_131047.json", reply.provider_message_id, timestamp="9")
        )

    sent = graph.wait_for_sent(2)
    assert [b["type"] for b in sent] == ["text", "template"]
    assert sent[1]["template"] == {"name": "reopen_conversation", "language": {"code": "es"}}
    reply.refresh_from_db()
    assert reply.status == DeliveryStatus.FAILED and reply.error_code == "131047"
    assert Message.objects.filter(direction=Direction.OUT, kind=MessageKind.TEMPLATE).count() == 1


def test_a_status_naming_our_key_attaches_a_send_whose_answer_was_lost(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    from conversations.incoming import OutgoingReply
    from conversations.services import reply_enqueue

    post_webhook(client, fixture_bytes("text.json"))
    conversation = Conversation.objects.get()
    graph.fail_next(http_status=503)  # the reply below is "lost": it stays queued for a retry
    [queued] = reply_enqueue(
        conversation=conversation, replies=[OutgoingReply(text="x")], author=Author.STAFF
    )
    queued.refresh_from_db()
    assert queued.status == DeliveryStatus.QUEUED
    body = _status_body(
        "status_sent_with_callback_data.json",
        "wamid.ARRIVED",
        biz_opaque_callback_data=queued.idempotency_key,
    )
    post_webhook(client, body)

    queued.refresh_from_db()
    assert queued.provider_message_id == "wamid.ARRIVED" and queued.status == DeliveryStatus.SENT


@override_settings(CELERY_EAGER_IN_BACKGROUND=True)  # the embedded defaults of `make run`
def test_without_a_broker_the_200_does_not_wait_for_processing_which_follows_in_the_background(
    client: Client, graph: FakeGraph, engine: RecordingEngine, hotel: Hotel
) -> None:
    assert post_webhook(client, fixture_bytes("text.json")).status_code == 200
    assert len(graph.wait_for_sent(1)) == 1
    deadline = time.monotonic() + 10
    while (
        InboundEvent.objects.filter(status=InboundEventStatus.PENDING).exists()
        and time.monotonic() < deadline
    ):
        time.sleep(0.05)
    assert InboundEvent.objects.get().status == InboundEventStatus.PROCESSED
    assert Message.objects.filter(direction=Direction.IN).count() == 1


def test_with_the_real_receptionist_an_unknown_message_type_gets_one_polite_answer(
    client: Client, graph: FakeGraph
) -> None:
    from tests.support.pms import reset_pms_state, seed_demo

    reset_pms_state("demo")
    seed_demo()
    payload = fixture_json("text.json")
    raw = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    raw["type"] = "hologram"
    raw["hologram"] = {"id": "x"}
    del raw["text"]
    assert post_webhook(client, json.dumps(payload).encode()).status_code == 200

    message = Message.objects.get(direction=Direction.IN)
    assert message.kind == MessageKind.UNSUPPORTED
    [reply] = graph.wait_for_sent(1)
    assert reply["type"] == "text" and reply["text"]["body"].strip()
    assert not reply["text"]["body"].startswith("test-engine")
    assert message.conversation.state == "ai"
