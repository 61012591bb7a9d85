"""One logging pipeline for structlog and the standard library.

JSON lines in production, readable console lines in development. Every line carries the
correlation id bound in `structlog.contextvars`, and passes through `mask_sensitive`, which hides
secrets, tokens, phone numbers and e-mail addresses before anything is written.
"""

from __future__ import annotations

import logging
import logging.config
import re
from collections.abc import Mapping, MutableMapping
from typing import Any

import structlog

SENSITIVE_KEY = re.compile(
    r"(secret|token|passw|authorization|api[_-]?key|cookie|signature|credential|private)", re.IGNORECASE
)
# Keys whose values are guest contact data: always shortened, whatever they look like.
CONTACT_KEY = re.compile(r"(phone|wa_id|msisdn|email|e_mail|recipient|from_number|to_number)", re.IGNORECASE)
EMAIL = re.compile(r"(?<![\w.+-])([\w.+-])[\w.+-]*@([\w-]+(?:\.[\w-]+)+)")
# Seven or more digits, optionally with a leading + and separators: phone numbers and similar.
# Not inside identifiers: UUIDs, ISO timestamps and paths are left alone.
PHONE = re.compile(r"(?<![\w/.:-])\+?\d(?:[\s().-]?\d){6,}(?![\w/.:-])")
BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+")
URL_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)([^:/@\s]+):([^@\s]+)@")
QUERY_SECRET = re.compile(r"(?i)([?&](?:ws_key|access_token|token|key|hub\.verify_token)=)[^&\s]+")

MASK = "***"


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def mask_phone(match: re.Match[str]) -> str:
    if ISO_DATE.match(match.group(0)):
        return match.group(0)
    digits = re.sub(r"\D", "", match.group(0))
    return f"***{digits[-3:]}"


def mask_text(text: str) -> str:
    """Hide credentials, e-mail addresses and phone numbers inside free text."""
    text = BEARER.sub(lambda m: f"{m.group(1)} {MASK}", text)
    text = URL_CREDENTIALS.sub(lambda m: f"{m.group(1)}{MASK}:{MASK}@", text)
    text = QUERY_SECRET.sub(lambda m: f"{m.group(1)}{MASK}", text)
    text = EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)
    return PHONE.sub(mask_phone, text)


def mask_value(key: str, value: Any) -> Any:
    if SENSITIVE_KEY.search(key) and value not in (None, "", 0, False):
        return MASK
    if isinstance(value, str):
        if CONTACT_KEY.search(key):
            masked = mask_text(value)
            return masked if masked != value else (f"***{value[-3:]}" if len(value) > 3 else MASK)
        return mask_text(value)
    if isinstance(value, Mapping):
        return {k: mask_value(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask_value(key, v) for v in value]
    if isinstance(value, int) and CONTACT_KEY.search(key):
        return f"***{str(value)[-3:]}"
    return value


def mask_sensitive(
    _logger: Any, _method: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """structlog processor: the last line of defence against secrets and guest contact data in logs."""
    for key in list(event_dict.keys()):
        if key in {"timestamp", "level", "logger", "correlation_id", "task_id"}:
            continue
        event_dict[key] = mask_value(key, event_dict[key])
    return event_dict


def configure_logging(*, level: str = "INFO", fmt: str = "console") -> None:
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.stdlib.PositionalArgumentsFormatter(),
        structlog.processors.StackInfoRenderer(),
        # Tracebacks become text before masking: an exception's message may quote a guest's phone
        # or e-mail (a database error naming the row it refused, say).
        structlog.processors.format_exc_info,
        mask_sensitive,
    ]
    renderer: Any
    if fmt == "json":
        renderer = structlog.processors.JSONRenderer(sort_keys=False)
    else:
        renderer = structlog.dev.ConsoleRenderer(colors=False)

    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "formatters": {
                "structlog": {
                    "()": structlog.stdlib.ProcessorFormatter,
                    "processors": [structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
                    "foreign_pre_chain": shared,
                }
            },
            "handlers": {"default": {"class": "logging.StreamHandler", "formatter": "structlog"}},
            "root": {"handlers": ["default"], "level": level},
            "loggers": {
                "django.db.backends": {"level": "INFO"},
                "httpx": {"level": "WARNING"},
                "httpcore": {"level": "WARNING"},
                "uvicorn.access": {"level": "WARNING"},
                "celery": {"level": "INFO"},
            },
        }
    )
