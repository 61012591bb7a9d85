"""Locust users for `make load` (bench/load.py starts the stack and runs this headless).

- `WhatsAppGuest`: a guest on WhatsApp; POSTs signed deliveries (a new message id each, texts of a
  short Spanish conversation) to `/webhooks/whatsapp/`, one every LOAD_GUEST_PACING seconds.
- `ConsoleStaff`: a receptionist; logs in (Django session), keeps the console websocket
  (`/ws/console/`) open and counts the events it receives (a guest's message, the AI's reply...).

Bounded: LOAD_MESSAGES deliveries in all, then the run stops (and `--run-time` caps it anyway).
Loopback only: any host but 127.0.0.1, ::1 or localhost is refused before a request is sent.
Runs in locust's own environment (`uv tool run`), so only the standard library, locust and
websocket-client are imported here.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import os
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import websocket  # type: ignore[import-not-found, unused-ignore]
from locust import HttpUser, User, between, constant_pacing, events, task  # type: ignore[import-not-found, unused-ignore]
from locust.exception import StopUser  # type: ignore[import-not-found, unused-ignore]

LOOPBACK = {"127.0.0.1", "::1", "localhost"}
FIXTURE = Path(os.environ.get("LOAD_FIXTURE", "tests/fixtures/whatsapp/text.json"))
SECRET = os.environ.get("LOAD_APP_SECRET", "")
PHONE_NUMBER_ID = os.environ.get("LOAD_PHONE_NUMBER_ID", "")
RUN = os.environ.get("LOAD_RUN", "run")
DIGITS = os.environ.get("LOAD_RUN_DIGITS", "0000")
MESSAGES = int(os.environ.get("LOAD_MESSAGES", "300"))
PACING = float(os.environ.get("LOAD_GUEST_PACING", "2"))
STAFF_USER = os.environ.get("LOAD_STAFF_USER", "")
STAFF_PASSWORD = os.environ.get("LOAD_STAFF_PASSWORD", "")

CONVERSATION = [
    "Hola, buenas tardes",
    "¿Tienen una habitación doble del 12 al 14 de mayo para dos adultos?",
    "¿A qué hora es el check-in?",
    "¿Tienen parking?",
    "¿El desayuno está incluido?",
    "Muchas gracias",
]

_sent = itertools.count(1)
_guests = itertools.count(1)


@events.init.add_listener
def refuse_remote_hosts(environment: Any, **_: Any) -> None:
    host = urlsplit(environment.host or "").hostname or ""
    if host not in LOOPBACK:
        raise SystemExit(f"load test refuses {environment.host!r}: loopback only")


def signed_delivery(*, wa_id: str, message_id: str, text: str) -> tuple[bytes, str]:
    payload: dict[str, Any] = json.loads(FIXTURE.read_text())
    value = payload["entry"][0]["changes"][0]["value"]
    value["metadata"]["phone_number_id"] = PHONE_NUMBER_ID
    value["contacts"][0].update({"wa_id": wa_id, "profile": {"name": "Load Guest"}})
    value["messages"][0].update(
        {"from": wa_id, "id": message_id, "timestamp": str(int(time.time())), "text": {"body": text}}
    )
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    return body, "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()


class WhatsAppGuest(HttpUser):
    weight = 4
    wait_time = constant_pacing(PACING)

    def on_start(self) -> None:
        self.guest = next(_guests)
        self.wa_id = f"3460{DIGITS}{self.guest:04d}"
        self.turn = 0

    @task
    def write(self) -> None:
        number = next(_sent)
        if number > MESSAGES:
            self.environment.runner.quit()
            raise StopUser()
        text = CONVERSATION[self.turn % len(CONVERSATION)]
        self.turn += 1
        body, signature = signed_delivery(
            wa_id=self.wa_id, message_id=f"wamid.LOAD{RUN}{number:08d}", text=text
        )
        self.client.post(
            "/webhooks/whatsapp/",
            data=body,
            headers={"Content-Type": "application/json", "X-Hub-Signature-256": signature},
            name="POST /webhooks/whatsapp/",
        )


class ConsoleStaff(User):
    """A receptionist with the console open: one websocket, events counted as they arrive."""

    weight = 1
    fixed_count = int(os.environ.get("LOAD_STAFF", "3"))
    wait_time = between(0.5, 1.0)

    def on_start(self) -> None:
        import requests

        started = time.perf_counter()
        session = requests.Session()
        login = f"{self.host}/admin/login/"
        session.get(login, timeout=10)
        answer = session.post(
            login,
            data={
                "username": STAFF_USER,
                "password": STAFF_PASSWORD,
                "csrfmiddlewaretoken": session.cookies.get("csrftoken", ""),
                "next": "/console/",
            },
            headers={"Referer": login},
            timeout=10,
            allow_redirects=False,
        )
        cookie = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
        url = self.host.replace("http://", "ws://", 1) + "/ws/console/"
        try:
            if answer.status_code != 302 or "sessionid" not in session.cookies:
                raise RuntimeError(f"staff login failed ({answer.status_code})")
            self.socket = websocket.create_connection(
                url, header=[f"Cookie: {cookie}"], origin=self.host, timeout=10
            )
        except Exception as exc:
            self._fire("WS", "connect /ws/console/", started, exc)
            raise StopUser() from exc
        self._fire("WS", "connect /ws/console/", started, None)
        self.socket.settimeout(1.0)

    def _fire(self, kind: str, name: str, started: float, exc: Exception | None, length: int = 0) -> None:
        self.environment.events.request.fire(
            request_type=kind,
            name=name,
            response_time=(time.perf_counter() - started) * 1000,
            response_length=length,
            exception=exc,
            context={},
        )

    @task
    def receive(self) -> None:
        started = time.perf_counter()
        try:
            frame = self.socket.recv()
        except websocket.WebSocketTimeoutException:
            return
        except websocket.WebSocketException as exc:
            self._fire("WS", "console event", started, exc)
            raise StopUser() from exc
        self._fire("WS", "console event", started, None, len(frame or ""))

    def on_stop(self) -> None:
        socket = getattr(self, "socket", None)
        if socket is not None:
            socket.close()
