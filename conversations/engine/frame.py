"""The dialogue frame: what the receptionist remembers between turns, kept in `Conversation.dialogue_state`.

Plain JSON in and out so that the record stays readable in the admin and survives code changes:
unknown keys are ignored and missing keys take their defaults.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import asdict, dataclass, field, fields
from typing import Any


class Stage:
    IDLE = "idle"
    BOOKING_SLOTS = "booking_slots"  # collecting dates and guests
    OFFERS = "offers"  # offers shown, waiting for a choice
    GUEST_DETAILS = "guest_details"  # collecting name and e-mail
    BOOKING_CONFIRM = "booking_confirm"  # summary shown, waiting for an explicit yes
    BOOKED = "booked"
    MANAGE_LOOKUP = "manage_lookup"  # waiting for a booking reference or the booking's e-mail
    MANAGE_CHOOSE = "manage_choose"  # several bookings found, waiting for one
    MANAGE_IDENTITY = "manage_identity"  # waiting for the booking's e-mail to prove identity
    MODIFY_DETAILS = "modify_details"  # waiting for the new dates or guests
    MODIFY_CONFIRM = "modify_confirm"
    CANCEL_CONFIRM = "cancel_confirm"

    BOOKING_STAGES = frozenset({BOOKING_SLOTS, OFFERS, GUEST_DETAILS, BOOKING_CONFIRM})
    MANAGE_STAGES = frozenset(
        {MANAGE_LOOKUP, MANAGE_CHOOSE, MANAGE_IDENTITY, MODIFY_DETAILS, MODIFY_CONFIRM, CANCEL_CONFIRM}
    )


def _date_in(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _date_out(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


@dataclass
class BookingFrame:
    check_in: dt.date | None = None
    check_out: dt.date | None = None
    nights: int | None = None  # a length with no start date yet
    adults: int | None = None
    children: int | None = None
    child_ages: list[int] = field(default_factory=list)  # one per child, when the PMS needs them
    child_ages_asked: bool = False
    rooms: int | None = None
    quote_id: int | None = None
    offer_line_ids: list[int] = field(default_factory=list)
    chosen_line_id: int | None = None
    guest_name: str = ""
    email: str = ""
    phone: str = ""  # asked only when the channel does not give it (web chat, e-mail)
    reference: str = ""  # set once the booking exists
    room_kind: str = ""  # the kind of room the guest asked for (`room_request`), offered first
    room_features: list[str] = field(default_factory=list)  # what the room should have (`faq.ROOM_FEATURES`)
    # The arrival of the stay whose dates the guest asked to change ("mejor otras fechas"): "del 12 al
    # 14" then keeps its month.
    dates_before: dt.date | None = None
    # The first day of a month the guest named with no days ("in april", "para agosto"): "from the 3rd to
    # the 6th" then falls in it.
    month_asked: dt.date | None = None

    def stay_complete(self) -> bool:
        return bool(self.check_in and self.check_out and self.adults)

    def stay_key(self) -> tuple[Any, ...]:
        return (self.check_in, self.check_out, self.adults, self.children or 0, self.rooms or 1)

    def forget_quote(self) -> None:
        """The stay changed: its quote, the offers shown and the one chosen no longer hold."""
        self.quote_id, self.offer_line_ids, self.chosen_line_id = None, [], None


@dataclass
class ManageFrame:
    action: str = ""  # cancel | modify | status
    reference: str = ""
    verified: bool = False
    candidates: list[str] = field(default_factory=list)
    check_in: dt.date | None = None
    check_out: dt.date | None = None
    adults: int | None = None
    children: int | None = None
    line_id: int | None = None  # the quote line that prices the change
    failed_identity_checks: int = 0
    email_asked: bool = False  # the guest has no reference at hand and was asked the booking's e-mail


_DATE_FIELDS = {"check_in", "check_out", "dates_before", "month_asked"}


def _load(cls: Any, data: dict[str, Any]) -> Any:
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        kwargs[f.name] = _date_in(value) if f.name in _DATE_FIELDS else value
    return cls(**kwargs)


def _dump(obj: Any) -> dict[str, Any]:
    data = asdict(obj)
    for name in _DATE_FIELDS & data.keys():
        data[name] = _date_out(data[name])
    return data


@dataclass
class DialogueFrame:
    stage: str = Stage.IDLE
    booking: BookingFrame = field(default_factory=BookingFrame)
    manage: ManageFrame = field(default_factory=ManageFrame)
    verified_emails: list[str] = field(default_factory=list)  # e-mails the guest gave in this conversation
    low_confidence_streak: int = 0
    turns_without_progress: int = 0
    greeted: bool = False
    facts_told: list[int] = field(default_factory=list)  # facts answered, to notice a question asked again
    last_fact_id: int | None = None  # the one fact told in the guest's last turn: "how much?" asks about it
    facts_priced: list[int] = field(default_factory=list)  # facts told to a question of their price
    expecting: str = ""  # the question left open for the guest (`engine.expecting`), read with their answer
    stay_after_cancel: bool = False  # a new stay asked along with a cancellation: quoted once it is settled
    offer_proposal_id: int | None = None  # a staff-approved offer proposed and awaiting the guest's yes/no
    unusable_voice_notes: int = 0  # voice notes in a row the engine could not read (two: a person takes over)
    typed: bool = False  # the guest has written at least once (not only voice notes)
    voice_replies: bool = False  # the guest asked to be answered by voice
    language_variant: str = ""  # the guest's variety of their language (`engine.language_variant`: "br")

    @classmethod
    def from_state(cls, state: dict[str, Any] | None) -> DialogueFrame:
        # A copy: the frame changes as the turn goes, the conversation it was read from must not.
        state = copy.deepcopy(state or {})
        return cls(
            stage=state.get("stage", Stage.IDLE),
            booking=_load(BookingFrame, state.get("booking") or {}),
            manage=_load(ManageFrame, state.get("manage") or {}),
            verified_emails=list(state.get("verified_emails") or []),
            low_confidence_streak=int(state.get("low_confidence_streak") or 0),
            turns_without_progress=int(state.get("turns_without_progress") or 0),
            greeted=bool(state.get("greeted")),
            facts_told=[int(fact_id) for fact_id in state.get("facts_told") or []],
            last_fact_id=int(state["last_fact_id"]) if state.get("last_fact_id") else None,
            facts_priced=[int(fact_id) for fact_id in state.get("facts_priced") or []],
            expecting=str(state.get("expecting") or ""),
            stay_after_cancel=bool(state.get("stay_after_cancel")),
            offer_proposal_id=int(state["offer_proposal_id"]) if state.get("offer_proposal_id") else None,
            unusable_voice_notes=int(state.get("unusable_voice_notes") or 0),
            typed=bool(state.get("typed")),
            voice_replies=bool(state.get("voice_replies")),
            language_variant=str(state.get("language_variant") or ""),
        )

    def to_state(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "booking": _dump(self.booking),
            "manage": _dump(self.manage),
            "verified_emails": self.verified_emails,
            "low_confidence_streak": self.low_confidence_streak,
            "turns_without_progress": self.turns_without_progress,
            "greeted": self.greeted,
            "facts_told": self.facts_told,
            "last_fact_id": self.last_fact_id,
            "facts_priced": self.facts_priced,
            "expecting": self.expecting,
            "stay_after_cancel": self.stay_after_cancel,
            "offer_proposal_id": self.offer_proposal_id,
            "unusable_voice_notes": self.unusable_voice_notes,
            "typed": self.typed,
            "voice_replies": self.voice_replies,
            "language_variant": self.language_variant,
        }

    def start_booking_over(self) -> None:
        """A new booking after a finished one: forget the old stay but keep who the guest is."""
        self.booking = BookingFrame(
            guest_name=self.booking.guest_name, email=self.booking.email, phone=self.booking.phone
        )

    def reset_manage(self) -> None:
        self.manage = ManageFrame()
