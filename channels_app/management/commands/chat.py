"""`python manage.py chat [--lang xx] [--phone +NNN]`: talk to the agent as a WhatsApp guest.

Each line typed takes the same road as a webhook's message (`message_receive` stores it and queues
the conversation's turn; the turn's replies go through the outbox). The terminal stands in for
WhatsApp's servers: the turn and the sends run inline in this process (Celery eager), and its
WhatsApp sender prints each reply instead of posting it to Meta. Typing the number of a
button shown as `[n]` presses that button, as a guest would on the phone.

Only the conversation is printed (the application's log lines with `--verbose`); the command's own
lines are in the guest's language (`--lang`, else the hotel's until the guest's first message, then the
conversation's).
"""

from __future__ import annotations

import logging
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import phonenumbers
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.test import override_settings
from django.utils import timezone

from conversations.incoming import Channel, IncomingMessage, MessageKind, OutgoingReply
from conversations.models import Conversation, ConversationState, Message
from conversations.nlu.types import LANGUAGES
from hotel_agent.hotels.models import Hotel

# The terminal's own words (the agent's come from its catalogue): banner, prompt, state notice.
BANNER = {
    "es": "{hotel}: usted es {phone} en WhatsApp. Escriba su mensaje; Ctrl-D para salir.",
    "en": "{hotel}: you are {phone} on WhatsApp. Type your message; Ctrl-D to leave.",
    "pt": "{hotel}: é o {phone} no WhatsApp. Escreva a sua mensagem; Ctrl-D para sair.",
    "fr": "{hotel} : vous êtes le {phone} sur WhatsApp. Écrivez votre message ; Ctrl-D pour quitter.",
    "de": "{hotel}: Sie sind {phone} auf WhatsApp. Schreiben Sie Ihre Nachricht; Strg-D zum Beenden.",
    "it": "{hotel}: lei è il {phone} su WhatsApp. Scriva il suo messaggio; Ctrl-D per uscire.",
}
PERSON_ANSWERS = {
    "es": "(la conversación la lleva ahora una persona de recepción: el asistente no contesta)",
    "en": "(a person from reception holds the conversation now: the assistant does not answer)",
    "pt": "(a conversa está agora com uma pessoa da receção: o assistente não responde)",
    "fr": "(une personne de la réception a repris la conversation : l'assistant ne répond pas)",
    "de": "(eine Person von der Rezeption führt das Gespräch jetzt: der Assistent antwortet nicht)",
    "it": "(ora la conversazione è in mano a una persona della reception: l'assistente non risponde)",
}
PROMPT = "> "


class Command(BaseCommand):
    help = "A terminal conversation with the agent as a WhatsApp guest (same path as the webhook)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--lang", choices=LANGUAGES, help="the guest's language (default: detected)")
        parser.add_argument("--phone", default="+34600000001", help="the guest's number, E.164")
        parser.add_argument("--hotel", default="", help="hotel slug (default: the first active hotel)")
        parser.add_argument("--verbose", action="store_true", help="print the application's log lines too")

    def handle(self, *args: Any, **options: Any) -> None:
        phone = _e164(options["phone"])
        hotel = _hotel(options["hotel"])
        self._buttons: list[tuple[str, str]] = []
        self._language_fixed = bool(options["lang"])
        self._words = options["lang"] or (
            hotel.default_language if hotel.default_language in BANNER else "en"
        )
        with _logs_only_if(verbose=options["verbose"]), _replies_printed_here(self):
            self._talk(hotel=hotel, phone=phone, language=options["lang"])

    def _talk(self, *, hotel: Hotel, phone: str, language: str | None) -> None:
        if language:
            _preset_language(hotel=hotel, phone=phone, language=language)
        self.stdout.write(BANNER[self._words].format(hotel=hotel.name, phone=phone) + "\n")
        interactive = sys.stdin.isatty()
        while True:
            if interactive:
                self.stdout.write(PROMPT, ending="")
                self.stdout.flush()
            line = sys.stdin.readline()
            if not line:
                break
            text = line.strip()
            if text:
                self._send(hotel=hotel, phone=phone, text=text)

    def _send(self, *, hotel: Hotel, phone: str, text: str) -> None:
        from conversations.services import message_receive

        kind, payload_id, body = MessageKind.TEXT, "", text
        if text.isdigit() and 1 <= int(text) <= len(self._buttons):
            payload_id, body = self._buttons[int(text) - 1]
            kind = MessageKind.BUTTON_REPLY
        self._buttons = []
        incoming = IncomingMessage(
            channel=Channel.WHATSAPP,
            provider_message_id=f"wamid.chat-{uuid.uuid4().hex}",
            sender=phone,
            kind=kind,
            sent_at=timezone.now(),
            text=body,
            payload_id=payload_id,
        )
        message = message_receive(incoming=incoming, hotel=hotel)
        if message is not None:
            state, language = Conversation.objects.values_list("state", "language").get(
                pk=message.conversation_id
            )
            if not self._language_fixed and language in PERSON_ANSWERS:
                self._words = language
            if state != ConversationState.AI:
                self.stdout.write(self.style.WARNING(f"  {PERSON_ANSWERS[self._words]}"))

    def show(self, reply: OutgoingReply) -> None:
        self.stdout.write(self.style.SUCCESS(reply.text))
        for n, button in enumerate(reply.buttons, start=1):
            self.stdout.write(f"  [{n}] {button.title}")
        self._buttons = [(b.id, b.title) for b in reply.buttons]


def _e164(phone: str) -> str:
    try:
        parsed = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException as exc:
        raise CommandError(f"--phone must be an E.164 number like +34600111222, not {phone!r}") from exc
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _hotel(slug: str) -> Hotel:
    hotels = Hotel.objects.filter(active=True).order_by("id")
    hotel = hotels.filter(slug=slug).first() if slug else hotels.first()
    if hotel is None:
        raise CommandError("no hotel: run `make demo` (or `python manage.py load_demo`) first")
    return hotel


def _preset_language(*, hotel: Hotel, phone: str, language: str) -> None:
    from conversations.services import conversation_open_for, guest_for_contact

    guest = guest_for_contact(channel=Channel.WHATSAPP, contact=phone)
    conversation = conversation_open_for(hotel=hotel, guest=guest, channel=Channel.WHATSAPP)
    Conversation.objects.filter(pk=conversation.pk).update(language=language)


@contextmanager
def _logs_only_if(*, verbose: bool) -> Iterator[None]:
    """Without --verbose only errors reach the terminal: the conversation is not interleaved with logs."""
    if verbose:
        yield
        return
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


@contextmanager
def _replies_printed_here(command: Command) -> Iterator[None]:
    """This process's WhatsApp sender is the terminal; the queued turn and sends run here, inline."""
    from channels_app.outbound import plain_sender, sending_through
    from hotel_agent.celery import app

    def print_reply(message: Message) -> str:
        command.show(OutgoingReply.from_payload(message.outgoing or {"text": message.text}))
        return f"wamid.terminal-{message.pk}"

    previous_eager = app.conf.task_always_eager
    app.conf.task_always_eager = True
    try:
        with (
            override_settings(CELERY_EAGER_IN_BACKGROUND=False),
            sending_through(Channel.WHATSAPP, plain_sender(print_reply)),
        ):
            yield
    finally:
        app.conf.task_always_eager = previous_eager
