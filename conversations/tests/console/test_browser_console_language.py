"""The console in a real browser, as a receptionist reads it: in the browser's language until the staff
member picks their own, the guest named, the understanding in words, amounts as the guest saw them,
canned replies of the conversation's language, and the composer in view on a 1366x768 screen.

Drives Debian's chromium through Playwright against the real ASGI app; screenshots go to var/screenshots/.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from conversations.models import CannedReply
from conversations.models.records import GuestNameSource
from conversations.tests.console.conftest import make_staff
from conversations.tests.console.test_browser_console_and_webchat import browser  # noqa: F401 - fixture
from conversations.tests.factories import (
    ConversationFactory,
    GuestFactory,
    HotelFactory,
    InboundMessageFactory,
    OutboundMessageFactory,
)
from hotel_agent.hotels.models import HotelMembership, StaffProfile
from reservations.models import Reservation
from tests.support.asgi_server import serving

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(__file__).resolve().parents[3] / "var" / "screenshots"
SCREEN = {"width": 1366, "height": 768}


@pytest.fixture
def long_conversation(transactional_db: None) -> Any:
    """A Spanish guest's conversation long enough to scroll, with a booking and canned replies."""
    hotel = HotelFactory.create(name="Hotel Sol de Prueba", slug="hotel-sol-de-prueba")
    guest = GuestFactory.create(
        name="Lucía Fernández", name_source=GuestNameSource.GIVEN, phone="+34600111222"
    )
    conversation = ConversationFactory.create(
        hotel=hotel,
        guest=guest,
        language="es",
        dialogue_state={
            "stage": "guest_details",
            "booking": {"check_in": "2027-04-21", "check_out": "2027-04-24", "adults": 2, "rooms": 1},
        },
    )
    for n in range(30):
        InboundMessageFactory.create(conversation=conversation, text=f"Mensaje {n} del huésped")
        OutboundMessageFactory.create(conversation=conversation, text=f"Respuesta {n}", status="read")
    InboundMessageFactory.create(
        conversation=conversation,
        text="Quiero reservar",
        understanding={"id": 61, "intent": "booking_create", "confidence": 0.93, "lang": "es"},
    )
    Reservation.objects.create(
        hotel=hotel,
        conversation=conversation,
        reference="IFTEALSVU",
        pms_room_type_id=1,
        room_type_name="Doble",
        check_in=dt.date(2027, 4, 21),
        check_out=dt.date(2027, 4, 24),
        adults=2,
        guest_first_name="Lucía",
        guest_last_name="Fernández",
        amount=Decimal("306.90"),
        currency="EUR",
        state=Reservation.State.CONFIRMED,
        idempotency_key="browser-language-1",
    )
    CannedReply.objects.create(
        hotel=hotel, language="es", title="Aparcamiento", text="El parking cuesta 18 €."
    )
    CannedReply.objects.create(hotel=hotel, language="en", title="Parking", text="Parking is 18 € a night.")
    make_staff("ana", hotel=hotel, role=HotelMembership.Role.RECEPTIONIST, first_name="Ana", last_name="Ruiz")
    claire = make_staff("claire", hotel=hotel, role=HotelMembership.Role.RECEPTIONIST, first_name="Claire")
    StaffProfile.objects.create(user=claire, language="fr")
    return conversation


def log_in(page: Any, url: str, username: str) -> None:
    page.goto(url + "/console/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw-" + username)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/console/$"))


def test_spanish_browser_and_a_french_receptionist_each_read_the_console_in_their_language(
    long_conversation: Any,
    browser: Any,  # noqa: F811 - the fixture imported above
) -> None:
    from hotel_agent.asgi import application

    SHOTS.mkdir(parents=True, exist_ok=True)
    conversation = long_conversation
    with serving(application) as server:
        # Ana set no language: her Spanish browser decides.
        page = browser.new_context(locale="es-ES", viewport=SCREEN).new_page()
        page.set_default_timeout(20_000)
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        log_in(page, server.url, "ana")
        page.goto(f"{server.url}/console/c/{conversation.pk}/")
        page.wait_for_selector("#connection .label:text('en directo')")
        assert "Esperando a una persona" in (page.text_content("#queues") or "")
        assert "Lucía Fernández" in (page.text_content("#queues li.open") or "")
        assert "Lucía Fernández" in (page.text_content("#conv-header h1") or "")
        side = page.text_content("#side") or ""
        assert "quiere reservar" in side and "alta" in side and "3 noches" in side
        assert "306,90 €" in side and "intent" not in side.split("Detalles técnicos")[0]
        # The composer is in view without scrolling, however long the transcript.
        box = page.locator("#send-button").bounding_box()
        assert box is not None and box["y"] + box["height"] <= SCREEN["height"]
        assert page.evaluate("document.scrollingElement.scrollHeight") <= SCREEN["height"]
        # Canned replies: Spanish ones for a Spanish conversation; the rest behind "todos los idiomas".
        assert page.locator("#canned option[data-language=en]").evaluate("o => o.hidden")
        page.check("#canned-all")
        assert not page.locator("#canned option[data-language=en]").evaluate("o => o.hidden")
        page.screenshot(path=str(SHOTS / "console-es-browser.png"))
        assert errors == [], errors
        page.context.close()

        # Claire chose French: it outranks her Spanish browser, the script's words included.
        page = browser.new_context(locale="es-ES", viewport=SCREEN).new_page()
        page.set_default_timeout(20_000)
        log_in(page, server.url, "claire")
        page.goto(f"{server.url}/console/c/{conversation.pk}/")
        page.wait_for_selector("#connection .label:text('en direct')")
        assert "En attente d'une personne" in (page.text_content("#queues") or "")
        assert "Prendre la main" in (page.text_content("#conv-header") or "")
        assert page.input_value("#language-select") == "fr"
        assert "306,90 €" in (page.text_content("#side") or "")
        page.screenshot(path=str(SHOTS / "console-fr-user.png"))

        # She switches to German in the header and stays on the conversation.
        page.select_option("#language-select", "de")
        page.wait_for_selector("#take-over:text('Übernehmen')")
        assert page.url.endswith(f"/console/c/{conversation.pk}/")
        page.context.close()
