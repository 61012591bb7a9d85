"""Run every benchmark module `bench/bench_*.py` (or those named on the command line).

Each module has `run() -> None`, which measures the thing and a baseline in the same run and
prints its figures with the ratio between them.
"""

from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit


def ensure_database(url: str) -> None:
    """Create the benchmark's PostgreSQL database when it does not exist yet."""
    if not url.startswith(("postgres://", "postgresql://")):
        return
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def main(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hotel_agent.settings")
    # The figures are the output: keep per-request log lines out of them (LOG_LEVEL=INFO to see them).
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    ensure_database(os.environ.get("DATABASE_URL", ""))
    names = argv or sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    failed = 0
    for name in names:
        module = importlib.import_module(f"bench.{name.removeprefix('bench.')}")
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        try:
            module.run()
        except Exception as exc:
            failed += 1
            print(f"{name} failed: {type(exc).__name__}: {exc}", flush=True)
        print(f"({name} took {time.perf_counter() - started:.1f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
