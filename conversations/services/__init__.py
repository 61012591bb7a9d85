"""Writes to the conversation record. Modules by topic, re-exported here.

`inbound.py`: guest messages in; `outbox.py`: replies out and their delivery statuses;
`handoff.py`: AI → human.
"""

from conversations.services.handoff import conversation_hand_off, publish_state
from conversations.services.inbound import (
    conversation_open_for,
    conversation_take_turns,
    guest_for_contact,
    message_receive,
    publish_message_created,
)
from conversations.services.outbox import (
    message_status_apply,
    outbox_claim,
    outbox_mark_failed,
    outbox_mark_sent,
    outbox_pending_count,
    outbox_replace,
    outbox_retry_later,
    reply_enqueue,
)

__all__ = [
    "conversation_hand_off",
    "conversation_open_for",
    "conversation_take_turns",
    "guest_for_contact",
    "message_receive",
    "message_status_apply",
    "outbox_claim",
    "outbox_mark_failed",
    "outbox_mark_sent",
    "outbox_pending_count",
    "outbox_replace",
    "outbox_retry_later",
    "publish_message_created",
    "publish_state",
    "reply_enqueue",
]
