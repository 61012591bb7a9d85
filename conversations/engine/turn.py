"""Everything one engine turn works with, and the replies it collects (at most two messages)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from conversations.engine.frame import DialogueFrame
from conversations.engine.replies import Phrasebook
from conversations.engine.types import GuestEmail
from conversations.incoming import OutgoingReply, ReplyButton
from conversations.nlu.types import Understanding
from hotel_agent.hotels.models import Hotel

if TYPE_CHECKING:
    from conversations.models import Conversation, Message

MAX_REPLIES = 2


@dataclass
class Turn:
    hotel: Hotel
    conversation: Conversation
    message: Message
    frame: DialogueFrame
    phrases: Phrasebook
    today: dt.date
    understanding: Understanding
    payload_id: str = ""  # the button or list row the guest pressed
    guest_phone: str = ""  # E.164 when the channel knows it
    fact_before: int | None = None  # the one fact told in the guest's previous turn
    replies: list[OutgoingReply] = field(default_factory=list)
    handoff_reason: str | None = None
    handoff_summary: str = ""
    progress: bool = False  # something moved forward this turn (a slot, a stage, an answer)
    facts: list[str] = field(default_factory=list)  # the rendered facts of this turn (for the LLM check)
    emails: list[GuestEmail] = field(default_factory=list)  # e.g. the booking confirmation

    # --- replies ------------------------------------------------------------------------------
    def say(self, key: str, *, buttons: tuple[ReplyButton, ...] = (), **context: Any) -> None:
        self.add(OutgoingReply(text=self.phrases.say(key, **context), buttons=buttons))

    def tell_facts(self, text: str, *, buttons: tuple[ReplyButton, ...] = ()) -> None:
        """A reply stating prices, dates or a booking's terms, kept in `facts` for the LLM check."""
        self.facts.append(text)
        self.add(OutgoingReply(text=text, buttons=buttons))

    def add(self, reply: OutgoingReply) -> None:
        if len(self.replies) >= MAX_REPLIES:
            # Merge into the last message rather than send a third one (one turn, one answer).
            last = self.replies.pop()
            reply = OutgoingReply(
                text=f"{last.text}\n\n{reply.text}",
                buttons=reply.buttons or last.buttons,
                list_rows=reply.list_rows or last.list_rows,
                list_button_label=reply.list_button_label,
            )
        self.replies.append(reply)

    def prepend_text(self, text: str) -> None:
        """Put a sentence before the first reply (e.g. "the price changed" before the new offers)."""
        if self.replies:
            first = self.replies[0]
            self.replies[0] = OutgoingReply(
                text=f"{text}\n\n{first.text}",
                buttons=first.buttons,
                list_rows=first.list_rows,
                list_button_label=first.list_button_label,
            )
        else:
            self.replies.append(OutgoingReply(text=text))

    def hand_off(self, reason: str, summary: str = "", *, intro_key: str | None = None) -> None:
        from conversations.engine.policies import handoff_message

        self.handoff_reason = reason
        self.handoff_summary = summary or reason
        self.add(
            OutgoingReply(text=handoff_message(phrases=self.phrases, reason=reason, intro_key=intro_key))
        )

    def yes_no_buttons(self, yes_key: str, no_key: str) -> tuple[ReplyButton, ...]:
        return (
            ReplyButton(id="yes", title=self.phrases.button_title(yes_key)),
            ReplyButton(id="no", title=self.phrases.button_title(no_key)),
        )

    @property
    def language(self) -> str:
        return self.phrases.language
