"""A hotel's deposit rule, the deposit asked of a reservation, and each proof a guest sent for it."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from hotel_agent.hotels.models import Hotel
from reservations.models import Reservation

CENT = Decimal("0.01")


class DepositPolicy(models.Model):
    """Whether the hotel asks a deposit after a booking, how much, and where the guest pays it."""

    class Kind(models.TextChoices):
        NONE = "none", _("No deposit")
        PERCENT = "percent", _("A percentage of the stay")
        FIXED = "fixed", _("A fixed amount")

    hotel = models.OneToOneField(
        Hotel, on_delete=models.CASCADE, related_name="deposit_policy", verbose_name=_("hotel")
    )
    kind = models.CharField(_("deposit"), max_length=10, choices=Kind.choices, default=Kind.NONE)
    percent = models.DecimalField(
        _("percentage"),
        max_digits=5,
        decimal_places=2,
        default=Decimal(0),
        help_text=_("Of the stay's total."),
    )
    fixed_amount = models.DecimalField(
        _("fixed amount"),
        max_digits=10,
        decimal_places=2,
        default=Decimal(0),
        help_text=_("In the hotel's currency, at most the stay's total."),
    )
    bank_details = models.TextField(
        _("how to pay"),
        blank=True,
        help_text=_("Account holder, IBAN and BIC (or other instructions), told to the guest as written."),
    )

    class Meta:
        verbose_name = _("deposit policy")
        verbose_name_plural = _("deposit policies")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(percent__gte=0, percent__lte=100), name="deposit_percent_0_100"
            ),
            models.CheckConstraint(
                condition=models.Q(fixed_amount__gte=0), name="deposit_fixed_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.hotel}: {self.get_kind_display()}"

    def amount_for(self, total: Decimal) -> Decimal | None:
        """The deposit for a stay costing `total`; None when the hotel asks none."""
        if self.kind == self.Kind.PERCENT and self.percent > 0:
            return (total * self.percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        if self.kind == self.Kind.FIXED and self.fixed_amount > 0:
            return min(self.fixed_amount, total)
        return None


class DepositState(models.TextChoices):
    AWAITING_PROOF = "awaiting_proof", _("Awaiting the guest's proof")
    IN_REVIEW = "in_review", _("Proof waiting for staff")
    RECEIVED = "received", _("Received (approved by staff)")


class Deposit(models.Model):
    """The deposit asked of one reservation: its state is the reservation's deposit state."""

    hotel = models.ForeignKey(
        Hotel, on_delete=models.CASCADE, related_name="deposits", verbose_name=_("hotel")
    )
    reservation = models.OneToOneField(
        Reservation, on_delete=models.CASCADE, related_name="deposit", verbose_name=_("reservation")
    )
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3)
    state = models.CharField(
        _("state"), max_length=20, choices=DepositState.choices, default=DepositState.AWAITING_PROOF
    )
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    received_at = models.DateTimeField(_("received at"), null=True, blank=True)
    pms_noted_at = models.DateTimeField(
        _("noted in the PMS at"), null=True, blank=True, help_text=_("When the PMS recorded the deposit.")
    )
    pms_error = models.CharField(_("PMS error"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("deposit")
        verbose_name_plural = _("deposits")
        ordering = ["-requested_at"]
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="deposit_amount_positive")
        ]

    def __str__(self) -> str:
        return f"{self.reservation.reference}: {self.amount} {self.currency} ({self.state})"


class ProofState(models.TextChoices):
    PENDING = "pending", _("Waiting for staff")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class DepositProof(models.Model):
    """A guest's proof of payment (image or PDF) as received, waiting for a staff member's decision."""

    hotel = models.ForeignKey(
        Hotel, on_delete=models.CASCADE, related_name="deposit_proofs", verbose_name=_("hotel")
    )
    deposit = models.ForeignKey(
        Deposit, on_delete=models.CASCADE, related_name="proofs", verbose_name=_("deposit")
    )
    message = models.OneToOneField(
        "conversations.Message",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="deposit_proof",
        verbose_name=_("message"),
    )
    conversation = models.ForeignKey(
        "conversations.Conversation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="deposit_proofs",
        verbose_name=_("conversation"),
        help_text=_("Where the guest sent it, and is told the decision."),
    )
    channel = models.CharField(_("channel"), max_length=20, blank=True)
    content = models.BinaryField(_("file"), null=True, blank=True, editable=False)
    mime_type = models.CharField(_("type"), max_length=100, blank=True)
    filename = models.CharField(_("file name"), max_length=255, blank=True)
    size = models.PositiveIntegerField(_("size"), default=0)
    state = models.CharField(
        _("state"), max_length=20, choices=ProofState.choices, default=ProofState.PENDING
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True, help_text=_("Why it was rejected."))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(_("received at"), auto_now_add=True)

    class Meta:
        verbose_name = _("deposit proof")
        verbose_name_plural = _("deposit proofs")
        ordering = ["created_at"]
        indexes = [models.Index(fields=["hotel", "state"])]

    def __str__(self) -> str:
        return f"proof {self.pk} for {self.deposit_id} ({self.state})"
