"""Extras on a demo booking: the demo PMS's own service catalogue, room-type changes and deposit notes.

The demo PMS keeps what was added in the booking's remark (its own record, shown in the admin), so a
person can see what the agent changed without a table of its own.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction

from pms_bridge.errors import PmsNoAvailability, PmsNotFound, PmsValidationError
from pms_bridge.models import DemoBooking, DemoInventory, DemoRoomType
from pms_bridge.port import BookingState, ServicePrice

# The demo hotel's extras, prices tax included (breakfast as its facts say, per room and night here).
DEMO_SERVICES = (
    (1, "Breakfast", Decimal("14.00"), True),
    (2, "Late check-out (until 14:00)", Decimal("25.00"), False),
)


def services(*, currency: str) -> list[ServicePrice]:
    return [
        ServicePrice(
            pms_service_id=service_id, name=name, unit_price=price, per_night=per_night, currency=currency
        )
        for service_id, name, price, per_night in DEMO_SERVICES
    ]


def _note(row: DemoBooking, line: str) -> None:
    row.remark = f"{row.remark}\n{line}".strip()


def add_service(*, row: DemoBooking, service: ServicePrice, total: Decimal) -> None:
    if row.state != BookingState.ACTIVE:
        raise PmsValidationError("only an active booking can be changed")
    if service.pms_service_id not in {s[0] for s in DEMO_SERVICES}:
        raise PmsNotFound(f"no demo service {service.pms_service_id}")
    rate = Decimal(1) + row.hotel.tax_rate
    row.total += total
    row.total_without_tax += (total / rate).quantize(Decimal("0.01"))
    _note(row, f"+ {service.name}: {total} {row.currency}")
    row.save(update_fields=["total", "total_without_tax", "remark", "updated_at"])


def change_room_type(
    *,
    row: DemoBooking,
    pms_room_type_id: int,
    total: Decimal,
    total_without_tax: Decimal,
    nights: list[dt.date],
) -> None:
    from pms_bridge.demo.adapter import _free_rooms

    if row.state != BookingState.ACTIVE:
        raise PmsValidationError("only an active booking can be changed")
    try:
        room_type = row.hotel.room_types.get(pk=pms_room_type_id)
    except DemoRoomType.DoesNotExist as exc:
        raise PmsNotFound(f"no room type {pms_room_type_id}") from exc
    with transaction.atomic():
        list(DemoInventory.objects.select_for_update().filter(room_type=room_type, date__in=nights))
        free, _rates = _free_rooms(room_type, nights)
        if free < row.rooms:
            raise PmsNoAvailability("Requested room(s) not available.")
        _note(
            row, f"room type {row.room_type.name} -> {room_type.name}: {row.total} -> {total} {row.currency}"
        )
        row.room_type, row.total, row.total_without_tax = room_type, total, total_without_tax
        row.save()


def record_deposit(*, row: DemoBooking, amount: Decimal, currency: str) -> None:
    _note(row, f"deposit received: {amount} {currency}")
    row.save(update_fields=["remark", "updated_at"])
