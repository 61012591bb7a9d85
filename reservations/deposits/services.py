"""Deposits: asked after a booking where the hotel wants one, proofs received, staff decisions.

Each write is one short transaction; the PMS is told of an approved deposit after the decision has
committed (no network call inside a transaction), and a PMS that fails then leaves the decision in
place with its error on the deposit for staff to see.
"""

from __future__ import annotations

import hashlib
from typing import Any

import structlog
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from hotel_agent.errors import Conflict, DomainError
from hotel_agent.hotels.audit import audit_record
from pms_bridge.errors import PmsError
from pms_bridge.factory import get_pms
from reservations.deposits.models import Deposit, DepositPolicy, DepositProof, DepositState, ProofState
from reservations.models import Reservation

log = structlog.get_logger(__name__)

MAX_PROOF_BYTES = 10 * 1024 * 1024  # a phone photo or a bank's PDF; anything larger is not kept
PROOF_MIME_TYPES = ("image/", "application/pdf")


class ProofAlreadyDecided(Conflict):
    """A colleague decided on this proof first."""

    code = "proof_already_decided"


class RejectionNeedsReason(DomainError):
    code = "reason_required"


def is_proof_type(mime_type: str) -> bool:
    return (mime_type or "").lower().startswith(PROOF_MIME_TYPES)


def deposit_request(*, reservation: Reservation) -> Deposit | None:
    """The deposit the hotel asks of this confirmed reservation (once), or None when it asks none."""
    policy = DepositPolicy.objects.filter(hotel_id=reservation.hotel_id).first()
    amount = policy.amount_for(reservation.amount) if policy is not None else None
    if amount is None or reservation.state != Reservation.State.CONFIRMED:
        return None
    with transaction.atomic():
        deposit, created = Deposit.objects.get_or_create(
            reservation=reservation,
            defaults={"hotel_id": reservation.hotel_id, "amount": amount, "currency": reservation.currency},
        )
    if created:
        log.info("deposit.requested", reservation_id=reservation.pk, deposit_id=deposit.pk)
    return deposit


def deposit_proof_receive(
    *,
    deposit: Deposit,
    message: Any,
    content: bytes | None = None,
    mime_type: str = "",
    filename: str = "",
) -> DepositProof:
    """Keep a guest's message as a proof for `deposit` (once per message) and put it in the staff queue.

    Called from the turn (which knows the message is a proof) and from the channel that fetched the
    file (which knows its bytes), in either order: both land on the same row.
    """
    if content is not None and len(content) > MAX_PROOF_BYTES:
        content = None  # staff still see it through the channel's media link
    with transaction.atomic():
        proof, created = DepositProof.objects.select_for_update().get_or_create(
            message_id=message.pk,
            defaults={
                "hotel_id": deposit.hotel_id,
                "deposit": deposit,
                "conversation_id": message.conversation_id,
                "channel": message.channel,
                "mime_type": mime_type or str((message.media or {}).get("mime_type") or ""),
                "filename": filename or str((message.media or {}).get("filename") or ""),
            },
        )
        if content is not None and proof.content is None:
            proof.content, proof.size = content, len(content)
            proof.mime_type = mime_type or proof.mime_type
            proof.filename = filename or proof.filename
            proof.save(update_fields=["content", "size", "mime_type", "filename"])
        if created:
            Deposit.objects.filter(pk=deposit.pk, state=DepositState.AWAITING_PROOF).update(
                state=DepositState.IN_REVIEW
            )
    if created:
        digest = hashlib.sha256(content).hexdigest()[:12] if content else ""
        log.info("deposit.proof_received", deposit_id=deposit.pk, proof_id=proof.pk, sha256=digest)
    return proof


def deposit_proof_decide(*, proof_id: int, staff: Any, approve: bool, reason: str = "") -> DepositProof:
    """Approve or reject a pending proof (race-safe: the first decision wins, a second gets a Conflict).

    Approval marks the deposit received and, after commit, notes it in the PMS; rejection sends the
    deposit back to waiting for a proof. Both are written to the audit log.
    """
    reason = reason.strip()[:300]
    if not approve and not reason:
        raise RejectionNeedsReason(gettext("Say why the proof is rejected: the guest is told."))
    now = timezone.now()
    state = ProofState.APPROVED if approve else ProofState.REJECTED
    with transaction.atomic():
        changed = DepositProof.objects.filter(pk=proof_id, state=ProofState.PENDING).update(
            state=state, reason="" if approve else reason, decided_by=staff, decided_at=now
        )
        proof = DepositProof.objects.select_related("deposit__reservation").get(pk=proof_id)
        if not changed:
            raise ProofAlreadyDecided(gettext("This proof was already decided by a colleague."))
        deposit = proof.deposit
        if approve:
            Deposit.objects.filter(pk=deposit.pk).update(state=DepositState.RECEIVED, received_at=now)
        elif not deposit.proofs.filter(state=ProofState.PENDING).exists():
            Deposit.objects.filter(pk=deposit.pk).exclude(state=DepositState.RECEIVED).update(
                state=DepositState.AWAITING_PROOF
            )
        audit_record(
            action="deposit_approve" if approve else "deposit_reject",
            staff=staff,
            hotel_id=proof.hotel_id,
            obj=proof,
            summary=f"{deposit.reservation.reference}: {deposit.amount} {deposit.currency}"
            + ("" if approve else f" ({reason})"),
        )
    if approve:
        _note_in_pms(deposit_id=deposit.pk)
    proof.refresh_from_db()
    return proof


def _note_in_pms(*, deposit_id: int) -> None:
    deposit = Deposit.objects.select_related("reservation").get(pk=deposit_id)
    reservation = deposit.reservation
    try:
        get_pms().record_deposit(
            reference=reservation.reference, amount=deposit.amount, currency=deposit.currency
        )
    except PmsError as exc:
        log.warning("deposit.pms_note_failed", deposit_id=deposit_id, error=type(exc).__name__)
        Deposit.objects.filter(pk=deposit_id).update(pms_error=f"{type(exc).__name__}: {exc}"[:200])
        return
    Deposit.objects.filter(pk=deposit_id).update(pms_noted_at=timezone.now(), pms_error="")
