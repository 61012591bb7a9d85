"""A guest who says stop gets no more messages the hotel sends first (reservation messages); "start"
or "alta" brings them back. Answers to what the guest writes still go.

Only a message that is the command and nothing else counts ("stop", "STOP!", "baja por favor",
"no más mensajes", "keine Nachrichten mehr"): ordinary dialogue ("para dos personas", "basta con una
doble", "stop at the station") is never read as one. Applied when the message is stored, whoever
holds the conversation; the confirmation is the turn's answer while the AI holds it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import structlog
from django.utils import timezone

from conversations.engine.replies import Phrasebook
from conversations.engine.types import EngineTurn
from conversations.incoming import OutgoingReply
from conversations.models import Conversation, Guest, Message

log = structlog.get_logger(__name__)

STOP = "stop"
START = "start"
# Set on the stored message's `raw` when it changed the guest's choice: its turn confirms it.
RAW_KEY = "_opt_command"

# Whole messages, written without accents, lower case, punctuation and emoji removed. `None`: any
# language (the confirmation then goes in the conversation's).
_STOP_PHRASES: dict[str | None, tuple[str, ...]] = {
    # "Stop promotions" is the quick-reply button Meta adds to marketing templates.
    None: (
        "stop",
        "stopp",
        "unsubscribe",
        "stop all",
        "stop messages",
        "stop promotions",
        "opt out",
        "optout",
    ),
    "es": (
        "baja",
        "darme de baja",
        "dame de baja",
        "dar de baja",
        "de baja",
        "quiero darme de baja",
        "no mas mensajes",
        "no quiero mas mensajes",
        "no me envien mas mensajes",
        "no me mandeis mas mensajes",
        "no me manden mas mensajes",
        "dejen de escribirme",
        "dejad de escribirme",
        "parar",
        "parar mensajes",
        "basta",
        "basta de mensajes",
    ),
    "en": (
        "no more messages",
        "stop messaging me",
        "stop sending me messages",
        "stop sending messages",
        "unsubscribe me",
    ),
    "pt": (
        "parar",
        "nao quero mais mensagens",
        "sem mais mensagens",
        "nao enviem mais mensagens",
        "cancelar inscricao",
        "descadastrar",
        "basta",
        "chega de mensagens",
    ),
    "fr": (
        "arreter",
        "arretez",
        "arretez les messages",
        "desabonner",
        "me desabonner",
        "se desabonner",
        "desinscription",
        "plus de messages",
        "je ne veux plus de messages",
    ),
    "de": (
        "abmelden",
        "abbestellen",
        "keine nachrichten mehr",
        "keine nachrichten",
        "aufhoren",
        "bitte keine nachrichten mehr",
    ),
    "it": (
        "basta",
        "basta messaggi",
        "disiscrivimi",
        "cancellami",
        "non voglio piu messaggi",
        "niente piu messaggi",
        "non mandatemi piu messaggi",
    ),
}
_START_PHRASES: dict[str | None, tuple[str, ...]] = {
    None: ("start", "unstop", "subscribe", "resume"),
    "es": ("alta", "darme de alta", "dame de alta", "dar de alta", "volver a recibir mensajes", "reactivar"),
    "en": ("start again", "resubscribe", "subscribe again"),
    "pt": ("ativar", "reativar", "voltar a receber mensagens"),
    "fr": ("reprendre", "me reabonner", "reabonner"),
    "de": ("anmelden", "wieder anmelden"),
    "it": ("riattiva", "iscrivimi", "riattivare"),
}
# Politeness around a command ("baja, por favor", "STOP please", "bitte abmelden").
_POLITE = re.compile(
    r"\b(por favor|porfa|please|pls|thanks|thank you|gracias|obrigad[oa]|s il vous plait|svp|merci|"
    r"bitte|danke|per favore|grazie|ok|vale)\b"
)


def _normalised(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = re.sub(r"[^\w]+", " ", plain).replace("_", " ")
    return " ".join(_POLITE.sub(" ", words).split())


def _index(phrases: dict[str | None, tuple[str, ...]]) -> dict[str, str | None]:
    index: dict[str, str | None] = {}
    for language, words in phrases.items():
        for phrase in words:
            # A phrase two languages share ("basta", "parar") names no language of its own.
            index[phrase] = language if index.get(phrase, language) == language else None
    return index


_STOP_INDEX = _index(_STOP_PHRASES)
_START_INDEX = _index(_START_PHRASES)


@dataclass(frozen=True)
class OptCommand:
    action: str  # STOP or START
    language: str | None  # the language the words belong to, when only one


def opt_command(text: str) -> OptCommand | None:
    """The opt-out or opt-in command `text` is, or None for anything else."""
    if not text or len(text) > 80:
        return None
    phrase = _normalised(text)
    if phrase in _STOP_INDEX:
        return OptCommand(STOP, _STOP_INDEX[phrase])
    if phrase in _START_INDEX:
        return OptCommand(START, _START_INDEX[phrase])
    return None


def guest_opt_apply(*, guest: Guest, message: Message) -> str:
    """Apply the command `message` is (inside its store transaction); returns the action or ""."""
    command = opt_command(message.text)
    if command is None:
        return ""
    if command.action == START and not guest.opted_out:
        return ""  # "start" from a guest who never said stop is ordinary dialogue
    opted_out = command.action == STOP
    now = timezone.now()
    Guest.objects.filter(pk=guest.pk).update(
        opted_out=opted_out, opted_out_at=now if opted_out else None, updated_at=now
    )
    guest.opted_out, guest.opted_out_at = opted_out, now if opted_out else None
    Message.objects.filter(pk=message.pk).update(raw={**message.raw, RAW_KEY: command.action})
    message.raw = {**message.raw, RAW_KEY: command.action}
    log.info("guest.opt_" + command.action, guest=guest.masked_contact(), message_id=message.pk)
    return command.action


def opt_confirmation_turn(*, conversation: Conversation, message: Message) -> EngineTurn | None:
    """The turn that answers a stored opt-out/opt-in command: a polite confirmation in the guest's
    language; None when `message` is not one (the engine answers it)."""
    action = (message.raw or {}).get(RAW_KEY)
    if action not in (STOP, START):
        return None
    command = opt_command(message.text)
    language = (
        (command.language if command else None)
        or conversation.language
        or conversation.hotel.default_language
    )
    book = Phrasebook.of_conversation(conversation, language=language)
    text = book.say("opt_out_confirmed" if action == STOP else "opt_in_confirmed")
    return EngineTurn(
        dialogue_state=conversation.dialogue_state,
        language=book.language,
        replies=(OutgoingReply(text=text),),
        understanding={"opt": action},
    )


__all__ = [
    "RAW_KEY",
    "START",
    "STOP",
    "OptCommand",
    "guest_opt_apply",
    "opt_command",
    "opt_confirmation_turn",
]
