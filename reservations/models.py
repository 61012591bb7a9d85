from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils.translation import gettext_lazy as _

from hotel_agent.hotels.models import Hotel


class CancellationPolicy(models.Model):
    """When a guest may cancel for free; the engine states it through `reservations.selectors`."""

    hotel = models.OneToOneField(Hotel, on_delete=models.CASCADE, related_name="cancellation_policy")
    free_cancellation_hours = models.PositiveIntegerField(
        default=48, help_text="Free cancellation until this many hours before arrival."
    )
    arrival_time = models.TimeField(
        default=dt.time(14, 0), help_text="Check-in time the deadline counts from."
    )
    penalty_nights = models.PositiveSmallIntegerField(
        default=1, help_text="Nights charged when cancelling after the deadline."
    )

    class Meta:
        verbose_name = _("cancellation policy")
        verbose_name_plural = _("cancellation policies")

    def __str__(self) -> str:
        return f"{self.hotel}: free until {self.free_cancellation_hours} h before arrival"


class Quote(models.Model):
    """One availability question put to the PMS and its answer, so every price said can be traced back."""

    hotel = models.ForeignKey(Hotel, on_delete=models.CASCADE, related_name="quotes")
    conversation = models.ForeignKey(
        "conversations.Conversation", on_delete=models.SET_NULL, null=True, blank=True, related_name="quotes"
    )
    check_in = models.DateField()
    check_out = models.DateField()
    adults = models.PositiveSmallIntegerField()
    children = models.PositiveSmallIntegerField(default=0)
    child_ages = models.JSONField(default=list, blank=True)
    rooms = models.PositiveSmallIntegerField(default=1)
    pms = models.CharField(max_length=20, help_text="Which PMS adapter answered.")
    fetched_at = models.DateTimeField(help_text="When the PMS gave this answer.")
    from_cache = models.BooleanField(default=False)
    age_seconds = models.FloatField(default=0.0, help_text="Age of the answer when it came from the cache.")
    raw = models.JSONField(default=dict, blank=True, help_text="The PMS answer as received.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(check_out__gt=models.F("check_in")), name="quote_dates_in_order"
            ),
        ]

    def __str__(self) -> str:
        return f"Quote {self.pk} {self.hotel} {self.check_in}→{self.check_out} {self.adults}+{self.children}"


class QuoteLine(models.Model):
    """One room type offered in a quote, at the PMS's price for the whole stay."""

    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="lines")
    pms_room_type_id = models.PositiveIntegerField()
    room_type_name = models.CharField(max_length=200)
    available_rooms = models.PositiveIntegerField()
    total = models.DecimalField(
        max_digits=12, decimal_places=2, help_text="Whole stay, all rooms, tax included."
    )
    total_without_tax = models.DecimalField(max_digits=12, decimal_places=2)
    taxes = models.DecimalField(max_digits=12, decimal_places=2)
    currency = models.CharField(max_length=3)
    nights = models.JSONField(default=list, blank=True, help_text="[{date, amount}] per night, tax included.")
    raw = models.JSONField(default=dict, blank=True, help_text="The PMS's answer for this room type.")
    fetched_at = models.DateTimeField()

    class Meta:
        verbose_name = _("quote line")
        verbose_name_plural = _("quote lines")
        ordering = ["quote", "total"]
        constraints = [
            models.UniqueConstraint(fields=["quote", "pms_room_type_id"], name="quote_line_unique_room_type"),
        ]

    def __str__(self) -> str:
        return f"{self.room_type_name}: {self.total} {self.currency}"


class Reservation(models.Model):
    """Mirror of one PMS booking made through the agent or the staff (or found in the PMS)."""

    class State(models.TextChoices):
        PENDING = "pending", _("Pending (being created in the PMS)")
        CONFIRMED = "confirmed", _("Confirmed")
        CANCELLED = "cancelled", _("Cancelled")
        FAILED = "failed", _("Failed (no booking in the PMS)")

    class MadeBy(models.TextChoices):
        AI = "ai", _("AI receptionist")
        STAFF = "staff", _("Staff")
        PMS = "pms", _("Found in the PMS")

    hotel = models.ForeignKey(
        Hotel, on_delete=models.PROTECT, related_name="reservations", verbose_name=_("hotel")
    )
    reference = models.CharField(
        _("reference"), max_length=32, blank=True, help_text=_("Booking reference in the PMS.")
    )
    pms_booking_id = models.PositiveBigIntegerField(null=True, blank=True)
    pms_room_type_id = models.PositiveIntegerField()
    room_type_name = models.CharField(_("room type"), max_length=200, blank=True)
    check_in = models.DateField(_("arrival"))
    check_out = models.DateField(_("departure"))
    adults = models.PositiveSmallIntegerField(_("adults"))
    children = models.PositiveSmallIntegerField(_("children"), default=0)
    child_ages = models.JSONField(default=list, blank=True)
    rooms = models.PositiveSmallIntegerField(_("rooms"), default=1)
    guest_first_name = models.CharField(_("guest's first name"), max_length=100)
    guest_last_name = models.CharField(_("guest's last name"), max_length=100, blank=True)
    guest_email = models.EmailField(_("guest's e-mail"), blank=True)
    guest_phone = models.CharField(_("guest's phone"), max_length=40, blank=True)
    amount = models.DecimalField(
        _("amount"), max_digits=12, decimal_places=2, help_text=_("Whole stay, tax included.")
    )
    currency = models.CharField(_("currency"), max_length=3)
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.PENDING)
    pms_state = models.CharField(max_length=20, blank=True, help_text="State as the PMS last reported it.")
    paid = models.BooleanField(_("paid"), default=False)
    quote_line = models.ForeignKey(
        QuoteLine, on_delete=models.SET_NULL, null=True, blank=True, related_name="reservations"
    )
    idempotency_key = models.CharField(max_length=200, unique=True)
    conversation = models.ForeignKey(
        "conversations.Conversation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reservations",
    )
    made_by = models.CharField(_("made by"), max_length=10, choices=MadeBy.choices, default=MadeBy.AI)
    failure_reason = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancel_requested_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the PMS was asked to cancel (committed first, so a retry looks before asking again).",
    )

    class Meta:
        verbose_name = _("reservation")
        verbose_name_plural = _("reservations")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(check_out__gt=models.F("check_in")), name="reservation_dates_in_order"
            ),
            models.UniqueConstraint(
                fields=["hotel", "pms_booking_id"],
                condition=models.Q(pms_booking_id__isnull=False),
                name="reservation_unique_pms_booking",
            ),
        ]
        indexes = [
            models.Index(fields=["hotel", "reference"]),
            models.Index(fields=["guest_email"]),
            models.Index(fields=["guest_phone"]),
        ]

    def __str__(self) -> str:
        return f"{self.reference or 'pending'} {self.hotel} {self.check_in}→{self.check_out}"

    @property
    def nights(self) -> int:
        return (self.check_out - self.check_in).days
