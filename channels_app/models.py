"""Which hotel a channel address belongs to."""

from __future__ import annotations

from django.db import models


class WhatsAppNumber(models.Model):
    """A WhatsApp Business phone number (Meta's `phone_number_id`) and the hotel that answers on it.

    Webhooks name the number in `metadata.phone_number_id`. With no row for it, the first active
    hotel answers (the single-hotel setup needs no configuration).
    """

    hotel = models.ForeignKey("reservations.Hotel", on_delete=models.CASCADE, related_name="whatsapp_numbers")
    phone_number_id = models.CharField(max_length=64, unique=True, help_text="Meta's phone number id.")
    display_phone_number = models.CharField(max_length=32, blank=True, default="")
    active = models.BooleanField(default=True)

    class Meta:
        verbose_name = "WhatsApp number"

    def __str__(self) -> str:
        return f"{self.display_phone_number or self.phone_number_id} → {self.hotel}"
