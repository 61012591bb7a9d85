"""The question the receptionist left the guest with, read from the frame at the end of a turn.

Kept in `DialogueFrame.expecting` and handed to the understanding with the guest's next message
(`understand(..., expecting=...)`), which reads a bare answer ("dos", "María José Fernández de la Vega",
"la más barata") as the answer to that question and nothing else.
"""

from __future__ import annotations

from conversations.engine.frame import DialogueFrame, Stage
from conversations.nlu import answers


def question_pending(frame: DialogueFrame, *, guest_phone: str) -> str:
    """What the guest is now expected to answer ("" when no question is open)."""
    b, stage = frame.booking, frame.stage
    if stage == Stage.BOOKING_SLOTS:
        if not b.check_in and not b.adults:
            return answers.DATES_AND_PARTY
        if not b.check_in:
            return answers.DATES
        if not b.check_out:
            return answers.CHECK_OUT
        return answers.PARTY if not b.adults else ""
    if stage == Stage.OFFERS:
        return answers.CHOICE
    if stage == Stage.GUEST_DETAILS:
        # The same order as `guest_details.ask_guest_details` asks in.
        if not b.guest_name and not b.email:
            return answers.NAME_AND_EMAIL
        if not b.guest_name:
            return answers.NAME
        if len(b.guest_name.split()) < 2:
            return answers.LAST_NAME
        if not b.email:
            return answers.EMAIL
        return answers.PHONE if not guest_phone and not b.phone else ""
    if stage in (Stage.BOOKING_CONFIRM, Stage.CANCEL_CONFIRM, Stage.MODIFY_CONFIRM):
        return answers.YES_NO
    if stage == Stage.MANAGE_LOOKUP:
        return answers.BOOKING_REF
    if stage == Stage.MANAGE_IDENTITY:
        return answers.BOOKING_EMAIL
    if stage == Stage.MANAGE_CHOOSE:
        return answers.CHOICE
    if stage == Stage.MODIFY_DETAILS:
        return answers.STAY_CHANGE
    return ""
