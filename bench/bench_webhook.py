"""WhatsApp webhook ingest against the real ASGI server, beside a bare Django view on the same server.

A uvicorn child process serves the project (bench URLconf: the project's URLs plus `/bench/bare/`).
wrk (Debian's, compiled: not the bottleneck) drives it over keep-alive HTTP/1.1 connections, POSTing
pre-signed deliveries, each a new message (`wrk_webhook.lua` cycles through a file of them):

1. throughput, closed loop (CONNECTIONS connections, DURATION seconds): `POST /webhooks/whatsapp/`
   (verify, store the raw event, queue the task, 200) and the same bodies to the bare view, in the
   same run; their ratio (goal >= 0.6);
2. acknowledgement latency at a fixed offered rate (RATE requests/s: each connection waits between
   its requests, the wait calibrated by a 3 s pilot): p50 / p99 for the webhook and for the bare
   view (goal: webhook p99 < 20 ms at 200 req/s). wrk times each request from its send, so a server
   that falls behind lowers the achieved rate (printed) rather than the latency: compare it with RATE.

Uses the configured database and `REDIS_URL` (default redis://127.0.0.1:6379/0) with a real broker
(CELERY_EAGER=false): the queued tasks land in a queue of the bench's own, purged at the end, and
the events it stored are deleted. The server uses a database connection pool (DATABASE_POOL=true),
as a production ASGI deployment should. Needs wrk (Debian: apt-get install wrk).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONNECTIONS = 16
THREADS = 2
DURATION = 8
RATE = 200
RATE_SECONDS = 10
SECRET = "bench-app-secret"
FIXTURE = ROOT / "tests" / "fixtures" / "whatsapp" / "text.json"
LUA = Path(__file__).resolve().parent / "wrk_webhook.lua"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_bodies(path: Path, *, run_id: str, start: int, count: int) -> None:
    """`count` signed deliveries, one per line (`signature<TAB>body`), each with a new message id."""
    payload = json.loads(FIXTURE.read_text())
    message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    with path.open("w", encoding="utf-8") as out:
        for number in range(start, start + count):
            message["id"] = f"wamid.BENCH{run_id}{number:08d}"
            body = json.dumps(payload, separators=(",", ":"), ensure_ascii=True)
            signature = "sha256=" + hmac.new(SECRET.encode(), body.encode(), hashlib.sha256).hexdigest()
            out.write(f"{signature}\t{body}\n")


@dataclass(frozen=True)
class WrkResult:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    max_ms: float
    non_2xx: int
    socket_errors: int
    wrapped: int

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


RESULT = re.compile(r"WRK_RESULT (.+)")


def parse_wrk(output: str) -> WrkResult:
    match = RESULT.search(output)
    if not match:
        raise RuntimeError(f"wrk printed no result: {output[-500:]}")
    fields = dict(item.split("=") for item in match.group(1).split())
    return WrkResult(
        requests=int(fields["requests"]),
        seconds=int(fields["duration_us"]) / 1e6,
        p50_ms=int(fields["p50_us"]) / 1000,
        p99_ms=int(fields["p99_us"]) / 1000,
        max_ms=int(fields["max_us"]) / 1000,
        non_2xx=int(fields["non2xx"]),
        socket_errors=int(fields["socket_errors"]),
        wrapped=int(fields["wrapped"]),
    )


def wrk(
    port: int, path: str, bodies: Path, *, seconds: int, connections: int = CONNECTIONS, delay_ms: int = 0
) -> WrkResult:
    """One wrk run; `delay_ms` > 0 makes each connection wait that long before each request."""
    binary = shutil.which("wrk")
    if not binary:
        raise RuntimeError("wrk is not installed (Debian: apt-get install wrk)")
    env = {
        **os.environ,
        "WRK_BODIES": str(bodies),
        "WRK_THREADS": str(THREADS),
        "WRK_DELAY_MS": str(delay_ms),
    }
    options = [
        "-t",
        str(THREADS),
        "-c",
        str(connections),
        "-d",
        f"{seconds}s",
        "--timeout",
        "10s",
        "-s",
        str(LUA),
    ]
    result = subprocess.run(
        [binary, *options, f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        env=env,
        timeout=seconds + 60,
        check=False,
    )
    return parse_wrk(result.stdout + result.stderr)


def at_rate(port: int, path: str, bodies: Path, *, rate: int, seconds: int) -> WrkResult:
    """A run offering about `rate` requests/s: wrk waits its delay after each answer, so a connection's
    cycle is delay + latency; a short pilot measures the latency and the delay is cut by it."""
    naive = int(1000 * CONNECTIONS / rate)
    pilot = wrk(port, path, bodies, seconds=3, delay_ms=naive)
    latency_ms = max(0.0, 1000 * CONNECTIONS / max(pilot.rate, 1e-9) - naive)
    return wrk(port, path, bodies, seconds=seconds, delay_ms=max(1, int(naive - latency_ms)))


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
        print(
            f"database: {connection.vendor}; broker: redis; load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores;"
            f" client: wrk, {THREADS} threads, {CONNECTIONS} connections"
        )
        with tempfile.TemporaryDirectory(prefix="bench-webhook-") as scratch:
            warm = Path(scratch) / "warm.txt"
            write_bodies(warm, run_id=run_id, start=0, count=2000)
            wrk(port, "/webhooks/whatsapp/", warm, seconds=2)  # warm both paths (pool, code, caches)
            wrk(port, "/bench/bare/", warm, seconds=2)
            bare = wrk(port, "/bench/bare/", warm, seconds=DURATION)
            # Enough distinct deliveries for the webhook run: it cannot outrun the bare view.
            bodies = Path(scratch) / "bodies.txt"
            needed = int(bare.rate * DURATION * 1.3) + RATE * RATE_SECONDS * 2 + 1000
            write_bodies(bodies, run_id=run_id, start=10_000_000, count=needed)
            hook = wrk(port, "/webhooks/whatsapp/", bodies, seconds=DURATION)
            print(f"bare Django view:   {bare.rate:8.0f} req/s  ({bare.non_2xx + bare.socket_errors} failed)")
            print(
                f"WhatsApp webhook:   {hook.rate:8.0f} req/s  ({hook.non_2xx + hook.socket_errors} failed"
                + (f"; bodies repeated {hook.wrapped}x" if hook.wrapped else "")
                + ")"
            )
            print(f"ratio webhook/bare: {hook.rate / bare.rate:.2f}  (goal >= 0.6)")
            print(
                f"closed-loop ack latency ({CONNECTIONS} connections): webhook p50 {hook.p50_ms:.1f} ms,"
                f" p99 {hook.p99_ms:.1f} ms; bare p50 {bare.p50_ms:.1f} ms, p99 {bare.p99_ms:.1f} ms"
            )
            rates = [RATE]
            if bare.rate < 2 * RATE:  # this machine cannot serve RATE with room to spare: also a rate it can
                rates.append(max(10, int(bare.rate / 4)))
            rate_bodies = Path(scratch) / "rate.txt"
            for rate in rates:
                write_bodies(
                    rate_bodies,
                    run_id=run_id,
                    start=20_000_000 + rate * 100_000,
                    count=rate * (RATE_SECONDS + 3) * 3,
                )
                for label, path in (("webhook", "/webhooks/whatsapp/"), ("bare", "/bench/bare/")):
                    fixed = at_rate(port, path, rate_bodies, rate=rate, seconds=RATE_SECONDS)
                    print(
                        f"{label} ack at {rate} req/s offered ({fixed.rate:.0f} achieved) for {RATE_SECONDS} s: "
                        f"p50 {fixed.p50_ms:.1f} ms, p99 {fixed.p99_ms:.1f} ms, max {fixed.max_ms:.1f} ms "
                        f"({fixed.non_2xx + fixed.socket_errors} failed)"
                        + ("  (goal p99 < 20 ms at 200 req/s)" if label == "webhook" else "")
                    )
        stored = InboundEvent.objects.filter(body__contains=f"wamid.BENCH{run_id}").count()
        print(f"events stored: {stored} (one per distinct delivery the webhook answered 200)")
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        InboundEvent.objects.filter(body__contains=f"wamid.BENCH{run_id}").delete()
        forget_run(redis_url, queue)
