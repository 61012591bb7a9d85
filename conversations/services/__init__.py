"""Writes to the conversation record. Modules by topic, re-exported here.

`inbound.py`: guest messages in; `outbox.py`: replies out; `handoff.py`: AI → human.
"""

from conversations.services.handoff import conversation_hand_off, publish_state

__all__ = ["conversation_hand_off", "publish_state"]
