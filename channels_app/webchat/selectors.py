from __future__ import annotations

from typing import Any

from conversations.engine.replies import Phrasebook
from conversations.incoming import Channel
from conversations.models import Author, Conversation, Direction, Message
from conversations.services.staff_notices import staff_label
from hotel_agent.hotels.models import Hotel

HISTORY_LIMIT = 100


def webchat_hotel(*, slug: str | None) -> Hotel | None:
    """The hotel a chat page talks to: the one named, or the first active one."""
    hotels = Hotel.objects.filter(active=True)
    if slug:
        return hotels.filter(slug=slug).first()
    return hotels.order_by("pk").first()


def webchat_history(*, hotel: Hotel, token: str) -> list[dict[str, Any]]:
    """What the guest sees again after a reload: their latest conversation's messages, oldest first."""
    conversation = (
        Conversation.objects.filter(hotel=hotel, channel=Channel.WEBCHAT, guest__webchat_session=token)
        .order_by("-created_at", "-id")
        .first()
    )
    if conversation is None:
        return []
    # Only what this channel carried: not e.g. the booking confirmation e-mailed from this conversation.
    messages = (
        conversation.messages.filter(channel=Channel.WEBCHAT)
        .select_related("staff_user")
        .order_by("-created_at", "-id")[:HISTORY_LIMIT]
    )
    phrases = Phrasebook.of_conversation(conversation)
    return [chat_message_payload(m, phrases=phrases) for m in reversed(list(messages))]


def chat_message_payload(message: Message, *, phrases: Phrasebook | None = None) -> dict[str, Any]:
    """A message as the guest page draws it; buttons and list rows become buttons.

    `label` names who wrote an answer ("Laura · Recepción", "Asistente virtual"); the system's
    notices (a person joined or left) have none and are drawn as notices, not bubbles.
    """
    outgoing = message.outgoing or {}
    if phrases is None and message.direction == Direction.OUT and message.author != Author.SYSTEM:
        conversation = message.conversation
        phrases = Phrasebook.of_conversation(conversation)
    label = (
        staff_label(phrases=phrases, message=message)
        if phrases and message.direction == Direction.OUT
        else ""
    )
    buttons = [{"id": b["id"], "title": b["title"]} for b in outgoing.get("buttons", [])]
    buttons += [{"id": r["id"], "title": r["title"]} for r in outgoing.get("list_rows", [])]
    return {
        "id": message.pk,
        "from": "guest" if message.direction == Direction.IN else "hotel",
        "author": message.author,
        "label": label,
        "status": message.status,
        "text": message.text,
        "buttons": buttons,
        "at": message.created_at.isoformat(),
    }
