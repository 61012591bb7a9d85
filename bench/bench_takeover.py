"""A receptionist's take-over while web-chat guests wait on a slow PMS, on the same server process.

Production shape: one uvicorn process (Redis channel layer) and one real Celery worker (solo), the
demo PMS behind a 2 s delay on every call in both processes (`bench.slow_pms`). GUESTS web-chat
guests each open the page (`GET /chat/<slug>/`, the session cookie), connect `/ws/chat/<slug>/` and
ask for a double room on dates nobody asked before (a PMS availability call), wait for the hotel's
answer, and start again as a new guest, for as long as the take-overs run.

Take-overs are scheduled at a fixed pace (open loop: a stalled server cannot slow the schedule
down, and the latency counts from the scheduled time), each on an idle conversation of the run's
hotel, alternately through the console websocket (`{"action": "take_over"}` → its ack, on one of
SOCKETS open staff screens) and the staff API (`POST /api/conversations/<id>/take-over/`, JWT); each is
followed by its hand-back the same way. Baseline in the same run: the same schedule with no web-chat
traffic. Goal: take-over p99 < 100 ms with the traffic.

Where the turns ran is printed from the processes' `pms.call` log lines: a PMS call in the server
process means the web-chat turn ran inside it (and every database call of that process waited).

Own data every run: a hotel (with its demo PMS hotel), a staff member, idle conversations and
guests, a Celery queue, cache and channel-layer prefixes, all named after the run; the hotel is
retired at the end and the queue deleted. Uses the configured database and `REDIS_URL`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import secrets
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx

from bench.common import (
    bench_hotel,
    bench_staff,
    forget_run,
    free_port,
    percentile,
    process_env,
    reset_breaker,
    retire_hotel,
    run_id,
    setup_django,
    start_celery,
    start_uvicorn,
    stop,
    summary,
    wait_ready,
)

GUESTS = 4
PMS_DELAY_SECONDS = 2.0
CYCLES = 60  # take-over + hand-back pairs per phase, each on a conversation of its own
EVERY_SECONDS = 0.2  # one take-over scheduled this often
SOCKETS = 8  # open console screens of the staff member
ACTION_TIMEOUT_SECONDS = 60.0
GOAL_P99_MS = 100.0


def _idle_conversations(hotel: Any, run: str, count: int) -> list[int]:
    """Conversations the AI holds and nobody writes to: what the receptionist takes over."""
    from conversations.incoming import Channel
    from conversations.models import Conversation, Guest

    guests = Guest.objects.bulk_create(
        [Guest(webchat_session=f"bench-{run}-idle-{i}", name=f"Idle guest {i}") for i in range(count)]
    )
    conversations = Conversation.objects.bulk_create(
        [Conversation(hotel=hotel, guest=guest, channel=Channel.WEBCHAT) for guest in guests]
    )
    return [c.pk for c in conversations]


def _session_cookie(user: Any) -> str:
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


class Console:
    """SOCKETS open console websockets of one staff member; one action in flight per socket."""

    def __init__(self, url: str, *, cookie: str, origin: str) -> None:
        self.url, self.cookie, self.origin = url, cookie, origin
        self.free: asyncio.Queue[Any] = asyncio.Queue()
        self.waiting: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self.sockets: list[Any] = []
        self.readers: list[asyncio.Task[None]] = []

    async def open(self) -> None:
        import websockets

        for _ in range(SOCKETS):
            ws = await websockets.connect(
                self.url, additional_headers={"Cookie": self.cookie, "Origin": self.origin}, max_queue=None
            )
            hello = json.loads(await ws.recv())
            if hello.get("event") != "hello":
                raise RuntimeError(f"console refused: {hello}")
            self.sockets.append(ws)
            self.readers.append(asyncio.create_task(self._read(ws)))
            self.free.put_nowait(ws)

    async def _read(self, ws: Any) -> None:
        async for raw in ws:
            frame = json.loads(raw)
            if frame.get("event") in ("ack", "error"):
                waiter = self.waiting.pop(str(frame.get("request_id")), None)
                if waiter is not None and not waiter.done():
                    waiter.set_result(frame)

    async def act(self, action: str, conversation_id: int, **extra: Any) -> None:
        ws = await self.free.get()
        try:
            request_id = uuid.uuid4().hex
            waiter = asyncio.get_running_loop().create_future()
            self.waiting[request_id] = waiter
            await ws.send(
                json.dumps(
                    {"action": action, "conversation_id": conversation_id, "request_id": request_id, **extra}
                )
            )
            frame = await asyncio.wait_for(waiter, ACTION_TIMEOUT_SECONDS)
            if frame.get("event") != "ack":
                raise RuntimeError(f"console {action}: {frame}")
        finally:
            self.free.put_nowait(ws)

    async def close(self) -> None:
        for ws in self.sockets:
            await ws.close()
        for reader in self.readers:
            reader.cancel()
        await asyncio.gather(*self.readers, return_exceptions=True)


async def _api(http: httpx.AsyncClient, token: str, path: str, body: dict[str, Any] | None = None) -> None:
    response = await http.post(path, json=body, headers={"Authorization": f"Bearer {token}"})
    response.raise_for_status()


async def _phase(
    *, console: Console, http: httpx.AsyncClient, token: str, conversations: list[int]
) -> tuple[dict[str, list[float]], list[str]]:
    """Take over and hand back each conversation, one take-over every EVERY_SECONDS (open loop)."""
    latencies: dict[str, list[float]] = defaultdict(list)
    failures: list[str] = []
    start = time.perf_counter() + 0.05

    async def cycle(index: int, conversation_id: int) -> None:
        scheduled = start + index * EVERY_SECONDS
        await asyncio.sleep(max(0.0, scheduled - time.perf_counter()))
        way = "console" if index % 2 == 0 else "API"
        try:
            if way == "console":
                await console.act("take_over", conversation_id)
            else:
                await _api(http, token, f"/api/conversations/{conversation_id}/take-over/")
            latencies[f"take-over ({way})"].append((time.perf_counter() - scheduled) * 1000)
            began = time.perf_counter()
            if way == "console":
                await console.act("hand_back", conversation_id, summary="bench")
            else:
                await _api(
                    http, token, f"/api/conversations/{conversation_id}/hand-back/", {"summary": "bench"}
                )
            latencies[f"hand-back ({way})"].append((time.perf_counter() - began) * 1000)
        except Exception as exc:
            failures.append(f"{way} #{conversation_id}: {type(exc).__name__}: {exc}"[:200])

    await asyncio.gather(*(cycle(i, c) for i, c in enumerate(conversations)))
    return latencies, failures


class Guests:
    """GUESTS web-chat guests asking for rooms, one question per new guest, until stopped."""

    def __init__(self, base_url: str, slug: str, *, cookie_name: str) -> None:
        self.base_url, self.slug, self.cookie_name = base_url, slug, cookie_name
        self.stopping = asyncio.Event()
        self.turns_ms: list[float] = []
        self.unanswered = 0
        self.errors: list[str] = []
        self.asked = 0
        self.tasks: list[asyncio.Task[None]] = []

    def _question(self) -> str:
        # Dates nobody asked before in this run: the PMS read cache cannot answer them.
        check_in = dt.date.today() + dt.timedelta(days=20 + self.asked % 330)
        self.asked += 1
        check_out = check_in + dt.timedelta(days=2)
        return f"¿Tenéis habitación doble del {check_in:%d/%m} al {check_out:%d/%m} para dos?"

    async def one(self, http: httpx.AsyncClient, *, timeout: float) -> float | None:
        """One guest, one question: milliseconds until the hotel answered (None: no answer in time)."""
        import websockets

        http.cookies.clear()  # a new guest: no session yet; the page makes one when the guest writes
        page = await http.get(f"/chat/{self.slug}/")
        page.raise_for_status()
        started = await http.post(
            f"/chat/{self.slug}/session/", headers={"X-CSRFToken": page.cookies["csrftoken"]}
        )
        started.raise_for_status()
        cookie = f"{self.cookie_name}={started.cookies[self.cookie_name]}"
        ws_url = self.base_url.replace("http://", "ws://") + f"/ws/chat/{self.slug}/"
        async with websockets.connect(
            ws_url, additional_headers={"Cookie": cookie, "Origin": self.base_url}, open_timeout=timeout
        ) as ws:
            await asyncio.wait_for(ws.recv(), timeout)  # the history
            sent = time.perf_counter()
            await ws.send(json.dumps({"client_id": uuid.uuid4().hex, "text": self._question()}))
            deadline = sent + timeout
            while time.perf_counter() < deadline:
                try:
                    raw = await asyncio.wait_for(
                        ws.recv(), min(0.5, max(0.01, deadline - time.perf_counter()))
                    )
                except TimeoutError:
                    if self.stopping.is_set():
                        return None
                    continue
                frame = json.loads(raw)
                if frame.get("type") == "message" and frame.get("message", {}).get("from") == "hotel":
                    return (time.perf_counter() - sent) * 1000
        return None

    async def _guest(self) -> None:
        async with httpx.AsyncClient(base_url=self.base_url, timeout=ACTION_TIMEOUT_SECONDS) as http:
            while not self.stopping.is_set():
                try:
                    took = await self.one(http, timeout=ACTION_TIMEOUT_SECONDS)
                except Exception as exc:
                    self.errors.append(f"{type(exc).__name__}: {exc}"[:200])
                    await asyncio.sleep(0.5)
                    continue
                if took is None:
                    self.unanswered += 1
                else:
                    self.turns_ms.append(took)

    def start(self) -> None:
        self.tasks = [asyncio.create_task(self._guest()) for _ in range(GUESTS)]

    async def stop(self) -> None:
        self.stopping.set()
        _, pending = await asyncio.wait(self.tasks, timeout=5)
        for task in pending:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)


async def _measure(
    *, port: int, slug: str, cookie: str, username: str, password: str, idle: list[int], cookie_name: str
) -> dict[str, Any]:
    base_url = f"http://127.0.0.1:{port}"
    limits = httpx.Limits(max_connections=SOCKETS, max_keepalive_connections=SOCKETS)
    async with httpx.AsyncClient(base_url=base_url, timeout=ACTION_TIMEOUT_SECONDS, limits=limits) as http:
        token_response = await http.post(
            "/api/auth/token/", json={"username": username, "password": password}
        )
        token_response.raise_for_status()
        token = token_response.json()["access"]
        console = Console(f"ws://127.0.0.1:{port}/ws/console/", cookie=cookie, origin=base_url)
        await console.open()
        guests = Guests(base_url, slug, cookie_name=cookie_name)
        try:
            # Warm-up: the first web-chat turn loads the language models wherever turns run.
            async with httpx.AsyncClient(base_url=base_url, timeout=ACTION_TIMEOUT_SECONDS) as warm:
                first_turn = await guests.one(warm, timeout=120.0)
            if first_turn is None:
                raise RuntimeError("the warm-up web-chat question got no answer within 120 s")
            warm_ups, baseline_ids, loaded_ids = idle[:4], idle[4 : 4 + CYCLES], idle[4 + CYCLES :]
            await _phase(console=console, http=http, token=token, conversations=warm_ups)
            baseline, baseline_failures = await _phase(
                console=console, http=http, token=token, conversations=baseline_ids
            )
            guests.start()
            await asyncio.sleep(1.0)  # every guest has asked: their turns are under way
            started = time.perf_counter()
            loaded, loaded_failures = await _phase(
                console=console, http=http, token=token, conversations=loaded_ids
            )
            loaded_seconds = time.perf_counter() - started
        finally:
            await guests.stop()
            await console.close()
    return {
        "first_turn_ms": first_turn,
        "baseline": baseline,
        "baseline_failures": baseline_failures,
        "loaded": loaded,
        "loaded_failures": loaded_failures,
        "loaded_seconds": loaded_seconds,
        "guest_turns_ms": guests.turns_ms,
        "unanswered": guests.unanswered,
        "guest_errors": guests.errors,
    }


def _pms_calls(log: Path) -> int:
    count = 0
    for line in log.read_text(errors="replace").splitlines():
        if '"pms.call"' in line or "'pms.call'" in line:
            count += 1
    return count


def run() -> None:
    redis_url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    setup_django()
    from django.conf import settings

    run = run_id()
    hotel = bench_hotel("takeover", run)
    password = secrets.token_urlsafe(16)
    staff = bench_staff(hotel, password=password)
    idle = _idle_conversations(hotel, run, 4 + 2 * CYCLES)
    cookie = _session_cookie(staff)
    reset_breaker(redis_url, "demo")
    queue = f"bench-takeover-{run}"
    workdir = Path(tempfile.mkdtemp(prefix="bench-takeover-"))
    env = process_env(
        redis_url=redis_url,
        queue=queue,
        BENCH_TASK_LOG="",
        BENCH_PMS_DELAY_SECONDS=str(PMS_DELAY_SECONDS),
    )
    port = free_port()
    server_log, worker_log = workdir / "server.log", workdir / "worker.log"
    processes = [
        start_uvicorn("bench.turn_asgi:application", port=port, env=env, log=server_log),
        start_celery("bench.turn_celery", queue=queue, env=env, log=worker_log),
    ]
    try:
        wait_ready(port, processes[0])
        result = asyncio.run(
            _measure(
                port=port,
                slug=hotel.slug,
                cookie=cookie,
                username=staff.get_username(),
                password=password,
                idle=idle,
                cookie_name=settings.SESSION_COOKIE_NAME,
            )
        )
    finally:
        stop(processes)
        retire_hotel(hotel)
        forget_run(redis_url, queue)
    turns = result["guest_turns_ms"]
    print(
        f"1 uvicorn process + 1 Celery worker (solo), Redis channel layer; demo PMS with {PMS_DELAY_SECONDS:.0f} s "
        f"per call; hotel {hotel.slug} (own data of this run); load {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    print(
        f"PMS calls logged: {_pms_calls(server_log)} by the server process, {_pms_calls(worker_log)} by the worker "
        "(a call logged by the server process means a web-chat turn ran inside it)"
    )
    print(
        f"web-chat traffic: {GUESTS} guests, {len(turns)} questions answered during {result['loaded_seconds']:.1f} s "
        f"of take-overs (question → answer p50 {percentile(turns, 0.5) / 1000 if turns else float('nan'):.1f} s), "
        f"{result['unanswered']} unanswered when stopped, {len(result['guest_errors'])} errors; "
        f"first question (warm-up) {result['first_turn_ms'] / 1000:.1f} s"
    )
    for error in result["guest_errors"][:3]:
        print(f"  guest error: {error}")
    print(
        f"{CYCLES} take-overs per phase, one every {EVERY_SECONDS * 1000:.0f} ms (open loop), half console, half API:"
    )
    for phase in ("baseline", "loaded"):
        title = "baseline, no web-chat traffic" if phase == "baseline" else "with web-chat traffic"
        print(f" {title}:")
        for name in ("take-over (console)", "take-over (API)", "hand-back (console)", "hand-back (API)"):
            print(f"  {name:<22} {summary(result[phase].get(name, []))}")
        for failure in result[f"{phase}_failures"][:3]:
            print(f"  failed: {failure}")
        if result[f"{phase}_failures"]:
            print(f"  ({len(result[f'{phase}_failures'])} cycles failed)")
    for way in ("console", "API"):
        base_way, loaded_way = (
            result["baseline"][f"take-over ({way})"],
            result["loaded"][f"take-over ({way})"],
        )
        if base_way and loaded_way:
            print(
                f"take-over ({way}) with traffic / without: p50 {percentile(loaded_way, 0.5):.1f} / "
                f"{percentile(base_way, 0.5):.1f} ms, p99 {percentile(loaded_way, 0.99):.1f} / "
                f"{percentile(base_way, 0.99):.1f} ms ({percentile(loaded_way, 0.99) / percentile(base_way, 0.99):.1f}x)"
            )
    base = result["baseline"]["take-over (console)"] + result["baseline"]["take-over (API)"]
    loaded = result["loaded"]["take-over (console)"] + result["loaded"]["take-over (API)"]
    if not base or not loaded:
        raise RuntimeError("no take-over completed in one of the phases")
    b50, b99, l50, l99 = (percentile(v, q) for v in (base, loaded) for q in (0.5, 0.99))
    print(
        f"take-over, console and API together: baseline p50 {b50:.1f} ms, p99 {b99:.1f} ms; with web-chat "
        f"traffic p50 {l50:.1f} ms, p99 {l99:.1f} ms; ratio p50 {l50 / b50:.1f}x, p99 {l99 / b99:.1f}x; "
        f"goal p99 < {GOAL_P99_MS:.0f} ms with traffic: {'met' if l99 < GOAL_P99_MS else 'NOT met'}"
    )
