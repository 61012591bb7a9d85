"""Managers edit their hotel's facts in the admin (six languages side by side) and preview answers."""

from __future__ import annotations

import pytest
from django.test import Client

from conversations.models import Fact, FactText
from conversations.roles import ensure_staff_groups, staff_group_for
from conversations.tests.console.conftest import make_staff
from conversations.tests.factories import HotelFactory
from hotel_agent.hotels.models import HotelMembership

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_hotels_facts():
    ensure_staff_groups()
    sol = HotelFactory.create(name="Hotel Sol", slug="hotel-sol")
    luna = HotelFactory.create(name="Hotel Luna", slug="hotel-luna")
    for hotel, answer in (
        (sol, "La piscina abre de 10:00 a 20:00."),
        (luna, "La piscina de la Luna abre a las 9:00."),
    ):
        fact = Fact.objects.create(hotel=hotel, key="pool", topic="amenities")
        FactText.objects.create(
            fact=fact, language="es", phrasings="¿A qué hora abre la piscina?", answer=answer
        )
    manager = make_staff("marta", hotel=sol, role=HotelMembership.Role.MANAGER)
    manager.groups.add(staff_group_for(HotelMembership.Role.MANAGER))
    client = Client()
    client.force_login(manager)
    return sol, luna, client


def test_manager_lists_only_their_hotels_facts_and_edits_six_languages_side_by_side(two_hotels_facts):
    sol, luna, client = two_hotels_facts
    listing = client.get("/admin/conversations/fact/").content.decode()
    assert "La piscina abre de 10:00" in listing and "Luna" not in listing
    page = client.get(f"/admin/conversations/fact/{Fact.objects.get(hotel=sol).pk}/change/").content.decode()
    # One row per language: the saved one and five empty ones to fill.
    assert page.count('name="texts-') and 'name="texts-TOTAL_FORMS" value="6"' in page
    other = Fact.objects.get(hotel=luna).pk
    assert client.get(f"/admin/conversations/fact/{other}/change/").status_code in (302, 404)


def test_preview_shows_the_answer_the_agent_would_give(two_hotels_facts):
    sol, luna, client = two_hotels_facts
    page = client.get(
        "/admin/conversations/fact/preview/",
        {"hotel": sol.pk, "language": "es", "question": "¿Hasta qué hora está abierta la piscina?"},
    ).content.decode()
    assert "La piscina abre de 10:00 a 20:00." in page
    unknown = client.get(
        "/admin/conversations/fact/preview/",
        {"hotel": sol.pk, "language": "es", "question": "¿Tenéis lavandería?"},
    ).content.decode()
    assert "unknown_question" in unknown
    # Another hotel's facts cannot be previewed (not a choice of the form).
    foreign = client.get(
        "/admin/conversations/fact/preview/", {"hotel": luna.pk, "language": "es", "question": "piscina?"}
    ).content.decode()
    assert "Luna abre" not in foreign
