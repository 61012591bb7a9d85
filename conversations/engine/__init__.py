"""The conversation engine (the receptionist). See docs/SEAMS.md.

`respond(*, conversation, message) -> EngineTurn` is the one entry point; the record
(`conversations.services`) calls it inside the conversation's lock while the AI holds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from conversations.engine.types import EngineTurn, HandoffReason

if TYPE_CHECKING:
    from conversations.models import Conversation, Message

__all__ = ["EngineTurn", "HandoffReason", "respond"]


def respond(*, conversation: Conversation, message: Message, **kwargs: Any) -> EngineTurn:
    from conversations.engine.receptionist import respond as receptionist_respond

    return receptionist_respond(conversation=conversation, message=message, **kwargs)
