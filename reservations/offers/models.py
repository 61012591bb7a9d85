"""Offers staff approved for a hotel, and each time the AI proposed one to a guest's reservation."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from hotel_agent.hotels.models import Hotel
from reservations.models import Reservation


class OfferKind(models.TextChoices):
    LATE_CHECKOUT = "late_checkout", _("Late check-out")
    BREAKFAST = "breakfast", _("Breakfast")
    UPGRADE = "upgrade", _("Room upgrade")


class OfferState(models.TextChoices):
    DRAFT = "draft", _("Draft (not offered)")
    APPROVED = "approved", _("Approved (the AI may offer it)")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Offer(models.Model):
    """Something extra the AI may propose, only once a staff member approved it.

    Breakfast and late check-out are PMS services (`pms_service_id`, priced by the PMS); an upgrade is
    a move to another room type (`pms_room_type_id`), priced per stay from the PMS's live availability.
    """

    hotel = models.ForeignKey(Hotel, on_delete=models.CASCADE, related_name="offers", verbose_name=_("hotel"))
    kind = models.CharField(_("kind"), max_length=20, choices=OfferKind.choices)
    name = models.CharField(
        _("name"), max_length=200, help_text=_("As the PMS names the service or room type.")
    )
    pms_service_id = models.PositiveIntegerField(_("PMS service id"), null=True, blank=True)
    pms_room_type_id = models.PositiveIntegerField(
        _("PMS room type id"), null=True, blank=True, help_text=_("The room type an upgrade moves to.")
    )
    from_room_type_id = models.PositiveIntegerField(
        _("for bookings of room type"),
        null=True,
        blank=True,
        help_text=_("PMS room type id; empty: any other room type."),
    )
    unit_price = models.DecimalField(
        _("price"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("The PMS's price when last read (services); upgrades are priced per stay."),
    )
    per_night = models.BooleanField(_("per night"), default=False)
    taxes_included = models.BooleanField(_("taxes included"), default=True)
    currency = models.CharField(_("currency"), max_length=3, blank=True)
    stays_from = models.DateField(_("for arrivals from"), null=True, blank=True)
    stays_until = models.DateField(_("for arrivals until"), null=True, blank=True)
    state = models.CharField(_("state"), max_length=20, choices=OfferState.choices, default=OfferState.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("created by"),
    )  # fmt: skip
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("approved by"),
    )  # fmt: skip
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        ordering = ["hotel", "kind", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(kind="upgrade", pms_room_type_id__isnull=False)
                    | (~models.Q(kind="upgrade") & models.Q(pms_service_id__isnull=False))
                ),
                name="offer_names_what_it_sells",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.hotel}: {self.get_kind_display()} ({self.name})"


class ProposalState(models.TextChoices):
    PROPOSED = "proposed", _("Proposed to the guest")
    APPLYING = "applying", _("Accepted, being written to the PMS")
    ACCEPTED = "accepted", _("Accepted and in the PMS")
    DECLINED = "declined", _("Declined")
    FAILED = "failed", _("The PMS refused it")


class OfferProposal(models.Model):
    """One approved offer proposed for one reservation, at the price the PMS gave at that moment."""

    hotel = models.ForeignKey(
        Hotel, on_delete=models.CASCADE, related_name="offer_proposals", verbose_name=_("hotel")
    )
    offer = models.ForeignKey(
        Offer, on_delete=models.PROTECT, related_name="proposals", verbose_name=_("offer")
    )
    reservation = models.ForeignKey(
        Reservation, on_delete=models.CASCADE, related_name="offer_proposals", verbose_name=_("reservation")
    )
    conversation = models.ForeignKey(
        "conversations.Conversation", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("conversation"),
    )  # fmt: skip
    quoted_total = models.DecimalField(
        _("price told"), max_digits=12, decimal_places=2, help_text=_("Whole stay, as told to the guest.")
    )
    total_without_tax = models.DecimalField(
        _("price without tax"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3)
    state = models.CharField(
        _("state"), max_length=20, choices=ProposalState.choices, default=ProposalState.PROPOSED
    )
    booking_total_after = models.DecimalField(
        _("booking total after"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    error = models.CharField(_("error"), max_length=200, blank=True)
    proposed_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("offer proposal")
        verbose_name_plural = _("offer proposals")
        ordering = ["-proposed_at"]
        constraints = [
            # The AI proposes each offer at most once per reservation.
            models.UniqueConstraint(
                fields=["offer", "reservation"], name="offer_proposed_once_per_reservation"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.offer} → {self.reservation.reference} ({self.state})"
