"""Console events: what staff screens learn about, sent through the channel layer after commit.

Every stored message and every state change of a conversation is published to the group of its
hotel (`hotel_<id>`) only once the transaction that made it has committed, so a screen never shows
what was rolled back. Console screens receive them through `conversations/console/fanout.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import structlog
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

if TYPE_CHECKING:
    from conversations.models import Conversation, Message

log = structlog.get_logger(__name__)


def hotel_group(hotel_id: int) -> str:
    return f"hotel_{hotel_id}"


def publish_on_commit(*, hotel_id: int, conversation_id: int, event: str, data: dict[str, Any]) -> None:
    """Queue `event` for the hotel's group once the current transaction commits.

    The consumer receives `{"type": "console.event", "event": event, "conversation_id": ..., "data": data}`.
    """
    message = {"type": "console.event", "event": event, "conversation_id": conversation_id, "data": data}

    def send() -> None:
        layer = get_channel_layer()
        if layer is None:
            return
        try:
            async_to_sync(layer.group_send)(hotel_group(hotel_id), message)
        except Exception:  # the console catches up on reload; never fail the guest's turn for it
            log.warning(
                "console.event_not_sent", console_event=event, conversation_id=conversation_id, exc_info=True
            )

    transaction.on_commit(send)


def message_payload(message: Message) -> dict[str, Any]:
    """What the console shows of a message (the `message.created` event's data)."""
    return {
        "id": message.pk,
        "direction": message.direction,
        "author": message.author,
        "kind": message.kind,
        "text": message.text,
        "status": message.status,
        "staff_user": message.staff_user_id,
        "created_at": message.created_at.isoformat() if message.created_at else None,
        "payload_id": message.payload_id,
        "media": message.media,
        "reaction_emoji": message.reaction_emoji,
        # A guest message waits for an answer until the AI's turn or a staff reply marks it handled.
        "unanswered": message.direction == "in" and message.handled_at is None,
    }


def publish_message_created(*, message: Message, conversation: Conversation) -> None:
    publish_on_commit(
        hotel_id=conversation.hotel_id,
        conversation_id=conversation.pk,
        event="message.created",
        data=message_payload(message),
    )
