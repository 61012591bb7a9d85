"""What the hotel knows and how it likes to say things: facts, unanswered questions, reply overrides.

Managers edit facts in the admin. A fact (with its text per language) is the only source of a hotel
fact the agent may state; the agent answers with a matched fact's text word for word. A question the
agent could not answer is kept (`UnansweredQuestion`) for the figures and for the receptionist who
answers it to save as a new fact. A reply template row overrides one sentence of the built-in
catalogue (`conversations/engine/catalogue/<lang>.toml`) for one hotel, or for every hotel when
`hotel` is empty.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.template import Engine, TemplateSyntaxError
from django.utils.translation import gettext_lazy as _

from conversations.nlu.types import FAQ_TOPICS, LANGUAGES
from hotel_agent.hotels.models import Hotel

LANGUAGE_CHOICES = [(code, code) for code in LANGUAGES]
# The labels are the topic codes in words (the migrations hold these English strings).
FAQ_TOPIC_LABELS = {
    "checkin_checkout_times": _("checkin checkout times"),
    "parking": _("parking"),
    "breakfast": _("breakfast"),
    "wifi": _("wifi"),
    "pets": _("pets"),
    "location_directions": _("location directions"),
    "amenities": _("amenities"),
    "payment_methods": _("payment methods"),
    "cancellation_policy": _("cancellation policy"),
    "accessibility": _("accessibility"),
    "airport_transfer": _("airport transfer"),
}
FAQ_TOPIC_CHOICES = [(topic, FAQ_TOPIC_LABELS[topic]) for topic in FAQ_TOPICS]
OTHER_TOPIC = ""  # a fact no FAQ topic fits (yet): a saved staff answer starts here


class FactSource(models.TextChoices):
    STAFF = "staff", _("written by staff in the admin")
    CONSOLE = "console", _("a receptionist's answer saved from the console")
    ROOM_DATA = "room_data", _("the room types of the PMS")
    PMS_HOTEL = "pms_hotel", _("the hotel's own data in the PMS (times, address)")
    PARAGRAPH = "paragraph", _("a topic paragraph of the old knowledge base")
    DEMO = "demo", _("demo data")


class PriceUnit(models.TextChoices):
    PER_NIGHT = "per_night", _("per night")
    PER_PERSON = "per_person", _("per person")
    PER_ADULT = "per_adult", _("per adult")
    PER_STAY = "per_stay", _("per stay")
    EACH_WAY = "each_way", _("each way")
    PER_HOUR = "per_hour", _("per hour")
    ONCE = "once", _("once")


class Fact(models.Model):
    """One thing the hotel knows ("the pool opens May to October, 10:00 to 20:00").

    Its words live in `FactText`, one per language: the questions guests ask it with and the answer
    the agent sends. The structured values are optional, for managers and reports; the agent says
    the text, never a sentence built from the values.
    """

    hotel = models.ForeignKey(Hotel, on_delete=models.CASCADE, related_name="facts", verbose_name=_("hotel"))
    key = models.SlugField(
        _("key"),
        max_length=60,
        blank=True,
        help_text=_("A short name for the fact, unique in the hotel (optional)."),
    )
    topic = models.CharField(
        _("topic"),
        max_length=40,
        choices=FAQ_TOPIC_CHOICES,
        blank=True,
        default=OTHER_TOPIC,
        help_text=_("Empty: other."),
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive facts are never used to answer.")
    )
    source = models.CharField(
        _("source"), max_length=12, choices=FactSource.choices, default=FactSource.STAFF
    )
    needs_translation = models.BooleanField(
        _("needs translation"),
        default=False,
        help_text=_("Written in one language only: a manager should add the others."),
    )
    room_type_code = models.CharField(
        _("room type code"),
        max_length=60,
        blank=True,
        help_text=_("The PMS room type this fact describes (room data facts)."),
    )
    opens_at = models.TimeField(_("opens at"), null=True, blank=True)
    closes_at = models.TimeField(_("closes at"), null=True, blank=True)
    price = models.DecimalField(_("price"), max_digits=9, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, blank=True, help_text=_("ISO 4217, e.g. EUR."))
    price_unit = models.CharField(_("price unit"), max_length=12, choices=PriceUnit.choices, blank=True)
    available = models.BooleanField(
        _("available"), null=True, blank=True, help_text=_("A yes/no fact: yes, no or unknown.")
    )
    conditions = models.TextField(
        _("conditions"), blank=True, help_text=_("On request, booked ahead, age limits...")
    )
    season_from_month = models.PositiveSmallIntegerField(
        _("season from month"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    season_to_month = models.PositiveSmallIntegerField(
        _("season to month"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("fact")
        verbose_name_plural = _("facts")
        ordering = ["hotel", "topic", "key", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["hotel", "key"], condition=~models.Q(key=""), name="fact_unique_hotel_key"
            ),
            models.CheckConstraint(
                condition=models.Q(topic__in=[*FAQ_TOPICS, OTHER_TOPIC]), name="fact_topic_in_vocabulary"
            ),
            models.CheckConstraint(
                condition=~models.Q(price__isnull=False, currency=""), name="fact_price_has_currency"
            ),
        ]

    def __str__(self) -> str:
        return self.key or f"fact {self.pk}"


class FactText(models.Model):
    """A fact's words in one language: the questions it answers and the answer, word for word."""

    fact = models.ForeignKey(Fact, on_delete=models.CASCADE, related_name="texts", verbose_name=_("fact"))
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    phrasings = models.TextField(
        _("phrasings"),
        blank=True,
        help_text=_("Questions guests ask about it, one per line (the agent also reads the answer)."),
    )
    answer = models.TextField(
        _("answer"), help_text=_("What the agent tells guests, word for word. Say only what is true.")
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("fact text")
        verbose_name_plural = _("fact texts")
        ordering = ["fact", "language"]
        constraints = [
            models.UniqueConstraint(fields=["fact", "language"], name="fact_text_unique_fact_language"),
            models.CheckConstraint(
                condition=models.Q(language__in=LANGUAGES), name="fact_text_language_in_vocabulary"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.fact} [{self.language}]"

    def phrasing_list(self) -> list[str]:
        return [line.strip() for line in self.phrasings.splitlines() if line.strip()]


class UnansweredQuestion(models.Model):
    """A guest question the agent had no fact for (handed to reception as `unknown_question`)."""

    hotel = models.ForeignKey(
        Hotel, on_delete=models.CASCADE, related_name="unanswered_questions", verbose_name=_("hotel")
    )
    conversation = models.ForeignKey(
        "conversations.Conversation",
        on_delete=models.CASCADE,
        related_name="unanswered_questions",
        verbose_name=_("conversation"),
    )
    message = models.OneToOneField(
        "conversations.Message",
        on_delete=models.CASCADE,
        related_name="unanswered_question",
        verbose_name=_("message"),
    )
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    text = models.TextField(_("text"))
    normalized = models.CharField(
        _("normalized"), max_length=255, db_index=True, help_text=_("For counting repeats.")
    )
    fact = models.ForeignKey(
        Fact,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="learned_from",
        help_text=_("The fact a receptionist saved from their answer."),
        verbose_name=_("fact"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("unanswered question")
        verbose_name_plural = _("unanswered questions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.text[:60]


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
        help_text=_("Empty: applies to every hotel without its own override."),
        verbose_name=_("hotel"),
    )
    key = models.CharField(
        _("key"), max_length=60, help_text=_("Catalogue key, e.g. greeting or booking_confirmed.")
    )
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    text = models.TextField(_("text"), validators=[_validate_template_text])
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("reply template")
        verbose_name_plural = _("reply templates")
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
