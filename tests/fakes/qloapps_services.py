"""Services added to a booking's rooms by `PUT /bookings/{id}` in the fake QloApps.

The captured server shows the shape (schema 030: `rooms[].services[]` with `id_service`, `quantity`,
`unit_price_without_tax`, `total_price_without_tax`) and the services on sale (017), not a captured
PUT that adds one: the fake keeps each service on the room line it was sent with, counts it in the
order's totals (with the room's 4 % tax) and lists it under the room in `GET /bookings/{id}`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tests.fakes.qloapps_rules import FakeError


def add_line_services(
    state: Any, *, kept: list[dict[str, Any]], wanted: list[dict[str, Any]], as_date: Any
) -> None:
    """Services of the `rooms[]` of each wanted room type, put on the lines kept for it, in order."""
    known = {int(s["id"]): s for s in state.services}
    for rt in wanted:
        key = (int(rt["id_room_type"]), as_date(rt["checkin_date"]), as_date(rt["checkout_date"]))
        lines = [
            li
            for li in kept
            if (int(li["id_product"]), as_date(li["date_from"]), as_date(li["date_to"])) == key
        ]
        for line, room in zip(lines, rt.get("rooms") or [], strict=False):
            for service in room.get("services") or []:
                service_id = int(service.get("id_service") or 0)
                if service_id not in known:
                    raise FakeError(400, [(404, "Invalid service in the request")])
                unit = Decimal(str(service.get("unit_price_without_tax", known[service_id]["price"])))
                total = Decimal(
                    str(service.get("total_price_without_tax", unit * int(service.get("quantity", 1))))
                )
                state.line_services.setdefault(int(line["id"]), []).append(
                    {"id_service": service_id, "name": known[service_id]["name"],
                     "quantity": int(service.get("quantity", 1)), "unit_price_without_tax": unit,
                     "total_price_without_tax": total}
                )  # fmt: skip


def services_total(state: Any, lines: list[dict[str, Any]]) -> Decimal:
    return sum(
        (s["total_price_without_tax"] for li in lines for s in state.line_services.get(int(li["id"]), [])),
        Decimal(0),
    )
