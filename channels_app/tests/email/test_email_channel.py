"""E-mail end to end: a guest's mail in a real IMAP inbox, the real engine, the reply over real SMTP."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from django.core.management import call_command
from django.test import override_settings

from channels_app.email.poller import poll_inbox_once
from conversations.models import Message
from hotel_agent.demo import seed_demo_hotel, seed_demo_knowledge
from tests.support.mail_servers import ImapAccount, SmtpInbox, dovecot_server, smtp_server
from tests.support.prereqs import dovecot_installed, require_or_skip

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

HOTEL_ADDRESS = "reservas@hotel.example"


@pytest.fixture
def mailboxes(eager_celery: None) -> Iterator[tuple[ImapAccount, SmtpInbox]]:
    if not dovecot_installed():
        require_or_skip("dovecot-imapd is not installed (.ci/run installs it)")
    with (
        dovecot_server(username=HOTEL_ADDRESS) as imap,
        smtp_server() as smtp,
        override_settings(EMAIL_IMAP_URL=imap.url, EMAIL_SMTP_URL=smtp.url, EMAIL_FROM=HOTEL_ADDRESS),
    ):
        # The demo hotel and its knowledge base; FAQ answers need no PMS inventory.
        seed_demo_knowledge(hotel=seed_demo_hotel())
        yield imap, smtp


def guest_mail(
    body: str, *, message_id: str, subject: str = "Check-in", sender: str = "ana@example.com"
) -> bytes:
    mail = EmailMessage()
    mail["From"] = f"Ana García <{sender}>"
    mail["To"] = HOTEL_ADDRESS
    mail["Subject"] = subject
    mail["Message-ID"] = message_id
    mail["Date"] = "Wed, 25 Nov 2026 09:00:00 +0100"
    mail.set_content(body)
    return bytes(mail)


def test_guest_mail_is_stored_once_and_answered_in_its_thread(
    mailboxes: tuple[ImapAccount, SmtpInbox],
) -> None:
    imap, smtp = mailboxes
    imap.deliver(
        guest_mail("Hola, ¿a qué hora es el check-in?\n\nGracias\n-- \nAna", message_id="<m1@example.com>")
    )

    result = poll_inbox_once()

    assert (result.fetched, result.stored, result.duplicates) == (1, 1, 0)
    inbound = Message.objects.get(channel="email", direction="in")
    assert inbound.text == "Hola, ¿a qué hora es el check-in?\n\nGracias"
    assert inbound.conversation.guest.email == "ana@example.com"
    assert imap.unseen_count() == 0

    [reply] = smtp.wait_for(1)
    assert reply["To"] == "ana@example.com"
    assert reply["Subject"] == "Re: Check-in"
    assert reply["In-Reply-To"] == "<m1@example.com>"
    assert "14:00" in reply.get_content()  # the demo knowledge base's check-in time, in Spanish
    outbound = Message.objects.get(channel="email", direction="out")
    assert outbound.status == "sent"
    assert outbound.provider_message_id == reply["Message-ID"]


def test_a_mail_seen_twice_is_answered_once(mailboxes: tuple[ImapAccount, SmtpInbox]) -> None:
    imap, smtp = mailboxes
    imap.deliver(guest_mail("¿Tenéis parking?", message_id="<m2@example.com>", subject="Parking"))
    poll_inbox_once()
    smtp.wait_for(1)
    # As if the process had died after storing but before flagging \Seen: the mail is unread again.
    client = imap.client()
    client.uid("STORE", "1:*", "-FLAGS", "(\\Seen)")
    client.logout()

    second = poll_inbox_once()

    assert (second.fetched, second.stored, second.duplicates) == (1, 0, 1)
    assert Message.objects.filter(channel="email", direction="in").count() == 1
    assert len(smtp.wait_for(2, timeout=2)) == 1


def test_automatic_replies_start_nothing(mailboxes: tuple[ImapAccount, SmtpInbox]) -> None:
    imap, smtp = mailboxes
    out_of_office = EmailMessage()
    out_of_office["From"] = "ana@example.com"
    out_of_office["To"] = HOTEL_ADDRESS
    out_of_office["Subject"] = "Fuera de la oficina"
    out_of_office["Message-ID"] = "<ooo@example.com>"
    out_of_office["Auto-Submitted"] = "auto-replied"
    out_of_office.set_content("Estoy de vacaciones hasta el lunes.")
    imap.deliver(bytes(out_of_office))

    result = poll_inbox_once()

    assert (result.fetched, result.ignored, result.stored) == (1, 1, 0)
    assert not Message.objects.filter(channel="email").exists()
    assert imap.unseen_count() == 0
    assert smtp.wait_for(1, timeout=1) == []


def test_poll_email_command_reports_the_pass(
    mailboxes: tuple[ImapAccount, SmtpInbox], capsys: pytest.CaptureFixture[str]
) -> None:
    imap, _ = mailboxes
    imap.deliver(
        guest_mail(
            "Do you have wifi?", message_id="<m3@example.com>", subject="wifi", sender="tom@example.org"
        )
    )
    call_command("poll_email")
    assert "fetched 1, stored 1" in capsys.readouterr().out
