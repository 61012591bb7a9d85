"""The hotel's outreach settings and the per-reservation claim rows (imported by `reservations.models`)."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils.translation import gettext_lazy as _

from hotel_agent.hotels.models import Hotel


class OutreachKind(models.TextChoices):
    BEFORE_7D = "before_7d", _("7 days before arrival")
    BEFORE_1D = "before_1d", _("1 day before arrival")
    AFTER_1D = "after_1d", _("1 day after departure")


class OutreachSettings(models.Model):
    """Per hotel: which messages go, when, and the approved WhatsApp template of each.

    A hotel without a row gets the defaults (every kind on, 10:00, quiet 21:00-09:00, no template:
    outside WhatsApp's 24-hour window such a message is not sent)."""

    hotel = models.OneToOneField(
        Hotel, on_delete=models.CASCADE, related_name="outreach_settings", verbose_name=_("hotel")
    )
    before_7d_enabled = models.BooleanField(_("send 7 days before arrival"), default=True)
    before_1d_enabled = models.BooleanField(_("send 1 day before arrival"), default=True)
    after_1d_enabled = models.BooleanField(_("send 1 day after departure"), default=True)
    before_7d_template = models.CharField(
        _("WhatsApp template, 7 days before"),
        max_length=512,
        blank=True,
        default="",
        help_text=_("Approved template name used outside WhatsApp's 24-hour window."),
    )
    before_1d_template = models.CharField(
        _("WhatsApp template, 1 day before"), max_length=512, blank=True, default=""
    )
    after_1d_template = models.CharField(
        _("WhatsApp template, 1 day after"), max_length=512, blank=True, default=""
    )
    send_time = models.TimeField(
        _("send at"), default=dt.time(10, 0), help_text=_("Local time the day's messages go.")
    )
    quiet_from = models.TimeField(
        _("quiet hours from"), default=dt.time(21, 0), help_text=_("Nothing is sent from this local time...")
    )
    quiet_until = models.TimeField(
        _("quiet hours until"), default=dt.time(9, 0), help_text=_("...until this one (next allowed time).")
    )
    review_url = models.URLField(
        _("review link"), blank=True, default="", help_text=_("Sent in the message after departure.")
    )
    directions_url = models.URLField(
        _("directions link"), blank=True, default="", help_text=_("A map link sent before arrival.")
    )

    class Meta:
        verbose_name = _("reservation messages settings")
        verbose_name_plural = _("reservation messages settings")

    def __str__(self) -> str:
        return f"{self.hotel}: {self._meta.verbose_name}"

    def enabled(self, kind: str) -> bool:
        return bool(getattr(self, f"{kind}_enabled"))

    def template(self, kind: str) -> str:
        return str(getattr(self, f"{kind}_template"))


class OutreachMessage(models.Model):
    """One reservation's message of one kind: inserted (unique) in the transaction that queues the
    message in the outbox, so a second beat, worker or retry finds it and sends nothing."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued in the outbox")
        SKIPPED = "skipped", _("Not sent")

    hotel = models.ForeignKey(Hotel, on_delete=models.CASCADE, related_name="+", verbose_name=_("hotel"))
    reservation = models.ForeignKey(
        "reservations.Reservation",
        on_delete=models.CASCADE,
        related_name="outreach_messages",
        verbose_name=_("reservation"),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=OutreachKind.choices)
    state = models.CharField(_("state"), max_length=8, choices=State.choices, default=State.QUEUED)
    skip_reason = models.CharField(_("why not sent"), max_length=32, blank=True, default="")
    channel = models.CharField(_("channel"), max_length=16, blank=True, default="")
    language = models.CharField(_("language"), max_length=2, blank=True, default="")
    template_name = models.CharField(_("WhatsApp template"), max_length=512, blank=True, default="")
    message = models.ForeignKey(
        "conversations.Message",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("message"),
    )
    due_at = models.DateTimeField(_("due at"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("reservation message")
        verbose_name_plural = _("reservation messages")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["reservation", "kind"], name="outreach_once_per_reservation_kind"
            ),
        ]
        indexes = [models.Index(fields=["hotel", "created_at"], name="outreach_hotel_created_idx")]

    def __str__(self) -> str:
        return f"{self.reservation_id} {self.kind} ({self.state})"
