"""What the fake QloApps holds and how it books, reproducing the captured server (tests/fixtures/qloapps).

Catalogue rows are the captured ones (hotel 1 "The Hotel Prime", four room types of five rooms each,
2/2/4 occupancy, USD, 4 % tax, a 250/night maintenance fee in quoted prices). Orders, customers and
room lines are built on the captured shapes (fixtures 036, 038, 039). Booking has the real server's
flaw on purpose: availability is checked, then the order is written after `race_window` seconds with
no lock in between, so two simultaneous bookings of the last room both succeed (section 8).
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
import random
import string
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "qloapps"
TAX_RATE = Decimal("0.04")
MAINTENANCE_FEE_PER_NIGHT = Decimal(
    "250"
)  # auto-added to hotel_ari prices, dropped by API orders (019 vs 032)
ROOM_TYPE_PRICES = {1: ("General Rooms", Decimal("1000")), 2: ("Delux Rooms", Decimal("1500")),
                    3: ("Executive Rooms", Decimal("2000")), 4: ("Luxury Rooms", Decimal("2500"))}  # fmt: skip
STATE_AWAITING, STATE_PAID, STATE_CANCELLED = 1, 2, 4


def fixture(name_prefix: str) -> dict[str, Any]:
    path = next(FIXTURES.glob(f"{name_prefix}_*.json"))
    return json.loads(path.read_text())


def fixture_body(name_prefix: str) -> Any:
    return json.loads(fixture(name_prefix)["response"]["body"])


def six(value: Decimal) -> str:
    return f"{value:.6f}"


def number(value: Decimal) -> int | float:
    """Bookings answers carry real JSON numbers (033): 2000, not "2000.000000"."""
    return int(value) if value == value.to_integral_value() else float(value)


def with_tax(value: Decimal) -> Decimal:
    return (value * (1 + TAX_RATE)).quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)


def nights(date_from: dt.date, date_to: dt.date) -> int:
    return (date_to - date_from).days


def as_date(value: Any) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def room_occupancy(room_request: dict[str, Any]) -> tuple[int, int, list[int]]:
    """What QloApps records for one room of a booking: `adult` (singular; `adults` is ignored, 064) and the
    children *counted from `child_ages`* (`child` alone records none: 2 adults and `child: 1` without ages
    came back `children: 0`); a room sent without occupancy gets the base 2 adults and 2 children (042)."""
    if not room_request:
        return 2, 2, []
    ages = [int(age) for age in room_request.get("child_ages") or []]
    return int(room_request.get("adult", 2)), len(ages), ages


class FakeQloAppsState:
    def __init__(self, *, race_kinds: list[str] | None = None) -> None:
        self.hotel = fixture_body("005")["hotel"]
        self.more_hotels: list[dict[str, Any]] = []  # `add_hotel`: listed by `hotels`, no rooms to sell
        self.hotel_room_types = fixture_body("009")["hotel_room_types"]
        self.rooms = fixture_body("014")["rooms"]
        template = fixture_body("011")["room_type"]
        self.room_types = {}
        for type_id, (name, price) in ROOM_TYPE_PRICES.items():
            row = copy.deepcopy(template)
            row.update(
                {
                    "id": type_id,
                    "name": name,
                    "price": six(price),
                    "link_rewrite": name.lower().replace(" ", "-"),
                }
            )
            self.room_types[type_id] = row
        self.nightly_prices: dict[int, Decimal] = {k: v[1] for k, v in ROOM_TYPE_PRICES.items()}
        self.customer_template = fixture_body("038")["customers"][0]
        self.order_template = fixture_body("036")["order"]
        self.line_template = fixture_body("039")["bookings"][0]
        self.currencies = {
            1: {"id": 1, "name": "US Dollar", "iso_code": "USD", "conversion_rate": "1.000000"}
        }
        self.customers: dict[int, dict[str, Any]] = {}
        self.orders: dict[int, dict[str, Any]] = {}
        self.lines: list[dict[str, Any]] = []
        self.histories: list[dict[str, Any]] = []
        self.remarks: dict[int, list[str]] = {}
        self.services = fixture_body("017")["services"]  # service products on sale (breakfast 9, ...)
        self.line_services: dict[int, list[dict[str, Any]]] = {}  # room line id -> services added by PUT
        self._ids = {name: itertools.count(1) for name in ("order", "line", "history")}
        self._customer_ids = itertools.count(2)  # customer 1 is the installer's demo customer
        trials = json.loads((FIXTURES / "race_trials.json").read_text())["trials"]
        self.race_kinds = race_kinds or [t["kind"] for t in trials]
        self._race_turn = itertools.cycle(self.race_kinds)

    # --- catalogue and prices ------------------------------------------------------------------
    def now(self) -> str:
        return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")

    def room_rows(self, type_id: int) -> list[dict[str, Any]]:
        return [r for r in self.rooms if int(r["id_product"]) == type_id]

    def quoted_price(self, type_id: int, date_from: dt.date, date_to: dt.date) -> Decimal:
        """One room, whole stay, tax excluded, with the auto-added fee (what hotel_ari says)."""
        return (self.nightly_prices[type_id] + MAINTENANCE_FEE_PER_NIGHT) * nights(date_from, date_to)

    @staticmethod
    def line_holds_room(line: dict[str, Any]) -> bool:
        return not (int(line["is_cancelled"]) or int(line["is_refunded"]) or int(line["is_back_order"]))

    def held_room_ids(self, date_from: dt.date, date_to: dt.date) -> set[int]:
        return {
            int(line["id_room"])
            for line in self.lines
            if self.line_holds_room(line)
            and as_date(line["date_from"]) < date_to
            and date_from < as_date(line["date_to"])
        }

    def free_rooms(self, type_id: int, date_from: dt.date, date_to: dt.date) -> list[dict[str, Any]]:
        held = self.held_room_ids(date_from, date_to)
        return [r for r in self.room_rows(type_id) if int(r["id"]) not in held]

    # --- customers, orders, lines --------------------------------------------------------------
    def customer_for(self, detail: dict[str, Any]) -> dict[str, Any]:
        email = str(detail.get("email", "")).strip()
        for customer in self.customers.values():
            if customer["email"].casefold() == email.casefold():
                return customer  # the same e-mail reuses the customer (066)
        customer = copy.deepcopy(self.customer_template)
        customer_id = next(self._customer_ids)
        customer.update({
            "id": customer_id, "firstname": detail.get("firstname", ""), "lastname": detail.get("lastname", ""),
            "email": email, "phone": str(detail.get("phone", "")), "date_add": self.now(), "date_upd": self.now(),
        })  # fmt: skip
        self.customers[customer_id] = customer
        return customer

    def new_order(self, *, customer: dict[str, Any], state: int, source: str) -> dict[str, Any]:
        order = copy.deepcopy(self.order_template)
        order_id = next(self._ids["order"])
        order.update({
            "id": order_id, "id_customer": str(customer["id"]), "current_state": str(state), "id_cart": str(order_id),
            "reference": "".join(random.choices(string.ascii_uppercase, k=9)),
            "date_add": self.now(), "date_upd": self.now(), "source": source, "associations": {"bookings": []},
        })  # fmt: skip
        self.orders[order_id] = order
        self.add_history(order_id, state)
        return order

    def add_history(self, order_id: int, state: int) -> dict[str, Any]:
        history = {"id": next(self._ids["history"]), "id_employee": "0", "id_order_state": str(state),
                   "id_order": str(order_id), "date_add": self.now()}  # fmt: skip
        self.histories.append(history)
        return history

    def new_line(
        self, *, order: dict[str, Any], room: dict[str, Any], date_from: dt.date, date_to: dt.date,
        room_request: dict[str, Any], price: Decimal,
    ) -> dict[str, Any]:  # fmt: skip
        line = copy.deepcopy(self.line_template)
        line_id = next(self._ids["line"])
        adults, children, child_ages = room_occupancy(room_request)
        type_id = int(room["id_product"])
        line.update({
            "id": str(line_id), "id_product": str(type_id), "id_order": str(order["id"]), "id_room": str(room["id"]),
            "id_order_detail": str(line_id), "id_cart": str(order["id"]), "id_customer": str(order["id_customer"]),
            "room_num": room["room_num"], "room_type_name": ROOM_TYPE_PRICES[type_id][0],
            "date_from": f"{date_from.isoformat()} 00:00:00", "date_to": f"{date_to.isoformat()} 00:00:00",
            "total_price_tax_excl": six(price), "total_price_tax_incl": six(with_tax(price)),
            "total_paid_amount": six(with_tax(price)), "is_refunded": "0", "is_cancelled": "0", "is_back_order": "0",
            "adults": str(adults), "children": str(children), "child_ages": json.dumps(child_ages),
            "date_add": self.now(), "date_upd": self.now(),
        })  # fmt: skip
        self.lines.append(line)
        order["associations"]["bookings"].append({"id": str(line_id)})
        return line

    def order_lines(self, order_id: int) -> list[dict[str, Any]]:
        return [line for line in self.lines if int(line["id_order"]) == order_id]

    def refresh_totals(self, order: dict[str, Any]) -> None:
        lines = self.order_lines(int(order["id"]))
        from tests.fakes.qloapps_services import services_total  # (it imports the rules, which import this)

        extras = services_total(self, lines)
        excl = sum((Decimal(line["total_price_tax_excl"]) for line in lines), Decimal(0)) + extras
        incl = sum((Decimal(line["total_price_tax_incl"]) for line in lines), Decimal(0)) + with_tax(extras)
        paid = int(order["current_state"]) == STATE_PAID
        order.update({
            "total_paid": six(incl), "total_paid_tax_incl": six(incl), "total_paid_tax_excl": six(excl),
            "total_products": six(excl), "total_products_wt": six(incl), "advance_paid_amount": six(incl),
            "total_paid_real": six(incl if paid else Decimal(0)), "date_upd": self.now(),
        })  # fmt: skip

    def set_state(self, order: dict[str, Any], state: int) -> None:
        order["current_state"] = str(state)
        self.add_history(int(order["id"]), state)
        if state in (STATE_CANCELLED, 5):
            for line in self.order_lines(int(order["id"])):
                line["is_refunded"], line["is_cancelled"] = "1", "1"  # the room is free again (055, 061)
        self.refresh_totals(order)

    def reset_race_turns(self) -> None:
        self._race_turn = itertools.cycle(self.race_kinds)

    def next_race_kind(self) -> str:
        return next(self._race_turn)

    def booking_view(self, order: dict[str, Any]) -> dict[str, Any]:
        """`GET /bookings/{id}` (033): real numbers, no status."""
        customer = self.customers[int(order["id_customer"])]
        groups: dict[tuple[int, str, str], list[dict[str, Any]]] = {}
        for line in self.order_lines(int(order["id"])):
            groups.setdefault((int(line["id_product"]), line["date_from"], line["date_to"]), []).append(line)
        room_types = []
        for (type_id, date_from, date_to), lines in groups.items():
            tax = sum(
                (Decimal(li["total_price_tax_incl"]) - Decimal(li["total_price_tax_excl"]) for li in lines),
                Decimal(0),
            )
            room_types.append({
                "id_room_type": type_id, "checkin_date": date_from, "checkout_date": date_to, "total_tax": number(tax),
                "number_of_rooms": len(lines), "name": ROOM_TYPE_PRICES[type_id][0],
                "rooms": [{
                    "id_room": int(li["id_room"]), "id_hotel_booking": int(li["id"]), "adults": int(li["adults"]),
                    "child": int(li["children"]), "unit_price_without_tax": number(Decimal(li["total_price_tax_excl"])),
                    "total_tax": number(Decimal(li["total_price_tax_incl"]) - Decimal(li["total_price_tax_excl"])),
                    "services": [{**sv, "unit_price_without_tax": number(sv["unit_price_without_tax"]),
                                  "total_price_without_tax": number(sv["total_price_without_tax"])}
                                 for sv in self.line_services.get(int(li["id"]), [])],
                } for li in lines],
            })  # fmt: skip
        excl, incl = Decimal(order["total_paid_tax_excl"]), Decimal(order["total_paid_tax_incl"])
        return {"booking": {
            "id": int(order["id"]), "id_property": int(self.hotel["id"]), "currency": "USD", "source": order["source"],
            "booking_date": order["date_add"], "id_language": 1,
            "associations": {
                "customer_detail": {"id_customer": customer["id"], "firstname": customer["firstname"],
                                    "lastname": customer["lastname"], "email": customer["email"], "phone": customer["phone"]},
                "price_details": {"total_paid": number(Decimal(order["total_paid_real"])),
                                  "total_price_without_tax": number(excl), "total_tax": number(incl - excl)},
                "cart_rules": [], "remarks": self.remarks.get(int(order["id"]), []), "room_types": room_types,
            },
        }}  # fmt: skip
