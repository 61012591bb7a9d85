from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from conversations.models import ConversationState
from conversations.services.staff import conversation_take_over, note_add
from conversations.tests.console.conftest import make_staff
from conversations.tests.factories import (
    ConversationFactory,
    GuestFactory,
    InboundMessageFactory,
    OutboundMessageFactory,
)

pytestmark = pytest.mark.django_db


def logged_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_anonymous_visitor_is_sent_to_the_login_page(hotel: Any) -> None:
    response = Client().get("/console/")
    assert response.status_code == 302 and response["Location"].startswith("/console/login/")
    assert Client().get("/console/login/").status_code == 200


def test_user_who_is_not_staff_gets_nothing(hotel: Any) -> None:
    conversation = ConversationFactory.create(hotel=hotel)
    client = logged_in(make_staff("visitor", hotel=hotel, is_staff=False))
    for url in (
        "/console/",
        f"/console/c/{conversation.pk}/",
        f"/console/c/{conversation.pk}/transcript/",
        f"/console/h/{hotel.pk}/queues/",
    ):
        response = client.get(url)
        assert response.status_code == 403
        assert conversation.guest.name not in response.content.decode()


def test_staff_of_another_hotel_gets_nothing_of_ours(hotel: Any, outsider: Any) -> None:
    conversation = ConversationFactory.create(hotel=hotel, guest=GuestFactory.create(name="Secret Guest"))
    InboundMessageFactory.create(conversation=conversation, text="my card number")
    client = logged_in(outsider)
    home = client.get("/console/")
    assert home.status_code == 200 and "Secret Guest" not in home.content.decode()
    for url in (
        f"/console/c/{conversation.pk}/",
        f"/console/c/{conversation.pk}/transcript/",
        f"/console/c/{conversation.pk}/header/",
        f"/console/c/{conversation.pk}/side/",
        f"/console/h/{hotel.pk}/queues/",
        f"/console/?hotel={hotel.pk}",
    ):
        assert client.get(url).status_code == 404, url


def test_queues_show_waiting_oldest_first_with_reason_and_counts(hotel: Any, ana: Any) -> None:
    import datetime as dt

    from django.utils import timezone

    now = timezone.now()
    newer = ConversationFactory.create(
        hotel=hotel,
        state=ConversationState.WAITING_HUMAN,
        handoff_reason="complaint",
        guest=GuestFactory.create(name="Newer Guest"),
        last_inbound_at=now,
    )
    older = ConversationFactory.create(
        hotel=hotel,
        state=ConversationState.WAITING_HUMAN,
        handoff_reason="group_size",
        guest=GuestFactory.create(name="Older Guest"),
        last_inbound_at=now - dt.timedelta(minutes=9),
    )
    ConversationFactory.create(hotel=hotel, state=ConversationState.AI)
    html = logged_in(ana).get(f"/console/h/{hotel.pk}/queues/").content.decode()
    assert html.index("Older Guest") < html.index("Newer Guest")
    assert "group above the hotel" in html and "complaint" in html
    assert (
        'data-count="waiting">2<' in html and 'data-count="ai">1<' in html and 'data-count="mine">0<' in html
    )
    conversation_take_over(conversation=older, staff=ana)
    html = logged_in(ana).get(f"/console/h/{hotel.pk}/queues/").content.decode()
    assert 'data-count="waiting">1<' in html and 'data-count="mine">1<' in html
    assert newer.pk


