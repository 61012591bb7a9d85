"""Check the locked dependencies against a vulnerability database, and say plainly what could not be checked.

Run by `make audit`: `uv export` writes the locked versions, pip-audit asks the vulnerability service
(PyPI's advisory data by default; `AUDIT_SERVICE=osv` for OSV) about each. Exit status: 0 when every
dependency was checked and none is vulnerable, 1 when some are vulnerable, 2 when some or all could not
be checked (no answer from the service) - an unchecked dependency is never reported as safe.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PIP_AUDIT = "pip-audit==2.10.1"


def main() -> int:
    uv = os.environ.get("UV", "uv")
    service = os.environ.get("AUDIT_SERVICE", "pypi")
    with tempfile.TemporaryDirectory() as tmp:
        requirements = Path(tmp) / "requirements.txt"
        subprocess.run(  # noqa: S603 - a fixed argument list, no shell
            [
                uv,
                "export",
                "--locked",
                "--no-hashes",
                "--format",
                "requirements-txt",
                "--no-emit-project",
                "-q",
                "-o",
                str(requirements),
            ],
            check=True,
        )
        report_path = Path(tmp) / "report.json"
        run = subprocess.run(  # noqa: S603 - a fixed argument list, no shell
            [
                uv,
                "tool",
                "run",
                "--from",
                PIP_AUDIT,
                "pip-audit",
                "-r",
                str(requirements),
                "--no-deps",
                "--disable-pip",
                "--progress-spinner",
                "off",
                "--vulnerability-service",
                service,
                "--format",
                "json",
                "--output",
                str(report_path),
            ],
            capture_output=True,
            text=True,
            timeout=900,
        )
        if not report_path.exists():
            print(
                f"audit: could not check anything: pip-audit failed ({run.returncode}): {run.stderr[-500:]}"
            )
            return 2
        report = json.loads(report_path.read_text() or "{}")
    dependencies = report.get("dependencies", [])
    skipped = [d for d in dependencies if d.get("skip_reason")]
    vulnerable = [d for d in dependencies if d.get("vulns")]
    for dependency in vulnerable:
        ids = ", ".join(v.get("id", "?") for v in dependency["vulns"])
        print(f"VULNERABLE {dependency['name']} {dependency.get('version', '')}: {ids}")
    checked = len(dependencies) - len(skipped)
    print(
        f"audit ({service}): {checked} of {len(dependencies)} locked dependencies checked, "
        f"{len(vulnerable)} vulnerable, {len(skipped)} NOT CHECKED"
    )
    if skipped:
        reasons = sorted({d["skip_reason"].split(":")[0] for d in skipped})
        print(
            f"audit: could not check {len(skipped)} dependencies ({'; '.join(reasons)}); "
            "the vulnerability service did not answer for them from this machine. Try AUDIT_SERVICE=osv "
            "or run `make audit` where PyPI's JSON API or api.osv.dev is reachable."
        )
    if vulnerable:
        return 1
    return 2 if skipped else 0


if __name__ == "__main__":
    sys.exit(main())
