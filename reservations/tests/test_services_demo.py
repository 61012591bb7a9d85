"""Reservations services against the built-in demo PMS (PostgreSQL, and Redis when configured)."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from decimal import Decimal

import pytest
from django.db import connection

from hotel_agent.hotels.models import Hotel
from pms_bridge.errors import PmsNotFound
from pms_bridge.factory import get_pms
from pms_bridge.models import DemoBooking, DemoInventory, DemoRate, DemoRoomType
from pms_bridge.port import BookingRequest, GuestDetails, Stay
from reservations import selectors
from reservations.errors import InvalidStay, NoLongerAvailable, OccupancyNotPossible, PriceChanged
from reservations.models import Quote, Reservation
from reservations.services import (
    quote_create,
    reservation_cancel,
    reservation_create_from_quote,
    reservation_find,
    reservation_identity_matches,
    reservation_modify,
)
from reservations.services.validation import hotel_today

GUEST = GuestDetails(
    first_name="Lucía", last_name="Martín", email="lucia@example.com", phone="+34 612 345 678"
)


def stay_for(
    hotel: Hotel, *, days_ahead: int = 20, nights: int = 2, adults: int = 2, children: int = 0
) -> Stay:
    check_in = hotel_today(hotel) + dt.timedelta(days=days_ahead)
    return Stay(
        pms_hotel_id=hotel.pms_hotel_id,
        check_in=check_in,
        check_out=check_in + dt.timedelta(days=nights),
        adults=adults,
        children=children,
    )


def line_named(quote: Quote, name: str):
    return quote.lines.get(room_type_name=name)


@pytest.mark.django_db
def test_quote_lists_room_types_that_fit_with_pms_prices_and_the_raw_answer(demo_hotel: Hotel) -> None:
    quote = quote_create(hotel=demo_hotel, stay=stay_for(demo_hotel, adults=2, children=1))
    names = set(quote.lines.values_list("room_type_name", flat=True))
    assert names == {"Doble", "Junior Suite", "Familiar"}  # an Individual takes one adult only
    doble = line_named(quote, "Doble")
    rates = DemoRate.objects.filter(
        room_type__name="Doble", date__gte=quote.check_in, date__lt=quote.check_out
    ).values_list("price", flat=True)
    assert doble.total_without_tax == sum(rates)
    assert doble.total == (sum(rates) * Decimal("1.10")).quantize(Decimal("0.01"))
    assert len(doble.nights) == 2
    assert doble.raw["rates"] and quote.raw["pms"] == "demo"
    assert quote.fetched_at is not None and doble.available_rooms == 10


@pytest.mark.django_db
def test_weekend_nights_cost_more_than_weekday_nights(demo_hotel: Hotel) -> None:
    today = hotel_today(demo_hotel)
    friday = today + dt.timedelta(days=(4 - today.weekday()) % 7 + 14)
    monday = friday + dt.timedelta(days=3)
    prices = {}
    for label, day in (("friday", friday), ("monday", monday)):
        stay = Stay(pms_hotel_id=1, check_in=day, check_out=day + dt.timedelta(days=1), adults=2)
        prices[label] = line_named(quote_create(hotel=demo_hotel, stay=stay), "Doble").total
    assert prices["friday"] > prices["monday"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("days_ahead", "nights", "code"),
    [(-1, 2, "check_in_in_past"), (5, 0, "dates_out_of_order"), (5, 45, "stay_too_long")],
)
def test_nonsense_dates_are_refused_before_asking_the_pms(
    demo_hotel: Hotel, days_ahead: int, nights: int, code: str
) -> None:
    today = hotel_today(demo_hotel)
    stay = Stay(
        pms_hotel_id=1,
        check_in=today + dt.timedelta(days=days_ahead),
        check_out=today + dt.timedelta(days=days_ahead + nights),
        adults=2,
    )
    with pytest.raises(InvalidStay) as caught:
        quote_create(hotel=demo_hotel, stay=stay)
    assert caught.value.code == code
    assert not Quote.objects.exists()


@pytest.mark.django_db
def test_more_guests_than_any_room_takes_is_refused_with_the_largest_room(demo_hotel: Hotel) -> None:
    with pytest.raises(OccupancyNotPossible) as caught:
        quote_create(hotel=demo_hotel, stay=stay_for(demo_hotel, adults=4, children=3))
    assert caught.value.largest_room_guests == 5


@pytest.mark.django_db(transaction=True)
def test_booking_from_a_quote_is_made_once_at_the_quoted_price(demo_hotel: Hotel) -> None:
    quote = quote_create(hotel=demo_hotel, stay=stay_for(demo_hotel))
    line = line_named(quote, "Doble")
    key = f"test-{uuid.uuid4()}"
    reservation = reservation_create_from_quote(quote_line=line, guest=GUEST, idempotency_key=key)
    again = reservation_create_from_quote(quote_line=line, guest=GUEST, idempotency_key=key)
    assert again.pk == reservation.pk
    assert reservation.state == Reservation.State.CONFIRMED
    assert reservation.amount == line.total and reservation.reference
    assert reservation.guest_phone == "+34612345678"
    booking = DemoBooking.objects.get()
    assert booking.reference == reservation.reference and booking.total == line.total
    # The booking invalidated the cached answer: the next quote sees one room fewer.
    assert line_named(quote_create(hotel=demo_hotel, stay=stay_for(demo_hotel)), "Doble").available_rooms == 9


@pytest.mark.django_db(transaction=True)
def test_a_price_change_since_the_quote_books_nothing_and_carries_the_new_offer(demo_hotel: Hotel) -> None:
    quote = quote_create(hotel=demo_hotel, stay=stay_for(demo_hotel))
    line = line_named(quote, "Doble")
    DemoRate.objects.filter(room_type__name="Doble", date=quote.check_in).update(price=Decimal("200.00"))
    with pytest.raises(PriceChanged) as caught:
        reservation_create_from_quote(quote_line=line, guest=GUEST, idempotency_key="price-changed")
    assert caught.value.new_offer is not None and caught.value.new_offer.total > line.total
    assert caught.value.answer is not None and caught.value.answer.offers == caught.value.offers
    assert not DemoBooking.objects.exists()
    assert Reservation.objects.get().state == Reservation.State.FAILED


@pytest.mark.django_db(transaction=True)
def test_a_room_gone_since_the_quote_is_refused_with_fresh_offers(demo_hotel: Hotel) -> None:
    quote = quote_create(hotel=demo_hotel, stay=stay_for(demo_hotel))
    line = line_named(quote, "Junior Suite")
    DemoInventory.objects.filter(room_type__name="Junior Suite", date=quote.check_in).update(rooms=0)
    with pytest.raises(NoLongerAvailable) as caught:
        reservation_create_from_quote(quote_line=line, guest=GUEST, idempotency_key="gone")
    assert {o.room_type.name for o in caught.value.offers} >= {"Doble", "Junior Suite"}
    assert not DemoBooking.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_concurrent_bookings_of_the_last_room_give_one_reservation(demo_hotel: Hotel) -> None:
    quote = quote_create(hotel=demo_hotel, stay=stay_for(demo_hotel, adults=1))
    DemoInventory.objects.filter(room_type__name="Individual").update(rooms=1)
    line = line_named(quote, "Individual")
    outcomes: list[str] = []
    barrier = threading.Barrier(8)

    def attempt(i: int) -> None:
        try:
            barrier.wait()
            reservation_create_from_quote(quote_line=line, guest=GUEST, idempotency_key=f"race-{i}")
            outcomes.append("booked")
        except NoLongerAvailable:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["booked"] + ["refused"] * 7
    assert DemoBooking.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_modify_moves_the_stay_and_reprices_it_and_cancel_frees_the_room(demo_hotel: Hotel) -> None:
    quote = quote_create(hotel=demo_hotel, stay=stay_for(demo_hotel))
    reservation = reservation_create_from_quote(
        quote_line=line_named(quote, "Doble"), guest=GUEST, idempotency_key="modify-me"
    )
    new_in = reservation.check_in + dt.timedelta(days=7)
    modified = reservation_modify(
        reservation=reservation,
        check_in=new_in,
        check_out=new_in + dt.timedelta(days=3),
        adults=2,
        children=1,
    )
    booking = DemoBooking.objects.get()
    assert (booking.check_in, (booking.check_out - booking.check_in).days) == (new_in, 3)
    assert modified.amount == booking.total and modified.children == 1
    cancelled = reservation_cancel(reservation=modified)
    assert cancelled.state == Reservation.State.CANCELLED and cancelled.cancelled_at
    assert reservation_cancel(reservation=cancelled).state == Reservation.State.CANCELLED
    assert DemoBooking.objects.get().state == "cancelled"


@pytest.mark.django_db(transaction=True)
def test_find_by_reference_or_guest_mirrors_bookings_made_outside_the_agent(demo_hotel: Hotel) -> None:
    stay = stay_for(demo_hotel)
    room_type = DemoRoomType.objects.get(name="Doble")
    desk_booking = get_pms().create_booking(
        request=BookingRequest(
            idempotency_key="made-at-the-desk",
            stay=stay,
            pms_room_type_id=room_type.pk,
            guest=GuestDetails(
                first_name="Ana", last_name="Ruiz", email="ana@example.com", phone="612000111"
            ),
            total=Decimal("200.00"),
            total_without_tax=Decimal("181.82"),
            currency="EUR",
        )
    )
    by_reference = reservation_find(hotel=demo_hotel, reference=desk_booking.reference.lower())
    assert [r.reference for r in by_reference] == [desk_booking.reference]
    assert by_reference[0].made_by == Reservation.MadeBy.PMS
    by_phone = reservation_find(hotel=demo_hotel, phone="+34 612 000 111")
    assert [r.pk for r in by_phone] == [by_reference[0].pk]
    assert reservation_find(hotel=demo_hotel, email="nobody@example.com") == []
    assert reservation_find(hotel=demo_hotel, reference="ZZZZZZZZZ") == []
    assert reservation_identity_matches(reservation=by_reference[0], email="ANA@example.com")
    assert reservation_identity_matches(reservation=by_reference[0], phone="0034612000111")
    assert not reservation_identity_matches(reservation=by_reference[0], email="ana@example.org", phone="699")


@pytest.mark.django_db
def test_cancellation_is_free_until_48_hours_before_arrival(demo_hotel: Hotel) -> None:
    check_in = dt.date(2027, 3, 10)
    terms = selectors.cancellation_terms_for_hotel(hotel=demo_hotel, check_in=check_in)
    assert terms.free_cancellation_hours == 48
    assert terms.free_until is not None
    assert terms.free_until.isoformat() == "2027-03-08T14:00:00+01:00"
    assert terms.is_free_at(terms.free_until) and not terms.is_free_at(
        terms.free_until + dt.timedelta(minutes=1)
    )


@pytest.mark.django_db
def test_unknown_booking_reference_is_not_found_in_the_demo_pms(demo_hotel: Hotel) -> None:
    with pytest.raises(PmsNotFound):
        get_pms().get_booking(reference="NOPE")
