"""WhatsApp webhook ingest against the real ASGI server, beside a bare Django view on the same server.

A uvicorn child process serves the project (bench URLconf: the project's URLs plus `/bench/bare/`).
This process drives it with keep-alive HTTP/1.1 connections from asyncio:

1. throughput, closed loop (CONNECTIONS requests in flight, DURATION seconds): signed deliveries,
   each a new message, to `POST /webhooks/whatsapp/` (verify, store the raw event, queue the task,
   200) and the same bodies to the bare view; their ratio (goal >= 0.6);
2. acknowledgement latency at a fixed rate (RATE requests/s, open loop, measured from the scheduled
   send time so queueing counts): p50 / p99 for the webhook (goal p99 < 20 ms).

Uses the configured database and `REDIS_URL` (default redis://127.0.0.1:6379/0) with a real broker
(CELERY_EAGER=false): the queued tasks land in a queue of the bench's own, purged at the end, and
the events it stored are deleted. The server uses a database connection pool (DATABASE_POOL=true),
as a production ASGI deployment should.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

from bench.common import percentile

ROOT = Path(__file__).resolve().parent.parent
CONNECTIONS = 16
DURATION = 8.0
RATE = 200
RATE_SECONDS = 10.0
SECRET = "bench-app-secret"
FIXTURE = ROOT / "tests" / "fixtures" / "whatsapp" / "text.json"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Bodies:
    """Signed deliveries, each carrying a new message id (so each one is stored, never deduplicated)."""

    def __init__(self, run_id: str) -> None:
        self.template = json.loads(FIXTURE.read_text())
        self.run_id = run_id
        self.count = 0

    def next(self) -> tuple[bytes, str]:
        self.count += 1
        payload = self.template
        message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
        message["id"] = f"wamid.BENCH{self.run_id}{self.count:08d}"
        body = json.dumps(payload, separators=(",", ":")).encode()
        signature = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        return body, signature


def _request(path: str, body: bytes, signature: str) -> bytes:
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nX-Hub-Signature-256: {signature}\r\n\r\n"
    )
    return head.encode() + body


async def _read_response(reader: asyncio.StreamReader) -> int:
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("server closed the connection")
    status = int(status_line.split()[1])
    length = 0
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    if length:
        await reader.readexactly(length)
    return status


async def _closed_loop(port: int, path: str, bodies: Bodies, seconds: float) -> tuple[int, int]:
    """Requests completed and failed in `seconds` with CONNECTIONS in flight."""
    deadline = time.perf_counter() + seconds
    done = failed = 0

    async def connection() -> None:
        nonlocal done, failed
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while time.perf_counter() < deadline:
                writer.write(_request(path, *bodies.next()))
                status = await _read_response(reader)
                if status == 200:
                    done += 1
                else:
                    failed += 1
        finally:
            writer.close()

    await asyncio.gather(*(connection() for _ in range(CONNECTIONS)))
    return done, failed


async def _fixed_rate(
    port: int, path: str, bodies: Bodies, rate: int, seconds: float
) -> tuple[list[float], int]:
    """Latencies (ms) of requests sent on a fixed schedule, from their scheduled time to the answer."""
    total = int(rate * seconds)
    pool: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = asyncio.Queue()
    for _ in range(64):
        pool.put_nowait(await asyncio.open_connection("127.0.0.1", port))
    latencies: list[float] = []
    failed = 0
    start = time.perf_counter() + 0.2

    async def one(index: int) -> None:
        nonlocal failed
        scheduled = start + index / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        reader, writer = await pool.get()
        try:
            writer.write(_request(path, *bodies.next()))
            status = await _read_response(reader)
            latencies.append((time.perf_counter() - scheduled) * 1000)
            if status != 200:
                failed += 1
        finally:
            pool.put_nowait((reader, writer))

    await asyncio.gather(*(one(i) for i in range(total)))
    while not pool.empty():
        pool.get_nowait()[1].close()
    return latencies, failed


def _wait_ready(port: int, process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("uvicorn exited")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
                s.sendall(b"GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                if s.recv(64).startswith(b"HTTP/1.1 200"):
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("uvicorn did not become ready")


def run() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hotel_agent.settings")
    redis_url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    queue = f"bench-webhook-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "REDIS_URL": redis_url,
        "CELERY_EAGER": "false",
        "WHATSAPP_APP_SECRET": SECRET,
        "DATABASE_POOL": "true",
        "DATABASE_POOL_MAX_SIZE": "24",
        "LOG_FORMAT": "json",  # production's log format
        "BENCH_WEBHOOK_QUEUE": queue,
    }
    os.environ.update({k: env[k] for k in ("REDIS_URL", "CELERY_EAGER", "WHATSAPP_APP_SECRET")})
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from bench.common import forget_run, inbound_event_model

    InboundEvent = inbound_event_model()
    call_command("migrate", verbosity=0, interactive=False)
    run_id = uuid.uuid4().hex[:10]
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bench.webhook_asgi:application",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--lifespan",
            "off",
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,  # the server logs a line per delivery, as in production; not shown
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_ready(port, server)
        bodies = Bodies(run_id)
        print(
            f"database: {connection.vendor}; broker: redis; load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
        asyncio.run(_closed_loop(port, "/webhooks/whatsapp/", bodies, 1.5))  # warm both paths
        asyncio.run(_closed_loop(port, "/bench/bare/", bodies, 1.5))
        bare_done, bare_failed = asyncio.run(_closed_loop(port, "/bench/bare/", bodies, DURATION))
        hook_done, hook_failed = asyncio.run(_closed_loop(port, "/webhooks/whatsapp/", bodies, DURATION))
        bare_rps, hook_rps = bare_done / DURATION, hook_done / DURATION
        print(f"bare Django view:   {bare_rps:8.0f} req/s  ({bare_failed} failed)")
        print(f"WhatsApp webhook:   {hook_rps:8.0f} req/s  ({hook_failed} failed)")
        print(f"ratio webhook/bare: {hook_rps / bare_rps:.2f}  (goal >= 0.6)")
        rates = [RATE]
        if bare_rps < 2 * RATE:  # this machine cannot serve RATE with room to spare: also a rate it can
            rates.append(max(10, int(bare_rps / 4)))
        for rate in rates:
            for label, path in (("webhook", "/webhooks/whatsapp/"), ("bare", "/bench/bare/")):
                latencies, failed = asyncio.run(_fixed_rate(port, path, bodies, rate, RATE_SECONDS))
                print(
                    f"{label} ack at {rate} req/s for {RATE_SECONDS:.0f} s: "
                    f"p50 {statistics.median(latencies):.1f} ms, p99 {percentile(latencies, 0.99):.1f} ms, "
                    f"max {max(latencies):.1f} ms ({failed} failed)"
                    + ("  (goal p99 < 20 ms at 200 req/s)" if label == "webhook" else "")
                )
        stored = InboundEvent.objects.filter(body__contains=f"wamid.BENCH{run_id}").count()
        print(f"events stored: {stored} (one per webhook request that answered 200)")
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        InboundEvent.objects.filter(body__contains=f"wamid.BENCH{run_id}").delete()
        forget_run(redis_url, queue)
