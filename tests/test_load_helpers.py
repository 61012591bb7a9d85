"""make load's own helpers: it only ever drops a database named for it, reads CPU time from /proc,
and its locustfile refuses any host but loopback."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

from bench import load

ROOT = Path(__file__).resolve().parent.parent


def test_only_a_database_ending_in_load_is_dropped() -> None:
    with pytest.raises(RuntimeError, match="ending in _load"):
        load.recreate_database("postgres://postgres@127.0.0.1:5432/hotel_agent", drop_only=True)


def test_cpu_seconds_of_this_process_grow_with_work() -> None:
    before = load.cpu_seconds(os.getpid())
    sum(i * i for i in range(2_000_000))
    assert load.cpu_seconds(os.getpid()) > before


def test_locustfile_refuses_hosts_that_are_not_loopback() -> None:
    source = (ROOT / "deploy" / "load" / "locustfile.py").read_text()
    tree = ast.parse(source)
    loopback = next(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "LOOPBACK" for t in node.targets)
    )
    assert ast.literal_eval(loopback) == {"127.0.0.1", "::1", "localhost"}
    assert "@events.init.add_listener" in source and "SystemExit" in source
