"""What staff pages say about a conversation, in the staff member's language and a receptionist's words.

"What the AI understood" becomes: what the guest wants, the stay, the party, how sure the AI is and
what is still missing, instead of the engine's raw fields. Amounts and dates are written by the same
`Phrasebook` the guest's replies use, in the language the staff page is shown in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from conversations.engine.frame import DialogueFrame, Stage
from conversations.engine.policies import LOW_CONFIDENCE, hotel_today
from conversations.engine.replies import Phrasebook
from conversations.incoming import Channel
from conversations.models import Conversation
from hotel_agent.hotels.models import Hotel

SURE = 0.8  # at or above: the AI is sure; between LOW_CONFIDENCE and this: fairly sure

INTENT_WORDS = {
    "greeting": _("says hello"),
    "thanks_goodbye": _("says thank you or goodbye"),
    "availability": _("asks about free rooms or prices"),
    "booking_create": _("wants to book"),
    "booking_modify": _("wants to change a booking"),
    "booking_cancel": _("wants to cancel a booking"),
    "booking_status": _("asks about a booking"),
    "faq": _("has a question"),
    "handoff_request": _("asks to speak to a person"),
    "complaint": _("has a complaint"),
    "affirm": _("says yes"),
    "deny": _("says no"),
    "other": _("something the AI did not understand"),
}
TOPIC_WORDS = {
    "checkin_checkout_times": _("check-in and check-out times"),
    "parking": _("parking"),
    "breakfast": _("breakfast"),
    "wifi": _("Wi-Fi"),
    "pets": _("pets"),
    "location_directions": _("location and directions"),
    "amenities": _("amenities"),
    "payment_methods": _("payment methods"),
    "cancellation_policy": _("cancellation policy"),
    "accessibility": _("accessibility"),
    "airport_transfer": _("airport transfer"),
}
STAGE_WORDS = {
    Stage.IDLE: "",
    Stage.BOOKING_SLOTS: _("collecting the dates and guests for a booking"),
    Stage.OFFERS: _("rooms offered, waiting for the guest's choice"),
    Stage.GUEST_DETAILS: _("collecting the guest's details for the booking"),
    Stage.BOOKING_CONFIRM: _("booking summary shown, waiting for a yes"),
    Stage.BOOKED: _("booked"),
    Stage.MANAGE_LOOKUP: _("waiting for a booking reference or e-mail"),
    Stage.MANAGE_CHOOSE: _("several bookings found, waiting for the guest to choose"),
    Stage.MANAGE_IDENTITY: _("checking the guest's identity for a booking"),
    Stage.MODIFY_DETAILS: _("waiting for the new dates or guests"),
    Stage.MODIFY_CONFIRM: _("change shown, waiting for a yes"),
    Stage.CANCEL_CONFIRM: _("cancellation shown, waiting for a yes"),
}
SURENESS_WORDS = {"high": _("high"), "medium": _("medium"), "low": _("low")}


@dataclass(frozen=True)
class Understood:
    """The console's "What the AI understood", each value a phrase a receptionist reads."""

    wants: str = ""
    sureness: str = ""  # high | medium | low
    sureness_words: str = ""
    doing: str = ""
    stay: str = ""
    party: str = ""
    rooms: str = ""
    booking: str = ""
    missing: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.wants or self.doing or self.stay or self.party or self.booking)


def staff_phrases(hotel: Hotel) -> Phrasebook:
    """The guest replies' formatting (dates, amounts, guests) in the language of the staff page."""
    return Phrasebook(hotel=hotel, language=(translation.get_language() or "")[:2])


def sureness(confidence: float | None) -> str:
    if confidence is None:
        return ""
    if confidence >= SURE:
        return "high"
    return "medium" if confidence >= LOW_CONFIDENCE else "low"


def _nights(check_in: dt.date, check_out: dt.date) -> str:
    nights = (check_out - check_in).days
    return ngettext("%(n)d night", "%(n)d nights", nights) % {"n": nights}


