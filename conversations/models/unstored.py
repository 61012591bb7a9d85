"""Guest messages that could not be stored as messages, kept with their raw event for staff."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from conversations.incoming import Channel


class UnstoredMessage(models.Model):
    """A guest's message the database refused, or a raw event that could not be read as a message.

    The raw event is kept as escaped JSON text (storable whatever it held), so staff can read what the
    guest sent; `conversation` is where the guest was told, when we knew who they were.
    """

    hotel = models.ForeignKey(
        "hotels.Hotel", on_delete=models.CASCADE, related_name="+", verbose_name=_("hotel")
    )
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.CHOICES)
    key = models.CharField(
        _("key"),
        max_length=255,
        unique=True,
        help_text=_("One row per failed message, however often redelivered."),
    )
    sender = models.CharField(_("sender"), max_length=255, blank=True, default="")
    reason = models.CharField(_("reason"), max_length=500)
    raw = models.TextField(_("raw event"), help_text=_("What the channel delivered, as escaped JSON."))
    conversation = models.ForeignKey(
        "conversations.Conversation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="unstored_messages",
        verbose_name=_("conversation"),
    )
    guest_told = models.BooleanField(_("guest told"), default=False)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("unstored message")
        verbose_name_plural = _("unstored messages")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.channel} message not stored ({self.reason[:40]})"
