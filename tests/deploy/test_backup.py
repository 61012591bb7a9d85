"""`make backup` / `make restore` against real PostgreSQL: a dump of the test database restores into
a fresh database with the same rows, table by table, and its sequences carry on."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest
from django.db import connection
from psycopg import sql

from tests.support.prereqs import require_or_skip, which

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy"))
import backup as backup_tool  # noqa: E402  (deploy/ is scripts, not a package)


def _url(database: str) -> str:
    settings = connection.settings_dict
    auth = settings["USER"] or "postgres"
    if settings["PASSWORD"]:
        auth += f":{settings['PASSWORD']}"
    return f"postgres://{auth}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}/{database}"


def fingerprints(url: str) -> dict[str, tuple[int, str]]:
    """Every public table's row count and an md5 of all its rows, in a fixed order."""
    with psycopg.connect(url) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        found = {}
        for table in tables:
            query = sql.SQL(
                "SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM {} t"
            )
            count, digest = conn.execute(query.format(sql.Identifier(table))).fetchone()  # type: ignore[misc]
            found[table] = (int(count), str(digest))
        return found


@pytest.fixture
def tools() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the backup test needs PostgreSQL (DATABASE_URL)")
    if not (which("pg_dump") and which("pg_restore")):
        require_or_skip("pg_dump/pg_restore are not installed (Debian: postgresql-client)")


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_into_a_fresh_database_with_the_same_rows(
    tools: None, demo_hotel: Any, tmp_path: Path
) -> None:
    from channels_app.models import InboundEvent

    # Rows of every shape: the seeded hotel (rooms, rates, facts) and a stored webhook body with
    # non-ASCII text and JSON.
    InboundEvent.objects.create(
        channel="whatsapp", body='{"text": "¿Habitación doble? 🛏️"}', body_sha256="a" * 64
    )
    source = _url(connection.settings_dict["NAME"])
    target = _url(f"hotel_agent_restore_{uuid.uuid4().hex[:8]}")
    env = {**os.environ, "DATABASE_URL": source}
    try:
        taken = subprocess.run(
            [
                sys.executable,
                str(ROOT / "deploy" / "backup.py"),
                "backup",
                "--dir",
                str(tmp_path),
                "--verify",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )
        assert taken.returncode == 0, taken.stderr
        assert "restore check: restored into a scratch database" in taken.stdout
        (dump,) = backup_tool.dumps_in(tmp_path)
        restored = subprocess.run(
            [sys.executable, str(ROOT / "deploy" / "backup.py"), "restore", str(dump), "--to", target],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert restored.returncode == 0, restored.stderr
        before, after = fingerprints(source), fingerprints(target)
        assert before == after
        assert before["channels_app_inboundevent"][0] == 1
        assert sum(count for count, _ in before.values()) > 20
        # The sequences came along: a new row in the restored copy takes a fresh id.
        with psycopg.connect(target) as conn:
            new_id = conn.execute(
                "INSERT INTO channels_app_inboundevent (channel, body, body_sha256, signature_verified, status,"
                " attempts, error, correlation_id, received_at) VALUES ('whatsapp', '{}', %s, true, 'pending', 0,"
                " '', '', now()) RETURNING id",
                ("b" * 64,),
            ).fetchone()
        assert new_id is not None and new_id[0] > InboundEvent.objects.get().pk
        # A database that already has tables is not overwritten by accident.
        again = subprocess.run(
            [sys.executable, str(ROOT / "deploy" / "backup.py"), "restore", str(dump), "--to", target],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert again.returncode == 1 and "already has tables" in again.stderr
    finally:
        with psycopg.connect(_url("postgres"), autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                    sql.Identifier(target.rsplit("/", 1)[1])
                )
            )


def test_a_failed_dump_leaves_no_partial_file_behind(tools: None, tmp_path: Path) -> None:
    missing = _url(f"hotel_agent_missing_{uuid.uuid4().hex[:8]}")
    with pytest.raises(backup_tool.BackupError, match="pg_dump failed"):
        backup_tool.backup(url=missing, directory=tmp_path, keep=14, verify=False)
    assert list(tmp_path.iterdir()) == []


def test_rotation_keeps_the_newest_dumps_and_nothing_else_is_touched(tmp_path: Path) -> None:
    start = dt.datetime(2026, 3, 1, 3, 0, tzinfo=dt.UTC)
    for day in range(5):
        (tmp_path / backup_tool.dump_name(start + dt.timedelta(days=day))).write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("kept")
    (tmp_path / (backup_tool.dump_name(start + dt.timedelta(days=9)) + ".partial")).write_bytes(b"x")
    deleted = backup_tool.rotate(tmp_path, keep=2)
    assert [p.name for p in deleted] == [
        backup_tool.dump_name(start + dt.timedelta(days=d)) for d in range(3)
    ]
    assert [p.name for p in backup_tool.dumps_in(tmp_path)] == [
        backup_tool.dump_name(start + dt.timedelta(days=d)) for d in (3, 4)
    ]
    assert (tmp_path / "notes.txt").exists()
    with pytest.raises(backup_tool.BackupError):
        backup_tool.rotate(tmp_path, keep=0)
