"""The outbox sender against the fake Graph API: each Meta error class is acted on as it should be."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.db.models import F
from django.test import Client, override_settings
from django.utils import timezone

from channels_app.outbound import send_outbox_message
from channels_app.outbox import outbox_pending_count
from channels_app.whatsapp import sending_state
from channels_app.whatsapp.client import get_client
from channels_app.whatsapp.errors import Rejected
from conversations.incoming import MessageKind, OutgoingReply, ReplyButton, ReplyListRow
from conversations.models import Conversation, DeliveryStatus, Direction, Message
from conversations.tests.factories import ConversationFactory, OutboundMessageFactory
from hotel_agent.hotels.models import Hotel
from tests.fakes.graph import FakeGraph

pytestmark = pytest.mark.django_db


@pytest.fixture
def conversation(hotel: Hotel) -> Conversation:
    return ConversationFactory.create(hotel=hotel, guest__phone="+34600111222", language="es")


def queue(conversation: Conversation, reply: OutgoingReply | None = None, **fields: object) -> Message:
    reply = reply or OutgoingReply(text="Tenemos habitación doble libre.")
    return OutboundMessageFactory.create(
        conversation=conversation, text=reply.text, kind=reply.kind, outgoing=reply.as_payload(), **fields
    )


def make_due(message: Message) -> None:
    Message.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now() - dt.timedelta(seconds=1))


def test_a_text_reply_is_sent_once_and_recorded(graph: FakeGraph, conversation: Conversation) -> None:
    message = queue(conversation)

    assert send_outbox_message(message_id=message.pk).result == "sent"
    assert send_outbox_message(message_id=message.pk).result == "skipped"

    [body] = graph.sent_messages()
    assert body["to"] == "34600111222" and body["type"] == "text"
    assert body["text"]["body"] == "Tenemos habitación doble libre."
    assert body["biz_opaque_callback_data"] == message.idempotency_key
    assert graph.requests[0].headers["Authorization"] == "Bearer test-access-token"
    assert graph.requests[0].path == "/v23.0/106540352242922/messages"
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT and message.sent_at is not None
    assert message.attempts == 1 and message.claimed_until is None


def test_two_senders_racing_for_one_row_send_it_once(graph: FakeGraph, conversation: Conversation) -> None:
    message = queue(conversation)
    outcomes = [send_outbox_message(message_id=message.pk).result for _ in range(3)]
    assert sorted(outcomes) == ["sent", "skipped", "skipped"]
    assert len(graph.sent_messages()) == 1


def test_buttons_become_reply_buttons_with_titles_of_at_most_20_characters(
    graph: FakeGraph, conversation: Conversation
) -> None:
    reply = OutgoingReply(
        text="¿Confirmo la reserva?",
        buttons=(
            ReplyButton(id="yes", title="Sí, confirmar la reserva ahora"),
            ReplyButton(id="no", title="No"),
        ),
    )
    send_outbox_message(message_id=queue(conversation, reply).pk)

    [body] = graph.sent_messages()
    assert body["type"] == "interactive" and body["interactive"]["type"] == "button"
    buttons = body["interactive"]["action"]["buttons"]
    assert [b["reply"]["id"] for b in buttons] == ["yes", "no"]
    assert all(len(b["reply"]["title"]) <= 20 for b in buttons)


def test_a_list_carries_at_most_ten_rows(graph: FakeGraph, conversation: Conversation) -> None:
    rows = tuple(
        ReplyListRow(id=f"r{i}", title=f"Habitación {i}", description="Vista al mar") for i in range(10)
    )
    reply = OutgoingReply(text="Elija habitación", list_rows=rows, list_button_label="Ver habitaciones")
    send_outbox_message(message_id=queue(conversation, reply).pk)

    [body] = graph.sent_messages()
    assert body["interactive"]["type"] == "list"
    assert body["interactive"]["action"]["button"] == "Ver habitaciones"
    assert len(body["interactive"]["action"]["sections"][0]["rows"]) == 10


def test_options_that_fit_no_interactive_form_are_sent_as_numbered_text(
    graph: FakeGraph, conversation: Conversation
) -> None:
    rows = tuple(ReplyListRow(id=f"r{i}", title=f"Opción {i}") for i in range(12))
    send_outbox_message(message_id=queue(conversation, OutgoingReply(text="Elija", list_rows=rows)).pk)

    [body] = graph.sent_messages()
    assert body["type"] == "text"
    assert body["text"]["body"].splitlines()[2] == "1. Opción 0"


def test_an_approved_template_is_sent_with_its_parameters(
    graph: FakeGraph, conversation: Conversation
) -> None:
    reply = OutgoingReply(
        text="", template_name="booking_reminder", template_language="es", template_params=("Lucía", "20/12")
    )
    send_outbox_message(message_id=queue(conversation, reply).pk)

    [body] = graph.sent_messages()
    assert body["template"]["name"] == "booking_reminder"
    assert body["template"]["components"][0]["parameters"] == [
        {"type": "text", "text": "Lucía"},
        {"type": "text", "text": "20/12"},
    ]


def test_pair_rate_limit_backs_off_and_holds_every_message_to_that_guest_for_six_seconds(
    graph: FakeGraph, conversation: Conversation
) -> None:
    first, second = queue(conversation), queue(conversation)
    graph.fail_next(131056)

    outcome = send_outbox_message(message_id=first.pk)
    assert outcome.result == "retry"
    assert outcome.retry_at is not None and outcome.retry_at >= timezone.now() + dt.timedelta(seconds=5)
    assert send_outbox_message(message_id=second.pk).result == "retry"  # paused: Meta not even asked
    assert len(graph.requests) == 1
    first.refresh_from_db()
    assert first.status == DeliveryStatus.QUEUED and first.error_code == "131056"

    sending_state.cache.clear()  # six seconds later
    make_due(first)
    make_due(second)
    assert send_outbox_message(message_id=first.pk).result == "sent"
    assert send_outbox_message(message_id=second.pk).result == "sent"
    assert len(graph.sent_messages()) == 2


def test_throughput_limit_retries_later(graph: FakeGraph, conversation: Conversation) -> None:
    message = queue(conversation)
    graph.fail_next(130429)
    outcome = send_outbox_message(message_id=message.pk)
    assert outcome.result == "retry" and outcome.retry_at is not None
    message.refresh_from_db()
    assert message.status == DeliveryStatus.QUEUED and message.next_attempt_at == outcome.retry_at


def test_outside_the_window_the_approved_template_goes_instead(
    graph: FakeGraph, conversation: Conversation
) -> None:
    message = queue(conversation)
    graph.fail_next(131047)
    with override_settings(WHATSAPP_REENGAGEMENT_TEMPLATE="reopen_conversation"):
        assert send_outbox_message(message_id=message.pk).result == "replaced"
        replacement = Message.objects.get(direction=Direction.OUT, kind=MessageKind.TEMPLATE)
        assert send_outbox_message(message_id=replacement.pk).result == "sent"

    message.refresh_from_db()
    assert message.status == DeliveryStatus.FAILED and message.error_code == "131047"
    assert [b["type"] for b in graph.sent_messages()] == ["template"]
    assert graph.sent_messages()[0]["template"]["language"] == {"code": "es"}


def test_a_window_known_to_be_closed_sends_only_the_template(
    graph: FakeGraph, conversation: Conversation
) -> None:
    Conversation.objects.filter(pk=conversation.pk).update(
        last_inbound_at=timezone.now() - dt.timedelta(hours=25)
    )
    message = queue(conversation)
    with override_settings(WHATSAPP_REENGAGEMENT_TEMPLATE="reopen_conversation"):
        assert send_outbox_message(message_id=message.pk).result == "replaced"
    assert graph.requests == []  # the text never went out


def test_outside_the_window_without_a_template_the_reply_fails(
    graph: FakeGraph, conversation: Conversation
) -> None:
    Conversation.objects.filter(pk=conversation.pk).update(last_inbound_at=None)
    message = queue(conversation)
    assert send_outbox_message(message_id=message.pk).result == "failed"
    message.refresh_from_db()
    assert message.status == DeliveryStatus.FAILED and message.error_code == "131047"


def test_undeliverable_fails_and_is_never_retried(graph: FakeGraph, conversation: Conversation) -> None:
    message = queue(conversation)
    graph.fail_next(131026)
    assert send_outbox_message(message_id=message.pk).result == "failed"
    make_due(message)
    assert send_outbox_message(message_id=message.pk).result == "skipped"
    message.refresh_from_db()
    assert (message.status, message.error_code) == (DeliveryStatus.FAILED, "131026")
    assert "Undeliverable" in message.error_title
    assert len(graph.requests) == 1


def test_an_expired_token_stops_all_sending_degrades_readiness_and_alerts(
    graph: FakeGraph, conversation: Conversation, caplog: pytest.LogCaptureFixture
) -> None:
    first, second = queue(conversation), queue(conversation)
    graph.expire_token()

    assert send_outbox_message(message_id=first.pk).result == "retry"
    assert send_outbox_message(message_id=second.pk).result == "retry"
    assert len(graph.requests) == 1  # after the first 190 nobody calls Meta any more
    assert any(
        "whatsapp.access_token_invalid" in str(r.msg) and r.levelname == "CRITICAL" for r in caplog.records
    )
    ready = Client().get("/health/ready").json()
    assert ready["whatsapp_sending"]["status"] == "degraded"
    assert "190" in ready["whatsapp_sending"]["detail"]

    graph.renew_token()
    sending_state.clear_token_invalid()  # the pause ran out (or the token was replaced)
    make_due(first)
    assert send_outbox_message(message_id=first.pk).result == "sent"
    assert "whatsapp_sending" not in Client().get("/health/ready").json()


def test_server_errors_retry_with_backoff_then_succeed(graph: FakeGraph, conversation: Conversation) -> None:
    message = queue(conversation)
    graph.fail_next(http_status=503)
    graph.fail_next(131000)
    first = send_outbox_message(message_id=message.pk)
    make_due(message)
    second = send_outbox_message(message_id=message.pk)
    assert first.result == second.result == "retry"
    assert first.retry_at is not None and second.retry_at is not None
    assert second.retry_at - timezone.now() > first.retry_at - timezone.now() - dt.timedelta(seconds=1)
    make_due(message)
    assert send_outbox_message(message_id=message.pk).result == "sent"
    message.refresh_from_db()
    assert message.attempts == 3 and message.status == DeliveryStatus.SENT


def test_retries_stop_after_the_last_attempt(graph: FakeGraph, conversation: Conversation) -> None:
    message = queue(conversation)
    Message.objects.filter(pk=message.pk).update(attempts=F("attempts") + 7)
    graph.fail_next(http_status=500)
    with override_settings(WHATSAPP_SEND_MAX_ATTEMPTS=8):
        assert send_outbox_message(message_id=message.pk).result == "failed"
    message.refresh_from_db()
    assert message.status == DeliveryStatus.FAILED and message.error_code == "http_500"


def test_a_timeout_waits_for_metas_status_before_resending(
    graph: FakeGraph, conversation: Conversation
) -> None:
    message = queue(conversation)
    graph.delay_next(1.0)
    with override_settings(WHATSAPP_READ_TIMEOUT_SECONDS=0.2):
        outcome = send_outbox_message(message_id=message.pk)
    assert outcome.result == "retry" and outcome.retry_at is not None
    assert outcome.retry_at >= timezone.now() + dt.timedelta(seconds=25)


def test_a_guest_who_opted_out_gets_no_message_the_hotel_writes_first(
    graph: FakeGraph, conversation: Conversation
) -> None:
    conversation.guest.opted_out = True
    conversation.guest.save()
    message = queue(conversation, OutgoingReply(text="Le esperamos el sábado.", proactive=True))
    assert send_outbox_message(message_id=message.pk).result == "failed"
    assert graph.requests == []
    message.refresh_from_db()
    assert message.error_code == "opted_out"


def test_a_guest_who_opted_out_still_gets_answers(graph: FakeGraph, conversation: Conversation) -> None:
    conversation.guest.opted_out = True
    conversation.guest.save()
    message = queue(conversation)  # an answer to what the guest wrote
    assert send_outbox_message(message_id=message.pk).result == "sent"
    assert graph.sent_texts() == ["Tenemos habitación doble libre."]


def test_a_rejected_request_fails_without_retry(graph: FakeGraph, conversation: Conversation) -> None:
    message = queue(conversation)
    graph.fail_next(100)
    assert send_outbox_message(message_id=message.pk).result == "failed"
    message.refresh_from_db()
    assert message.error_code == "100"


def test_outbox_pending_gauge_counts_queued_rows(graph: FakeGraph, conversation: Conversation) -> None:
    queue(conversation)
    sent = queue(conversation)
    send_outbox_message(message_id=sent.pk)
    assert outbox_pending_count() == 1
    metrics = Client().get("/metrics").content.decode()
    assert "hotel_agent_outbox_pending 1.0" in metrics


def test_mark_as_read_and_media_fetch_go_through_the_graph_api(graph: FakeGraph) -> None:
    client = get_client()
    client.mark_read(message_id="wamid.IN1")
    assert graph.read_receipts() == ["wamid.IN1"]
    graph.add_media("1519345972282981", b"OggS fake voice note", "audio/ogg")
    media = client.fetch_media(media_id="1519345972282981")
    assert media.content == b"OggS fake voice note" and media.mime_type == "audio/ogg"
    assert [r.path for r in graph.requests[-2:]] == ["/v23.0/1519345972282981", "/media/1519345972282981"]
    with pytest.raises(Rejected):
        client.fetch_media(media_id="missing")


def test_client_refuses_shapes_whatsapp_cannot_carry(graph: FakeGraph) -> None:
    from channels_app.whatsapp.client import Button

    client = get_client()
    with pytest.raises(ValueError):
        client.send_buttons(
            to="+34600111222", body="x", buttons=[Button(id=str(i), title="t") for i in range(4)]
        )
    with pytest.raises(ValueError):
        client.send_buttons(to="+34600111222", body="x", buttons=[Button(id="a", title="x" * 21)])
    assert graph.requests == []


@pytest.mark.django_db(transaction=True)
def test_concurrent_senders_in_threads_send_a_row_once(graph: FakeGraph, hotel: Hotel) -> None:
    conversation = ConversationFactory.create(hotel=hotel, guest__phone="+34600999888")
    message = queue(conversation)
    results: list[str] = []
    barrier = threading.Barrier(4)

    def send() -> None:
        barrier.wait()
        results.append(send_outbox_message(message_id=message.pk).result)

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["sent", "skipped", "skipped", "skipped"]
    assert len(graph.sent_messages()) == 1
