"""Admin for the demo PMS's own tables, scoped to the staff member's hotels by their PMS hotel id."""

from django.contrib import admin

from hotel_agent.hotels.admin import HotelScopedAdmin
from pms_bridge.models import DemoBooking, DemoHotel, DemoRoomType


class DemoRoomTypeInline(admin.TabularInline):
    model = DemoRoomType
    extra = 0
    fields = ["code", "name", "max_adults", "max_children", "max_guests", "position"]


@admin.register(DemoHotel)
class DemoHotelAdmin(HotelScopedAdmin):
    hotel_lookup = "pms_hotel_id"
    hotel_field = "pms_hotel_id"
    list_display = ["name", "pms_hotel_id", "currency", "tax_rate"]
    inlines = [DemoRoomTypeInline]


@admin.register(DemoBooking)
class DemoBookingAdmin(HotelScopedAdmin):
    hotel_lookup = "hotel__pms_hotel_id"
    hotel_field = "pms_hotel_id"
    list_display = ["reference", "hotel", "room_type", "check_in", "check_out", "rooms", "total", "state"]
    list_filter = ["hotel", "state", "room_type"]
    search_fields = ["reference", "last_name", "email"]
