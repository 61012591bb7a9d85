"""Voice notes in the dialogue: the polite request when one cannot be read, and when to answer by voice.

A transcribed voice note is read like typed text (`receptionist.respond`); this module decides the
rest: a note that is too long, silent, unreadable or not transcribed (no engine) gets a request to
write, in the conversation's language, and a person takes over when it happens twice in a row. The
answer is also spoken when the guest asked for audio, or when the hotel answers by voice guests who
have only sent voice notes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from django.conf import settings

from conversations.engine.frame import DialogueFrame
from conversations.engine.policies import handoff_message
from conversations.engine.replies import Phrasebook
from conversations.engine.types import EngineTurn, HandoffReason
from conversations.incoming import MessageKind, OutgoingReply
from conversations.models import SpeechStatus

if TYPE_CHECKING:
    from conversations.models import Conversation, Message

UNUSABLE_IN_A_ROW_FOR_HANDOFF = 2
REQUEST_KEYS: dict[str, str] = {
    SpeechStatus.TOO_LONG: "voice_note_too_long",
    SpeechStatus.SILENT: "voice_note_silent",
    SpeechStatus.UNREADABLE: "voice_note_unreadable",
}
DEFAULT_REQUEST_KEY = "voice_note_not_transcribed"  # no engine, the engine failed, or an empty transcript

# A guest asking to be answered by voice, in the six languages (understanding data, not guest-facing).
_VOICE_REQUEST = re.compile(
    r"\b(?:(?:en|por|con|un|una|mediante)\s+(?:un\s+)?(?:audio|nota de voz|mensaje de voz|notas de voz|audios)|"
    r"resp[oó]nd\w*\s+(?:con|en|por)\s+(?:audio|voz)|"
    r"(?:voice|audio)\s+(?:note|message|reply|replies|messages|notes)|by voice|"
    r"(?:send|answer|reply)\s+(?:me\s+)?(?:an?\s+)?(?:audio|voice)|"
    r"(?:em|por|com|um)\s+(?:áudio|audio|mensagem de voz|nota de voz)|"
    r"(?:message|note|réponse)s?\s+vocale?s?|par\s+(?:la\s+)?voix|en\s+audio|"
    r"sprachnachricht\w*|sprachmemo\w*|per\s+sprache|als\s+audio|"
    r"(?:messaggio|nota|messaggi|risposta)\s+vocal[ei]|in\s+audio|con\s+un\s+vocale)",
    re.IGNORECASE,
)


def asks_for_voice(text: str) -> bool:
    return bool(_VOICE_REQUEST.search(text or ""))


def is_unusable_voice_note(message: Message) -> bool:
    """A guest's voice note the engine cannot read (no transcript, or an empty one)."""
    return message.kind == MessageKind.AUDIO and not (message.text or "").strip()


def unusable_voice_note_turn(
    *, conversation: Conversation, message: Message, frame: DialogueFrame, language: str
) -> EngineTurn:
    """The polite request to write (in the conversation's language), or a person on the second time."""
    phrases = Phrasebook.of_conversation(conversation, language=language)
    frame.unusable_voice_notes += 1
    frame.expecting = ""
    status = message.speech_status
    if frame.unusable_voice_notes >= UNUSABLE_IN_A_ROW_FOR_HANDOFF:
        frame.unusable_voice_notes = 0
        text = handoff_message(
            phrases=phrases, reason=HandoffReason.LOW_CONFIDENCE, intro_key="handoff_intro_voice_notes"
        )
        return EngineTurn(
            dialogue_state=frame.to_state(),
            language=phrases.language,
            replies=(OutgoingReply(text=text),),
            handoff_reason=HandoffReason.LOW_CONFIDENCE,
            handoff_summary=f"voice notes the agent could not use ({status or 'no transcript'}), twice",
            understanding={"voice_note": status or "no_transcript"},
            voice_reply=speak_reply(conversation=conversation, message=message, frame=frame),
        )
    key = REQUEST_KEYS.get(status, DEFAULT_REQUEST_KEY)
    minutes = max(1, round(settings.SPEECH_MAX_SECONDS / 60))
    return EngineTurn(
        dialogue_state=frame.to_state(),
        language=phrases.language,
        replies=(OutgoingReply(text=phrases.say(key, minutes=minutes)),),
        understanding={"voice_note": status or "no_transcript"},
        voice_reply=speak_reply(conversation=conversation, message=message, frame=frame),
    )


def note_readable_message(*, message: Message, frame: DialogueFrame) -> None:
    """What a readable message tells the frame: the unusable streak ends; typing and asking for audio."""
    frame.unusable_voice_notes = 0
    if message.kind != MessageKind.AUDIO:
        frame.typed = True
    if asks_for_voice(message.text or ""):
        frame.voice_replies = True


def speak_reply(*, conversation: Conversation, message: Message, frame: DialogueFrame) -> bool:
    """Whether this turn's answer is also spoken."""
    if frame.voice_replies:
        return True
    return bool(
        conversation.hotel.voice_replies_to_voice_guests
        and message.kind == MessageKind.AUDIO
        and not frame.typed
    )
