"""Guests, conversations and messages.

Invariants live in the database: a provider's message id is unique per channel (the dedupe), an
outbound idempotency key is unique (a retried send never reaches the guest twice), and a guest has
at most one open conversation per hotel and channel (find-or-create is race-safe).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from conversations.engine.types import HandoffReason
from conversations.incoming import Channel, MessageKind


class GuestNameSource(models.TextChoices):
    """Where the guest's name came from; a better source replaces a weaker one, never the reverse."""

    NONE = "", _("unknown")
    PROFILE = "profile", _("channel profile")
    BOOKING = "booking", _("booking holder")
    GIVEN = "given", _("given by the guest")
    STAFF = "staff", _("set by staff")


# Higher wins: what staff typed stays; what the guest said beats a profile name.
GUEST_NAME_RANK: dict[str, int] = {
    GuestNameSource.NONE: 0,
    GuestNameSource.PROFILE: 1,
    GuestNameSource.BOOKING: 2,
    GuestNameSource.GIVEN: 3,
    GuestNameSource.STAFF: 4,
}


class Guest(models.Model):
    """A person writing to the hotel, known by a contact per channel."""

    phone = models.CharField(
        _("phone"), max_length=20, blank=True, default="", help_text=_("E.164, e.g. +34600111222.")
    )
    email = models.EmailField(_("e-mail"), blank=True, default="", help_text=_("Stored lower-cased."))
    webchat_session = models.CharField(_("web chat session"), max_length=64, blank=True, default="")
    name = models.CharField(_("name"), max_length=200, blank=True, default="")
    name_source = models.CharField(
        _("name from"), max_length=8, choices=GuestNameSource.choices, blank=True, default=""
    )
    language = models.CharField(_("language"), max_length=2, blank=True, default="")
    opted_out = models.BooleanField(
        _("opted out"), default=False, help_text=_("The guest asked not to be messaged.")
    )
    opted_out_at = models.DateTimeField(_("opted out at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("guest")
        verbose_name_plural = _("guests")
        constraints = [
            models.UniqueConstraint(fields=["phone"], condition=~Q(phone=""), name="guest_unique_phone"),
            models.UniqueConstraint(fields=["email"], condition=~Q(email=""), name="guest_unique_email"),
            models.UniqueConstraint(
                fields=["webchat_session"],
                condition=~Q(webchat_session=""),
                name="guest_unique_webchat_session",
            ),
        ]

    def __str__(self) -> str:
        return self.name or self.masked_contact()

    def masked_contact(self) -> str:
        """A contact safe for lists and logs: the last digits of a phone, the domain of an e-mail."""
        if self.phone:
            return f"…{self.phone[-4:]}"
        if self.email:
            return f"…@{self.email.rsplit('@', 1)[-1]}"
        if self.webchat_session:
            return _("web chat %(session)s") % {"session": self.webchat_session[:6]}
        return _("guest %(id)s") % {"id": self.pk}


class ConversationState(models.TextChoices):
    # One conversation's state (the console's queues use the same words in the plural).
    AI = "ai", pgettext_lazy("conversation state", "AI handling")
    WAITING_HUMAN = "waiting_human", pgettext_lazy("conversation state", "Waiting for a human")
    HUMAN = "human", pgettext_lazy("conversation state", "Human handling")
    CLOSED = "closed", pgettext_lazy("conversation state", "Closed")


class Conversation(models.Model):
    """One guest's thread with one hotel on one channel."""

    hotel = models.ForeignKey(
        "hotels.Hotel", on_delete=models.PROTECT, related_name="conversations", verbose_name=_("hotel")
    )
    guest = models.ForeignKey(
        Guest, on_delete=models.PROTECT, related_name="conversations", verbose_name=_("guest")
    )
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.CHOICES)
    state = models.CharField(
        _("state"), max_length=16, choices=ConversationState.choices, default=ConversationState.AI
    )
    handoff_reason = models.CharField(
        _("handoff reason"), max_length=32, choices=HandoffReason.CHOICES, blank=True, default=""
    )
    handoff_summary = models.TextField(_("handoff summary"), blank=True, default="")
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_conversations",
        verbose_name=_("assigned to"),
    )
    language = models.CharField(_("language"), max_length=2, blank=True, default="")
    last_inbound_at = models.DateTimeField(
        _("guest last wrote"),
        null=True,
        blank=True,
        help_text=_("When the guest last wrote: opens WhatsApp's 24-hour window."),
    )
    last_message_at = models.DateTimeField(_("last message"), null=True, blank=True)
    dialogue_state = models.JSONField(
        _("dialogue state"), default=dict, blank=True, help_text=_("The engine's memory of this thread.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    handed_back_at = models.DateTimeField(
        _("handed back"),
        null=True,
        blank=True,
        help_text=_(
            "When staff last handed it back to the AI: guest messages up to then are answered in one turn."
        ),
    )

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        ordering = ["-last_message_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["hotel", "guest", "channel"],
                condition=~Q(state="closed"),
                name="conversation_one_open_per_guest_channel",
            ),
        ]
        indexes = [
            models.Index(fields=["hotel", "state", "-last_message_at"], name="conversation_console_idx"),
        ]

    def __str__(self) -> str:
        # The channel and state as the staff member reads them (admin titles and choice lists).
        return f"#{self.pk} {self.get_channel_display()} {self.guest} ({self.get_state_display()})"

    @property
    def ai_holds(self) -> bool:
        return self.state == ConversationState.AI

    @property
    def handoff_current(self) -> bool:
        """A handoff reason describes the conversation only while a human is asked for or holds it;
        after hand back (or close) it is history."""
        return bool(self.handoff_reason) and self.state in (
            ConversationState.WAITING_HUMAN,
            ConversationState.HUMAN,
        )


