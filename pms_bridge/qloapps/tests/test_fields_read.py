"""Every field the QloApps adapter reads exists in the captured answers of a real QloApps 1.6.1.

The adapter runs every read path (catalogue, availability, nights, bookings read, found, made and
cancelled, the watch for bookings made elsewhere) against the captured bodies in tests/fixtures/qloapps,
and each key it looks up is recorded with where it sits in the answer. A key the captures do not
hold fails the test: when QloApps is upgraded and the fixtures are captured again, a renamed or
dropped field shows up here instead of as a silent default (`.get(...)` → None) in production.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from pms_bridge.port import BookingRequest, GuestDetails, Stay
from pms_bridge.qloapps.adapter import QloAppsPms
from tests.fakes.qloapps_state import FIXTURES

# Reads no capture shows yet, each with why it is allowed (capture it and remove it from here).
NOT_CAPTURED = {
    ("currency", "iso_code"): "GET currencies/{id} was not captured; the code of an order's currency",
}


def _captured(prefix: str) -> Any:
    path = next(FIXTURES.glob(f"{prefix}_*.json"))
    return json.loads(json.loads(path.read_text())["response"]["body"])


class Recorded(dict[str, Any]):
    """A JSON object that notes each key looked up in it, with its place in the answer."""

    def __init__(self, data: dict[str, Any], where: str, reads: set[tuple[str, str]]) -> None:
        super().__init__(data)
        self.where, self.reads = where, reads

    def __getitem__(self, key: str) -> Any:
        self.reads.add((self.where, key))
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self.reads.add((self.where, key))
        return super().get(key, default)


def _wrap(value: Any, where: str, reads: set[tuple[str, str]]) -> Any:
    if isinstance(value, dict):
        # Objects keyed by id (rooms.available, 019) are one place, whatever the id.
        return Recorded(
            {k: _wrap(v, f"{where}.{'*' if k.isdigit() else k}", reads) for k, v in value.items()},
            where,
            reads,
        )
    if isinstance(value, list):
        return [_wrap(v, f"{where}[]", reads) for v in value]
    return value


def _keys(value: Any, where: str, found: dict[str, set[str]]) -> None:
    if isinstance(value, dict):
        found.setdefault(where, set()).update(value)
        for k, v in value.items():
            _keys(v, f"{where}.{'*' if k.isdigit() else k}", found)
    elif isinstance(value, list):
        for v in value:
            _keys(v, f"{where}[]", found)


class CapturedQloApps:
    """Answers the adapter's requests with the captured bodies (routing by method, resource, query)."""

    def __init__(self) -> None:
        self.reads: set[tuple[str, str]] = set()
        self.served: dict[str, set[str]] = {}

    def _serve(self, body: Any) -> Any:
        _keys(body, "", self.served)
        return _wrap(body, "", self.reads)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        json_body: Any = None,
        xml_body: str | None = None,
    ) -> Any:
        params = params or {}
        resource, _, item = path.partition("/")
        if method == "POST" and resource == "hotel_ari":
            return self._serve(_captured("047" if "date_wise_breakdown" in (xml_body or "") else "019"))
        if method == "POST":
            return self._serve(_captured({"bookings": "032", "order_histories": "059"}[resource]))
        if resource == "customers" and item:
            return self._serve({"customer": _captured("038")["customers"][0]})
        if resource == "currencies":
            return self._serve({"currency": {"id": 1, "iso_code": "USD"}})  # see NOT_CAPTURED
        routes = {"": "001", "hotels": "004", "hotel_room_types": "009", "room_types": "012",
                  "room_bookings": "039", "customers": "038", "bookings": "035"}  # fmt: skip
        if resource == "orders":
            return self._serve(_captured("036" if item else "037"))
        return self._serve(_captured(routes[resource]))


@pytest.fixture
def captured() -> Iterator[tuple[QloAppsPms, CapturedQloApps]]:
    server = CapturedQloApps()
    yield QloAppsPms(server), server  # type: ignore[arg-type]


def test_every_field_the_adapter_reads_is_in_the_captured_answers(
    captured: tuple[QloAppsPms, CapturedQloApps],
) -> None:
    pms, server = captured
    pms.ping()
    assert pms.hotels()[0].name == "The Hotel Prime"
    assert pms.room_types(pms_hotel_id=1)
    stay = Stay(pms_hotel_id=1, check_in=dt.date(2026, 12, 10), check_out=dt.date(2026, 12, 12), adults=2,
                children=1, child_ages=(7,))  # fmt: skip
    assert pms.availability_all_room_types(stay=stay).offers
    nights = pms.nightly_availability(
        pms_hotel_id=1, date_from=dt.date(2027, 1, 4), date_to=dt.date(2027, 1, 7)
    )
    assert [len(n.room_types[0].free_room_ids) for n in nights] == [3, 2, 3]
    booking = pms.get_booking(reference="PTCKGTFIE")
    assert (booking.adults, booking.children, booking.child_ages) == (2, 1, (7,))
    assert pms.find_bookings(email="anna.schmidt@example.com")
    made = pms.create_booking(
        request=BookingRequest(
            idempotency_key="fields", stay=stay, pms_room_type_id=1,
            guest=GuestDetails(first_name="Anna", last_name="Schmidt", email="anna.schmidt@example.com",
                               phone="0123456789"),
            total=Decimal("2080"), total_without_tax=Decimal("2000"), currency="USD",
        )
    )  # fmt: skip
    assert made.pms_booking_id == 1
    pms.cancel_booking(reference="PTCKGTFIE")
    assert pms.bookings_after(pms_booking_id=0)[0] == 1

    missing = sorted(
        (where, key)
        for where, key in server.reads
        if key not in server.served.get(where, set()) and (where.rsplit(".", 1)[-1], key) not in NOT_CAPTURED
    )
    assert missing == [], "fields the adapter reads that the captured QloApps answers do not hold"
    read_places = {where for where, _ in server.reads}
    assert {".hotels[]", ".hotel_ari.room_types[]", ".hotel_aris[]", ".bookings[]", ".orders[]", ".order",
            ".customer", ".customers[]", ".hotel_room_types[]", ".room_types[]"} <= read_places  # fmt: skip
