from django.contrib import admin

from channels_app.models import WhatsAppNumber


@admin.register(WhatsAppNumber)
class WhatsAppNumberAdmin(admin.ModelAdmin):
    list_display = ["phone_number_id", "display_phone_number", "hotel", "active"]
    list_filter = ["active", "hotel"]
