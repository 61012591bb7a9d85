"""Text to speech: one port, two adapters, chosen by `TTS_ENGINE`; both give OGG/Opus bytes.

- `espeak`: espeak-ng (Debian's package), one voice per language, run as a process.
- `piper`: the `piper-tts` package with its voice files (`<lang>_<REGION>-<name>-<quality>.onnx` and
  its `.onnx.json`) in `TTS_VOICE_DIR`, loaded once per process.
- `none` or empty: no voice replies.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import structlog
from django.conf import settings

from channels_app.speech.audio import AudioUnreadable, encode_ogg_opus, wav_samples
from channels_app.speech.errors import TtsUnavailable

log = structlog.get_logger(__name__)

ESPEAK_VOICES = {"es": "es", "en": "en-gb", "pt": "pt", "fr": "fr-fr", "de": "de", "it": "it"}
ESPEAK_WORDS_PER_MINUTE = 160
SYNTHESIS_TIMEOUT_SECONDS = 30.0
MAX_TEXT = 1500  # a voice message of a few minutes at most; longer replies are read in text


@dataclass(frozen=True)
class Speech:
    ogg_opus: bytes
    seconds: float


class Synthesizer(Protocol):
    name: str

    def synthesise(self, text: str, *, language: str) -> Speech: ...


def _speech(samples: np.ndarray, rate: int) -> Speech:
    if len(samples) == 0:
        raise TtsUnavailable("the engine produced no audio")
    return Speech(ogg_opus=encode_ogg_opus(samples, rate=rate), seconds=len(samples) / rate)


class EspeakSynthesizer:
    name = "espeak"

    def __init__(self, *, binary: str = "espeak-ng") -> None:
        found = shutil.which(binary)
        if found is None:
            raise TtsUnavailable(f"{binary} is not installed (apt-get install espeak-ng)")
        self.binary = found

    def synthesise(self, text: str, *, language: str) -> Speech:
        voice = ESPEAK_VOICES.get(language, "en-gb")
        started = time.perf_counter()
        try:
            done = subprocess.run(  # noqa: S603 - fixed binary, text on stdin
                [self.binary, "-v", voice, "-s", str(ESPEAK_WORDS_PER_MINUTE), "--stdin", "--stdout"],
                input=text[:MAX_TEXT].encode(),
                capture_output=True,
                timeout=SYNTHESIS_TIMEOUT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise TtsUnavailable("espeak-ng timed out") from exc
        if done.returncode != 0:
            raise TtsUnavailable(f"espeak-ng failed: {done.stderr.decode(errors='replace')[:200]}")
        try:
            samples, rate = wav_samples(done.stdout)
        except AudioUnreadable as exc:
            raise TtsUnavailable(str(exc)) from exc
        speech = _speech(samples, rate)
        log.info(
            "tts.call", engine=self.name, language=language, seconds=round(speech.seconds, 2), ms=_ms(started)
        )
        return speech


class PiperSynthesizer:
    """piper-tts voices from `voice_dir`, one per language, loaded on first use."""

    name = "piper"

    def __init__(self, *, voice_dir: str) -> None:
        try:
            import piper  # noqa: F401
        except ImportError as exc:
            raise TtsUnavailable("piper-tts is not installed (uv add piper-tts)") from exc
        self.voice_dir = Path(voice_dir)
        if not self.voice_dir.is_dir():
            raise TtsUnavailable(f"TTS_VOICE_DIR {voice_dir!r} is not a directory")
        self._voices: dict[str, Any] = {}
        self._lock = threading.Lock()

    def _voice(self, language: str) -> Any:
        with self._lock:
            if language not in self._voices:
                from piper import PiperVoice

                candidates = sorted(self.voice_dir.glob(f"{language}_*.onnx")) or sorted(
                    self.voice_dir.glob(f"{language}*.onnx")
                )
                if not candidates:
                    raise TtsUnavailable(f"no piper voice for {language!r} in {self.voice_dir}")
                self._voices[language] = PiperVoice.load(str(candidates[0]))
            return self._voices[language]

    def synthesise(self, text: str, *, language: str) -> Speech:
        voice = self._voice(language)
        started = time.perf_counter()
        chunks: list[np.ndarray] = []
        rate = int(voice.config.sample_rate)
        for chunk in voice.synthesize(text[:MAX_TEXT]):  # piper-tts ≥ 1.3: AudioChunk per sentence
            chunks.append(np.frombuffer(chunk.audio_int16_bytes, dtype="<i2"))
            rate = int(chunk.sample_rate)
        samples = np.concatenate(chunks).astype(np.int16) if chunks else np.zeros(0, dtype=np.int16)
        speech = _speech(samples, rate)
        log.info(
            "tts.call", engine=self.name, language=language, seconds=round(speech.seconds, 2), ms=_ms(started)
        )
        return speech


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


_engines: dict[tuple[str, str], Synthesizer] = {}
_engines_lock = threading.Lock()


def voice_replies_enabled() -> bool:
    return settings.TTS_ENGINE in ("espeak", "piper")


def synthesizer() -> Synthesizer:
    """The configured engine; `TtsUnavailable` when there is none or it cannot run here."""
    engine, voice_dir = settings.TTS_ENGINE, settings.TTS_VOICE_DIR
    if not voice_replies_enabled():
        raise TtsUnavailable("TTS_ENGINE is off")
    with _engines_lock:
        found = _engines.get((engine, voice_dir))
        if found is None:
            found = EspeakSynthesizer() if engine == "espeak" else PiperSynthesizer(voice_dir=voice_dir)
            _engines[(engine, voice_dir)] = found
        return found
