"""Reservation messages: each sent once, at the right local time, in the guest's language, never in quiet
hours, never for cancelled stays or opted-out guests, as approved templates outside the 24-hour window.

The clock is frozen (time-machine); the beat is `outreach_send_due` run as often as a test likes; the
outbox rows it queues are sent through the real WhatsApp sender to the fake Graph API.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import time_machine
from django.db import connection
from django.test import override_settings

from channels_app.email.sender import build_mail
from channels_app.models import InboundEvent
from channels_app.outbound import send_outbox_message
from channels_app.whatsapp import client as client_module
from channels_app.whatsapp.inbound import whatsapp_event_process
from conversations.incoming import Channel, IncomingMessage, MessageKind
from conversations.models import (
    Author,
    Conversation,
    ConversationState,
    DeliveryStatus,
    Direction,
    Guest,
    Message,
)
from conversations.outreach import outreach_send, outreach_send_due
from conversations.outreach_figures import outreach_figures
from conversations.services import message_receive
from conversations.tests.factories import ConversationFactory, GuestFactory, HotelFactory
from hotel_agent.hotels.models import Hotel
from reservations.models import OutreachKind, OutreachMessage, OutreachSettings, Reservation
from reservations.outreach.selectors import DueMessage
from tests.fakes.graph import FakeGraph

TOKEN = "outreach-test-token"
MADRID = "Europe/Madrid"  # UTC+1 in January
PHONE = "+34600123456"


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with (
        FakeGraph(access_token=TOKEN) as fake,
        override_settings(
            WHATSAPP_GRAPH_URL=fake.url,
            WHATSAPP_GRAPH_VERSION=fake.version,
            WHATSAPP_ACCESS_TOKEN=TOKEN,
            WHATSAPP_PHONE_NUMBER_ID="1065400",
            WHATSAPP_REENGAGEMENT_TEMPLATE="",
        ),
    ):
        client_module.reset_clients()
        fake.approve_template("arrival_week", "es", params=3)
        fake.approve_template("arrival_tomorrow", "es", params=3)
        fake.approve_template("after_stay", "es", params=3)
        fake.approve_template("arrival_week", "de", params=3)
        yield fake
        client_module.reset_clients()


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=dt.UTC)


def make_hotel(**settings: Any) -> Hotel:
    hotel = HotelFactory.create(
        name="Hotel Sol", timezone=MADRID, default_language="es", address="Calle Mayor 1", city="Alicante"
    )
    OutreachSettings.objects.create(
        hotel=hotel,
        before_7d_template="arrival_week",
        before_1d_template="arrival_tomorrow",
        after_1d_template="after_stay",
        review_url="https://example.org/review",
        **settings,
    )
    return hotel


def make_reservation(
    hotel: Hotel,
    *,
    check_in: dt.date = dt.date(2027, 1, 20),
    nights: int = 3,
    phone: str = PHONE,
    email: str = "",
    conversation: Conversation | None = None,
    created_at: dt.datetime | None = None,
    state: str = Reservation.State.CONFIRMED,
) -> Reservation:
    with time_machine.travel(created_at or utc(2027, 1, 1, 12), tick=False):
        return Reservation.objects.create(
            hotel=hotel,
            reference="QWERTYUIO",
            pms_booking_id=None,
            pms_room_type_id=1,
            room_type_name="Doble",
            check_in=check_in,
            check_out=check_in + dt.timedelta(days=nights),
            adults=2,
            guest_first_name="Lucía",
            guest_last_name="Pérez",
            guest_phone=phone,
            guest_email=email,
            amount=Decimal("300.00"),
            currency="EUR",
            state=state,
            idempotency_key=f"test-{check_in}-{phone}-{email}-{Reservation.objects.count()}",
            conversation=conversation,
            made_by=Reservation.MadeBy.AI,
        )


def beat(at: dt.datetime) -> dict[str, int]:
    with time_machine.travel(at, tick=False):
        return outreach_send_due()


def deliver_all(at: dt.datetime) -> None:
    """The outbox sends what was queued (a minute after the beat, on the frozen clock)."""
    with time_machine.travel(at, tick=False):
        for pk in Message.objects.filter(direction=Direction.OUT, status=DeliveryStatus.QUEUED).values_list(
            "pk", flat=True
        ):
            send_outbox_message(message_id=pk)


@pytest.mark.django_db
def test_each_message_goes_once_at_the_hotels_local_send_time_as_a_template(graph: FakeGraph) -> None:
    hotel = make_hotel()  # send at 10:00 Madrid = 09:00 UTC in January
    reservation = make_reservation(hotel)  # 20 to 23 January; the guest never wrote: window closed

    assert beat(utc(2027, 1, 13, 8, 59)) == {}  # 09:59 local, seven days before
    assert beat(utc(2027, 1, 13, 9, 0)) == {"queued": 1}  # 10:00 local
    assert beat(utc(2027, 1, 13, 9, 0)) == {}  # the beat again at the same moment
    assert beat(utc(2027, 1, 13, 15, 0)) == {}
    deliver_all(utc(2027, 1, 13, 9, 1))
    assert beat(utc(2027, 1, 19, 8, 30)) == {}
    assert beat(utc(2027, 1, 19, 9, 5)) == {"queued": 1}  # the day before arrival
    deliver_all(utc(2027, 1, 19, 9, 6))
    assert beat(utc(2027, 1, 24, 9, 5)) == {"queued": 1}  # the day after departure (23rd)
    assert beat(utc(2027, 1, 24, 9, 10)) == {}
    deliver_all(utc(2027, 1, 24, 9, 11))

    sent = graph.sent_templates()
    assert [t["name"] for t in sent] == ["arrival_week", "arrival_tomorrow", "after_stay"]
    assert all(t["language"] == "es" and t["to"] == PHONE.lstrip("+") for t in sent)
    assert sent[0]["params"] == ["Hotel Sol", "20 de enero", "QWERTYUIO"]
    assert sent[2]["params"] == ["Hotel Sol", "23 de enero", "https://example.org/review"]
    rows = OutreachMessage.objects.filter(reservation=reservation).order_by("created_at")
    assert [(r.kind, r.state, r.channel) for r in rows] == [
        (OutreachKind.BEFORE_7D, "queued", Channel.WHATSAPP),
        (OutreachKind.BEFORE_1D, "queued", Channel.WHATSAPP),
        (OutreachKind.AFTER_1D, "queued", Channel.WHATSAPP),
    ]
    # The transcript keeps the words, written by the system (not the AI) and marked proactive.
    texts = list(Message.objects.filter(direction=Direction.OUT).order_by("pk"))
    assert len(texts) == 3 and all(
        m.author == Author.SYSTEM and m.status == DeliveryStatus.SENT for m in texts
    )
    assert texts[0].text.startswith("Hola, Lucía. Le escribimos de Hotel Sol: le esperamos el 20 de enero")
    assert "BAJA" in texts[0].text and (texts[0].outgoing or {})["proactive"] is True


@pytest.mark.django_db
def test_quiet_hours_delay_a_message_to_the_next_allowed_time(graph: FakeGraph) -> None:
    # Sends at 08:00 local, but the hotel is quiet from 21:00 until 09:30.
    hotel = make_hotel(send_time=dt.time(8, 0), quiet_from=dt.time(21, 0), quiet_until=dt.time(9, 30))
    make_reservation(hotel)
    assert beat(utc(2027, 1, 13, 7, 0)) == {}  # 08:00 local: quiet
    assert beat(utc(2027, 1, 13, 8, 29)) == {}  # 09:29 local
    assert beat(utc(2027, 1, 13, 8, 30)) == {"queued": 1}  # 09:30 local
    assert OutreachMessage.objects.get().due_at == utc(2027, 1, 13, 8, 30)


@pytest.mark.django_db
def test_a_beat_that_was_down_catches_up_after_the_quiet_hours_not_during_them(graph: FakeGraph) -> None:
    hotel = make_hotel()  # 10:00, quiet 21:00-09:00
    make_reservation(hotel)
    assert beat(utc(2027, 1, 13, 21, 30)) == {}  # 22:30 local on the due day: quiet
    assert beat(utc(2027, 1, 14, 7, 59)) == {}  # 08:59 local the next day: still quiet
    assert beat(utc(2027, 1, 14, 8, 0)) == {"queued": 1}  # 09:00 local


@pytest.mark.django_db
def test_a_cancelled_stay_gets_nothing(graph: FakeGraph) -> None:
    hotel = make_hotel()
    make_reservation(hotel, state=Reservation.State.CANCELLED)
    for moment in (utc(2027, 1, 13, 9), utc(2027, 1, 19, 9), utc(2027, 1, 24, 9)):
        assert beat(moment) == {}
    assert not OutreachMessage.objects.exists() and not Message.objects.exists()


@pytest.mark.django_db
def test_a_stay_cancelled_between_the_look_and_the_send_gets_nothing(graph: FakeGraph) -> None:
    hotel = make_hotel()
    reservation = make_reservation(hotel)
    Reservation.objects.filter(pk=reservation.pk).update(state=Reservation.State.CANCELLED)
    due = DueMessage(reservation_id=reservation.pk, kind=OutreachKind.BEFORE_7D, due_at=utc(2027, 1, 13, 9))
    with time_machine.travel(utc(2027, 1, 13, 9), tick=False):
        assert outreach_send(due=due) == "not_confirmed"
    assert not OutreachMessage.objects.exists()


@pytest.mark.django_db
def test_an_opted_out_guest_gets_nothing_until_they_opt_back_in(graph: FakeGraph) -> None:
    hotel = make_hotel()
    make_reservation(hotel)
    GuestFactory.create(phone=PHONE, opted_out=True, opted_out_at=utc(2027, 1, 2))
    assert beat(utc(2027, 1, 13, 9)) == {"opted_out": 1}
    assert beat(utc(2027, 1, 13, 10)) == {"opted_out": 1}  # tried again, still nothing
    assert not Message.objects.filter(direction=Direction.OUT).exists()
    Guest.objects.filter(phone=PHONE).update(opted_out=False, opted_out_at=None)
    assert beat(utc(2027, 1, 13, 11)) == {"queued": 1}  # still due: it goes now


@pytest.mark.django_db
def test_a_message_queued_before_the_guest_said_stop_is_not_sent(graph: FakeGraph) -> None:
    hotel = make_hotel()
    make_reservation(hotel)
    assert beat(utc(2027, 1, 13, 9)) == {"queued": 1}
    Guest.objects.filter(phone=PHONE).update(opted_out=True)
    deliver_all(utc(2027, 1, 13, 9, 1))
    assert graph.sent_messages() == []
    assert Message.objects.get(direction=Direction.OUT).error_code == "opted_out"


@pytest.mark.django_db
def test_inside_the_24_hour_window_the_text_itself_goes(graph: FakeGraph) -> None:
    hotel = make_hotel()
    with time_machine.travel(utc(2027, 1, 13, 8), tick=False):
        conversation = ConversationFactory.create(
            hotel=hotel, guest=GuestFactory.create(phone=PHONE), language="es"
        )
    make_reservation(hotel, conversation=conversation)
    assert beat(utc(2027, 1, 13, 9)) == {"queued": 1}
    deliver_all(utc(2027, 1, 13, 9, 1))
    assert graph.sent_templates() == []
    [text] = graph.sent_texts()
    assert text.startswith("Hola, Lucía.") and "Calle Mayor 1, Alicante" in text


@pytest.mark.django_db
def test_outside_the_window_without_an_approved_template_nothing_is_sent(graph: FakeGraph) -> None:
    hotel = make_hotel()
    OutreachSettings.objects.filter(hotel=hotel).update(before_7d_template="")
    make_reservation(hotel)
    assert beat(utc(2027, 1, 13, 9)) == {"no_template": 1}
    assert beat(utc(2027, 1, 13, 10)) == {}
    assert OutreachMessage.objects.get().skip_reason == "no_template"
    assert not Message.objects.exists()


@pytest.mark.django_db
def test_a_kind_switched_off_is_never_sent(graph: FakeGraph) -> None:
    hotel = make_hotel(before_1d_enabled=False)
    make_reservation(hotel)
    assert beat(utc(2027, 1, 19, 9)) == {}
    assert beat(utc(2027, 1, 13, 9)) == {"queued": 1}


@pytest.mark.django_db
def test_the_message_is_in_the_guests_language_and_the_hotels_wording(graph: FakeGraph) -> None:
    from conversations.models import ReplyTemplate
    from conversations.models.knowledge import reply_overrides_forget

    hotel = make_hotel()
    conversation = ConversationFactory.create(
        hotel=hotel, guest=GuestFactory.create(phone=PHONE), language="de", last_inbound_at=utc(2026, 12, 1)
    )
    make_reservation(hotel, conversation=conversation)
    assert beat(utc(2027, 1, 13, 9)) == {"queued": 1}
    german = Message.objects.get(direction=Direction.OUT)
    assert german.text.startswith("Hallo Lucía, hier schreibt Ihnen Hotel Sol")
    assert (german.outgoing or {})["template_language"] == "de"

    ReplyTemplate.objects.create(
        hotel=hotel, key="outreach_before_1d", language="de", text="Bis morgen, {{ guest_name }}! {{ hotel }}"
    )
    reply_overrides_forget()  # what the save does once its transaction commits
    assert beat(utc(2027, 1, 19, 9)) == {"queued": 1}
    assert Message.objects.filter(direction=Direction.OUT).latest("pk").text == "Bis morgen, Lucía! Hotel Sol"


@pytest.mark.django_db
def test_a_guest_without_a_phone_gets_an_email(graph: FakeGraph) -> None:
    hotel = make_hotel()
    make_reservation(hotel, phone="", email="Lucia@Example.org")
    assert beat(utc(2027, 1, 13, 9)) == {"queued": 1}
    message = Message.objects.get(direction=Direction.OUT)
    assert message.channel == Channel.EMAIL and message.author == Author.SYSTEM
    assert (message.outgoing or {})["email_to"] == "lucia@example.org"
    assert (message.outgoing or {})["email_subject"] == "Su llegada a Hotel Sol el 20 de enero"
    assert (message.outgoing or {})["proactive"] is True
    assert OutreachMessage.objects.get().channel == Channel.EMAIL
    with override_settings(EMAIL_FROM="reservas@hotelsol.example"):
        mail = build_mail(message)
    assert mail["To"] == "lucia@example.org"
    assert mail["Subject"] == "Su llegada a Hotel Sol el 20 de enero"
    assert mail["Auto-Submitted"] == "auto-generated"  # RFC 3834: the hotel wrote first


@pytest.mark.django_db
def test_nothing_while_a_person_holds_the_conversation(graph: FakeGraph) -> None:
    hotel = make_hotel()
    conversation = ConversationFactory.create(
        hotel=hotel, guest=GuestFactory.create(phone=PHONE), state=ConversationState.HUMAN
    )
    make_reservation(hotel, conversation=conversation)
    assert beat(utc(2027, 1, 13, 9)) == {"held_by_staff": 1}
    Conversation.objects.filter(pk=conversation.pk).update(state=ConversationState.AI)
    assert beat(utc(2027, 1, 13, 10)) == {"queued": 1}


@pytest.mark.django_db
def test_no_seven_day_message_for_a_stay_booked_after_it_was_due(graph: FakeGraph) -> None:
    hotel = make_hotel()
    make_reservation(hotel, created_at=utc(2027, 1, 16, 12))  # booked four days before arrival
    assert beat(utc(2027, 1, 16, 13)) == {}
    assert beat(utc(2027, 1, 19, 9)) == {"queued": 1}
    assert OutreachMessage.objects.get().kind == OutreachKind.BEFORE_1D


@pytest.mark.django_db(transaction=True)
def test_two_beats_at_once_send_each_message_once(graph: FakeGraph) -> None:
    hotel = make_hotel()
    for day in range(5):
        make_reservation(hotel, check_in=dt.date(2027, 1, 20), phone=f"+3460012345{day}")
    barrier = threading.Barrier(2)
    results: list[dict[str, int]] = []

    def run() -> None:
        try:
            barrier.wait()
            results.append(beat(utc(2027, 1, 13, 9)))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(r.get("queued", 0) for r in results) == 5
    assert OutreachMessage.objects.count() == 5
    assert Message.objects.filter(direction=Direction.OUT).count() == 5


@pytest.mark.django_db
def test_figures_count_sent_read_answered_and_opted_out(
    graph: FakeGraph, client: Any, admin_user: Any
) -> None:
    hotel = make_hotel()
    make_reservation(hotel, phone="+34600000001")
    make_reservation(hotel, phone="+34600000002")
    make_reservation(hotel, phone="", email="no-phone@example.org")
    assert beat(utc(2027, 1, 13, 9)) == {"queued": 3}
    deliver_all(utc(2027, 1, 13, 9, 1))
    first, second = Message.objects.filter(channel=Channel.WHATSAPP, direction=Direction.OUT).order_by("pk")
    # The read receipt arrives as WhatsApp's status webhook: signed, stored, then processed.
    status = {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "102290129340398",
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {"display_phone_number": "15550783881", "phone_number_id": "1065400"},
                            "statuses": [
                                {
                                    "id": first.provider_message_id,
                                    "status": "read",
                                    "timestamp": str(int(utc(2027, 1, 13, 10).timestamp())),
                                    "recipient_id": "34600000001",
                                }
                            ],
                        },
                    }
                ],
            }
        ],
    }
    body = json.dumps(status).encode()
    signature = "sha256=" + hmac.new(b"outreach-app-secret", body, hashlib.sha256).hexdigest()
    with override_settings(WHATSAPP_APP_SECRET="outreach-app-secret"):
        answer = client.post(
            "/webhooks/whatsapp/",
            data=body,
            content_type="application/json",
            headers={"X-Hub-Signature-256": signature},
        )
    assert answer.status_code == 200
    whatsapp_event_process(event_id=InboundEvent.objects.latest("pk").pk)
    first.refresh_from_db()
    assert first.read_at == utc(2027, 1, 13, 10)
    # One guest answers, the other says stop.
    with time_machine.travel(utc(2027, 1, 13, 11), tick=False):
        for phone, text in (("+34600000001", "¿Hay parking?"), ("+34600000002", "BAJA")):
            message_receive(
                incoming=IncomingMessage(
                    channel=Channel.WHATSAPP,
                    provider_message_id=f"wamid.in.{phone}",
                    sender=phone,
                    kind=MessageKind.TEXT,
                    sent_at=utc(2027, 1, 13, 11),
                    text=text,
                ),
                hotel=hotel,
            )
    [week, *_] = outreach_figures(hotel=hotel, start=utc(2027, 1, 1), end=utc(2027, 2, 1))
    assert (week.kind, week.sent, week.templates, week.read, week.answered, week.opted_out) == (
        OutreachKind.BEFORE_7D,
        2,
        2,
        1,
        2,
        1,
    )
    assert second.conversation.guest.phone == "+34600000002"
    with time_machine.travel(utc(2027, 1, 20, 12), tick=False):
        client.force_login(admin_user)
        page = client.get(f"/admin/conversations/conversation/figures/?hotel={hotel.pk}&days=30")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'id="outreach-figures"' in html and 'data-kind="before_7d"' in html


@pytest.mark.django_db
def test_a_booking_first_seen_in_the_pms_after_its_seven_day_moment_still_gets_it(graph: FakeGraph) -> None:
    hotel = make_hotel()
    reservation = make_reservation(hotel, created_at=utc(2027, 1, 16, 12))
    Reservation.objects.filter(pk=reservation.pk).update(made_by=Reservation.MadeBy.PMS)
    assert beat(utc(2027, 1, 16, 13)) == {"queued": 1}
    assert OutreachMessage.objects.get().kind == OutreachKind.BEFORE_7D


@pytest.mark.django_db
def test_the_command_shows_what_would_go_and_changes_nothing(graph: FakeGraph) -> None:
    from io import StringIO

    from django.core.management import call_command

    make_reservation(make_hotel())
    out = StringIO()
    call_command("reservation_messages", "--at", "2027-01-13T10:00:00+01:00", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "--- Hotel Sol · QWERTYUIO · before_7d · whatsapp · es"
    assert lines[1].startswith("Hola, Lucía. Le escribimos de Hotel Sol")
    assert not OutreachMessage.objects.exists() and not Guest.objects.exists()
    out = StringIO()
    call_command("reservation_messages", "--at", "2027-01-13T09:59:00+01:00", stdout=out)
    assert out.getvalue().startswith("nothing due at 2027-01-13T09:59:00+01:00")


@pytest.mark.django_db
def test_the_command_says_a_due_message_to_a_guest_who_said_stop_would_not_go(graph: FakeGraph) -> None:
    from io import StringIO

    from django.core.management import call_command

    make_reservation(make_hotel())
    GuestFactory.create(phone=PHONE, opted_out=True, opted_out_at=utc(2027, 1, 2))
    out = StringIO()
    call_command("reservation_messages", "--at", "2027-01-13T10:00:00+01:00", stdout=out)
    assert out.getvalue().splitlines()[0] == (
        "--- Hotel Sol · QWERTYUIO · before_7d · whatsapp · es · not sent: the guest opted out"
    )
    assert beat(utc(2027, 1, 13, 9)) == {"opted_out": 1}  # what the beat does at that moment


@pytest.mark.django_db
def test_a_manager_switches_a_kind_off_for_their_own_hotel_only(graph: FakeGraph, client: Any) -> None:
    from django.contrib.auth.models import Group

    from conversations.roles import MANAGER
    from conversations.tests.console.conftest import make_staff
    from hotel_agent.hotels.models import HotelMembership

    hotel = make_hotel()
    other = HotelFactory.create(name="Hotel Luna")
    OutreachSettings.objects.create(hotel=other)
    manager = make_staff("marta", hotel=hotel, role=HotelMembership.Role.MANAGER)
    manager.groups.add(Group.objects.get(name=MANAGER))
    client.force_login(manager)
    mine = f"/admin/reservations/outreachsettings/{hotel.outreach_settings.pk}/change/"
    theirs = f"/admin/reservations/outreachsettings/{other.outreach_settings.pk}/change/"
    assert client.get(mine).status_code == 200
    assert client.get(theirs).status_code in (302, 404)
    form = {
        "hotel": hotel.pk,
        "send_time": "10:00",
        "quiet_from": "21:00",
        "quiet_until": "09:00",
        "before_7d_template": "arrival_week",
        "directions_url": "",
        "before_1d_enabled": "on",
        "before_1d_template": "arrival_tomorrow",
        "after_1d_enabled": "on",
        "after_1d_template": "after_stay",
        "review_url": "https://example.org/review",
    }  # "before_7d_enabled" left out: switched off
    assert client.post(mine, form).status_code == 302
    make_reservation(hotel)
    assert beat(utc(2027, 1, 13, 9)) == {}
    assert beat(utc(2027, 1, 19, 9)) == {"queued": 1}


@pytest.mark.django_db
def test_a_brazilian_guest_reads_the_message_in_brazilian_portuguese() -> None:
    from conversations.outreach import outreach_compose

    hotel = make_hotel()
    settings = OutreachSettings.objects.get(hotel=hotel)
    brazilian = ConversationFactory.create(
        hotel=hotel,
        guest=GuestFactory.create(phone="+5511999990000"),
        language="pt",
        dialogue_state={"language_variant": "br"},
    )
    european = ConversationFactory.create(hotel=hotel, guest=GuestFactory.create(phone=PHONE), language="pt")
    texts = [
        outreach_compose(
            reservation=make_reservation(hotel, conversation=conversation),
            kind=OutreachKind.BEFORE_7D,
            language="pt",
            settings=settings,
            now=utc(2027, 1, 13, 9),
        ).text
        for conversation in (brazilian, european)
    ]
    assert "esperamos por você" in texts[0] and "por si" not in texts[0]
    assert "esperamos por si" in texts[1]