class Direction(models.TextChoices):
    IN = "in", _("Inbound")
    OUT = "out", _("Outbound")


class Author(models.TextChoices):
    GUEST = "guest", _("Guest")
    AI = "ai", _("AI")
    STAFF = "staff", _("Staff")
    SYSTEM = "system", _("System")


class DeliveryStatus(models.TextChoices):
    RECEIVED = "received", _("Received")  # inbound messages
    QUEUED = "queued", _("Queued")
    SENT = "sent", _("Sent")
    DELIVERED = "delivered", _("Delivered")
    READ = "read", _("Read")
    FAILED = "failed", _("Failed")


class SpeechStatus(models.TextChoices):
    """Where a guest's voice note is on its way to text (empty for every other message)."""

    PENDING = "pending", _("being transcribed")
    TRANSCRIBED = "transcribed", _("transcribed")
    TOO_LONG = "too_long", _("too long")
    SILENT = "silent", _("silent")
    UNREADABLE = "unreadable", _("unreadable or unsupported audio")
    NO_ENGINE = "no_engine", _("no speech-to-text engine")
    FAILED = "failed", _("transcription failed")


# Statuses only move forward; `failed` is final and may follow only queued or sent.
STATUS_RANK = {
    DeliveryStatus.QUEUED: 0,
    DeliveryStatus.SENT: 1,
    DeliveryStatus.DELIVERED: 2,
    DeliveryStatus.READ: 3,
}


