"""Turning received mail into guest messages: only what the guest wrote now, never automatic mail."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from channels_app.email.config import IMAP_PORTS, SMTP_PORTS, parse_mail_url
from channels_app.email.inbound import IgnoredMail, incoming_from_mail
from channels_app.email.sender import render_text
from conversations.incoming import OutgoingReply, ReplyButton
from conversations.nlu.quoting import latest_reply


def mail(body: str, **headers: str) -> bytes:
    message = EmailMessage()
    message["From"] = headers.pop("From", "Ana García <Ana.Garcia@example.com>")
    message["To"] = "reservas@hotel.example"
    message["Subject"] = headers.pop("Subject", "Habitación para mayo")
    message["Message-ID"] = headers.pop("Message_ID", "<abc-1@example.com>")
    message["Date"] = "Tue, 24 Nov 2026 10:00:00 +0100"
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return bytes(message)


@pytest.mark.parametrize(
    "quote_header",
    [
        "On Mon, 23 Nov 2026 at 10:00, Hotel <reservas@hotel.example> wrote:",
        "El lun, 23 nov 2026 a las 10:00, Hotel (<reservas@hotel.example>) escribió:",
        "Em seg., 23 de nov. de 2026 às 10:00, Hotel escreveu:",
        "Le lun. 23 nov. 2026 à 10:00, Hotel <reservas@hotel.example> a écrit :",
        "Am Mo., 23. Nov. 2026 um 10:00 Uhr schrieb Hotel <reservas@hotel.example>:",
        "Il giorno lun 23 nov 2026 alle ore 10:00 Hotel ha scritto:",
        "-----Original Message-----",
        "-----Mensaje original-----",
    ],
)
def test_quoted_history_is_cut_in_every_language(quote_header: str) -> None:
    text = f"Somos dos adultos, del 20 al 23.\n\n{quote_header}\n> ¿Para qué fechas?\n> Hotel"
    assert latest_reply(text) == "Somos dos adultos, del 20 al 23."


def test_signature_and_phone_footer_are_cut() -> None:
    assert latest_reply("Vale, reservad.\n-- \nAna\n+34 600 111 222") == "Vale, reservad."
    assert latest_reply("Perfecto\n\nEnviado desde mi iPhone") == "Perfecto"


def test_inline_quote_below_new_text_is_cut_but_leading_quote_is_skipped() -> None:
    assert latest_reply("> ¿Cuántos sois?\nSomos tres") == "Somos tres"
    assert latest_reply("Somos tres\n> ¿Cuántos sois?") == "Somos tres"


def test_mail_becomes_an_incoming_email_message() -> None:
    incoming = incoming_from_mail(
        mail("¿Tenéis habitación doble del 20 al 23 de mayo?", References="<first@example.com>"),
        own_address="reservas@hotel.example",
    )
    assert incoming.channel == "email"
    assert incoming.sender == "ana.garcia@example.com"
    assert incoming.sender_name == "Ana García"
    assert incoming.provider_message_id == "<abc-1@example.com>"
    assert incoming.text == "¿Tenéis habitación doble del 20 al 23 de mayo?"
    assert incoming.subject == "Habitación para mayo"
    assert incoming.thread_key == "<first@example.com>"
    assert incoming.sent_at.isoformat() == "2026-11-24T10:00:00+01:00"


def test_html_only_mail_is_read_as_text() -> None:
    message = EmailMessage()
    message["From"] = "guest@example.com"
    message["Subject"] = "Parking"
    message["Message-ID"] = "<html-1@example.com>"
    message.set_content(
        "<html><head><style>p{}</style></head><body><p>¿Hay parking?</p></body></html>", subtype="html"
    )
    assert incoming_from_mail(bytes(message)).text == "¿Hay parking?"


def test_mail_without_message_id_gets_a_stable_content_key() -> None:
    raw = mail("hola", Message_ID="")
    first = incoming_from_mail(raw).provider_message_id
    assert first == incoming_from_mail(raw).provider_message_id
    assert first.startswith("<sha256-")


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto_Submitted": "auto-replied"},
        {"Precedence": "bulk"},
        {"From": "MAILER-DAEMON@mx.example.com"},
        {"From": "reservas@hotel.example"},
        {"List_Id": "<offers.example.com>"},
    ],
)
def test_automatic_mail_is_ignored(headers: dict[str, str]) -> None:
    with pytest.raises(IgnoredMail):
        incoming_from_mail(mail("Out of office", **headers), own_address="reservas@hotel.example")


def test_mail_urls_are_parsed_with_defaults_and_escapes() -> None:
    imap = parse_mail_url(
        "imaps://hotel%40example.com:p%40ss@mail.example/Reservas", ports=IMAP_PORTS, setting="X"
    )
    assert (imap.host, imap.port, imap.username, imap.password, imap.mailbox) == (
        "mail.example",
        993,
        "hotel@example.com",
        "p@ss",
        "Reservas",
    )
    assert imap.implicit_tls
    smtp = parse_mail_url("smtp+starttls://u:p@mail.example", ports=SMTP_PORTS, setting="X")
    assert smtp.port == 587 and smtp.starttls and not smtp.implicit_tls


def test_choices_are_rendered_as_a_numbered_list() -> None:
    reply = OutgoingReply(
        text="Tenemos:", buttons=(ReplyButton("a", "Doble 240 €"), ReplyButton("b", "Suite 380 €"))
    )
    assert render_text(reply) == "Tenemos:\n\n1. Doble 240 €\n2. Suite 380 €\n"
