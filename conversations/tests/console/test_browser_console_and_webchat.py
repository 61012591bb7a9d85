"""A guest writes in the web chat; a receptionist watches it arrive live, takes over, answers, hands back.

Drives Debian's chromium through Playwright against the real ASGI app served on a loopback port.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conversations.tests.console.conftest import make_staff
from conversations.tests.factories import HotelFactory
from hotel_agent.hotels.models import HotelMembership
from tests.support.asgi_server import serving

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ENGINE_ON_MAIN = importlib.util.find_spec("conversations.engine.receptionist") is not None

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def eager_celery() -> Iterator[None]:
    from hotel_agent.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    try:
        yield
    finally:
        app.conf.task_always_eager = previous


@pytest.fixture
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def receptionist(transactional_db: None) -> Any:
    # Rows are made before Playwright starts: its sync API runs an event loop in this thread.
    hotel = HotelFactory.create(name="Hotel Sol de Prueba", slug="hotel-sol-de-prueba")
    # Load the language models now, as a server has by its first guest; not inside a 10 s browser wait.
    import datetime as dt

    from conversations.nlu import understand

    understand("Hola, buenos días", today=dt.date.today())
    return make_staff(
        "ana", hotel=hotel, role=HotelMembership.Role.RECEPTIONIST, first_name="Ana", last_name="Ruiz"
    )


def test_guest_to_console_take_over_reply_and_hand_back(
    eager_celery: None, receptionist: Any, browser: Any
) -> None:
    from hotel_agent.asgi import application

    with serving(application) as server:
        console = browser.new_context().new_page()
        console.set_default_timeout(20_000)
        console.goto(server.url + "/console/")
        console.fill("input[name=username]", "ana")
        console.fill("input[name=password]", "pw-ana")
        console.click("button[type=submit]")
        console.wait_for_url(re.compile(r"/console/$"))
        console.wait_for_selector("#connection .label:text('live')")
        assert console.locator("#queues li[data-conversation]").count() == 0

        guest = browser.new_context(locale="es-ES").new_page()
        guest.set_default_timeout(20_000)
        guest.goto(server.url + "/chat/")
        guest.fill("#text", "Hola, quiero hablar con una persona, por favor")
        guest.press("#text", "Enter")
        guest.wait_for_selector(".msg.guest:not(.pending)", timeout=30_000)

        # The conversation appears in the receptionist's queues without a reload.
        item = console.locator("#queues li[data-conversation] a").first
        item.wait_for()
        item.click()
        console.wait_for_selector("#transcript .entry.in:has-text('quiero hablar con una persona')")
        console.wait_for_selector("#connection .label:text('live')")

        console.click("#take-over")
        console.wait_for_selector("#conv-state:text('Human handling')")
        replies_before = guest.locator(".msg.hotel").count()

        # Once a human holds it, the AI stays quiet; the guest's words still reach the console live.
        guest.fill("#text", "¿Sigue ahí alguien?")
        guest.press("#text", "Enter")
        console.wait_for_selector("#transcript .entry.in:has-text('Sigue ahí alguien')")
        guest.wait_for_timeout(500)
        assert guest.locator(".msg.hotel").count() == replies_before

        console.fill("#reply-text", "Soy Ana, de recepción. ¿En qué puedo ayudarle?")
        console.click("#send-button")
        guest.wait_for_selector(".msg.hotel:has-text('Soy Ana, de recepción')")
        # The guest sees who is talking: a notice when Ana joined, her name over her message.
        guest.wait_for_selector(".notice:has-text('Ana, de recepción, se ha unido a la conversación.')")
        guest.wait_for_selector(".msg.hotel.staff[data-author=staff] .who:text('Ana · Recepción')")
        shots = Path(__file__).resolve().parents[3] / "var" / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        guest.screenshot(path=str(shots / "webchat-staff-message.png"), full_page=True)
        # Delivery ticks: the guest's page showed the reply in view, so the console shows it read.
        console.wait_for_selector("#transcript .entry.out.staff .ticks.read")

        console.fill("#handback-summary", "Explained the parking; nothing pending.")
        console.click("#hand-back")
        console.wait_for_selector("#conv-state:text('AI handling')")
        console.wait_for_selector("#transcript .entry.action:has-text('Explained the parking')")
        guest.wait_for_selector(".notice:has-text('Ana ha dejado la conversación')")
        guest.screenshot(path=str(shots / "webchat-handed-back.png"), full_page=True)

        if not ENGINE_ON_MAIN:
            pytest.skip(
                "the receptionist engine is not on main yet: the AI's answer after hand-back is not checked"
            )
        ai_before = guest.locator(".msg.hotel[data-author=ai]").count()
        guest.fill("#text", "¿A qué hora es el check-in?")
        guest.press("#text", "Enter")
        guest.wait_for_function(
            f"document.querySelectorAll('.msg.hotel[data-author=ai]').length > {ai_before}", timeout=30_000
        )
        console.wait_for_selector("#transcript .entry.out.ai >> nth=-1")


@pytest.fixture
def manager(transactional_db: None) -> Any:
    hotel = HotelFactory.create(name="Hotel Sol de Prueba", slug="hotel-sol-de-prueba")
    return make_staff(
        "marta", hotel=hotel, role=HotelMembership.Role.MANAGER, is_superuser=True, first_name="Marta"
    )


def test_every_page_loads_its_stylesheets_and_scripts_and_speaks_the_browsers_language(
    manager: Any, browser: Any
) -> None:
    """What a person sees: each page styled (no 404 among its requests, no console error); screenshots
    under var/screenshots/ for review."""
    from pathlib import Path

    from hotel_agent.asgi import application

    shots = Path(__file__).resolve().parents[3] / "var" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    with serving(application) as server:
        for locale in ("es-ES", "en-US"):
            page = browser.new_context(locale=locale).new_page()
            page.set_default_timeout(20_000)
            failed: list[str] = []
            errors: list[str] = []
            page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

            page.goto(server.url + "/admin/login/")
            page.fill("input[name=username]", "marta")
            page.fill("input[name=password]", "pw-marta")
            page.click("[type=submit]")
            page.wait_for_url(re.compile(r"/admin/$"))
            for path in (
                "/",
                "/admin/",
                "/admin/conversations/conversation/figures/",
                "/api/docs/",
                "/console/",
                "/chat/",
            ):
                page.goto(server.url + path)
                page.wait_for_load_state("networkidle")
                name = path.strip("/").replace("/", "_") or "landing"
                page.screenshot(path=str(shots / f"{locale}-{name}.png"), full_page=True)
                if path == "/api/docs/":
                    page.wait_for_selector(".swagger-ui .info")
                if path == "/admin/":
                    admin_text = page.inner_text("body")
                    assert "Hotel Agent" in admin_text
                    assert ("Administración del hotel" if locale == "es-ES" else "Hotel administration") in (
                        admin_text
                    )
                if path == "/console/":
                    expected = "Esperando a una persona" if locale == "es-ES" else "Waiting for a human"
                    assert expected in (page.text_content("#queues") or "")
                if path == "/chat/":
                    expected = "asistente virtual" if locale == "es-ES" else "virtual assistant"
                    assert expected in (page.text_content("#intro") or "")
            assert failed == [], failed
            assert errors == [], errors
            page.context.close()
