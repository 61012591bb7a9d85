"""Opting out of the hotel's own messages: "stop" in six languages, a polite confirmation, a way back in,
and ordinary dialogue left alone."""

from __future__ import annotations

import itertools

import pytest
from django.utils import timezone

from conversations.incoming import Channel, IncomingMessage, MessageKind
from conversations.models import ConversationState, Direction, Guest, Message
from conversations.services import conversation_take_turns, message_receive
from conversations.services.opt_out import START, STOP, opt_command
from conversations.tests.factories import HotelFactory
from hotel_agent.hotels.models import Hotel
from tests.support.engine import RecordingEngine

PHONE = "+34600765432"
_ids = itertools.count()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("stop", None),
        ("STOP", None),
        ("Stop!", None),
        ("stop please", None),
        ("unsubscribe", None),
        ("Baja", "es"),
        ("baja, por favor", "es"),
        ("No más mensajes", "es"),
        ("no quiero más mensajes, gracias", "es"),
        ("darme de baja", "es"),
        ("parar", None),  # Spanish and Portuguese
        ("basta", None),  # Spanish, Portuguese and Italian
        ("no more messages", "en"),
        ("não quero mais mensagens", "pt"),
        ("arrêter", "fr"),
        ("Arrêtez les messages s'il vous plaît", "fr"),
        ("se désabonner", "fr"),
        ("stopp", None),
        ("Keine Nachrichten mehr", "de"),
        ("bitte abmelden", "de"),
        ("basta messaggi", "it"),
        ("non voglio più messaggi", "it"),
        ("🛑 STOP 🛑", None),
        ("Stop promotions", None),
    ],
)
def test_stop_in_six_languages_is_an_opt_out(text: str, language: str | None) -> None:
    command = opt_command(text)
    assert command is not None and command.action == STOP
    assert command.language == language


@pytest.mark.parametrize(
    "text",
    [
        "para dos personas",
        "parar en la estación",
        "basta con una doble",
        "basta così, grazie",
        "stop at the station first",
        "no",
        "no gracias",
        "Keine Nachricht von Ihnen bekommen",
        "quiero la baja de mi reserva 1234 y otra fecha",
        "¿a qué hora es el check-in?",
        "",
    ],
)
def test_ordinary_dialogue_is_not_an_opt_out(text: str) -> None:
    assert opt_command(text) is None


@pytest.mark.parametrize("text", ["start", "ALTA", "darme de alta", "riattiva", "wieder anmelden"])
def test_start_and_alta_are_opt_ins(text: str) -> None:
    command = opt_command(text)
    assert command is not None and command.action == START


def _receive(hotel: Hotel, text: str) -> Message | None:
    return message_receive(
        incoming=IncomingMessage(
            channel=Channel.WHATSAPP,
            provider_message_id=f"wamid.optout.{next(_ids)}",
            sender=PHONE,
            kind=MessageKind.TEXT,
            sent_at=timezone.now(),
            text=text,
        ),
        hotel=hotel,
    )


def _last_reply(conversation_id: int) -> Message:
    return Message.objects.filter(conversation_id=conversation_id, direction=Direction.OUT).latest("pk")


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch) -> RecordingEngine:
    recording = RecordingEngine()
    monkeypatch.setattr("conversations.engine.respond", recording.respond)
    return recording


@pytest.mark.django_db
def test_baja_opts_out_with_a_polite_confirmation_and_alta_opts_back_in(engine: RecordingEngine) -> None:
    hotel = HotelFactory.create(default_language="es")
    message = _receive(hotel, "Baja, por favor")
    assert message is not None
    guest = Guest.objects.get(phone=PHONE)
    assert guest.opted_out and guest.opted_out_at is not None
    conversation_take_turns(conversation_id=message.conversation_id)
    assert engine.calls == []  # the command is answered without the receptionist
    reply = _last_reply(message.conversation_id)
    assert reply.text.startswith("Entendido: no le enviaremos más avisos automáticos.")
    assert "ALTA" in reply.text

    again = _receive(hotel, "ALTA")
    assert again is not None
    conversation_take_turns(conversation_id=again.conversation_id)
    guest.refresh_from_db()
    assert not guest.opted_out and guest.opted_out_at is None
    assert _last_reply(again.conversation_id).text.startswith("Hecho: volverá a recibir nuestros avisos")
    assert engine.calls == []


@pytest.mark.django_db
def test_the_confirmation_is_in_the_language_of_the_words(engine: RecordingEngine) -> None:
    hotel = HotelFactory.create(default_language="es")
    message = _receive(hotel, "Keine Nachrichten mehr")
    assert message is not None
    conversation_take_turns(conversation_id=message.conversation_id)
    assert _last_reply(message.conversation_id).text.startswith("Verstanden: Wir senden Ihnen keine")


@pytest.mark.django_db
def test_ordinary_messages_and_start_without_a_stop_go_to_the_receptionist(engine: RecordingEngine) -> None:
    hotel = HotelFactory.create(default_language="es")
    for text in ("para dos personas", "start"):
        message = _receive(hotel, text)
        assert message is not None
        conversation_take_turns(conversation_id=message.conversation_id)
    assert [call[3] for call in engine.calls] == ["para dos personas", "start"]
    assert not Guest.objects.get(phone=PHONE).opted_out


@pytest.mark.django_db
def test_stop_counts_even_while_a_person_holds_the_conversation(engine: RecordingEngine) -> None:
    hotel = HotelFactory.create(default_language="es")
    first = _receive(hotel, "hola")
    assert first is not None
    conversation_take_turns(conversation_id=first.conversation_id)
    first.conversation.__class__.objects.filter(pk=first.conversation_id).update(
        state=ConversationState.HUMAN
    )
    replies_before = Message.objects.filter(direction=Direction.OUT).count()
    stop = _receive(hotel, "stop")
    assert stop is not None
    conversation_take_turns(conversation_id=stop.conversation_id)
    assert Guest.objects.get(phone=PHONE).opted_out
    # The agent says nothing while a person holds it; the receptionist sees the message.
    assert Message.objects.filter(direction=Direction.OUT).count() == replies_before
