"""A WhatsApp guest in end-to-end tests: signed webhook deliveries in, the fake Graph API's sends out.

Payloads are Meta's captured ones (`tests/fixtures/whatsapp/`) with the sender, id and content
changed. Under `eager_celery` each delivery is processed and answered before the POST returns.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.test import Client

from conversations.models import Conversation
from tests.fakes.graph import FakeGraph

FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "whatsapp"
APP_SECRET = "engine-test-app-secret"
ACCESS_TOKEN = "engine-test-access-token"
PHONE_NUMBER_ID = "106540352242922"
_message_ids = itertools.count(1)
_base_time = int(time.time())


def _template(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / name).read_text())


def phone_numbers(prefix: str) -> Callable[[], str]:
    """New guests' numbers: each call gives `prefix` and the next five-digit counter (10000 on)."""
    counter = itertools.count(10_000)
    return lambda: f"{prefix}{next(counter):05d}"


def sign(body: bytes) -> str:
    return "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()


def reply_text(body: dict[str, Any]) -> str:
    if body.get("type") == "interactive":
        return body["interactive"]["body"]["text"]
    if body.get("type") == "text":
        return body["text"]["body"]
    return json.dumps(body)


def reply_buttons(body: dict[str, Any]) -> list[dict[str, str]]:
    if body.get("type") != "interactive":
        return []
    return [b["reply"] for b in body["interactive"].get("action", {}).get("buttons", [])]


@dataclass
class WhatsAppGuest:
    client: Client
    graph: FakeGraph
    phone: str  # E.164
    name: str = "Guest"
    capture: Any = None  # pytest-django's django_capture_on_commit_callbacks, for non-transactional tests
    answers: list[list[dict[str, Any]]] = field(default_factory=list)  # what each turn got back

    @property
    def wa_id(self) -> str:
        return self.phone.lstrip("+")

    def sent_to_me(self) -> list[dict[str, Any]]:
        return [body for body in self.graph.sent_messages() if body.get("to") == self.wa_id]

    def payload(self, message: dict[str, Any], *, template: str = "text.json") -> bytes:
        payload = _template(template)
        value = payload["entry"][0]["changes"][0]["value"]
        value["metadata"]["phone_number_id"] = PHONE_NUMBER_ID
        value["contacts"][0].update({"wa_id": self.wa_id, "profile": {"name": self.name}})
        original = value["messages"][0]
        n = next(_message_ids)
        original.update(
            {"from": self.wa_id, "id": f"wamid.ENGINE{n:010d}{self.wa_id}", "timestamp": str(_base_time + n)}
        )
        original.pop("context", None)
        original.update(copy.deepcopy(message))
        return json.dumps(payload, ensure_ascii=False).encode()

    def deliver(self, body: bytes, *, expect_replies: bool = True) -> list[dict[str, Any]]:
        before = len(self.sent_to_me())
        if self.capture is not None:
            with self.capture(execute=True):
                response = self.post(body)
        else:
            response = self.post(body)
        assert response.status_code == 200, response.content
        deadline = time.monotonic() + (5.0 if expect_replies else 0.3)
        while time.monotonic() < deadline and len(self.sent_to_me()) == before:
            time.sleep(0.01)
        new = self.sent_to_me()[before:]
        self.answers.append(new)
        assert len(new) <= 2, "one turn, one answer: at most two messages"
        return new

    def post(self, body: bytes) -> Any:
        return self.client.post(
            "/webhooks/whatsapp/",
            data=body,
            content_type="application/json",
            headers={"X-Hub-Signature-256": sign(body)},
        )

    def says(self, text: str) -> str:
        sent = self.deliver(self.payload({"type": "text", "text": {"body": text}}))
        return "\n".join(reply_text(b) for b in sent)

    def says_silently_ignored(self, text: str) -> list[dict[str, Any]]:
        return self.deliver(self.payload({"type": "text", "text": {"body": text}}), expect_replies=False)

    def presses(self, index: int) -> str:
        """Press the `index`-th (1-based) button of the last interactive message received."""
        buttons = next(reply_buttons(b) for b in reversed(self.sent_to_me()) if reply_buttons(b))
        button = buttons[index - 1]
        message = {
            "type": "interactive",
            "interactive": {
                "type": "button_reply",
                "button_reply": {"id": button["id"], "title": button["title"]},
            },
        }
        sent = self.deliver(self.payload(message, template="interactive_button_reply.json"))
        return "\n".join(reply_text(b) for b in sent)

    def sends_sticker(self) -> str:
        sticker = _template("sticker.json")["entry"][0]["changes"][0]["value"]["messages"][0]
        message = {k: v for k, v in sticker.items() if k not in ("from", "id", "timestamp")}
        sent = self.deliver(self.payload(message, template="sticker.json"))
        return "\n".join(reply_text(b) for b in sent)

    def sends_voice_note(self, content: bytes, *, mime_type: str = "audio/ogg; codecs=opus") -> str:
        """A WhatsApp voice note: the bytes served by the fake Graph API's media endpoint, the webhook
        carrying only their media id (as Meta's does)."""
        media_id = f"{next(_message_ids):016d}"
        self.graph.add_media(media_id, content, mime_type)
        message = {
            "type": "audio",
            "audio": {"mime_type": mime_type, "sha256": "0" * 44, "id": media_id, "voice": True},
        }
        sent = self.deliver(self.payload(message, template="audio_voice.json"))
        return "\n".join(reply_text(b) for b in sent)

    def last_buttons(self) -> list[dict[str, str]]:
        return next((reply_buttons(b) for b in reversed(self.sent_to_me()) if reply_buttons(b)), [])

    @property
    def conversation(self) -> Conversation:
        return Conversation.objects.get(guest__phone=self.phone)

    @property
    def dialogue_state(self) -> dict[str, Any]:
        return self.conversation.dialogue_state
