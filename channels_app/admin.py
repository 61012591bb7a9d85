"""Admin for the channels: which hotel answers a number, and the webhook bodies as received (read-only)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from channels_app.models import InboundEvent, WhatsAppNumber
from hotel_agent.admin import ReadOnlyAdmin
from hotel_agent.hotels.access import is_superuser
from hotel_agent.hotels.admin import HotelScopedAdmin


@admin.register(WhatsAppNumber)
class WhatsAppNumberAdmin(HotelScopedAdmin):
    list_display = ["phone_number_id", "display_phone_number", "hotel", "active"]
    list_filter = ["active", "hotel"]


@admin.register(InboundEvent)
class InboundEventAdmin(ReadOnlyAdmin):
    """A received webhook body is evidence: never added, changed or deleted by hand.

    A body may carry several hotels' guests (phones, texts) and has no hotel of its own: superusers only.
    """

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_superuser(request.user)

    list_display = [
        "id",
        "channel",
        "status",
        "signature_verified",
        "attempts",
        "received_at",
        "processed_at",
    ]
    list_filter = ["channel", "status", "signature_verified"]
    search_fields = ["body_sha256", "correlation_id"]
    date_hierarchy = "received_at"
