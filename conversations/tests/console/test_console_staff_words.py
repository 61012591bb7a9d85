"""What the console says about a conversation: the guest's name, the handoff label after hand back, what
the AI understood in words, amounts as the guest reads them, canned replies of the conversation's language,
and the staff member's own language."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from html import unescape
from typing import Any

import pytest
from django.test import Client

from conversations.models import CannedReply, Guest, StaffAction, StaffActionKind
from conversations.models.records import GuestNameSource
from conversations.services.guests import guest_name_from_dialogue, guest_name_learn
from conversations.services.handoff import conversation_hand_off
from conversations.services.inbound import guest_for_contact
from conversations.services.staff import conversation_hand_back, conversation_take_over
from conversations.tests.console.conftest import make_staff
from conversations.tests.factories import ConversationFactory, GuestFactory, InboundMessageFactory
from hotel_agent.hotels.models import HotelMembership, StaffProfile
from reservations.models import Reservation

pytestmark = pytest.mark.django_db


def logged_in(user: Any, *, accept_language: str = "en") -> Client:
    client = Client(headers={"accept-language": accept_language})
    client.force_login(user)
    return client


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def admin_rows(user: Any) -> str:
    """The conversations admin list's table (not its filters, which keep every handoff reason)."""
    html = logged_in(user).get("/admin/conversations/conversation/").content.decode()
    return text_of(html.split('id="result_list"')[1].split("</table>")[0])


def reservation_for(conversation: Any, **extra: Any) -> Reservation:
    fields: dict[str, Any] = {
        "hotel": conversation.hotel,
        "conversation": conversation,
        "reference": "IFTEALSVU",
        "pms_room_type_id": 1,
        "room_type_name": "Doble",
        "check_in": dt.date(2027, 4, 21),
        "check_out": dt.date(2027, 4, 24),
        "adults": 2,
        "guest_first_name": "Marta",
        "guest_last_name": "Soler Vidal",
        "amount": Decimal("306.90"),
        "currency": "EUR",
        "state": Reservation.State.CONFIRMED,
        "idempotency_key": f"test-{conversation.pk}",
    }
    fields.update(extra)
    return Reservation.objects.create(**fields)


# --- the guest's name -------------------------------------------------------------------------


def test_whatsapp_profile_name_names_a_new_guest_and_never_replaces_a_better_one() -> None:
    guest = guest_for_contact(channel="whatsapp", contact="+34600111222", name="Lucy 🌞")
    assert (guest.name, guest.name_source) == ("Lucy 🌞", GuestNameSource.PROFILE)
    assert guest_name_learn(guest=guest, name="Lucía Fernández", source=GuestNameSource.GIVEN)
    assert not guest_name_learn(guest=guest, name="Lucy 🌞", source=GuestNameSource.PROFILE)
    guest.refresh_from_db()
    assert (guest.name, guest.name_source) == ("Lucía Fernández", GuestNameSource.GIVEN)


def test_name_the_guest_gave_in_the_dialogue_names_them_in_list_header_and_admin(
    hotel: Any, ana: Any
) -> None:
    guest = GuestFactory.create(name="Lucy 🌞", name_source=GuestNameSource.PROFILE, phone="+34600111222")
    conversation = ConversationFactory.create(hotel=hotel, guest=guest)
    guest_name_from_dialogue(
        conversation=conversation, dialogue_state={"booking": {"guest_name": "Lucía Fernández"}}
    )
    client = logged_in(ana)
    queues = client.get(f"/console/h/{hotel.pk}/queues/").content.decode()
    header = client.get(f"/console/c/{conversation.pk}/header/").content.decode()
    assert "Lucía Fernández" in queues and "Lucy" not in queues
    assert "Lucía Fernández" in header
    superuser = make_staff("root", hotel=None, is_superuser=True)
    assert "Lucía Fernández" in admin_rows(superuser)


def test_holder_of_the_booking_names_a_guest_who_gave_no_name(hotel: Any, ana: Any) -> None:
    guest = GuestFactory.create(name="", phone="+34600111222")
    conversation = ConversationFactory.create(hotel=hotel, guest=guest)
    reservation_for(conversation)
    assert guest_name_from_dialogue(
        conversation=conversation,
        dialogue_state={"manage": {"reference": "IFTEALSVU", "verified": True}},
    )
    guest.refresh_from_db()
    assert (guest.name, guest.name_source) == ("Marta Soler Vidal", GuestNameSource.BOOKING)
    assert "Marta Soler Vidal" in logged_in(ana).get(f"/console/c/{conversation.pk}/header/").content.decode()


