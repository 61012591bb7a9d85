"""What the guest reads around a booking: the change summary with the price difference, the phone in
the summary, the confirmation e-mail (said only when sent) and the room type asked for."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.test import override_settings

from conversations.engine.replies import Phrasebook, format_amount
from conversations.engine.tests.chat import EngineChat
from conversations.incoming import Channel
from conversations.models import Message
from conversations.nlu.types import LANGUAGES
from pms_bridge.models import DemoInventory
from reservations.models import QuoteLine, Reservation

pytestmark = pytest.mark.django_db


def _book(chat: EngineChat, *, first: str, name: str, yes: str) -> Reservation:
    chat.says(first)
    chat.says("1")
    chat.says(name)
    chat.says(yes)
    return Reservation.objects.get(conversation_id=chat.conversation.pk)


def _euros(amount: Decimal, language: str) -> str:
    return (
        f"{format_amount(amount, language)} €" if language != "en" else f"€{format_amount(amount, language)}"
    )


def _last_quoted_total(chat: EngineChat, room: str) -> Decimal:
    line = QuoteLine.objects.filter(quote__conversation_id=chat.conversation.pk, room_type_name=room).latest(
        "pk"
    )
    return line.total


def test_change_summary_is_grammatical_and_states_old_new_and_difference_in_spanish(demo_hotel):
    chat = EngineChat(demo_hotel, phone="+34600111401")
    booking = _book(
        chat,
        first="Quiero una doble del 20 al 23 de marzo para 2 personas",
        name="Ana García, ana@example.com",
        yes="sí",
    )
    chat.says("Quiero cambiar las fechas de mi reserva")
    proposal = chat.says("mejor del 20 al 24 de marzo")
    new_total = _last_quoted_total(chat, booking.room_type_name)
    assert new_total > booking.amount  # one night more
    difference = abs(new_total - booking.amount)
    more_or_less = "más" if new_total > booking.amount else "menos"
    assert (
        f"La reserva {booking.reference} ({booking.room_type_name}) quedaría del 20 de marzo de 2027 al 24 de marzo de 2027 (4 noches"
        in proposal
    )
    assert (
        f"Total: {_euros(booking.amount, 'es')} → {_euros(new_total, 'es')}, {_euros(difference, 'es')} {more_or_less}"
        in proposal
    )
    assert " a del " not in proposal and "Cambiaría" not in proposal


def test_change_summary_states_the_difference_in_english(demo_hotel):
    chat = EngineChat(demo_hotel, phone="+34600111402")
    booking = _book(
        chat,
        first="Hello, I would like a double room from 20 to 23 March for 2 people",
        name="Ann Smith, ann@example.com",
        yes="yes",
    )
    chat.says("I would like to change the dates of my booking")
    proposal = chat.says("from 20 to 22 March instead")
    new_total = _last_quoted_total(chat, booking.room_type_name)
    assert new_total < booking.amount  # one night less
    difference = abs(new_total - booking.amount)
    more_or_less = "more" if new_total > booking.amount else "less"
    assert (
        f"Booking {booking.reference} ({booking.room_type_name}) would then run from March 20, 2027 to March 22, 2027 (2 nights"
        in proposal
    )
    assert (
        f"Total: {_euros(booking.amount, 'en')} → {_euros(new_total, 'en')}, {_euros(difference, 'en')} {more_or_less}"
        in proposal
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_change_summary_renders_each_case_in_every_language(demo_hotel, language):
    phrases = Phrasebook(hotel=demo_hotel, language=language)
    common = {"reference": "IFTEALSVU", "room": "Doble", "stay": "X", "total": "322,30 €"}
    more = phrases.say("modify_confirm", old_total="306,90 €", difference="15,40 €", change="more", **common)
    less = phrases.say("modify_confirm", old_total="306,90 €", difference="15,40 €", change="less", **common)
    same = phrases.say("modify_confirm", old_total="322,30 €", difference="0,00 €", change="same", **common)
    unknown = phrases.say("modify_confirm", **common)
    assert "306,90 € → 322,30 €" in more and "15,40 €" in more and more != less
    assert "15,40 €" in less and "0,00 €" not in same and "→" not in unknown and "322,30 €" in unknown


@pytest.mark.parametrize(
    ("check_in", "check_out", "written"),
    [
        ((2027, 5, 8), (2027, 5, 11), "dall'8 maggio all'11 maggio"),
        ((2027, 5, 11), (2027, 5, 18), "dall'11 maggio al 18 maggio"),
        ((2027, 5, 1), (2027, 5, 8), "dal 1 maggio all'8 maggio"),
        ((2027, 5, 18), (2027, 5, 28), "dal 18 maggio al 28 maggio"),
    ],
)
def test_italian_days_eight_and_eleven_take_the_elided_article(demo_hotel, check_in, check_out, written):
    stay = Phrasebook(hotel=demo_hotel, language="it").stay(
        check_in=dt.date(*check_in), check_out=dt.date(*check_out), adults=2, today=dt.date(2027, 1, 4)
    )
    assert stay.startswith(written), stay
    spanish = Phrasebook(hotel=demo_hotel, language="es").stay(
        check_in=dt.date(*check_in), check_out=dt.date(*check_out), adults=2, today=dt.date(2027, 1, 4)
    )
    assert "'" not in spanish


def test_the_phone_asked_for_is_in_the_summary(demo_hotel):
    chat = EngineChat(demo_hotel, phone="webchat-token-phone", channel=Channel.WEBCHAT)
    chat.says("Quiero una doble del 20 al 23 de marzo para 2 personas")
    chat.says("1")
    asked = chat.says("Ana García, ana@example.com")
    assert "teléfono" in asked
    summary = chat.says("+34 600 111 222")
    assert "A nombre de Ana García (ana@example.com, teléfono +34600111222)" in summary


def test_a_whatsapp_summary_does_not_repeat_the_number_the_guest_writes_from(demo_hotel):
    chat = EngineChat(demo_hotel, phone="+34600111403")
    chat.says("Quiero una doble del 20 al 23 de marzo para 2 personas")
    chat.says("1")
    summary = chat.says("Ana García, ana@example.com")
    assert "A nombre de Ana García (ana@example.com)" in summary and "teléfono" not in summary


def test_without_email_configured_the_confirmation_claims_no_email(demo_hotel):
    with override_settings(EMAIL_SMTP_URL="", EMAIL_FROM=""):
        chat = EngineChat(demo_hotel, phone="+34600111404")
        _book(
            chat,
            first="Quiero una doble del 20 al 23 de marzo para 2 personas",
            name="Ana García, ana@example.com",
            yes="sí",
        )
    confirmed = chat.turns[-1].replies[0].text
    assert (
        "Reserva confirmada" in confirmed and "correo" not in confirmed and "ana@example.com" not in confirmed
    )
    assert chat.turns[-1].emails == ()


def test_with_email_configured_the_engine_asks_for_the_confirmation_email(demo_hotel):
    with override_settings(EMAIL_SMTP_URL="smtp://127.0.0.1:2525", EMAIL_FROM="reservas@hotel.example"):
        chat = EngineChat(demo_hotel, phone="+34600111405")
        booking = _book(
            chat,
            first="Quiero una doble del 20 al 23 de marzo para 2 personas",
            name="Ana García, ana@example.com",
            yes="sí",
        )
    confirmed = chat.turns[-1].replies[0].text
    assert "Le hemos enviado la confirmación a ana@example.com." in confirmed
    (email,) = chat.turns[-1].emails
    assert email.to == "ana@example.com" and booking.reference in email.subject
    assert booking.reference in email.text and _euros(booking.amount, "es") in email.text
    assert email.key == f"booking-confirmation:{booking.reference}"


def test_the_room_type_asked_for_comes_first_and_the_others_with_a_reason(demo_hotel):
    chat = EngineChat(demo_hotel, phone="+34600111406")
    offers = chat.says("Quiero una habitación familiar del 20 al 23 de marzo para 2 personas")
    assert "tengo Familiar, como pide" in offers
    first, _, rest = offers.partition("Si prefiere otro tipo de habitación, también tengo:")
    assert "1. Familiar" in first and rest and "Familiar" not in rest
    assert chat.last.replies[0].buttons[0].title == "1. Familiar"


def test_the_room_type_asked_for_not_free_is_said_before_the_others(demo_hotel):
    DemoInventory.objects.filter(room_type__name="Doble").update(rooms=0)
    chat = EngineChat(demo_hotel, phone="+34600111407")
    offers = chat.says("Quiero una habitación doble del 20 al 23 de marzo para 2 personas")
    assert offers.startswith("No nos queda Doble libre del 20 de marzo de 2027 al 23 de marzo de 2027")
    assert "estas sí" in offers and "Doble:" not in offers and "1. " in offers


def test_without_a_room_type_the_offers_read_as_before(demo_hotel):
    chat = EngineChat(demo_hotel, phone="+34600111408")
    offers = chat.says("Quiero una habitación del 20 al 23 de marzo para 2 personas")
    assert (
        offers.startswith("Para su estancia") and "como pide" not in offers and "No nos queda" not in offers
    )


def test_the_confirmation_email_row_is_stored_once(demo_hotel):
    from conversations.engine.types import GuestEmail
    from conversations.services.outbox import guest_email_enqueue

    chat = EngineChat(demo_hotel, phone="+34600111409")
    email = GuestEmail(to="ana@example.com", subject="s", text="t", key="booking-confirmation:ABC")
    first = guest_email_enqueue(conversation=chat.conversation, email=email)
    again = guest_email_enqueue(conversation=chat.conversation, email=email)
    assert first is not None and again is None
    assert Message.objects.filter(idempotency_key="email:booking-confirmation:ABC").count() == 1
    assert first.channel == Channel.EMAIL and (first.outgoing or {}).get("email_to") == "ana@example.com"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Quiero una doble del 20 al 23 de marzo", "double"),
        ("a family room for 4", "family"),
        ("une chambre double", "double"),
        ("ein Einzelzimmer bitte", "single"),
        ("una camera doppia", "double"),
        ("um quarto duplo", "double"),
        ("la junior suite", "suite"),
        ("una habitación con dos camas individuales", ""),  # beds, not a room type
        ("a room with twin beds", ""),
        ("una doble con dos camas individuales", "double"),
        ("una doble o una suite", ""),  # two kinds: no preference to honour
        ("viajo con mi familia", ""),
    ],
)
def test_the_room_type_asked_for_is_read_from_room_words_not_bed_words(text, kind):
    from conversations.engine.room_request import room_kind_asked

    assert room_kind_asked(text) == kind
