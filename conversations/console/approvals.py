"""Console pages for the staff approvals of issue 15: deposits' proofs (any staff of the hotel approve or
reject, with a reason the guest is told) and offers (managers create them from the PMS's services and
room types, approve or withdraw them). Every action goes through a service and lands in the audit log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_POST

from conversations.console.views import _hotel_for, _staff, staff_required
from conversations.services.deposits import deposit_decide
from hotel_agent.errors import DomainError
from hotel_agent.hotels import access
from hotel_agent.hotels.models import Hotel
from pms_bridge.errors import PmsError
from pms_bridge.factory import get_pms
from reservations.deposits.models import DepositProof
from reservations.deposits.selectors import deposit_proofs_for_staff
from reservations.offers.models import Offer, OfferKind, OfferProposal
from reservations.offers.services import offer_approve, offer_create, offer_withdraw


def _page(request: HttpRequest, name: str, hotel: Hotel) -> str:
    return f"{reverse(name)}?hotel={hotel.pk}"


def _proof_for(request: HttpRequest, proof_id: int) -> DepositProof:
    proof = (
        DepositProof.objects.filter(pk=proof_id, hotel_id__in=access.hotel_ids_for_staff(user=request.user))
        .select_related("deposit__reservation", "hotel")
        .first()
    )
    if proof is None:
        raise Http404("No such proof")
    return proof


# --- deposits ------------------------------------------------------------------------------------------
@require_GET
@staff_required
def deposits_page(request: HttpRequest) -> HttpResponse:
    hotel = _hotel_for(request, request.GET.get("hotel"))
    return render(
        request,
        "console/deposits.html",
        {
            "hotel": hotel,
            "hotels": list(access.hotels_for_staff(user=request.user).order_by("name")),
            "pending": list(deposit_proofs_for_staff(hotel_ids=[hotel.pk])),
            "decided": list(deposit_proofs_for_staff(hotel_ids=[hotel.pk], pending_only=False)[:20]),
            "is_manager": access.is_manager(user=_staff(request), hotel=hotel),
        },
    )


@require_GET
@staff_required
def deposit_proof_file(request: HttpRequest, proof_id: int) -> HttpResponse:
    """The proof as the guest sent it; from the channel (the message's media) when its bytes were not kept."""
    proof = _proof_for(request, proof_id)
    if proof.content is None:
        if proof.message_id is None:
            raise Http404("No file")
        return HttpResponseRedirect(reverse("message-media", args=[proof.message_id]))
    response = HttpResponse(bytes(proof.content), content_type=proof.mime_type or "application/octet-stream")
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox"
    return response


@require_POST
@staff_required
def deposit_proof_decision(request: HttpRequest, proof_id: int) -> HttpResponse:
    proof = _proof_for(request, proof_id)
    approve = request.POST.get("decision") == "approve"
    try:
        deposit_decide(
            proof_id=proof.pk, staff=_staff(request), approve=approve, reason=request.POST.get("reason", "")
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            gettext("Deposit approved; the guest is told.")
            if approve
            else gettext("Proof rejected; the guest is told."),
        )
    return HttpResponseRedirect(_page(request, "console:deposits", proof.hotel))


# --- offers --------------------------------------------------------------------------------------------
def _pms_choices(hotel: Hotel) -> dict[str, Any]:
    """What the PMS sells at the hotel, for the offer form (empty with an error when it does not answer)."""
    try:
        pms = get_pms()
        return {
            "services": pms.services(pms_hotel_id=hotel.pms_hotel_id),
            "room_types": pms.room_types(pms_hotel_id=hotel.pms_hotel_id),
            "pms_error": "",
        }
    except PmsError as exc:
        return {"services": [], "room_types": [], "pms_error": str(exc)}


@require_GET
@staff_required
def offers_page(request: HttpRequest) -> HttpResponse:
    hotel = _hotel_for(request, request.GET.get("hotel"))
    is_manager = access.is_manager(user=_staff(request), hotel=hotel)
    return render(
        request,
        "console/offers.html",
        {
            "hotel": hotel,
            "hotels": list(access.hotels_for_staff(user=request.user).order_by("name")),
            "offers": list(Offer.objects.filter(hotel=hotel).select_related("approved_by")),
            "proposals": list(
                OfferProposal.objects.filter(hotel=hotel).select_related("offer", "reservation")[:20]
            ),
            "kinds": OfferKind.choices,
            "is_manager": is_manager,
            **(_pms_choices(hotel) if is_manager else {}),
        },
    )


def _managed_offer(request: HttpRequest, offer_id: int) -> Offer:
    offer = Offer.objects.filter(pk=offer_id, hotel__in=access.managed_hotels(user=request.user)).first()
    if offer is None:
        raise Http404("No such offer")
    return offer


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _int(value: str) -> int | None:
    return int(value) if value.strip().isdigit() else None


@require_POST
@staff_required
def offer_new(request: HttpRequest) -> HttpResponse:
    hotel = _hotel_for(request, request.POST.get("hotel"))
    if not access.is_manager(user=_staff(request), hotel=hotel):
        return HttpResponse(status=403)
    kind = request.POST.get("kind", "")
    try:
        offer_create(
            hotel=hotel,
            kind=kind,
            staff=_staff(request),
            pms_service_id=_int(request.POST.get("pms_service_id", ""))
            if kind != OfferKind.UPGRADE
            else None,
            pms_room_type_id=_int(request.POST.get("pms_room_type_id", ""))
            if kind == OfferKind.UPGRADE
            else None,
            from_room_type_id=_int(request.POST.get("from_room_type_id", "")),
            stays_from=_date(request.POST.get("stays_from", "")),
            stays_until=_date(request.POST.get("stays_until", "")),
        )
    except (DomainError, PmsError) as error:
        messages.error(request, str(error))
    else:
        messages.success(request, gettext("Offer created as a draft: approve it so the AI may propose it."))
    return HttpResponseRedirect(_page(request, "console:offers", hotel))


@require_POST
@staff_required
def offer_state(request: HttpRequest, offer_id: int) -> HttpResponse:
    offer = _managed_offer(request, offer_id)
    try:
        if request.POST.get("action") == "approve":
            offer_approve(offer_id=offer.pk, staff=_staff(request))
            messages.success(request, gettext("Offer approved: the AI may propose it from now on."))
        else:
            offer_withdraw(offer_id=offer.pk, staff=_staff(request))
            messages.success(request, gettext("Offer withdrawn: the AI no longer proposes it."))
    except (DomainError, PmsError) as error:
        messages.error(request, str(error))
    return HttpResponseRedirect(_page(request, "console:offers", offer.hotel))
