"""A guest's personal data taken out of their reservations, keeping what the figures need."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q

from reservations.deposits.models import DepositProof
from reservations.models import Reservation

ERASED_NAME = "—"


def reservations_guest_erase(*, conversation_ids: list[int], phone: str, email: str) -> int:
    """Blank the guest's name, e-mail and phone on their reservations (dates, room, amount stay).

    Runs inside the caller's transaction (a guest's erasure is one). Returns how many were changed.
    """
    match = Q(conversation_id__in=conversation_ids)
    if phone:
        match |= Q(guest_phone=phone)
    if email:
        match |= Q(guest_email__iexact=email)
    with transaction.atomic():
        # The proofs of payment they sent (bank receipts name them): the files go, the decisions stay.
        DepositProof.objects.filter(deposit__reservation__in=Reservation.objects.filter(match)).update(
            content=None, size=0, filename=""
        )
        return Reservation.objects.filter(match).update(
            guest_first_name=ERASED_NAME, guest_last_name="", guest_email="", guest_phone=""
        )
