"""Rules of the fake QloApps' bookings resource: its validation messages (fixtures 073-082) and shapes."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from tests.fakes.qloapps_state import as_date, fixture, fixture_body

RESOURCES: list[str] = fixture_body("001")
NOT_AVAILABLE = "Requested room(s) not available."
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9 ().-]{5,32}$")
# resource -> (list node, single node, attribute holding rows, ids as strings?)
GENERIC = {
    "hotels": ("hotels", "hotel", "hotels_rows", True),
    "hotel_room_types": ("hotel_room_types", "hotel_room_type", "hotel_room_types", True),
    "room_types": ("room_types", "room_type", "room_types_rows", False),
    "hotel_rooms": ("rooms", "room", "rooms", True),
    "customers": ("customers", "customer", "customers_rows", False),
    "orders": ("orders", "order", "orders_rows", False),
    "room_bookings": ("bookings", "booking", "lines", True),
    "order_histories": ("order_histories", "order_history", "histories", False),
    "currencies": ("currencies", "currency", "currencies_rows", False),
    "services": ("services", "service", "services_rows", False),
}


class FakeError(Exception):
    def __init__(
        self, status: int, errors: list[tuple[int, str]] | None = None, *, empty: bool = False
    ) -> None:
        super().__init__(status)
        self.status, self.errors, self.empty = status, errors or [], empty


def num(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(round(value, 6))


def notice_errors(prefix: str) -> list[tuple[int, str]]:
    return [
        (int(e["code"]), str(e["message"])) for e in json.loads(fixture(prefix)["response"]["body"])["errors"]
    ]


def booking_body(raw: bytes) -> dict[str, Any]:
    try:
        body = json.loads(raw.decode() or "null")
    except ValueError as exc:  # malformed JSON is reported as a currency problem (081)
        raise FakeError(400, [(404, "Please provide valid currency.")]) from exc
    if not isinstance(body, dict) or not isinstance(body.get("booking"), dict):
        raise FakeError(400, [(127, "Invalid request."), (404, "Please provide valid currency.")])
    return dict(body["booking"])


def validate_booking(
    booking: dict[str, Any], *, hotel_id: int
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    def refuse(message: str) -> FakeError:
        return FakeError(400, [(404, message)])

    if booking.get("currency") != "USD":
        raise refuse("Please provide valid currency.")
    if str(booking.get("id_property")) != str(hotel_id):
        raise refuse("Please provide a valid id_property.")
    associations = booking.get("associations") or {}
    detail = associations.get("customer_detail") or {}
    if not EMAIL.match(str(detail.get("email", ""))):
        raise refuse("Please provide a valid email.")
    if not PHONE.match(str(detail.get("phone", ""))):
        raise refuse("Please provide a valid phone number.")
    room_types = associations.get("room_types") or []
    for rt in room_types:
        if int(rt.get("id_room_type", 0)) not in (1, 2, 3, 4):
            raise refuse("Invalid room type in the request")
        try:
            date_from, date_to = as_date(rt["checkin_date"]), as_date(rt["checkout_date"])
        except (KeyError, ValueError) as exc:
            raise refuse("Invalid check in and check out dates in the request") from exc
        if date_to <= date_from:  # no other date check: the past is accepted (079)
            raise refuse("Invalid check in and check out dates in the request")
        if "rooms" in rt and len(rt["rooms"]) != int(rt.get("number_of_rooms", 0)):
            raise refuse("Room count does not matches with the number of rooms")
    return detail, room_types
