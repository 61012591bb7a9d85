"""The QloApps adapter's contract, run against the fake and, when QLOAPPS_URL and QLOAPPS_API_KEY are
set, against a real QloApps 1.6 (bookings made there are cancelled at the end of each test)."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.conf import settings

from pms_bridge.errors import (
    PmsAuthenticationError,
    PmsChildAgesNeeded,
    PmsNoAvailability,
    PmsNotFound,
    PmsUnavailable,
    PmsValidationError,
)
from pms_bridge.port import (
    Booking,
    BookingRequest,
    BookingState,
    GuestDetails,
    RoomOffer,
    Stay,
    stay_from_nights,
)
from pms_bridge.qloapps.adapter import QloAppsPms
from pms_bridge.qloapps.client import QloAppsClient
from tests.fakes.qloapps import FakeQloApps


@dataclass
class Target:
    pms: QloAppsPms
    url: str
    hotel_id: int
    fake: FakeQloApps | None


@pytest.fixture(params=["fake", "real"])
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    if request.param == "real":
        if not (settings.QLOAPPS_URL and settings.QLOAPPS_API_KEY):
            pytest.skip("QLOAPPS_URL and QLOAPPS_API_KEY are not set")
        client = QloAppsClient(
            base_url=settings.QLOAPPS_URL,
            api_key=settings.QLOAPPS_API_KEY,
            timeout=settings.PMS_TIMEOUT_SECONDS,
        )
        yield Target(QloAppsPms(client), settings.QLOAPPS_URL, settings.QLOAPPS_HOTEL_ID or 1, None)
        client.close()
        return
    with FakeQloApps() as fake:
        client = QloAppsClient(base_url=fake.url, api_key=fake.api_key, timeout=2.0)
        yield Target(QloAppsPms(client), fake.url, 1, fake)
        client.close()


def _stay(
    target: Target,
    *,
    days_ahead: int,
    nights: int = 2,
    adults: int = 2,
    children: int = 0,
    child_ages: tuple[int, ...] = (),
) -> Stay:
    # Far enough ahead and spread by a random offset so runs against a real instance rarely meet.
    check_in = dt.date.today() + dt.timedelta(days=days_ahead)
    return Stay(
        pms_hotel_id=target.hotel_id,
        check_in=check_in,
        check_out=check_in + dt.timedelta(days=nights),
        adults=adults,
        children=children,
        child_ages=child_ages,
    )


def _guest() -> GuestDetails:
    return GuestDetails(
        first_name="Contract",
        last_name="Test",
        email=f"contract-{uuid.uuid4().hex[:10]}@example.com",
        phone="+34612000111",
    )


def _book(target: Target, stay: Stay, offer: RoomOffer, guest: GuestDetails | None = None) -> Booking:
    return target.pms.create_booking(
        request=BookingRequest(
            idempotency_key=uuid.uuid4().hex,
            stay=stay,
            pms_room_type_id=offer.room_type.pms_room_type_id,
            guest=guest or _guest(),
            total=offer.total,
            total_without_tax=offer.total_without_tax,
            currency=offer.currency,
        )
    )


def test_ping_and_room_types_with_their_occupancy_limits(target: Target) -> None:
    target.pms.ping()
    room_types = target.pms.room_types(pms_hotel_id=target.hotel_id)
    assert room_types and all(rt.max_guests >= 1 and rt.name for rt in room_types)
    assert any(h.pms_hotel_id == target.hotel_id for h in target.pms.hotels())


def test_the_hotel_states_its_own_identity(target: Target) -> None:
    hotel = next(h for h in target.pms.hotels() if h.pms_hotel_id == target.hotel_id)
    assert hotel.name and hotel.address and (hotel.phone or hotel.email)
    for hour in (hotel.check_in_time, hotel.check_out_time):
        assert dt.time.fromisoformat(hour)  # "12:00", "11:00" on the installer's hotel
    assert len(hotel.currency) == 3 and hotel.currency.isupper()


def test_nights_one_by_one_make_the_same_stay_as_asking_for_it(target: Target) -> None:
    stay = _stay(target, days_ahead=230, nights=3, adults=2, children=1, child_ages=(5,))
    nights = target.pms.nightly_availability(
        pms_hotel_id=target.hotel_id, date_from=stay.check_in, date_to=stay.check_out
    )
    built = {
        o.room_type.pms_room_type_id: o for o in stay_from_nights(stay, nights).for_occupancy(stay).offers
    }
    asked = {o.room_type.pms_room_type_id: o for o in target.pms.availability(stay=stay).offers}
    assert built.keys() == asked.keys()
    for type_id, offer in asked.items():
        assert (built[type_id].available_rooms, built[type_id].total_without_tax) == (
            offer.available_rooms,
            offer.total_without_tax,
        )
        assert abs(built[type_id].total - offer.total) <= Decimal("0.01") * stay.nights


def test_availability_prices_the_whole_stay_per_room_type_that_fits(target: Target) -> None:
    one_room = target.pms.availability(stay=_stay(target, days_ahead=200))
    two_rooms = target.pms.availability(stay=Stay(**{**_stay(target, days_ahead=200).__dict__, "rooms": 2}))
    assert one_room.offers and all(o.total > o.total_without_tax > 0 for o in one_room.offers)
    for single, double in zip(one_room.offers, two_rooms.offers, strict=True):
        assert double.total == single.total * 2
    too_many = target.pms.availability(stay=_stay(target, days_ahead=200, adults=5, children=3))
    assert too_many.offers == ()  # QloApps would quote it; the adapter checks occupancy itself


def test_a_booking_is_made_at_the_quoted_price_then_found_changed_and_cancelled(target: Target) -> None:
    stay = _stay(target, days_ahead=210, adults=2, children=1, child_ages=(7,))
    offer = next(o for o in target.pms.availability(stay=stay).offers if o.available_rooms)
    guest = _guest()
    booking = _book(target, stay, offer, guest)
    try:
        assert booking.state == BookingState.ACTIVE and booking.reference.isalpha()
        assert booking.total == offer.total  # the service fees the quote includes are kept
        # Sent as adult/child_ages (QloApps counts children from their ages), read back from room_bookings.
        assert (booking.adults, booking.children, booking.child_ages) == (2, 1, (7,))
        assert (
            target.pms.get_booking(reference=booking.reference.lower()).pms_booking_id
            == booking.pms_booking_id
        )
        assert [b.reference for b in target.pms.find_bookings(email=guest.email.upper())] == [
            booking.reference
        ]
        later = stay.check_in + dt.timedelta(days=1)
        moved = target.pms.modify_booking(
            reference=booking.reference,
            check_in=later,
            check_out=later + dt.timedelta(days=3),
            adults=2,
            children=0,
        )
        assert (moved.check_in, moved.check_out, moved.children) == (later, later + dt.timedelta(days=3), 0)
        assert moved.total > booking.total
    finally:
        cancelled = target.pms.cancel_booking(reference=booking.reference)
    assert cancelled.state == BookingState.CANCELLED
    assert target.pms.cancel_booking(reference=booking.reference).state == BookingState.CANCELLED


def test_children_without_their_ages_are_never_sent(target: Target) -> None:
    # QloApps would book the room with no child at all; the adapter refuses before asking.
    stay = _stay(target, days_ahead=215, adults=2, children=1)
    offer = next(o for o in target.pms.availability(stay=stay).offers if o.available_rooms)
    with pytest.raises(PmsChildAgesNeeded):
        _book(target, stay, offer)
    assert target.pms.needs_child_ages


def test_errors_say_what_went_wrong(target: Target) -> None:
    with pytest.raises(PmsNotFound):
        target.pms.get_booking(reference="ZZZZZZZZZ")
    stay = _stay(target, days_ahead=220)
    offer = target.pms.availability(stay=stay).offers[0]
    with pytest.raises(PmsValidationError):
        _book(
            target,
            stay,
            offer,
            GuestDetails(first_name="No", last_name="Mail", email="", phone="+34612000111"),
        )
    wrong = QloAppsPms(
        QloAppsClient(base_url=target.url, api_key="WRONGKEYWRONGKEYWRONGKEYWRONGKEY", timeout=2)
    )
    with pytest.raises(PmsAuthenticationError):
        wrong.ping()


# --- fake only: behaviour that cannot be provoked safely on a real hotel ---------------------------


@pytest.fixture
def fake_target(target: Target) -> Target:
    if target.fake is None:
        pytest.skip("needs the fake's knobs")
    return target


def _fill(target: Target, stay: Stay, room_type_id: int, leave: int) -> RoomOffer:
    offer = next(
        o for o in target.pms.availability(stay=stay).offers if o.room_type.pms_room_type_id == room_type_id
    )
    for _ in range(offer.available_rooms - leave):
        _book(target, stay, offer)
    return next(
        o for o in target.pms.availability(stay=stay).offers if o.room_type.pms_room_type_id == room_type_id
    )


def test_booking_a_full_room_type_is_refused_as_no_availability(fake_target: Target) -> None:
    stay = _stay(fake_target, days_ahead=40)
    offer = _fill(fake_target, stay, 3, leave=0)
    assert offer.available_rooms == 0
    with pytest.raises(PmsNoAvailability):
        _book(fake_target, stay, offer)


@pytest.mark.parametrize("race_kind", ["double_booking", "silent_backorder"])
def test_the_loser_of_an_unguarded_race_is_reported_overbooked(fake_target: Target, race_kind: str) -> None:
    assert fake_target.fake is not None
    fake_target.fake.race_as(race_kind)
    fake_target.fake.race_window = 0.2
    stay = _stay(fake_target, days_ahead=50)
    last = _fill(fake_target, stay, 4, leave=1)
    results: list[Booking] = []
    barrier = threading.Barrier(2)

    def book() -> None:
        barrier.wait()
        results.append(_book(fake_target, stay, last))

    threads = [threading.Thread(target=book) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    states = sorted(b.state for b in results)
    assert states == [BookingState.ACTIVE, BookingState.OVERBOOKED]
    winner = next(b for b in results if b.state == BookingState.ACTIVE)
    loser = next(b for b in results if b.state == BookingState.OVERBOOKED)
    assert winner.pms_booking_id < loser.pms_booking_id


def test_a_create_answered_500_with_php_notices_is_found_not_repeated(fake_target: Target) -> None:
    assert fake_target.fake is not None
    fake_target.fake.notices = True
    stay = _stay(fake_target, days_ahead=60)
    offer = target_offer = fake_target.pms.availability(stay=stay).offers[0]
    booking = _book(fake_target, stay, target_offer)
    assert booking.state == BookingState.ACTIVE and booking.total == offer.total
    assert fake_target.fake.call_count("bookings", "POST") == 1
    assert len(fake_target.fake.state.orders) == 1


def test_a_create_that_failed_without_notices_is_not_reported_as_made(fake_target: Target) -> None:
    assert fake_target.fake is not None
    stay = _stay(fake_target, days_ahead=70)
    offer = fake_target.pms.availability(stay=stay).offers[0]
    fake_target.fake.fail(status=502, count=1)
    with pytest.raises(PmsUnavailable):
        _book(fake_target, stay, offer)
    assert fake_target.fake.state.orders == {}


def test_a_slow_pms_times_out_as_unavailable(fake_target: Target) -> None:
    assert fake_target.fake is not None
    slow = QloAppsPms(QloAppsClient(base_url=fake_target.url, api_key=fake_target.fake.api_key, timeout=0.2))
    fake_target.fake.latency = 0.5
    with pytest.raises(PmsUnavailable):
        slow.ping()
