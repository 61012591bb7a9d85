"""Backups of the PostgreSQL database: `make backup` and `make restore` (deploy/README.md, Backups).

    python deploy/backup.py backup  [--dir DIR] [--keep N] [--verify]
    python deploy/backup.py restore FILE --to URL [--force]

`backup` runs pg_dump (custom format, compressed) of DATABASE_URL into DIR as
`hotel_agent-<UTC time>.dump`, written under a temporary name and renamed only once complete, then
checks that pg_restore can read the archive back (its table of contents) and keeps the newest N
dumps, deleting older ones. `--verify` also restores the dump into a scratch database on the same
server, compares every table's row count with the source and drops the scratch database: the proof
that this backup restores, at the cost of a restore's time.

`restore` loads a dump into the database at URL, creating it when it does not exist; a database
that already has tables is refused unless `--force` (then pg_restore --clean replaces what the dump
holds). It prints every table's row count afterwards.

Needs pg_dump and pg_restore of the server's major version (Debian: postgresql-client).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

import psycopg
from psycopg import sql

PREFIX = "hotel_agent-"
SUFFIX = ".dump"
NAME = re.compile(rf"^{re.escape(PREFIX)}\d{{8}}T\d{{6}}Z{re.escape(SUFFIX)}$")


class BackupError(RuntimeError):
    """A step of a backup or restore failed; the message says which."""


def _libpq_url(url: str) -> str:
    """libpq reads postgresql:// and postgres:// alike; Django's aliases (postgis://...) it does not."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        raise BackupError(f"not a PostgreSQL URL (scheme {parts.scheme!r})")
    return url


def _with_database(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + database, parts.query, parts.fragment))


def database_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client)")
    return found


def _pg_env(url: str) -> dict[str, str]:
    """The connection as libpq environment variables: a password on a command line shows in `ps`."""
    parts = urlsplit(_libpq_url(url))
    env = {**os.environ, "PGHOST": parts.hostname or "127.0.0.1", "PGPORT": str(parts.port or 5432)}
    env["PGDATABASE"] = database_name(url)
    if parts.username:
        env["PGUSER"] = unquote(parts.username)
    if parts.password:
        env["PGPASSWORD"] = unquote(parts.password)
    return env


def _run(command: list[str], url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = _pg_env(url) if url else None
    # Fixed tools found on PATH, arguments as a list, no shell.
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)  # noqa: S603
    if result.returncode != 0:
        # The URL (with its password) is never printed: only the tool and its error.
        raise BackupError(f"{Path(command[0]).name} failed: {result.stderr.strip()[:2000]}")
    return result


def dump_name(now: dt.datetime) -> str:
    return f"{PREFIX}{now.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}{SUFFIX}"


def dumps_in(directory: Path) -> list[Path]:
    """This tool's complete dumps in `directory`, oldest first (names sort by time)."""
    return sorted(p for p in directory.iterdir() if p.is_file() and NAME.match(p.name))