def _stay(phrases: Phrasebook, *, check_in: Any, check_out: Any, today: dt.date) -> str:
    if check_in and check_out and check_out > check_in:
        return _("%(from)s → %(to)s (%(nights)s)") % {
            "from": phrases.date(check_in, today=today),
            "to": phrases.date(check_out, today=today),
            "nights": _nights(check_in, check_out),
        }
    if check_in:
        return _("from %(from)s, departure not said yet") % {"from": phrases.date(check_in, today=today)}
    return ""


def _missing(frame: DialogueFrame, *, channel: str) -> list[str]:
    booking = frame.booking
    wanted: list[tuple[Any, Any]]
    if frame.stage == Stage.BOOKING_SLOTS:
        wanted = [
            (booking.check_in, _("arrival date")),
            (booking.check_out, _("departure date")),
            (booking.adults, _("number of guests")),
        ]
        return [str(label) for value, label in wanted if not value]
    if frame.stage == Stage.GUEST_DETAILS:
        wanted = [(booking.guest_name, _("name")), (booking.email, _("e-mail"))]
        if channel != Channel.WHATSAPP:  # WhatsApp gives the phone; other channels ask for it
            wanted.append((booking.phone, _("phone")))
        return [str(label) for value, label in wanted if not value]
    if frame.stage == Stage.OFFERS:
        return [str(_("the guest's choice of room"))]
    if frame.stage in (Stage.BOOKING_CONFIRM, Stage.MODIFY_CONFIRM, Stage.CANCEL_CONFIRM):
        return [str(_("the guest's yes"))]
    if frame.stage == Stage.MANAGE_LOOKUP:
        return [str(_("booking reference or e-mail"))]
    return []


def understanding_summary(*, conversation: Conversation, last_understanding: dict[str, Any]) -> Understood:
    """What the AI understood of the guest so far, in words (the staff page's language)."""
    frame = DialogueFrame.from_state(conversation.dialogue_state)
    phrases = staff_phrases(conversation.hotel)
    today = hotel_today(conversation.hotel)
    intent = str(last_understanding.get("intent") or "")
    wants = str(INTENT_WORDS.get(intent, ""))
    topic = str(last_understanding.get("faq_topic") or "")
    if intent == "faq" and topic in TOPIC_WORDS:
        wants = str(_("has a question about %(topic)s") % {"topic": TOPIC_WORDS[topic]})
    confidence = last_understanding.get("confidence")
    sure = sureness(float(confidence)) if isinstance(confidence, int | float) and intent else ""

    managing = frame.stage in Stage.MANAGE_STAGES
    source: Any = frame.manage if managing else frame.booking
    check_in, check_out = source.check_in, source.check_out
    adults, children = source.adults, source.children
    party = phrases.guests(adults=adults, children=children or 0) if adults else ""
    rooms = frame.booking.rooms if not managing else None
    reference = frame.manage.reference if managing else frame.booking.reference
    return Understood(
        wants=wants,
        sureness=sure,
        sureness_words=str(SURENESS_WORDS.get(sure, "")),
        doing=str(STAGE_WORDS.get(frame.stage, "")),
        stay=str(_stay(phrases, check_in=check_in, check_out=check_out, today=today)),
        party=party,
        rooms=(ngettext("%(n)d room", "%(n)d rooms", rooms) % {"n": rooms}) if rooms else "",
        booking=reference,
        missing=_missing(frame, channel=conversation.channel),
    )


def money_text(*, hotel: Hotel, amount: Decimal, currency: str) -> str:
    """An amount as the guest sees it ("306,90 €", "€306.90"), in the staff page's language."""
    return staff_phrases(hotel).money(amount, currency)


def reservation_line(reservation: Any, *, hotel: Hotel) -> str:
    """One line per reservation: reference, room, dates, state and amount, written as the guest reads them."""
    phrases = staff_phrases(hotel)
    today = hotel_today(hotel)
    parts = [
        str(getattr(reservation, "reference", "") or f"#{reservation.pk}"),
        str(getattr(reservation, "room_type_name", "") or ""),
        str(_stay(phrases, check_in=reservation.check_in, check_out=reservation.check_out, today=today)),
    ]
    state = getattr(reservation, "get_state_display", None)
    if callable(state):
        parts.append(str(state()))
    if reservation.amount is not None:
        parts.append(phrases.money(reservation.amount, reservation.currency or hotel.currency))
    return " · ".join(part for part in parts if part)
