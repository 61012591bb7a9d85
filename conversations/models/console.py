"""What the console adds to the record: staff actions (notes, take over, hand back, close) and canned replies."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffActionKind(models.TextChoices):
    NOTE = "note", _("Internal note")
    TAKE_OVER = "take_over", _("Taken over")
    HAND_BACK = "hand_back", _("Handed back to the AI")
    CLOSE = "close", _("Closed")
    GUEST_NAME = "guest_name", _("Guest's name changed")


class StaffAction(models.Model):
    """Something a staff member did to a conversation; the guest never sees these.

    Internal notes live here, and so do the state changes staff make, with the hand-back summary,
    so the transcript shows who did what and when, and the figures can time the human's answers.
    """

    conversation = models.ForeignKey(
        "conversations.Conversation",
        on_delete=models.CASCADE,
        related_name="staff_actions",
        verbose_name=_("conversation"),
    )
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("staff member"),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=StaffActionKind.choices)
    text = models.TextField(
        _("text"),
        blank=True,
        default="",
        help_text=_("The note, the hand-back summary, or the guest's new name."),
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("staff action")
        verbose_name_plural = _("staff actions")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["conversation", "created_at"], name="staff_action_conv_idx")]

    def __str__(self) -> str:
        return f"{self.kind} on #{self.conversation_id} by {self.staff}"


class CannedReply(models.Model):
    """A prepared answer receptionists insert into the reply box, per hotel and language."""

    hotel = models.ForeignKey(
        "hotels.Hotel", on_delete=models.CASCADE, related_name="canned_replies", verbose_name=_("hotel")
    )
    language = models.CharField(_("language"), max_length=2, help_text=_("es, en, pt, fr, de or it."))
    title = models.CharField(_("title"), max_length=80)
    text = models.TextField(_("text"))
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["hotel", "language", "title"]
        verbose_name = _("canned reply")
        verbose_name_plural = _("canned replies")
        constraints = [
            models.UniqueConstraint(fields=["hotel", "language", "title"], name="canned_reply_unique_title"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"
