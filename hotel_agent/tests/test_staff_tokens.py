"""Staff API tokens die with the access they stand for: rotation, password change, deactivation, logout."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.test import Client
from rest_framework_simplejwt.token_blacklist.models import OutstandingToken

from hotel_agent.tasks import flush_expired_tokens

pytestmark = pytest.mark.django_db(transaction=True)  # revocation runs on commit

PASSWORD = "the-right-password-1"


@pytest.fixture(autouse=True)
def _fast_hashing(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def staff(db: None) -> Any:
    return get_user_model().objects.create_user(
        username="ana", password=PASSWORD, is_staff=True, is_superuser=True
    )


def _pair(client: Client) -> dict[str, str]:
    response = client.post(
        "/api/auth/token/", {"username": "ana", "password": PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 200
    return response.json()


def _refresh(client: Client, refresh: str) -> Any:
    return client.post("/api/auth/token/refresh/", {"refresh": refresh}, content_type="application/json")


def _list(client: Client, access: str) -> int:
    return client.get("/api/conversations/", HTTP_AUTHORIZATION=f"Bearer {access}").status_code


def test_a_refresh_token_is_rotated_and_the_used_one_no_longer_works(staff: Any) -> None:
    client = Client()
    first = _pair(client)
    rotated = _refresh(client, first["refresh"])
    assert rotated.status_code == 200
    assert rotated.json()["refresh"] != first["refresh"]
    assert _list(client, rotated.json()["access"]) == 200
    assert _refresh(client, first["refresh"]).status_code == 401
    assert _refresh(client, rotated.json()["refresh"]).status_code == 200


def test_a_password_change_kills_every_token_of_the_user(staff: Any) -> None:
    client = Client()
    pair = _pair(client)
    other_device = _pair(client)
    staff.set_password("a-new-password-2")
    staff.save()
    assert _refresh(client, pair["refresh"]).status_code == 401
    assert _refresh(client, other_device["refresh"]).status_code == 401
    assert _list(client, pair["access"]) == 401


@pytest.mark.parametrize("lost", ["is_active", "is_staff"])
def test_deactivation_or_lost_staff_status_kills_the_tokens(staff: Any, lost: str) -> None:
    client = Client()
    pair = _pair(client)
    setattr(staff, lost, False)
    staff.save()
    setattr(staff, lost, True)  # even if access comes back, the old tokens stay dead
    staff.save()
    assert _refresh(client, pair["refresh"]).status_code == 401


def test_logout_blacklists_the_refresh_token_and_leaves_other_sessions(staff: Any) -> None:
    client = Client()
    pair = _pair(client)
    other_device = _pair(client)
    response = client.post(
        "/api/auth/token/logout/", {"refresh": pair["refresh"]}, content_type="application/json"
    )
    assert response.status_code == 200
    assert _refresh(client, pair["refresh"]).status_code == 401
    assert _refresh(client, other_device["refresh"]).status_code == 200


def test_a_token_of_a_user_who_is_no_longer_staff_gets_no_new_access(staff: Any) -> None:
    client = Client()
    pair = _pair(client)
    get_user_model().objects.filter(pk=staff.pk).update(is_staff=False)  # a bulk change skips signals
    assert _refresh(client, pair["refresh"]).status_code == 401


def test_expired_tokens_are_flushed(staff: Any) -> None:
    _pair(Client())
    assert OutstandingToken.objects.count() == 1
    with time_machine.travel(dt.datetime.now(tz=dt.UTC) + dt.timedelta(days=2), tick=False):
        flush_expired_tokens()
    assert OutstandingToken.objects.count() == 0


def test_expired_sessions_are_cleared(db: None) -> None:
    from django.contrib.sessions.models import Session

    from hotel_agent.tasks import clear_expired_sessions

    session = Client().session  # as the chat page gives every visitor
    session["webchat_guest"] = "tok"
    session.save()
    assert Session.objects.count() >= 1
    with time_machine.travel(dt.datetime.now(tz=dt.UTC) + dt.timedelta(days=400), tick=False):
        clear_expired_sessions()
    assert Session.objects.count() == 0
