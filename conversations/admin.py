"""Admin for the conversation record. Messages and inbound events are history: read-only."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from conversations.models import Conversation, Guest, InboundEvent, Message


class ReadOnlyAdmin(admin.ModelAdmin):
    """History is never edited by hand: no add, no change, no delete."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Guest)
class GuestAdmin(admin.ModelAdmin):
    list_display = ["id", "name", "phone", "email", "language", "opted_out", "created_at"]
    list_filter = ["opted_out", "language"]
    search_fields = ["name", "phone", "email"]
    readonly_fields = ["webchat_session", "created_at", "updated_at"]


class MessageInline(admin.TabularInline):
    model = Message
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ("created_at", "direction", "author", "kind", "text", "status", "error_code")
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Conversation)
class ConversationAdmin(admin.ModelAdmin):
    list_display = ["id", "hotel", "guest", "channel", "state", "handoff_reason", "language", "last_message_at"]
    list_filter = ["hotel", "channel", "state", "handoff_reason"]
    search_fields = ["guest__name", "guest__phone", "guest__email"]
    list_select_related = ["hotel", "guest"]
    raw_id_fields = ["guest", "assigned_to"]
    # State changes go through the services (console), which keep the console and metrics right.
    readonly_fields = [
        "hotel", "guest", "channel", "state", "handoff_reason", "handoff_summary", "language",
        "last_inbound_at", "last_message_at", "dialogue_state", "created_at", "updated_at", "closed_at",
    ]
    inlines = [MessageInline]

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Message)
class MessageAdmin(ReadOnlyAdmin):
    list_display = ["id", "conversation", "direction", "author", "kind", "status", "error_code", "created_at"]
    list_filter = ["channel", "direction", "author", "kind", "status"]
    search_fields = ["provider_message_id", "idempotency_key", "correlation_id"]
    list_select_related = ["conversation"]
    date_hierarchy = "created_at"


@admin.register(InboundEvent)
class InboundEventAdmin(ReadOnlyAdmin):
    list_display = ["id", "channel", "status", "signature_verified", "attempts", "received_at", "processed_at"]
    list_filter = ["channel", "status", "signature_verified"]
    search_fields = ["body_sha256", "correlation_id"]
    date_hierarchy = "received_at"
