"""Real audio for the speech tests: espeak-ng speaks a script, PyAV encodes it as WhatsApp does.

espeak-ng is Debian's (`.ci/run` and `make test-prereqs` install it); nothing is downloaded.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

import numpy as np

from channels_app.speech.audio import encode_ogg_opus, wav_samples
from tests.support.prereqs import require_or_skip

ESPEAK_VOICES = {"es": "es", "en": "en-gb", "pt": "pt", "fr": "fr-fr", "de": "de", "it": "it"}


@dataclass(frozen=True)
class Spoken:
    text: str
    language: str
    wav: bytes
    seconds: float
    ogg_opus: bytes  # what WhatsApp's voice notes are


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def require_espeak() -> None:
    if not espeak_available():
        require_or_skip("espeak-ng is not installed (apt-get install espeak-ng; .ci/run installs it)")


def speak(text: str, *, language: str) -> Spoken:
    require_espeak()
    done = subprocess.run(
        ["espeak-ng", "-v", ESPEAK_VOICES[language], "--stdin", "--stdout"],
        input=text.encode(),
        capture_output=True,
        check=True,
        timeout=30,
    )
    samples, rate = wav_samples(done.stdout)
    return Spoken(
        text=text,
        language=language,
        wav=done.stdout,
        seconds=len(samples) / rate,
        ogg_opus=encode_ogg_opus(samples, rate=rate),
    )


def silent_note(seconds: float = 3.0) -> bytes:
    """A voice note of room noise far below speech (about -70 dBFS)."""
    rng = np.random.default_rng(7)
    noise = (rng.standard_normal(int(16000 * seconds)) * 10).astype(np.int16)
    return encode_ogg_opus(noise, rate=16000)


def long_note(seconds: float) -> bytes:
    """A loud tone of `seconds` (a note longer than the limit)."""
    t = np.arange(int(16000 * seconds)) / 16000
    return encode_ogg_opus((np.sin(2 * np.pi * 220 * t) * 8000).astype(np.int16), rate=16000)


def corrupt_note() -> bytes:
    """An OGG page header followed by garbage: what a truncated or damaged upload looks like."""
    return b"OggS\x00\x02" + bytes(range(256)) * 8
