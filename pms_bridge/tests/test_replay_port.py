"""The replay's PMS port: stored answers read back, writes recorded and never made, the same booking
given its reference again."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from pms_bridge.errors import PmsNotFound, PmsUnavailable
from pms_bridge.port import (
    AvailabilityAnswer,
    Booking,
    BookingRequest,
    BookingState,
    GuestDetails,
    RoomOffer,
    RoomType,
    Stay,
)
from pms_bridge.replay import ReplayPms

STAY = Stay(pms_hotel_id=7, check_in=dt.date(2027, 3, 20), check_out=dt.date(2027, 3, 23), adults=2)
DOUBLE = RoomType(pms_room_type_id=2, pms_hotel_id=7, name="Doble")
GUEST = GuestDetails(first_name="Ana", last_name="Llorens", email="ana@example.com", phone="+34600777001")
ANSWER = AvailabilityAnswer(
    stay=STAY,
    offers=(
        RoomOffer(
            room_type=DOUBLE,
            available_rooms=3,
            total=Decimal("306.90"),
            total_without_tax=Decimal("279.00"),
            taxes=Decimal("27.90"),
            currency="EUR",
            raw={"id_room_type": 2},
        ),
    ),
    fetched_at=dt.datetime(2026, 11, 25, 10, tzinfo=dt.UTC),
    raw={"hotel_ari": "as QloApps said"},
)
THEN = Booking(
    pms_booking_id=41,
    reference="QLO41",
    pms_hotel_id=7,
    pms_room_type_id=2,
    check_in=STAY.check_in,
    check_out=STAY.check_out,
    adults=2,
    children=0,
    rooms=1,
    guest=GUEST,
    total=Decimal("306.90"),
    currency="EUR",
    state=BookingState.ACTIVE,
)


def _request(key: str = "conversation-1-quote-line-9") -> BookingRequest:
    return BookingRequest(
        idempotency_key=key,
        stay=STAY,
        pms_room_type_id=2,
        guest=GUEST,
        total=Decimal("306.90"),
        total_without_tax=Decimal("279.00"),
        currency="EUR",
    )


def test_a_stored_answer_is_read_back_with_the_pms_own_words() -> None:
    port = ReplayPms(answers=[ANSWER])
    answer = port.availability(stay=STAY, live=True)
    assert answer.offers[0].total == Decimal("306.90") and answer.raw == {"hotel_ari": "as QloApps said"}
    assert port.room_types(pms_hotel_id=7) == [DOUBLE]
    assert port.reads_stored == 1 and port.writes == []


def test_without_a_stored_answer_or_a_demo_pms_it_says_unavailable() -> None:
    other = Stay(pms_hotel_id=7, check_in=dt.date(2027, 4, 1), check_out=dt.date(2027, 4, 2), adults=2)
    with pytest.raises(PmsUnavailable):
        ReplayPms(answers=[ANSWER]).availability(stay=other)


def test_writes_are_recorded_and_answered_never_made() -> None:
    port = ReplayPms(bookings=[THEN])
    booking = port.create_booking(request=_request())
    assert booking.reference.startswith("REPLAY") and booking.state == BookingState.ACTIVE
    assert port.create_booking(request=_request()) == booking  # the same key: the same booking
    assert port.cancel_booking(reference="QLO41").state == BookingState.CANCELLED
    assert [w.operation for w in port.writes] == ["create_booking", "cancel_booking"]
    assert port.find_bookings(email="ANA@example.com")  # reads see the stored and the replayed bookings
    with pytest.raises(PmsNotFound):
        port.get_booking(reference="NOPE")


def test_an_extra_or_an_upgrade_is_answered_with_the_new_total_as_the_pms_would() -> None:
    # The offer's confirmation says the booking's total after the change; the replay answered the old
    # one ("Nuevo total: 224,40 €" where the guest was told 252,40 €), a false price change in the report.
    port = ReplayPms(bookings=[THEN])
    assert port.add_service(reference="QLO41", service=object(), total=Decimal("28.00")).total == Decimal(
        "334.90"
    )
    upgraded = port.change_room_type(
        reference="QLO41", pms_room_type_id=3, total=Decimal("400.00"), total_without_tax=Decimal("363.64")
    )
    assert (upgraded.pms_room_type_id, upgraded.total) == (3, Decimal("400.00"))
    assert [w.operation for w in port.writes] == ["add_service", "change_room_type"]


def test_the_booking_made_then_keeps_its_reference() -> None:
    port = ReplayPms(bookings=[THEN], made_then=["QLO41"])
    assert port.create_booking(request=_request()).reference == "QLO41"
    assert port.create_booking(request=_request("another-key")).reference.startswith("REPLAY")


def test_the_booking_made_then_and_changed_since_keeps_its_reference() -> None:
    # The guest moved the dates later in the same conversation: the stored booking has the new dates,
    # and the replayed booking (at the first ones) was given a REPLAY reference, every later turn changed.
    moved = replace(
        THEN, check_in=STAY.check_in + dt.timedelta(days=1), check_out=STAY.check_out + dt.timedelta(days=1)
    )
    port = ReplayPms(bookings=[moved], made_then=["QLO41"])
    assert port.create_booking(request=_request()).reference == "QLO41"


def test_a_changed_stay_is_repriced_as_the_pms_would() -> None:
    # The change's confirmation says the new total; the replay kept the old one and the reply changed.
    earlier = replace(
        THEN,
        check_in=STAY.check_in - dt.timedelta(days=1),
        check_out=STAY.check_out - dt.timedelta(days=1),
        total=Decimal("400.00"),
    )
    port = ReplayPms(answers=[ANSWER], bookings=[earlier])
    moved = port.modify_booking(
        reference="QLO41", check_in=STAY.check_in, check_out=STAY.check_out, adults=2, children=0
    )
    assert moved.total == Decimal("306.90")  # the stored quote for the new dates
