"""Each QloApps hotel is a hotel here: `pms_sync_hotels` (and the beat task) create or refresh them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from io import StringIO

import pytest
from django.core.management import call_command

from hotel_agent.hotels.models import Hotel
from hotel_agent.hotels.selectors import hotel_facts
from pms_bridge.port import Stay
from pms_bridge.tasks import sync_hotels
from reservations.errors import OccupancyNotPossible
from reservations.services import quote_create
from tests.fakes.qloapps import FakeQloApps
from tests.support.pms import qloapps_backend

pytestmark = pytest.mark.django_db


@pytest.fixture
def fake() -> Iterator[FakeQloApps]:
    with FakeQloApps() as server, qloapps_backend(server, QLOAPPS_HOTEL_ID=None):
        yield server


def test_the_qloapps_hotel_becomes_a_hotel_with_its_own_identity(fake: FakeQloApps) -> None:
    out = StringIO()
    call_command("pms_sync_hotels", stdout=out)
    hotel = Hotel.objects.get(pms_hotel_id=1)
    # Fixture 005: The Hotel Prime, its address, phone, e-mail, 12:00 / 11:00; USD from hotel_ari (019).
    assert (hotel.name, hotel.address, hotel.city, hotel.phone, hotel.email) == (
        "The Hotel Prime",
        "Monticello Dr, Montgomery, 10010",
        "Demo City",
        "0987654321",
        "hotelprime@htl.com",
    )
    assert (hotel.check_in_time, hotel.check_out_time) == (dt.time(12, 0), dt.time(11, 0))
    assert (hotel.currency, hotel.timezone, hotel.slug) == ("USD", "UTC", "the-hotel-prime")
    assert hotel_facts(hotel=hotel).from_pms
    assert "created: The Hotel Prime" in out.getvalue()


def test_a_hotel_already_mapped_is_renamed_not_duplicated(fake: FakeQloApps) -> None:
    demo = Hotel.objects.create(name="Hotel Sol de Levante", slug="hotel-sol-de-levante", pms_hotel_id=1)
    sync_hotels()
    fake.state.hotel["check_in"] = "14:30"
    sync_hotels()  # the periodic refresh picks the change up
    demo.refresh_from_db()
    assert (demo.name, demo.slug, demo.check_in_time) == (
        "The Hotel Prime",
        "hotel-sol-de-levante",
        dt.time(14, 30),
    )
    assert Hotel.objects.count() == 1


def test_several_hotels_of_one_qloapps_are_several_hotels_each_with_its_own_rooms(fake: FakeQloApps) -> None:
    fake.add_hotel(
        2, hotel_name="The Hotel Second", check_in="15:00", check_out="10:00", email="second@htl.com"
    )
    sync_hotels()
    prime, second = Hotel.objects.get(pms_hotel_id=1), Hotel.objects.get(pms_hotel_id=2)
    assert (second.name, second.email, second.check_in_time) == (
        "The Hotel Second",
        "second@htl.com",
        dt.time(15),
    )
    check_in = dt.date.today() + dt.timedelta(days=30)
    check_out = check_in + dt.timedelta(days=2)
    # The PMS is asked about the conversation's own hotel: hotel 1's rooms are never offered for hotel 2.
    stay_1 = Stay(pms_hotel_id=1, check_in=check_in, check_out=check_out, adults=2)
    assert quote_create(hotel=prime, stay=stay_1).lines.exists()
    with pytest.raises(OccupancyNotPossible):  # hotel 2 sells no room type (the fake's second hotel)
        quote_create(
            hotel=second, stay=Stay(pms_hotel_id=2, check_in=check_in, check_out=check_out, adults=2)
        )


def test_qloapps_hotel_id_limits_the_sync_to_one_hotel(fake: FakeQloApps) -> None:
    fake.add_hotel(2, hotel_name="The Hotel Second")
    with qloapps_backend(fake, QLOAPPS_HOTEL_ID=2):
        sync_hotels()
    assert list(Hotel.objects.values_list("pms_hotel_id", flat=True)) == [2]


def test_free_cancellation_counts_from_the_pms_check_in_time(fake: FakeQloApps) -> None:
    from reservations.selectors import cancellation_terms_for_hotel

    sync_hotels()
    hotel = Hotel.objects.get(pms_hotel_id=1)
    terms = cancellation_terms_for_hotel(hotel=hotel, check_in=dt.date(2027, 3, 20))
    assert terms.free_until is not None
    assert (terms.free_until.date(), terms.free_until.time()) == (dt.date(2027, 3, 18), dt.time(12, 0))
