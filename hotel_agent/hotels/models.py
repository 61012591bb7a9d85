"""The hotels the agent answers for and the staff who work for them.

The tables keep the names they had when these models lived in `reservations` (moved without
touching the data: see migrations 0001 here and in each app that points at a hotel).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Register(models.TextChoices):
    """How the agent and the chat page address guests, in the languages that have both forms."""

    FORMAL = "formal", _("Formal (usted, você/o senhor, vous, Sie, Lei)")
    INFORMAL = "informal", _("Informal (tú, tu, du)")


class Hotel(models.Model):
    """A property the agent answers for, mapped to its hotel in the PMS."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), unique=True)
    pms_hotel_id = models.PositiveIntegerField(
        _("PMS hotel id"), help_text=_("Hotel id in the PMS (QloApps id_hotel).")
    )
    timezone = models.CharField(_("time zone"), max_length=64, default="Europe/Madrid")
    default_language = models.CharField(_("default language"), max_length=2, default="es")
    currency = models.CharField(_("currency"), max_length=3, default="EUR")
    reception_opens = models.TimeField(
        _("reception opens"), default=dt.time(8, 0), help_text=_("Staffed reception opens (local time).")
    )
    reception_closes = models.TimeField(
        _("reception closes"), default=dt.time(22, 0), help_text=_("Staffed reception closes (local time).")
    )
    group_handoff_size = models.PositiveSmallIntegerField(
        _("group handoff size"), default=8, help_text=_("Parties larger than this are handed to a human.")
    )
    privacy_notice = models.TextField(
        _("privacy notice"),
        blank=True,
        default="",
        help_text=_(
            "Privacy notice linked from the web chat; blank: a default text in the guest's language."
        ),
    )
    register = models.CharField(
        _("register"),
        max_length=8,
        choices=Register.choices,
        default=Register.FORMAL,
        help_text=_(
            "How guests are addressed. Informal is used in the languages that have an informal "
            "catalogue (Spanish); the others stay formal, one register per language throughout."
        ),
    )
    voice_replies_to_voice_guests = models.BooleanField(
        _("answer voice-only guests by voice"),
        default=False,
        help_text=_(
            "A guest who has only sent voice notes also gets each answer as a voice message (with "
            "TTS_ENGINE set). A guest who asks for audio gets it either way."
        ),
    )
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # The hotel's identity as its PMS states it (QloApps `hotels`), refreshed by `pms_sync_hotels`.
    address = models.CharField(_("address"), max_length=300, blank=True, default="")
    city = models.CharField(_("city"), max_length=100, blank=True, default="")
    phone = models.CharField(_("phone"), max_length=40, blank=True, default="")
    email = models.EmailField(_("e-mail"), blank=True, default="")
    check_in_time = models.TimeField(_("check-in from"), null=True, blank=True)
    check_out_time = models.TimeField(_("check-out until"), null=True, blank=True)
    pms_synced_at = models.DateTimeField(
        _("synced from the PMS"),
        null=True,
        blank=True,
        help_text=_("When name, address, phone, e-mail, times and currency were last read from the PMS."),
    )

    class Meta:
        verbose_name = _("hotel")
        verbose_name_plural = _("hotels")
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
        RECEPTIONIST = "receptionist", _("Receptionist")
        MANAGER = "manager", _("Manager")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="hotel_memberships",
        verbose_name=_("user"),
    )
    hotel = models.ForeignKey(
        Hotel, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("hotel")
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.RECEPTIONIST)

    class Meta:
        verbose_name = _("hotel membership")
        verbose_name_plural = _("hotel memberships")
        db_table = "reservations_hotelmembership"
        constraints = [models.UniqueConstraint(fields=["user", "hotel"], name="membership_unique_user_hotel")]

    def __str__(self) -> str:
        return f"{self.user} @ {self.hotel} ({self.role})"


class StaffProfile(models.Model):
    """A staff member's own settings: the language of the staff pages, whatever the browser says."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_profile",
        verbose_name=_("user"),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        blank=True,
        default="",
        choices=settings.LANGUAGES,
        help_text=_("The staff pages in this language; empty: the browser's language."),
    )

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self) -> str:
        return f"{self.user} ({self.language or '-'})"


class AuditEvent(models.Model):
    """What a staff member did that a manager may have to account for: who, what, when, for which hotel.

    Written by the admin for every add, change and delete of a hotel's rows (knowledge, templates,
    canned replies...), by the console's staff actions and messages, and by exports and erasures of a
    guest's data. Never edited; kept when the staff member's account goes.
    """

    hotel = models.ForeignKey(
        Hotel, on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("hotel")
    )
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("staff member"),
    )
    staff_name = models.CharField(_("staff member's name"), max_length=150, blank=True, default="")
    action = models.CharField(_("action"), max_length=32)
    object_type = models.CharField(_("object type"), max_length=64, blank=True, default="")
    object_id = models.CharField(_("object id"), max_length=64, blank=True, default="")
    summary = models.CharField(_("summary"), max_length=300, blank=True, default="")
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.staff_name or '-'} {self.action} {self.object_type} {self.object_id}"
