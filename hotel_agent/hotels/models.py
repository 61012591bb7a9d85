"""The hotels the agent answers for and the staff who work for them.

The tables keep the names they had when these models lived in `reservations` (moved without
touching the data: see migrations 0001 here and in each app that points at a hotel).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models


class Hotel(models.Model):
    """A property the agent answers for, mapped to its hotel in the PMS."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    pms_hotel_id = models.PositiveIntegerField(help_text="Hotel id in the PMS (QloApps id_hotel).")
    timezone = models.CharField(max_length=64, default="Europe/Madrid")
    default_language = models.CharField(max_length=2, default="es")
    currency = models.CharField(max_length=3, default="EUR")
    reception_opens = models.TimeField(
        default=dt.time(8, 0), help_text="Staffed reception opens (local time)."
    )
    reception_closes = models.TimeField(
        default=dt.time(22, 0), help_text="Staffed reception closes (local time)."
    )
    group_handoff_size = models.PositiveSmallIntegerField(
        default=8, help_text="Parties larger than this are handed to a human."
    )
    privacy_notice = models.TextField(
        blank=True,
        default="",
        help_text="Privacy notice linked from the web chat; blank: a default text in the guest's language.",
    )
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "reservations_hotel"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["pms_hotel_id"], name="hotel_unique_pms_hotel_id"),
        ]

    def __str__(self) -> str:
        return self.name


class HotelMembership(models.Model):
    """Which hotels a staff member works for, and in what role."""

    class Role(models.TextChoices):
        RECEPTIONIST = "receptionist", "Receptionist"
        MANAGER = "manager", "Manager"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="hotel_memberships"
    )
    hotel = models.ForeignKey(Hotel, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.RECEPTIONIST)

    class Meta:
        db_table = "reservations_hotelmembership"
        constraints = [models.UniqueConstraint(fields=["user", "hotel"], name="membership_unique_user_hotel")]

    def __str__(self) -> str:
        return f"{self.user} @ {self.hotel} ({self.role})"
