"""When the receptionist steps aside for a person, and what it tells the guest about when they answer."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from conversations.engine.frame import DialogueFrame
from conversations.engine.replies import Phrasebook
from conversations.engine.types import HandoffReason
from conversations.nlu.types import Understanding
from hotel_agent.hotels import clock
from hotel_agent.hotels.models import Hotel

LOW_CONFIDENCE = 0.45  # below this the engine does not act on the understanding
LOW_CONFIDENCE_TURNS = 2  # in a row
NO_PROGRESS_TURNS = 3

# The catalogue sentence that opens the handoff message, per reason.
HANDOFF_INTRO_KEYS = {
    HandoffReason.EXPLICIT_REQUEST: "handoff_intro_explicit_request",
    HandoffReason.COMPLAINT: "handoff_intro_complaint",
    HandoffReason.REFUND_DISPUTE: "handoff_intro_refund_dispute",
    HandoffReason.GROUP_SIZE: "handoff_intro_group_size",
    HandoffReason.LOW_CONFIDENCE: "handoff_intro_low_confidence",
    HandoffReason.NO_PROGRESS: "handoff_intro_no_progress",
    HandoffReason.PMS_UNAVAILABLE: "handoff_intro_pms_unavailable",
    HandoffReason.UNKNOWN_QUESTION: "handoff_intro_unknown_question",
}


def hotel_now(hotel: Hotel) -> dt.datetime:
    return clock.hotel_now(hotel)


def hotel_today(hotel: Hotel) -> dt.date:
    """The hotel's date of the night in progress (yesterday's before the night cutoff)."""
    return clock.hotel_today(hotel)


def reception_is_open(hotel: Hotel, *, at: dt.datetime | None = None) -> bool:
    local = (at or clock.now()).astimezone(ZoneInfo(hotel.timezone)).time()
    opens, closes = hotel.reception_opens, hotel.reception_closes
    if opens == closes:
        return True  # staffed around the clock
    if opens < closes:
        return opens <= local < closes
    return local >= opens or local < closes  # a night shift past midnight


def handoff_message(
    *, phrases: Phrasebook, reason: str, at: dt.datetime | None = None, intro_key: str | None = None
) -> str:
    """An honest message: why a person takes over (`intro_key` when the reason's sentence would not
    say it), and when they will answer."""
    hotel = phrases.hotel
    intro = phrases.say(
        intro_key or HANDOFF_INTRO_KEYS.get(reason, "handoff_intro_explicit_request"),
        size=hotel.group_handoff_size,
    )
    if reception_is_open(hotel, at=at):
        when = phrases.say("handoff_when_open")
    else:
        when = phrases.say("handoff_when_closed", opens=hotel.reception_opens.strftime("%H:%M"))
    return f"{intro} {when}".strip()


# Words of a money dispute in the six languages (understanding data, not guest-facing text): a
# complaint that uses one goes to a person as a refund or money dispute.
_MONEY_DISPUTE = re.compile(
    r"\b(refund|reimburs|money back|charged|overcharg|double charg|chargeback|"
    r"reembols|devoluci[oó]n|devuelv|devolv|me (?:han|habéis|has) cobrado|cobro|cargo|"
    r"rembours|d[ée]bit[ée]|factur[ée]|"
    r"erstatt|r[üu]ckerstatt|geld zur[üu]ck|abgebucht|belastet|"
    r"rimbors|addebit|soldi indietro|"
    r"estorno|cobran[çc]a|cobraram|dinheiro de volta)",
    re.IGNORECASE,
)


def is_refund_or_money_dispute(understanding: Understanding, text: str = "") -> bool:
    """A complaint about money: refunds, charges (the understanding's extras, or the words used)."""
    extras = understanding.extras or {}
    if extras.get("refund") or extras.get("money_dispute"):
        return True
    return bool(_MONEY_DISPUTE.search(text))


# Asking for a discount or haggling over the price (six languages): a person decides, never the agent.
_MONEY_QUESTION = re.compile(
    r"\b(descuento|rebaja|precio especial|mejor precio|negociar|discount|special price|better price|best price|"
    r"negotiat|cheaper rate|desconto|pre[çc]o especial|melhor pre[çc]o|r[ée]duction|remise|ristourne|prix sp[ée]cial|"
    r"meilleur prix|n[ée]gocier|rabatt|nachlass|erm[äa](?:ß|ss)igung|sonderpreis|besseren preis|sconto|"
    r"prezzo speciale|prezzo migliore|miglior prezzo|trattare il prezzo)",
    re.IGNORECASE,
)


def is_money_question(text: str) -> bool:
    """A discount or a price to negotiate: money questions go to a person (`REFUND_DISPUTE`)."""
    return bool(_MONEY_QUESTION.search(text))


def party_size(frame: DialogueFrame) -> int:
    return (frame.booking.adults or 0) + (frame.booking.children or 0)


def group_too_large(*, hotel: Hotel, frame: DialogueFrame) -> bool:
    return party_size(frame) > hotel.group_handoff_size
