"""Audio in and out with PyAV (FFmpeg's libraries): guests' notes to 16 kHz mono, replies to OGG/Opus.

WhatsApp voice notes are OGG/Opus; other apps send AMR, AAC in MP4/M4A, MP3 or WAV. Everything is
decoded to 16-bit 16 kHz mono (what Whisper models read) and checked for length and silence before any
speech-to-text engine sees it. Replies are encoded as OGG/Opus, mono, 48 kHz, which WhatsApp plays as
a voice message.
"""

from __future__ import annotations

import io
import math
import wave
from dataclasses import dataclass

import av
import numpy as np

from channels_app.speech.errors import AudioTooLong, AudioUnreadable

SAMPLE_RATE = 16_000
OPUS_RATE = 48_000
OPUS_BIT_RATE = 32_000
# Loudness is measured over windows of this length; a note is silent when none reaches the threshold.
WINDOW_SECONDS = 0.1
# A little over the limit is let through: containers round their durations.
LENGTH_TOLERANCE_SECONDS = 0.5
_DECODE_ERRORS = (av.FFmpegError, ValueError, OSError, EOFError, IndexError)


@dataclass(frozen=True)
class DecodedAudio:
    """16-bit samples, mono, `SAMPLE_RATE` per second."""

    samples: np.ndarray

    @property
    def seconds(self) -> float:
        return len(self.samples) / SAMPLE_RATE

    def loudest_dbfs(self) -> float:
        """The loudest 100 ms window's RMS level in dB below full scale (-inf for digital silence)."""
        window = int(SAMPLE_RATE * WINDOW_SECONDS)
        if len(self.samples) == 0:
            return -math.inf
        padded = np.zeros(math.ceil(len(self.samples) / window) * window, dtype=np.float64)
        padded[: len(self.samples)] = self.samples
        rms = np.sqrt(np.mean(np.square(padded.reshape(-1, window)), axis=1))
        loudest = float(rms.max())
        return 20 * math.log10(loudest / 32768) if loudest > 0 else -math.inf

    def is_silent(self, *, threshold_dbfs: float) -> bool:
        return self.loudest_dbfs() < threshold_dbfs

    def wav(self) -> bytes:
        """The samples as a WAV file (PCM 16-bit, 16 kHz, mono): what an STT server is sent."""
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(SAMPLE_RATE)
            out.writeframes(self.samples.astype("<i2").tobytes())
        return buffer.getvalue()

    def float32(self) -> np.ndarray:
        """Samples in [-1, 1], as faster-whisper takes them."""
        return self.samples.astype(np.float32) / 32768.0


def decode(content: bytes, *, max_seconds: float) -> DecodedAudio:
    """`content` (any container and codec FFmpeg reads) as 16 kHz mono.

    Raises `AudioUnreadable` for empty, corrupt or audio-less input and `AudioTooLong` past
    `max_seconds`, stopping as soon as the limit is passed (a two-hour file is never decoded whole).
    """
    if not content:
        raise AudioUnreadable("no audio bytes")
    limit = int((max_seconds + LENGTH_TOLERANCE_SECONDS) * SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    total = 0
    try:
        with av.open(io.BytesIO(content), mode="r") as container:
            if not container.streams.audio:
                raise AudioUnreadable("no audio stream")
            stream = container.streams.audio[0]
            declared = (
                float(stream.duration * stream.time_base) if stream.duration and stream.time_base else 0
            )
            if declared > max_seconds + LENGTH_TOLERANCE_SECONDS:
                raise AudioTooLong(declared)
            resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    samples = out.to_ndarray().reshape(-1)
                    chunks.append(samples)
                    total += len(samples)
                if total > limit:
                    raise AudioTooLong(total / SAMPLE_RATE)
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
    except _DECODE_ERRORS as exc:
        raise AudioUnreadable(f"{type(exc).__name__}: {exc}") from exc
    samples = np.concatenate(chunks).astype(np.int16) if chunks else np.zeros(0, dtype=np.int16)
    if len(samples) == 0:
        raise AudioUnreadable("no audio samples")
    if len(samples) > limit:
        raise AudioTooLong(len(samples) / SAMPLE_RATE)
    return DecodedAudio(samples=samples)


def encode_ogg_opus(samples: np.ndarray, *, rate: int) -> bytes:
    """Mono 16-bit `samples` at `rate` Hz as an OGG/Opus file (48 kHz, 32 kbit/s)."""
    if len(samples) == 0:
        raise ValueError("nothing to encode")
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=OPUS_RATE, layout="mono")
        stream.bit_rate = OPUS_BIT_RATE
        resampler = av.AudioResampler(format="s16", layout="mono", rate=OPUS_RATE)
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(samples.astype(np.int16).reshape(1, -1)), format="s16", layout="mono"
        )
        frame.sample_rate = rate
        for resampled in [*resampler.resample(frame), *resampler.resample(None)]:
            for packet in stream.encode(resampled):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return buffer.getvalue()


@dataclass(frozen=True)
class AudioInfo:
    container: str
    codec: str
    sample_rate: int
    channels: int
    seconds: float


def probe(content: bytes) -> AudioInfo:
    """What a file holds (container, codec, rate, channels) and how long it plays, by decoding it."""
    try:
        with av.open(io.BytesIO(content), mode="r") as container:
            stream = container.streams.audio[0]
            codec = stream.codec_context.name
            rate, channels = stream.codec_context.sample_rate, stream.codec_context.channels
            samples = sum(frame.samples for frame in container.decode(stream))
            return AudioInfo(
                container=container.format.name,
                codec=codec,
                sample_rate=rate,
                channels=channels,
                seconds=samples / rate if rate else 0.0,
            )
    except _DECODE_ERRORS as exc:
        raise AudioUnreadable(f"{type(exc).__name__}: {exc}") from exc


def wav_samples(content: bytes) -> tuple[np.ndarray, int]:
    """A 16-bit mono WAV's samples and rate (what espeak-ng writes)."""
    try:
        with wave.open(io.BytesIO(content), "rb") as source:
            if source.getsampwidth() != 2 or source.getnchannels() != 1:
                raise AudioUnreadable("expected 16-bit mono WAV")
            frames = source.readframes(source.getnframes())
            return np.frombuffer(frames, dtype="<i2").astype(np.int16), source.getframerate()
    except (wave.Error, EOFError) as exc:
        raise AudioUnreadable(f"not a WAV file: {exc}") from exc
