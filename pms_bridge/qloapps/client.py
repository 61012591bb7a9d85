"""HTTP client of the QloApps 1.6 webservice: auth, JSON output, and its errors turned into port errors.

The only module of the project that speaks HTTP to QloApps. Every call has a timeout and a log line
with its duration; metrics are counted one level up (`pms_bridge.resilient`).
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import structlog

from pms_bridge.errors import (
    PmsAuthenticationError,
    PmsError,
    PmsNoAvailability,
    PmsNotFound,
    PmsRateLimited,
    PmsUnavailable,
    PmsValidationError,
)

log = structlog.get_logger(__name__)

NO_ROOMS_MESSAGE = "Requested room(s) not available"
PHP_NOTICE_CODE = 5  # QloApps turns PHP notices into 500s although the work is done (fixtures 127-131)


class QloAppsPossiblyDone(PmsUnavailable):
    """QloApps answered 500 with only PHP-notice errors: the write may well have happened. Look it up."""


class QloAppsNoAnswer(PmsUnavailable):
    """The request may have reached QloApps but no answer came back (timeout, dropped connection)."""


def _errors(body: Any) -> list[dict[str, Any]]:
    if isinstance(body, dict) and isinstance(body.get("errors"), list):
        return [e for e in body["errors"] if isinstance(e, dict)]
    return []


def _messages(errors: list[dict[str, Any]]) -> str:
    return "; ".join(str(e.get("message", "")) for e in errors)[:500]


class QloAppsClient:
    def __init__(
        self, *, base_url: str, api_key: str, timeout: float, transport: httpx.BaseTransport | None = None
    ) -> None:
        base = base_url.rstrip("/")
        if not base.endswith("/api"):
            base = f"{base}/api"
        self._http = httpx.Client(
            base_url=base + "/",
            auth=httpx.BasicAuth(api_key, ""),
            headers={"Output-Format": "JSON", "Accept": "application/json"},
            timeout=httpx.Timeout(timeout),
            transport=transport,
            limits=httpx.Limits(max_connections=50, max_keepalive_connections=20),
        )

    def close(self) -> None:
        self._http.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        json_body: Any = None,
        xml_body: str | None = None,
    ) -> Any:
        headers: dict[str, str] = {}
        content: bytes | None = None
        if json_body is not None:
            content = json.dumps(json_body).encode()
            headers["Content-Type"] = "application/json"
        elif xml_body is not None:
            content = xml_body.encode()
            headers["Content-Type"] = "application/xml"
        started = time.perf_counter()
        resource = path.split("/", 1)[0] or "root"
        try:
            response = self._http.request(method, path, params=params, content=content, headers=headers)
        except httpx.TimeoutException as exc:
            self._log(method, resource, started, status=None, error="timeout")
            if method in ("POST", "PUT"):
                raise QloAppsNoAnswer(f"QloApps did not answer {method} {resource} in time") from exc
            raise PmsUnavailable(f"QloApps timed out on {method} {resource}") from exc
        except httpx.TransportError as exc:
            self._log(method, resource, started, status=None, error=type(exc).__name__)
            if method in ("POST", "PUT") and not isinstance(exc, httpx.ConnectError):
                raise QloAppsNoAnswer(f"QloApps connection lost on {method} {resource}") from exc
            raise PmsUnavailable(f"QloApps unreachable: {type(exc).__name__}") from exc
        self._log(method, resource, started, status=response.status_code)
        return self._parse(method, resource, response)

    @staticmethod
    def _log(method: str, resource: str, started: float, *, status: int | None, error: str = "") -> None:
        ms = round((time.perf_counter() - started) * 1000, 1)
        log.info("qloapps.http", method=method, resource=resource, status=status, ms=ms, error=error or None)

    @staticmethod
    def _parse(method: str, resource: str, response: httpx.Response) -> Any:
        status = response.status_code
        body: Any = None
        if response.content:
            try:
                body = response.json()
            except ValueError:
                body = None
        errors = _errors(body)
        if 200 <= status < 300:
            if body is None and response.content:
                raise PmsUnavailable(f"QloApps answered {resource} with something that is not JSON")
            return body
        error: PmsError
        if status == 401:
            error = PmsAuthenticationError(
                f"QloApps refused the API key: {_messages(errors) or 'unauthorized'}"
            )
        elif status == 404:
            error = PmsNotFound(f"QloApps has no such {resource}")
        elif status == 429:
            error = PmsRateLimited("QloApps asked us to slow down")
        elif status >= 500:
            if errors and all(e.get("code") == PHP_NOTICE_CODE for e in errors):
                error = QloAppsPossiblyDone(
                    f"QloApps answered {status} with PHP notices on {method} {resource}"
                )
            else:
                error = PmsUnavailable(
                    f"QloApps answered {status} on {method} {resource}: {_messages(errors)}"
                )
        elif any(NO_ROOMS_MESSAGE in str(e.get("message", "")) for e in errors):
            error = PmsNoAvailability("Requested room(s) not available.")
        else:
            error = PmsValidationError(f"QloApps refused {method} {resource} ({status}): {_messages(errors)}")
        raise error
