"""Admin for what the receptionist knows and says: the hotel's facts and reply overrides.

A fact is edited with its six languages side by side (one inline row per language) and a preview:
type a question and see what the agent would answer with the hotel's facts as they are saved now.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from conversations.models import Fact, FactText, ReplyTemplate, UnansweredQuestion
from conversations.nlu.types import LANGUAGES
from hotel_agent.hotels.access import scope_to_staff_hotels
from hotel_agent.hotels.admin import HotelScopedAdmin
from hotel_agent.hotels.models import Hotel


class FactTextForm(forms.ModelForm):
    class Meta:
        model = FactText
        fields = ["language", "phrasings", "answer"]
        # Side by side: short boxes, one row per language.
        widgets = {
            "phrasings": forms.Textarea(attrs={"rows": 4, "cols": 40}),
            "answer": forms.Textarea(attrs={"rows": 4, "cols": 60}),
        }


class FactTextInline(admin.TabularInline):
    model = FactText
    form = FactTextForm
    extra = 0
    max_num = len(LANGUAGES)

    def get_extra(self, request: HttpRequest, obj: Fact | None = None, **kwargs: Any) -> int:
        have = obj.texts.count() if obj is not None and obj.pk else 0
        return len(LANGUAGES) - have


class FactPreviewForm(forms.Form):
    hotel = forms.ModelChoiceField(queryset=Hotel.objects.none())
    language = forms.ChoiceField(choices=[(code, code) for code in LANGUAGES])
    question = forms.CharField(max_length=500, widget=forms.TextInput(attrs={"size": 80}))


@admin.register(Fact)
class FactAdmin(HotelScopedAdmin):
    inlines = [FactTextInline]
    list_display = ["__str__", "hotel", "topic", "languages", "short_answer", "active", "needs_translation"]
    list_filter = ["hotel", "topic", "active", "needs_translation", "source"]
    search_fields = ["key", "texts__answer", "texts__phrasings"]
    readonly_fields = ["source", "created_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["hotel", "key", "topic", "active", "needs_translation"]}),
        (
            _("Structured values (optional; the agent says the text below, word for word)"),
            {
                "classes": ["collapse"],
                "fields": [
                    ("opens_at", "closes_at"),
                    ("price", "currency", "price_unit"),
                    "available",
                    "conditions",
                    ("season_from_month", "season_to_month"),
                    "room_type_code",
                ],
            },
        ),
        (_("Record"), {"fields": ["source", "created_by", "created_at", "updated_at"]}),
    ]
    change_list_template = "admin/conversations/fact/change_list.html"
    actions = ["refresh_room_facts"]

    @admin.action(description=_("Refresh the room types' facts from the PMS (hotels of the selected facts)"))
    def refresh_room_facts(self, request: HttpRequest, queryset: QuerySet[Fact]) -> None:
        from conversations.services.room_facts import room_facts_refresh

        for hotel in Hotel.objects.filter(pk__in=queryset.values("hotel_id")):
            facts = room_facts_refresh(hotel=hotel)
            self.message_user(
                request,
                gettext("%(hotel)s: %(count)d room type facts from the PMS.")
                % {"hotel": hotel.name, "count": len(facts)},
            )

    def get_queryset(self, request: HttpRequest) -> Any:
        return super().get_queryset(request).prefetch_related("texts")

    @admin.display(description=_("languages"))
    def languages(self, obj: Fact) -> str:
        return " ".join(sorted(text.language for text in obj.texts.all()))

    @admin.display(description=_("answer"))
    def short_answer(self, obj: Fact) -> str:
        texts = sorted(obj.texts.all(), key=lambda text: text.language != obj.hotel.default_language)
        answer = texts[0].answer if texts else ""
        return answer[:90] + ("…" if len(answer) > 90 else "")

    def save_model(self, request: HttpRequest, obj: Model, form: Any, change: bool) -> None:
        if isinstance(obj, Fact) and not change and obj.created_by_id is None:
            obj.created_by_id = request.user.pk
        super().save_model(request, obj, form, change)

    def get_urls(self) -> list[URLPattern]:
        own = [
            path(
                "preview/",
                self.admin_site.admin_view(self.preview_view),
                name="conversations_fact_preview",
            )
        ]
        return own + super().get_urls()

    def preview_view(self, request: HttpRequest) -> HttpResponse:
        """What the agent would answer to a typed question, with the hotel's saved facts."""
        from conversations.engine.faq import answer_questions

        hotels = scope_to_staff_hotels(Hotel.objects.order_by("name"), user=request.user, lookup="pk")
        form = FactPreviewForm(request.GET or None)
        form.fields["hotel"].queryset = hotels  # type: ignore[attr-defined]
        result = None
        if form.is_valid():
            result = answer_questions(
                form.cleaned_data["question"],
                hotel=form.cleaned_data["hotel"],
                language=form.cleaned_data["language"],
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": gettext("Preview the agent's answer"),
            "form": form,
            "result": result,
        }
        return TemplateResponse(request, "admin/conversations/fact/preview.html", context)


@admin.register(UnansweredQuestion)
class UnansweredQuestionAdmin(HotelScopedAdmin):
    list_display = ["text", "language", "hotel", "fact", "created_at"]
    list_filter = ["hotel", "language"]
    search_fields = ["text"]
    readonly_fields = ["hotel", "conversation", "message", "language", "text", "normalized", "created_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


class ReplyTemplateForm(forms.ModelForm):
    class Meta:
        model = ReplyTemplate
        fields = ["hotel", "key", "language", "text"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from conversations.engine.replies import catalogue_keys

        self.fields["key"] = forms.ChoiceField(choices=[(k, k) for k in sorted(catalogue_keys())])
        self.fields[
            "text"
        ].help_text = (
            "Django template syntax, plain text. Keep the {{ placeholders }} of the built-in sentence."
        )


@admin.register(ReplyTemplate)
class ReplyTemplateAdmin(HotelScopedAdmin):
    """Overrides for every hotel (no hotel) are listed to superusers only."""

    form = ReplyTemplateForm
    list_display = ["key", "language", "hotel", "updated_at"]
    list_filter = ["language", "hotel"]
    search_fields = ["key", "text"]
