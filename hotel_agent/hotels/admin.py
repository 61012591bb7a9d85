"""Admin for hotels and their staff."""

from __future__ import annotations

from django.contrib import admin

from hotel_agent.hotels.models import Hotel, HotelMembership


class HotelMembershipInline(admin.TabularInline):
    model = HotelMembership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Hotel)
class HotelAdmin(admin.ModelAdmin):
    """`reservations` adds the cancellation policy inline (`reservations/admin.py`)."""

    list_display = ["name", "pms_hotel_id", "default_language", "currency", "timezone", "active"]
    list_filter = ["active", "default_language"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [HotelMembershipInline]
