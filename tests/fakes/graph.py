"""A fake WhatsApp Cloud (Graph) API: a real HTTP server on loopback that answers like Meta.

    with FakeGraph(access_token="test-token") as graph:
        settings.WHATSAPP_GRAPH_URL = graph.url
        ...
        assert graph.sent_texts() == ["Hola"]

- `POST /{version}/{phone_number_id}/messages`: checks the Bearer token (190 when wrong or after
  `expire_token()`), answers `{"messaging_product", "contacts", "messages": [{"id": "wamid..."}]}`;
  mark-as-read bodies answer `{"success": true}`. `fail_next(code, times=1, to=None)` makes the next
  sends answer with Meta's error body for that code (130429, 131056, 131047, 131026, 190, 131000,
  100) or, for an HTTP status code ≥ 500 given as `http_status`, a bare server error.
  `delay_next(seconds)` answers late (for timeouts).
- Templates: once `approve_template(name, language, params=N)` has been called, a template message
  must name an approved (name, language) pair, or Meta's 132001 comes back, and carry exactly its N
  body parameters, or 132000; before any approval every template is accepted.
  `sent_templates()` lists what was accepted (name, language, parameters, recipient).
- `GET /{version}/{media_id}`: the media URL document; `GET /media/{media_id}`: the bytes given to
  `add_media()` or uploaded.
- `POST /{version}/{phone_number_id}/media` (multipart `messaging_product`, `type`, `file`): the upload
  Meta answers with `{"id": ...}`; `uploads()` lists what was uploaded (bytes and MIME type), and
  `sent_audio()` the uploaded bytes of each audio message sent.
Every request is recorded (`requests`, `sent_messages()`); nothing leaves the machine.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from email import policy as email_policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.fakes.loopback import LoopbackFake

# Meta's error bodies, as the Cloud API returns them (HTTP status, code, message, title/details).
ERRORS: dict[int, tuple[int, str, str]] = {
    130429: (429, "(#130429) Rate limit hit", "Cloud API message throughput has been reached."),
    131056: (
        429,
        "(#131056) (Business Account, Consumer Account) pair rate limit hit",
        "Message failed to send because there were too many messages sent from this phone number to the "
        "same phone number in a short period of time.",
    ),
    131047: (
        400,
        "(#131047) Re-engagement message",
        "Message failed to send because more than 24 hours have passed since the customer last replied "
        "to this number.",
    ),
    131026: (400, "(#131026) Message Undeliverable", "Message Undeliverable."),
    190: (401, "Error validating access token: Session has expired.", ""),
    131000: (500, "(#131000) Something went wrong", "Message failed to send due to an unknown error."),
    100: (400, "(#100) Invalid parameter", "Parameter value is not valid."),
    132000: (
        400,
        "(#132000) Number of parameters does not match the expected number of params",
        "body: number of localizable_params (1) does not match the expected number of params (3)",
    ),
    132001: (
        404,
        "(#132001) Template name does not exist in the translation",
        "template name does not exist",
    ),
}


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] | None
    answered_status: int = 0
    raw: bytes = b""


@dataclass
class _Failure:
    code: int | None
    http_status: int | None
    times: int
    to: str | None


@dataclass
class FakeGraph(LoopbackFake):
    access_token: str = "test-access-token"
    version: str = "v23.0"
    requests: list[RecordedRequest] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._failures: list[_Failure] = []
        self._delays: list[float] = []
        self._media: dict[str, tuple[bytes, str]] = {}
        self._uploads: list[tuple[str, bytes, str]] = []  # (media id, bytes, MIME type)
        self._token_expired = False
        self._templates: dict[tuple[str, str], int] = {}

    # --- lifecycle ---------------------------------------------------------------------------
    def start(self) -> FakeGraph:
        graph = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                return

            def do_GET(self) -> None:
                graph._handle(self, "GET")

            def do_POST(self) -> None:
                graph._handle(self, "POST")

        return self._serve(Handler, name="fake-graph")

    @property
    def url(self) -> str:
        return self._root

    # --- scripting ---------------------------------------------------------------------------
    def fail_next(
        self,
        code: int | None = None,
        *,
        times: int = 1,
        to: str | None = None,
        http_status: int | None = None,
    ) -> None:
        """Answer the next `times` sends (to `to` only, if given) with Meta's error `code`."""
        with self._lock:
            self._failures.append(_Failure(code=code, http_status=http_status, times=times, to=to))

    def delay_next(self, seconds: float) -> None:
        with self._lock:
            self._delays.append(seconds)

    def expire_token(self) -> None:
        self._token_expired = True

    def renew_token(self) -> None:
        self._token_expired = False

    def approve_template(self, name: str, language: str, *, params: int = 0) -> None:
        """A template as Meta approved it: its name, language code and number of body parameters."""
        with self._lock:
            self._templates[(name, language)] = params

    def add_media(self, media_id: str, content: bytes, mime_type: str = "audio/ogg") -> None:
        self._media[media_id] = (content, mime_type)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._failures.clear()
            self._delays.clear()
        self._token_expired = False

    # --- reading what it got -----------------------------------------------------------------
    def sent_messages(self) -> list[dict[str, Any]]:
        """Message bodies Meta accepted (not mark-as-read, not refused ones), in order."""
        with self._lock:
            return [
                r.body
                for r in self.requests
                if r.method == "POST"
                and r.path.endswith("/messages")
                and r.body is not None
                and r.body.get("status") != "read"
                and r.answered_status == 200
            ]

    def sent_texts(self) -> list[str]:
        texts = []
        for body in self.sent_messages():
            if body.get("type") == "text":
                texts.append(body["text"]["body"])
            elif body.get("type") == "interactive":
                texts.append(body["interactive"]["body"]["text"])
            elif body.get("type") == "template":
                texts.append(f"template:{body['template']['name']}")
        return texts

    def sent_templates(self) -> list[dict[str, Any]]:
        """Accepted template messages: `{"name", "language", "params", "to"}` in order."""
        sent = []
        for body in self.sent_messages():
            if body.get("type") != "template":
                continue
            template = body["template"]
            params = [
                p.get("text", "")
                for component in template.get("components", [])
                if component.get("type") == "body"
                for p in component.get("parameters", [])
            ]
            sent.append(
                {
                    "name": template["name"],
                    "language": template["language"]["code"],
                    "params": params,
                    "to": body.get("to"),
                }
            )
        return sent

    def uploads(self) -> list[tuple[str, bytes, str]]:
        with self._lock:
            return list(self._uploads)

    def sent_audio(self) -> list[bytes]:
        """The uploaded bytes of every audio message Meta accepted, in order."""
        media = {media_id: content for media_id, content, _ in self.uploads()}
        return [
            media.get(body["audio"].get("id", ""), b"")
            for body in self.sent_messages()
            if body.get("type") == "audio"
        ]

    def read_receipts(self) -> list[str]:
        with self._lock:
            return [
                r.body["message_id"]
                for r in self.requests
                if r.body is not None and r.body.get("status") == "read" and r.answered_status == 200
            ]

    def wait_for_sent(self, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            sent = self.sent_messages()
            if len(sent) >= count:
                return sent
            time.sleep(0.02)
        return self.sent_messages()

    # --- the server side ---------------------------------------------------------------------
    def _handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        body: dict[str, Any] | None = None
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                body = {"_unparsable": raw.decode("utf-8", "replace")}
        record = RecordedRequest(
            method=method, path=handler.path, headers=dict(handler.headers.items()), body=body, raw=raw
        )
        with self._lock:
            self.requests.append(record)
            delay = self._delays.pop(0) if self._delays else 0.0
        if delay:
            time.sleep(delay)
        status, payload, content_type = self._answer(method, handler.path, handler.headers, body, raw)
        record.answered_status = status
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
            pass

    def _answer(
        self, method: str, path: str, headers: Any, body: dict[str, Any] | None, raw: bytes = b""
    ) -> tuple[int, dict[str, Any] | bytes, str]:
        auth = headers.get("Authorization", "")
        if self._token_expired or auth != f"Bearer {self.access_token}":
            return (*self._error_body(190), "application/json")
        parts = [p for p in path.split("?")[0].split("/") if p]
        if method == "GET" and len(parts) == 2 and parts[0] == "media":
            media = self._media.get(parts[1])
            if media is None:
                return 404, {"error": {"message": "not found", "code": 100}}, "application/json"
            return 200, media[0], media[1]
        if method == "GET" and len(parts) == 2 and parts[0] == self.version:
            media = self._media.get(parts[1])
            if media is None:
                return (*self._error_body(100), "application/json")
            return (
                200,
                {
                    "messaging_product": "whatsapp",
                    "url": f"{self.url}/media/{parts[1]}",
                    "mime_type": media[1],
                    "sha256": "0" * 64,
                    "file_size": len(media[0]),
                    "id": parts[1],
                },
                "application/json",
            )
        if method == "POST" and len(parts) == 3 and parts[0] == self.version and parts[2] == "media":
            return (*self._upload(headers, raw), "application/json")
        if method == "POST" and len(parts) == 3 and parts[0] == self.version and parts[2] == "messages":
            if body is None or body.get("messaging_product") != "whatsapp":
                return (*self._error_body(100), "application/json")
            if body.get("status") == "read":
                return 200, {"success": True}, "application/json"
            refused = self._template_refusal(body)
            if refused is not None:
                return (*self._error_body(refused), "application/json")
            failure = self._take_failure(str(body.get("to", "")))
            if failure is not None:
                if failure.code is None:
                    return failure.http_status or 500, b"<html>Server Error</html>", "text/html"
                return (*self._error_body(failure.code), "application/json")
            wamid = "wamid.FAKE" + uuid.uuid4().hex.upper()
            return (
                200,
                {
                    "messaging_product": "whatsapp",
                    "contacts": [{"input": body.get("to"), "wa_id": body.get("to")}],
                    "messages": [{"id": wamid, "message_status": "accepted"}],
                },
                "application/json",
            )
        return 404, {"error": {"message": "Unknown path", "code": 100}}, "application/json"

    def _template_refusal(self, body: dict[str, Any]) -> int | None:
        """Meta's error code for a template it would refuse, or None."""
        if body.get("type") != "template":
            return None
        template = body.get("template") or {}
        name = str(template.get("name", ""))
        language = str((template.get("language") or {}).get("code", ""))
        if not name or not language:
            return 100
        with self._lock:
            if not self._templates:
                return None
            expected = self._templates.get((name, language))
        if expected is None:
            return 132001
        given = sum(
            len(component.get("parameters", []))
            for component in template.get("components", [])
            if component.get("type") == "body"
        )
        return None if given == expected else 132000

    def _upload(self, headers: Any, raw: bytes) -> tuple[int, dict[str, Any]]:
        """Meta's media upload: multipart with `messaging_product=whatsapp`, `type` and `file`."""
        content_type = headers.get("Content-Type", "")
        if not content_type.startswith("multipart/form-data"):
            return self._error_body(100)
        parsed = BytesParser(policy=email_policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw
        )
        fields: dict[str, tuple[bytes, str]] = {}
        for part in parsed.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            fields[str(name)] = (payload if isinstance(payload, bytes) else b"", part.get_content_type())
        if fields.get("messaging_product", (b"",))[0] != b"whatsapp" or "file" not in fields:
            return self._error_body(100)
        mime_type = fields.get("type", (b"",))[0].decode() or fields["file"][1]
        media_id = str(uuid.uuid4().int)[:16]
        with self._lock:
            self._uploads.append((media_id, fields["file"][0], mime_type))
        self._media[media_id] = (fields["file"][0], mime_type)
        return 200, {"id": media_id}

    def _take_failure(self, to: str) -> _Failure | None:
        with self._lock:
            for failure in self._failures:
                if failure.to is None or failure.to.lstrip("+") == to:
                    failure.times -= 1
                    if failure.times <= 0:
                        self._failures.remove(failure)
                    return failure
        return None

    @staticmethod
    def _error_body(code: int) -> tuple[int, dict[str, Any]]:
        http_status, message, details = ERRORS.get(code, (400, f"(#{code}) Error", ""))
        error: dict[str, Any] = {
            "message": message,
            "type": "OAuthException",
            "code": code,
            "fbtrace_id": "A" + uuid.uuid4().hex[:22],
        }
        if details:
            error["error_data"] = {"messaging_product": "whatsapp", "details": details}
        if code == 190:
            error["error_subcode"] = 463
        return http_status, {"error": error}
