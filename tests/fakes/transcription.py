"""A fake OpenAI-compatible speech-to-text server on loopback (`POST /v1/audio/transcriptions`).

    with FakeTranscription() as stt:
        stt.expect("hola, quería una habitación", seconds=2.41, language="es")
        settings.STT_ENGINE, settings.STT_URL = "openai", stt.url
        ...

It checks what a real server would need and what our decoder promises: a multipart upload with
`file` and `model`, the file a valid WAV of 16-bit 16 kHz mono PCM, and its length equal (within
`tolerance`) to a script the test registered; it answers that script in OpenAI's `verbose_json`
shape (`language` spelled out, as Whisper does). Anything else gets OpenAI's error body with 400.
`fail_next(status)` answers the next requests with a server error. `received` records each request.
"""

from __future__ import annotations

import io
import json
import threading
import wave
from dataclasses import dataclass, field
from email import policy as email_policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.fakes.loopback import LoopbackFake

LANGUAGE_NAMES = {
    "es": "spanish",
    "en": "english",
    "pt": "portuguese",
    "fr": "french",
    "de": "german",
    "it": "italian",
}


@dataclass(frozen=True)
class Script:
    text: str
    seconds: float
    language: str


@dataclass(frozen=True)
class Received:
    model: str
    language_hint: str
    response_format: str
    sample_rate: int
    channels: int
    seconds: float
    answered: str  # the script's text, or the error


@dataclass
class FakeTranscription(LoopbackFake):
    api_key: str = "test-stt-key"
    tolerance: float = 0.1
    received: list[Received] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._scripts: list[Script] = []
        self._failures: list[int] = []

    def expect(self, text: str, *, seconds: float, language: str) -> None:
        with self._lock:
            self._scripts.append(Script(text=text, seconds=seconds, language=language))

    def fail_next(self, status: int = 503, *, times: int = 1) -> None:
        with self._lock:
            self._failures.extend([status] * times)

    def start(self) -> FakeTranscription:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                status, body = fake._answer(self.path, self.headers, raw)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return self._serve(Handler, name="fake-stt")

    @property
    def url(self) -> str:
        return self._root

    @staticmethod
    def _error(message: str, status: int = 400) -> tuple[int, dict[str, Any]]:
        return status, {
            "error": {"message": message, "type": "invalid_request_error", "param": None, "code": None}
        }

    def _answer(self, path: str, headers: Any, raw: bytes) -> tuple[int, dict[str, Any]]:
        if path.split("?")[0] != "/v1/audio/transcriptions":
            return self._error("Unknown path", 404)
        if headers.get("Authorization", "") != f"Bearer {self.api_key}":
            return self._error("Incorrect API key provided", 401)
        with self._lock:
            failure = self._failures.pop(0) if self._failures else None
        if failure is not None:
            return self._error("The server is overloaded", failure)
        content_type = headers.get("Content-Type", "")
        if not content_type.startswith("multipart/form-data"):
            return self._error("expected multipart/form-data")
        parsed = BytesParser(policy=email_policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw
        )
        fields: dict[str, bytes] = {}
        for part in parsed.iter_parts():
            payload = part.get_payload(decode=True)
            fields[str(part.get_param("name", header="content-disposition"))] = (
                payload if isinstance(payload, bytes) else b""
            )
        if "file" not in fields or not fields.get("model"):
            return self._error("file and model are required")
        try:
            with wave.open(io.BytesIO(fields["file"]), "rb") as audio:
                rate, channels, width = audio.getframerate(), audio.getnchannels(), audio.getsampwidth()
                seconds = audio.getnframes() / rate
        except (wave.Error, EOFError) as exc:
            return self._error(f"Invalid file format: {exc}")
        hint = fields.get("language", b"").decode()
        response_format = fields.get("response_format", b"json").decode()
        script = None
        answered = ""
        if (rate, channels, width) != (16000, 1, 2):
            answered = f"expected 16 kHz mono 16-bit, got {rate} Hz, {channels} channels, {width * 8}-bit"
        else:
            with self._lock:
                candidates = [s for s in self._scripts if abs(s.seconds - seconds) <= self.tolerance]
            script = min(candidates, key=lambda s: abs(s.seconds - seconds)) if candidates else None
            if script is None:
                answered = f"no script of {seconds:.2f} s"
        with self._lock:
            self.received.append(
                Received(
                    model=fields["model"].decode(),
                    language_hint=hint,
                    response_format=response_format,
                    sample_rate=rate,
                    channels=channels,
                    seconds=seconds,
                    answered=script.text if script else answered,
                )
            )
        if script is None:
            return self._error(answered)
        return 200, {
            "task": "transcribe",
            "language": LANGUAGE_NAMES.get(script.language, script.language),
            "duration": round(seconds, 2),
            "text": script.text,
            "segments": [],
        }
