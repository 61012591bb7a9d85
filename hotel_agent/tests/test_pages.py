"""What a person finds at the root: a landing page, a favicon, an admin with the product's name."""

from __future__ import annotations

import pytest
from django.test import Client


def test_landing_page_links_every_tool(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Hotel Agent" in page
    for link in ("/chat/", "/console/", "/admin/", "/api/docs/", "/health/ready"):
        assert f'href="{link}"' in page


def test_favicon_is_answered_at_its_usual_path(client: Client) -> None:
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.startswith(b"<svg")
    assert client.get("/static/favicon.svg").status_code == 200


@pytest.mark.django_db
def test_admin_carries_the_products_name(client: Client) -> None:
    page = client.get("/admin/login/", headers={"Accept-Language": "en"}).content.decode()
    assert "Hotel Agent" in page
    assert "Django site admin" not in page
    assert "Django administration" not in page
