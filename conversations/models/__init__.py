"""The conversation record. Models live in modules by topic; import them from here.

`records.py`: guests, conversations, messages and raw inbound events.
"""

from conversations.models.records import (
    Author,
    Conversation,
    ConversationState,
    DeliveryStatus,
    Direction,
    Guest,
    InboundEvent,
    InboundEventStatus,
    Message,
)

__all__ = [
    "Author",
    "Conversation",
    "ConversationState",
    "DeliveryStatus",
    "Direction",
    "Guest",
    "InboundEvent",
    "InboundEventStatus",
    "Message",
]
