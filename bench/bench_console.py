"""Console fan-out: how long a new message takes to reach 500 open console screens.

Serves the real ASGI app (uvicorn, channels-redis) in a child process, opens N authenticated console
websockets from this process, and publishes `message.created` events to the hotel's group exactly as
`conversations.events.publish_on_commit` does. Each screen records when the event arrived; the delay
is arrival minus publish time. Baseline in the same run: the same measurement with one screen.

Redis: `REDIS_URL` if set, else redis://127.0.0.1:6379/0; the database is the configured one. Each
run has its own hotel and staff member (retired at the end) and its own channel-layer prefix.
"""

from __future__ import annotations

import asyncio
import functools
import os
import secrets
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import bench_hotel, bench_staff, percentile, retire_hotel, run_id, setup_django

SCREENS = 500
EVENTS = 20
EVENT_GAP_SECONDS = 0.5
ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _setup_django(run: str) -> tuple[str, Any, str]:
    """Migrate, and make the run's own hotel and staff session; returns (redis url, hotel, cookie header)."""
    setup_django()
    from django.conf import settings
    from django.test import Client

    hotel = bench_hotel("console", run, demo_data=False)
    user = bench_staff(hotel, password=secrets.token_urlsafe(16))
    client = Client()
    client.force_login(user)
    cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
    redis_url = settings.REDIS_URL or "redis://127.0.0.1:6379/0"
    return redis_url, hotel, cookie


def _start_server(redis_url: str, port: int, prefix: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "REDIS_URL": redis_url,
        "CHANNEL_LAYER_PREFIX": prefix,
        "LOG_LEVEL": "WARNING",
    }
    command = [
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
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("the console server did not start")


async def _screen(
    url: str, cookie: str, ready: asyncio.Event, arrivals: list[float], stop: asyncio.Event
) -> None:
    import websockets

    headers = {"Cookie": cookie, "Origin": "http://127.0.0.1"}
    async with websockets.connect(url, additional_headers=headers, max_queue=None, open_timeout=60) as ws:
        hello = await ws.recv()
        assert b'"hello"' in (hello.encode() if isinstance(hello, str) else hello)
        ready.set()
        while not stop.is_set():
            try:
                raw = await asyncio.wait_for(ws.recv(), timeout=0.5)
            except TimeoutError:
                continue
            received = time.time()
            text = raw if isinstance(raw, str) else raw.decode()
            if '"message.created"' in text:
                sent = float(text.split('"sent_at": ')[1].split("}")[0])
                arrivals.append(received - sent)


async def _measure(
    *, screens: int, url: str, cookie: str, redis_url: str, hotel_id: int, prefix: str
) -> dict[str, Any]:
    from channels_redis.core import RedisChannelLayer

    layer = RedisChannelLayer(hosts=[{"address": redis_url, "socket_timeout": 15}], prefix=prefix)
    arrivals: list[float] = []
    stop = asyncio.Event()
    readies = [asyncio.Event() for _ in range(screens)]
    tasks = []
    for ready in readies:
        tasks.append(asyncio.create_task(_screen(url, cookie, ready, arrivals, stop)))
        await asyncio.sleep(0.002)  # do not stampede the handshake
    await asyncio.wait_for(asyncio.gather(*(r.wait() for r in readies)), timeout=120)
    await asyncio.sleep(0.5)
    for i in range(EVENTS):
        await layer.group_send(
            f"hotel_{hotel_id}",
            {
                "type": "console.event",
                "event": "message.created",
                "conversation_id": i,
                "data": {"sent_at": time.time()},
            },
        )
        await asyncio.sleep(EVENT_GAP_SECONDS)
    deadline = time.monotonic() + 10
    while len(arrivals) < screens * EVENTS and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    stop.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    await layer.flush() if hasattr(layer, "flush") else None
    delays_ms = [d * 1000 for d in arrivals]
    return {
        "screens": screens,
        "expected": screens * EVENTS,
        "received": len(delays_ms),
        "p50": percentile(delays_ms, 0.5) if delays_ms else float("nan"),
        "p99": percentile(delays_ms, 0.99) if delays_ms else float("nan"),
        "mean": statistics.fmean(delays_ms) if delays_ms else float("nan"),
    }


def run() -> None:
    run = run_id()
    prefix = f"bench_console_{run}"  # the run's own channel-layer groups
    redis_url, hotel, cookie = _setup_django(run)
    port = _free_port()
    server = _start_server(redis_url, port, prefix)
    url = f"ws://127.0.0.1:{port}/ws/console/"
    measure = functools.partial(
        _measure, url=url, cookie=cookie, redis_url=redis_url, hotel_id=hotel.pk, prefix=prefix
    )
    try:
        baseline = asyncio.run(measure(screens=1))
        loaded = asyncio.run(measure(screens=SCREENS))
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # still closing hundreds of sockets gracefully
            server.kill()
            server.wait(timeout=10)
        retire_hotel(hotel)
    for r in (baseline, loaded):
        print(
            f"{r['screens']:>4} console websockets: fan-out delay p50 {r['p50']:.1f} ms, p99 {r['p99']:.1f} ms, "
            f"mean {r['mean']:.1f} ms ({r['received']}/{r['expected']} deliveries)"
        )
    ratio = loaded["p99"] / baseline["p99"] if baseline["p99"] else float("nan")
    load1, _, _ = os.getloadavg()
    print(
        f"machine: {os.cpu_count()} CPUs, load average {load1:.1f} (server, Redis and the {SCREENS} clients share them)"
    )
    print(
        f"p99 ratio {SCREENS} screens / 1 screen: {ratio:.1f}x; goal p99 < 200 ms: "
        f"{'met' if loaded['p99'] < 200 else 'NOT met'}"
    )


if __name__ == "__main__":
    run()
