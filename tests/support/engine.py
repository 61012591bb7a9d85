"""A small stand-in for the receptionist in channel tests: it answers every message, once.

It records the messages it was asked about, answers text with a text, options with buttons, and
anything it cannot read (unsupported, media) with a reply that says so; a text containing
"HUMAN" hands the conversation off and "CRASH" makes it raise. The words are not the product's:
the real engine (conversations.engine.receptionist) decides those.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from conversations.engine.types import EngineTurn, HandoffReason
from conversations.incoming import MessageKind, OutgoingReply, ReplyButton


@dataclass
class RecordingEngine:
    calls: list[tuple[int, int, str, str]] = field(default_factory=list)  # conversation, message, kind, text
    delay_seconds: float = 0.0
    before_reply: Any = None  # callable run inside the turn (e.g. a staff take-over racing the engine)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()

    def respond(self, *, conversation: Any, message: Any, **_: Any) -> EngineTurn:
        with self._lock:
            self.calls.append((conversation.pk, message.pk, message.kind, message.text))
        if self.delay_seconds:
            import time

            time.sleep(self.delay_seconds)
        if self.before_reply is not None:
            self.before_reply(conversation, message)
        if "CRASH" in message.text:
            raise RuntimeError("engine bug")
        memory: dict[str, Any] = {
            "dialogue_state": {
                **conversation.dialogue_state,
                "turns": conversation.dialogue_state.get("turns", 0) + 1,
            },
            "language": conversation.language or "es",
        }
        understanding = {"intent": "other", "kind": message.kind}
        if "HUMAN" in message.text:
            return EngineTurn(
                **memory,
                replies=(OutgoingReply(text="test-engine: handing over"),),
                handoff_reason=HandoffReason.EXPLICIT_REQUEST,
                handoff_summary="asked for a person",
                understanding=understanding,
            )
        if message.kind == MessageKind.UNSUPPORTED:
            return EngineTurn(
                **memory,
                replies=(OutgoingReply(text="test-engine: cannot read that kind"),),
                understanding=understanding,
            )
        if "OPTIONS" in message.text:
            buttons = (ReplyButton(id="a", title="Option A"), ReplyButton(id="b", title="Option B"))
            return EngineTurn(
                **memory,
                replies=(OutgoingReply(text="test-engine: choose", buttons=buttons),),
                understanding=understanding,
            )
        return EngineTurn(
            **memory,
            replies=(OutgoingReply(text=f"test-engine: {message.kind}: {message.text}"[:200]),),
            understanding=understanding,
        )

    def kinds(self) -> list[str]:
        return [c[2] for c in self.calls]
