"""`manage.py chat`: a terminal guest through the webhook's service layer, replies printed."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from conversations.models import Conversation, Direction, Message
from reservations.models import Reservation

pytestmark = pytest.mark.django_db(transaction=True)  # replies are sent after commit


def test_chat_books_through_message_receive_and_prints_the_replies(demo_hotel, monkeypatch):
    lines = "Hola\nhabitación del 20 al 23 de marzo para 2 personas\n1\nPedro Ruiz, pedro@example.com\n1\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    out = io.StringIO()
    call_command("chat", "--phone", "+34 600 123 456", "--lang", "es", stdout=out)
    printed = out.getvalue()
    reservation = Reservation.objects.get()
    assert "asistente virtual" in printed and "[1] 1. Doble" in printed
    assert f"Su número de reserva es {reservation.reference}" in printed
    conversation = Conversation.objects.get(guest__phone="+34600123456")
    assert conversation.language == "es"
    outbound = Message.objects.filter(conversation=conversation, direction=Direction.OUT)
    assert outbound.count() == 5 and all(
        (m.provider_message_id or "").startswith("wamid.terminal-") for m in outbound
    )


def test_chat_speaks_the_guests_language_once_the_guest_wrote(demo_hotel, monkeypatch):
    # The hotel is Spanish; an English guest who asks for a person is told in English that a person holds it.
    monkeypatch.setattr("sys.stdin", io.StringIO("Hi, can I talk to a real person please?\n"))
    out = io.StringIO()
    call_command("chat", "--phone", "+44 7700 900123", stdout=out)
    printed = out.getvalue()
    assert "Escriba su mensaje" in printed  # the banner comes before the guest has written
    assert "a person from reception holds the conversation now" in printed
