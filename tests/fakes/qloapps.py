"""A fake QloApps 1.6.1 webservice: a real HTTP server on loopback (port 0) in a thread.

Built from the captured exchanges in tests/fixtures/qloapps (see its README): Basic-auth key or
`ws_key`, 401 bodies, empty-bodied 404s, `[]` for empty lists, `display`/`filter[...]`, `hotel_ari` with
its XML body, `bookings` create/read/modify/cancel with their code-404 validation errors, cancellation
through `order_histories`, the 500-after-create PHP-notice quirk (`notices=True`), and the double-booking
race. Knobs for tests and benchmarks: `latency`, `fail(status=, count=)`, `recover()`, `race_window`.
JSON output only (what our adapter asks for).

    with FakeQloApps() as fake:
        settings.QLOAPPS_URL, settings.QLOAPPS_API_KEY = fake.url, fake.api_key
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
import xml.etree.ElementTree as ET
from collections import Counter
from decimal import Decimal
from typing import Any

from tests.fakes.loopback import LoopbackFake
from tests.fakes.qloapps_rules import (
    GENERIC,
    NOT_AVAILABLE,
    FakeError,
    booking_body,
    notice_errors,
    num,
    validate_booking,
)
from tests.fakes.qloapps_services import add_line_services
from tests.fakes.qloapps_state import STATE_AWAITING, STATE_PAID, FakeQloAppsState, as_date, nights, with_tax

API_KEY = "FAKEQLOAPPSKEY0123456789ABCDEFGH"


class FakeQloApps(LoopbackFake):
    def __init__(self, *, api_key: str = API_KEY, race_kinds: list[str] | None = None) -> None:
        self.api_key = api_key
        self.restricted_keys: dict[str, set[str]] = {}  # key -> resources it may use (401 code 26 otherwise)
        self.state = FakeQloAppsState(race_kinds=race_kinds)
        self.lock = threading.Lock()
        self.latency = 0.0
        self.race_window = 0.02  # between the availability check and the write, like the real server
        self.notices = False  # stock php.ini: POST /bookings and GET /bookings/{id} answer 500 code 5
        self.ignore_child_ages = False  # record rooms as if `child_ages` were not sent (a party mismatch)
        self._failures_left: int | None = 0
        self._failure_status = 503
        self._failure_only: tuple[str, str] | None = None
        self.calls: Counter[tuple[str, str]] = Counter()

    # --- lifecycle -----------------------------------------------------------------------------
    def start(self) -> FakeQloApps:
        from tests.fakes.qloapps_http import FakeQloAppsHandler

        fake = self

        class Handler(FakeQloAppsHandler):
            owner = fake

        return self._serve(Handler, name="fake-qloapps", poll_interval=0.05, request_queue_size=128)

    @property
    def url(self) -> str:
        return f"{self._root}/api/"

    # --- knobs ---------------------------------------------------------------------------------
    def fail(
        self, *, status: int = 503, count: int | None = None, only: tuple[str, str] | None = None
    ) -> None:
        """Answer the next `count` requests (all when None) with `status` and an empty body.

        `only=("POST", "bookings")` limits the failure to one method and resource.
        """
        with self.lock:
            self._failure_status, self._failures_left = status, count if count is not None else -1
            self._failure_only = only

    def recover(self) -> None:
        with self.lock:
            self._failures_left = 0

    def race_as(self, kind: str) -> None:
        """Make every lost race end as `double_booking` or `silent_backorder` (default: replay race_trials.json)."""
        with self.lock:
            self.state.race_kinds = [kind]
            self.state.reset_race_turns()

    def add_hotel(self, hotel_id: int, **fields: str) -> dict[str, Any]:
        """A second hotel of the same QloApps (the captured hotel's row with another id and `fields`);
        `hotel_ari` answers it like a hotel with no room types (026)."""
        import copy

        row = copy.deepcopy(self.state.hotel)
        row.update({"id": str(hotel_id), **fields})
        with self.lock:
            self.state.more_hotels.append(row)
        return row

    def call_count(self, resource: str | None = None, method: str | None = None) -> int:
        return sum(n for (m, r), n in self.calls.items() if (resource in (None, r)) and (method in (None, m)))

    def set_nightly_price(self, room_type_id: int, price: Decimal) -> None:
        with self.lock:
            self.state.nightly_prices[room_type_id] = price

    def take_failure(self, method: str, resource: str) -> int | None:
        with self.lock:
            if self._failures_left == 0:
                return None
            if self._failure_only is not None and self._failure_only != (method, resource):
                return None
            if self._failures_left is not None and self._failures_left > 0:
                self._failures_left -= 1
            return self._failure_status

    # --- resources -----------------------------------------------------------------------------
    def rows(self, resource: str) -> list[dict[str, Any]]:
        s = self.state
        return {
            "hotels_rows": lambda: [s.hotel, *s.more_hotels],
            "hotel_room_types": lambda: s.hotel_room_types,
            "room_types_rows": lambda: list(s.room_types.values()),
            "rooms": lambda: s.rooms,
            "customers_rows": lambda: list(s.customers.values()),
            "orders_rows": lambda: list(s.orders.values()),
            "lines": lambda: s.lines,
            "histories": lambda: s.histories,
            "currencies_rows": lambda: list(s.currencies.values()),
            "services_rows": lambda: s.services,
        }[GENERIC[resource][2]]()

    def generic_get(self, resource: str, item_id: str | None, query: dict[str, str]) -> Any:
        list_node, single_node, _attr, string_ids = GENERIC[resource]
        with self.lock:
            rows = [dict(r) for r in self.rows(resource)]
        if item_id is not None:
            row = next((r for r in rows if str(r["id"]) == item_id), None)
            if row is None:
                raise FakeError(404, empty=True)
            return {single_node: row}
        fields = set(rows[0]) if rows else self.schema_fields(resource)
        for key, value in query.items():
            match = re.fullmatch(r"filter\[(\w+)\]", key)
            if not match:
                continue
            field = match.group(1)
            if field not in fields:
                raise FakeError(
                    400,
                    [(32, f'This filter does not exist. The full list is: "{", ".join(sorted(fields))}"')],
                )
            interval = re.fullmatch(r"\[(-?\d+),(-?\d+)\]", value)
            if interval:  # PrestaShop's `[from,to]`: both ends included
                low, high = int(interval.group(1)), int(interval.group(2))
                rows = [r for r in rows if low <= int(r.get(field) or 0) <= high]
                continue
            wanted = {v.casefold() for v in value.strip("[]").split("|")}
            rows = [r for r in rows if str(r.get(field, "")).casefold() in wanted]
        if not rows:
            return []
        display = query.get("display", "")
        if display == "full":
            return {list_node: [self._id_typed(r, string_ids) for r in rows]}
        if display.startswith("["):
            wanted_fields = [f for f in display.strip("[]").split(",") if f]
            unknown = [f for f in wanted_fields if f not in fields]
            if unknown:
                raise FakeError(400, [(35, f'Unable to display this field "{unknown[0]}".')])
            return {list_node: [self._id_typed({f: r[f] for f in wanted_fields}, string_ids) for r in rows]}
        return {list_node: [{"id": int(r["id"])} for r in rows]}

    def schema_fields(self, resource: str) -> set[str]:
        templates = {"customers": self.state.customer_template, "orders": self.state.order_template,
                     "room_bookings": self.state.line_template, "order_histories": {"id": 0, "id_employee": 0,
                     "id_order_state": 0, "id_order": 0, "date_add": 0}}  # fmt: skip
        return set(templates.get(resource, {"id": 0}))

    @staticmethod
    def _id_typed(row: dict[str, Any], string_ids: bool) -> dict[str, Any]:
        if "id" in row:
            row["id"] = str(row["id"]) if string_ids else int(row["id"])
        return row

    def hotel_ari(self, body: str) -> Any:
        try:
            root = ET.fromstring(body)
        except ET.ParseError as exc:
            raise FakeError(400, [(85, "Validation error: Invalid ARI search parameters found.")]) from exc
        node = root.find("hotel_ari")
        if node is None:
            raise FakeError(400, [(85, "Validation error: Invalid ARI search parameters found.")])
        if not (node.findtext("id_hotel") or "").strip():
            raise FakeError(400, [(41, 'parameter "id_hotel" required')])
        hotel_id = node.findtext("id_hotel", "").strip()
        date_from = as_date(node.findtext("date_from", ""))
        date_to = as_date(node.findtext("date_to", ""))
        if date_to <= date_from:
            raise FakeError(400, [(85, 'Validation error: "Date to" must be after "date from"')])
        answer: dict[str, Any] = {"id_hotel": hotel_id, "date_from": date_from.isoformat(),
                                  "date_to": date_to.isoformat(), "currency": "USD"}  # fmt: skip
        if hotel_id != str(self.state.hotel["id"]):
            return {"hotel_ari": answer}  # unknown hotel: 200 without room types (026)
        wanted_type = (node.findtext("id_room_type") or "").strip()
        occupancies = max(len(node.findall("associations/room_occupancies/room_occupancy")), 1)
        if (node.findtext("date_wise_breakdown") or "").strip() == "1":
            # One answer per night under "hotel_aris" (047); its booked/unavailable totals are not kept.
            return {"hotel_aris": [
                self._ari_range(dict(answer, date_from=(date_from + dt.timedelta(days=i)).isoformat(),
                                     date_to=(date_from + dt.timedelta(days=i + 1)).isoformat()),
                                date_from + dt.timedelta(days=i), date_from + dt.timedelta(days=i + 1),
                                wanted_type, occupancies)
                for i in range(nights(date_from, date_to))
            ]}  # fmt: skip
        return {"hotel_ari": self._ari_range(answer, date_from, date_to, wanted_type, occupancies)}

    def _ari_range(
        self, answer: dict[str, Any], date_from: dt.date, date_to: dt.date, wanted_type: str, occupancies: int
    ) -> dict[str, Any]:
        room_types, total_rooms, total_available = [], 0, 0
        with self.lock:
            for type_id in sorted(self.state.room_types):
                if wanted_type and str(type_id) != wanted_type:
                    continue
                free = self.state.free_rooms(type_id, date_from, date_to)
                stay_price = self.state.quoted_price(type_id, date_from, date_to)
                total_rooms += len(self.state.room_rows(type_id))
                total_available += len(free)
                room_types.append({
                    "id_room_type": str(type_id), "base_price": num(stay_price / nights(date_from, date_to)),
                    "base_price_with_tax": num(with_tax(stay_price / nights(date_from, date_to))),
                    "total_price": num(stay_price * occupancies), "total_price_with_tax": num(with_tax(stay_price * occupancies)),
                    "name": self.state.room_types[type_id]["name"],
                    "rooms": {"available": {str(r["id"]): {
                        "id_room": str(r["id"]), "id_product": str(type_id), "id_hotel": "1", "room_num": r["room_num"],
                        "room_comment": "", "max_adult": "2", "max_children": "2", "max_occupancy": "4"} for r in free} or []},
                })  # fmt: skip
        answer.update(
            {"total_rooms": total_rooms, "total_available_rooms": total_available, "room_types": room_types}
        )
        return answer

    def create_booking(self, raw: bytes) -> Any:
        booking = booking_body(raw)
        detail, room_types = validate_booking(booking, hotel_id=int(self.state.hotel["id"]))
        with self.lock:
            picks = []
            for rt in room_types:
                free = self.state.free_rooms(
                    int(rt["id_room_type"]), as_date(rt["checkin_date"]), as_date(rt["checkout_date"])
                )
                if len(free) < int(rt["number_of_rooms"]):
                    raise FakeError(400, [(404, NOT_AVAILABLE)])
                picks.append((rt, free[: int(rt["number_of_rooms"])]))
        time.sleep(self.race_window)  # QloApps holds no lock between the check and the write (section 8)
        with self.lock:
            paid = int(booking.get("payment_status", 3)) == 1
            customer = self.state.customer_for(detail)
            order = self.state.new_order(customer=customer, state=STATE_PAID if paid else STATE_AWAITING,
                                         source=str(booking.get("source") or "127.0.0.1"))  # fmt: skip
            if booking.get("remark"):
                self.state.remarks[int(order["id"])] = [str(booking["remark"])]
            backordered = False
            for rt, rooms in picks:
                date_from, date_to = as_date(rt["checkin_date"]), as_date(rt["checkout_date"])
                requests = rt.get("rooms") or [{} for _ in rooms]
                taken_meanwhile = self.state.held_room_ids(date_from, date_to)
                for room, room_request in zip(rooms, requests, strict=True):
                    if self.ignore_child_ages:
                        room_request = {k: v for k, v in room_request.items() if k != "child_ages"}
                    type_id = int(rt["id_room_type"])
                    price = (Decimal(str(room_request["unit_price_without_tax"])) if "unit_price_without_tax" in room_request
                             else self.state.nightly_prices[type_id] * nights(date_from, date_to))  # fmt: skip
                    line = self.state.new_line(order=order, room=room, date_from=date_from, date_to=date_to,
                                               room_request=room_request, price=price)  # fmt: skip
                    if (
                        int(room["id"]) in taken_meanwhile
                        and self.state.next_race_kind() == "silent_backorder"
                    ):
                        line["is_back_order"] = line["is_refunded"] = line["is_cancelled"] = "1"
                        backordered = True
            self.state.refresh_totals(order)
            if backordered:  # 4 then back to 1, as history 124 shows
                self.state.add_history(int(order["id"]), 4)
                self.state.add_history(int(order["id"]), int(order["current_state"]))
            view = self.state.booking_view(order)
        if self.notices:
            raise FakeError(500, notice_errors("127"))
        return view

    def update_booking(self, item_id: str, raw: bytes) -> Any:
        booking = booking_body(raw)
        if "id" not in booking:
            raise FakeError(400, [(404, "id is required with PUT requests.")])
        with self.lock:
            order = self.state.orders.get(int(booking["id"]))
            if order is None:
                raise FakeError(404, empty=True)
            email = str((booking.get("associations", {}).get("customer_detail") or {}).get("email", ""))
            if not any(c["email"].casefold() == email.casefold() for c in self.state.customers.values()):
                raise FakeError(400, [(404, "Customer not found.")])
            if int(booking.get("booking_status", 0)) == 3:
                self.state.set_state(order, 4)
                return self.state.booking_view(order)
            wanted = booking.get("associations", {}).get("room_types") or []
            keep_keys = {
                (int(rt["id_room_type"]), as_date(rt["checkin_date"]), as_date(rt["checkout_date"]))
                for rt in wanted
            }
            lines = self.state.order_lines(int(order["id"]))
            kept = [
                li
                for li in lines
                if (int(li["id_product"]), as_date(li["date_from"]), as_date(li["date_to"])) in keep_keys
            ]
            removed = [li for li in lines if li not in kept]
            add_line_services(self.state, kept=kept, wanted=wanted, as_date=as_date)
            for line in removed:  # deleted, not cancelled (049)
                self.state.lines.remove(line)
            order["associations"]["bookings"] = [{"id": li["id"]} for li in kept]
            for rt in wanted:
                key = (int(rt["id_room_type"]), as_date(rt["checkin_date"]), as_date(rt["checkout_date"]))
                if any(
                    (int(li["id_product"]), as_date(li["date_from"]), as_date(li["date_to"])) == key
                    for li in kept
                ):
                    continue
                free = self.state.free_rooms(key[0], key[1], key[2])
                requests = rt.get("rooms") or [{} for _ in range(int(rt["number_of_rooms"]))]
                if len(free) < len(requests):
                    self.state.lines.extend(removed)  # nothing changes on refusal
                    order["associations"]["bookings"] = [{"id": li["id"]} for li in lines]
                    raise FakeError(400, [(404, "Requested room(s) not available")])
                for room, room_request in zip(free, requests, strict=False):
                    price = (Decimal(str(room_request["unit_price_without_tax"])) if "unit_price_without_tax" in room_request
                             else self.state.nightly_prices[key[0]] * nights(key[1], key[2]))  # fmt: skip
                    self.state.new_line(order=order, room=room, date_from=key[1], date_to=key[2],
                                        room_request=room_request, price=price)  # fmt: skip
            self.state.refresh_totals(order)
            return self.state.booking_view(order)

    def get_booking(self, item_id: str | None) -> Any:
        with self.lock:
            if item_id is None:
                return (
                    {"bookings": [{"id": o} for o in sorted(self.state.orders)]} if self.state.orders else []
                )
            order = self.state.orders.get(int(item_id)) if item_id.isdigit() else None
            if order is None:
                raise FakeError(404, empty=True)
            view = self.state.booking_view(order)
        if self.notices:
            raise FakeError(500, notice_errors("130"))
        return view

    def post_order_history(self, raw: bytes) -> Any:
        try:
            node = ET.fromstring(raw.decode()).find("order_history")
        except ET.ParseError as exc:
            text = raw.decode(errors="replace")
            raise FakeError(
                500,
                [
                    (
                        127,
                        f"XML error : String could not be parsed as XML\nXML length : {len(text)}\nOriginal XML : {text}",
                    )
                ],
            ) from exc
        if node is None or not (node.findtext("id_order") or "").strip():
            raise FakeError(400, [(41, 'parameter "id_order" required')])
        with self.lock:
            order = self.state.orders.get(int(node.findtext("id_order", "0")))
            if order is None:
                raise FakeError(400, [(41, "order not found")])
            self.state.set_state(order, int(node.findtext("id_order_state", "0")))
            history = dict(self.state.histories[-1])
        history.update(
            {"id": str(history["id"]), "id_employee": "", "id_order_state": int(history["id_order_state"])}
        )
        return {"order_history": history}
