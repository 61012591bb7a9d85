"""`make test` runs the suite on one xdist worker per core, at most 4, and in one process on a single core."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _pytest_line(tmp_path: Path, cores: int, *overrides: str) -> str:
    """The pytest command `make -n test` would run on a machine with `cores` cores (a fake nproc first on PATH)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    nproc = bin_dir / "nproc"
    nproc.write_text(f"#!/bin/sh\necho {cores}\n")
    nproc.chmod(0o755)
    # Outside `make test`'s own make: its MAKEFLAGS would carry the outer make's variables (TEST_WORKERS=0).
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAKE", "MFLAGS", "TEST_WORKERS"))}
    env["PATH"] = f"{bin_dir}:{env.get('PATH', '')}"
    dry = subprocess.run(
        ["make", "-n", "test", *overrides],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert dry.returncode == 0, dry.stderr
    return next(line for line in dry.stdout.splitlines() if " pytest " in line)


@pytest.mark.parametrize(("cores", "workers"), [(1, "0"), (2, "2"), (3, "3"), (16, "4")])
def test_one_worker_per_core_at_most_four(tmp_path: Path, cores: int, workers: str) -> None:
    assert f"pytest -n {workers} --dist worksteal" in _pytest_line(tmp_path, cores)


def test_test_workers_zero_runs_the_suite_in_one_process(tmp_path: Path) -> None:
    assert "pytest -n 0 " in _pytest_line(tmp_path, 8, "TEST_WORKERS=0")
