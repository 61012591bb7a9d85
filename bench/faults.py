"""`make faults`: lose no guest message and answer each once while processes crash, Redis loses its
data, PostgreSQL drops away and QloApps fails. Loopback only, bounded, cleans up after itself.

Production shape: uvicorn serving the project, a real Celery worker (threads), PostgreSQL (a database
of the run's own, `FAULTS_DATABASE_URL`, dropped at the end) reached through a TCP proxy the run
controls, and a redis-server of the run's own (port picked free, nothing saved). Meta is this
process: signed deliveries to the real webhook, any answer but 200 retried with backoff; the Graph
API is the fake of `tests/fakes/graph.py`. The sweeps (`channels_app.outbox_sweep`: outbox resend,
stuck events, unhandled messages) run here every SWEEP_SECONDS, as beat would, until all settled.

1. crashes: FAULTS_MESSAGES deliveries (default 3,000; the issue's 10,000 took 11 min for this
   scenario alone on a shared 2-core machine) from FAULTS_GUESTS guests, 30% repeats of another
   delivery, shuffled, 32 in flight; the worker is `kill -9`ed at 25% and 75% of the sends
   (restarted 3 s later) and Redis is killed and restarted empty at 50%. Turns use the recording
   engine of the tests (`tests/support/engine.py`): the figure measures the pipeline, not the NLU.
2. PostgreSQL unreachable: FAULTS_DB_MESSAGES deliveries (same mix); the proxy between the
   processes and PostgreSQL is cut for DB_OUTAGE_SECONDS at 40% of the sends.
3. QloApps failing: the real receptionist, PMS_BACKEND=qloapps on the fake QloApps answering 500 to
   everything; FAULTS_PMS_GUESTS guests each ask for a room, one after another. Breaker opened after
   ≤ 5 failed PMS calls (the breaker's own counter in Redis), every guest got an answer.

Prints a table; exits 1 when a goal is missed, 2 when the run could not finish (timeout).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from bench.common import process_env, run_id
from bench.faults_counts import TOKEN, Delivery, Figures, count, deliveries, table
from bench.faults_stack import ACCESS_TOKEN, RedisServer, Stack, loopback_env, send_all, signed_body

# 10,000 deliveries took 11 minutes for scenario 1 alone on a shared 2-core machine (the worker answers
# ~10-14 messages/s there): the default is smaller; FAULTS_MESSAGES=10000 runs the figure.
MESSAGES = int(os.environ.get("FAULTS_MESSAGES", "3000"))
GUESTS = int(os.environ.get("FAULTS_GUESTS", "300"))
DB_MESSAGES = int(os.environ.get("FAULTS_DB_MESSAGES", "1000"))
PMS_GUESTS = int(os.environ.get("FAULTS_PMS_GUESTS", "20"))
DUPLICATE_SHARE = 0.3
CONCURRENCY = 32
SWEEP_SECONDS = 15.0
SETTLE_SECONDS = float(os.environ.get("FAULTS_SETTLE_SECONDS", "300"))
TIMEOUT_SECONDS = float(os.environ.get("FAULTS_TIMEOUT_SECONDS", "1800"))  # the whole run
DB_OUTAGE_SECONDS = 5.0
BREAKER_GOAL = 5
ANSWER_SECONDS = 30.0


# --- the run's own database ----------------------------------------------------------------------
def _admin_url(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/postgres")), parts.path.lstrip("/")


def recreate_database(url: str, *, drop_only: bool = False) -> None:
    import psycopg
    from psycopg import sql

    admin, name = _admin_url(url)
    if not name.endswith("_faults"):  # never drop anything but a faults database
        raise RuntimeError(f"FAULTS_DATABASE_URL must name a database ending in _faults, not {name!r}")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        if not drop_only:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def proxied(url: str, port: int) -> str:
    parts = urlsplit(url)
    user = f"{parts.username}@" if parts.username else ""
    password = f"{parts.username}:{parts.password}@" if parts.password else user
    return urlunsplit(parts._replace(netloc=f"{password}127.0.0.1:{port}"))


# --- one scenario's data -------------------------------------------------------------------------
def make_hotel(kind: str, run: str, *, pms_hotel_id: int | None = None) -> tuple[Any, str]:
    """A hotel answering on a WhatsApp number of its own; (hotel, phone_number_id)."""
    from bench.common import bench_hotel
    from channels_app.models import WhatsAppNumber

    if pms_hotel_id is None:
        hotel = bench_hotel(kind, run, demo_data=False)
    else:
        from hotel_agent.hotels.models import Hotel

        hotel = Hotel.objects.create(
            slug=f"faults-{kind}-{run}", name="The Hotel Prime", pms_hotel_id=pms_hotel_id,
            currency="USD", timezone="UTC", default_language="es",
        )  # fmt: skip
    number = f"9{abs(hash((kind, run))) % 10**12:012d}"
    WhatsAppNumber.objects.create(hotel=hotel, phone_number_id=number, display_phone_number=number)
    return hotel, number


def wa_id(run_digits: str, guest: int) -> str:
    return f"3460{run_digits}{guest:04d}"


def bodies(batch: list[Delivery], *, number: str, run: str, digits: str) -> list[tuple[str, bytes]]:
    base = int(time.time()) - len(batch)
    items = []
    for d in batch:
        body = signed_body(
            phone_number_id=number, wa_id=wa_id(digits, d.guest), name=f"Guest {d.guest}",
            message_id=f"wamid.FAULTS{run}{d.index:07d}", text=d.token, at=base + d.index,
        )  # fmt: skip
        items.append((d.token, body))
    return items


def reply_text(body: dict[str, Any]) -> str:
    if body.get("type") == "interactive":
        return str(body["interactive"]["body"]["text"])
    return str(body.get("text", {}).get("body", ""))


def figures(hotel: Any, run: str, acknowledged: set[str], unacknowledged: set[str], graph: Any) -> Figures:
    from conversations.models import Direction, Message

    rows = Message.objects.filter(conversation__hotel=hotel)
    stored = list(rows.filter(direction=Direction.IN).values_list("text", flat=True))
    out = list(rows.filter(direction=Direction.OUT, author="ai").values_list("text", flat=True))
    answered = [m.group(0) for text in out if (m := TOKEN.search(text))]
    return count(
        acknowledged=acknowledged,
        unacknowledged=unacknowledged,
        stored=stored,
        answered=answered,
        replies=len(out),
        sent_texts=[t for b in graph.sent_messages() if f"faults-{run}-" in (t := reply_text(b))],
    )


def pending_work(hotel: Any) -> dict[str, int]:
    """What is still on its way: events not processed, messages unanswered, replies not sent."""
    from channels_app.models import InboundEvent, InboundEventStatus
    from conversations.models import DeliveryStatus, Direction, Message

    rows = Message.objects.filter(conversation__hotel=hotel)
    return {
        "events": InboundEvent.objects.filter(status=InboundEventStatus.PENDING).count(),
        "unanswered": rows.filter(direction=Direction.IN, handled_at__isnull=True).count(),
        "unsent": rows.filter(direction=Direction.OUT, status=DeliveryStatus.QUEUED).count(),
    }


def settle(hotel: Any, *, expected: int, started: float) -> float:
    """Sweep as beat would until every acknowledged message is stored, answered and its reply sent
    (or SETTLE_SECONDS pass). Seconds it took."""
    from channels_app.tasks import outbox_sweep
    from conversations.models import Direction, Message

    last_sweep = 0.0
    begin = time.monotonic()
    while time.monotonic() - begin < SETTLE_SECONDS and time.monotonic() - started < TIMEOUT_SECONDS:
        if time.monotonic() - last_sweep >= SWEEP_SECONDS:
            try:
                outbox_sweep()
            except Exception as exc:  # Redis may still be coming back; the next sweep tries again
                print(f"  (sweep failed: {type(exc).__name__})", flush=True)
            last_sweep = time.monotonic()
        left = pending_work(hotel)
        stored = Message.objects.filter(conversation__hotel=hotel, direction=Direction.IN).count()
        if stored >= expected and not any(left.values()):
            time.sleep(3.0)  # a late duplicate would show now
            return time.monotonic() - begin
        time.sleep(2.0)
    print(f"  (not settled after {time.monotonic() - begin:.0f} s: {pending_work(hotel)})", flush=True)
    return time.monotonic() - begin


def broker_backlog(redis_url: str, queue: str) -> tuple[int, int]:
    """(tasks delivered to a worker and not acknowledged yet, tasks waiting in the queue)."""
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        return int(client.hlen("unacked")), int(client.llen(queue))
    except redis.RedisError:
        return -1, -1
    finally:
        client.close()


def at_fraction(total: int, steps: dict[float, Callable[[], None]]) -> Callable[[int], None]:
    """A progress callback running each step (on a thread) once `fraction` of the sends are done;
    one step at a time (a small run reaches 25% and 75% within a second)."""
    remaining = sorted(steps.items())
    one_at_a_time = threading.Lock()

    def run(step: Callable[[], None]) -> None:
        with one_at_a_time:
            step()

    def progress(done: int) -> None:
        while remaining and done >= remaining[0][0] * total:
            _, step = remaining.pop(0)
            threading.Thread(target=run, args=(step,), daemon=True).start()

    return progress


def traffic(
    name: str, *, stack: Stack, graph: Any, run: str, total: int, faults: dict[float, Callable[[], None]],
    started: float,
) -> Figures:  # fmt: skip
    from bench.common import run_digits

    hotel, number = make_hotel(name, run)
    batch = deliveries(
        run=run, total=total, guests=GUESTS, duplicate_share=DUPLICATE_SHARE, seed=int(run, 16)
    )
    items = bodies(batch, number=number, run=run, digits=run_digits(run, 4))
    unique = {d.token for d in batch}
    print(f"[{name}] {len(items)} deliveries, {len(unique)} unique messages, {GUESTS} guests", flush=True)
    began = time.monotonic()
    result = asyncio.run(
        send_all(
            f"http://127.0.0.1:{stack.port}/webhooks/whatsapp/",
            items,
            concurrency=CONCURRENCY,
            give_up_after=max(60.0, TIMEOUT_SECONDS - (time.monotonic() - started) - SETTLE_SECONDS),
            on_progress=at_fraction(len(items), faults),
        )
    )
    print(
        f"[{name}] sent in {time.monotonic() - began:.0f} s: {result.attempts} attempts, "
        f"refused and retried {dict(sorted(result.refused.items()))}",
        flush=True,
    )
    took = settle(hotel, expected=len(result.acknowledged), started=started)
    print(f"[{name}] settled in {took:.0f} s", flush=True)
    return figures(hotel, run, result.acknowledged, unique - result.acknowledged, graph)


# --- scenario 3 ---------------------------------------------------------------------------------
def pms_failing(
    *, env: dict[str, str], workdir: Path, graph: Any, redis_url: str, run: str
) -> dict[str, Any]:
    """The real receptionist with QloApps answering 500: breaker opening and honest answers.

    Guests ask one after another (each waits for its answer, or ANSWER_SECONDS): with no call in
    flight on another worker thread when the breaker opens, the failures it counted are exact.
    """
    from bench.common import run_digits
    from tests.fakes.qloapps import FakeQloApps

    fake = FakeQloApps().start()
    fake.fail(status=500)
    _, number = make_hotel("pms", run, pms_hotel_id=1)
    queue = f"faults-pms-{run}"
    stack_env = {
        **env,
        "BENCH_TURN_QUEUE": queue,
        "CACHE_KEY_PREFIX": queue,
        "CHANNEL_LAYER_PREFIX": queue,
        "PMS_BACKEND": "qloapps",
        "QLOAPPS_URL": fake.url,
        "QLOAPPS_API_KEY": fake.api_key,
        "QLOAPPS_HOTEL_ID": "1",
        "PMS_TIMEOUT_SECONDS": "2",
        "PMS_BREAKER_RESET_SECONDS": "600",  # no half-open probe during the run: every failure counts
    }
    workdir = workdir / "pms"
    workdir.mkdir()
    stack = Stack(env=stack_env, workdir=workdir, engine="real").start()
    digits = run_digits(run, 4)
    asked: set[str] = set()
    answered: set[str] = set()
    replies: list[str] = []
    try:
        for guest in range(PMS_GUESTS):
            check_in = dt.date.today() + dt.timedelta(days=30 + guest)
            text = (
                f"Hola, ¿tenéis habitación doble del {check_in:%d/%m/%Y} al "
                f"{check_in + dt.timedelta(days=2):%d/%m/%Y} para dos adultos?"
            )
            guest_id = wa_id(digits, guest)
            body = signed_body(
                phone_number_id=number, wa_id=guest_id, name=f"Guest {guest}",
                message_id=f"wamid.FAULTSPMS{run}{guest:05d}", text=text, at=int(time.time()),
            )  # fmt: skip
            url = f"http://127.0.0.1:{stack.port}/webhooks/whatsapp/"
            if not asyncio.run(
                send_all(url, [(guest_id, body)], concurrency=1, give_up_after=30)
            ).acknowledged:
                continue
            asked.add(guest_id)
            # The first turn loads the language models.
            deadline = time.monotonic() + (ANSWER_SECONDS * 4 if guest == 0 else ANSWER_SECONDS)
            while time.monotonic() < deadline:
                mine = [reply_text(b) for b in graph.sent_messages() if b.get("to") == guest_id]
                if mine:
                    answered.add(guest_id)
                    replies += mine
                    break
                time.sleep(0.2)
        import redis

        from pms_bridge.breaker import breaker_namespace

        # The breaker's own record: its state and the failures it counted (one guest at a time, no
        # call was under way when it opened, and an open breaker refuses calls before counting).
        client = redis.Redis.from_url(redis_url, decode_responses=True)
        namespace = breaker_namespace("qloapps")
        state = str(client.get(f"{namespace}:pybreaker:state") or "closed")
        failed = int(client.get(f"{namespace}:pybreaker:fail_counter") or 0)
        client.close()
    finally:
        stack.close()
        fake.stop()
    return {
        "asked": len(asked),
        "answered": len(answered),
        "qloapps_requests": fake.call_count(),
        "failed": failed,
        "breaker": state,
        "sample": replies[0] if replies else "",
    }


# --- the run -------------------------------------------------------------------------------------
def main() -> int:
    started = time.monotonic()
    database_url = os.environ.get(
        "FAULTS_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/hotel_agent_faults"
    )
    run = run_id()
    workdir = Path(tempfile.mkdtemp(prefix="faults-"))
    recreate_database(database_url)
    redis_server = RedisServer(workdir).start()
    from tests.fakes.graph import FakeGraph
    from tests.support.tcp_proxy import TcpProxy

    target = urlsplit(database_url)
    proxy = TcpProxy(target.hostname or "127.0.0.1", target.port or 5432).start()
    graph = FakeGraph(access_token=ACCESS_TOKEN).start()
    queue = f"faults-{run}"
    env = process_env(
        redis_url=redis_server.url,
        queue=queue,
        **loopback_env(DATABASE_URL=proxied(database_url, proxy.port), WHATSAPP_GRAPH_URL=graph.url),
    )
    # This process sweeps and counts: straight to PostgreSQL (never cut), the run's Redis and queue.
    os.environ.update(
        {**loopback_env(), "DATABASE_URL": database_url, "REDIS_URL": redis_server.url, "CELERY_EAGER": "false",
         "DJANGO_ENV": "development", "CACHE_KEY_PREFIX": queue, "CHANNEL_LAYER_PREFIX": queue}
    )  # fmt: skip
    stack: Stack | None = None
    columns: dict[str, Figures] = {}
    pms: dict[str, Any] = {}
    try:
        from bench.common import setup_django

        setup_django()
        from hotel_agent.celery import app

        app.conf.task_default_queue = queue
        stack = Stack(env=env, workdir=workdir).start()
        live = stack

        def kill_worker() -> None:
            held, queued = broker_backlog(redis_server.url, queue)
            live.kill_worker()
            print(
                f"  ! kill -9 the Celery worker holding {held} unacknowledged tasks, {queued} queued "
                "(restarted in 3 s)",
                flush=True,
            )
            time.sleep(3.0)
            live.start_worker()

        def restart_redis() -> None:
            print("  ! kill -9 redis-server, restarted empty in 3 s", flush=True)
            redis_server.kill()
            time.sleep(3.0)
            redis_server.start()

        def cut_database() -> None:
            print(f"  ! PostgreSQL unreachable for {DB_OUTAGE_SECONDS:.0f} s", flush=True)
            proxy.cut()
            time.sleep(DB_OUTAGE_SECONDS)
            proxy.restore()

        columns["crashes"] = traffic(
            "crashes", stack=stack, graph=graph, run=run, total=MESSAGES, started=started,
            faults={0.25: kill_worker, 0.5: restart_redis, 0.75: kill_worker},
        )  # fmt: skip
        columns["db down"] = traffic(
            "db down", stack=stack, graph=graph, run=run_id(), total=DB_MESSAGES, started=started,
            faults={0.4: cut_database},
        )  # fmt: skip
        stack.close()
        stack = None
        if PMS_GUESTS:
            pms = pms_failing(env=env, workdir=workdir, graph=graph, redis_url=redis_server.url, run=run_id())
    finally:
        if stack is not None:
            stack.close()
        from django.db import connections

        connections.close_all()
        graph.stop()
        proxy.cut()
        redis_server.kill()
        if not os.environ.get("FAULTS_KEEP_DATABASE"):
            recreate_database(database_url, drop_only=True)
    print()
    print(f"make faults: {time.monotonic() - started:.0f} s wall clock, {os.cpu_count()} CPUs")
    print(table(columns))
    met = all(f.goals_met for f in columns.values())
    if pms:
        breaker_ok = pms["breaker"] == "open" and 0 < pms["failed"] <= BREAKER_GOAL
        answered_ok = pms["answered"] == pms["asked"] == PMS_GUESTS
        print(
            f"QloApps answering 500: {pms['asked']} guests asked for a room, {pms['answered']} answered "
            f"(goal: all); breaker {pms['breaker']} after {pms['failed']} failed PMS calls (goal: open after "
            f"≤ {BREAKER_GOAL}), "
            f"{pms['qloapps_requests']} requests reached QloApps; a reply: {pms['sample'][:160]!r}"
        )
        met = met and breaker_ok and answered_ok
    print("goals: " + ("all met" if met else f"MISSED (logs kept in {workdir})"))
    if met:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0 if met else 1


def _out_of_time(signum: int, frame: object) -> None:
    raise TimeoutError(f"make faults: over {TIMEOUT_SECONDS + 120:.0f} s")


if __name__ == "__main__":
    # The hard bound: whatever hangs, the run stops, cleans up (the `finally` above) and says so.
    signal.signal(signal.SIGALRM, _out_of_time)
    signal.alarm(int(TIMEOUT_SECONDS + 120))
    try:
        sys.exit(main())
    except TimeoutError as exc:
        print(exc, flush=True)
        sys.exit(2)
