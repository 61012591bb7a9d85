"""Admin for quotes and reservations (scoped to the staff member's hotels), and the hotels' policy."""

from __future__ import annotations

from django.contrib import admin

from hotel_agent.hotels.admin import HotelAdmin, HotelScopedAdmin
from hotel_agent.hotels.models import Hotel
from reservations.models import CancellationPolicy, Quote, QuoteLine, Reservation


class CancellationPolicyInline(admin.StackedInline):
    model = CancellationPolicy
    extra = 0
    max_num = 1


# A hotel's page also shows its cancellation policy (a reservations model: hotels cannot know it).
admin.site.unregister(Hotel)


@admin.register(Hotel)
class HotelWithPolicyAdmin(HotelAdmin):
    inlines = [CancellationPolicyInline, *HotelAdmin.inlines]


class QuoteLineInline(admin.TabularInline):
    model = QuoteLine
    extra = 0
    can_delete = False
    fields = (
        "room_type_name",
        "pms_room_type_id",
        "available_rooms",
        "total",
        "taxes",
        "currency",
        "fetched_at",
    )
    readonly_fields = fields


@admin.register(Quote)
class QuoteAdmin(HotelScopedAdmin):
    list_display = [
        "id",
        "hotel",
        "check_in",
        "check_out",
        "adults",
        "children",
        "rooms",
        "pms",
        "from_cache",
        "created_at",
    ]
    list_filter = ["hotel", "pms", "from_cache"]
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in Quote._meta.fields]
    inlines = [QuoteLineInline]


@admin.register(Reservation)
class ReservationAdmin(HotelScopedAdmin):
    list_display = [
        "reference",
        "hotel",
        "room_type_name",
        "check_in",
        "check_out",
        "adults",
        "children",
        "guest_last_name",
        "amount",
        "currency",
        "state",
        "made_by",
        "created_at",
    ]
    list_filter = ["hotel", "state", "made_by", "currency"]
    search_fields = ["reference", "guest_last_name", "guest_email", "guest_phone", "idempotency_key"]
    date_hierarchy = "check_in"
    raw_id_fields = ["quote_line"]
    readonly_fields = [
        "idempotency_key",
        "pms_booking_id",
        "pms_state",
        "quote_line",
        "created_at",
        "updated_at",
    ]


# Deposits, offers and reservation messages' settings register their own admin pages when imported.
import reservations.deposits.admin  # noqa: E402
import reservations.offers.admin  # noqa: E402
import reservations.outreach.admin  # noqa: E402, F401
