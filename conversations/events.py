"""Console events: what staff screens learn about, sent through the channel layer after commit.

Every stored message and every state change of a conversation is published to the group of its
hotel (`hotel_<id>`) only once the transaction that made it has committed, so a screen never shows
what was rolled back. Console screens receive them through `conversations/console/fanout.py`.
"""

from __future__ import annotations

from typing import Any

import structlog
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

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
