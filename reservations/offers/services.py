"""Offers: staff create and approve them from the PMS's own prices; the AI proposes approved ones only,
and a guest's yes is re-priced live in the PMS before the PMS is changed.

A proposal's price is the PMS's at the moment it is told to the guest. Accepting it asks the PMS again:
a different price is stored and raised (`OfferPriceChanged`) so the guest is asked again, never charged
a price they were not told. The "applying" state is committed before the PMS is asked, so a crash in
between leaves a visible row for staff rather than a second charge on retry.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import structlog
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from hotel_agent.errors import Conflict, DomainError
from hotel_agent.hotels.audit import audit_record
from hotel_agent.hotels.models import Hotel
from hotel_agent.locks import LockTimeout, named_lock
from pms_bridge.errors import PmsError
from pms_bridge.factory import get_pms
from pms_bridge.port import ServicePrice, Stay
from reservations.models import Reservation
from reservations.offers.models import Offer, OfferKind, OfferProposal, OfferState, ProposalState
from reservations.services.booking import LOCK_HOLD_SECONDS, LOCK_WAIT_SECONDS, booking_lock_name

log = structlog.get_logger(__name__)

PRICE_TOLERANCE = Decimal("0.01")


class OfferNotAvailable(Conflict):
    """The PMS no longer sells it for this booking (service gone, no room of that type free, withdrawn)."""

    code = "offer_not_available"


class OfferPriceChanged(Conflict):
    """The PMS's live price differs from the one told: the proposal now holds the new one; ask again."""

    code = "offer_price_changed"

    def __init__(self, message: str, *, proposal: OfferProposal) -> None:
        super().__init__(message)
        self.proposal = proposal


class OfferFailed(Conflict):
    """The PMS refused the change (or did not answer): nothing was charged; a person follows up."""

    code = "offer_failed"


class OfferInvalid(DomainError):
    code = "offer_invalid"


# --- staff: create, approve, withdraw ----------------------------------------------------------------
def _service(hotel: Hotel, pms_service_id: int) -> ServicePrice:
    service = next(
        (
            s
            for s in get_pms().services(pms_hotel_id=hotel.pms_hotel_id)
            if s.pms_service_id == pms_service_id
        ),
        None,
    )
    if service is None:
        raise OfferNotAvailable(
            gettext("The PMS sells no service %(service)s at %(hotel)s.")
            % {"service": pms_service_id, "hotel": hotel}
        )
    return service


def offer_create(
    *,
    hotel: Hotel,
    kind: str,
    staff: Any,
    pms_service_id: int | None = None,
    pms_room_type_id: int | None = None,
    from_room_type_id: int | None = None,
    stays_from: dt.date | None = None,
    stays_until: dt.date | None = None,
) -> Offer:
    """A draft offer named and priced by the PMS (the AI does not offer it until it is approved)."""
    if kind not in OfferKind.values:
        raise OfferInvalid(f"unknown offer kind {kind!r}")
    fields: dict[str, Any] = {}
    if kind == OfferKind.UPGRADE:
        room_type = next(
            (
                rt
                for rt in get_pms().room_types(pms_hotel_id=hotel.pms_hotel_id)
                if rt.pms_room_type_id == pms_room_type_id
            ),
            None,
        )
        if room_type is None:
            raise OfferInvalid(gettext("Choose a room type of the hotel's PMS for an upgrade."))
        fields = {
            "name": room_type.name,
            "pms_room_type_id": room_type.pms_room_type_id,
            "currency": hotel.currency,
        }
    else:
        if pms_service_id is None:
            raise OfferInvalid(gettext("Choose the PMS service this offer sells."))
        service = _service(hotel, pms_service_id)
        fields = {
            "name": service.name,
            "pms_service_id": service.pms_service_id,
            "unit_price": service.unit_price,
            "per_night": service.per_night,
            "taxes_included": service.taxes_included,
            "currency": service.currency or hotel.currency,
        }
    with transaction.atomic():
        offer = Offer.objects.create(
            hotel=hotel,
            kind=kind,
            from_room_type_id=from_room_type_id,
            stays_from=stays_from,
            stays_until=stays_until,
            created_by=staff if getattr(staff, "pk", None) else None,
            **fields,
        )
        audit_record(action="offer_create", staff=staff, hotel_id=hotel.pk, obj=offer, summary=str(offer))
    return offer


