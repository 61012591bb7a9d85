"""The bookings watch as a check of QloApps' cached nights: a look that finds no new booking keeps the
nights fresh for their lead-time TTL from the look (so near nights stop being fetched every two minutes),
a look that finds a booking made elsewhere forgets its nights, nothing is served past the cap after it
was fetched, and the booking's live re-check still asks QloApps and tells a changed price."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
import time_machine
from django.utils import timezone

from hotel_agent.hotels.models import Hotel
from pms_bridge.factory import get_pms
from pms_bridge.port import BookingRequest, GuestDetails, Stay
from pms_bridge.qloapps.adapter import QloAppsPms
from pms_bridge.qloapps.client import QloAppsClient
from pms_bridge.tasks import watch_bookings
from reservations.errors import PriceChanged
from reservations.services import quote_create, reservation_create_from_quote
from tests.fakes.qloapps import FakeQloApps
from tests.support.pms import qloapps_backend, qloapps_hotel

TTL, CAP = 120, 3600  # tomorrow's nights are fresh for 240 s


@pytest.fixture
def fake() -> Iterator[FakeQloApps]:
    with (
        FakeQloApps() as server,
        qloapps_backend(server, PMS_CACHE_TTL_SECONDS=TTL, PMS_CACHE_MAX_TTL_SECONDS=CAP),
    ):
        yield server


@pytest.fixture
def clock(fake: FakeQloApps) -> Iterator[time_machine.Traveller]:
    # Noon in the hotel's time zone: the tests move the clock up to an hour on, and a start late in the evening
    # crossed midnight, so "tomorrow" became today with a shorter TTL (the cap test failed from 23:00 local).
    noon = timezone.localtime().replace(hour=12, minute=0, second=0, microsecond=0)
    with time_machine.travel(noon, tick=False) as traveller:
        watch_bookings()  # the first look notes where QloApps stands
        yield traveller


def _stay(days_ahead: int, nights: int = 2) -> Stay:
    check_in = timezone.localdate() + dt.timedelta(days=days_ahead)
    return Stay(pms_hotel_id=1, check_in=check_in, check_out=check_in + dt.timedelta(days=nights), adults=2)


def _ari(fake: FakeQloApps) -> int:
    return fake.call_count("hotel_ari", "POST")


def _looks(fake: FakeQloApps) -> int:
    # Orders after the last one seen (`room_bookings`), or every order while QloApps has none (`bookings`).
    return fake.call_count("room_bookings", "GET") + fake.call_count("bookings", "GET")


def _rooms(stay: Stay, room_type_id: int) -> int:
    offers = get_pms().availability(stay=stay).offers
    return next(o.available_rooms for o in offers if o.room_type.pms_room_type_id == room_type_id)


def _book_at_the_desk(fake: FakeQloApps, stay: Stay, room_type_id: int) -> None:
    desk = QloAppsPms(QloAppsClient(base_url=fake.url, api_key=fake.api_key, timeout=2))  # not our cache
    offer = next(
        o for o in desk.availability(stay=stay).offers if o.room_type.pms_room_type_id == room_type_id
    )
    desk.create_booking(
        request=BookingRequest(
            idempotency_key="desk-1", stay=stay, pms_room_type_id=room_type_id,
            guest=GuestDetails(first_name="D", last_name="Esk", email="desk@example.com", phone="+34600000002"),
            total=offer.total, total_without_tax=offer.total_without_tax, currency=offer.currency,
        )
    )  # fmt: skip


def test_a_clean_look_of_the_watch_keeps_the_nights_fresh_without_a_call(
    fake: FakeQloApps, clock: time_machine.Traveller
) -> None:
    pms, stay = get_pms(), _stay(1)
    pms.availability(stay=stay)  # fetched
    clock.shift(100)
    assert pms.availability(stay=stay).from_cache  # served: the watch has something to check
    clock.shift(100)
    watch_bookings()  # finds no booking: the nights hold as of now
    ari, looks = _ari(fake), _looks(fake)
    clock.shift(200)  # 400 s after the fetch, past the 240 s of tomorrow's nights; 200 s after the look
    served = pms.availability(stay=stay)
    assert (_ari(fake), _looks(fake)) == (ari, looks)
    assert served.from_cache and served.age_seconds == 400  # the age stays the fetch's


def test_a_question_past_the_ttl_looks_for_new_bookings_instead_of_fetching(
    fake: FakeQloApps, clock: time_machine.Traveller
) -> None:
    pms, stay = get_pms(), _stay(1)
    pms.availability(stay=stay)
    ari, looks = _ari(fake), _looks(fake)
    clock.shift(300)  # past the TTL, no look since the fetch
    assert pms.availability(stay=stay).from_cache
    assert (_ari(fake), _looks(fake)) == (ari, looks + 1)  # one look, the same cost as a fetch
    clock.shift(200)
    assert pms.availability(stay=_stay(20)).from_cache  # another night of the same fetch, confirmed too
    assert (_ari(fake), _looks(fake)) == (ari, looks + 1)


def test_a_booking_made_elsewhere_is_forgotten_at_the_next_look(
    fake: FakeQloApps, clock: time_machine.Traveller
) -> None:
    stay = _stay(1)
    before = _rooms(stay, 1)
    _book_at_the_desk(fake, stay, 1)
    clock.shift(100)
    assert _rooms(stay, 1) == before  # within its TTL: the cached nights, as before the watch confirmed
    clock.shift(200)
    ari = _ari(fake)
    assert _rooms(stay, 1) == before - 1  # the look found the booking: its nights are fetched again
    assert _ari(fake) == ari + 1
    clock.shift(300)
    looks = _looks(fake)
    assert _rooms(stay, 1) == before - 1  # the next look finds nothing new: the nights are kept
    assert (_ari(fake), _looks(fake)) == (ari + 1, looks + 1)


def test_no_night_is_served_past_the_cap_however_many_clean_looks(
    fake: FakeQloApps, clock: time_machine.Traveller
) -> None:
    pms, stay = get_pms(), _stay(1)
    pms.availability(stay=stay)
    ari, looks = _ari(fake), _looks(fake)
    for _ in range(CAP // 200):  # a question every 200 s: a look every other one, no fetch
        clock.shift(200)
        assert pms.availability(stay=stay).from_cache
    assert _ari(fake) == ari and _looks(fake) == looks + CAP // 400
    clock.shift(1)  # just past the cap after the fetch, 1 s after a clean look: fetched again
    assert not pms.availability(stay=stay).from_cache
    assert _ari(fake) == ari + 1


@pytest.mark.django_db
def test_a_rate_changed_in_qloapps_is_told_by_the_bookings_live_recheck(
    fake: FakeQloApps, clock: time_machine.Traveller
) -> None:
    hotel: Hotel = qloapps_hotel()
    stay = _stay(1)
    quote_create(hotel=hotel, stay=stay)
    fake.set_nightly_price(1, Decimal("1600"))  # a manager changes tonight's rate in the back office
    clock.shift(300)
    later = quote_create(hotel=hotel, stay=stay)  # a look confirms the nights: the watch cannot see a rate
    assert later.from_cache  # the old rate, within the cap
    line = later.lines.get(pms_room_type_id=1)
    ari = _ari(fake)
    with pytest.raises(PriceChanged) as changed:
        reservation_create_from_quote(
            quote_line=line,
            guest=GuestDetails(
                first_name="Eva", last_name="Lind", email="eva@example.com", phone="+46701234567"
            ),
            idempotency_key="rate-changed",
        )
    assert _ari(fake) == ari + 1  # asked QloApps, not the cache
    assert changed.value.new_offer is not None and changed.value.new_offer.total > line.total
