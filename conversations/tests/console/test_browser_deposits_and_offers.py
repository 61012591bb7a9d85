"""The deposits and offers pages of the console in a real browser (Debian's chromium through Playwright,
the real ASGI app): a receptionist sees the proof (the guest's photo shown), approves it, and a manager
creates and approves an offer from the demo PMS's services. Screenshots go to var/screenshots/."""

from __future__ import annotations

import datetime as dt
import re
import struct
import zlib
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from conversations.tests.console.conftest import make_staff
from conversations.tests.console.test_browser_console_and_webchat import browser  # noqa: F401 - fixture
from conversations.tests.factories import ConversationFactory, GuestFactory, InboundMessageFactory
from hotel_agent.hotels.models import AuditEvent, HotelMembership
from pms_bridge.port import GuestDetails, Stay
from reservations.deposits.models import Deposit, DepositPolicy, DepositProof, ProofState
from reservations.offers.models import Offer, OfferState
from reservations.services import quote_create, reservation_create_from_quote
from tests.support.asgi_server import serving

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(__file__).resolve().parents[3] / "var" / "screenshots"
SCREEN = {"width": 1366, "height": 768}


def png(width: int = 240, height: int = 120) -> bytes:
    """A small real PNG (a bank receipt's stand-in): light grey with a dark band, decodable by a browser."""
    rows = b"".join(
        b"\x00" + (b"\x33\x33\x33" if 40 <= y < 60 else b"\xee\xee\xee") * width for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def waiting_proof(transactional_db: None, demo_pms: None) -> DepositProof:
    from tests.support.pms import seed_demo

    hotel = seed_demo()
    DepositPolicy.objects.create(hotel=hotel, kind="percent", percent=30, bank_details="IBAN ES91 2100 0418")
    guest = GuestFactory.create(name="Lucía Fernández", phone="+34600111333")
    conversation = ConversationFactory.create(hotel=hotel, guest=guest, language="es", channel="webchat")
    photo = InboundMessageFactory.create(conversation=conversation, kind="image", text="", channel="webchat")
    check_in = dt.date.today() + dt.timedelta(days=30)
    quote = quote_create(
        hotel=hotel,
        stay=Stay(pms_hotel_id=1, check_in=check_in, check_out=check_in + dt.timedelta(days=3), adults=2),
    )
    reservation = reservation_create_from_quote(
        quote_line=quote.lines.order_by("total")[0],
        guest=GuestDetails(
            first_name="Lucía", last_name="Fernández", email="lucia@example.com", phone=guest.phone
        ),
        idempotency_key="browser-deposit-1",
        conversation=conversation,
    )
    deposit = Deposit.objects.create(
        hotel=hotel, reservation=reservation, amount=Decimal("92.07"), currency="EUR"
    )
    make_staff("ana", hotel=hotel, role=HotelMembership.Role.MANAGER, first_name="Ana")
    return DepositProof.objects.create(
        hotel=hotel, deposit=deposit, message=photo, conversation=conversation, channel="webchat",
        content=png(), mime_type="image/png", size=len(png()),
    )  # fmt: skip


def test_a_receptionist_sees_the_proof_and_approves_it_and_a_manager_approves_an_offer(
    waiting_proof: DepositProof,
    browser: Any,  # noqa: F811 - the fixture imported above
) -> None:
    from hotel_agent.asgi import application

    SHOTS.mkdir(parents=True, exist_ok=True)
    reference = waiting_proof.deposit.reservation.reference
    with serving(application) as server:
        page = browser.new_context(locale="es-ES", viewport=SCREEN).new_page()
        page.set_default_timeout(20_000)
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(server.url + "/console/")
        page.fill("input[name=username]", "ana")
        page.fill("input[name=password]", "pw-ana")
        page.click("button[type=submit]")
        page.wait_for_url(re.compile(r"/console/$"))
        assert "Depósitos 1" in " ".join((page.text_content("#deposits-link") or "").split())

        page.click("#deposits-link")
        page.wait_for_selector(f"#proof-{waiting_proof.pk} img")
        page.wait_for_function(f"document.querySelector('#proof-{waiting_proof.pk} img').complete")
        shown = page.locator(f"#proof-{waiting_proof.pk} img").evaluate("img => img.naturalWidth")
        assert shown == 240  # the guest's photo, served from the stored proof
        text = page.text_content("main") or ""
        assert "Depósitos pendientes de aprobar" in text and reference in text
        assert "92,07 €" in text
        page.screenshot(path=str(SHOTS / "console-deposits-es.png"), full_page=True)

        page.click(f"#approve-{waiting_proof.pk}")
        page.wait_for_selector(".msg.success")
        assert "Depósito aprobado" in (page.text_content(".msg.success") or "")
        assert "No hay justificantes pendientes." in (page.text_content("main") or "")
        page.screenshot(path=str(SHOTS / "console-deposits-approved-es.png"), full_page=True)

        page.goto(f"{server.url}/console/offers/?hotel={waiting_proof.hotel_id}")
        page.select_option("#offer-kind", "breakfast")
        page.select_option("#offer-service", "1")  # the demo PMS's breakfast
        page.click("#offer-create")
        page.wait_for_selector(".msg.success")
        page.click("[id^=approve-offer-]")  # no database query here: Playwright's loop runs in this thread
        page.wait_for_selector("tr[id^=offer-] .tag.approved")
        page.screenshot(path=str(SHOTS / "console-offers-es.png"), full_page=True)
        assert errors == [], errors
        page.context.close()

    # Playwright's event loop runs in this thread: the database is read from another one.
    def decided() -> None:
        waiting_proof.refresh_from_db()
        assert waiting_proof.state == ProofState.APPROVED
        assert Offer.objects.get().state == OfferState.APPROVED
        assert set(AuditEvent.objects.values_list("action", flat=True)) >= {
            "deposit_approve",
            "offer_create",
            "offer_approve",
        }

    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(decided).result()
