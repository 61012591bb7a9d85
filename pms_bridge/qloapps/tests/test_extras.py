"""Extras on an existing QloApps booking against the fake built from the captured exchanges: the
services on sale, a service added to the order, a room-type change and a deposit noted on the order."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from decimal import Decimal

import pytest

from pms_bridge.errors import PmsNoAvailability
from pms_bridge.port import Booking, BookingRequest, BookingState, GuestDetails, Stay
from pms_bridge.qloapps.adapter import QloAppsPms
from pms_bridge.qloapps.client import QloAppsClient
from tests.fakes.qloapps import FakeQloApps


@pytest.fixture
def pms(fake_qloapps: FakeQloApps) -> Iterator[QloAppsPms]:
    client = QloAppsClient(base_url=fake_qloapps.url, api_key=fake_qloapps.api_key, timeout=2.0)
    yield QloAppsPms(client)
    client.close()


def _booked(pms: QloAppsPms, *, room_type_id: int = 1, days_ahead: int = 40) -> Booking:
    check_in = dt.date.today() + dt.timedelta(days=days_ahead)
    stay = Stay(pms_hotel_id=1, check_in=check_in, check_out=check_in + dt.timedelta(days=2), adults=2)
    offer = next(
        o
        for o in pms.availability(stay=stay, live=True).offers
        if o.room_type.pms_room_type_id == room_type_id
    )
    return pms.create_booking(
        request=BookingRequest(
            idempotency_key=uuid.uuid4().hex,
            stay=stay,
            pms_room_type_id=room_type_id,
            guest=GuestDetails(
                first_name="Ana",
                last_name="Ruiz",
                email=f"{uuid.uuid4().hex[:8]}@example.com",
                phone="+34612000111",
            ),
            total=offer.total,
            total_without_tax=offer.total_without_tax,
            currency=offer.currency,
        )
    )


def test_services_on_sale_leave_out_the_auto_added_fees(pms: QloAppsPms) -> None:
    services = {s.name: s for s in pms.services(pms_hotel_id=1)}
    assert "Room Maintenance Fees" not in services and "Internet Handling Charges" not in services
    breakfast = services["Breakfast"]
    assert breakfast.unit_price == Decimal("350") and breakfast.per_night and not breakfast.taxes_included
    assert not services["Airport Shuttle"].per_night
    assert breakfast.total_for(nights=2, rooms=1) == Decimal("700")


def test_a_service_added_to_an_order_is_charged_on_it(pms: QloAppsPms, fake_qloapps: FakeQloApps) -> None:
    booking = _booked(pms)
    breakfast = next(s for s in pms.services(pms_hotel_id=1) if s.name == "Breakfast")
    after = pms.add_service(reference=booking.reference, service=breakfast, total=Decimal("700"))
    assert after.total == booking.total + Decimal("728.00")  # 700 + the order's 4 % tax
    assert after.pms_room_type_id == booking.pms_room_type_id and after.check_in == booking.check_in
    view = fake_qloapps.get_booking(str(booking.pms_booking_id))
    rooms = view["booking"]["associations"]["room_types"][0]["rooms"]
    assert rooms[0]["services"][0]["id_service"] == 9


def test_a_room_type_change_books_the_new_type_for_the_same_stay(pms: QloAppsPms) -> None:
    booking = _booked(pms, room_type_id=1)
    after = pms.change_room_type(
        reference=booking.reference,
        pms_room_type_id=2,
        total=Decimal("3640"),
        total_without_tax=Decimal("3500"),
    )
    assert after.pms_room_type_id == 2 and after.reference == booking.reference
    assert (after.check_in, after.check_out, after.adults) == (booking.check_in, booking.check_out, 2)
    assert after.total == Decimal("3640.00") and after.state == BookingState.ACTIVE


def test_a_room_type_change_without_a_free_room_changes_nothing(
    pms: QloAppsPms, fake_qloapps: FakeQloApps
) -> None:
    booking = _booked(pms, room_type_id=1, days_ahead=60)
    for _ in range(5):  # every Luxury room taken for those nights
        _booked(pms, room_type_id=4, days_ahead=60)
    with pytest.raises(PmsNoAvailability):
        pms.change_room_type(
            reference=booking.reference,
            pms_room_type_id=4,
            total=Decimal("5200"),
            total_without_tax=Decimal("5000"),
        )
    assert pms.get_booking(reference=booking.reference).pms_room_type_id == 1


def test_a_deposit_moves_the_order_to_partial_payment(pms: QloAppsPms, fake_qloapps: FakeQloApps) -> None:
    booking = _booked(pms)
    after = pms.record_deposit(reference=booking.reference, amount=Decimal("100"), currency="USD")
    assert after.state == BookingState.ACTIVE and not after.paid
    assert fake_qloapps.state.orders[booking.pms_booking_id]["current_state"] == "8"
