"""Which hotel a channel address belongs to, and the webhook bodies the channels received."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from conversations.incoming import Channel


class WhatsAppNumber(models.Model):
    """A WhatsApp Business phone number (Meta's `phone_number_id`) and the hotel that answers on it.

    Webhooks name the number in `metadata.phone_number_id`. With no row for it, the installation's
    only active hotel answers (the single-hotel setup needs no configuration); with several active
    hotels an unmapped number is refused (`channels_app/whatsapp/hotels.py`).
    """

    hotel = models.ForeignKey(
        "hotels.Hotel", on_delete=models.CASCADE, related_name="whatsapp_numbers", verbose_name=_("hotel")
    )
    phone_number_id = models.CharField(
        _("phone number id"), max_length=64, unique=True, help_text=_("Meta's phone number id.")
    )
    display_phone_number = models.CharField(_("display phone number"), max_length=32, blank=True, default="")
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("WhatsApp number")
        verbose_name_plural = _("WhatsApp numbers")

    def __str__(self) -> str:
        return f"{self.display_phone_number or self.phone_number_id} → {self.hotel}"


class InboundEventStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    PROCESSED = "processed", _("Processed")
    FAILED = "failed", _("Failed")


class InboundEvent(models.Model):
    """A webhook body exactly as received, stored before the 200 and processed afterwards."""

    channel = models.CharField(_("channel"), max_length=16, choices=Channel.CHOICES)
    body = models.TextField(_("body"), help_text=_("The raw request body (UTF-8), byte for byte as signed."))
    body_sha256 = models.CharField(
        _("body SHA-256"), max_length=64, help_text=_("Identical redeliveries share one row.")
    )
    signature_verified = models.BooleanField(_("signature verified"), default=False)
    status = models.CharField(
        _("status"), max_length=16, choices=InboundEventStatus.choices, default=InboundEventStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.TextField(_("error"), blank=True, default="")
    correlation_id = models.CharField(_("correlation id"), max_length=128, blank=True, default="")
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)
    processed_at = models.DateTimeField(_("processed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("inbound event")
        verbose_name_plural = _("inbound events")
        ordering = ["-received_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["channel", "body_sha256"], name="inbound_event_unique_body"),
        ]
        indexes = [
            models.Index(
                fields=["received_at"], condition=Q(status="pending"), name="inbound_event_pending_idx"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.channel} event #{self.pk} ({self.status})"


class StoredAudio(models.Model):
    """A voice note whose channel keeps no copy to fetch later (the web chat's upload, an e-mail's
    attachment), stored once by content; the message's media id is `stored:<sha256>`."""

    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    content = models.BinaryField(_("content"))
    mime_type = models.CharField(_("MIME type"), max_length=100)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("stored voice note")
        verbose_name_plural = _("stored voice notes")

    def __str__(self) -> str:
        return f"{self.mime_type} {self.sha256[:12]}"
