"""Quotes and reservations are in the admin, with their PMS answer."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from hotel_agent.hotels.models import Hotel
from pms_bridge.port import GuestDetails, Stay
from reservations.models import Quote, Reservation
from reservations.services import quote_create, reservation_create_from_quote
from reservations.services.validation import hotel_today


@pytest.mark.django_db(transaction=True)
def test_admin_lists_and_shows_quotes_and_reservations(demo_hotel: Hotel) -> None:
    check_in = hotel_today(demo_hotel) + dt.timedelta(days=15)
    quote = quote_create(
        hotel=demo_hotel,
        stay=Stay(pms_hotel_id=1, check_in=check_in, check_out=check_in + dt.timedelta(days=1), adults=1),
    )
    reservation_create_from_quote(
        quote_line=quote.lines.order_by("total")[0],
        guest=GuestDetails(first_name="Eva", last_name="Sanz", email="eva@example.com", phone="+34600123123"),
        idempotency_key="admin-test",
        made_by="staff",
    )
    admin = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw-boss-123")
    client = Client()
    client.force_login(admin)
    reservation = Reservation.objects.get()
    for url in (
        "/admin/reservations/reservation/",
        f"/admin/reservations/reservation/{reservation.pk}/change/",
        "/admin/reservations/quote/",
        f"/admin/reservations/quote/{Quote.objects.get().pk}/change/",
        f"/admin/hotels/hotel/{demo_hotel.pk}/change/",
        "/admin/pms_bridge/demobooking/",
    ):
        assert client.get(url).status_code == 200, url
    assert reservation.reference in client.get("/admin/reservations/reservation/?q=Sanz").content.decode()
