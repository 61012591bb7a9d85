"""Admin: offers (managers create and approve them in the console, where the PMS prices them) and the
proposals made to guests, read-only."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from reservations.deposits.admin import ReadOnlyHotelAdmin
from reservations.offers.models import Offer, OfferProposal


@admin.register(Offer)
class OfferAdmin(ReadOnlyHotelAdmin):
    list_display = ["name", "hotel", "kind", "unit_price", "currency", "per_night", "state", "approved_by"]
    list_filter = ["hotel", "kind", "state"]


@admin.register(OfferProposal)
class OfferProposalAdmin(ReadOnlyHotelAdmin):
    list_display = ["offer", "reservation", "quoted_total", "currency", "state", "proposed_at", "decided_at"]
    list_filter = ["hotel", "state"]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
