"""Logs never carry secrets, tokens, full phone numbers or e-mail addresses."""

from __future__ import annotations

import io
import json
import logging

import pytest
import structlog

from hotel_agent.logging import configure_logging, mask_sensitive, mask_text


def test_free_text_masks_phone_email_bearer_and_url_credentials() -> None:
    text = (
        "guest +34 600 111 222 wrote from maria.lopez@example.com with Bearer EAAGm0PX4ZCpsBAKZ "
        "to postgres://admin:hunter2@db:5432/x?ws_key=ABCDEF123"
    )
    masked = mask_text(text)
    assert "600 111" not in masked and "***222" in masked
    assert "maria.lopez" not in masked and "m***@example.com" in masked
    assert "EAAGm0PX4ZCpsBAKZ" not in masked
    assert "hunter2" not in masked and "admin" not in masked
    assert "ABCDEF123" not in masked


def test_dates_ids_and_short_numbers_are_left_alone() -> None:
    text = (
        "stay 2026-12-20 to 2026-12-23, booking 1209, 42 ms, "
        "Task outbox_send[51786978-d981-489c-be9f-ea75e46a6c36], at 2026-11-25T13:20:08.767957Z"
    )
    assert mask_text(text) == text


def test_processor_masks_sensitive_keys_and_contact_fields() -> None:
    event = mask_sensitive(
        None,
        "info",
        {
            "event": "whatsapp.send",
            "access_token": "EAAG-secret",
            "app_secret": "abc",
            "headers": {"Authorization": "Bearer xyz", "Accept": "json"},
            "wa_id": "34600111222",
            "to": "+34600111222",
            "email": "ana@example.org",
            "ms": 42,
            "correlation_id": "req-1",
        },
    )
    assert event["access_token"] == "***"
    assert event["app_secret"] == "***"
    assert event["headers"] == {"Authorization": "***", "Accept": "json"}
    assert event["wa_id"] == "***222"
    assert event["to"] == "***222"
    assert event["email"] == "a***@example.org"
    assert event["ms"] == 42
    assert event["correlation_id"] == "req-1"


def test_configured_pipeline_writes_masked_json_lines() -> None:
    stream = io.StringIO()
    configure_logging(level="INFO", fmt="json")
    try:
        handler = logging.getLogger().handlers[0]
        handler.setStream(stream)  # type: ignore[attr-defined]
        structlog.contextvars.bind_contextvars(correlation_id="corr-42")
        structlog.get_logger("test").info(
            "guest.wrote", phone="+34600111222", note="call me at +34 611 222 333", api_key="k-123"
        )
        logging.getLogger("stdlib").warning("token leaked? Bearer abc.def.ghi for ana@example.org")
    finally:
        structlog.contextvars.clear_contextvars()
        configure_logging(level="INFO", fmt="console")
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    first, second = lines
    assert first["correlation_id"] == "corr-42"
    assert first["phone"] == "***222"
    assert "611 222" not in first["note"]
    assert first["api_key"] == "***"
    assert "abc.def.ghi" not in second["event"] and "ana@" not in second["event"]


@pytest.mark.parametrize("fmt", ["json", "console"])
def test_a_traceback_quoting_a_guest_is_masked(fmt: str) -> None:
    stream = io.StringIO()
    configure_logging(level="INFO", fmt=fmt)
    try:
        handler = logging.getLogger().handlers[0]
        handler.setStream(stream)  # type: ignore[attr-defined]
        try:
            raise ValueError('duplicate key (phone)=(+34600111222) for "ana.garcia@example.org"')
        except ValueError:
            structlog.get_logger("test").exception("whatsapp.message_failed")
            logging.getLogger("stdlib").exception("stdlib failure")
    finally:
        configure_logging(level="INFO", fmt="console")
    written = stream.getvalue()
    assert "ValueError" in written and "Traceback" in written
    assert "+34600111222" not in written and "ana.garcia@" not in written
