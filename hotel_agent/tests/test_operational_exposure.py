"""What the operational pages tell whom: readiness details, and /metrics and the API schema closable."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
from django.urls import clear_url_caches

from hotel_agent import health

pytestmark = pytest.mark.django_db

SECRET_ERROR = "connection to redis://ops:s3cret@10.1.2.3:6379 refused"


@pytest.fixture
def failing_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> str:
        raise ConnectionError(SECRET_ERROR)

    monkeypatch.setattr(health, "check_cache", refuse)


def _ready(client: Client, **headers: Any) -> Any:
    response = client.get("/health/ready", **headers)
    assert response.status_code == 503
    assert response.json()["failing"] == ["cache"]
    return response


def test_a_stranger_learns_which_dependency_fails_but_not_the_error_text(failing_cache: None) -> None:
    body = _ready(Client(REMOTE_ADDR="203.0.113.9")).content.decode()
    assert "s3cret" not in body and "10.1.2.3" not in body and "detail" not in body
    relayed = _ready(Client(REMOTE_ADDR="127.0.0.1"), HTTP_X_FORWARDED_FOR="203.0.113.9").content.decode()
    assert "s3cret" not in relayed  # the proxy on this host relays a stranger


def test_staff_and_probes_on_the_host_read_the_details(failing_cache: None) -> None:
    local = _ready(Client(REMOTE_ADDR="127.0.0.1")).json()
    assert "ConnectionError" in local["cache"]["detail"]
    staff = get_user_model().objects.create_user("ops", password="pw-ops-12345", is_staff=True)
    client = Client(REMOTE_ADDR="203.0.113.9")
    client.force_login(staff)
    assert "ConnectionError" in _ready(client).json()["cache"]["detail"]


@pytest.fixture
def reload_urls() -> Iterator[Any]:
    import hotel_agent.urls

    def reload() -> None:
        clear_url_caches()
        importlib.reload(hotel_agent.urls)

    yield reload
    reload()  # back to the settings of the rest of the suite


@pytest.mark.parametrize(
    ("setting", "paths"),
    [("METRICS_ENABLED", ["/metrics"]), ("API_SCHEMA_ENABLED", ["/api/schema/", "/api/docs/"])],
)
def test_operational_pages_can_be_closed(reload_urls: Any, setting: str, paths: list[str]) -> None:
    staff = get_user_model().objects.create_superuser("boss", password="pw-boss-12345")
    client = Client()
    client.force_login(staff)
    for path in paths:
        assert client.get(path).status_code == 200, path
    with override_settings(**{setting: False}):
        reload_urls()
        for path in paths:
            assert client.get(path).status_code == 404, path
        assert client.get("/health/live").status_code == 200
