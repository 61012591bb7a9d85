"""Admin: each hotel's reservation-message settings, and the messages claimed (read-only)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from hotel_agent.hotels.admin import HotelScopedAdmin
from reservations.outreach.models import OutreachKind, OutreachMessage, OutreachSettings


@admin.register(OutreachSettings)
class OutreachSettingsAdmin(HotelScopedAdmin):
    list_display = [
        "hotel",
        "before_7d_enabled",
        "before_1d_enabled",
        "after_1d_enabled",
        "send_time",
        "quiet_from",
        "quiet_until",
    ]
    fieldsets = [
        (None, {"fields": ["hotel", "send_time", "quiet_from", "quiet_until"]}),
        (
            OutreachKind.BEFORE_7D.label,
            {"fields": ["before_7d_enabled", "before_7d_template", "directions_url"]},
        ),
        (OutreachKind.BEFORE_1D.label, {"fields": ["before_1d_enabled", "before_1d_template"]}),
        (OutreachKind.AFTER_1D.label, {"fields": ["after_1d_enabled", "after_1d_template", "review_url"]}),
    ]


@admin.register(OutreachMessage)
class OutreachMessageAdmin(HotelScopedAdmin):
    list_display = [
        "created_at",
        "hotel",
        "reservation",
        "kind",
        "state",
        "channel",
        "language",
        "skip_reason",
    ]
    list_filter = ["hotel", "kind", "state", "channel"]
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in OutreachMessage._meta.fields]

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
