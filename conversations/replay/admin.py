"""Replays in the back-office, for managers: ask for one, follow its progress, read and export its report,
mark changed replies (better, worse, same). Scoped to the hotels the user manages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from conversations.replay.export import marks_jsonl, run_csv, run_jsonl
from conversations.replay.models import ReplayMark, ReplayRun, ReplayTurn
from conversations.replay.selectors import OUTCOMES, run_turns
from conversations.replay.services import replay_turn_mark
from conversations.replay.tasks import replay_run
from hotel_agent.hotels.access import is_superuser, managed_hotels
from hotel_agent.hotels.admin import HotelScopedAdmin
from hotel_agent.hotels.audit import audit_record
from hotel_agent.hotels.models import Hotel
from hotel_agent.queueing import queue_on_commit

CHANNELS = [
    ("", _("every channel")),
    ("whatsapp", "WhatsApp"),
    ("email", _("e-mail")),
    ("webchat", _("web chat")),
]
# Each language by its own name (the console's language menu does the same), not its bare code.
LANGUAGES = [("", _("every language")), *settings.LANGUAGES]
# The stored values are the command's --outcome words; the manager reads them in their language.
OUTCOME_LABELS = {"booked": _("booked"), "handed_off": _("handed off to a person"), "neither": _("neither")}
OUTCOME_CHOICES = [("", _("every conversation"))] + [(o, OUTCOME_LABELS[o]) for o in OUTCOMES]


class ManagersOnly:
    """Replays show guests' words and what the agent would say: the hotel's managers' (and superusers')."""

    def _manages_any(self, request: HttpRequest) -> bool:
        return is_superuser(request.user) or managed_hotels(user=request.user).exists()

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._manages_any(request) and super().has_module_permission(request)  # type: ignore[misc]

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._manages_any(request) and super().has_view_permission(request, obj)  # type: ignore[misc]

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return self._manages_any(request) and super().has_add_permission(request, *args)  # type: ignore[misc]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._manages_any(request) and super().has_delete_permission(request, obj)  # type: ignore[misc]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        rows = super().get_queryset(request)  # type: ignore[misc]
        if is_superuser(request.user):
            return rows
        return rows.filter(hotel__in=managed_hotels(user=request.user))


class ReplayRunForm(forms.ModelForm):
    channel = forms.ChoiceField(choices=CHANNELS, required=False, label=_("Channel"))
    language = forms.ChoiceField(choices=LANGUAGES, required=False, label=_("Language"))
    outcome = forms.ChoiceField(choices=OUTCOME_CHOICES, required=False, label=_("Outcome"))

    class Meta:
        model = ReplayRun
        fields = ["hotel", "date_from", "date_to", "channel", "language", "outcome"]


@admin.register(ReplayRun)
class ReplayRunAdmin(ManagersOnly, HotelScopedAdmin):
    """The list's "Add" is the managers' button: the run is queued as a Celery task (eager under `make run`)."""

    form = ReplayRunForm
    list_display = [
        "__str__",
        "hotel",
        "created_at",
        "state",
        "progress",
        "turns",
        "turns_changed",
        "bookings_lost",
        "bookings_gained",
        "handoffs_new",
        "handoffs_lost",
        "prices_changed",
        "report_link",
    ]
    list_filter = ["state", "hotel"]

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # a report is what it found; marks are made on its page

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "hotel" and field is not None and not is_superuser(request.user):
            field.queryset = Hotel.objects.filter(pk__in=managed_hotels(user=request.user))
        return field

    @admin.display(description=_("progress"))
    def progress(self, run: ReplayRun) -> str:
        return f"{run.conversations_done}/{run.conversations_total}"

    @admin.display(description=_("report"))
    def report_link(self, run: ReplayRun) -> str:
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:conversations_replayrun_report", args=[run.pk]), _("open")
        )

    def get_changeform_initial_data(self, request: HttpRequest) -> dict[str, Any]:
        initial = dict(super().get_changeform_initial_data(request))
        hotels = list(managed_hotels(user=request.user).values_list("pk", flat=True)[:2])
        if len(hotels) == 1:
            initial.setdefault("hotel", str(hotels[0]))  # the usual case: one hotel, nothing to choose
        return initial

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if (
            not is_superuser(request.user)
            and not managed_hotels(user=request.user).filter(pk=obj.hotel_id).exists()
        ):
            raise PermissionDenied("Replays are for the hotel's managers.")
        obj.requested_by = request.user
        super().save_model(request, obj, form, change)
        queue_on_commit(replay_run, obj.pk)

    def response_add(
        self, request: HttpRequest, obj: Any, post_url_continue: str | None = None
    ) -> HttpResponse:
        return HttpResponseRedirect(reverse("admin:conversations_replayrun_report", args=[obj.pk]))

    def get_urls(self) -> list[URLPattern]:
        view = self.admin_site.admin_view
        return [
            path("<int:run_id>/report/", view(self.report_view), name="conversations_replayrun_report"),
            path(
                "<int:run_id>/export.<str:kind>",
                view(self.export_view),
                name="conversations_replayrun_export",
            ),
            path("<int:run_id>/mark/", view(self.mark_view), name="conversations_replayrun_mark"),
            *super().get_urls(),
        ]

    def _run(self, request: HttpRequest, run_id: int) -> ReplayRun:
        if not self.has_view_permission(request):
            raise PermissionDenied
        return get_object_or_404(self.get_queryset(request).select_related("hotel"), pk=run_id)

    def change_view(self, request: HttpRequest, object_id: str, *args: Any, **kwargs: Any) -> HttpResponse:
        run = self._run(request, int(object_id)) if object_id.isdigit() else None
        if run is None:
            raise PermissionDenied
        return HttpResponseRedirect(reverse("admin:conversations_replayrun_report", args=[run.pk]))

    def report_view(self, request: HttpRequest, run_id: int) -> HttpResponse:
        run = self._run(request, run_id)
        changed_only = request.GET.get("all") != "1"
        turns = list(run_turns(run=run, changed_only=changed_only).prefetch_related("marks"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Replay %(number)s of %(hotel)s") % {"number": run.pk, "hotel": run.hotel.name},
            "run": run,
            "running": run.state in (ReplayRun.State.QUEUED, ReplayRun.State.RUNNING),
            "conversations": run.conversations.order_by("conversation_id"),
            "turns": turns,
            "changed_only": changed_only,
            "verdicts": ReplayMark.Verdict.choices,
        }
        return TemplateResponse(request, "admin/replay/report.html", context)

    def export_view(self, request: HttpRequest, run_id: int, kind: str) -> HttpResponse:
        run = self._run(request, run_id)
        changed_only = request.GET.get("all") != "1"
        if kind == "csv":
            body, content_type = run_csv(run, changed_only=changed_only), "text/csv; charset=utf-8"
        elif kind == "jsonl":
            body, content_type = run_jsonl(run, changed_only=changed_only), "application/jsonl; charset=utf-8"
        else:
            raise PermissionDenied
        audit_record(
            action="export", staff=request.user, hotel_id=run.hotel_id, obj=run, summary=f"replay {kind}"
        )
        response = HttpResponse(body, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="replay-{run.pk}.{kind}"'
        return response

    def mark_view(self, request: HttpRequest, run_id: int) -> HttpResponse:
        run = self._run(request, run_id)
        if request.method != "POST":
            raise PermissionDenied
        turn = get_object_or_404(
            ReplayTurn.objects.select_related("replay", "message"),
            replay__run=run,
            pk=request.POST.get("turn"),
        )
        try:
            replay_turn_mark(turn=turn, verdict=request.POST.get("verdict", ""), staff=request.user)
        except ValueError:
            messages.error(request, _("Unknown verdict."))
        return HttpResponseRedirect(
            reverse("admin:conversations_replayrun_report", args=[run.pk]) + f"#turn-{turn.pk}"
        )


@admin.register(ReplayMark)
class ReplayMarkAdmin(ManagersOnly, HotelScopedAdmin):
    """The regression set: replies marked worse must not come back (`manage.py replay --check`)."""

    list_display = ["verdict", "source_key", "guest_text", "new_text", "marked_by", "created_at", "hotel"]
    list_filter = ["verdict", "hotel"]
    search_fields = ["guest_text", "new_text", "source_key"]
    readonly_fields = [
        "hotel",
        "turn",
        "conversation",
        "source_key",
        "guest_text",
        "old_text",
        "new_text",
        "marked_by",
    ]
    fields = ["verdict", *readonly_fields]
    actions = ["export_jsonl"]

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return False  # marks are made on a replay's report

    @admin.action(description=_("Export the selected marks as JSON lines (the regression set's file)"))
    def export_jsonl(self, request: HttpRequest, queryset: QuerySet[ReplayMark]) -> HttpResponse:
        response = HttpResponse(marks_jsonl(queryset), content_type="application/jsonl; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="regressions.jsonl"'
        return response
