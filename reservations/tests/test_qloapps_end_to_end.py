"""Reservations against the fake QloApps over HTTP: the issue's done-when checks.

Threads share PostgreSQL and (under `make test`) Redis, so the booking lock is the real cross-process one.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from hotel_agent.hotels.models import Hotel
from pms_bridge.errors import PmsUnavailable
from pms_bridge.factory import get_pms
from pms_bridge.port import BookingRequest, GuestDetails, Stay
from reservations.errors import NoLongerAvailable
from reservations.models import Reservation
from reservations.services import quote_create, reservation_create_from_quote, reservation_find
from tests.fakes.qloapps import FakeQloApps
from tests.support.pms import qloapps_backend, qloapps_hotel

LUXURY = 4


@pytest.fixture
def fake() -> Iterator[FakeQloApps]:
    with FakeQloApps() as server:
        yield server


@pytest.fixture
def hotel(fake: FakeQloApps, db: None) -> Iterator[Hotel]:
    with qloapps_backend(fake, PMS_CACHE_TTL_SECONDS=0):
        yield qloapps_hotel()


def _stay(days_ahead: int, *, adults: int = 2) -> Stay:
    check_in = dt.date.today() + dt.timedelta(days=days_ahead)
    return Stay(pms_hotel_id=1, check_in=check_in, check_out=check_in + dt.timedelta(days=2), adults=adults)


def _guest(n: int = 0) -> GuestDetails:
    return GuestDetails(
        first_name="Guest", last_name=f"N{n}", email=f"guest{n}@example.com", phone=f"+3461200{n:04d}"
    )


def _circuit_metric() -> str:
    body = Client().get("/metrics").content.decode()
    return next(line for line in body.splitlines() if line.startswith("hotel_agent_pms_circuit_state "))


def _fill_all_but_one(stay: Stay) -> None:
    offer = next(
        o
        for o in get_pms().availability(stay=stay, live=True).offers
        if o.room_type.pms_room_type_id == LUXURY
    )
    for i in range(offer.available_rooms - 1):
        get_pms().create_booking(
            request=BookingRequest(
                idempotency_key=f"setup-{i}",
                stay=stay,
                pms_room_type_id=LUXURY,
                guest=GuestDetails(
                    first_name="Setup", last_name=str(i), email=f"setup{i}@example.com", phone="+34600000000"
                ),
                total=offer.total,
                total_without_tax=offer.total_without_tax,
                currency=offer.currency,
            )
        )


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_attempts_on_the_last_room_make_one_booking(fake: FakeQloApps, hotel: Hotel) -> None:
    fake.race_window = 0.01
    stay = _stay(90)
    _fill_all_but_one(stay)
    quote = quote_create(hotel=hotel, stay=stay)
    line = quote.lines.get(pms_room_type_id=LUXURY)
    assert line.available_rooms == 1
    outcomes: Counter[str] = Counter()
    barrier = threading.Barrier(50)

    def attempt(i: int) -> None:
        try:
            barrier.wait()
            reservation_create_from_quote(
                quote_line=line, guest=_guest(i), idempotency_key=f"race-{uuid.uuid4()}"
            )
            outcomes["booked"] += 1
        except NoLongerAvailable as refusal:
            assert refusal.offers  # the fresh answer, to offer something else
            outcomes["refused"] += 1
        except Exception as exc:  # counted so the assertion shows it
            outcomes[type(exc).__name__] += 1
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes == Counter({"booked": 1, "refused": 49})
    luxury_lines = [
        li
        for li in fake.state.lines
        if li["id_product"] == str(LUXURY) and li["date_from"].startswith(stay.check_in.isoformat())
    ]
    assert len([li for li in luxury_lines if li["is_cancelled"] == "0"]) == 5
    assert len({li["id_room"] for li in luxury_lines}) == 5  # never the same room twice
    assert Reservation.objects.filter(state=Reservation.State.CONFIRMED).count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_create_answered_500_ends_as_exactly_one_booking_found_and_recorded(
    fake: FakeQloApps, hotel: Hotel
) -> None:
    fake.notices = True  # stock php.ini: the booking is made, the answer is a 500 of PHP notices
    quote = quote_create(hotel=hotel, stay=_stay(100))
    line = quote.lines.get(pms_room_type_id=2)
    reservation = reservation_create_from_quote(
        quote_line=line, guest=_guest(7), idempotency_key="notice-500"
    )
    assert reservation.state == Reservation.State.CONFIRMED and reservation.reference
    assert reservation.amount == line.total
    assert fake.call_count("bookings", "POST") == 1 and len(fake.state.orders) == 1
    assert (
        reservation_create_from_quote(quote_line=line, guest=_guest(7), idempotency_key="notice-500")
        == reservation
    )
    assert len(fake.state.orders) == 1


@pytest.mark.django_db(transaction=True)
def test_a_create_lost_in_a_failure_is_looked_up_before_the_retry(fake: FakeQloApps, hotel: Hotel) -> None:
    quote = quote_create(hotel=hotel, stay=_stay(110))
    line = quote.lines.get(pms_room_type_id=1)
    fake.fail(status=500, count=1, only=("POST", "bookings"))  # the create fails without booking
    with pytest.raises(PmsUnavailable):
        reservation_create_from_quote(quote_line=line, guest=_guest(8), idempotency_key="retry-me")
    assert Reservation.objects.get().state == Reservation.State.PENDING
    again = reservation_create_from_quote(quote_line=line, guest=_guest(8), idempotency_key="retry-me")
    assert again.state == Reservation.State.CONFIRMED and len(fake.state.orders) == 1
    assert fake.call_count("customers", "GET") >= 1  # it looked before creating


@pytest.mark.django_db(transaction=True)
def test_breaker_opens_serves_cached_reads_refuses_writes_and_closes_on_recovery(
    fake: FakeQloApps, hotel: Hotel
) -> None:
    pms = get_pms()
    asked = _stay(120)
    pms.availability(stay=asked)  # cached (stale at once: TTL 0 in this test)
    assert _circuit_metric().endswith(" 0.0")
    fake.fail(status=503)
    before = fake.call_count()
    for days in range(5):  # nights the first question did not warm (it fetched the 30 nights after it)
        with pytest.raises(PmsUnavailable):
            pms.availability(stay=_stay(200 + days))
    assert fake.call_count() - before == 5
    assert _circuit_metric().endswith(" 1.0")
    served = pms.availability(stay=asked)
    assert served.from_cache and served.age_seconds >= 0
    with pytest.raises(PmsUnavailable):
        pms.create_booking(
            request=BookingRequest(
                idempotency_key="refused",
                stay=asked,
                pms_room_type_id=1,
                guest=_guest(9),
                total=served.offers[0].total,
                total_without_tax=served.offers[0].total_without_tax,
                currency="USD",
            )
        )
    assert fake.call_count() - before == 5  # open: nothing reached the PMS
    fake.recover()
    time.sleep(2.5)  # reset 1 s, plus up to 1 s as Redis keeps the opening time in whole seconds
    fresh = pms.availability(stay=_stay(240))
    assert not fresh.from_cache
    assert _circuit_metric().endswith(" 0.0")


@pytest.mark.django_db(transaction=True)
def test_bookings_made_at_the_desk_are_found_and_mirrored(fake: FakeQloApps, hotel: Hotel) -> None:
    stay = _stay(150)
    offer = get_pms().availability(stay=stay).offers[0]
    desk = get_pms().create_booking(
        request=BookingRequest(
            idempotency_key="desk",
            stay=stay,
            pms_room_type_id=offer.room_type.pms_room_type_id,
            guest=_guest(11),
            total=offer.total,
            total_without_tax=offer.total_without_tax,
            currency=offer.currency,
        )
    )
    found = reservation_find(hotel=hotel, email="GUEST11@example.com")
    assert [r.reference for r in found] == [desk.reference]
    assert found[0].made_by == Reservation.MadeBy.PMS and found[0].room_type_name == offer.room_type.name
    assert reservation_find(hotel=hotel, reference=desk.reference)[0].pk == found[0].pk


@pytest.mark.django_db(transaction=True)
def test_pending_reservations_are_settled_later_by_looking_in_the_pms(
    fake: FakeQloApps, hotel: Hotel
) -> None:
    from reservations.tasks import settle_pending_reservations

    quote = quote_create(hotel=hotel, stay=_stay(160))
    line = quote.lines.get(pms_room_type_id=1)
    fake.fail(status=502, count=2, only=("POST", "bookings"))
    for key, guest in (("late", _guest(21)), ("never", _guest(22))):
        with pytest.raises(PmsUnavailable):
            reservation_create_from_quote(quote_line=line, guest=guest, idempotency_key=key)
    # The server did make the first one after all (it answered too late).
    late = Reservation.objects.get(idempotency_key="late")
    get_pms().create_booking(
        request=BookingRequest(
            idempotency_key="server-side",
            stay=_stay(160),
            pms_room_type_id=1,
            guest=_guest(21),
            total=line.total,
            total_without_tax=line.total_without_tax,
            currency="USD",
        )
    )
    Reservation.objects.update(updated_at=timezone.now() - dt.timedelta(minutes=3))
    assert settle_pending_reservations() == 1
    late.refresh_from_db()
    assert late.state == Reservation.State.CONFIRMED and late.reference
    Reservation.objects.filter(idempotency_key="never").update(
        updated_at=timezone.now() - dt.timedelta(minutes=20)
    )
    assert settle_pending_reservations() == 1
    assert Reservation.objects.get(idempotency_key="never").state == Reservation.State.FAILED
    assert settle_pending_reservations() == 0
