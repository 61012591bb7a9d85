"""Something added to a booking the guest already has ("I have a reservation and want to add breakfast"):
the facts tell what it is and costs, an approved offer adds it when the booking was made here, and
otherwise reception makes the change (the agent changes only a booking's dates and party itself)."""

from __future__ import annotations

import re

from conversations.engine import faq, offer_flow
from conversations.engine.frame import Stage
from conversations.engine.turn import Turn
from conversations.engine.types import HandoffReason

# A booking the guest has, and a wish to add something to it, in the six languages (understanding data,
# not guest-facing text).
_A_BOOKING = re.compile(
    r"(?<!\w)(?:reserva|reservas|booking|reservation|r[ée]servation|buchung|prenotazione)(?!\w)",
    re.IGNORECASE,
)
_ADD = re.compile(
    r"(?<!\w)(?:add|adding|include|a[ñn]adir|a[ñn]ad[ae]\w*|agregar|incluir|adicionar|acrescentar|"
    r"ajouter|rajouter|dazu\w*|hinzuf[üu]g\w*|aggiunge\w*|aggiung\w*)(?!\w)",
    re.IGNORECASE,
)
# What the agent changes itself (a night, a person): not an extra.
_STAY_WORDS = re.compile(
    r"(?<!\w)(?:nights?|noches?|nuits?|n[äa]chte|nacht|notte|notti|noites?|days?|d[ií]as?|"
    r"persons?|people|personas?|pessoas?|personnes?|personen|persone|adults?|adultos?|adultes?|"
    r"erwachsene\w*|adulti|child\w*|kids?|ni[ñn][oa]s?|crian[çc]as?|enfants?|kinder|bambin\w*)(?!\w)",
    re.IGNORECASE,
)


def asks_to_add(turn: Turn) -> bool:
    """The message names a booking the guest has and asks to add an extra to it, not a night or a person."""
    text = turn.message.text or ""
    return (
        turn.frame.stage not in Stage.BOOKING_STAGES
        and bool(_A_BOOKING.search(text) and _ADD.search(text))
        and not _STAY_WORDS.search(text)
    )


def take(turn: Turn) -> None:
    """The extra's facts, then an approved offer of it for the booking made here, else reception."""
    faq.answer(turn, hand_off_unknown=False)
    if turn.handoff_reason:
        return
    turn.progress = True
    offer_flow.propose_after_question(turn)
    if turn.frame.offer_proposal_id:
        return
    turn.hand_off(
        HandoffReason.UNKNOWN_QUESTION,
        summary=f"a change to the guest's booking: {turn.message.text or ''}"[:300],
        intro_key="handoff_intro_booking_change",
    )
