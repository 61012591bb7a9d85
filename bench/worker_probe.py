"""What a benchmark's Celery worker did per task: start and end time, and its SQL time.

Connected by the benchmarks' Celery entry module when `BENCH_TASK_LOG` names a file: after each task
one JSON line `{correlation_id, task, task_id, started, ended, db_ms, db_queries, pms_db_ms}`
(wall-clock seconds; milliseconds of SQL, with the demo PMS's own tables counted apart as PMS).
The rows carry no "task started" time and no SQL time, so the guest-turn benchmark reads them here.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any

from celery import signals

_current: dict[str, Any] = {}
_installed: set[int] = set()


def _timed_sql(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
    started = time.perf_counter()
    try:
        return execute(sql, params, many, context)
    finally:
        if _current:
            ms = (time.perf_counter() - started) * 1000
            if "pms_bridge_" in sql:
                _current["pms_db_ms"] += ms
            else:
                _current["db_ms"] += ms
                _current["db_queries"] += 1


@signals.task_prerun.connect(weak=False)
def _task_started(task_id: str | None = None, task: Any = None, **_: Any) -> None:
    from django.db import connections

    from hotel_agent.correlation import current_correlation_id

    connection = connections["default"]
    if id(connection) not in _installed:
        connection.execute_wrappers.append(_timed_sql)
        _installed.add(id(connection))
    _current.clear()
    _current.update(
        correlation_id=current_correlation_id() or "",
        task=getattr(task, "name", ""),
        task_id=task_id or "",
        started=time.time(),
        db_ms=0.0,
        db_queries=0,
        pms_db_ms=0.0,
    )


@signals.task_postrun.connect(weak=False)
def _task_ended(**_: Any) -> None:
    if not _current:
        return
    entry = {**_current, "ended": time.time()}
    _current.clear()
    with open(os.environ["BENCH_TASK_LOG"], "a", encoding="utf-8") as out:
        out.write(json.dumps(entry) + "\n")


def read(path: str) -> list[dict[str, Any]]:
    """The lines a worker wrote (none when it wrote nothing)."""
    try:
        with open(path, encoding="utf-8") as lines:
            return [json.loads(line) for line in lines if line.strip()]
    except FileNotFoundError:
        return []
