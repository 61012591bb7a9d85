"""Writes to the conversation record. Modules by topic, re-exported here.

`inbound.py`: guest messages in and their turns; `outbox.py`: replies enqueued (the channels app sends them);
`handoff.py`: AI → human.
"""

from conversations.services.handoff import conversation_hand_off, publish_state
from conversations.services.inbound import (
    IncomingRefused,
    conversation_open_for,
    conversation_take_turns,
    guest_for_contact,
    message_receive,
    turn_queue,
)
from conversations.services.outbox import reply_enqueue

__all__ = [
    "IncomingRefused",
    "conversation_hand_off",
    "conversation_open_for",
    "conversation_take_turns",
    "guest_for_contact",
    "message_receive",
    "publish_state",
    "reply_enqueue",
    "turn_queue",
]
