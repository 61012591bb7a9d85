"""What `make test` needs on this machine, checked before any test runs.

`python -m tests.support.prereqs` prints each missing piece with the exact command that fixes it
and exits 1, so a missing chromium or dovecot fails the run up front instead of erroring or
skipping in the middle. `make test` also sets `HOTEL_AGENT_TESTS_REQUIRE_ALL=1`, which turns the
suite's "not installed here" skips into failures (`require_or_skip`).
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REQUIRE_ALL_FLAG = "HOTEL_AGENT_TESTS_REQUIRE_ALL"
CHROMIUM = Path("/usr/bin/chromium")
DOVECOT = Path("/usr/sbin/dovecot")
APT_BOTH = "sudo apt-get install -y --no-install-recommends chromium dovecot-imapd  (.ci/run does this)"


# The deployment checks (tests/deploy) and the backup test run these Debian tools.
OPS_TOOLS = {
    "docker-compose": "docker-compose",
    "promtool": "prometheus",
    "amtool": "prometheus-alertmanager",
    "nginx": "nginx-light",
    "openssl": "openssl",
    "pg_dump": "postgresql-client",
    "pg_restore": "postgresql-client",
    "wrk": "wrk",
}


def which(tool: str) -> str | None:
    """The tool's path, also in /usr/sbin (nginx), which a non-root PATH leaves out."""
    return shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/sbin")


def missing_ops_tools() -> list[str]:
    """The Debian packages whose tools the deployment tests need and this machine lacks."""
    found = {package for tool, package in OPS_TOOLS.items() if not which(tool)}
    if "docker-compose" in found and shutil.which("docker") and _docker_compose_plugin():
        found.discard("docker-compose")
    return sorted(found)


def _docker_compose_plugin() -> bool:
    import subprocess

    result = subprocess.run(["docker", "compose", "version"], capture_output=True, check=False)
    return result.returncode == 0


def require_or_skip(reason: str) -> None:
    """Skip a test whose outside piece is missing; under `make test` that is a failure instead."""
    if os.environ.get(REQUIRE_ALL_FLAG) == "1":
        pytest.fail(f"{reason}; `make test` needs it (run `make test-prereqs` for the fix)", pytrace=False)
    pytest.skip(reason)


def dovecot_installed() -> bool:
    return bool(shutil.which("dovecot")) or DOVECOT.exists()


@dataclass(frozen=True)
class Missing:
    what: str
    fix: str


def _reachable(url: str, *, default_port: int) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or default_port), timeout=3):
            return True
    except OSError:
        return False


def _postgres_answers(url: str) -> str:
    """'' when a login to the server of `url` works, else why not."""
    import psycopg

    parts = urlsplit(url)
    try:
        with psycopg.connect(
            host=parts.hostname or "127.0.0.1",
            port=parts.port or 5432,
            user=parts.username or "postgres",
            password=parts.password or None,
            dbname="postgres",
            connect_timeout=3,
        ):
            return ""
    except psycopg.Error as exc:
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def missing(*, database_url: str, redis_url: str) -> list[Missing]:
    found: list[Missing] = []
    if not CHROMIUM.exists():
        found.append(Missing("chromium (the browser tests drive /usr/bin/chromium)", APT_BOTH))
    if not dovecot_installed():
        found.append(Missing("dovecot-imapd (the e-mail tests run a real IMAP server)", APT_BOTH))
    if not shutil.which("espeak-ng"):
        found.append(
            Missing(
                "espeak-ng (the voice-note tests speak their scripts; voice replies use it)",
                "sudo apt-get install -y --no-install-recommends espeak-ng  (.ci/run does this)",
            )
        )
    if packages := missing_ops_tools():
        found.append(
            Missing(
                "the deployment checks' tools (" + ", ".join(packages) + ")",
                "sudo apt-get install -y --no-install-recommends "
                + " ".join(packages)
                + "  (.ci/run does this)",
            )
        )
    if not database_url.startswith("postgres"):
        found.append(
            Missing(
                f"PostgreSQL (TEST_DATABASE_URL is {database_url!r})",
                "make test TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/hotel_agent",
            )
        )
    elif not _reachable(database_url, default_port=5432):
        found.append(
            Missing(
                f"PostgreSQL on {urlsplit(database_url).netloc.rpartition('@')[2]}",
                "sudo apt-get install -y postgresql && sudo sed -i '1i host all postgres 127.0.0.1/32 trust' "
                "/etc/postgresql/*/main/pg_hba.conf && sudo service postgresql restart"
                "  (or point TEST_DATABASE_URL at a server you have)",
            )
        )
    elif why := _postgres_answers(database_url):
        found.append(
            Missing(
                f"a PostgreSQL login for {database_url!r}: {why}",
                "allow it in pg_hba.conf (trust for 127.0.0.1, as on CI) or put the password in TEST_DATABASE_URL",
            )
        )
    if not redis_url.startswith("redis"):
        found.append(
            Missing(
                f"Redis (TEST_REDIS_URL is {redis_url!r})",
                "make test TEST_REDIS_URL=redis://127.0.0.1:6379/0",
            )
        )
    elif not _reachable(redis_url, default_port=6379):
        found.append(
            Missing(
                f"Redis on {urlsplit(redis_url).netloc.rpartition('@')[2]}",
                "sudo apt-get install -y redis-server && sudo service redis-server start"
                "  (or point TEST_REDIS_URL at a server you have)",
            )
        )
    return found


def main() -> int:
    database_url = os.environ.get("DATABASE_URL", "")
    redis_url = os.environ.get("REDIS_URL", "")
    problems = missing(database_url=database_url, redis_url=redis_url)
    for problem in problems:
        print(f"make test needs {problem.what}.\n  fix: {problem.fix}", file=sys.stderr)
    if not problems:
        print("test prerequisites: chromium, dovecot, espeak-ng, PostgreSQL and Redis are here")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
