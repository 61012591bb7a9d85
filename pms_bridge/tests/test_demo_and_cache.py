"""The demo PMS behind the resilient wrapper: cache by hotel, dates and rooms (any occupancy), TTL by
lead time, invalidation by booking, metrics."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from prometheus_client import REGISTRY

from hotel_agent.hotels.models import Hotel
from pms_bridge.cache import fresh_seconds
from pms_bridge.factory import configured_pms, get_pms
from pms_bridge.models import DemoInventory, DemoRate, DemoRoomType
from pms_bridge.port import BookingRequest, GuestDetails, Stay


def _sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def _stay(days_ahead: int = 30, adults: int = 2) -> Stay:
    check_in = timezone.localdate() + dt.timedelta(days=days_ahead)
    return Stay(pms_hotel_id=1, check_in=check_in, check_out=check_in + dt.timedelta(days=2), adults=adults)


@pytest.mark.django_db
def test_demo_seed_sells_every_night_of_the_next_twelve_months(demo_hotel: Hotel) -> None:
    today = timezone.localdate()
    for room_type in DemoRoomType.objects.all():
        nights = set(
            DemoInventory.objects.filter(room_type=room_type, rooms__gt=0).values_list("date", flat=True)
        )
        rated = set(DemoRate.objects.filter(room_type=room_type).values_list("date", flat=True))
        year = {today + dt.timedelta(days=i) for i in range(366)}
        assert year <= nights and year <= rated, room_type.name
    assert DemoRoomType.objects.count() >= 3


@pytest.mark.django_db
def test_a_repeated_question_is_answered_from_the_cache_with_its_age(demo_hotel: Hotel) -> None:
    pms = get_pms()
    hits_before = _sample("hotel_agent_pms_cache_hits_total", operation="availability")
    calls_before = _sample("hotel_agent_pms_requests_total", operation="availability", outcome="ok")
    first = pms.availability(stay=_stay())
    second = pms.availability(stay=_stay())
    assert not first.from_cache and second.from_cache and second.age_seconds >= 0
    assert second.offers == first.offers
    assert _sample("hotel_agent_pms_cache_hits_total", operation="availability") == hits_before + 1
    assert (
        _sample("hotel_agent_pms_requests_total", operation="availability", outcome="ok") == calls_before + 1
    )
    assert not pms.availability(stay=_stay(), live=True).from_cache


@pytest.mark.django_db
def test_a_booking_invalidates_cached_answers_for_its_nights_only(demo_hotel: Hotel) -> None:
    pms = get_pms()
    booked, elsewhere, other_occupancy = _stay(30), _stay(60), _stay(31, adults=1)
    for stay in (booked, elsewhere, other_occupancy):
        pms.availability(stay=stay)
    room_type = DemoRoomType.objects.get(name="Individual")
    pms.create_booking(
        request=BookingRequest(
            idempotency_key="cache-test",
            stay=Stay(pms_hotel_id=1, check_in=booked.check_in, check_out=booked.check_out, adults=1),
            pms_room_type_id=room_type.pk,
            guest=GuestDetails(first_name="A", last_name="B", email="a@example.com", phone="+34600000000"),
            total=Decimal("100"),
            total_without_tax=Decimal("90.91"),
            currency="EUR",
        )
    )
    assert not pms.availability(stay=booked).from_cache
    assert not pms.availability(stay=other_occupancy).from_cache  # shares a night with the booking
    assert pms.availability(stay=elsewhere).from_cache
    individual = next(
        o for o in pms.availability(stay=other_occupancy).offers if o.room_type.name == "Individual"
    )
    assert individual.available_rooms == 3


@pytest.mark.django_db
def test_metrics_expose_the_circuit_state_closed_and_ready_probe_pings_the_demo_pms(
    demo_hotel: Hotel,
) -> None:
    get_pms().ping()
    body = Client().get("/metrics").content.decode()
    assert "hotel_agent_pms_circuit_state 0.0" in body


@pytest.mark.django_db
def test_load_demo_seeds_the_demo_pms_and_is_idempotent(demo_pms: None) -> None:
    call_command("load_demo")
    call_command("load_demo")
    assert DemoRoomType.objects.count() == 4
    assert Hotel.objects.get(slug="hotel-sol-de-levante").cancellation_policy.free_cancellation_hours == 48


@pytest.mark.django_db
def test_occupancies_of_the_same_nights_share_one_pms_call_and_keep_the_pms_prices(demo_hotel: Hotel) -> None:
    pms = get_pms()
    calls_before = _sample("hotel_agent_pms_requests_total", operation="availability", outcome="ok")
    couple = pms.availability(stay=_stay(adults=2))
    single = pms.availability(stay=_stay(adults=1))
    family = pms.availability(stay=replace(_stay(adults=2), children=2))
    assert (
        _sample("hotel_agent_pms_requests_total", operation="availability", outcome="ok") == calls_before + 1
    )
    assert not couple.from_cache and single.from_cache and family.from_cache
    assert single.stay.adults == 1 and family.stay.children == 2  # each answer is for the stay asked
    for answer in (couple, single, family):
        stay = answer.stay
        assert all(o.room_type.fits(adults=stay.adults, children=stay.children) for o in answer.offers)
        live = pms.availability(stay=stay, live=True)
        assert {o.room_type.name for o in answer.offers} == {o.room_type.name for o in live.offers}
        # The same PMS figures and the PMS's own words as a live answer for this occupancy.
        assert [(o.total, o.total_without_tax, o.nights, o.raw) for o in answer.offers] == [
            (o.total, o.total_without_tax, o.nights, o.raw) for o in live.offers
        ]
        assert answer.raw == live.raw
    assert "Individual" in {o.room_type.name for o in single.offers}
    assert "Individual" not in {o.room_type.name for o in couple.offers}
    assert {o.room_type.name for o in family.offers} < {o.room_type.name for o in couple.offers}


@pytest.mark.django_db
def test_a_booking_invalidates_every_occupancy_cached_for_its_nights(demo_hotel: Hotel) -> None:
    pms = configured_pms()  # the cache is the configured PMS wrapper's
    couple, single = _stay(45, adults=2), _stay(45, adults=1)
    pms.availability(stay=couple)
    assert pms.availability(stay=single).from_cache
    pms.cache.invalidate_stay(pms_hotel_id=1, check_in=couple.check_in, check_out=couple.check_out)
    assert not pms.availability(stay=single).from_cache
    assert pms.availability(stay=couple).from_cache  # the new answer serves both again


def test_answers_stay_fresh_longer_the_further_ahead_the_stay(settings: Any) -> None:
    settings.PMS_CACHE_TTL_SECONDS, settings.PMS_CACHE_MAX_TTL_SECONDS = 120, 3600
    today = dt.date(2026, 12, 1)
    assert fresh_seconds(today, today) == 120  # tonight
    assert fresh_seconds(today + dt.timedelta(days=1), today) == 240
    assert fresh_seconds(today + dt.timedelta(days=7), today) == 960
    assert fresh_seconds(today + dt.timedelta(days=200), today) == 3600
    assert fresh_seconds(today - dt.timedelta(days=3), today) == 120
    settings.PMS_CACHE_MAX_TTL_SECONDS = 60  # a maximum below the base never shortens the base
    assert fresh_seconds(today + dt.timedelta(days=200), today) == 120


@pytest.mark.django_db
def test_a_near_stay_is_asked_again_sooner_than_a_far_one(demo_hotel: Hotel, settings: Any) -> None:
    settings.PMS_CACHE_TTL_SECONDS, settings.PMS_CACHE_MAX_TTL_SECONDS = 120, 3600
    pms = get_pms()
    near, far = _stay(1), _stay(90)
    noon = timezone.localtime().replace(hour=12, minute=0, second=0, microsecond=0)  # an hour on stays today
    with time_machine.travel(noon, tick=False) as clock:
        pms.availability(stay=near)
        pms.availability(stay=far)
        clock.shift(dt.timedelta(seconds=250))  # past tomorrow's 240 s
        assert not pms.availability(stay=near).from_cache
        again = pms.availability(stay=far)
        assert again.from_cache and again.age_seconds == 250
        clock.shift(dt.timedelta(seconds=3400))  # 3650 s: past the 1 h maximum
        assert not pms.availability(stay=far).from_cache
