"""What can go wrong with speech, each class saying what the caller does."""

from __future__ import annotations


class SpeechError(Exception):
    """Base class."""


class AudioUnreadable(SpeechError):
    """Corrupt, empty, or in a format we cannot decode: ask the guest to write (never retried)."""


class AudioTooLong(SpeechError):
    """Longer than `SPEECH_MAX_SECONDS`: ask the guest to write or send a shorter note."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"audio longer than {seconds:.0f} s")
        self.seconds = seconds


class SttUnavailable(SpeechError):
    """The speech-to-text engine is down, timed out or answered 5xx: try again later."""


class SttRejected(SpeechError):
    """The engine refused this audio or our request (4xx, no model): retrying will not help."""


class TtsUnavailable(SpeechError):
    """The voice could not be made (engine missing, voice file missing, failed): send the text alone."""
