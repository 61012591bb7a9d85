"""Quotes and reservations are in the admin, with their PMS answer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from conversations.roles import staff_group_for
from hotel_agent.hotels.models import Hotel, HotelMembership
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


def _reservation(hotel: Hotel, *, last_name: str) -> Reservation:
    check_in = dt.date(2030, 5, 1)
    return Reservation.objects.create(
        hotel=hotel,
        reference=f"REF{last_name.upper()}",
        pms_room_type_id=1,
        room_type_name="Double",
        check_in=check_in,
        check_out=check_in + dt.timedelta(days=2),
        adults=2,
        guest_first_name="Eva",
        guest_last_name=last_name,
        guest_email=f"{last_name.lower()}@example.com",
        amount=Decimal("180.00"),
        currency="EUR",
        state=Reservation.State.CONFIRMED,
        idempotency_key=f"admin-scope-{last_name}",
    )


@pytest.mark.django_db
def test_a_receptionist_of_hotel_b_sees_no_hotel_a_reservations_in_the_admin() -> None:
    hotel_a = Hotel.objects.create(name="Casa Alfa", slug="hotel-a", pms_hotel_id=901)
    hotel_b = Hotel.objects.create(name="Casa Bravo", slug="hotel-b", pms_hotel_id=902)
    theirs = _reservation(hotel_a, last_name="Alvarez")
    ours = _reservation(hotel_b, last_name="Barrios")
    receptionist = get_user_model().objects.create_user("rita", password="pw-rita-123", is_staff=True)
    HotelMembership.objects.create(user=receptionist, hotel=hotel_b, role=HotelMembership.Role.RECEPTIONIST)
    receptionist.groups.add(staff_group_for(HotelMembership.Role.RECEPTIONIST))
    client = Client()
    client.force_login(receptionist)

    changelist = client.get("/admin/reservations/reservation/")
    assert changelist.status_code == 200
    page = changelist.content.decode()
    assert ours.reference in page and "Barrios" in page
    assert theirs.reference not in page and "Alvarez" not in page
    search = client.get("/admin/reservations/reservation/?q=Alvarez").content.decode()
    assert theirs.reference not in search and "0 results" in search
    assert client.get(f"/admin/reservations/reservation/{theirs.pk}/change/").status_code == 302
    assert client.get(f"/admin/reservations/reservation/{ours.pk}/change/").status_code == 200
    hotels_page = client.get("/admin/hotels/hotel/").content.decode()
    assert "Casa Bravo" in hotels_page and "Casa Alfa" not in hotels_page
