"""Extras on an existing QloApps booking: services, a room-type change, a deposit noted on the order.

What the captured webservice shows (tests/fixtures/qloapps/README.md): `services` lists the service
products with their price (tax excluded) and `price_calculation_method` (2 = per night, 1 = per
booking; 017); `PUT /bookings/{id}` takes the complete desired `room_types` list, keeps lines whose
(room type, dates) still match and books the others after an availability check (048-050), and its
schema gives each room a `services[]` list (030); `POST /order_histories` moves the order to a state
(059), and state 8 is "Partial payment received" (016). The webservice's `order_payments` and
`customer_messages` resources exist (001) but no exchange with them was captured, so nothing here
writes them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pms_bridge.errors import PmsNotFound, PmsValidationError
from pms_bridge.port import Booking, BookingState, ServicePrice, Stay
from pms_bridge.qloapps import mapping as m

if TYPE_CHECKING:
    from pms_bridge.qloapps.adapter import QloAppsPms

PER_NIGHT = 2  # services' price_calculation_method (017: room maintenance 250/night is 2)
ORDER_STATE_PARTIAL_PAYMENT = 8


def services(pms: QloAppsPms, *, pms_hotel_id: int) -> list[ServicePrice]:
    body = pms.client.request("GET", "services", params={"display": "full"})
    currency = pms._hotel_currency(pms_hotel_id)
    return [
        ServicePrice(
            pms_service_id=m.as_int(row["id"]),
            name=str(row.get("name") or ""),
            unit_price=m.money(row.get("price")),
            per_night=m.as_int(row.get("price_calculation_method") or 0) == PER_NIGHT,
            currency=currency,
            taxes_included=False,
            raw={
                k: row.get(k)
                for k in ("id", "name", "price", "price_calculation_method", "id_tax_rules_group")
            },
        )
        for row in m.as_list(body, "services")
        # Auto-added fees (maintenance, handling) are part of every order, never something to offer.
        if str(row.get("active")) == "1" and str(row.get("auto_add_to_cart")) != "1"
    ]


def _active(pms: QloAppsPms, reference: str) -> Booking:
    current = pms.get_booking(reference=reference)
    if current.state != BookingState.ACTIVE:
        raise PmsValidationError("only an active booking can be changed")
    return current


def _room_prices(current: Booking) -> list[dict[str, Any]]:
    """Each active room line as `rooms[]` entry of a PUT: its occupancy and its own price kept."""
    lines = [line for line in current.raw.get("room_bookings", []) if m.line_is_active(line)]
    return [
        {
            "adult": m.as_int(line.get("adults") or 0),
            "child": m.as_int(line.get("children") or 0),
            **({"child_ages": list(m.child_ages(line))} if m.child_ages(line) else {}),
            "unit_price_without_tax": float(m.money(line.get("total_price_tax_excl"))),
        }
        for line in lines
    ]


def _put(pms: QloAppsPms, current: Booking, *, room_type_id: int, rooms: list[dict[str, Any]]) -> Booking:
    body = m.booking_update_body(
        current,
        room_type_id=room_type_id,
        check_in=current.check_in,
        check_out=current.check_out,
        rooms=rooms,
    )
    pms.client.request("PUT", f"bookings/{current.pms_booking_id}", json_body=body)
    return pms.get_booking(reference=current.reference)


def add_service(pms: QloAppsPms, *, reference: str, service: ServicePrice, total: Decimal) -> Booking:
    current = _active(pms, reference)
    rooms = _room_prices(current)
    if not rooms:
        raise PmsNotFound(f"no active room line on {reference}")
    per_room = m.money(total / len(rooms))
    for room in rooms:
        # The same room type and dates keep the line (048); the service rides on it (schema 030).
        room["services"] = [
            {
                "id_service": service.pms_service_id,
                "quantity": 1,
                "unit_price_without_tax": float(service.unit_price),
                "total_price_without_tax": float(per_room),
            }
        ]
    return _put(pms, current, room_type_id=current.pms_room_type_id, rooms=rooms)


def change_room_type(
    pms: QloAppsPms, *, reference: str, pms_room_type_id: int, total_without_tax: Decimal
) -> Booking:
    current = _active(pms, reference)
    stay = Stay(
        pms_hotel_id=current.pms_hotel_id,
        check_in=current.check_in,
        check_out=current.check_out,
        adults=current.adults,
        children=current.children,
        rooms=current.rooms,
        child_ages=current.child_ages,
    )
    # Another room type no longer matches the line, so QloApps books the new one after its own check (048).
    rooms = m.room_lines(stay, total_without_tax=total_without_tax)
    return _put(pms, current, room_type_id=pms_room_type_id, rooms=rooms)


def record_deposit(pms: QloAppsPms, *, reference: str) -> Booking:
    current = pms.get_booking(reference=reference)
    pms.client.request(
        "POST",
        "order_histories",
        xml_body=m.order_history_xml(order_id=current.pms_booking_id, state=ORDER_STATE_PARTIAL_PAYMENT),
    )
    return pms.get_booking(reference=reference)