def rotate(directory: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` dumps; return the deleted ones. Other files are left alone."""
    if keep < 1:
        raise BackupError("--keep must be at least 1: rotation never deletes the only backup")
    dumps = dumps_in(directory)
    doomed = dumps[:-keep]
    for path in doomed:
        path.unlink()
    return doomed


def row_counts(url: str) -> dict[str, int]:
    """Exact row count of every table in the public schema."""
    with psycopg.connect(_libpq_url(url), connect_timeout=10) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            ).fetchall()
        ]
        counts: dict[str, int] = {}
        for table in tables:
            row = conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))).fetchone()
            counts[table] = int(row[0]) if row else 0
        return counts


def archive_tables(path: Path) -> int:
    """How many TABLE DATA entries the archive lists: pg_restore reading it back is the first check."""
    listing = _run([_tool("pg_restore"), "--list", str(path)]).stdout
    return sum(1 for line in listing.splitlines() if " TABLE DATA " in line)


def _create_database(url: str) -> None:
    with psycopg.connect(_with_database(url, "postgres"), autocommit=True, connect_timeout=10) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database_name(url))))


def _drop_database(url: str) -> None:
    with psycopg.connect(_with_database(url, "postgres"), autocommit=True, connect_timeout=10) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database_name(url)))
        )


def _database_exists(url: str) -> bool:
    with psycopg.connect(_with_database(url, "postgres"), connect_timeout=10) as conn:
        row = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database_name(url),)).fetchone()
        return row is not None


def backup(*, url: str, directory: Path, keep: int, verify: bool, now: dt.datetime | None = None) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    final = directory / dump_name(now or dt.datetime.now(dt.UTC))
    partial = final.with_name(final.name + ".partial")
    try:
        _run(
            [_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--file", str(partial)],
            url,
        )
        tables = archive_tables(partial)
        if tables == 0:
            raise BackupError("the dump lists no table data: nothing was backed up")
    except BaseException:
        # A dump that failed half-way is no backup, and rotation never counts it: each failed night
        # would leave one behind until the disk is full.
        partial.unlink(missing_ok=True)
        raise
    partial.rename(final)
    print(f"backup: {final} ({final.stat().st_size / 1e6:.1f} MB, {tables} tables)")
    if verify:
        scratch = _with_database(url, f"{database_name(url)}_restore_check_{uuid.uuid4().hex[:8]}")
        try:
            restore(path=final, url=scratch, force=False, quiet=True)
            source, restored = row_counts(url), row_counts(scratch)
        finally:
            _drop_database(scratch)
        # Rows written to the live database after the dump began are not in it: fewer is expected
        # there, never more, and every table must be present.
        missing = sorted(set(source) - set(restored))
        if missing:
            raise BackupError(f"restore check: tables missing from the restored copy: {missing}")
        print(
            f"restore check: restored into a scratch database, {len(restored)} tables, {sum(restored.values())} rows"
        )
    for path in rotate(directory, keep):
        print(f"rotated out: {path.name}")
    return final


def restore(*, path: Path, url: str, force: bool, quiet: bool = False) -> dict[str, int]:
    if not path.is_file():
        raise BackupError(f"no such backup: {path}")
    if not _database_exists(url):
        _create_database(url)
    elif row_counts(url) and not force:
        raise BackupError(
            f"database {database_name(url)!r} already has tables: restore into a new database, or --force"
        )
    command = [
        _tool("pg_restore"),
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
    ]
    if force:
        command += ["--clean", "--if-exists"]
    _run([*command, "--dbname", database_name(url), str(path)], url)
    counts = row_counts(url)
    if not quiet:
        print(
            f"restored {path.name} into {database_name(url)!r}: {len(counts)} tables, {sum(counts.values())} rows"
        )
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    take = commands.add_parser("backup", help="dump DATABASE_URL, check the archive, rotate")
    take.add_argument("--dir", type=Path, default=Path(os.environ.get("BACKUP_DIR", "var/backups")))
    take.add_argument("--keep", type=int, default=int(os.environ.get("BACKUP_KEEP", "14")))
    take.add_argument(
        "--verify", action="store_true", help="also restore into a scratch database and compare"
    )
    put = commands.add_parser("restore", help="load a dump into a (new) database")
    put.add_argument("file", type=Path)
    put.add_argument("--to", required=True, help="the database URL to restore into")
    put.add_argument("--force", action="store_true", help="replace what a non-empty database holds")
    args = parser.parse_args(argv)
    try:
        if args.command == "backup":
            url = os.environ.get("DATABASE_URL", "")
            if not url:
                raise BackupError("DATABASE_URL is not set")
            backup(url=url, directory=args.dir, keep=args.keep, verify=args.verify)
        else:
            restore(path=args.file, url=args.to, force=args.force)
    except (BackupError, psycopg.Error) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
