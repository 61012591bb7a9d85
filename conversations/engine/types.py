"""What one engine turn produces for the conversation record to store and send."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_lazy as _

from conversations.incoming import OutgoingReply


class HandoffReason:
    """Why a conversation went to a human; the label of `hotel_agent_handoffs_total{reason}`."""

    EXPLICIT_REQUEST = "explicit_request"
    COMPLAINT = "complaint"
    REFUND_DISPUTE = "refund_dispute"
    GROUP_SIZE = "group_size"
    LOW_CONFIDENCE = "low_confidence"
    NO_PROGRESS = "no_progress"
    PMS_UNAVAILABLE = "pms_unavailable"
    STAFF_TAKEOVER = "staff_takeover"  # a receptionist took over on their own initiative
    ENGINE_ERROR = "engine_error"  # the engine raised: a human answers rather than nobody
    UNKNOWN_QUESTION = "unknown_question"  # no fact answers it, or the same question came again
    CHOICES = [
        (EXPLICIT_REQUEST, _("guest asked for a person")),
        (COMPLAINT, _("complaint")),
        (REFUND_DISPUTE, _("refund or money dispute")),
        (GROUP_SIZE, _("group above the hotel's size")),
        (LOW_CONFIDENCE, _("not understood twice")),
        (NO_PROGRESS, _("three turns without progress")),
        (PMS_UNAVAILABLE, _("PMS unavailable for a write")),
        (STAFF_TAKEOVER, _("taken over by staff")),
        (ENGINE_ERROR, _("the agent failed on this message")),
        (UNKNOWN_QUESTION, _("a question the agent has no answer for")),
    ]


@dataclass(frozen=True)
class GuestEmail:
    """An e-mail to the guest besides the replies (a booking confirmation), sent once per `key`."""

    to: str
    subject: str
    text: str
    key: str


@dataclass(frozen=True)
class EngineTurn:
    """The engine's decision on one guest message: at most two replies, maybe a handoff, and the
    conversation's memory and language after it. The record stores it; the engine changes nothing."""

    dialogue_state: dict[str, Any]
    language: str
    replies: tuple[OutgoingReply, ...] = ()
    handoff_reason: str | None = None  # hand the conversation to a human after these replies
    handoff_summary: str = ""  # what the receptionist should know, shown in the console
    understanding: dict[str, Any] = field(default_factory=dict)  # shown in the console ("AI's understanding")
    emails: tuple[GuestEmail, ...] = ()  # sent through the e-mail channel's outbox, whatever the channel
    voice_reply: bool = False  # the replies' text also goes out spoken (the guest asked, or only speaks)