def offer_approve(*, offer_id: int, staff: Any) -> Offer:
    """Approve an offer (its service price re-read from the PMS first); the AI may propose it from now."""
    offer = Offer.objects.select_related("hotel").get(pk=offer_id)
    refreshed: dict[str, Any] = {}
    if offer.kind != OfferKind.UPGRADE and offer.pms_service_id is not None:
        service = _service(offer.hotel, offer.pms_service_id)
        refreshed = {"unit_price": service.unit_price, "per_night": service.per_night, "name": service.name}
    with transaction.atomic():
        Offer.objects.filter(pk=offer_id).update(
            state=OfferState.APPROVED, approved_by=staff, approved_at=timezone.now(), **refreshed
        )
        offer.refresh_from_db()
        audit_record(
            action="offer_approve", staff=staff, hotel_id=offer.hotel_id, obj=offer, summary=str(offer)
        )
    return offer


def offer_withdraw(*, offer_id: int, staff: Any) -> Offer:
    with transaction.atomic():
        Offer.objects.filter(pk=offer_id).update(state=OfferState.WITHDRAWN)
        offer = Offer.objects.get(pk=offer_id)
        audit_record(
            action="offer_withdraw", staff=staff, hotel_id=offer.hotel_id, obj=offer, summary=str(offer)
        )
    return offer


# --- pricing for one reservation ---------------------------------------------------------------------
def _stay(reservation: Reservation) -> Stay:
    return Stay(
        pms_hotel_id=reservation.hotel.pms_hotel_id,
        check_in=reservation.check_in,
        check_out=reservation.check_out,
        adults=reservation.adults,
        children=reservation.children,
        rooms=reservation.rooms,
        child_ages=tuple(reservation.child_ages or ()),
    )


def offer_price_live(*, offer: Offer, reservation: Reservation) -> tuple[Decimal, Decimal | None]:
    """What the offer costs on this reservation right now, asked of the PMS (never a cache).

    Services: the PMS's price times rooms (times nights when priced per night). Upgrades: the live total of the
    new room type for the same stay minus the booking's total. Raises `OfferNotAvailable`.
    """
    if offer.kind == OfferKind.UPGRADE:
        answer = get_pms().availability(stay=_stay(reservation), live=True)
        room = next(
            (
                o
                for o in answer.offers
                if o.room_type.pms_room_type_id == offer.pms_room_type_id and o.is_available
            ),
            None,
        )
        if room is None or room.available_rooms < reservation.rooms or room.total <= reservation.amount:
            raise OfferNotAvailable("No room of that type is free for this stay (or it is not dearer).")
        return room.total - reservation.amount, room.total_without_tax
    service = _service(reservation.hotel, int(offer.pms_service_id or 0))
    return service.total_for(nights=reservation.nights, rooms=reservation.rooms), None


# --- the guest: proposed, accepted, declined ----------------------------------------------------------
def offer_propose(*, offer: Offer, reservation: Reservation, conversation: Any = None) -> OfferProposal:
    """Propose an approved offer for a confirmed reservation at its live price (once per reservation)."""
    if offer.state != OfferState.APPROVED or offer.hotel_id != reservation.hotel_id:
        raise OfferNotAvailable("Only an approved offer of the booking's hotel can be proposed.")
    total, without_tax = offer_price_live(offer=offer, reservation=reservation)
    with transaction.atomic():
        proposal, _ = OfferProposal.objects.get_or_create(
            offer=offer,
            reservation=reservation,
            defaults={
                "hotel_id": reservation.hotel_id,
                "conversation": conversation,
                "quoted_total": total,
                "total_without_tax": without_tax,
                "currency": offer.currency or reservation.currency,
            },
        )
    log.info("offer.proposed", offer_id=offer.pk, reservation_id=reservation.pk, proposal_id=proposal.pk)
    return proposal


