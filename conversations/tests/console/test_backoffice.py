from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from conversations.figures import hotel_figures
from conversations.models import ConversationState
from conversations.tests.console.conftest import make_staff
from conversations.tests.factories import (
    ConversationFactory,
    GuestFactory,
    InboundMessageFactory,
    OutboundMessageFactory,
)

pytestmark = pytest.mark.django_db


def admin_client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_roles_exist_as_groups_with_permissions(db: None) -> None:
    receptionist, manager, admin = (Group.objects.get(name=n) for n in ("receptionist", "manager", "admin"))
    assert receptionist.permissions.filter(codename="view_conversation").exists()
    assert not receptionist.permissions.filter(codename="change_cannedreply").exists()
    assert manager.permissions.filter(codename="change_cannedreply").exists()
    assert admin.permissions.filter(codename="change_hotelmembership").exists()


def test_figures_count_automation_handoffs_and_response_times(hotel: Any) -> None:
    now = timezone.now()
    automated = ConversationFactory.create(hotel=hotel)
    InboundMessageFactory.create(conversation=automated)
    OutboundMessageFactory.create(conversation=automated)
    handed = ConversationFactory.create(
        hotel=hotel, state=ConversationState.HUMAN, handoff_reason="complaint"
    )
    InboundMessageFactory.create(conversation=handed)
    OutboundMessageFactory.create(conversation=handed, author="staff")
    figures = hotel_figures(hotel=hotel, days=7)
    assert figures.total == 2 and figures.automated == 1 and figures.automation_rate == 0.5
    assert [(reason, n) for reason, _, n in figures.handoffs_by_reason] == [("complaint", 1)]
    assert figures.ai_answered == 1 and figures.human_answered == 1
    assert figures.ai_first_response_seconds is not None and figures.ai_first_response_seconds >= 0
    today = now.astimezone(dt.UTC).date()
    assert sum(n for _, n in figures.per_day) == 2 and len(figures.per_day) == 7
    assert today


def test_managers_page_for_managers_only(hotel: Any, manager: Any, ana: Any) -> None:
    ConversationFactory.create(
        hotel=hotel, handoff_reason="group_size", state=ConversationState.WAITING_HUMAN
    )
    page = admin_client(manager).get("/admin/conversations/conversation/figures/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'id="kpi-conversations">1<' in html and "group above the hotel" in html
    assert admin_client(ana).get("/admin/conversations/conversation/figures/").status_code == 403


def test_transcript_and_csv_are_scoped_to_the_staff_members_hotels(
    hotel: Any, other_hotel: Any, outsider: Any
) -> None:
    boss = make_staff("boss", hotel=None, is_superuser=True)
    ours = ConversationFactory.create(hotel=hotel, guest=GuestFactory.create(name="Lucía"))
    InboundMessageFactory.create(conversation=ours, text="¿A qué hora es el desayuno?")
    transcript = admin_client(boss).get(f"/admin/conversations/conversation/{ours.pk}/transcript/")
    assert transcript.status_code == 200 and "¿A qué hora es el desayuno?" in transcript.content.decode()
    export: Any = admin_client(boss).get(
        "/admin/conversations/conversation/export.csv?channel__exact=whatsapp"
    )
    csv_body = b"".join(export.streaming_content).decode()
    assert csv_body.splitlines()[0].startswith("id,hotel,channel,state")
    assert f"\r\n{ours.pk},{hotel.slug},whatsapp" in csv_body
    # Staff of another hotel with admin access still sees nothing of ours.
    outsider.groups.add(Group.objects.get(name="receptionist"))
    assert (
        admin_client(outsider).get(f"/admin/conversations/conversation/{ours.pk}/transcript/").status_code
        == 404
    )
    listing = admin_client(outsider).get("/admin/conversations/conversation/")
    assert listing.status_code == 200 and "Lucía" not in listing.content.decode()
    assert other_hotel
