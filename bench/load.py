"""`make load`: locust drives signed WhatsApp webhooks and console websockets against a stack of its own.

The stack, on loopback only: a redis-server of the run's own, a fresh PostgreSQL database
(LOAD_DATABASE_URL, dropped at the end), uvicorn serving the project, ONE Celery worker process
(solo pool: one task at a time) running the real receptionist on the demo PMS, and a fake Graph API
taking the replies. A hotel with its knowledge base, a WhatsApp number and a receptionist are made
for the run. Locust (`deploy/load/locustfile.py`, run with `uv tool run`, versions pinned below)
sends LOAD_MESSAGES deliveries from LOAD_GUESTS guests while LOAD_STAFF receptionists keep the
console open, for at most LOAD_SECONDS; then the worker is given LOAD_DRAIN_SECONDS to answer.

Printed: locust's figures (webhook acks, websocket connects and events), then the cost of one guest
message, measured:
- web: CPU of the uvicorn process per delivery (/proc/<pid>/stat);
- worker: busy time per message (the worker's own `hotel_agent_task_seconds`, summed over tasks),
  its CPU per message, and so the messages one worker process answers per second;
- PostgreSQL: transactions and rows written per message (pg_stat_database, this database only);
- Redis: commands per message (INFO stats of the run's own redis-server).
The per-worker figure is checked against the one `deploy/README.md`'s capacity note is built on
(WORKER_MESSAGES_PER_SECOND): exit 1 when a worker answers fewer than that.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.common import ROOT, free_port, process_env, run_digits, run_id, stop, wait_ready
from bench.faults_stack import ACCESS_TOKEN, APP_SECRET, RedisServer, loopback_env

# The capacity note (deploy/README.md) assumes one worker process answers this many guest messages
# a second on one core; `make load` fails when the measured figure is lower.
WORKER_MESSAGES_PER_SECOND = 2.0
LOCUST = ["--from", "locust==2.47.0", "--with", "websocket-client==1.9.0", "locust"]
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def recreate_database(url: str, *, drop_only: bool = False) -> None:
    """Drop (and create) the run's database; only one whose name ends in _load, never another."""
    import psycopg
    from psycopg import sql

    server, name = url.rsplit("/", 1)
    if not name.endswith("_load"):
        raise RuntimeError(f"LOAD_DATABASE_URL must name a database ending in _load, not {name!r}")
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        if not drop_only:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def _setting(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def scrape(url: str) -> dict[str, float]:
    """A /metrics page as {sample with labels: value}."""
    from prometheus_client.parser import text_string_to_metric_families

    values: dict[str, float] = {}
    for family in text_string_to_metric_families(httpx.get(url, timeout=10).text):
        for sample in family.samples:
            labels = ",".join(f"{k}={v}" for k, v in sorted(sample.labels.items()))
            values[f"{sample.name}{{{labels}}}"] = sample.value
    return values


def summed(values: dict[str, float], prefix: str) -> float:
    return sum(v for k, v in values.items() if k.startswith(prefix))


def database_counters(url: str) -> dict[str, int]:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres") as conn:
        row = conn.execute(
            "SELECT xact_commit, tup_inserted + tup_updated + tup_deleted, blks_hit + blks_read"
            " FROM pg_stat_database WHERE datname = %s",
            (name,),
        ).fetchone()
    assert row is not None
    return {"transactions": int(row[0]), "rows_written": int(row[1]), "blocks": int(row[2])}


def redis_commands(url: str) -> int:
    import redis

    client = redis.Redis.from_url(url)
    try:
        return int(client.info("stats")["total_commands_processed"])
    finally:
        client.close()


def make_run_data(run: str) -> tuple[Any, str, str, str]:
    """The run's hotel (demo knowledge base, its own demo-PMS hotel), WhatsApp number and receptionist."""
    from bench.common import bench_hotel, bench_staff
    from channels_app.models import WhatsAppNumber

    hotel = bench_hotel("load", run)
    number = f"8{int(run, 16) % 10**12:012d}"
    WhatsAppNumber.objects.create(hotel=hotel, phone_number_id=number, display_phone_number=number)
    password = f"load-{run}-{run_id()}"
    staff = bench_staff(hotel, password=password)
    return hotel, number, staff.username, password


def answered(hotel: Any) -> tuple[int, int, int]:
    """(guest messages stored, settled, answered by a turn) for the run's hotel: settled is answered
    by a turn, or in a conversation handed to a human (the AI rightly stays silent there)."""
    from django.db.models import Q

    from conversations.models import Message

    guest = Message.objects.filter(conversation__hotel=hotel, direction="in")
    settled = guest.filter(Q(handled_at__isnull=False) | ~Q(conversation__state="ai"))
    return guest.count(), settled.count(), guest.filter(handled_at__isnull=False).count()


def handed_off(hotel: Any) -> int:
    from conversations.models import Conversation

    return Conversation.objects.filter(hotel=hotel).exclude(state="ai").count()


def locust_stats(prefix: Path) -> list[dict[str, str]]:
    path = Path(f"{prefix}_stats.csv")
    if not path.exists():
        return []
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


def main() -> int:
    messages = _setting("LOAD_MESSAGES", 300)
    guests = _setting("LOAD_GUESTS", 20)
    staff_users = _setting("LOAD_STAFF", 3)
    seconds = _setting("LOAD_SECONDS", 90)
    drain_seconds = _setting("LOAD_DRAIN_SECONDS", 180)
    pacing = float(os.environ.get("LOAD_GUEST_PACING", "2"))
    database_url = os.environ.get("LOAD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/hotel_agent_load")
    uv = os.environ.get("UV") or shutil.which("uv") or str(ROOT / ".tools" / "bin" / "uv")

    from tests.fakes.graph import FakeGraph

    run = run_id()
    workdir = Path(tempfile.mkdtemp(prefix="load-"))
    recreate_database(database_url)
    redis_server = RedisServer(workdir).start()
    graph = FakeGraph(access_token=ACCESS_TOKEN).start()
    queue = f"load-{run}"
    web_port, worker_metrics_port = free_port(), free_port()
    env = process_env(
        redis_url=redis_server.url,
        queue=queue,
        **loopback_env(DATABASE_URL=database_url, WHATSAPP_GRAPH_URL=graph.url),
    )
    env.update({"LOG_LEVEL": "WARNING", "DATABASE_POOL": "true"})
    os.environ.update(
        {"DATABASE_URL": database_url, "REDIS_URL": redis_server.url, "CELERY_EAGER": "false",
         "DJANGO_ENV": "development", "CACHE_KEY_PREFIX": queue, "CHANNEL_LAYER_PREFIX": queue}
    )  # fmt: skip
    processes: list[subprocess.Popen[bytes]] = []
    status = 1
    try:
        from bench.common import setup_django

        setup_django()
        hotel, number, staff_user, staff_password = make_run_data(run)
        with (workdir / "server.log").open("wb") as out:
            server = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "bench.turn_asgi:application", "--host", "127.0.0.1",
                 "--port", str(web_port), "--lifespan", "off", "--no-access-log", "--log-level", "warning"],
                env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        processes.append(server)
        worker_env = {
            **env,
            "WORKER_METRICS_PORT": str(worker_metrics_port),
            "WORKER_METRICS_ADDRESS": "127.0.0.1",
        }
        with (workdir / "worker.log").open("wb") as out:
            worker = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "bench.turn_celery", "worker", "-P", "solo", "-Q", queue,
                 "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "WARNING"],
                env=worker_env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        processes.append(worker)
        wait_ready(web_port, server)
        metrics_deadline = time.monotonic() + 120
        while True:  # the worker's metrics server is up once it has loaded the app and the models
            try:
                scrape(f"http://127.0.0.1:{worker_metrics_port}/metrics")
                break
            except httpx.HTTPError:
                if time.monotonic() > metrics_deadline or worker.poll() is not None:
                    raise RuntimeError(f"the worker did not start (log: {workdir / 'worker.log'})") from None
                time.sleep(0.5)
        # One message first, so the worker has loaded its language models before anything is measured.
        from bench.faults_stack import signature, signed_body

        body = signed_body(phone_number_id=number, wa_id=f"3461{run_digits(run, 4)}0000", name="Warm Up",
                           message_id=f"wamid.LOADWARM{run}", text="Hola", at=int(time.time()))  # fmt: skip
        httpx.post(
            f"http://127.0.0.1:{web_port}/webhooks/whatsapp/",
            content=body,
            headers={"Content-Type": "application/json", "X-Hub-Signature-256": signature(body)},
            timeout=10,
        ).raise_for_status()
        warm_deadline = time.monotonic() + 180
        while answered(hotel)[2] < 1:
            if time.monotonic() > warm_deadline:
                raise RuntimeError(f"the warm-up message was not answered (log: {workdir / 'worker.log'})")
            time.sleep(0.5)
        web_cpu0, worker_cpu0 = cpu_seconds(server.pid), cpu_seconds(worker.pid)
        db0, redis0 = database_counters(database_url), redis_commands(redis_server.url)
        worker0 = scrape(f"http://127.0.0.1:{worker_metrics_port}/metrics")
        users = guests + staff_users
        print(
            f"make load: {messages} deliveries from {guests} guests (one each every {pacing:g} s), "
            f"{staff_users} receptionists on the console websocket; at most {seconds} s; "
            f"stack on 127.0.0.1:{web_port}, one worker process; {os.cpu_count()} CPUs, "
            f"load {os.getloadavg()[0]:.1f}",
            flush=True,
        )
        locust_env = {
            **os.environ,
            "LOAD_APP_SECRET": APP_SECRET,
            "LOAD_PHONE_NUMBER_ID": number,
            "LOAD_RUN": run,
            "LOAD_RUN_DIGITS": run_digits(run, 4),
            "LOAD_MESSAGES": str(messages),
            "LOAD_GUEST_PACING": str(pacing),
            "LOAD_STAFF": str(staff_users),
            "LOAD_STAFF_USER": staff_user,
            "LOAD_STAFF_PASSWORD": staff_password,
            "LOAD_FIXTURE": str(ROOT / "tests" / "fixtures" / "whatsapp" / "text.json"),
        }
        prefix = workdir / "locust"
        began = time.monotonic()
        ran = subprocess.run(
            [uv, "tool", "run", *LOCUST, "-f", str(ROOT / "deploy" / "load" / "locustfile.py"), "--headless",
             "-u", str(users), "-r", str(max(1, users // 5)), "--run-time", f"{seconds}s", "--stop-timeout", "5",
             "--host", f"http://127.0.0.1:{web_port}", "--csv", str(prefix), "--only-summary", "--exit-code-on-error", "0"],
            env=locust_env, cwd=ROOT, capture_output=True, text=True, timeout=seconds + 300, check=False,
        )  # fmt: skip
        sent_for = time.monotonic() - began
        if ran.returncode != 0:
            print(ran.stdout[-3000:], ran.stderr[-3000:], sep="\n")
            raise RuntimeError(f"locust exited with {ran.returncode}")
        stats = locust_stats(prefix)
        for row in stats:
            if row["Name"] == "Aggregated":
                continue
            print(
                f"  {row['Type']:5} {row['Name']:28} {int(row['Request Count']):6d} done, "
                f"{int(row['Failure Count']):4d} failed, p50 {row['50%']} ms, p99 {row['99%']} ms, "
                f"max {float(row['Max Response Time']):.0f} ms"
            )
        deliveries = next(
            (
                int(r["Request Count"]) - int(r["Failure Count"])
                for r in stats
                if r["Name"] == "POST /webhooks/whatsapp/"
            ),
            0,
        )
        drain_deadline = time.monotonic() + drain_seconds
        stored, handled, turned = (n - 1 for n in answered(hotel))  # without the warm-up message
        while handled < stored and time.monotonic() < drain_deadline:
            time.sleep(1.0)
            stored, handled, turned = (n - 1 for n in answered(hotel))
        drained = time.monotonic() - began
        web_cpu = cpu_seconds(server.pid) - web_cpu0
        worker_cpu = cpu_seconds(worker.pid) - worker_cpu0
        db1, redis1 = database_counters(database_url), redis_commands(redis_server.url)
        worker1 = scrape(f"http://127.0.0.1:{worker_metrics_port}/metrics")
        busy = summed(worker1, "hotel_agent_task_seconds_sum") - summed(
            worker0, "hotel_agent_task_seconds_sum"
        )
        turns = summed(worker1, "hotel_agent_tasks_total") - summed(worker0, "hotel_agent_tasks_total")
        print(
            f"sent {deliveries} deliveries in {sent_for:.0f} s; {handled} of {stored} guest messages settled "
            f"({turned} answered by a turn, the rest in conversations handed to a human) "
            f"{drained:.0f} s after the start; {len(graph.requests)} sends reached the Graph API; "
            f"{int(turns)} worker tasks; {handed_off(hotel)} conversations handed to a human"
        )
        if not turned:
            raise RuntimeError("no guest message was answered")
        # Busy time and CPU are divided by the messages a turn answered (a handed-off guest's later
        # messages cost the worker only their storing).
        per = 1000 / turned
        print("cost of one guest message (measured over the run):")
        print(
            f"  web:        {web_cpu * 1000 / max(deliveries, 1):6.1f} ms CPU per delivery (uvicorn, one process)"
        )
        print(
            f"  worker:     {busy * per:6.1f} ms busy, {worker_cpu * per:6.1f} ms CPU per message "
            f"(every task it ran, turn, event, sends)"
        )
        print(
            f"  PostgreSQL: {(db1['transactions'] - db0['transactions']) / turned:6.1f} transactions, "
            f"{(db1['rows_written'] - db0['rows_written']) / turned:6.1f} rows written per message (web and worker)"
        )
        print(f"  Redis:      {(redis1 - redis0) / turned:6.1f} commands per message")
        per_worker = turned / busy if busy else 0.0
        print(
            f"one worker process answers {per_worker:.1f} guest messages/s "
            f"(capacity note assumes {WORKER_MESSAGES_PER_SECOND:g}): "
            + ("ok" if per_worker >= WORKER_MESSAGES_PER_SECOND else "BELOW the capacity note's figure")
        )
        status = 0 if handled == stored and per_worker >= WORKER_MESSAGES_PER_SECOND else 1
        if handled < stored:
            print(f"{stored - handled} guest messages were not answered within {drain_seconds} s of draining")
    finally:
        stop(processes)
        from django.db import connections

        connections.close_all()
        graph.stop()
        redis_server.kill()
        recreate_database(database_url, drop_only=True)
        if status == 0:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            print(f"(logs kept in {workdir})")
    return status


if __name__ == "__main__":
    sys.exit(main())
