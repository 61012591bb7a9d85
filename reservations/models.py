from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from hotel_agent.hotels.models import Hotel


class CancellationPolicy(models.Model):
    """When a guest may cancel for free; the engine states it through `reservations.selectors`."""

    hotel = models.OneToOneField(
        Hotel, on_delete=models.CASCADE, related_name="cancellation_policy", verbose_name=_("hotel")
    )
    free_cancellation_hours = models.PositiveIntegerField(
        _("free cancellation hours"),
        default=48,
        help_text=_("Free cancellation until this many hours before arrival."),
    )
    arrival_time = models.TimeField(
        _("arrival time"), default=dt.time(14, 0), help_text=_("Check-in time the deadline counts from.")
    )
    penalty_nights = models.PositiveSmallIntegerField(
        _("penalty nights"), default=1, help_text=_("Nights charged when cancelling after the deadline.")
    )

    class Meta:
        verbose_name = _("cancellation policy")
        verbose_name_plural = _("cancellation policies")

    def __str__(self) -> str:
        return gettext("%(hotel)s: free until %(hours)s h before arrival") % {
            "hotel": self.hotel,
            "hours": self.free_cancellation_hours,
        }


class Quote(models.Model):
    """One availability question put to the PMS and its answer, so every price said can be traced back."""

    hotel = models.ForeignKey(Hotel, on_delete=models.CASCADE, related_name="quotes", verbose_name=_("hotel"))
    conversation = models.ForeignKey(
        "conversations.Conversation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="quotes",
        verbose_name=_("conversation"),
    )
    check_in = models.DateField(_("check in"))
    check_out = models.DateField(_("check out"))
    adults = models.PositiveSmallIntegerField(_("adults"))
    children = models.PositiveSmallIntegerField(_("children"), default=0)
    child_ages = models.JSONField(_("child ages"), default=list, blank=True)
    rooms = models.PositiveSmallIntegerField(_("rooms"), default=1)
    pms = models.CharField(_("pms"), max_length=20, help_text=_("Which PMS adapter answered."))
    fetched_at = models.DateTimeField(_("fetched at"), help_text=_("When the PMS gave this answer."))
    from_cache = models.BooleanField(_("from cache"), default=False)
    age_seconds = models.FloatField(
        _("age seconds"), default=0.0, help_text=_("Age of the answer when it came from the cache.")
    )
    raw = models.JSONField(_("raw"), default=dict, blank=True, help_text=_("The PMS answer as received."))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

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
        stay = f"{self.check_in}→{self.check_out} {self.adults}+{self.children}"
        return gettext("Quote %(number)s %(hotel)s %(stay)s") % {
            "number": self.pk,
            "hotel": self.hotel,
            "stay": stay,
        }


class QuoteLine(models.Model):
    """One room type offered in a quote, at the PMS's price for the whole stay."""

    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="lines", verbose_name=_("quote"))
    pms_room_type_id = models.PositiveIntegerField(_("PMS room type id"))
    room_type_name = models.CharField(_("room type name"), max_length=200)
    available_rooms = models.PositiveIntegerField(_("available rooms"))
    total = models.DecimalField(
        _("total"), max_digits=12, decimal_places=2, help_text=_("Whole stay, all rooms, tax included.")
    )
    total_without_tax = models.DecimalField(_("total without tax"), max_digits=12, decimal_places=2)
    taxes = models.DecimalField(_("taxes"), max_digits=12, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3)
    nights = models.JSONField(
        _("nights"), default=list, blank=True, help_text=_("[{date, amount}] per night, tax included.")
    )
    raw = models.JSONField(
        _("raw"), default=dict, blank=True, help_text=_("The PMS's answer for this room type.")
    )
    fetched_at = models.DateTimeField(_("fetched at"))

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
    pms_booking_id = models.PositiveBigIntegerField(_("PMS booking id"), null=True, blank=True)
    pms_room_type_id = models.PositiveIntegerField(_("PMS room type id"))
    room_type_name = models.CharField(_("room type"), max_length=200, blank=True)
    check_in = models.DateField(_("arrival"))
    check_out = models.DateField(_("departure"))
    adults = models.PositiveSmallIntegerField(_("adults"))
    children = models.PositiveSmallIntegerField(_("children"), default=0)
    child_ages = models.JSONField(_("child ages"), default=list, blank=True)
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
    pms_state = models.CharField(
        _("PMS state"), max_length=20, blank=True, help_text=_("State as the PMS last reported it.")
    )
    paid = models.BooleanField(_("paid"), default=False)
    quote_line = models.ForeignKey(
        QuoteLine,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reservations",
        verbose_name=_("quote line"),
    )
    idempotency_key = models.CharField(_("idempotency key"), max_length=200, unique=True)
    conversation = models.ForeignKey(
        "conversations.Conversation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reservations",
        verbose_name=_("conversation"),
    )
    made_by = models.CharField(_("made by"), max_length=10, choices=MadeBy.choices, default=MadeBy.AI)
    failure_reason = models.CharField(_("failure reason"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    cancel_requested_at = models.DateTimeField(
        _("cancel requested at"),
        null=True,
        blank=True,
        help_text=_(
            "When the PMS was asked to cancel (committed first, so a retry looks before asking again)."
        ),
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


# Reservation messages, deposits and offers (issue 15): kept in their own packages, registered with this
# app here.
from reservations.deposits.models import Deposit, DepositPolicy, DepositProof  # noqa: E402, F401
from reservations.offers.models import Offer, OfferProposal  # noqa: E402, F401
from reservations.outreach.models import OutreachKind, OutreachMessage, OutreachSettings  # noqa: E402, F401
