"""The conversation record. Models live in modules by topic; import them from here.

`records.py`: guests, conversations and messages (raw webhook events live in `channels_app.models`).
`console.py`: staff actions (internal notes, take over, hand back, close) and canned replies.
`knowledge.py`: the hotel's facts, its unanswered questions and staff overrides of reply sentences.
`unstored.py`: guest messages that could not be stored, with their raw event.
"""

from conversations.models.console import CannedReply, StaffAction, StaffActionKind
from conversations.models.knowledge import (
    Fact,
    FactSource,
    FactText,
    PriceUnit,
    ReplyTemplate,
    UnansweredQuestion,
)
from conversations.models.records import (
    Author,
    Conversation,
    ConversationState,
    DeliveryStatus,
    Direction,
    Guest,
    Message,
    SpeechStatus,
)
from conversations.models.unstored import UnstoredMessage
from conversations.replay.models import ReplayConversation, ReplayMark, ReplayRun, ReplayTurn

__all__ = [
    "Author",
    "CannedReply",
    "Conversation",
    "ConversationState",
    "DeliveryStatus",
    "Direction",
    "Fact",
    "FactSource",
    "FactText",
    "Guest",
    "Message",
    "PriceUnit",
    "ReplayConversation",
    "ReplayMark",
    "ReplayRun",
    "ReplayTurn",
    "ReplyTemplate",
    "SpeechStatus",
    "StaffAction",
    "StaffActionKind",
    "UnansweredQuestion",
    "UnstoredMessage",
]
