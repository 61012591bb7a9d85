"""A guest's data exported and erased by a manager, transcripts past retention anonymised, and the audit
log of what staff did (admin edits, console actions, exports, erasures), visible to managers only."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any, cast

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from conversations.models import CannedReply, Conversation, Guest, Message
from conversations.roles import staff_group_for
from conversations.services.privacy import ERASED, transcripts_anonymise_older_than
from conversations.services.staff import conversation_take_over
from conversations.tests.factories import HotelFactory, InboundMessageFactory, OutboundMessageFactory
from hotel_agent.hotels.models import AuditEvent, Hotel, HotelMembership
from reservations.models import Reservation

pytestmark = pytest.mark.django_db


def _staff(username: str, hotel: Hotel, role: str) -> Any:
    user = get_user_model().objects.create_user(username, password=f"pw-{username}-1", is_staff=True)
    HotelMembership.objects.create(user=user, hotel=hotel, role=role)
    user.groups.add(staff_group_for(role))
    return user


def _guest_with_a_stay(hotel: Hotel, *, phone: str = "+34600111222", email: str = "ana@example.com") -> Guest:
    inbound = cast(
        Message,
        InboundMessageFactory(
            conversation__hotel=hotel,
            conversation__guest__phone=phone,
            conversation__guest__name="Ana García",
            text="Soy Ana García, ana@example.com",
        ),
    )
    conversation = inbound.conversation
    conversation.guest.email = email
    conversation.guest.save()
    conversation.dialogue_state = {"booking": {"guest_name": "Ana García"}}
    conversation.save()
    OutboundMessageFactory(conversation=conversation, text="Gracias, Ana")
    Reservation.objects.create(
        hotel=hotel,
        conversation=conversation,
        reference=f"REF{phone[-4:]}",
        pms_room_type_id=1,
        room_type_name="Doble",
        check_in=dt.date(2030, 5, 1),
        check_out=dt.date(2030, 5, 3),
        adults=2,
        guest_first_name="Ana",
        guest_last_name="García",
        guest_email=email,
        guest_phone=phone,
        amount=Decimal("180.00"),
        currency="EUR",
        state=Reservation.State.CONFIRMED,
        idempotency_key=f"privacy-{phone}",
    )
    return conversation.guest


def _action(client: Client, action: str, guest: Guest) -> Any:
    return client.post(
        "/admin/conversations/guest/", {"action": action, "_selected_action": [guest.pk], "index": 0}
    )


def test_a_manager_exports_a_guests_data_as_json_and_it_is_audited() -> None:
    hotel = HotelFactory.create()
    guest = _guest_with_a_stay(hotel)
    client = Client()
    client.force_login(_staff("mara", hotel, HotelMembership.Role.MANAGER))
    response = _action(client, "export_data", guest)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/json")
    [exported] = json.loads(response.content)
    assert exported["guest"]["phone"] == "+34600111222"
    assert [m["text"] for m in exported["conversations"][0]["messages"]] == [
        "Soy Ana García, ana@example.com",
        "Gracias, Ana",
    ]
    assert exported["reservations"][0]["reference"] == "REF1222"
    assert AuditEvent.objects.filter(action="guest_export", hotel=hotel, staff_name="mara").count() == 1


def test_erasure_removes_what_identifies_the_guest_and_keeps_the_figures() -> None:
    hotel = HotelFactory.create()
    guest = _guest_with_a_stay(hotel)
    client = Client()
    client.force_login(_staff("mara", hotel, HotelMembership.Role.MANAGER))
    assert _action(client, "erase_personal_data", guest).status_code == 302

    guest.refresh_from_db()
    assert (guest.name, guest.phone, guest.email, guest.webchat_session) == ("", "", "", "")
    conversation = Conversation.objects.get(guest=guest)
    assert conversation.dialogue_state == {}
    assert set(conversation.messages.values_list("text", flat=True)) == {ERASED}
    assert conversation.messages.count() == 2  # the figures still count them
    reservation = Reservation.objects.get()
    assert (reservation.guest_last_name, reservation.guest_email, reservation.guest_phone) == ("", "", "")
    assert reservation.amount == Decimal("180.00") and reservation.check_in == dt.date(2030, 5, 1)
    assert AuditEvent.objects.filter(action="guest_erase", hotel=hotel).count() == 1


def test_a_receptionist_cannot_export_or_erase() -> None:
    hotel = HotelFactory.create()
    guest = _guest_with_a_stay(hotel)
    client = Client()
    client.force_login(_staff("rita", hotel, HotelMembership.Role.RECEPTIONIST))
    page = client.get("/admin/conversations/guest/").content.decode()
    assert "erase_personal_data" not in page and "export_data" not in page
    _action(client, "erase_personal_data", guest)
    guest.refresh_from_db()
    assert guest.phone == "+34600111222"


def test_a_manager_of_one_hotel_cannot_erase_a_guest_who_also_talked_to_another() -> None:
    hotel, other = HotelFactory.create(), HotelFactory.create()
    guest = _guest_with_a_stay(hotel)
    InboundMessageFactory(conversation__hotel=other, conversation__guest=guest)
    client = Client()
    client.force_login(_staff("mara", hotel, HotelMembership.Role.MANAGER))
    _action(client, "erase_personal_data", guest)
    guest.refresh_from_db()
    assert guest.phone == "+34600111222"


def test_transcripts_past_retention_are_anonymised_once_and_recent_ones_kept() -> None:
    hotel = HotelFactory.create()
    old_guest = _guest_with_a_stay(hotel)
    recent_guest = _guest_with_a_stay(hotel, phone="+34600999888", email="eva@example.com")
    long_ago = timezone.now() - dt.timedelta(days=800)
    Message.objects.filter(conversation__guest=old_guest).update(created_at=long_ago)
    Conversation.objects.filter(guest=old_guest).update(created_at=long_ago)

    assert transcripts_anonymise_older_than(days=730) == 1
    assert set(Message.objects.filter(conversation__guest=old_guest).values_list("text", flat=True)) == {
        ERASED
    }
    old_guest.refresh_from_db()
    assert old_guest.phone == "" and old_guest.email == ""
    recent = Message.objects.filter(conversation__guest=recent_guest).values_list("text", flat=True)
    assert ERASED not in set(recent)
    assert transcripts_anonymise_older_than(days=730) == 0  # nothing left to do
    assert transcripts_anonymise_older_than(days=0) == 0  # 0 keeps everything


def test_the_audit_log_records_admin_edits_and_console_actions_for_managers_only() -> None:
    hotel = HotelFactory.create()
    manager = _staff("mara", hotel, HotelMembership.Role.MANAGER)
    receptionist = _staff("rita", hotel, HotelMembership.Role.RECEPTIONIST)
    client = Client()
    client.force_login(manager)
    response = client.post(
        "/admin/conversations/cannedreply/add/",
        {"hotel": hotel.pk, "language": "es", "title": "Parking", "text": "18 € la noche", "active": "on"},
    )
    assert response.status_code == 302
    reply = CannedReply.objects.get()
    conversation = cast(Message, InboundMessageFactory(conversation__hotel=hotel)).conversation
    conversation_take_over(conversation=conversation, staff=receptionist)

    actions = set(AuditEvent.objects.filter(hotel=hotel).values_list("action", "staff_name"))
    assert {("admin_add", "mara"), ("take_over", "rita")} <= actions
    log_page = client.get("/admin/hotels/auditevent/")
    assert log_page.status_code == 200 and str(reply) in log_page.content.decode()
    as_receptionist = Client()
    as_receptionist.force_login(receptionist)
    assert as_receptionist.get("/admin/hotels/auditevent/").status_code == 403
