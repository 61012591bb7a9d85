"""Existing bookings: status, change and cancel with the identity check, against the demo PMS."""

from __future__ import annotations

import pytest

from conversations.engine.tests.chat import EngineChat, amounts_in, quoted_totals
from conversations.engine.types import HandoffReason
from pms_bridge.factory import get_pms
from pms_bridge.port import BookingState
from reservations.models import Reservation

pytestmark = pytest.mark.django_db


def book(hotel, *, phone: str, email: str = "ana.garcia@example.com") -> tuple[EngineChat, Reservation]:
    chat = EngineChat(hotel, phone=phone)
    chat.says("Quiero una habitación del 20 al 23 de marzo para 2 personas")
    chat.says("1")
    chat.says(f"Ana García, {email}")
    chat.says("sí")
    return chat, Reservation.objects.get(conversation_id=chat.conversation.pk)


def test_cancel_states_the_policy_and_waits_for_yes(demo_hotel):
    chat, reservation = book(demo_hotel, phone="+34600111301")
    ask = chat.replies_to("Quiero cancelar mi reserva")[0]
    assert reservation.reference in ask.text and "Cancelación gratuita hasta el 18 de marzo" in ask.text
    assert get_pms().get_booking(reference=reservation.reference).state == BookingState.ACTIVE
    assert "cancelada" in chat.says("sí")
    assert get_pms().get_booking(reference=reservation.reference).state == BookingState.CANCELLED
    reservation.refresh_from_db()
    assert reservation.state == Reservation.State.CANCELLED


def test_no_keeps_the_booking(demo_hotel):
    chat, reservation = book(demo_hotel, phone="+34600111302")
    chat.says("Quiero cancelar mi reserva")
    assert "sigue en pie" in chat.says("no")
    assert get_pms().get_booking(reference=reservation.reference).state == BookingState.ACTIVE


def test_someone_else_needs_the_booking_email_and_learns_nothing_without_it(demo_hotel):
    _, reservation = book(demo_hotel, phone="+34600111303", email="owner@example.com")
    stranger = EngineChat(demo_hotel, phone="+34600999888")
    asked = stranger.says(f"Quiero cancelar la reserva {reservation.reference}")
    assert "correo" in asked and "Ana" not in asked and "marzo" not in asked
    assert "no coincide" in stranger.says("impostor@example.com")
    assert get_pms().get_booking(reference=reservation.reference).state == BookingState.ACTIVE
    confirm = stranger.says("owner@example.com")
    assert reservation.reference in confirm and "20 de marzo" in confirm
    stranger.says("sí")
    assert get_pms().get_booking(reference=reservation.reference).state == BookingState.CANCELLED


def test_status_by_reference_after_identity(demo_hotel):
    chat, reservation = book(demo_hotel, phone="+34600111304")
    status = chat.says(f"¿Cuál es el estado de mi reserva {reservation.reference}?")
    assert reservation.reference in status and "confirmada" in status


def test_change_dates_quotes_the_new_stay_then_changes_it(demo_hotel):
    chat, reservation = book(demo_hotel, phone="+34600111305")
    ask = chat.says("Quiero cambiar las fechas de mi reserva")
    assert reservation.reference in ask and "cambiar" in ask
    proposal = chat.says("del 22 al 25 de marzo")
    assert "22 de marzo" in proposal and "25 de marzo" in proposal
    quoted = quoted_totals(chat.conversation.pk)
    # Every amount is a quoted total, or the difference between the old and the new one.
    assert set(amounts_in(proposal)) <= quoted | {abs(x - y) for x in quoted for y in quoted}
    assert "Hecho" in chat.says("sí")
    booking = get_pms().get_booking(reference=reservation.reference)
    assert (booking.check_in.day, booking.check_out.day) == (22, 25)


@pytest.mark.parametrize(
    ("text", "answer", "departure"),
    [
        ("oye, podemos cambiar la salida al 24?", "sí", 24),
        ("Can we move the check-out to the 24th?", "yes", 24),
        ("possiamo spostare la partenza al 24?", "sì", 24),
        # The stay is Saturday 20 to Tuesday 23 March 2027: "Monday" is the one within it, not the next from today.
        ("can we change the check-out to Monday?", "yes", 22),
    ],
)
def test_a_new_departure_day_changes_only_the_departure(demo_hotel, text, answer, departure):
    chat, reservation = book(demo_hotel, phone="+34600111306")
    # "salida"/"check-out" with a day and a change verb: a change of the stay, not a question about times.
    proposal = chat.says(text)
    assert str(departure) in proposal and "20" in proposal
    chat.says(answer)
    booking = get_pms().get_booking(reference=reservation.reference)
    assert (booking.check_in.day, booking.check_out.day) == (20, departure)


@pytest.mark.parametrize(
    ("first", "change", "reception"),
    [
        ("Quiero cambiar mi reserva", "quiero cambiarla a una suite", "tipo de habitación"),
        ("I'd like to change my booking", "can we switch to the junior suite?", "room type"),
        ("Je voudrais modifier ma réservation", "on préférerait une suite", "type de chambre"),
        ("Ich möchte meine Buchung ändern", "lieber eine Suite bitte", "Zimmerkategorie"),
        ("Vorrei modificare la prenotazione", "possiamo passare alla suite?", "tipologia di camera"),
        ("Queria alterar a minha reserva", "podemos mudar para a suite?", "tipo de quarto"),
    ],
)
def test_another_room_type_goes_to_reception_instead_of_being_asked_again(
    demo_hotel, first, change, reception
):
    chat, reservation = book(demo_hotel, phone="+34600111409")
    chat.says(first)
    # The PMS change moves dates and guests only: a room type asked for is passed on, not asked for again.
    said = chat.says(change)
    assert reception in said
    assert chat.turns[-1].handoff_reason == HandoffReason.UNKNOWN_QUESTION
    booking = get_pms().get_booking(reference=reservation.reference)
    assert booking.state == BookingState.ACTIVE and (booking.check_in.day, booking.check_out.day) == (20, 23)


def test_the_same_room_type_named_again_is_no_change_of_room(demo_hotel):
    chat, _ = book(demo_hotel, phone="+34600111410")
    chat.says("Quiero cambiar mi reserva")
    assert chat.turns[-1].handoff_reason is None
    said = chat.says("la doble, del 22 al 25 de marzo")
    assert "22 de marzo" in said and chat.turns[-1].handoff_reason is None


def test_the_booking_put_under_another_name_goes_to_reception(demo_hotel):
    chat, _ = book(demo_hotel, phone="+34600111411")
    chat.says("Quiero cambiar mi reserva")
    said = chat.says("póngala a nombre de mi marido, Luis Pérez Gil")
    assert "titular" in said and chat.turns[-1].handoff_reason == HandoffReason.UNKNOWN_QUESTION
