"""Admin for hotels and their staff, and the hotel scoping every other admin page builds on."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from hotel_agent.hotels.access import scope_to_staff_hotels
from hotel_agent.hotels.models import Hotel, HotelMembership


class HotelScopedAdmin(admin.ModelAdmin):
    """Lists and opens only the rows of the staff member's hotels (a superuser's: every row).

    `hotel_lookup` and `hotel_field` are those of `access.scope_to_staff_hotels`.
    """

    hotel_lookup = "hotel"
    hotel_field = "pk"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        return scope_to_staff_hotels(
            super().get_queryset(request),
            user=request.user,
            lookup=self.hotel_lookup,
            hotel_field=self.hotel_field,
        )


class HotelMembershipInline(admin.TabularInline):
    model = HotelMembership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Hotel)
class HotelAdmin(HotelScopedAdmin):
    """`reservations` adds the cancellation policy inline (`reservations/admin.py`)."""

    hotel_lookup = "pk"
    list_display = ["name", "pms_hotel_id", "default_language", "currency", "timezone", "active"]
    list_filter = ["active", "default_language"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [HotelMembershipInline]
