"""A guest talking to the engine in tests: each message stored as the record would, answered by `respond`.

`EngineChat` drives the engine directly (fast, for dialogue rules); the end-to-end conversations
drive the signed webhook instead (`conversations/engine/tests/webhook_chat.py`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from conversations.engine import EngineTurn, respond
from conversations.incoming import Channel, MessageKind, OutgoingReply
from conversations.models import Author, Conversation, DeliveryStatus, Direction, Guest, Message
from hotel_agent.hotels.models import Hotel
from reservations.models import QuoteLine

_ids = itertools.count(1)
# An amount as the catalogue writes it: 308,00 € / €308.00 (two decimals, no grouping).
AMOUNT = re.compile(r"[€$£]\s?(\d+[.,]\d{2})|(\d+[.,]\d{2})\s?[€$£]")


@dataclass
class EngineChat:
    hotel: Hotel
    phone: str = "+34600111222"
    channel: str = Channel.WHATSAPP
    turns: list[EngineTurn] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.channel == Channel.WHATSAPP:
            guest, _ = Guest.objects.get_or_create(phone=self.phone)
        else:
            guest, _ = Guest.objects.get_or_create(webchat_session=self.phone)
        self.conversation, _ = Conversation.objects.get_or_create(
            hotel=self.hotel, guest=guest, channel=self.channel
        )

    def _turn(self, *, text: str, kind: str = MessageKind.TEXT, payload_id: str = "") -> list[OutgoingReply]:
        message = Message.objects.create(
            conversation=self.conversation,
            channel=self.channel,
            direction=Direction.IN,
            provider_message_id=f"engine-test-{next(_ids)}",
            kind=kind,
            text=text,
            payload_id=payload_id,
            status=DeliveryStatus.RECEIVED,
            author=Author.GUEST,
        )
        turn = respond(conversation=self.conversation, message=message)  # no transaction, as the record
        # What the record does with the decision: the engine itself changes nothing it was given.
        self.conversation.dialogue_state, self.conversation.language = turn.dialogue_state, turn.language
        Conversation.objects.filter(pk=self.conversation.pk).update(
            dialogue_state=turn.dialogue_state, language=turn.language
        )
        self.turns.append(turn)
        assert len(turn.replies) <= 2, "one turn, one answer: at most two messages"
        return list(turn.replies)

    def says(self, text: str) -> str:
        return "\n".join(reply.text for reply in self._turn(text=text))

    def replies_to(self, text: str) -> list[OutgoingReply]:
        return self._turn(text=text)

    def presses(self, payload_id: str, title: str = "") -> str:
        return "\n".join(
            r.text
            for r in self._turn(
                text=title or payload_id, kind=MessageKind.BUTTON_REPLY, payload_id=payload_id
            )
        )

    def sends(self, kind: str) -> str:
        return "\n".join(r.text for r in self._turn(text="", kind=kind))

    @property
    def last(self) -> EngineTurn:
        return self.turns[-1]

    @property
    def state(self) -> dict:
        self.conversation.refresh_from_db()
        return self.conversation.dialogue_state


def amounts_in(text: str) -> list[Decimal]:
    return [Decimal((a or b).replace(",", ".")) for a, b in AMOUNT.findall(text)]


def quoted_totals(conversation_id: int) -> set[Decimal]:
    return set(
        QuoteLine.objects.filter(quote__conversation_id=conversation_id).values_list("total", flat=True)
    )
