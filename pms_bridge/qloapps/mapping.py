"""QloApps JSON/XML shapes ↔ port dataclasses. Nothing outside `pms_bridge.qloapps` sees these shapes."""

from __future__ import annotations

import datetime as dt
import json
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from xml.sax.saxutils import escape

from django.utils.html import strip_tags

from pms_bridge.port import Booking, BookingRequest, BookingState, PmsHotel, RoomType, Stay

CENT = Decimal("0.01")
ORDER_STATE_CANCELLED = 4
ORDER_STATE_REFUNDED = 5
ORDER_STATES_OVERBOOKED = {7, 11, 12}
ORDER_STATE_PAID = 2
BOOKING_STATUS_NEW = 1
BOOKING_STATUS_CANCELLED = 3
PAYMENT_STATUS_AWAITING = 3


def money(value: Any) -> Decimal:
    return Decimal(str(value or 0)).quantize(CENT, rounding=ROUND_HALF_UP)


def as_int(value: Any) -> int:
    return int(str(value).strip() or 0)


def as_date(value: Any) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def as_list(body: Any, node: str) -> list[dict[str, Any]]:
    """A list answer: `{"node": [...]}`, or `[]` when nothing matched (fixture 094)."""
    if isinstance(body, dict):
        items = body.get(node) or []
        return [i for i in items if isinstance(i, dict)]
    return []


def filter_values(values: list[Any]) -> str:
    return "[" + "|".join(str(v) for v in values) + "]"


def hotel_from(row: dict[str, Any], currency: str = "") -> PmsHotel:
    return PmsHotel(
        pms_hotel_id=as_int(row["id"]),
        name=str(row.get("hotel_name") or ""),
        address=str(row.get("address") or ""),
        city=str(row.get("city") or ""),
        phone=str(row.get("phone") or ""),
        email=str(row.get("email") or ""),
        check_in_time=str(row.get("check_in") or ""),
        check_out_time=str(row.get("check_out") or ""),
        currency=currency,
        active=str(row.get("active", "1")) == "1",
    )


def room_type_from(occupancy: dict[str, Any], product: dict[str, Any] | None) -> RoomType:
    product = product or {}
    return RoomType(
        pms_room_type_id=as_int(occupancy["id_product"]),
        pms_hotel_id=as_int(occupancy["id_hotel"]),
        name=str(product.get("name") or f"Room type {occupancy['id_product']}"),
        description=strip_tags(str(product.get("description_short") or "")).strip(),
        base_adults=as_int(occupancy.get("adults", 2)),
        base_children=as_int(occupancy.get("children", 0)),
        max_adults=as_int(occupancy.get("max_adults", 2)),
        max_children=as_int(occupancy.get("max_children", 0)),
        max_guests=as_int(occupancy.get("max_guests", 2)),
    )


def hotel_ari_xml(*, stay: Stay, pms_room_type_id: int | None = None) -> str:
    """The availability question (hotel_ari takes XML only, fixture 027), one occupancy per room."""
    room_type = f"<id_room_type>{pms_room_type_id}</id_room_type>" if pms_room_type_id else ""
    occupancy = (
        f"<room_occupancy><adults>{stay.adults}</adults><children>{stay.children}</children></room_occupancy>"
    )
    return (
        "<qloapps><hotel_ari>"
        f"<id_hotel>{stay.pms_hotel_id}</id_hotel>{room_type}"
        f"<date_from>{stay.check_in.isoformat()}</date_from><date_to>{stay.check_out.isoformat()}</date_to>"
        f"<associations><room_occupancies>{occupancy * stay.rooms}</room_occupancies></associations>"
        "</hotel_ari></qloapps>"
    )


def hotel_ari_nights_xml(*, pms_hotel_id: int, date_from: dt.date, date_to: dt.date) -> str:
    """Availability night by night (fixture 047): free rooms and each night's price, no occupancy (the
    price of one room, which does not depend on its occupancy: 019/021/065)."""
    return (
        "<qloapps><hotel_ari>"
        f"<id_hotel>{pms_hotel_id}</id_hotel>"
        f"<date_from>{date_from.isoformat()}</date_from><date_to>{date_to.isoformat()}</date_to>"
        "<get_available_rooms>1</get_available_rooms><date_wise_breakdown>1</date_wise_breakdown>"
        "</hotel_ari></qloapps>"
    )


def available_room_ids(room_type: dict[str, Any]) -> frozenset[int]:
    """Ids of `rooms.available` (an object keyed by room id, or `[]` when empty: 071/072)."""
    available = (room_type.get("rooms") or {}).get("available") or {}
    if not isinstance(available, dict):
        return frozenset()
    return frozenset(as_int(room.get("id_room", key)) for key, room in available.items())


def available_count(room_type: dict[str, Any]) -> int:
    """`rooms.available` is an object keyed by room id, or `[]` when empty (fixtures 071/072)."""
    available = (room_type.get("rooms") or {}).get("available") or {}
    return len(available) if isinstance(available, dict | list) else 0


