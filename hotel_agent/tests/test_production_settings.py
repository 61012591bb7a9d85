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
# Fixed random values (secrets.token_urlsafe), so a failure is reproducible.
STRONG = "q0Vb7Xr2LmN9sT4wYc8ZkP1hJd6Fg3Ua5Ee-Ri_Oo2Tt8Yy4Ww0Qq6Ll1Mm"
APP_SECRET = "9f1c2e7a4b8d3f6e0a5c7b9d1e3f5a7c"
VERIFY_TOKEN = "Zr4vQ8mT2xK6pL0nW3sY7cB1hF5jD9gA"
ACCESS_TOKEN = "EAAGm0PX4ZCpsBA" + "Kx7Rt2Vb9Nm4Qs8Wc1Zp5Ly3Hd6Jf0Tg" * 4
QLOAPPS_KEY = "7HQ2M9XKD4WJ8R1T6VZC3NP5BYL0FSGA"
SAFE = {
    "secret_key": STRONG,
    "dev_secret_key": "dev",
    "debug": False,
    "pms_backend": "qloapps",
    "secrets": {
        "WHATSAPP_APP_SECRET": APP_SECRET,
        "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
        "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
    },
    "qloapps_url": "http://pms.example",
    "qloapps_api_key": QLOAPPS_KEY,
    "database_engine": "django_prometheus.db.backends.postgresql",
    "urls": {
        "DATABASE_URL": "postgres://hotel_agent:Vq8Tz3Lp0Kx6@127.0.0.1:5432/hotel_agent",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
    },
    "optional_secrets": {"LLM_API_KEY": ""},
}


def example_values() -> dict[str, str]:
    """deploy/env.example as name → value, as an operator would copy it."""
    values = {}
    for line in (ROOT / "deploy" / "env.example").read_text().splitlines():
        name, sep, value = line.partition("=")
        if sep and not name.startswith("#"):
            values[name.strip()] = value.strip()
    return values


def test_safe_production_settings_pass() -> None:
    refuse_unsafe_production(**SAFE)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"secret_key": "dev"}, "DJANGO_SECRET_KEY"),
        ({"secret_key": ""}, "DJANGO_SECRET_KEY"),
        ({"secret_key": "short"}, "DJANGO_SECRET_KEY"),
        (
            {"secret_key": example_values()["DJANGO_SECRET_KEY"] + "-padded-to-be-long-enough"},
            "DJANGO_SECRET_KEY",
        ),
        ({"secret_key": "x" * 60}, "DJANGO_SECRET_KEY"),
        ({"secret_key": "abababababababababababababababababababab"}, "DJANGO_SECRET_KEY"),
        ({"debug": True}, "DJANGO_DEBUG"),
        ({"pms_backend": "demo"}, "PMS_BACKEND"),
        ({"pms_backend": "foo"}, "PMS_BACKEND"),
        ({"qloapps_url": ""}, "QLOAPPS_URL"),
        ({"qloapps_api_key": ""}, "QLOAPPS_API_KEY"),
        ({"qloapps_api_key": "k" * 32}, "QLOAPPS_API_KEY"),
        ({"secrets": {"WHATSAPP_APP_SECRET": ""}}, "WHATSAPP_APP_SECRET"),
        ({"secrets": {"WHATSAPP_VERIFY_TOKEN": "my-verify-token"}}, "WHATSAPP_VERIFY_TOKEN"),
        (
            {"secrets": {"WHATSAPP_ACCESS_TOKEN": "change-me-to-the-token-from-meta-0123456789"}},
            "WHATSAPP_ACCESS_TOKEN",
        ),
        ({"optional_secrets": {"LLM_API_KEY": "secret"}}, "LLM_API_KEY"),
        ({"database_engine": "django.db.backends.sqlite3"}, "DATABASE_URL"),
        ({"urls": {"DATABASE_URL": SAFE["urls"]["DATABASE_URL"], "REDIS_URL": ""}}, "REDIS_URL"),  # type: ignore[index]
        (
            {"urls": {"DATABASE_URL": example_values()["DATABASE_URL"], "REDIS_URL": "redis://r:6379/0"}},
            "DATABASE_URL",
        ),
    ],
)
def test_unsafe_production_setting_is_refused_by_name(change: dict[str, object], named: str) -> None:
    with pytest.raises(ImproperlyConfigured, match=named):
        refuse_unsafe_production(**{**SAFE, **change})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("added", "change"),
    [
        (f"WHATSAPP_APP_SECRET={APP_SECRET}", {}),
        (
            "LLM_API_KEY=sk-placeholder-0123456789abcdefghijklmnop",
            {"optional_secrets": {"LLM_API_KEY": "sk-placeholder-0123456789abcdefghijklmnop"}},
        ),
    ],
    ids=["WHATSAPP_APP_SECRET", "LLM_API_KEY"],
)
def test_a_placeholder_added_to_the_example_file_later_is_refused_too(
    tmp_path: Path, added: str, change: dict[str, object]
) -> None:
    example = tmp_path / "env.example"
    example.write_text((ROOT / "deploy" / "env.example").read_text() + added + "\n")
    with pytest.raises(ImproperlyConfigured, match=added.partition("=")[0]):
        refuse_unsafe_production(**{**SAFE, **change, "example": example})  # type: ignore[arg-type]


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
    "DATABASE_URL": "postgres://hotel_agent:Vq8Tz3Lp0Kx6@127.0.0.1:5432/hotel_agent",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "PMS_BACKEND": "qloapps",
    "QLOAPPS_URL": "http://pms.example",
    "QLOAPPS_API_KEY": QLOAPPS_KEY,
    "WHATSAPP_APP_SECRET": APP_SECRET,
    "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
    "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
}


@pytest.mark.parametrize(
    ("unset_or_change", "named"),
    [
        ({"DJANGO_SECRET_KEY": None}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_DEBUG": "true"}, "DJANGO_DEBUG"),
        ({"PMS_BACKEND": "demo"}, "PMS_BACKEND"),
        ({"PMS_BACKEND": "foo"}, "PMS_BACKEND"),
        ({"DJANGO_SECRET_KEY": example_values()["DJANGO_SECRET_KEY"]}, "DJANGO_SECRET_KEY"),
        ({"DATABASE_URL": example_values()["DATABASE_URL"]}, "DATABASE_URL"),
        ({"DATABASE_URL": "sqlite:///:memory:"}, "DATABASE_URL"),
        ({"REDIS_URL": None}, "REDIS_URL"),
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


def test_production_passes_djangos_deploy_checks() -> None:
    """HTTPS redirect, HSTS, secure cookies, no DEBUG: `check --deploy` finds nothing to warn about."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "WHATSAPP_", "QLOAPPS_", "PMS_"))
    }
    env.update(PRODUCTION_ENV)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
