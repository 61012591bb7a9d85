"""What the language-understanding layer returns for one message."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("es", "en", "pt", "fr", "de", "it")
INTENTS = (
    "greeting",
    "thanks_goodbye",
    "availability",
    "booking_create",
    "booking_modify",
    "booking_cancel",
    "booking_status",
    "faq",
    "handoff_request",
    "complaint",
    "affirm",
    "deny",
    "other",
)
FAQ_TOPICS = (
    "checkin_checkout_times",
    "parking",
    "breakfast",
    "wifi",
    "pets",
    "location_directions",
    "amenities",
    "payment_methods",
    "cancellation_policy",
    "accessibility",
    "airport_transfer",
)


@dataclass(frozen=True)
class Understanding:
    """One message understood. Fields the text does not state are None (never defaulted)."""

    lang: str
    intent: str
    confidence: float
    faq_topic: str | None = None
    check_in: dt.date | None = None
    check_out: dt.date | None = None
    nights: int | None = None  # "3 noches" with no start date yet
    adults: int | None = None
    children: int | None = None
    rooms: int | None = None
    guest_name: str | None = None
    email: str | None = None
    phone: str | None = None
    booking_ref: str | None = None
    date_ambiguous: bool = False  # e.g. "03/04" where order is unclear: ask, don't guess
    extras: dict[str, Any] = field(default_factory=dict)

    def as_contract(self, message_id: Any) -> dict[str, Any]:
        """The JSON line `manage.py nlu_parse` prints (docs/INTERFACES.md)."""
        return {
            "id": message_id,
            "lang": self.lang,
            "intent": self.intent,
            "confidence": round(self.confidence, 4),
            "faq_topic": self.faq_topic,
            "check_in": self.check_in.isoformat() if self.check_in else None,
            "check_out": self.check_out.isoformat() if self.check_out else None,
            "adults": self.adults,
            "children": self.children,
            "rooms": self.rooms,
            "guest_name": self.guest_name,
            "email": self.email,
            "booking_ref": self.booking_ref,
        }
