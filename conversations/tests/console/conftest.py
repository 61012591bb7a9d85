from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model

from conversations.tests.factories import HotelFactory
from hotel_agent.hotels.models import Hotel, HotelMembership


def make_staff(
    username: str, *, hotel: Hotel | None, role: str = HotelMembership.Role.RECEPTIONIST, **extra: Any
) -> Any:
    user = get_user_model().objects.create_user(
        username=username, password="pw-" + username, is_staff=extra.pop("is_staff", True), **extra
    )
    if hotel is not None:
        HotelMembership.objects.create(user=user, hotel=hotel, role=role)
    return user


@pytest.fixture
def hotel(db: None) -> Hotel:
    return HotelFactory.create(name="Hotel Sol", slug="hotel-sol")


@pytest.fixture
def other_hotel(db: None) -> Hotel:
    return HotelFactory.create(name="Hotel Luna", slug="hotel-luna")


@pytest.fixture
def ana(hotel: Hotel) -> Any:
    return make_staff("ana", hotel=hotel, first_name="Ana", last_name="Ruiz")


@pytest.fixture
def ben(hotel: Hotel) -> Any:
    return make_staff("ben", hotel=hotel, first_name="Ben", last_name="Soto")


@pytest.fixture
def outsider(other_hotel: Hotel) -> Any:
    return make_staff("olga", hotel=other_hotel)


@pytest.fixture
def manager(hotel: Hotel) -> Any:
    return make_staff("maria", hotel=hotel, role=HotelMembership.Role.MANAGER)
