"""Refuse to start in production with settings that are only safe on a developer's machine."""

from __future__ import annotations

from collections.abc import Mapping

from django.core.exceptions import ImproperlyConfigured

WEAK_SECRET_MIN_LENGTH = 32


def refuse_unsafe_production(
    *,
    secret_key: str,
    dev_secret_key: str,
    debug: bool,
    pms_backend: str,
    secrets: Mapping[str, str],
    qloapps_url: str,
    qloapps_api_key: str,
) -> None:
    """Raise ImproperlyConfigured naming the first unsafe setting found."""
    if not secret_key or secret_key == dev_secret_key:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is missing or the development default; set a real secret."
        )
    if len(secret_key) < WEAK_SECRET_MIN_LENGTH:
        raise ImproperlyConfigured(
            f"DJANGO_SECRET_KEY is too short for production (at least {WEAK_SECRET_MIN_LENGTH} characters)."
        )
    if debug:
        raise ImproperlyConfigured("DJANGO_DEBUG must be off in production.")
    if pms_backend == "demo":
        raise ImproperlyConfigured("PMS_BACKEND=demo is for development only; use PMS_BACKEND=qloapps.")
    if pms_backend == "qloapps":
        if not qloapps_url:
            raise ImproperlyConfigured("QLOAPPS_URL is missing.")
        if not qloapps_api_key:
            raise ImproperlyConfigured("QLOAPPS_API_KEY is missing.")
    for name, value in secrets.items():
        if not value:
            raise ImproperlyConfigured(f"{name} is missing.")