def test_conversation_page_shows_transcript_notes_ticks_and_understanding(hotel: Any, ana: Any) -> None:
    conversation = ConversationFactory.create(hotel=hotel, dialogue_state={"step": "ask_dates"})
    InboundMessageFactory.create(
        conversation=conversation,
        kind="audio",
        text="quiero una habitación doble",
        understanding={"intent": "availability", "adults": 2, "check_in": "2026-12-01"},
    )
    InboundMessageFactory.create(
        conversation=conversation,
        kind="location",
        text="",
        location={"latitude": 39.47, "longitude": -0.37, "name": "Estación del Norte"},
    )
    InboundMessageFactory.create(
        conversation=conversation, kind="button_reply", text="Reservar", payload_id="book"
    )
    OutboundMessageFactory.create(
        conversation=conversation,
        text="¿Para qué fechas?",
        status="read",
        outgoing={"text": "¿Para qué fechas?", "buttons": [{"id": "d1", "title": "Este finde"}]},
    )
    note_add(conversation=conversation, staff=ana, text="Cliente habitual")
    html = logged_in(ana).get(f"/console/c/{conversation.pk}/").content.decode()
    for fragment in (
        "Voice note",
        "quiero una habitación doble",
        "Estación del Norte",
        "Reservar",
        "Este finde",
        "ticks read",
        "Cliente habitual",
        "availability",
        "ask_dates",
        "Take over",
    ):
        assert fragment in html, fragment


def test_voice_note_plays_through_the_console_for_its_hotels_staff_only(
    hotel: Any, ana: Any, outsider: Any
) -> None:
    from django.test import override_settings

    from channels_app.whatsapp import client as client_module
    from tests.fakes.graph import FakeGraph

    conversation = ConversationFactory.create(hotel=hotel)
    voice = InboundMessageFactory.create(
        conversation=conversation,
        kind="audio",
        text="llego tarde",
        media={"media_id": "MEDIA-1", "mime_type": "audio/ogg", "is_voice": True},
    )
    with (
        FakeGraph(access_token="console-token") as graph,
        override_settings(
            WHATSAPP_GRAPH_URL=graph.url,
            WHATSAPP_GRAPH_VERSION=graph.version,
            WHATSAPP_ACCESS_TOKEN="console-token",
            WHATSAPP_PHONE_NUMBER_ID="1234",
        ),
    ):
        client_module.reset_clients()
        graph.add_media("MEDIA-1", b"OggS-voice-bytes", "audio/ogg")
        page = logged_in(ana).get(f"/console/c/{conversation.pk}/").content.decode()
        assert f'<audio controls preload="none" src="/console/m/{voice.pk}/media/">' in page
        played = logged_in(ana).get(f"/console/m/{voice.pk}/media/")
        assert played.status_code == 200 and played.content == b"OggS-voice-bytes"
        assert played["Content-Type"] == "audio/ogg"
        assert logged_in(outsider).get(f"/console/m/{voice.pk}/media/").status_code == 404
        gone = InboundMessageFactory.create(
            conversation=conversation, kind="image", media={"media_id": "EXPIRED"}
        )
        assert logged_in(ana).get(f"/console/m/{gone.pk}/media/").status_code == 502
    client_module.reset_clients()


def _entry(html: str, message_id: int) -> str:
    """The transcript entry of one message (up to the next entry)."""
    start = html.index(f'data-message-id="{message_id}"')
    end = html.find('<div class="entry ', start)
    return html[start : end if end != -1 else len(html)]


def test_transcript_marks_guest_messages_nobody_answered_yet(hotel: Any, ana: Any) -> None:
    from django.utils import timezone

    conversation = ConversationFactory.create(hotel=hotel, state=ConversationState.HUMAN, assigned_to=ana)
    answered = InboundMessageFactory.create(
        conversation=conversation, text="¿Tenéis parking?", handled_at=timezone.now()
    )
    reply = OutboundMessageFactory.create(conversation=conversation, author="staff", staff_user=ana)
    waiting = InboundMessageFactory.create(conversation=conversation, text="¿Y para una moto?")
    client = logged_in(ana)
    for url in (f"/console/c/{conversation.pk}/", f"/console/c/{conversation.pk}/transcript/"):
        html = client.get(url).content.decode()
        assert html.count('class="reason unanswered"') == 1, url
        assert ">unanswered</span>" in _entry(html, waiting.pk)
        assert "unanswered" not in _entry(html, answered.pk)
        assert "unanswered" not in _entry(html, reply.pk)

    waiting.handled_at = timezone.now()
    waiting.save(update_fields=["handled_at"])
    html = client.get(f"/console/c/{conversation.pk}/transcript/").content.decode()
    assert 'class="reason unanswered"' not in html
