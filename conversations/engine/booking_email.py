"""The booking confirmation e-mail: written in the guest's language, sent once through the e-mail channel.

Only when the installation can send e-mail (`EMAIL_SMTP_URL` and `EMAIL_FROM`) and the guest gave an
address; a guest already talking to us by e-mail at that address gets the confirmation as the reply
itself. The reply says it was sent only when it was queued (the outbox then sends it, retrying).
"""

from __future__ import annotations

from django.conf import settings

from conversations.engine.turn import Turn
from conversations.engine.types import GuestEmail
from conversations.incoming import Channel


def email_can_be_sent() -> bool:
    return bool(settings.EMAIL_SMTP_URL and settings.EMAIL_FROM)


def confirmation_email_add(
    turn: Turn, *, reference: str, room: str, stay: str, total: str, policy: str
) -> bool:
    """Queue the confirmation of booking `reference` with the turn; True when it will be sent."""
    address = turn.frame.booking.email.strip()
    if not address or not email_can_be_sent():
        return False
    conversation = turn.conversation
    if conversation.channel == Channel.EMAIL and conversation.guest.email.strip().lower() == address.lower():
        return False
    phrases = turn.phrases
    turn.emails.append(
        GuestEmail(
            to=address,
            subject=phrases.say("confirmation_email_subject", reference=reference),
            text=phrases.say(
                "confirmation_email_body",
                name=turn.frame.booking.guest_name,
                reference=reference,
                room=room,
                stay=stay,
                total=total,
                policy=policy,
            ),
            key=f"booking-confirmation:{reference}",
        )
    )
    return True
