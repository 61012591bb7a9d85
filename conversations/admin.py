"""Admin for the conversation record. Messages are history: read-only."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from conversations import backoffice
from conversations.models import CannedReply, Conversation, ConversationState, Guest, Message, StaffAction
from conversations.templatetags.console_tags import short_when
from hotel_agent.admin import ReadOnlyAdmin
from hotel_agent.hotels.access import is_superuser
from hotel_agent.hotels.admin import HotelScopedAdmin


@admin.register(Guest)
class GuestAdmin(HotelScopedAdmin):
    list_display = ["id", "name", "name_source", "phone", "email", "language", "opted_out", "created_at"]
    list_filter = ["opted_out", "language"]
    search_fields = ["name", "phone", "email"]
    readonly_fields = ["webchat_session", "created_at", "updated_at"]
    hotel_lookup = "conversations__hotel"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Guest]:
        queryset = super().get_queryset(request)
        # Scoped through their conversations, a guest would appear once per conversation.
        return queryset if is_superuser(request.user) else queryset.distinct()


class MessageInline(admin.TabularInline):
    model = Message
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ("created_at", "direction", "author", "kind", "text", "status", "error_code")
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class StaffActionInline(admin.TabularInline):
    model = StaffAction
    extra = 0
    can_delete = False
    fields = ("created_at", "staff", "kind", "text")
    readonly_fields = ("created_at", "staff", "kind", "text")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Conversation)
class ConversationAdmin(HotelScopedAdmin):
    list_display = [
        "id",
        "hotel",
        "guest",
        "channel",
        "state",
        "handoff",
        "language",
        "assigned_to",
        "last_message_at",
        "transcript_link",
    ]
    list_filter = ("hotel", "channel", "language", "state", "handoff_reason", "created_at", "last_message_at")
    date_hierarchy = "created_at"
    search_fields = ["id", "guest__name", "guest__phone", "guest__email", "handoff_summary"]
    list_select_related = ["hotel", "guest", "assigned_to"]
    raw_id_fields = ["guest", "assigned_to"]
    actions = ["export_csv"]
    change_list_template = "admin/conversations/conversation/change_list.html"
    # State changes go through the services (console), which keep the console and metrics right.
    readonly_fields = [
        "hotel",
        "guest",
        "channel",
        "state",
        "handoff_reason",
        "handoff_summary",
        "language",
        "assigned_to",
        "last_inbound_at",
        "last_message_at",
        "dialogue_state",
        "created_at",
        "updated_at",
        "closed_at",
    ]
    inlines = [StaffActionInline, MessageInline]

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.display(description=_("handoff"), ordering="handoff_reason")
    def handoff(self, obj: Conversation) -> str:
        """The reason while a human is asked for or holds it; after hand back only when it happened."""
        if obj.handoff_current:
            return str(obj.get_handoff_reason_display())
        if obj.state == ConversationState.AI and obj.handed_back_at:
            return str(_("handed back %(at)s") % {"at": short_when(obj.handed_back_at)})
        return ""

    @admin.display(description=_("Transcript"))
    def transcript_link(self, obj: Conversation) -> str:
        url = reverse("admin:conversations_conversation_transcript", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("read"))

    @admin.action(description=_("Export selected conversations to CSV"))
    def export_csv(self, request: HttpRequest, queryset: QuerySet[Conversation]) -> HttpResponseBase:
        return backoffice.conversations_csv(queryset)

    def get_urls(self) -> list[URLPattern]:
        own = [
            path(
                "<path:object_id>/transcript/",
                self.admin_site.admin_view(
                    lambda request, object_id: backoffice.transcript_view(self, request, object_id)
                ),
                name="conversations_conversation_transcript",
            ),
            path(
                "figures/",
                self.admin_site.admin_view(lambda request: backoffice.figures_view(self, request)),
                name="conversations_figures",
            ),
            path(
                "export.csv",
                self.admin_site.admin_view(self.export_filtered_csv),
                name="conversations_conversation_export",
            ),
        ]
        return own + super().get_urls()

    def export_filtered_csv(self, request: HttpRequest) -> HttpResponseBase:
        """The whole filtered list as CSV (the list page's filters and search, carried in the query string)."""
        changelist = self.get_changelist_instance(request)
        return backoffice.conversations_csv(changelist.get_queryset(request))


@admin.register(CannedReply)
class CannedReplyAdmin(HotelScopedAdmin):
    list_display = ["title", "hotel", "language", "active"]
    list_filter = ["hotel", "language", "active"]
    search_fields = ["title", "text"]


@admin.register(Message)
class MessageAdmin(HotelScopedAdmin, ReadOnlyAdmin):
    list_display = ["id", "conversation", "direction", "author", "kind", "status", "error_code", "created_at"]
    list_filter = ["conversation__hotel", "channel", "direction", "author", "kind", "status"]
    search_fields = ["provider_message_id", "idempotency_key", "correlation_id"]
    list_select_related = ["conversation"]
    date_hierarchy = "created_at"
    hotel_lookup = "conversation__hotel"


import conversations.knowledge_admin  # noqa: E402, F401 - registers the knowledge base and reply templates
