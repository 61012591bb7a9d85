"""Speech to text: one port, two adapters, chosen by `STT_ENGINE`.

- `openai`: any OpenAI-compatible `POST {STT_URL}/v1/audio/transcriptions` (hosted services,
  faster-whisper-server, whisper.cpp's server, LocalAI). Sent a 16 kHz mono WAV, `model`, the
  language hint and `response_format=verbose_json` (whose `language` is the one detected).
- `faster-whisper`: in process, the CTranslate2 Whisper model in `STT_MODEL_DIR`. Nothing is ever
  downloaded: without the directory the engine is off.
- `none` or empty: no engine (`transcriber()` is None), and voice notes get the polite request.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx
import structlog
from django.conf import settings

from channels_app.speech.audio import DecodedAudio
from channels_app.speech.errors import SttRejected, SttUnavailable

log = structlog.get_logger(__name__)

# Whisper answers language names in verbose_json ("spanish"); we keep ISO 639-1 codes.
LANGUAGE_CODES = {
    "spanish": "es",
    "english": "en",
    "portuguese": "pt",
    "french": "fr",
    "german": "de",
    "italian": "it",
    "catalan": "ca",
    "dutch": "nl",
}
# faster-whisper: below this confidence in the detected language, the conversation's is used.
LANGUAGE_SURE = 0.5


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str  # ISO 639-1, as detected (or the hint when the engine does not say)


class Transcriber(Protocol):
    name: str

    def transcribe(self, audio: DecodedAudio, *, language_hint: str = "") -> Transcript: ...


def _language_code(value: str) -> str:
    value = (value or "").strip().lower()
    return LANGUAGE_CODES.get(value, value[:8])


class OpenAiTranscriber:
    """An OpenAI-compatible transcription endpoint."""

    name = "openai"

    def __init__(
        self,
        *,
        url: str,
        model: str,
        api_key: str = "",
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        base = url.rstrip("/")
        # STT_URL may be the server's root or its /v1.
        self.endpoint = (
            f"{base}/audio/transcriptions" if base.endswith("/v1") else f"{base}/v1/audio/transcriptions"
        )
        self.model = model
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=5.0), headers=headers, transport=transport
        )

    def transcribe(self, audio: DecodedAudio, *, language_hint: str = "") -> Transcript:
        data = {"model": self.model, "response_format": "verbose_json", "temperature": "0"}
        if language_hint:
            data["language"] = language_hint
        files = {"file": ("voice-note.wav", audio.wav(), "audio/wav")}
        started = time.perf_counter()
        try:
            response = self._http.post(self.endpoint, data=data, files=files)
        except httpx.TimeoutException as exc:
            log.warning("stt.call", engine=self.name, outcome="timeout", ms=_ms(started))
            raise SttUnavailable("transcription timed out") from exc
        except httpx.TransportError as exc:
            log.warning("stt.call", engine=self.name, outcome="transport_error", ms=_ms(started))
            raise SttUnavailable(f"transcription failed: {type(exc).__name__}") from exc
        log.info(
            "stt.call",
            engine=self.name,
            status=response.status_code,
            audio_seconds=round(audio.seconds, 2),
            ms=_ms(started),
        )
        if response.status_code == 429 or response.status_code >= 500:
            raise SttUnavailable(f"transcription server answered {response.status_code}")
        if response.status_code >= 400:
            raise SttRejected(f"transcription refused: HTTP {response.status_code} {response.text[:200]}")
        try:
            body: Any = response.json()
        except ValueError:
            # `response_format=text` servers answer the bare transcript.
            return Transcript(text=response.text.strip(), language=language_hint)
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            raise SttRejected("transcription answer without text")
        return Transcript(
            text=body["text"].strip(), language=_language_code(str(body.get("language") or language_hint))
        )


class FasterWhisperTranscriber:
    """Whisper in this process (CTranslate2 on the CPU, int8). The model is loaded once per process."""

    name = "faster-whisper"

    def __init__(self, *, model_dir: str, threads: int = 0) -> None:
        from faster_whisper import WhisperModel

        if not (Path(model_dir) / "model.bin").is_file():
            raise SttRejected(f"no CTranslate2 model in {model_dir}")
        started = time.perf_counter()
        self._model = WhisperModel(model_dir, device="cpu", compute_type="int8", cpu_threads=threads)
        self._lock = (
            threading.Lock()
        )  # one transcription at a time per model (CTranslate2 is not re-entrant here)
        log.info("stt.model_loaded", engine=self.name, ms=_ms(started))

    def transcribe(self, audio: DecodedAudio, *, language_hint: str = "") -> Transcript:
        samples = audio.float32()
        started = time.perf_counter()
        with self._lock:
            language = language_hint or None
            detected, probability, _ = self._model.detect_language(samples)
            if probability >= LANGUAGE_SURE or not language:
                language = detected
            segments, _info = self._model.transcribe(
                samples, language=language, beam_size=1, vad_filter=False, condition_on_previous_text=False
            )
            text = " ".join(segment.text.strip() for segment in segments).strip()
        log.info(
            "stt.call",
            engine=self.name,
            audio_seconds=round(audio.seconds, 2),
            language=language,
            language_probability=round(probability, 2),
            ms=_ms(started),
        )
        return Transcript(text=text, language=str(language or ""))


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


_engines: dict[tuple[Any, ...], Transcriber] = {}
_engines_lock = threading.Lock()


def transcriber() -> Transcriber | None:
    """The configured engine (one per process and configuration), or None when there is none.

    `faster-whisper` without `STT_MODEL_DIR`, or `openai` without `STT_URL`, is no engine: nothing is
    downloaded and nothing is guessed.
    """
    engine = settings.STT_ENGINE
    if engine == "openai" and settings.STT_URL:
        key: tuple[Any, ...] = (engine, settings.STT_URL, settings.STT_MODEL, settings.STT_API_KEY)
    elif engine == "faster-whisper" and settings.STT_MODEL_DIR:
        key = (engine, settings.STT_MODEL_DIR, settings.STT_THREADS)
    else:
        return None
    with _engines_lock:
        found = _engines.get(key)
        if found is None:
            if engine == "openai":
                found = OpenAiTranscriber(
                    url=settings.STT_URL,
                    model=settings.STT_MODEL,
                    api_key=settings.STT_API_KEY,
                    timeout=settings.STT_TIMEOUT_SECONDS,
                )
            else:
                found = FasterWhisperTranscriber(
                    model_dir=settings.STT_MODEL_DIR, threads=settings.STT_THREADS
                )
            _engines[key] = found
        return found
