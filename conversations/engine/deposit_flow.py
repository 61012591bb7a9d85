"""Deposits in the dialogue: the amount and how to pay after a booking at a hotel that asks one, and a
photo or PDF from a guest who owes a proof kept for staff (who decide in the console; the guest is told
then by `conversations.services.deposits`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import structlog

from conversations.engine.policies import hotel_today
from conversations.engine.replies import Phrasebook
from conversations.engine.types import EngineTurn
from conversations.incoming import MessageKind, OutgoingReply
from conversations.nlu.types import LANGUAGES
from reservations.deposits.models import DepositPolicy
from reservations.deposits.selectors import deposit_awaiting_proof
from reservations.deposits.services import deposit_proof_receive, deposit_request, is_proof_type
from reservations.models import Reservation

if TYPE_CHECKING:
    from conversations.engine.frame import DialogueFrame
    from conversations.engine.turn import Turn
    from conversations.models import Conversation, Message

log = structlog.get_logger(__name__)

PROOF_KINDS = frozenset({MessageKind.IMAGE, MessageKind.DOCUMENT, MessageKind.TEXT})


def after_booking(turn: Turn, *, reservation_id: int) -> None:
    """Tell the guest the deposit and how to pay it, when the hotel asks one for this booking."""
    reservation = Reservation.objects.select_related("hotel").get(pk=reservation_id)
    deposit = deposit_request(reservation=reservation)
    if deposit is None:
        return
    policy = DepositPolicy.objects.get(hotel_id=reservation.hotel_id)
    turn.say(
        "deposit_requested",
        reference=reservation.reference,
        amount=turn.phrases.money(deposit.amount, deposit.currency),
        how_to_pay=policy.bank_details.strip(),
    )


def proof_turn(
    *, conversation: Conversation, message: Message, frame: DialogueFrame, language: str
) -> EngineTurn | None:
    """A photo or PDF (an e-mail's attachment too) from a guest with a deposit to prove: kept for staff
    and acknowledged. None when the message is not such a proof (the turn goes on as usual)."""
    media = message.media or {}
    if message.kind not in PROOF_KINDS or not is_proof_type(str(media.get("mime_type") or "")):
        return None
    guest = conversation.guest
    deposit = deposit_awaiting_proof(
        hotel_id=conversation.hotel_id, conversation_id=conversation.pk, phone=guest.phone, email=guest.email
    )
    if deposit is None:
        return None
    proof = deposit_proof_receive(deposit=deposit, message=message)
    log.info("engine.deposit_proof", conversation_id=conversation.pk, proof_id=proof.pk)
    phrases = Phrasebook.of_conversation(conversation, language=_language(conversation, message, language))
    text = phrases.say("deposit_proof_received", reference=deposit.reservation.reference)
    return EngineTurn(
        dialogue_state=frame.to_state(), language=phrases.language, replies=(OutgoingReply(text=text),)
    )


def _language(conversation: Conversation, message: Message, language: str) -> str:
    """A first message with words (a mail's text, a photo's caption) says the guest's language."""
    text = (message.text or "").strip()
    if conversation.language in LANGUAGES or not text:
        return language
    from conversations.nlu import understand

    return understand(
        text, today=hotel_today(conversation.hotel), default_language=conversation.hotel.default_language
    ).lang
