"""With QloApps as the PMS the agent speaks as QloApps' hotel: after `pms_sync_hotels` (or its beat task)
the greeting, the booking confirmation and the answers about times and address are The Hotel Prime's."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from conversations.models import Fact, FactSource
from hotel_agent.hotels.models import Hotel
from pms_bridge.tasks import sync_hotels
from tests.support.pms import qloapps_backend

pytestmark = pytest.mark.django_db


def test_the_agent_speaks_as_the_qloapps_hotel(whatsapp, qloapps, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        sync_hotels()  # the demo hotel mapped to QloApps' hotel 1 takes its identity and hours
    guest = whatsapp("+34600720001")
    assert "The Hotel Prime" in guest.says("Hola")
    times = guest.says("¿A qué hora es el check-in?")
    assert "12:00" in times and "11:00" in times and "14:00" not in times
    guest.says("¿tenéis habitación del 20 al 23 de marzo para 2 personas?")
    guest.says("la primera")
    guest.says("Ana García, ana.prime@example.com")
    confirmation = guest.says("sí")
    assert "Reserva confirmada" in confirmation and "Le esperamos en The Hotel Prime" in confirmation
    assert "Sol de Levante" not in confirmation


def test_a_new_hotel_starts_its_knowledge_from_qloapps(qloapps, django_capture_on_commit_callbacks):
    qloapps.add_hotel(2, hotel_name="The Hotel Second", address="1 Harbour Road", city="Port Town",
                      check_in="15:00", check_out="10:00")  # fmt: skip
    with qloapps_backend(qloapps, QLOAPPS_HOTEL_ID=None), django_capture_on_commit_callbacks(execute=True):
        call_command("pms_sync_hotels")
    second = Hotel.objects.get(pms_hotel_id=2)
    facts = {f.key: f for f in Fact.objects.filter(hotel=second)}
    assert {f.source for f in facts.values()} == {FactSource.PMS_HOTEL}
    times = facts["checkin_checkout"].texts.get(language="de").answer
    assert "15:00" in times and "10:00" in times
    assert "1 Harbour Road, Port Town" in facts["address"].texts.get(language="en").answer
    facts["address"].source = FactSource.STAFF  # a manager rewrote it: the next sync leaves it alone
    facts["address"].save()
    facts["address"].texts.filter(language="en").update(answer="Ask us for directions.")
    with qloapps_backend(qloapps, QLOAPPS_HOTEL_ID=None), django_capture_on_commit_callbacks(execute=True):
        sync_hotels()
    assert (
        Fact.objects.get(hotel=second, key="address").texts.get(language="en").answer
        == "Ask us for directions."
    )