class Message(models.Model):
    """One message in a conversation, inbound or outbound; outbound rows are also the outbox."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages", verbose_name=_("conversation")
    )
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.CHOICES)
    direction = models.CharField(_("direction"), max_length=3, choices=Direction.choices)
    provider_message_id = models.CharField(  # noqa: DJ001 - NULL until sent; unique when set
        _("provider message id"),
        max_length=255,
        null=True,
        blank=True,
        help_text=_("The channel's own id; empty for outbound until sent."),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=MessageKind.CHOICES, default=MessageKind.TEXT)
    text = models.TextField(_("text"), blank=True, default="")
    payload_id = models.CharField(
        _("payload id"), max_length=256, blank=True, default="", help_text=_("Chosen button or list row.")
    )
    media = models.JSONField(
        _("media"), null=True, blank=True, help_text=_("Provider media reference (id, mime type, ...).")
    )
    location = models.JSONField(_("location"), null=True, blank=True)
    contacts = models.JSONField(_("contacts"), default=list, blank=True)
    reply_to_provider_id = models.CharField(_("reply to provider id"), max_length=255, blank=True, default="")
    reaction_emoji = models.CharField(_("reaction emoji"), max_length=32, blank=True, default="")
    outgoing = models.JSONField(
        _("outgoing"),
        null=True,
        blank=True,
        help_text=_("Outbound: the reply as the engine or staff wrote it (buttons, template)."),
    )
    raw = models.JSONField(
        _("raw"), default=dict, blank=True, help_text=_("Inbound: the provider's JSON for this message.")
    )
    provider_sent_at = models.DateTimeField(
        _("provider sent at"), null=True, blank=True, help_text=_("Inbound: when the guest sent it.")
    )
    status = models.CharField(_("status"), max_length=16, choices=DeliveryStatus.choices)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    failed_at = models.DateTimeField(_("failed at"), null=True, blank=True)
    error_code = models.CharField(_("error code"), max_length=32, blank=True, default="")
    error_title = models.CharField(_("error title"), max_length=500, blank=True, default="")
    author = models.CharField(_("author"), max_length=8, choices=Author.choices)
    staff_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("staff user"),
    )
    correlation_id = models.CharField(_("correlation id"), max_length=128, blank=True, default="")
    understanding = models.JSONField(
        _("understanding"), default=dict, blank=True, help_text=_("Inbound: what the engine understood.")
    )
    speech_status = models.CharField(
        _("speech status"),
        max_length=16,
        choices=SpeechStatus.choices,
        blank=True,
        default="",
        help_text=_("Voice notes: transcribed (the transcript is the text), or why not."),
    )
    speech_language = models.CharField(
        _("spoken language"), max_length=8, blank=True, default="", help_text=_("Detected in a voice note.")
    )
    audio_seconds = models.FloatField(_("audio length (s)"), null=True, blank=True)
    handled_at = models.DateTimeField(
        _("handled at"),
        null=True,
        blank=True,
        help_text=_("Inbound: when it was answered (the AI's turn or a staff reply) or needed no answer."),
    )
    turn_started_at = models.DateTimeField(
        _("turn started at"),
        null=True,
        blank=True,
        help_text=_("Inbound: when the AI last started answering it."),
    )
    turn_attempts = models.PositiveSmallIntegerField(
        _("turn attempts"),
        default=0,
        help_text=_("Inbound: how many AI turns started on it (a crashed turn is retried)."),
    )
    # Outbox
    idempotency_key = models.CharField(_("idempotency key"), max_length=128, null=True, blank=True)  # noqa: DJ001 - NULL for inbound
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    claimed_until = models.DateTimeField(
        _("claimed until"), null=True, blank=True, help_text=_("A sender holds this row until then.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "provider_message_id"],
                condition=Q(provider_message_id__isnull=False),
                name="message_unique_provider_id_per_channel",
            ),
            models.UniqueConstraint(
                fields=["idempotency_key"],
                condition=Q(idempotency_key__isnull=False),
                name="message_unique_idempotency_key",
            ),
            models.CheckConstraint(
                condition=Q(direction="in", status="received") | Q(direction="out") & ~Q(status="received"),
                name="message_status_matches_direction",
            ),
        ]
        indexes = [
            models.Index(fields=["conversation", "created_at"], name="message_transcript_idx"),
            models.Index(
                fields=["conversation", "provider_sent_at", "id"],
                condition=Q(direction="in", handled_at__isnull=True),
                name="message_unhandled_idx",
            ),
            models.Index(
                fields=["next_attempt_at"],
                condition=Q(direction="out", status="queued"),
                name="message_outbox_due_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_direction_display()} {self.get_kind_display()} #{self.pk} ({self.get_status_display()})"