def test_a_booking_reference_typed_without_proving_identity_names_nobody(hotel: Any) -> None:
    guest = GuestFactory.create(name="", phone="+34600111222")
    conversation = ConversationFactory.create(hotel=hotel, guest=guest)
    reservation_for(conversation)
    assert not guest_name_from_dialogue(
        conversation=conversation, dialogue_state={"manage": {"reference": "IFTEALSVU", "verified": False}}
    )
    assert Guest.objects.get(pk=guest.pk).name == ""


def test_guest_without_any_name_shows_a_masked_phone(hotel: Any, ana: Any) -> None:
    conversation = ConversationFactory.create(
        hotel=hotel, guest=GuestFactory.create(name="", phone="+34600111222")
    )
    header = logged_in(ana).get(f"/console/c/{conversation.pk}/header/").content.decode()
    assert "…1222" in header and "+34600111222" not in header


def test_staff_edit_the_name_it_is_recorded_and_outranks_what_the_guest_says_later(
    hotel: Any, ana: Any
) -> None:
    guest = GuestFactory.create(name="Lucy 🌞", name_source=GuestNameSource.PROFILE, phone="+34600111222")
    conversation = ConversationFactory.create(hotel=hotel, guest=guest)
    client = logged_in(ana)
    response = client.post(
        f"/console/c/{conversation.pk}/guest-name/",
        {"name": "  Lucía   Fernández Ruiz "},
        headers={"x-requested-with": "fetch"},
    )
    assert response.status_code == 204
    guest.refresh_from_db()
    assert (guest.name, guest.name_source) == ("Lucía Fernández Ruiz", GuestNameSource.STAFF)
    action = StaffAction.objects.get(conversation=conversation, kind=StaffActionKind.GUEST_NAME)
    assert (action.staff, action.text) == (ana, "Lucía Fernández Ruiz")
    transcript = text_of(client.get(f"/console/c/{conversation.pk}/transcript/").content.decode())
    assert "Ana Ruiz: Guest's name changed, “Lucía Fernández Ruiz”" in transcript

    guest_name_from_dialogue(conversation=conversation, dialogue_state={"booking": {"guest_name": "Lucy"}})
    assert Guest.objects.get(pk=guest.pk).name == "Lucía Fernández Ruiz"


def test_staff_of_another_hotel_cannot_rename_our_guest(hotel: Any, outsider: Any) -> None:
    conversation = ConversationFactory.create(hotel=hotel)
    response = logged_in(outsider).post(f"/console/c/{conversation.pk}/guest-name/", {"name": "X"})
    assert response.status_code == 404
    assert Guest.objects.get(pk=conversation.guest_id).name == "Ana García"


# --- the handoff label --------------------------------------------------------------------------


def test_handoff_label_clears_on_hand_back_and_the_history_stays(hotel: Any, ana: Any) -> None:
    conversation = ConversationFactory.create(hotel=hotel)
    conversation_hand_off(conversation=conversation, reason="complaint", summary="Noise at night")
    client = logged_in(ana)
    header = client.get(f"/console/c/{conversation.pk}/header/").content.decode()
    assert 'id="handoff-reason">complaint<' in header and "Noise at night" in header

    conversation_take_over(conversation=conversation, staff=ana)
    conversation_hand_back(conversation=conversation, staff=ana, summary="Moved to a quiet room")
    header = text_of(client.get(f"/console/c/{conversation.pk}/header/").content.decode())
    assert "complaint" not in header and "Noise at night" not in header
    assert re.search(r"handed back \d\d:\d\d", header)
    superuser = make_staff("root", hotel=None, is_superuser=True)
    rows = admin_rows(superuser)
    assert "complaint" not in rows and re.search(r"handed back \d\d:\d\d", rows)
    transcript = text_of(client.get(f"/console/c/{conversation.pk}/transcript/").content.decode())
    assert "Handed back to the AI, “Moved to a quiet room”" in transcript  # "AI" keeps its capitals


# --- what the AI understood, amounts -------------------------------------------------------------


def understood_conversation(hotel: Any) -> Any:
    conversation = ConversationFactory.create(
        hotel=hotel,
        language="es",
        dialogue_state={
            "stage": "guest_details",
            "booking": {
                "check_in": "2027-04-21",
                "check_out": "2027-04-24",
                "adults": 2,
                "children": 1,
                "rooms": 1,
            },
        },
    )
    InboundMessageFactory.create(
        conversation=conversation,
        text="quiero reservar",
        understanding={"id": 9, "intent": "booking_create", "confidence": 0.93, "lang": "es"},
    )
    return conversation


