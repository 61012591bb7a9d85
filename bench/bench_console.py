"""Console fan-out: how long a new message takes to reach 500 open console screens.

Serves the real ASGI app (uvicorn, channels-redis) in a child process, opens N authenticated console
websockets from this process, and publishes `message.created` events to the hotel's group exactly as
`conversations.events.publish_on_commit` does. Each screen records when the event arrived; the delay
is arrival minus publish time. Baseline in the same run: the same measurement with one screen.

Redis: `REDIS_URL` if set, else redis://127.0.0.1:6379/0; the database is the configured one.
"""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

SCREENS = 500
EVENTS = 20
EVENT_GAP_SECONDS = 0.5
ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _setup_django() -> tuple[str, int, str]:
    """Migrate, and make a hotel and a staff session; returns (redis url, hotel id, cookie header)."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hotel_agent.settings")
    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client

    from hotel_agent.hotels.models import Hotel, HotelMembership

    call_command("migrate", verbosity=0, interactive=False)
    hotel, _ = Hotel.objects.get_or_create(
        slug="bench-console-hotel", defaults={"name": "Bench console hotel", "pms_hotel_id": 987_654}
    )
    user, _ = get_user_model().objects.get_or_create(username="bench-console", defaults={"is_staff": True})
    HotelMembership.objects.get_or_create(user=user, hotel=hotel)
    client = Client()
    client.force_login(user)
    cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
    redis_url = settings.REDIS_URL or "redis://127.0.0.1:6379/0"
    return redis_url, hotel.pk, cookie


def _start_server(redis_url: str, port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "REDIS_URL": redis_url,
        "CHANNEL_LAYER_PREFIX": "bench_console",
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


async def _measure(*, screens: int, url: str, cookie: str, redis_url: str, hotel_id: int) -> dict[str, Any]:
    from channels_redis.core import RedisChannelLayer

    layer = RedisChannelLayer(hosts=[{"address": redis_url, "socket_timeout": 15}], prefix="bench_console")
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
        "p50": _percentile(delays_ms, 0.5) if delays_ms else float("nan"),
        "p99": _percentile(delays_ms, 0.99) if delays_ms else float("nan"),
        "mean": statistics.fmean(delays_ms) if delays_ms else float("nan"),
    }


def run() -> None:
    redis_url, hotel_id, cookie = _setup_django()
    port = _free_port()
    server = _start_server(redis_url, port)
    url = f"ws://127.0.0.1:{port}/ws/console/"
    try:
        baseline = asyncio.run(
            _measure(screens=1, url=url, cookie=cookie, redis_url=redis_url, hotel_id=hotel_id)
        )
        loaded = asyncio.run(
            _measure(screens=SCREENS, url=url, cookie=cookie, redis_url=redis_url, hotel_id=hotel_id)
        )
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # still closing hundreds of sockets gracefully
            server.kill()
            server.wait(timeout=10)
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
