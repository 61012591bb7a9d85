"""The booking dialogue against the demo PMS, driving the engine directly (fast)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from conversations.engine.tests.chat import EngineChat, amounts_in, quoted_totals
from pms_bridge.factory import get_pms
from pms_bridge.models import DemoRate
from reservations.models import QuoteLine, Reservation

pytestmark = pytest.mark.django_db


def offer_totals(chat: EngineChat) -> dict[str, Decimal]:
    ids = chat.state["booking"]["offer_line_ids"]
    return {line.room_type_name: line.total for line in QuoteLine.objects.filter(pk__in=ids)}


def test_spanish_booking_from_question_to_pms_reference(demo_hotel):
    chat = EngineChat(demo_hotel, phone="+34600111201")
    assert "asistente virtual" in chat.says("Hola")
    offers = chat.replies_to("¿Tenéis habitación del 20 al 23 de marzo para 2 personas?")
    totals = offer_totals(chat)
    assert 1 <= len(totals) <= 3
    assert len(offers[0].buttons) == len(totals) and all(len(b.title) <= 20 for b in offers[0].buttons)
    assert set(amounts_in(offers[0].text)) == set(totals.values())
    assert "20 de marzo" in offers[0].text and "3 noches" in offers[0].text

    second_room = QuoteLine.objects.get(pk=chat.state["booking"]["offer_line_ids"][1])
    assert second_room.room_type_name in chat.says("la segunda")
    assert "correo" in chat.says("Ana García")
    summary = chat.replies_to("ana.garcia@example.com")[0]
    assert amounts_in(summary.text) == [second_room.total]
    assert "Cancelación gratuita hasta el 18 de marzo" in summary.text
    assert [b.id for b in summary.buttons] == ["yes", "no"]
    assert Reservation.objects.count() == 0  # nothing is booked before the explicit yes

    confirmation = chat.says("sí")
    reservation = Reservation.objects.get()
    assert reservation.state == Reservation.State.CONFIRMED
    assert reservation.reference in confirmation
    assert reservation.quote_line_id == second_room.pk and reservation.amount == second_room.total
    booking = get_pms().get_booking(reference=reservation.reference)
    assert booking.guest.email == "ana.garcia@example.com" and booking.guest.phone == "+34600111201"
    assert (booking.check_in, booking.check_out) == (dt.date(2027, 3, 20), dt.date(2027, 3, 23))

    assert "ya está confirmada" in chat.says("sí")  # a second yes books nothing more
    assert Reservation.objects.count() == 1
    every_amount = [a for turn in chat.turns for r in turn.replies for a in amounts_in(r.text)]
    assert every_amount and set(every_amount) <= quoted_totals(chat.conversation.pk)


def test_corrections_update_the_frame_and_requote(demo_hotel):
    chat = EngineChat(demo_hotel, phone="+34600111202")
    chat.says("Quiero una habitación del 20 al 23 de marzo para 2 personas")
    first_quote = chat.state["booking"]["quote_id"]
    moved = chat.says("mejor del 21 al 24")
    assert "21 de marzo" in moved and "24 de marzo" in moved
    assert chat.state["booking"]["quote_id"] != first_quote
    three = chat.says("somos tres")
    assert "3 adultos" in three
    lines = QuoteLine.objects.filter(pk__in=chat.state["booking"]["offer_line_ids"]).select_related("quote")
    assert lines and all(line.quote.adults == 3 for line in lines)
    assert "Individual" not in three


def test_missing_pieces_are_asked_one_or_two_at_a_time(demo_hotel):
    chat = EngineChat(demo_hotel, phone="+34600111203")
    assert "fechas" in chat.says("Quiero reservar") and chat.state["stage"] == "booking_slots"
    asked = chat.says("del 10 al 12 de abril")
    assert "personas" in asked and "€" not in asked
    offers = chat.says("2")
    assert "10 de abril" in offers and "€" in offers


def test_live_price_change_is_told_and_current_offers_given(demo_hotel):
    chat = EngineChat(demo_hotel, phone="+34600111204")
    chat.says("Hello, do you have a room from March 20 to 23 for 2 adults?")
    chat.says("the first one")
    chat.says("John Smith, john.smith@example.com")
    chosen = QuoteLine.objects.get(pk=chat.state["booking"]["chosen_line_id"])
    DemoRate.objects.filter(
        room_type__name=chosen.room_type_name, date__gte=dt.date(2027, 3, 20), date__lt=dt.date(2027, 3, 23)
    ).update(price=Decimal("150.00"))
    reply = chat.says("yes")
    assert "has just changed" in reply and "haven't made the booking" in reply
    assert Reservation.objects.filter(state=Reservation.State.CONFIRMED).count() == 0
    assert chat.state["stage"] == "offers"
    amounts = amounts_in(reply)
    assert chosen.total not in amounts and set(amounts) <= quoted_totals(chat.conversation.pk)


def test_web_chat_guest_is_asked_for_a_phone_before_booking(demo_hotel):
    chat = EngineChat(demo_hotel, phone="webchat-session-1", channel="webchat")
    chat.says("Hola, habitación del 20 al 23 de marzo para 2 personas")
    chat.says("1")
    assert "teléfono" in chat.says("Luis Martín, luis@example.com")
    assert "Confirmo la reserva" in chat.says("mi teléfono es +34 611 222 333")
    chat.says("sí")
    assert get_pms().get_booking(reference=Reservation.objects.get().reference).guest.phone == "+34611222333"