def test_what_the_ai_understood_is_said_in_words(hotel: Any, ana: Any) -> None:
    conversation = understood_conversation(hotel)
    side = text_of(logged_in(ana).get(f"/console/c/{conversation.pk}/side/").content.decode())
    understood = side.split("What the AI understood")[1].split("Technical details")[0]
    for words in (
        "The guest wants to book",
        "How sure high",
        "Now collecting the guest's details for the booking",
        "April 21, 2027 → April 24, 2027 (3 nights)",
        "Party 2 adults and 1 child",
        "Rooms 1 room",
        "Missing name, e-mail",
    ):
        assert words in understood, (words, understood)
    for raw in ("id 9", "intent", "confidence", "0.93", "booking_create"):
        assert raw not in understood


def test_understanding_and_amounts_in_spanish_like_the_guest_reads_them(hotel: Any, ana: Any) -> None:
    conversation = understood_conversation(hotel)
    reservation_for(conversation)
    side = text_of(
        logged_in(ana, accept_language="es").get(f"/console/c/{conversation.pk}/side/").content.decode()
    )
    assert "quiere reservar" in side and "Confianza alta" in side
    assert "21 de abril de 2027 → 24 de abril de 2027 (3 noches)" in side
    assert "306,90 €" in side and "306.90" not in side
    side_en = text_of(logged_in(ana).get(f"/console/c/{conversation.pk}/side/").content.decode())
    assert "€306.90" in side_en


def test_how_sure_is_low_when_the_ai_barely_understood(hotel: Any, ana: Any) -> None:
    conversation = ConversationFactory.create(hotel=hotel)
    InboundMessageFactory.create(
        conversation=conversation, text="asdf", understanding={"intent": "other", "confidence": 0.2}
    )
    side = text_of(logged_in(ana).get(f"/console/c/{conversation.pk}/side/").content.decode())
    assert "something the AI did not understand" in side and "How sure low" in side


# --- canned replies -----------------------------------------------------------------------------


def test_canned_replies_of_the_conversations_language_first_the_rest_behind_all_languages(
    hotel: Any, ana: Any
) -> None:
    CannedReply.objects.create(hotel=hotel, language="en", title="Parking", text="Parking is 18 € a night.")
    CannedReply.objects.create(
        hotel=hotel, language="es", title="Aparcamiento", text="El parking cuesta 18 €."
    )
    conversation = ConversationFactory.create(hotel=hotel, language="en")
    html = logged_in(ana).get(f"/console/c/{conversation.pk}/").content.decode()
    options = dict(re.findall(r'<option value="[^"]*" data-language="(\w\w)"([^>]*)>', html))
    assert "hidden" not in options["en"]
    assert "hidden" in options["es"] and "disabled" in options["es"]
    assert 'id="canned-all"' in html


# --- the staff member's language ----------------------------------------------------------------


def test_console_follows_the_browser_until_the_staff_member_picks_a_language(hotel: Any) -> None:
    staff = make_staff("lea", hotel=hotel, role=HotelMembership.Role.RECEPTIONIST)
    client = logged_in(staff, accept_language="es-ES,es;q=0.9")
    assert "Esperando a una persona" in client.get("/console/").content.decode()

    response = client.post("/console/language/", {"language": "fr", "next": "/console/?hotel=1"})
    assert response.status_code == 302 and response["Location"] == "/console/?hotel=1"
    assert StaffProfile.objects.get(user=staff).language == "fr"
    page = client.get("/console/")
    html = page.content.decode()
    assert "En attente d'une personne" in html and "Prendre la main" not in html  # no conversation open
    assert page["Content-Language"] == "fr"
    assert '"live": "en direct"' in html  # console.js words come in the same language

    client.post("/console/language/", {"language": ""})
    assert "Esperando a una persona" in client.get("/console/").content.decode()


def test_a_language_the_pages_do_not_come_in_is_refused_and_next_stays_on_this_site(
    hotel: Any, ana: Any
) -> None:
    client = logged_in(ana)
    assert client.post("/console/language/", {"language": "xx"}).status_code == 400
    response = client.post("/console/language/", {"language": "de", "next": "https://evil.example/"})
    assert response["Location"] == "/console/"
