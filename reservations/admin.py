from django.contrib import admin

from reservations.models import CancellationPolicy, Hotel, HotelMembership, Quote, QuoteLine, Reservation


class HotelMembershipInline(admin.TabularInline):
    model = HotelMembership
    extra = 0
    autocomplete_fields = ["user"]


class CancellationPolicyInline(admin.StackedInline):
    model = CancellationPolicy
    extra = 0
    max_num = 1


@admin.register(Hotel)
class HotelAdmin(admin.ModelAdmin):
    list_display = ["name", "pms_hotel_id", "default_language", "currency", "timezone", "active"]
    list_filter = ["active", "default_language"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [CancellationPolicyInline, HotelMembershipInline]


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
class QuoteAdmin(admin.ModelAdmin):
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
class ReservationAdmin(admin.ModelAdmin):
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
