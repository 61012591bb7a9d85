"""Every log line the suite writes is checked for guest contact data, tokens and secrets.

A handler with the project's own formatter (the same masking and rendering as production's lines)
sits on the root logger; after each test the lines that test wrote are scanned, and a full phone
number, an e-mail address, a JWT or the value of a secret setting fails the test at teardown with the
line. Lines of other processes (a Celery worker or uvicorn started by a test) are not seen here.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import pytest

PHONE = re.compile(r"(?<![\w/.:*-])\+\d{8,15}(?!\d)")
EMAIL = re.compile(r"(?<![\w.+*-])[\w.+-]{2,}@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
JWT = re.compile(r"\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}")
SECRET_SETTINGS = (
    "SECRET_KEY",
    "WHATSAPP_APP_SECRET",
    "WHATSAPP_ACCESS_TOKEN",
    "WHATSAPP_VERIFY_TOKEN",
    "QLOAPPS_API_KEY",
    "LLM_API_KEY",
    "STT_API_KEY",
)


class LineCollector(logging.Handler):
    def __init__(self, formatter: logging.Formatter | None) -> None:
        super().__init__(level=logging.DEBUG)
        self.setFormatter(formatter)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a record the formatter can't render is the formatter's test's business
            self.lines.append(record.getMessage())


def offending(line: str, secrets: list[str]) -> str | None:
    for name, pattern in (("phone", PHONE), ("e-mail", EMAIL), ("token", JWT)):
        match = pattern.search(line)
        if match:
            return f"{name} {match.group(0)!r}"
    for secret in secrets:
        if secret in line:
            return "a secret setting's value"
    return None


@pytest.fixture(scope="session")
def log_collector() -> Iterator[LineCollector]:
    root = logging.getLogger()
    formatter = next((h.formatter for h in root.handlers if h.formatter is not None), None)
    collector = LineCollector(formatter)
    root.addHandler(collector)
    yield collector
    root.removeHandler(collector)


@pytest.fixture(autouse=True)
def no_contact_data_in_logs(log_collector: LineCollector) -> Iterator[None]:
    from django.conf import settings

    root = logging.getLogger()
    if log_collector not in root.handlers:  # a test reconfigured logging (dictConfig drops handlers)
        log_collector.setFormatter(next((h.formatter for h in root.handlers if h.formatter), None))
        root.addHandler(log_collector)
    log_collector.lines.clear()
    yield
    secrets = [
        value
        for name in SECRET_SETTINGS
        if isinstance(value := getattr(settings, name, ""), str) and len(value) >= 12
    ]
    for line in log_collector.lines:
        found = offending(line, secrets)
        if found:
            pytest.fail(f"a log line carries {found}: {line[:300]}", pytrace=False)
