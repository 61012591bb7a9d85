"""`load_demo` sets the demo staff password only when it creates the user."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def load_demo() -> str:
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_a_changed_staff_password_survives_the_next_load_demo() -> None:
    first = load_demo()
    assert "staff login: admin / admin" in first
    user = get_user_model().objects.get(username="admin")
    assert user.check_password("admin") and user.is_staff and user.is_superuser

    user.set_password("a much better secret")
    user.save()
    second = load_demo()

    user.refresh_from_db()
    assert user.check_password("a much better secret")
    assert not user.check_password("admin")
    assert "staff login: admin / (the password you set)" in second
    assert "a much better secret" not in second


def test_the_demo_receptionist_has_a_first_name_for_guests_and_keeps_a_changed_one() -> None:
    load_demo()
    user = get_user_model().objects.get(username="admin")
    assert user.first_name == "Laura"  # what the web chat shows: "Laura · Recepción"
    user.first_name = "Marta"
    user.save()
    load_demo()
    user.refresh_from_db()
    assert user.first_name == "Marta"
