"""The HTTP side of the fake QloApps: auth (Basic key or ws_key), routing, status codes and headers."""

from __future__ import annotations

import base64
import json
import time
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from tests.fakes.qloapps_rules import GENERIC, RESOURCES, FakeError

if TYPE_CHECKING:
    from tests.fakes.qloapps import FakeQloApps


class FakeQloAppsHandler(BaseHTTPRequestHandler):
    owner: FakeQloApps
    key = ""
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server_version = "Apache/2.4.62 (Debian)"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def _handle(self, method: str) -> None:
        fake = self.owner
        started = time.perf_counter()
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        parts = urlsplit(self.path)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        segments = [s for s in parts.path.split("/") if s][1:]  # after "api"
        resource = segments[0] if segments else ""
        item_id = segments[1] if len(segments) > 1 else None
        fake.calls[(method, resource or "root")] += 1
        if fake.latency:
            time.sleep(fake.latency)
        status = fake.take_failure(method, resource)
        if status is not None:
            self._send(status, b"", content_type=None, started=started)
            return
        try:
            self._authorize(resource, query)
            body = self._route(method, resource, item_id, query, raw)
            self._send(201 if (method, resource) == ("POST", "order_histories") else 200,
                       json.dumps(body).encode(), started=started)  # fmt: skip
        except FakeError as exc:
            if exc.empty:
                self._send(exc.status, b"", content_type=None, started=started)
            else:
                payload = {"errors": [{"code": code, "message": message} for code, message in exc.errors]}
                self._send(exc.status, json.dumps(payload).encode(), started=started)
        except Unauthorized:
            self._send(401, b"401 Unauthorized", content_type="text/html; charset=utf-8", started=started,
                       extra={"WWW-Authenticate": 'Basic realm="Welcome to PrestaShop Webservice, please enter the authentication key as the login. No password required."'})  # fmt: skip

    def _authorize(self, resource: str, query: dict[str, str]) -> None:
        fake = self.owner
        key = query.get("ws_key", "")
        header = self.headers.get("Authorization", "")
        if header.startswith("Basic "):
            try:
                key = base64.b64decode(header[6:]).decode().split(":", 1)[0]
            except ValueError:
                key = "?"
        if not key:
            raise Unauthorized
        self.key = key
        if key in fake.restricted_keys:
            if resource and resource not in fake.restricted_keys[key]:
                raise FakeError(
                    401, [(26, f'Resource of type "{resource}" is not allowed with this authentication key')]
                )
            return
        if key != fake.api_key:
            raise FakeError(
                401,
                [
                    (20, "Authentification key is not active"),
                    (21, "No permission for this authentication key"),
                ],
            )

    def _route(
        self, method: str, resource: str, item_id: str | None, query: dict[str, str], raw: bytes
    ) -> Any:
        fake = self.owner
        if not resource:  # the resources this key may use (001, 095)
            return sorted(fake.restricted_keys.get(self.key, RESOURCES))
        if resource == "hotel_ari":
            if method != "POST":
                raise FakeError(405, [(23, f"Method {method} is not valid")])
            return fake.hotel_ari(raw.decode(errors="replace"))
        if resource == "bookings":
            if method == "DELETE":
                raise FakeError(405, [(101, "Method DELETE is not allowed for the resource bookings")])
            if method == "POST":
                return fake.create_booking(raw)
            if method == "PUT" and item_id:
                return fake.update_booking(item_id, raw)
            return fake.get_booking(item_id)
        if resource == "order_histories" and method == "POST":
            return fake.post_order_history(raw)
        if resource in GENERIC and method == "GET":
            return fake.generic_get(resource, item_id, query)
        if resource not in RESOURCES:
            raise FakeError(400, [(27, f'Resource of type "{resource}" does not exists.')])
        raise FakeError(405, [(23, f"Method {method} is not valid")])

    def _send(
        self, status: int, body: bytes, *, started: float, content_type: str | None = "application/json",
        extra: dict[str, str] | None = None,
    ) -> None:  # fmt: skip
        self.send_response(status)
        self.send_header("PSWS-Version", "1.6.1.23")
        self.send_header("X-Powered-By", "PrestaShop Webservice")
        self.send_header("Access-Time", str(int(time.time())))
        self.send_header("Execution-Time", f"{time.perf_counter() - started:.3f}")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        try:
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (a timeout test): nothing to answer


class Unauthorized(Exception):
    pass
