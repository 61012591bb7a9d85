"""Every command the README shows works as written: each `make` line names real targets, and the ones
that do not serve (help, nlu-parse, chat with piped input) run and answer."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CODE_BLOCK = re.compile(r"^\s*```sh\n(.*?)^\s*```", re.MULTILINE | re.DOTALL)
TIMEOUT = 300


def readme_commands() -> list[str]:
    """The command lines of the README's shell blocks, comments dropped."""
    lines: list[str] = []
    for block in CODE_BLOCK.findall(README.read_text()):
        for line in block.splitlines():
            command = line.split(" #", 1)[0].strip()
            if command:
                lines.append(command)
    return lines


def _environment(**extra: str) -> dict[str, str]:
    # As a person types them: not inside `make test`'s own make (MAKELEVEL, MAKEFLAGS would have the
    # inner make print "Entering/Leaving directory" lines around the command's output).
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "DJANGO_", "MAKE", "MFLAGS"))}
    env.update(extra)
    return env


def _make(command: str, *, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["/bin/sh", "-c", command],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def test_the_readme_shows_only_make_commands() -> None:
    commands = readme_commands()
    assert commands, "the README lost its command blocks"
    bare = [c for c in commands if not c.startswith("make ")]
    assert bare == [], f"commands that are not make targets (need uv on PATH or more): {bare}"


@pytest.mark.parametrize("command", readme_commands())
def test_every_readme_command_names_a_real_target(command: str) -> None:
    # A dry run: the target and its prerequisites exist, nothing is executed.
    dry = _make(command.replace("make ", "make -n ", 1), env=_environment())
    assert dry.returncode == 0, dry.stderr


def test_make_help_lists_the_readme_targets() -> None:
    shown = _make("make -s help", env=_environment())
    assert shown.returncode == 0, shown.stderr
    for command in readme_commands():
        target = shlex.split(command)[1]
        assert f"make {target}" in shown.stdout, f"`make help` does not mention {target}"


def test_make_nlu_parse_as_written_in_the_readme() -> None:
    command = next(c for c in readme_commands() if c.startswith("make nlu-parse"))
    parsed = _make(command, env=_environment())
    assert parsed.returncode == 0, parsed.stderr
    line = json.loads(parsed.stdout.strip().splitlines()[-1])
    assert (line["check_in"], line["check_out"], line["adults"], line["lang"]) == (
        "2026-04-20",
        "2026-04-23",
        2,
        "es",
    )


def _database_url(tmp_path: Path) -> str:
    """The test database itself when it is PostgreSQL (migrated already: make chat's migrate is a no-op and
    the flush after a transactional test removes the demo it loads), else an SQLite file of its own."""
    from django.db import connection

    params = connection.settings_dict
    if connection.vendor != "postgresql":
        return f"sqlite:///{tmp_path / 'chat.sqlite3'}"
    password = f":{params['PASSWORD']}" if params.get("PASSWORD") else ""
    host = f"{params.get('HOST') or '127.0.0.1'}:{params.get('PORT') or 5432}"
    return f"postgres://{params['USER']}{password}@{host}/{params['NAME']}"


@pytest.mark.django_db(transaction=True)
def test_make_chat_prints_only_the_conversation_in_the_chosen_language(tmp_path: Path) -> None:
    # The README's line (make chat migrates and loads the demo first).
    env = _environment(DATABASE_URL=_database_url(tmp_path), REDIS_URL="")
    chat = _make("make -s chat LANG=en", env=env, stdin="hello, a double room from 20 to 23 April for 2\n")
    assert chat.returncode == 0, chat.stderr
    out = chat.stdout
    assert "you are +34600000001 on WhatsApp" in out  # the banner in English
    assert "1. Doble" in out and "€" in out  # the agent's offers
    # No log line (structlog's "[info ]") and no broker warning, on either stream.
    both = out + chat.stderr
    assert "[info" not in both and "[warning" not in both and "No hostname" not in both
