"""Admin for the conversation record. Messages are history: read-only."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from conversations import backoffice
from conversations.models import (
    CannedReply,
    Conversation,
    ConversationState,
    Guest,
    Message,
    StaffAction,
    UnstoredMessage,
)
from conversations.selectors import guest_data_export
from conversations.services.privacy import guest_erase
from conversations.templatetags.console_tags import short_when
from hotel_agent.admin import ReadOnlyAdmin
from hotel_agent.hotels.access import is_superuser, managed_hotels
from hotel_agent.hotels.admin import HotelScopedAdmin
from hotel_agent.hotels.audit import audit_record


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

    actions = ["export_data", "erase_personal_data"]

    def has_privacy_permission(self, request: HttpRequest) -> bool:
        """Exports and erasures are a manager's (of every hotel the guest talked to) or a superuser's."""
        return is_superuser(request.user) or managed_hotels(user=request.user).exists()

    def _managed_only(self, request: HttpRequest, guests: QuerySet[Guest]) -> list[Guest]:
        if is_superuser(request.user):
            return list(guests)
        managed = set(managed_hotels(user=request.user).values_list("pk", flat=True))
        allowed = [g for g in guests if set(g.conversations.values_list("hotel_id", flat=True)) <= managed]
        if len(allowed) < len(guests):
            self.message_user(
                request,
                _("Some guests also talked to hotels you do not manage; they were left out."),
                level=messages.WARNING,
            )
        return allowed

    @admin.action(description=_("Export the guests' data (JSON)"), permissions=["privacy"])
    def export_data(self, request: HttpRequest, queryset: QuerySet[Guest]) -> HttpResponse | None:
        guests = self._managed_only(request, queryset)
        if not guests:
            return None
        data = [guest_data_export(guest=guest) for guest in guests]
        for guest in guests:
            hotel_ids: set[int | None] = set(guest.conversations.values_list("hotel_id", flat=True))
            for hotel_id in hotel_ids or {None}:
                audit_record(action="guest_export", staff=request.user, hotel_id=hotel_id, obj=guest)
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="guest-data.json"'
        return response

    @admin.action(description=_("Erase the guests' personal data"), permissions=["privacy"])
    def erase_personal_data(self, request: HttpRequest, queryset: QuerySet[Guest]) -> None:
        guests = self._managed_only(request, queryset)
        for guest in guests:
            guest_erase(guest=guest, staff=request.user)
        self.message_user(request, _("%(count)d guests erased.") % {"count": len(guests)})


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
    # Message texts too: a voice note's transcript is its text, so what guests said aloud is found.
    search_fields = ["id", "guest__name", "guest__phone", "guest__email", "handoff_summary", "messages__text"]
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
    list_filter = ["conversation__hotel", "channel", "direction", "author", "kind", "status", "speech_status"]
    search_fields = ["provider_message_id", "idempotency_key", "correlation_id", "text"]
    list_select_related = ["conversation"]
    date_hierarchy = "created_at"
    hotel_lookup = "conversation__hotel"


@admin.register(UnstoredMessage)
class UnstoredMessageAdmin(HotelScopedAdmin, ReadOnlyAdmin):
    """Guest messages that could not be stored, with the raw event for staff to read and act on."""

    list_display = ["created_at", "hotel", "channel", "reason", "conversation", "guest_told"]
    list_filter = ["hotel", "channel", "guest_told"]
    list_select_related = ["hotel", "conversation"]
    fields = ("created_at", "hotel", "channel", "reason", "conversation", "guest_told", "raw_event")
    readonly_fields = ("created_at", "hotel", "channel", "reason", "conversation", "guest_told", "raw_event")
    date_hierarchy = "created_at"

    @admin.display(description=_("raw event"))
    def raw_event(self, obj: UnstoredMessage) -> str:
        return format_html("<pre style='white-space:pre-wrap'>{}</pre>", obj.raw)


import conversations.knowledge_admin  # noqa: E402, F401 - registers the knowledge base and reply templates
from conversations.replay import admin as replay_admin  # noqa: E402, F401 - registers replays and the regression set (managers)
