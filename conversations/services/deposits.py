"""Deposits on the conversation's side: a channel hands in the bytes of a guest's photo or PDF that a
deposit awaits, and a staff decision on a proof is told to the guest in their conversation's language.

The engine recognises the proof itself (`engine.deposit_flow`); the channel fetches its bytes while the
provider still serves them (WhatsApp media links expire, an e-mail's attachment is only in the mail).
Both land on the same proof row, whichever comes first.
"""

from __future__ import annotations

from typing import Any

import structlog
from django.db import transaction

from conversations.engine.replies import Phrasebook
from conversations.incoming import OutgoingReply
from conversations.models import Author, Conversation, Message
from conversations.services.outbox import reply_enqueue
from reservations.deposits.models import DepositProof, ProofState
from reservations.deposits.selectors import deposit_awaiting_proof
from reservations.deposits.services import deposit_proof_decide, deposit_proof_receive, is_proof_type

log = structlog.get_logger(__name__)


def deposit_proof_wanted(*, message: Message) -> bool:
    """Whether this guest message may be a deposit's proof (a photo or PDF from a guest who owes one)."""
    media = message.media or {}
    if not is_proof_type(str(media.get("mime_type") or "")):
        return False
    conversation = message.conversation
    return (
        deposit_awaiting_proof(
            hotel_id=conversation.hotel_id,
            conversation_id=conversation.pk,
            phone=conversation.guest.phone,
            email=conversation.guest.email,
        )
        is not None
    )


def deposit_media_keep(*, message: Message, content: bytes, mime_type: str, filename: str = "") -> None:
    """Keep the bytes of a guest's proof with it (only for a deposit that awaits one)."""
    if not is_proof_type(mime_type):
        return
    conversation = message.conversation
    deposit = deposit_awaiting_proof(
        hotel_id=conversation.hotel_id,
        conversation_id=conversation.pk,
        phone=conversation.guest.phone,
        email=conversation.guest.email,
    )
    if deposit is None:
        return
    deposit_proof_receive(
        deposit=deposit, message=message, content=content, mime_type=mime_type, filename=filename
    )


def deposit_decide(*, proof_id: int, staff: Any, approve: bool, reason: str = "") -> DepositProof:
    """A staff member's decision on a proof (`reservations.deposits.services.deposit_proof_decide`), then
    the guest told in the conversation the proof came from, in its language (author: system)."""
    proof = deposit_proof_decide(proof_id=proof_id, staff=staff, approve=approve, reason=reason)
    _tell_guest(proof)
    return proof


def _tell_guest(proof: DepositProof) -> None:
    deposit = proof.deposit
    reservation = deposit.reservation
    conversation = (
        Conversation.objects.select_related("hotel")
        .filter(pk=proof.conversation_id or reservation.conversation_id or 0)
        .first()
    )
    if conversation is None:
        log.warning("deposit.guest_not_told", proof_id=proof.pk, reason="no conversation")
        return
    phrases = Phrasebook.of_conversation(conversation)
    approved = proof.state == ProofState.APPROVED
    text = phrases.say(
        "deposit_approved" if approved else "deposit_rejected",
        reference=reservation.reference,
        amount=phrases.money(deposit.amount, deposit.currency),
        reason=proof.reason,
    )
    with transaction.atomic():
        reply_enqueue(conversation=conversation, replies=[OutgoingReply(text=text)], author=Author.SYSTEM)
    log.info("deposit.guest_told", proof_id=proof.pk, approved=approved, conversation_id=conversation.pk)
