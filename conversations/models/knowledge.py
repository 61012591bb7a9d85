"""What the hotel knows and how it likes to say things: the FAQ knowledge base and reply overrides.

Staff edit both in the admin. A knowledge entry is the only source of a hotel fact the agent may
state; a reply template row overrides one sentence of the built-in catalogue
(`conversations/engine/catalogue/<lang>.toml`) for one hotel, or for every hotel when `hotel` is empty.
"""

from __future__ import annotations

from typing import Any

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.template import Engine, TemplateSyntaxError

from conversations.nlu.types import FAQ_TOPICS, LANGUAGES
from hotel_agent.hotels.models import Hotel

LANGUAGE_CHOICES = [(code, code) for code in LANGUAGES]
FAQ_TOPIC_CHOICES = [(topic, topic.replace("_", " ")) for topic in FAQ_TOPICS]


class KnowledgeEntry(models.Model):
    """The hotel's answer to one FAQ topic in one language."""

    hotel = models.ForeignKey(Hotel, on_delete=models.CASCADE, related_name="knowledge_entries")
    topic = models.CharField(max_length=40, choices=FAQ_TOPIC_CHOICES)
    language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES)
    answer = models.TextField(help_text="What the agent tells guests, word for word. Say only what is true.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["hotel", "topic", "language"]
        verbose_name_plural = "knowledge entries"
        constraints = [
            models.UniqueConstraint(
                fields=["hotel", "topic", "language"], name="knowledge_unique_hotel_topic_language"
            ),
            models.CheckConstraint(
                condition=models.Q(topic__in=FAQ_TOPICS), name="knowledge_topic_in_vocabulary"
            ),
            models.CheckConstraint(
                condition=models.Q(language__in=LANGUAGES), name="knowledge_language_in_vocabulary"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.topic} [{self.language}]"


def _validate_template_text(text: str) -> None:
    try:
        Engine(autoescape=False).from_string(text)
    except TemplateSyntaxError as exc:
        raise ValidationError(f"not a valid template: {exc}") from exc


def reply_overrides_forget() -> None:
    """Drop every cached set of overrides (edits are rare; a hotel-less row touches all hotels)."""
    from conversations.engine.replies import overrides_cache_key

    keys = [
        overrides_cache_key(hotel_id=hotel_id, language=language)
        for hotel_id in Hotel.objects.values_list("pk", flat=True)
        for language in LANGUAGES
    ]
    cache.delete_many(keys)


class ReplyTemplate(models.Model):
    """A staff override of one catalogue sentence (Django template syntax, plain text)."""

    hotel = models.ForeignKey(
        Hotel,
        on_delete=models.CASCADE,
        related_name="reply_templates",
        null=True,
        blank=True,
        help_text="Empty: applies to every hotel without its own override.",
    )
    key = models.CharField(max_length=60, help_text="Catalogue key, e.g. greeting or booking_confirmed.")
    language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES)
    text = models.TextField(validators=[_validate_template_text])
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["key", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["hotel", "key", "language"],
                condition=models.Q(hotel__isnull=False),
                name="reply_template_unique_hotel_key_language",
            ),
            models.UniqueConstraint(
                fields=["key", "language"],
                condition=models.Q(hotel__isnull=True),
                name="reply_template_unique_global_key_language",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.key} [{self.language}]"

    def save(self, *args: Any, **kwargs: Any) -> None:
        super().save(*args, **kwargs)
        transaction.on_commit(reply_overrides_forget)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        deleted = super().delete(*args, **kwargs)
        transaction.on_commit(reply_overrides_forget)
        return deleted

    def clean(self) -> None:
        from conversations.engine.replies import catalogue_keys

        if self.key not in catalogue_keys():
            raise ValidationError({"key": "unknown catalogue key"})
