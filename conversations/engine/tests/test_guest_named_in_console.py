"""The console names the guest from what they said: a WhatsApp guest known first by their profile name
gives their name for a booking (signed webhook → real engine → turn record), and the console's list and
header show it from then on."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from conversations.models import Guest
from conversations.models.records import GuestNameSource
from conversations.tests.console.conftest import make_staff

pytestmark = pytest.mark.django_db


def test_name_given_for_a_booking_replaces_the_whatsapp_profile_name_in_the_console(
    whatsapp: Any, qloapps_hotel: Any
) -> None:
    guest = whatsapp("+34600700091", name="Lu 🌸")
    guest.says("Hola, ¿tenéis habitación del 20 al 23 de marzo para 2 personas?")
    record = Guest.objects.get(phone="+34600700091")
    assert (record.name, record.name_source) == ("Lu 🌸", GuestNameSource.PROFILE)

    guest.says("la primera")
    guest.says("Lucía Fernández Ruiz, lucia.fernandez@example.com")
    record.refresh_from_db()
    assert (record.name, record.name_source) == ("Lucía Fernández Ruiz", GuestNameSource.GIVEN)

    client = Client()
    client.force_login(make_staff("ana", hotel=qloapps_hotel))
    conversation = guest.conversation
    assert "Lucía Fernández Ruiz" in client.get(f"/console/h/{qloapps_hotel.pk}/queues/").content.decode()
    header = client.get(f"/console/c/{conversation.pk}/header/").content.decode()
    assert "Lucía Fernández Ruiz" in header and "Lu 🌸" not in header
