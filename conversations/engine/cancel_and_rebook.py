"""A cancellation and a new stay in one message ("cancelo la reserva y reservo del 10 al 12 de abril"):
the cancellation goes first (identity check, explicit yes); the new stay waits in the booking frame and is
quoted in the same turn as the yes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from conversations.engine import booking_flow, manage_flow
from conversations.engine.frame import Stage
from conversations.engine.turn import Turn

STAY_FIELDS = ("check_in", "check_out", "nights", "adults", "children", "rooms")


def start(turn: Turn, *, stay: dict[str, Any]) -> None:
    """A cancellation and a new stay in one message: the cancellation first (identity, explicit yes);
    the new stay is kept and quoted as soon as the cancellation is done."""
    manage_flow.start(turn, action=manage_flow.CANCEL)
    if turn.handoff_reason or turn.frame.stage not in Stage.MANAGE_STAGES:
        return
    frame = turn.frame
    frame.start_booking_over()
    b = frame.booking
    for name in STAY_FIELDS:
        if stay.get(name) is not None:
            setattr(b, name, stay[name])
    if b.check_in and not b.check_out and stay.get("nights"):
        b.check_out = b.check_in + dt.timedelta(days=stay["nights"])
    frame.stay_after_cancel = True
    stay_text = ""
    if b.stay_complete():
        assert b.check_in and b.check_out and b.adults
        stay_text = turn.phrases.stay(
            check_in=b.check_in,
            check_out=b.check_out,
            adults=b.adults,
            children=b.children or 0,
            today=turn.today,
        )
    turn.prepend_text(turn.phrases.say("stay_after_cancel", stay=stay_text))


def answer_cancel(turn: Turn, *, yes: bool) -> None:
    manage_flow.answer_cancel(turn, yes=yes)
    frame = turn.frame
    if frame.stay_after_cancel and not turn.handoff_reason:
        frame.stay_after_cancel = False
        if yes and frame.stage == Stage.IDLE:
            booking_flow.continue_booking(turn)
