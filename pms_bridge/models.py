"""Tables of the built-in demo PMS (`pms_bridge.demo`): what a small hotel's PMS would hold.

Only the demo adapter reads or writes these; the rest of the project sees them through the port.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from pms_bridge.port import BookingState


class DemoHotel(models.Model):
    pms_hotel_id = models.PositiveIntegerField(unique=True)
    name = models.CharField(max_length=200)
    address = models.CharField(max_length=300, blank=True)
    city = models.CharField(max_length=100, blank=True)
    phone = models.CharField(max_length=40, blank=True)
    email = models.EmailField(blank=True)
    check_in_time = models.CharField(max_length=5, default="14:00")
    check_out_time = models.CharField(max_length=5, default="12:00")
    currency = models.CharField(max_length=3, default="EUR")
    tax_rate = models.DecimalField(
        max_digits=5, decimal_places=4, default=Decimal("0.1000"), help_text="0.10 is 10 % VAT."
    )

    class Meta:
        verbose_name = _("demo hotel")
        verbose_name_plural = _("demo hotels")

    def __str__(self) -> str:
        return self.name


class DemoRoomType(models.Model):
    hotel = models.ForeignKey(DemoHotel, on_delete=models.CASCADE, related_name="room_types")
    code = models.SlugField(max_length=40)
    name = models.CharField(max_length=100)
    description = models.TextField(blank=True)
    base_adults = models.PositiveSmallIntegerField(default=2)
    base_children = models.PositiveSmallIntegerField(default=0)
    max_adults = models.PositiveSmallIntegerField(default=2)
    max_children = models.PositiveSmallIntegerField(default=0)
    max_guests = models.PositiveSmallIntegerField(default=2)
    features = models.JSONField(default=list, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("demo room type")
        verbose_name_plural = _("demo room types")
        ordering = ["hotel", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["hotel", "code"], name="demo_room_type_unique_code"),
            models.CheckConstraint(condition=Q(max_guests__gte=1), name="demo_room_type_max_guests_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.hotel})"


class DemoInventory(models.Model):
    """Rooms of a type that can be sold on one night (before bookings are taken off)."""

    room_type = models.ForeignKey(DemoRoomType, on_delete=models.CASCADE, related_name="inventory")
    date = models.DateField()
    rooms = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("demo inventory")
        verbose_name_plural = _("demo inventories")
        ordering = ["room_type", "date"]
        constraints = [
            models.UniqueConstraint(fields=["room_type", "date"], name="demo_inventory_unique_night")
        ]

    def __str__(self) -> str:
        return f"{self.room_type_id} {self.date}: {self.rooms}"


class DemoRate(models.Model):
    """Price of one room of a type for one night, tax excluded."""

    room_type = models.ForeignKey(DemoRoomType, on_delete=models.CASCADE, related_name="rates")
    date = models.DateField()
    price = models.DecimalField(max_digits=10, decimal_places=2)

    class Meta:
        verbose_name = _("demo rate")
        verbose_name_plural = _("demo rates")
        ordering = ["room_type", "date"]
        constraints = [
            models.UniqueConstraint(fields=["room_type", "date"], name="demo_rate_unique_night"),
            models.CheckConstraint(condition=Q(price__gte=0), name="demo_rate_price_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.room_type_id} {self.date}: {self.price}"


class DemoBooking(models.Model):
    reference = models.CharField(max_length=16, unique=True)
    idempotency_key = models.CharField(max_length=200, unique=True)
    hotel = models.ForeignKey(DemoHotel, on_delete=models.PROTECT, related_name="bookings")
    room_type = models.ForeignKey(DemoRoomType, on_delete=models.PROTECT, related_name="bookings")
    check_in = models.DateField()
    check_out = models.DateField()
    adults = models.PositiveSmallIntegerField()
    children = models.PositiveSmallIntegerField(default=0)
    child_ages = models.JSONField(default=list, blank=True)
    rooms = models.PositiveSmallIntegerField(default=1)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    email = models.EmailField()
    phone = models.CharField(max_length=40)
    total = models.DecimalField(max_digits=12, decimal_places=2)
    total_without_tax = models.DecimalField(max_digits=12, decimal_places=2)
    currency = models.CharField(max_length=3)
    state = models.CharField(max_length=20, choices=BookingState.CHOICES, default=BookingState.ACTIVE)
    paid = models.BooleanField(default=False)
    remark = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("demo booking")
        verbose_name_plural = _("demo bookings")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(check_out__gt=F("check_in")), name="demo_booking_dates_in_order"
            ),
            models.CheckConstraint(condition=Q(rooms__gte=1), name="demo_booking_rooms_positive"),
        ]
        indexes = [models.Index(fields=["email"]), models.Index(fields=["phone"])]

    def __str__(self) -> str:
        return self.reference
