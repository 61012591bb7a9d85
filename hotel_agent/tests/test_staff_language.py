"""Staff pages follow the browser's language (LocaleMiddleware); the guest's side keeps its own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "expected", "absent"),
    [
        ("es-ES,es;q=0.9,en;q=0.8", ["Iniciar sesión", "Contraseña", "Hotel Agent"], ["Log in", "Password"]),
        ("en-GB,en;q=0.9", ["Log in", "Password", "Hotel Agent"], ["Contraseña"]),
    ],
)
def test_admin_login_is_in_the_browsers_language(
    client: Client, accept: str, expected: list[str], absent: list[str]
) -> None:
    response = client.get("/admin/login/", headers={"Accept-Language": accept})
    page = response.content.decode()
    assert response.status_code == 200
    for text in expected:
        assert text in page
    for text in absent:
        assert text not in page


@pytest.mark.parametrize(
    ("accept", "expected", "absent"),
    [
        (
            "es",
            ["Consola de Hotel Agent", "Usuario", "Contraseña", "Iniciar sesión", 'lang="es"'],
            ["Log in"],
        ),
        ("en", ["Hotel Agent console", "Username", "Password", "Log in", 'lang="en"'], ["Contraseña"]),
    ],
)
def test_console_login_is_in_the_browsers_language(
    client: Client, accept: str, expected: list[str], absent: list[str]
) -> None:
    response = client.get("/console/login/", headers={"Accept-Language": accept})
    page = response.content.decode()
    assert response.status_code == 200
    for text in expected:
        assert text in page
    for text in absent:
        assert text not in page


def test_the_compiled_spanish_catalogue_covers_the_console() -> None:
    with translation.override("es"):
        assert translation.gettext("Take over") == "Tomar el control"
        assert translation.gettext("Waiting for a human") == "Esperando a una persona"


def test_replies_keep_the_conversations_language_whatever_the_request_activated() -> None:
    from conversations.engine.replies import format_amount

    with translation.override("es"):
        assert format_amount(Decimal("306.9"), "en") == "306.90"
    with translation.override("en"):
        assert format_amount(Decimal("306.9"), "es") == "306,90"
