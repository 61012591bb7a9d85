"""Availability built from cached nights: one QloApps call answers the nights ahead, every stay built
from them equals QloApps' own answer for that stay, and the agent's bookings invalidate their nights."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from django.test import override_settings

from pms_bridge.factory import get_pms
from pms_bridge.port import AvailabilityAnswer, BookingRequest, GuestDetails, Stay
from pms_bridge.qloapps.adapter import QloAppsPms
from pms_bridge.qloapps.client import QloAppsClient
from pms_bridge.resilient import WARM_NIGHTS
from pms_bridge.tasks import watch_bookings
from tests.fakes.qloapps import FakeQloApps
from tests.support.pms import qloapps_backend


@pytest.fixture
def fake() -> Iterator[FakeQloApps]:
    with FakeQloApps() as server, qloapps_backend(server), override_settings(PMS_CACHE_TTL_SECONDS=600):
        yield server


def _stay(days_ahead: int, nights: int, *, adults: int = 2, children: int = 0, rooms: int = 1) -> Stay:
    check_in = dt.date.today() + dt.timedelta(days=days_ahead)
    return Stay(pms_hotel_id=1, check_in=check_in, check_out=check_in + dt.timedelta(days=nights),
                adults=adults, children=children, rooms=rooms)  # fmt: skip


def _offers(answer: AvailabilityAnswer) -> list[tuple[int, int, Decimal, Decimal]]:
    return [
        (o.room_type.pms_room_type_id, o.available_rooms, o.total, o.total_without_tax) for o in answer.offers
    ]


def test_one_call_answers_every_stay_in_the_nights_ahead_as_qloapps_would(fake: FakeQloApps) -> None:
    pms = get_pms()
    pms.availability(stay=_stay(10, 2))
    calls = fake.call_count("hotel_ari", "POST")
    asked = [_stay(11, 3), _stay(10, 1, adults=1), _stay(20, 7, rooms=2), _stay(12, 2, children=1)]
    built = [pms.availability(stay=stay) for stay in asked]
    assert fake.call_count("hotel_ari", "POST") == calls  # all within the warmed nights
    for stay, answer in zip(asked, built, strict=True):
        assert _offers(answer) == _offers(pms.availability(stay=stay, live=True))


def test_a_booking_made_here_invalidates_its_nights(fake: FakeQloApps) -> None:
    pms = get_pms()
    stay = _stay(15, 2)
    offer = pms.availability(stay=stay).offers[0]
    pms.create_booking(
        request=BookingRequest(
            idempotency_key="nightly-1", stay=stay, pms_room_type_id=offer.room_type.pms_room_type_id,
            guest=GuestDetails(first_name="A", last_name="B", email="ab@example.com", phone="+34600000001"),
            total=offer.total, total_without_tax=offer.total_without_tax, currency=offer.currency,
        )
    )  # fmt: skip
    calls = fake.call_count("hotel_ari", "POST")
    again = next(
        o for o in pms.availability(stay=_stay(16, 1)).offers if o.room_type == offer.room_type
    )  # shares a night with the booking: asked again
    assert fake.call_count("hotel_ari", "POST") == calls + 1
    assert again.available_rooms == offer.available_rooms - 1


def test_a_stay_beyond_the_warmed_nights_asks_again(fake: FakeQloApps) -> None:
    pms = get_pms()
    pms.availability(stay=_stay(40, 2))
    calls = fake.call_count("hotel_ari", "POST")
    pms.availability(stay=_stay(40 + WARM_NIGHTS + 1, 2))
    assert fake.call_count("hotel_ari", "POST") == calls + 1


def test_a_booking_made_elsewhere_is_noticed_by_the_periodic_watch(fake: FakeQloApps) -> None:
    pms = get_pms()
    watch_bookings()  # the first look notes where QloApps stands
    stay = _stay(25, 2)
    offer = pms.availability(stay=stay).offers[0]
    desk = QloAppsPms(
        QloAppsClient(base_url=fake.url, api_key=fake.api_key, timeout=2)
    )  # not through our cache
    desk.create_booking(
        request=BookingRequest(
            idempotency_key="desk-1", stay=stay, pms_room_type_id=offer.room_type.pms_room_type_id,
            guest=GuestDetails(first_name="D", last_name="Esk", email="desk@example.com", phone="+34600000002"),
            total=offer.total, total_without_tax=offer.total_without_tax, currency=offer.currency,
        )
    )  # fmt: skip

    def cached_rooms() -> int:
        answer = pms.availability(stay=stay)
        return next(o.available_rooms for o in answer.offers if o.room_type == offer.room_type)

    assert cached_rooms() == offer.available_rooms  # still the cached answer
    watch_bookings()
    assert cached_rooms() == offer.available_rooms - 1


def test_the_watch_asks_one_call_a_look_and_nothing_while_no_cached_answer_was_served(
    fake: FakeQloApps,
) -> None:
    pms = get_pms()
    watch_bookings()  # the first look notes where QloApps stands (GET bookings)

    def watch_calls() -> int:
        before = fake.call_count(method="GET")
        watch_bookings()
        return fake.call_count(method="GET") - before

    assert watch_calls() == 0  # nothing cached
    stay = _stay(25, 2)
    pms.availability(stay=stay)  # a miss: cached, not yet served from the cache
    assert watch_calls() == 0
    pms.availability(stay=stay)  # served from the cache
    assert watch_calls() == 1  # one room_bookings read of the orders after the last seen one
    assert watch_calls() == 0  # nobody answered from the cache since
