"""Refuse to start in production with settings that are only safe on a developer's machine.

Besides missing values, a secret copied from `deploy/env.example` (read when the check runs, so a
placeholder added there later is refused too), a password taken from one of its example URLs, and a
secret so repetitive that it can be guessed are refused; the error names the setting.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

ENV_EXAMPLE = Path(__file__).resolve().parents[1] / "deploy" / "env.example"
PMS_BACKENDS = ("demo", "qloapps")
WEAK_SECRET_MIN_LENGTH = 32
# Estimated from the secret's own characters (length times Shannon entropy per character). Random keys
# score well above: 32 hex characters about 115, Django's 50-character keys about 250.
MIN_SECRET_BITS = 80
SECRET_NAME = re.compile(r"SECRET|TOKEN|KEY|PASSWORD")
# Words of a placeholder, whatever file it was copied from.
PLACEHOLDER_WORDS = ("change-me", "changeme", "change_me", "replace-me", "your-secret", "example")


def example_placeholders(path: Path = ENV_EXAMPLE) -> set[str]:
    """Every non-empty secret value and URL password written in the example environment file."""
    placeholders: set[str] = set()
    if not path.is_file():
        return placeholders
    for line in path.read_text(encoding="utf-8").splitlines():
        name, sep, value = line.strip().partition("=")
        if not sep or name.startswith("#"):
            continue
        value = value.strip().strip("\"'")
        if SECRET_NAME.search(name) and value:
            placeholders.add(value)
        elif name.endswith("_URL") and (password := url_password(value)):
            placeholders.add(password)
    return placeholders


def url_password(url: str) -> str:
    try:
        return unquote(urlsplit(url).password or "")
    except ValueError:
        return ""


def estimated_bits(secret: str) -> float:
    """A rough strength: how many bits the secret's own character mix carries over its length."""
    if not secret:
        return 0.0
    counts = Counter(secret)
    per_char = -sum(n / len(secret) * math.log2(n / len(secret)) for n in counts.values())
    return per_char * len(secret)


def _refuse_placeholder_or_weak(name: str, value: str, placeholders: set[str]) -> None:
    if value in placeholders or any(word in value.lower() for word in PLACEHOLDER_WORDS):
        raise ImproperlyConfigured(
            f"{name} is a placeholder (copied from deploy/env.example?); set a real secret."
        )
    if estimated_bits(value) < MIN_SECRET_BITS:
        raise ImproperlyConfigured(
            f"{name} is too guessable (low entropy); use a long random value, e.g. "
            "python -c 'import secrets; print(secrets.token_urlsafe(48))'."
        )


def refuse_unsafe_production(
    *,
    secret_key: str,
    dev_secret_key: str,
    debug: bool,
    pms_backend: str,
    secrets: Mapping[str, str],
    qloapps_url: str,
    qloapps_api_key: str,
    database_engine: str,
    urls: Mapping[str, str],
    optional_secrets: Mapping[str, str] | None = None,
    example: Path = ENV_EXAMPLE,
) -> None:
    """Raise ImproperlyConfigured naming the first unsafe setting found.

    `secrets` must be set; `optional_secrets` (e.g. `LLM_API_KEY`) are checked only when set; `urls`
    (`DATABASE_URL`, `REDIS_URL`, ...) are checked for example passwords; `REDIS_URL` must be set.
    """
    placeholders = example_placeholders(example)
    if not secret_key or secret_key == dev_secret_key:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is missing or the development default; set a real secret."
        )
    if len(secret_key) < WEAK_SECRET_MIN_LENGTH:
        raise ImproperlyConfigured(
            f"DJANGO_SECRET_KEY is too short for production (at least {WEAK_SECRET_MIN_LENGTH} characters)."
        )
    _refuse_placeholder_or_weak("DJANGO_SECRET_KEY", secret_key, placeholders)
    if debug:
        raise ImproperlyConfigured("DJANGO_DEBUG must be off in production.")
    if pms_backend not in PMS_BACKENDS:
        raise ImproperlyConfigured(
            f"PMS_BACKEND must be one of {', '.join(PMS_BACKENDS)}, not {pms_backend!r}."
        )
    if pms_backend == "demo":
        raise ImproperlyConfigured("PMS_BACKEND=demo is for development only; use PMS_BACKEND=qloapps.")
    if not qloapps_url:
        raise ImproperlyConfigured("QLOAPPS_URL is missing.")
    if not qloapps_api_key:
        raise ImproperlyConfigured("QLOAPPS_API_KEY is missing.")
    _refuse_placeholder_or_weak("QLOAPPS_API_KEY", qloapps_api_key, placeholders)
    if "postgresql" not in database_engine and "postgis" not in database_engine:
        raise ImproperlyConfigured("DATABASE_URL must point to PostgreSQL in production.")
    if not urls.get("REDIS_URL"):
        raise ImproperlyConfigured(
            "REDIS_URL is missing: production needs Redis (Celery, cache, websockets)."
        )
    for name, url in urls.items():
        password = url_password(url)
        if password and (password in placeholders or password.lower() in {"password", "secret", "postgres"}):
            raise ImproperlyConfigured(
                f"{name} holds a placeholder password (copied from deploy/env.example?)."
            )
    for name, value in secrets.items():
        if not value:
            raise ImproperlyConfigured(f"{name} is missing.")
        _refuse_placeholder_or_weak(name, value, placeholders)
    for name, value in (optional_secrets or {}).items():
        if value:
            _refuse_placeholder_or_weak(name, value, placeholders)
