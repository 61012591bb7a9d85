"""Admin for what the receptionist knows and says: the FAQ knowledge base and reply overrides."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin

from conversations.models import KnowledgeEntry, ReplyTemplate
from hotel_agent.hotels.admin import HotelScopedAdmin


@admin.register(KnowledgeEntry)
class KnowledgeEntryAdmin(HotelScopedAdmin):
    list_display = ["hotel", "topic", "language", "short_answer", "updated_at"]
    list_filter = ["hotel", "topic", "language"]
    search_fields = ["answer"]
    ordering = ["hotel", "topic", "language"]

    @admin.display(description="answer")
    def short_answer(self, obj: KnowledgeEntry) -> str:
        return obj.answer[:90] + ("…" if len(obj.answer) > 90 else "")


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
