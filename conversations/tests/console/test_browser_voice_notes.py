"""A guest records a voice note in the web chat (Chromium's fake microphone plays espeak-ng's Spanish) and
the receptionist's console shows it with its player and its transcript; screenshots in var/screenshots/."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import override_settings

from conversations.models import Message, SpeechStatus
from conversations.tests.console.conftest import make_staff
from conversations.tests.console.test_browser_console_and_webchat import CHROMIUM_ARGS
from conversations.tests.factories import HotelFactory
from hotel_agent.hotels.models import HotelMembership
from tests.fakes.transcription import FakeTranscription
from tests.support.asgi_server import serving
from tests.support.speech import speak

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[3] / "var" / "screenshots"
SCRIPT = "Hola, quería una habitación doble para el fin de semana."


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
def microphone(tmp_path: Path) -> Path:
    spoken = speak(SCRIPT, language="es")
    path = tmp_path / "guest.wav"
    path.write_bytes(spoken.wav)
    return path


@pytest.fixture
def stt() -> Iterator[FakeTranscription]:
    # The recording lasts as long as the guest holds the button, not the script: one script, any length.
    with (
        FakeTranscription(tolerance=60.0) as fake,
        override_settings(STT_ENGINE="openai", STT_URL=fake.url, STT_API_KEY=fake.api_key, TTS_ENGINE="none"),
    ):
        fake.expect(SCRIPT, seconds=4.0, language="es")
        yield fake


@pytest.fixture
def receptionist(transactional_db: None) -> Any:
    # Rows are made before Playwright starts: its sync API runs an event loop in this thread.
    hotel = HotelFactory.create(name="Hotel Sol de Prueba", slug="hotel-sol-de-prueba")
    return make_staff("ana", hotel=hotel, role=HotelMembership.Role.RECEPTIONIST, first_name="Ana")


def _in_thread(function: Any) -> Any:
    """An ORM read while Playwright's loop runs in this thread: on a thread of its own."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function).result()


def _voice_note() -> Message:
    try:
        return Message.objects.get(kind="audio", direction="in")
    finally:
        connection.close()


@pytest.fixture
def browser(microphone: Path, receptionist: Any) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    args = [
        *CHROMIUM_ARGS,
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={microphone}%noloop",
    ]
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        try:
            yield browser
        finally:
            browser.close()


def test_web_chat_voice_note_reaches_the_console_with_player_and_transcript(
    eager_celery: None, stt: FakeTranscription, browser: Any
) -> None:
    from hotel_agent.asgi import application

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with serving(application) as server:
        guest = browser.new_context(locale="es-ES").new_page()
        guest.set_default_timeout(30_000)
        guest.goto(server.url + "/chat/")
        guest.click("#voice")
        guest.wait_for_selector("#voice.recording[aria-label='Detener y enviar']")
        time.sleep(4.5)  # the guest speaks (the fake microphone plays the script)
        guest.click("#voice")
        guest.wait_for_selector(".msg.guest:not(.pending):has-text('Nota de voz')")
        guest.wait_for_selector(".msg.guest + .msg.hotel", timeout=30_000)  # the answer, below the note
        guest.screenshot(path=str(SCREENSHOTS / "webchat-voice-note.png"))

        note = _in_thread(_voice_note)
        assert note.speech_status == SpeechStatus.TRANSCRIBED and note.text == SCRIPT
        received = stt.received[0]
        assert (received.sample_rate, received.channels) == (16000, 1) and received.seconds > 2

        console = browser.new_context(locale="es-ES").new_page()
        console.set_default_timeout(20_000)
        console.goto(server.url + "/console/")
        console.fill("input[name=username]", "ana")
        console.fill("input[name=password]", "pw-ana")
        console.click("button[type=submit]")
        console.wait_for_url(re.compile(r"/console/$"))
        console.goto(f"{server.url}/console/c/{note.conversation_id}/")
        entry = console.locator(f"#transcript [data-message-id='{note.pk}']")
        entry.locator("audio").wait_for()
        assert SCRIPT in entry.inner_text()
        duration = console.evaluate(
            """async (id) => {
                const audio = document.querySelector(`[data-message-id='${id}'] audio`);
                audio.preload = 'auto'; audio.load();
                await new Promise((ok, fail) => { audio.onloadedmetadata = ok; audio.onerror = fail; });
                return audio.duration;
            }""",
            note.pk,
        )
        assert duration > 2  # the player has the recording (WebM durations may read Infinity: also > 2)
        console.screenshot(path=str(SCREENSHOTS / "console-voice-note.png"), full_page=True)
