"""Liveness, readiness and metrics, with dependencies that really go away and come back."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from django.conf import settings
from django.test import Client

from tests.support.prereqs import require_or_skip
from tests.support.tcp_proxy import TcpProxy

ROOT = Path(__file__).resolve().parents[2]


def test_live_answers_ok(client: Client) -> None:
    response = client.get("/health/live")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_ready_reports_each_dependency(client: Client) -> None:
    from hotel_agent.health import reset_pms_cache

    reset_pms_cache()
    response = client.get("/health/ready")
    body = response.json()
    assert response.status_code == 200, body
    for dependency in ("database", "cache", "channel_layer", "pms"):
        assert body[dependency]["status"] == "ok"
    assert body["failing"] == []


def test_metrics_are_prometheus_text(client: Client) -> None:
    client.get("/health/live")
    response = client.get("/metrics")
    assert response.status_code == 200
    text = response.content.decode()
    assert "django_http_requests_total_by_view_transport_method_total" in text
    for name in (
        "hotel_agent_webhook_deliveries_total",
        "hotel_agent_messages_total",
        "hotel_agent_handoffs_total",
        "hotel_agent_pms_requests_total",
        "hotel_agent_pms_request_seconds_bucket",
    ):
        assert name in text


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve(env_overrides: dict[str, str], workers: int = 1) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "DJANGO_ENV": "test", **env_overrides}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "hotel_agent.asgi:application",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--lifespan",
            "off",
            "--workers",
            str(workers),
            "--no-access-log",
            # A loaded machine can take more than uvicorn's default 5 s to answer a worker's ping.
            "--timeout-worker-healthcheck",
            "60",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    # Generous: on a loaded two-core CI machine two workers can take a while to import.
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/health/live", timeout=1).status_code == 200:
                return process, base
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("server did not start")


def wait_for_ready(base: str, expected: int, timeout: float = 25) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    body: dict[str, object] = {}
    while time.monotonic() < deadline:
        response = httpx.get(f"{base}/health/ready", timeout=10)
        body = response.json()
        if response.status_code == expected:
            return body
        time.sleep(0.5)
    raise AssertionError(f"/health/ready never answered {expected}: {body}")


@pytest.fixture
def proxied_server() -> Iterator[tuple[str, TcpProxy, TcpProxy]]:
    if not settings.REDIS_URL or "postgres" not in settings.DATABASES["default"]["ENGINE"]:
        require_or_skip("needs PostgreSQL and Redis")
    database = urlsplit(os.environ["DATABASE_URL"])
    redis = urlsplit(settings.REDIS_URL)
    pg_proxy = TcpProxy(database.hostname or "127.0.0.1", database.port or 5432).start()
    redis_proxy = TcpProxy(redis.hostname or "127.0.0.1", redis.port or 6379).start()
    process, base = serve(
        {
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{pg_proxy.port}/postgres",
            "REDIS_URL": f"redis://127.0.0.1:{redis_proxy.port}{redis.path or '/0'}",
        }
    )
    try:
        yield base, pg_proxy, redis_proxy
    finally:
        process.terminate()
        process.wait(timeout=10)
        pg_proxy.cut()
        redis_proxy.cut()


@pytest.mark.integration
def test_ready_turns_503_naming_the_lost_dependency_and_recovers(
    proxied_server: tuple[str, TcpProxy, TcpProxy],
) -> None:
    base, pg_proxy, redis_proxy = proxied_server
    wait_for_ready(base, 200)

    pg_proxy.cut()
    body = wait_for_ready(base, 503)
    assert "database" in body["failing"]  # type: ignore[operator]
    assert body["database"]["status"] == "error"  # type: ignore[index]
    pg_proxy.restore()
    wait_for_ready(base, 200)

    redis_proxy.cut()
    body = wait_for_ready(base, 503)
    failing = body["failing"]
    assert isinstance(failing, list)
    assert {"cache", "channel_layer"} <= set(failing)
    redis_proxy.restore()
    wait_for_ready(base, 200)


@pytest.mark.integration
def test_metrics_add_up_across_worker_processes(tmp_path: Path) -> None:
    multiproc_dir = tmp_path / "prometheus"
    multiproc_dir.mkdir()
    process, base = serve(
        {
            "PROMETHEUS_MULTIPROC_DIR": str(multiproc_dir),
            "DATABASE_URL": "sqlite:///:memory:",
            "REDIS_URL": "",
        },
        workers=2,
    )
    try:
        with httpx.Client(base_url=base, timeout=5) as http:
            for _ in range(60):
                http.get("/health/live", headers={"Connection": "close"})
            text = http.get("/metrics").text
    finally:
        process.terminate()
        process.wait(timeout=10)
    line = next(
        line
        for line in text.splitlines()
        if line.startswith("django_http_requests_total_by_view_transport_method_total{")
        and 'view="health-live"' in line
    )
    # 60 probes plus the start-up probe(s); each process alone saw only part of them.
    assert float(line.rsplit(" ", 1)[1]) >= 60
    pids_dir_files = list(multiproc_dir.glob("counter_*.db"))
    assert len(pids_dir_files) >= 2
