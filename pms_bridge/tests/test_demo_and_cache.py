"""The demo PMS behind the resilient wrapper: cache by stay, invalidation by booking, metrics."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from prometheus_client import REGISTRY

from pms_bridge.factory import get_pms
from pms_bridge.models import DemoInventory, DemoRate, DemoRoomType
from pms_bridge.port import BookingRequest, GuestDetails, Stay
from reservations.models import Hotel


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
