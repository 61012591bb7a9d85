"""Admin: each hotel's deposit rule (managers edit it), and the deposits and proofs (read-only: staff
decide on proofs in the console, where the decision is audited and the guest told)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from hotel_agent.hotels.admin import HotelScopedAdmin
from reservations.deposits.models import Deposit, DepositPolicy, DepositProof


@admin.register(DepositPolicy)
class DepositPolicyAdmin(HotelScopedAdmin):
    list_display = ["hotel", "kind", "percent", "fixed_amount"]
    list_filter = ["hotel", "kind"]


class ReadOnlyHotelAdmin(HotelScopedAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Deposit)
class DepositAdmin(ReadOnlyHotelAdmin):
    list_display = ["reservation", "hotel", "amount", "currency", "state", "requested_at", "pms_noted_at"]
    list_filter = ["hotel", "state"]


@admin.register(DepositProof)
class DepositProofAdmin(ReadOnlyHotelAdmin):
    list_display = [
        "id",
        "hotel",
        "deposit",
        "channel",
        "mime_type",
        "state",
        "decided_by",
        "created_at",
        "file",
    ]
    list_filter = ["hotel", "state", "channel"]
    exclude = ["content"]

    @admin.display(description=_("file"))
    def file(self, obj: DepositProof) -> str:
        return format_html(
            '<a href="{}">{}</a>', reverse("console:deposit_proof_file", args=[obj.pk]), _("open")
        )
