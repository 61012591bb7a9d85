"""The processes `make faults` runs and breaks: its own redis-server, uvicorn, a Celery worker, and
the signed WhatsApp sender that retries like Meta. Loopback only; every process is stopped by `close()`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench.common import ROOT, free_port, start_uvicorn, stop, wait_ready

APP_SECRET = "faults-app-secret"
ACCESS_TOKEN = "faults-access-token"
FIXTURE = ROOT / "tests" / "fixtures" / "whatsapp" / "text.json"


class RedisServer:
    """A redis-server of the run's own on a free port, nothing saved: a restart loses every queued task."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.workdir = workdir
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        log = (self.workdir / "redis.log").open("ab")
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.workdir)],
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        import redis

        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(redis.RedisError):
                if redis.Redis(port=self.port, socket_timeout=0.5).ping():
                    return self
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)


@dataclass
class Stack:
    """One uvicorn process (the project's ASGI app) and one Celery worker on a queue of the run's own."""

    env: dict[str, str]
    workdir: Path
    engine: str = "recording"  # tests/support/engine.py's RecordingEngine, or "real"
    port: int = field(default_factory=free_port)
    server: subprocess.Popen[bytes] | None = None
    worker: subprocess.Popen[bytes] | None = None
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)  # every one started
    worker_starts: int = 0

    def start(self) -> Stack:
        self.server = start_uvicorn(
            "bench.turn_asgi:application", port=self.port, env=self.env, log=self.workdir / "server.log"
        )
        self.start_worker()
        wait_ready(self.port, self.server)
        return self

    def start_worker(self) -> None:
        self.worker_starts += 1
        with (self.workdir / f"worker-{self.worker_starts}.log").open("wb") as out:
            self.worker = subprocess.Popen(
                [sys.executable, "-m", "tests.support.celery_worker", self.env["BENCH_TURN_QUEUE"], self.engine],
                env=self.env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        self.workers.append(self.worker)

    def kill_worker(self) -> None:
        """`kill -9`: no shutdown, the tasks it held are neither finished nor acknowledged."""
        if self.worker is not None and self.worker.poll() is None:
            self.worker.send_signal(signal.SIGKILL)
            self.worker.wait(timeout=10)

    def close(self) -> None:
        stop([*self.workers, *([self.server] if self.server is not None else [])])


def signed_body(*, phone_number_id: str, wa_id: str, name: str, message_id: str, text: str, at: int) -> bytes:
    payload: dict[str, Any] = json.loads(FIXTURE.read_text())
    value = payload["entry"][0]["changes"][0]["value"]
    value["metadata"]["phone_number_id"] = phone_number_id
    value["contacts"][0].update({"wa_id": wa_id, "profile": {"name": name}})
    value["messages"][0].update(
        {"from": wa_id, "id": message_id, "timestamp": str(at), "text": {"body": text}}
    )
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def signature(body: bytes) -> str:
    return "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()


@dataclass
class SendResult:
    acknowledged: set[str] = field(default_factory=set)  # keys of deliveries that got a 200
    refused: dict[int, int] = field(default_factory=dict)  # status (0: no answer) -> count, retried
    attempts: int = 0
    done: int = 0  # deliveries finished (acknowledged or given up)


async def send_all(
    url: str,
    items: list[tuple[str, bytes]],
    *,
    concurrency: int,
    give_up_after: float,
    on_progress: Callable[[int], None] | None = None,
) -> SendResult:
    """POST each (key, body) signed; anything but 200 is retried with backoff, as Meta redelivers,
    until `give_up_after` seconds from the start."""
    result = SendResult()
    queue: asyncio.Queue[tuple[str, bytes]] = asyncio.Queue()
    for item in items:
        queue.put_nowait(item)
    deadline = time.monotonic() + give_up_after
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def one(http: httpx.AsyncClient, key: str, body: bytes) -> None:
        backoff = 0.5
        headers = {"Content-Type": "application/json", "X-Hub-Signature-256": signature(body)}
        while time.monotonic() < deadline:
            result.attempts += 1
            try:
                status = (await http.post(url, content=body, headers=headers)).status_code
            except httpx.HTTPError:
                status = 0
            if status == 200:
                result.acknowledged.add(key)
                return
            result.refused[status] = result.refused.get(status, 0) + 1
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 5.0)

    async def sender(http: httpx.AsyncClient) -> None:
        while not queue.empty():
            key, body = queue.get_nowait()
            await one(http, key, body)
            result.done += 1
            if on_progress is not None:
                on_progress(result.done)

    async with httpx.AsyncClient(timeout=10.0, limits=limits) as http:
        await asyncio.gather(*(sender(http) for _ in range(concurrency)))
    return result


def loopback_env(**extra: str) -> dict[str, str]:
    """What every process of the run needs besides `bench.common.process_env`."""
    return {
        "WHATSAPP_APP_SECRET": APP_SECRET,
        "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
        "WHATSAPP_VERIFY_TOKEN": "faults-verify",
        "LOG_LEVEL": os.environ.get("FAULTS_LOG_LEVEL", "WARNING"),
        **extra,
    }
