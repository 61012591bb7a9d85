"""Bookings made directly in QloApps (its website, the desk) get the same reservation messages: the
periodic sync mirrors upcoming ones (fake QloApps built from the captured exchanges), then the beat
sends each guest the message due, by WhatsApp with a phone in E.164 and by e-mail otherwise."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import time_machine
from django.utils import timezone

from conversations.incoming import Channel
from conversations.models import Direction, Message
from conversations.outreach import outreach_send_due
from hotel_agent.hotels.models import Hotel
from pms_bridge.factory import get_pms
from pms_bridge.port import Booking, BookingRequest, GuestDetails, Stay
from reservations.models import OutreachMessage, OutreachSettings, Reservation
from reservations.outreach.sync import outside_bookings_sync
from tests.fakes.qloapps import FakeQloApps
from tests.support.pms import qloapps_backend, qloapps_hotel


@pytest.fixture
def fake() -> Iterator[FakeQloApps]:
    with FakeQloApps() as server:
        yield server


@pytest.fixture
def hotel(fake: FakeQloApps, db: None) -> Iterator[Hotel]:
    with qloapps_backend(fake, PMS_CACHE_TTL_SECONDS=0):
        yield qloapps_hotel()


def _book_at_the_desk(days_ahead: int, guest: GuestDetails, key: str) -> Booking:
    # The test hotel's day (its time zone is UTC); date.today() is TIME_ZONE's, a day ahead from 23:00 UTC.
    check_in = timezone.now().astimezone(dt.UTC).date() + dt.timedelta(days=days_ahead)
    stay = Stay(pms_hotel_id=1, check_in=check_in, check_out=check_in + dt.timedelta(days=2), adults=2)
    offer = get_pms().availability(stay=stay, live=True).offers[0]
    return get_pms().create_booking(
        request=BookingRequest(
            idempotency_key=key,
            stay=stay,
            pms_room_type_id=offer.room_type.pms_room_type_id,
            guest=guest,
            total=offer.total,
            total_without_tax=offer.total_without_tax,
            currency=offer.currency,
        )
    )


@pytest.mark.django_db
def test_bookings_made_in_qloapps_are_mirrored_and_get_the_messages(fake: FakeQloApps, hotel: Hotel) -> None:
    OutreachSettings.objects.create(hotel=hotel, before_7d_template="arrival_week")
    by_phone = _book_at_the_desk(
        8,
        GuestDetails(
            first_name="Anna", last_name="Schmidt", email="anna@example.com", phone="+4915112345678"
        ),
        "a",
    )
    # A local number without its country code cannot be a WhatsApp address: the guest gets e-mail.
    by_email = _book_at_the_desk(
        8, GuestDetails(first_name="Tom", last_name="Hale", email="tom@example.com", phone="0123456789"), "b"
    )
    cancelled = _book_at_the_desk(
        8,
        GuestDetails(first_name="Eva", last_name="Ruiz", email="eva@example.com", phone="+34611000111"),
        "c",
    )
    get_pms().cancel_booking(reference=cancelled.reference)
    _book_at_the_desk(
        40,
        GuestDetails(first_name="Far", last_name="Ahead", email="far@example.com", phone="+34611000222"),
        "d",
    )

    assert outside_bookings_sync() == 3  # the stay 40 days ahead is not read yet
    assert outside_bookings_sync() == 3  # a second look changes nothing
    mirrored = {r.reference: r for r in Reservation.objects.filter(hotel=hotel)}
    assert set(mirrored) == {by_phone.reference, by_email.reference, cancelled.reference}
    assert all(r.made_by == Reservation.MadeBy.PMS for r in mirrored.values())
    assert mirrored[cancelled.reference].state == Reservation.State.CANCELLED
    assert mirrored[by_phone.reference].guest_phone == "+4915112345678"

    # Seven days before arrival, at 10:00 in the hotel's time zone (UTC, like the captured QloApps).
    due = dt.datetime.combine(by_phone.check_in - dt.timedelta(days=7), dt.time(10, 0), tzinfo=dt.UTC)
    with time_machine.travel(due - dt.timedelta(minutes=1), tick=False):
        assert outreach_send_due() == {}
    with time_machine.travel(due, tick=False):
        assert outreach_send_due() == {"queued": 2}
        assert outreach_send_due() == {}
    sent = {row.reservation.reference: row for row in OutreachMessage.objects.select_related("reservation")}
    assert set(sent) == {by_phone.reference, by_email.reference}
    assert sent[by_phone.reference].channel == Channel.WHATSAPP
    assert sent[by_phone.reference].template_name == "arrival_week"
    assert sent[by_email.reference].channel == Channel.EMAIL
    email = Message.objects.get(channel=Channel.EMAIL, direction=Direction.OUT)
    assert (email.outgoing or {})["email_to"] == "tom@example.com"
    assert email.text.startswith("Hola, Tom. Le escribimos de The Hotel Prime")  # the hotel's language: es