def child_ages(line: dict[str, Any]) -> tuple[int, ...]:
    """`child_ages` of a room line is a JSON string such as "[7]" (fixture 039)."""
    raw = line.get("child_ages")
    try:
        ages = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return ()
    return tuple(as_int(age) for age in ages) if isinstance(ages, list) else ()


def party_recorded(lines: list[dict[str, Any]], stay: Stay) -> bool:
    """Whether every active room line holds the occupancy asked for one room (adults, children, ages)."""
    active = [line for line in lines if line_is_active(line)]
    return bool(active) and all(
        as_int(line.get("adults") or 0) == stay.adults
        and as_int(line.get("children") or 0) == stay.children
        and ("child_ages" not in line or sorted(child_ages(line)) == sorted(stay.child_ages))
        for line in active
    )


def room_lines(stay: Stay, *, total_without_tax: Decimal | None = None) -> list[dict[str, Any]]:
    """`rooms[]` of a booking: `adult`/`child` (singular; `adults` is ignored, fixture 064) and the price."""
    # QloApps counts the children from `child_ages`; `child` is sent too, as the captured requests do.
    line: dict[str, Any] = {"adult": stay.adults, "child": stay.children}
    if stay.child_ages:
        line["child_ages"] = list(stay.child_ages)
    if total_without_tax is not None:
        # Whole stay for one room, tax excluded (fixture 067); without it QloApps drops the service fees.
        line["unit_price_without_tax"] = float(money(total_without_tax / stay.rooms))
    return [dict(line) for _ in range(stay.rooms)]


def booking_update_body(
    current: Booking,
    *,
    room_type_id: int,
    check_in: dt.date,
    check_out: dt.date,
    rooms: list[dict[str, Any]],
) -> dict[str, Any]:
    """`PUT bookings/{id}`: the booking's one room line as it should be (dates, room type, rooms with
    their prices and services); QloApps re-books it after its own availability check (fixture 048)."""
    return {
        "booking": {
            "id": current.pms_booking_id,
            "id_property": current.pms_hotel_id,
            "currency": current.currency,
            "associations": {
                "customer_detail": {
                    "firstname": current.guest.first_name,
                    "lastname": current.guest.last_name,
                    "email": current.guest.email,
                    "phone": current.guest.phone,
                },
                "room_types": [
                    {
                        "id_room_type": room_type_id,
                        "checkin_date": check_in.isoformat(),
                        "checkout_date": check_out.isoformat(),
                        "number_of_rooms": len(rooms),
                        "rooms": rooms,
                    }
                ],
            },
        }
    }


def booking_create_body(request: BookingRequest, *, source: str) -> dict[str, Any]:
    stay = request.stay
    body: dict[str, Any] = {
        "id_property": stay.pms_hotel_id,
        "currency": request.currency,
        "booking_status": BOOKING_STATUS_NEW,
        "payment_status": PAYMENT_STATUS_AWAITING,
        "source": source,
        "associations": {
            "customer_detail": {
                "firstname": request.guest.first_name,
                "lastname": request.guest.last_name,
                "email": request.guest.email,
                "phone": request.guest.phone,
            },
            "room_types": [
                {
                    "id_room_type": request.pms_room_type_id,
                    "checkin_date": stay.check_in.isoformat(),
                    "checkout_date": stay.check_out.isoformat(),
                    "number_of_rooms": stay.rooms,
                    "rooms": room_lines(stay, total_without_tax=request.total_without_tax),
                }
            ],
        },
    }
    if request.remark:
        body["remark"] = request.remark
    return {"booking": body}


def order_history_xml(*, order_id: int, state: int) -> str:
    return (
        "<qloapps><order_history>"
        f"<id_order>{escape(str(order_id))}</id_order><id_order_state>{state}</id_order_state>"
        "</order_history></qloapps>"
    )


def booking_state(order: dict[str, Any], lines: list[dict[str, Any]]) -> str:
    state = as_int(order.get("current_state") or 0)
    if state == ORDER_STATE_CANCELLED:
        return BookingState.CANCELLED
    if state == ORDER_STATE_REFUNDED:
        return BookingState.REFUNDED
    if state in ORDER_STATES_OVERBOOKED:
        return BookingState.OVERBOOKED
    if lines and any(as_int(line.get("is_back_order", 0)) for line in lines):
        return BookingState.OVERBOOKED  # the "silent back-order" (fixtures 115-126)
    if lines and all(as_int(line.get("is_cancelled", 0)) for line in lines):
        return BookingState.OVERBOOKED  # lines cancelled under an order that looks active
    return BookingState.ACTIVE


def is_paid(order: dict[str, Any]) -> bool:
    return as_int(order.get("current_state") or 0) == ORDER_STATE_PAID or (
        money(order.get("total_paid_real")) >= money(order.get("total_paid_tax_incl")) > 0
    )


def line_is_active(line: dict[str, Any]) -> bool:
    return not (
        as_int(line.get("is_cancelled", 0))
        or as_int(line.get("is_refunded", 0))
        or as_int(line.get("is_back_order", 0))
    )


def lines_overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return as_date(a["date_from"]) < as_date(b["date_to"]) and as_date(b["date_from"]) < as_date(a["date_to"])
