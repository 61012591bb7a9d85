"""Production refuses to start on settings that are only safe on a developer's machine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from hotel_agent.production_checks import refuse_unsafe_production

ROOT = Path(__file__).resolve().parents[2]
STRONG = "x" * 50
SAFE = {
    "secret_key": STRONG,
    "dev_secret_key": "dev",
    "debug": False,
    "pms_backend": "qloapps",
    "secrets": {"WHATSAPP_APP_SECRET": "s", "WHATSAPP_VERIFY_TOKEN": "t", "WHATSAPP_ACCESS_TOKEN": "a"},
    "qloapps_url": "http://pms.example",
    "qloapps_api_key": "k" * 32,
}


def test_safe_production_settings_pass() -> None:
    refuse_unsafe_production(**SAFE)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"secret_key": "dev"}, "DJANGO_SECRET_KEY"),
        ({"secret_key": ""}, "DJANGO_SECRET_KEY"),
        ({"secret_key": "short"}, "DJANGO_SECRET_KEY"),
        ({"debug": True}, "DJANGO_DEBUG"),
        ({"pms_backend": "demo"}, "PMS_BACKEND"),
        ({"qloapps_url": ""}, "QLOAPPS_URL"),
        ({"qloapps_api_key": ""}, "QLOAPPS_API_KEY"),
        ({"secrets": {"WHATSAPP_APP_SECRET": ""}}, "WHATSAPP_APP_SECRET"),
    ],
)
def test_unsafe_production_setting_is_refused_by_name(change: dict[str, object], named: str) -> None:
    with pytest.raises(ImproperlyConfigured, match=named):
        refuse_unsafe_production(**{**SAFE, **change})  # type: ignore[arg-type]


def start_django(extra_env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "WHATSAPP_", "QLOAPPS_", "PMS_"))
    }
    env.update({"DATABASE_URL": "sqlite:///:memory:", "REDIS_URL": "", **extra_env})
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


PRODUCTION_ENV = {
    "DJANGO_ENV": "production",
    "DJANGO_SECRET_KEY": STRONG,
    "DJANGO_DEBUG": "false",
    "PMS_BACKEND": "qloapps",
    "QLOAPPS_URL": "http://pms.example",
    "QLOAPPS_API_KEY": "k" * 32,
    "WHATSAPP_APP_SECRET": "s",
    "WHATSAPP_VERIFY_TOKEN": "t",
    "WHATSAPP_ACCESS_TOKEN": "a",
}


@pytest.mark.parametrize(
    ("unset_or_change", "named"),
    [
        ({"DJANGO_SECRET_KEY": None}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_DEBUG": "true"}, "DJANGO_DEBUG"),
        ({"PMS_BACKEND": "demo"}, "PMS_BACKEND"),
    ],
)
def test_production_process_refuses_to_start_and_names_the_setting(
    unset_or_change: dict[str, str | None], named: str
) -> None:
    env = dict(PRODUCTION_ENV)
    for key, value in unset_or_change.items():
        if value is None:
            env.pop(key)
        else:
            env[key] = value
    result = start_django(env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert named in result.stderr


def test_production_process_starts_with_safe_settings() -> None:
    result = start_django(PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
