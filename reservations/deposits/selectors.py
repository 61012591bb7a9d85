"""Reads about deposits: the one a guest still owes a proof for, and the staff approval queue."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from reservations.deposits.models import Deposit, DepositProof, DepositState, ProofState
from reservations.models import Reservation


def deposit_awaiting_proof(
    *, hotel_id: int, conversation_id: int | None = None, phone: str = "", email: str = ""
) -> Deposit | None:
    """The guest's deposit still waiting for (or reviewing) a proof, newest booking first: a guest
    who sends a proof while one is in review may be sending a better one."""
    match = Q(reservation__conversation_id=conversation_id) if conversation_id else Q(pk__in=[])
    if phone:
        match |= Q(reservation__guest_phone=phone)
    if email:
        match |= Q(reservation__guest_email__iexact=email)
    return (
        Deposit.objects.filter(match, hotel_id=hotel_id, reservation__state=Reservation.State.CONFIRMED)
        .filter(state__in=[DepositState.AWAITING_PROOF, DepositState.IN_REVIEW])
        .select_related("reservation")
        .order_by("-requested_at")
        .first()
    )


def deposit_proofs_for_staff(*, hotel_ids: Any, pending_only: bool = True) -> QuerySet[DepositProof]:
    """The approval queue of these hotels, oldest first (pending), or everything decided lately."""
    proofs = DepositProof.objects.filter(hotel_id__in=hotel_ids).select_related(
        "hotel", "deposit__reservation", "decided_by", "conversation"
    )
    if pending_only:
        return proofs.filter(state=ProofState.PENDING).order_by("created_at")
    return proofs.exclude(state=ProofState.PENDING).order_by("-decided_at")
