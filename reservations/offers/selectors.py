"""Reads about offers: which approved ones a reservation may be offered, and proposals awaiting a yes."""

from __future__ import annotations

from django.db.models import Q

from reservations.models import Reservation
from reservations.offers.models import Offer, OfferKind, OfferProposal, OfferState, ProposalState


def offers_for_reservation(*, reservation: Reservation) -> list[Offer]:
    """Approved offers that fit this confirmed reservation and were never proposed for it."""
    if reservation.state != Reservation.State.CONFIRMED:
        return []
    offers = (
        Offer.objects.filter(hotel_id=reservation.hotel_id, state=OfferState.APPROVED)
        .filter(Q(stays_from__isnull=True) | Q(stays_from__lte=reservation.check_in))
        .filter(Q(stays_until__isnull=True) | Q(stays_until__gte=reservation.check_in))
        .filter(Q(from_room_type_id__isnull=True) | Q(from_room_type_id=reservation.pms_room_type_id))
        .exclude(proposals__reservation=reservation)
        .order_by("kind", "pk")
    )
    return [
        o
        for o in offers
        if not (o.kind == OfferKind.UPGRADE and o.pms_room_type_id == reservation.pms_room_type_id)
    ]


def proposal_open(*, proposal_id: int) -> OfferProposal | None:
    return (
        OfferProposal.objects.select_related("offer", "reservation")
        .filter(pk=proposal_id, state=ProposalState.PROPOSED)
        .first()
    )
