"""Login throttling: 10 failed logins for one username or from one address within 15 minutes, then 429
with Retry-After on the token endpoint, the console login and the admin login, the right password included."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.test import Client

pytestmark = pytest.mark.django_db

PASSWORD = "the-right-password-1"


@pytest.fixture(autouse=True)
def _fast_hashing(settings: Any) -> None:
    # A hundred logins with the production hasher take minutes; the throttle does not care which.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def staff(db: None) -> Any:
    return get_user_model().objects.create_user(
        username="ana", password=PASSWORD, is_staff=True, is_superuser=True
    )


@pytest.fixture
def other_staff(db: None) -> Any:
    return get_user_model().objects.create_user(
        username="ben", password=PASSWORD, is_staff=True, is_superuser=True
    )


def _api(client: Client, username: str, password: str) -> Any:
    return client.post(
        "/api/auth/token/", {"username": username, "password": password}, content_type="application/json"
    )


def _console(client: Client, username: str, password: str) -> Any:
    return client.post("/console/login/", {"username": username, "password": password})


def _admin(client: Client, username: str, password: str) -> Any:
    return client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"})


# (log in, status of a failure, status of a success)
LOGINS = {"api": (_api, 401, 200), "console": (_console, 200, 302), "admin": (_admin, 200, 302)}


@pytest.mark.parametrize("login", LOGINS.values(), ids=LOGINS.keys())
def test_ten_wrong_passwords_then_the_right_one_gets_429_with_retry_after(staff: Any, login: Any) -> None:
    attempt, failed, _succeeded = login
    client = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(10):
        assert attempt(client, "ana", "wrong").status_code == failed

    refused = attempt(client, "ana", PASSWORD)

    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 15 * 60
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("login", LOGINS.values(), ids=LOGINS.keys())
def test_another_username_from_another_address_is_unaffected(
    staff: Any, other_staff: Any, login: Any
) -> None:
    attempt, _failed, succeeded = login
    for _ in range(10):
        attempt(Client(REMOTE_ADDR="203.0.113.7"), "ana", "wrong")

    assert attempt(Client(REMOTE_ADDR="198.51.100.9"), "ben", PASSWORD).status_code == succeeded


@pytest.mark.parametrize("login", LOGINS.values(), ids=LOGINS.keys())
def test_one_address_guessing_many_usernames_is_locked_out_too(staff: Any, login: Any) -> None:
    attempt, _failed, succeeded = login
    client = Client(REMOTE_ADDR="203.0.113.7")
    for index in range(10):
        attempt(client, f"guess{index}", "wrong")

    assert attempt(client, "ana", PASSWORD).status_code == 429
    # The username itself is not locked: from elsewhere it still logs in.
    assert attempt(Client(REMOTE_ADDR="198.51.100.9"), "ana", PASSWORD).status_code == succeeded


@pytest.mark.parametrize("login", LOGINS.values(), ids=LOGINS.keys())
def test_the_lock_lapses_after_fifteen_minutes(staff: Any, login: Any) -> None:
    attempt, _failed, succeeded = login
    start = dt.datetime.now(tz=dt.UTC)
    with time_machine.travel(start, tick=False):
        client = Client(REMOTE_ADDR="203.0.113.7")
        for _ in range(10):
            attempt(client, "ana", "wrong")
        assert attempt(client, "ana", PASSWORD).status_code == 429
    with time_machine.travel(start + dt.timedelta(minutes=14), tick=False):
        assert attempt(Client(REMOTE_ADDR="203.0.113.7"), "ana", PASSWORD).status_code == 429
    with time_machine.travel(start + dt.timedelta(minutes=15, seconds=1), tick=False):
        assert attempt(Client(REMOTE_ADDR="203.0.113.7"), "ana", PASSWORD).status_code == succeeded


def test_a_right_password_ends_the_usernames_run_of_failures(staff: Any) -> None:
    for index in range(9):
        _api(Client(REMOTE_ADDR=f"198.51.100.{index}"), "ana", "wrong")
    assert _api(Client(REMOTE_ADDR="203.0.113.7"), "ana", PASSWORD).status_code == 200
    for index in range(9):
        _api(Client(REMOTE_ADDR=f"192.0.2.{index}"), "ana", "wrong")

    assert _api(Client(REMOTE_ADDR="203.0.113.8"), "ana", PASSWORD).status_code == 200


def test_the_locked_console_page_speaks_the_staff_members_language(staff: Any) -> None:
    client = Client(REMOTE_ADDR="203.0.113.7", headers={"Accept-Language": "es-ES,es;q=0.9"})
    for _ in range(10):
        _console(client, "ana", "wrong")

    refused = _console(client, "ana", PASSWORD)

    assert refused.status_code == 429
    assert "Demasiados intentos de acceso" in refused.content.decode()
