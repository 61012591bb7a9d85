"""The WhatsApp Cloud API adapter: the only module that knows Meta's send JSON or imports httpx for it.

`POST {graph}/{version}/{phone_number_id}/messages` with the Bearer token; media through
`GET {graph}/{version}/{media_id}` (gives a URL) and a GET of that URL with the same token.
Every call has a timeout, a log line with its duration, and raises an error of `errors.py`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx
import structlog
from django.conf import settings

from channels_app.whatsapp.errors import Rejected, Temporary, TimedOut, WhatsAppError, error_for

log = structlog.get_logger(__name__)

MAX_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_LIST_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_DESCRIPTION = 72
MAX_LIST_BUTTON_LABEL = 20
MAX_TEXT = 4096
MAX_INTERACTIVE_BODY = 1024


@dataclass(frozen=True)
class Button:
    id: str
    title: str


@dataclass(frozen=True)
class ListRow:
    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class MediaContent:
    content: bytes
    mime_type: str
    sha256: str = ""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)


class WhatsAppClient:
    """One sender number's client. Cheap to make; share one per process through `get_client()`."""

    def __init__(
        self,
        *,
        graph_url: str,
        version: str,
        phone_number_id: str,
        access_token: str,
        connect_timeout: float = 3.0,
        read_timeout: float = 10.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base = f"{graph_url.rstrip('/')}/{version}"
        self.phone_number_id = phone_number_id
        self._http = httpx.Client(
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            headers={"Authorization": f"Bearer {access_token}"},
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    # --- sending -----------------------------------------------------------------------------
    def send_text(self, *, to: str, body: str, reply_to: str = "", callback_data: str = "") -> str:
        _check(0 < len(body) <= MAX_TEXT, f"text must have 1..{MAX_TEXT} characters")
        return self._send(
            to, {"type": "text", "text": {"body": body, "preview_url": False}}, reply_to, callback_data
        )

    def send_buttons(
        self, *, to: str, body: str, buttons: Sequence[Button], reply_to: str = "", callback_data: str = ""
    ) -> str:
        _check(0 < len(buttons) <= MAX_BUTTONS, f"reply buttons: 1..{MAX_BUTTONS}")
        _check(
            all(0 < len(b.title) <= MAX_BUTTON_TITLE for b in buttons),
            f"button titles: 1..{MAX_BUTTON_TITLE} chars",
        )
        _check(0 < len(body) <= MAX_INTERACTIVE_BODY, f"interactive body: 1..{MAX_INTERACTIVE_BODY} chars")
        interactive = {
            "type": "button",
            "body": {"text": body},
            "action": {
                "buttons": [{"type": "reply", "reply": {"id": b.id, "title": b.title}} for b in buttons]
            },
        }
        return self._send(to, {"type": "interactive", "interactive": interactive}, reply_to, callback_data)

    def send_list(
        self,
        *,
        to: str,
        body: str,
        button_label: str,
        rows: Sequence[ListRow],
        section_title: str = "",
        reply_to: str = "",
        callback_data: str = "",
    ) -> str:
        _check(0 < len(rows) <= MAX_LIST_ROWS, f"list rows: 1..{MAX_LIST_ROWS}")
        _check(all(0 < len(r.title) <= MAX_ROW_TITLE for r in rows), f"row titles: 1..{MAX_ROW_TITLE} chars")
        _check(all(len(r.description) <= MAX_ROW_DESCRIPTION for r in rows), "row descriptions: ≤72 chars")
        _check(0 < len(button_label) <= MAX_LIST_BUTTON_LABEL, "list button label: 1..20 chars")
        _check(0 < len(body) <= MAX_INTERACTIVE_BODY, f"interactive body: 1..{MAX_INTERACTIVE_BODY} chars")
        section: dict[str, Any] = {
            "rows": [
                {"id": r.id, "title": r.title, **({"description": r.description} if r.description else {})}
                for r in rows
            ]
        }
        if section_title:
            section["title"] = section_title[:24]
        interactive = {
            "type": "list",
            "body": {"text": body},
            "action": {"button": button_label, "sections": [section]},
        }
        return self._send(to, {"type": "interactive", "interactive": interactive}, reply_to, callback_data)

    def send_template(
        self, *, to: str, name: str, language: str, params: Sequence[str] = (), callback_data: str = ""
    ) -> str:
        _check(bool(name) and bool(language), "a template needs a name and a language")
        template: dict[str, Any] = {"name": name, "language": {"code": language}}
        if params:
            template["components"] = [
                {"type": "body", "parameters": [{"type": "text", "text": p} for p in params]}
            ]
        return self._send(to, {"type": "template", "template": template}, "", callback_data)

    def send_media(
        self,
        *,
        to: str,
        kind: str,
        media_id: str = "",
        link: str = "",
        caption: str = "",
        filename: str = "",
        callback_data: str = "",
    ) -> str:
        _check(kind in {"image", "audio", "video", "document", "sticker"}, f"unknown media kind {kind!r}")
        _check(bool(media_id) != bool(link), "media needs exactly one of media_id and link")
        media: dict[str, Any] = {"id": media_id} if media_id else {"link": link}
        if caption and kind in {"image", "video", "document"}:
            media["caption"] = caption
        if filename and kind == "document":
            media["filename"] = filename
        return self._send(to, {"type": kind, kind: media}, "", callback_data)

    def mark_read(self, *, message_id: str) -> None:
        """Blue ticks on the guest's message (not an answer: nothing reaches the guest's chat)."""
        self._post_messages(
            {"messaging_product": "whatsapp", "status": "read", "message_id": message_id}, op="mark_read"
        )

    def _send(self, to: str, content: dict[str, Any], reply_to: str, callback_data: str) -> str:
        payload: dict[str, Any] = {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": to.lstrip("+"),
            **content,
        }
        if reply_to:
            payload["context"] = {"message_id": reply_to}
        if callback_data:
            # Meta echoes it in the status webhooks: how a send whose answer was lost is recognised.
            payload["biz_opaque_callback_data"] = callback_data[:512]
        body = self._post_messages(payload, op=f"send_{content['type']}")
        try:
            return str(body["messages"][0]["id"])
        except (KeyError, IndexError, TypeError) as exc:
            raise Temporary("answer without a message id", http_status=200) from exc

    def _post_messages(self, payload: dict[str, Any], *, op: str) -> dict[str, Any]:
        return self._request("POST", f"{self.base}/{self.phone_number_id}/messages", op=op, json=payload)

    # --- media -------------------------------------------------------------------------------
    def media_info(self, *, media_id: str) -> dict[str, Any]:
        """`{"url", "mime_type", "sha256", "file_size", "id"}`; the URL is short-lived."""
        return self._request("GET", f"{self.base}/{media_id}", op="media_info")

    def fetch_media(self, *, media_id: str) -> MediaContent:
        info = self.media_info(media_id=media_id)
        url = str(info.get("url") or "")
        if not url:
            raise Rejected("media without a URL")
        started = time.perf_counter()
        try:
            response = self._http.get(url)
        except httpx.TimeoutException as exc:
            raise Temporary("media download timed out") from exc
        except httpx.TransportError as exc:
            raise Temporary(f"media download failed: {type(exc).__name__}") from exc
        log.info("whatsapp.call", op="media_download", status=response.status_code, ms=_ms(started))
        if response.status_code != 200:
            raise self._error(response)
        return MediaContent(
            content=response.content,
            mime_type=str(info.get("mime_type") or response.headers.get("content-type", "")),
            sha256=str(info.get("sha256") or ""),
        )

    def upload_media(self, *, content: bytes, mime_type: str, filename: str) -> str:
        """`POST {graph}/{version}/{phone_number_id}/media` (multipart); returns the media id to send."""
        started = time.perf_counter()
        url = f"{self.base}/{self.phone_number_id}/media"
        try:
            response = self._http.post(
                url,
                data={"messaging_product": "whatsapp", "type": mime_type},
                files={"file": (filename, content, mime_type)},
            )
        except httpx.TimeoutException as exc:
            log.warning("whatsapp.call", op="media_upload", outcome="timeout", ms=_ms(started))
            raise Temporary("media upload timed out") from exc
        except httpx.TransportError as exc:
            log.warning("whatsapp.call", op="media_upload", outcome="transport_error", ms=_ms(started))
            raise Temporary(f"media upload failed: {type(exc).__name__}") from exc
        log.info(
            "whatsapp.call",
            op="media_upload",
            status=response.status_code,
            bytes=len(content),
            ms=_ms(started),
        )
        if response.status_code >= 400:
            raise self._error(response)
        try:
            return str(response.json()["id"])
        except (ValueError, KeyError, TypeError) as exc:
            raise Temporary("media upload answer without an id", http_status=response.status_code) from exc

    # --- plumbing ----------------------------------------------------------------------------
    def _request(
        self, method: str, url: str, *, op: str, json: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            response = self._http.request(method, url, json=json)
        except (httpx.ConnectTimeout, httpx.PoolTimeout) as exc:  # never left this machine
            log.warning("whatsapp.call", op=op, outcome="connect_timeout", ms=_ms(started))
            raise Temporary(f"{op}: no connection in time") from exc
        except httpx.TimeoutException as exc:
            log.warning("whatsapp.call", op=op, outcome="timeout", ms=_ms(started))
            raise TimedOut(f"{op} timed out ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            log.warning("whatsapp.call", op=op, outcome="transport_error", ms=_ms(started))
            raise Temporary(f"{op} failed: {type(exc).__name__}") from exc
        if response.status_code >= 400:
            error = self._error(response)
            log.warning("whatsapp.call", op=op, status=response.status_code, code=error.code, ms=_ms(started))
            raise error
        log.info("whatsapp.call", op=op, status=response.status_code, ms=_ms(started))
        try:
            body = response.json()
        except ValueError as exc:
            raise Temporary(f"{op}: answer is not JSON", http_status=response.status_code) from exc
        if not isinstance(body, dict):
            raise Temporary(f"{op}: unexpected answer", http_status=response.status_code)
        return body

    @staticmethod
    def _error(response: httpx.Response) -> WhatsAppError:
        code: int | None = None
        title = f"HTTP {response.status_code}"
        details = ""
        try:
            error = response.json().get("error", {})
            if isinstance(error.get("code"), int):
                code = error["code"]
            title = str(error.get("error_user_title") or error.get("message") or title)
            data = error.get("error_data") or {}
            details = str(data.get("details", "")) if isinstance(data, dict) else str(data)
        except (ValueError, AttributeError):
            pass
        return error_for(code=code, title=title, http_status=response.status_code, details=details)


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


_clients: dict[tuple[str | float, ...], WhatsAppClient] = {}
_clients_lock = threading.Lock()


def get_client(*, phone_number_id: str = "") -> WhatsAppClient:
    """The process's client for `phone_number_id` (default: `WHATSAPP_PHONE_NUMBER_ID`)."""
    key = (
        settings.WHATSAPP_GRAPH_URL,
        settings.WHATSAPP_GRAPH_VERSION,
        phone_number_id or settings.WHATSAPP_PHONE_NUMBER_ID,
        settings.WHATSAPP_ACCESS_TOKEN,
        settings.WHATSAPP_CONNECT_TIMEOUT_SECONDS,
        settings.WHATSAPP_READ_TIMEOUT_SECONDS,
    )
    with _clients_lock:
        client = _clients.get(key)
        if client is None:
            client = WhatsAppClient(
                graph_url=str(key[0]),
                version=str(key[1]),
                phone_number_id=str(key[2]),
                access_token=str(key[3]),
                connect_timeout=float(key[4]),
                read_timeout=float(key[5]),
            )
            _clients[key] = client
        return client


def reset_clients() -> None:
    """Close and forget every client (settings changed, e.g. in tests)."""
    with _clients_lock:
        for client in _clients.values():
            client.close()
        _clients.clear()
