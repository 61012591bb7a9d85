"""A guest message that cannot be stored: kept with its raw event for staff, and the guest told.

Sanitising (`text_storable`) makes almost every message storable; what is left (the database still
refuses it, or a channel's raw event cannot be read as a message at all) must not vanish: the raw
event is recorded once per message (`UnstoredMessage.key`, so redeliveries and retries add nothing),
and when we know who wrote, the guest gets one polite reply in their language asking to write again.
While a person holds the conversation the AI stays quiet: the receptionist sees the record instead.
"""

from __future__ import annotations

import json
from typing import Any

import structlog
from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone

from conversations.engine.replies import Phrasebook
from conversations.incoming import OutgoingReply, text_storable
from conversations.models import Author, Conversation, ConversationState, UnstoredMessage
from conversations.nlu.language import detect
from conversations.services.inbound import SENDER_MAX_CHARS, conversation_open_for, guest_for_contact
from conversations.services.outbox import reply_enqueue
from hotel_agent.hotels.models import Hotel
from hotel_agent.metrics import INBOUND_REFUSED

log = structlog.get_logger(__name__)

RAW_MAX_CHARS = 64 * 1024


def _raw_text(raw: Any) -> str:
    """The raw event as escaped JSON: NULs and lone surrogates become `\\u` escapes, never lost."""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "backslashreplace")
    text = json.dumps(raw, ensure_ascii=True, default=repr, indent=1)
    return text[:RAW_MAX_CHARS]


def message_unstored_record(
    *,
    hotel: Hotel,
    channel: str,
    key: str,
    reason: str,
    raw: Any,
    sender: str = "",
    text: str = "",
) -> UnstoredMessage | None:
    """Record a message that could not be stored and tell its guest (when `sender` says who).

    `key` names the message for good (e.g. the event and its position): a second call with it
    records and sends nothing and returns None. `text` is what could be read of the message, only
    to pick the reply's language.
    """
    sender = text_storable(sender).strip()
    with transaction.atomic():
        try:
            with transaction.atomic():
                record = UnstoredMessage.objects.create(
                    hotel=hotel,
                    channel=channel,
                    key=text_storable(key)[:255],
                    sender=sender[:255],
                    reason=text_storable(reason)[:500],
                    raw=_raw_text(raw),
                )
        except IntegrityError:
            return None  # recorded (and the guest told) by an earlier attempt
        INBOUND_REFUSED.labels(channel=channel, reason="not_stored").inc()
        log.warning("message.not_stored", channel=channel, hotel_id=hotel.pk, record_id=record.pk)
        if sender and len(sender) <= SENDER_MAX_CHARS.get(channel, 0):
            _tell_guest(record=record, hotel=hotel, channel=channel, sender=sender, text=text)
    return record


def _tell_guest(*, record: UnstoredMessage, hotel: Hotel, channel: str, sender: str, text: str) -> None:
    try:
        with transaction.atomic():
            guest = guest_for_contact(channel=channel, contact=sender)
            conversation = conversation_open_for(hotel=hotel, guest=guest, channel=channel)
            # The guest did write just now: WhatsApp's 24-hour window is open for the reply.
            now = timezone.now()
            Conversation.objects.filter(pk=conversation.pk).update(
                last_inbound_at=now, last_message_at=now, updated_at=now
            )
            conversation.last_inbound_at = now
            record.conversation = conversation
            told = conversation.state == ConversationState.AI
            if told:
                language = detect(
                    text_storable(text),
                    conversation_language=conversation.language or None,
                    default_language=hotel.default_language,
                )
                sorry = Phrasebook(hotel=hotel, language=language).say("message_not_stored")
                reply_enqueue(
                    conversation=conversation, replies=[OutgoingReply(text=sorry)], author=Author.AI
                )
            record.guest_told = told
            record.save(update_fields=["conversation", "guest_told"])
    except DatabaseError:
        # The guest's contact itself could not be stored: the record stays for staff, unanswered.
        log.warning("message.not_stored_guest_unknown", record_id=record.pk, exc_info=True)
