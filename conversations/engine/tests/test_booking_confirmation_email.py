"""The booking confirmation e-mail end to end: a web-chat guest books, the e-mail goes out once over SMTP
(a real aiosmtpd server on loopback), and the chat says so; with no e-mail configured nothing is claimed."""

from __future__ import annotations

import itertools

import pytest
from django.test import override_settings
from django.utils import timezone

from conversations.incoming import Channel, IncomingMessage, MessageKind
from conversations.models import Direction, Message
from reservations.models import Reservation
from tests.support.commit import commits
from tests.support.mail_servers import smtp_server

pytestmark = pytest.mark.django_db
HOTEL_ADDRESS = "reservas@hotel.example"
_ids = itertools.count(1)


def guest_writes(hotel, token: str, text: str) -> None:
    from conversations.services import message_receive

    incoming = IncomingMessage(
        channel=Channel.WEBCHAT,
        provider_message_id=f"{token}:{next(_ids)}",
        sender=token,
        kind=MessageKind.TEXT,
        sent_at=timezone.now(),
        text=text,
        thread_key=token,
    )
    with commits():
        message_receive(incoming=incoming, hotel=hotel)


def book_on_the_web_chat(hotel, token: str) -> None:
    for text in (
        "Quiero una doble del 20 al 23 de marzo para 2 personas",
        "1",
        "Ana García, ana@example.com",
        "+34 600 111 222",
        "sí",
    ):
        guest_writes(hotel, token, text)


def last_chat_reply(token: str) -> str:
    return (
        Message.objects.filter(
            channel=Channel.WEBCHAT, direction=Direction.OUT, conversation__guest__webchat_session=token
        )
        .latest("pk")
        .text
    )


def test_a_booking_sends_one_confirmation_email_and_says_so(demo_hotel, eager_celery):
    with smtp_server() as smtp, override_settings(EMAIL_SMTP_URL=smtp.url, EMAIL_FROM=HOTEL_ADDRESS):
        book_on_the_web_chat(demo_hotel, "token-mail-1")
        reservation = Reservation.objects.get(guest_email="ana@example.com")
        [mail] = smtp.wait_for(1)
        assert mail["To"] == "ana@example.com"
        assert reservation.reference in mail["Subject"] and "Hotel Sol de Levante" in mail["Subject"]
        body = mail.get_content()
        assert (
            reservation.reference in body
            and "Estimado/a Ana García" in body
            and "Cancelación gratuita" in body
        )
        assert "Le hemos enviado la confirmación a ana@example.com." in last_chat_reply("token-mail-1")

        guest_writes(demo_hotel, "token-mail-1", "sí")  # a second yes books nothing and mails nothing
        emails = Message.objects.filter(channel=Channel.EMAIL, direction=Direction.OUT)
        assert emails.count() == 1 and emails.get().status == "sent"
        assert len(smtp.messages) == 1
    # The chat shows its own messages only, not the e-mail sent from its conversation.
    from channels_app.webchat.selectors import webchat_history

    assert all(
        m["text"] != emails.get().text for m in webchat_history(hotel=demo_hotel, token="token-mail-1")
    )


def test_without_email_configured_no_email_is_claimed_or_queued(demo_hotel, eager_celery):
    with override_settings(EMAIL_SMTP_URL="", EMAIL_FROM=""):
        book_on_the_web_chat(demo_hotel, "token-mail-2")
    assert Reservation.objects.filter(guest_email="ana@example.com").exists()
    confirmed = last_chat_reply("token-mail-2")
    assert "Reserva confirmada" in confirmed and "enviado" not in confirmed
    assert not Message.objects.filter(channel=Channel.EMAIL).exists()