def offer_decline(*, proposal_id: int) -> OfferProposal:
    with transaction.atomic():
        OfferProposal.objects.filter(pk=proposal_id, state=ProposalState.PROPOSED).update(
            state=ProposalState.DECLINED, decided_at=timezone.now()
        )
        return OfferProposal.objects.get(pk=proposal_id)


def offer_accept(*, proposal_id: int) -> OfferProposal:
    """The guest said yes: re-price live, then change the booking in the PMS and mirror it here.

    Raises `OfferPriceChanged` (new price stored, nothing changed), `OfferNotAvailable` or `OfferFailed`.
    Accepting an already accepted proposal returns it unchanged.
    """
    proposal = OfferProposal.objects.select_related("offer", "reservation__hotel").get(pk=proposal_id)
    if proposal.state in (ProposalState.ACCEPTED, ProposalState.APPLYING):
        return proposal
    offer, reservation = proposal.offer, proposal.reservation
    if proposal.state != ProposalState.PROPOSED or offer.state != OfferState.APPROVED:
        raise OfferNotAvailable("This offer is no longer available.")
    if reservation.state != Reservation.State.CONFIRMED or not reservation.reference:
        raise OfferNotAvailable("The booking can no longer be changed.")
    lock = booking_lock_name(
        pms_hotel_id=reservation.hotel.pms_hotel_id,
        pms_room_type_id=int(offer.pms_room_type_id or reservation.pms_room_type_id),
    )
    try:
        with named_lock(lock, timeout=LOCK_HOLD_SECONDS, wait=LOCK_WAIT_SECONDS):
            return _accept_locked(proposal=proposal, offer=offer, reservation=reservation)
    except LockTimeout as exc:
        raise OfferFailed("Another change of this booking is in progress.") from exc


def _accept_locked(*, proposal: OfferProposal, offer: Offer, reservation: Reservation) -> OfferProposal:
    total, without_tax = offer_price_live(offer=offer, reservation=reservation)
    if abs(total - proposal.quoted_total) > PRICE_TOLERANCE:
        with transaction.atomic(durable=True):
            OfferProposal.objects.filter(pk=proposal.pk).update(
                quoted_total=total, total_without_tax=without_tax
            )
        proposal.refresh_from_db()
        raise OfferPriceChanged("The PMS price changed since it was told.", proposal=proposal)
    with transaction.atomic(durable=True):
        claimed = OfferProposal.objects.filter(pk=proposal.pk, state=ProposalState.PROPOSED).update(
            state=ProposalState.APPLYING, decided_at=timezone.now()
        )
    if not claimed:
        proposal.refresh_from_db()
        return proposal
    pms = get_pms()
    try:
        if offer.kind == OfferKind.UPGRADE:
            booking = pms.change_room_type(
                reference=reservation.reference,
                pms_room_type_id=int(offer.pms_room_type_id or 0),
                total=reservation.amount + total,
                total_without_tax=without_tax or Decimal(0),
            )
        else:
            service = _service(reservation.hotel, int(offer.pms_service_id or 0))
            booking = pms.add_service(reference=reservation.reference, service=service, total=total)
    except PmsError as exc:
        log.warning("offer.pms_failed", proposal_id=proposal.pk, error=type(exc).__name__)
        with transaction.atomic(durable=True):
            OfferProposal.objects.filter(pk=proposal.pk).update(
                state=ProposalState.FAILED, error=f"{type(exc).__name__}: {exc}"[:200]
            )
        raise OfferFailed("The PMS did not take the change.") from exc
    with transaction.atomic(durable=True):
        fields: dict[str, Any] = {"amount": booking.total, "updated_at": timezone.now()}
        if offer.kind == OfferKind.UPGRADE:
            fields |= {"pms_room_type_id": booking.pms_room_type_id, "room_type_name": offer.name}
        Reservation.objects.filter(pk=reservation.pk).update(**fields)
        OfferProposal.objects.filter(pk=proposal.pk).update(
            state=ProposalState.ACCEPTED, booking_total_after=booking.total
        )
    log.info("offer.accepted", proposal_id=proposal.pk, reservation_id=reservation.pk, kind=offer.kind)
    proposal.refresh_from_db()
    return proposal
