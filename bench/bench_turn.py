"""Guest-turn latency: from the signed WhatsApp webhook POST to the reply arriving at the Graph API.

Real processes, as deployed: a uvicorn server (webhook → raw event stored → task queued in Redis), a
Celery worker (normalise → message_receive → the receptionist engine → outbox → send), the demo PMS,
and a fake Graph API in this process. Each guest writes a Spanish conversation (greeting,
availability, choice, name and e-mail, an FAQ, the yes that books); turns are sent one at a time, so
the figure is latency, not queueing.

PMS time is excluded: the worker logs every PMS call (`pms.call`, `ms`, with the turn's correlation
id, which the bench sets as `X-Request-ID`), and that time is subtracted from the turn's latency.

Baseline in the same run: a sticker, which travels the same path (webhook, Redis, worker, record,
outbox, Graph API) but which the engine answers without reading it — the pipeline's own cost. The
ratio says how much the receptionist's thinking adds on top. Goals: sticker p50 ≤ 20 ms; guest turn
p50 < 50 ms, p99 < 200 ms.

Where the time goes: per stage, from the timestamps the rows carry (InboundEvent.received_at /
processed_at, the guest Message's created_at / handled_at, the reply's created_at / sent_at), the
moment the fake Graph API got the send, and two things no row records, taken from the worker by the
bench's own probe (`bench.worker_probe`): when each task started, and its SQL time.

Own data every run: a hotel of its own (demo PMS hotel, knowledge base), a WhatsApp number mapped to
it, guest phone numbers, a Celery queue, cache and channel-layer prefixes, all named after the run;
the hotel is retired at the end and the queue deleted. Uses the configured database (`DATABASE_URL`)
and Redis (`REDIS_URL`, default redis://127.0.0.1:6379/0).
"""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import hmac
import json
import os
import statistics
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx

from bench import worker_probe
from bench.common import (
    ROOT,
    bench_hotel,
    forget_run,
    free_port,
    inbound_event_model,
    percentile,
    process_env,
    reset_breaker,
    retire_hotel,
    run_digits,
    run_id,
    setup_django,
    start_celery,
    start_uvicorn,
    stop,
    summary,
    wait_ready,
)
from tests.fakes.graph import FakeGraph

FIXTURES = ROOT / "tests" / "fixtures" / "whatsapp"
SECRET = "bench-turn-app-secret"
TOKEN = "bench-turn-access-token"
GUESTS = 12
STICKERS = 30
REPLY_TIMEOUT_SECONDS = 30.0
SCRIPT = (
    "Hola",
    "¿Tenéis habitación del {check_in} al {check_out} para 2 personas?",
    "la primera",
    "Ana García, ana.{n}@example.com",
    "¿A qué hora es el check-in?",
    "sí",
)


def _payload(
    template: str, *, phone_number_id: str, wa_id: str, message: dict[str, object]
) -> tuple[bytes, str]:
    """(body, the message's wamid)."""
    body = json.loads((FIXTURES / template).read_text())
    value = body["entry"][0]["changes"][0]["value"]
    value["metadata"]["phone_number_id"] = phone_number_id
    value["contacts"][0]["wa_id"] = wa_id
    original = value["messages"][0]
    original.pop("context", None)
    wamid = f"wamid.BENCH{uuid.uuid4().hex}"
    original.update({"from": wa_id, "id": wamid, "timestamp": str(int(time.time()))})
    original.update(message)
    return json.dumps(body, ensure_ascii=False).encode(), wamid


def _sticker() -> dict[str, object]:
    message = json.loads((FIXTURES / "sticker.json").read_text())["entry"][0]["changes"][0]["value"][
        "messages"
    ][0]
    return {"type": "sticker", "sticker": message["sticker"]}


class Turns:
    """Sends one delivery and waits for the reply to that guest at the fake Graph API."""

    def __init__(self, *, port: int, graph: FakeGraph, phone_number_id: str) -> None:
        self.http = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=REPLY_TIMEOUT_SECONDS)
        self.graph = graph
        self.phone_number_id = phone_number_id

    def _sent_to(self, wa_id: str) -> int:
        return sum(1 for body in self.graph.sent_messages() if body.get("to") == wa_id)

    def one(self, template: str, message: dict[str, object], *, wa_id: str) -> dict[str, Any]:
        """One turn: its correlation id and wamid, and when (wall clock) it was posted, acknowledged
        (200) and its first reply seen at the Graph API (polled every 0.5 ms)."""
        body, wamid = _payload(template, phone_number_id=self.phone_number_id, wa_id=wa_id, message=message)
        correlation_id = uuid.uuid4().hex
        before = self._sent_to(wa_id)
        signature = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        posted, started = time.time(), time.perf_counter()
        response = self.http.post(
            "/webhooks/whatsapp/",
            content=body,
            headers={
                "Content-Type": "application/json",
                "X-Hub-Signature-256": signature,
                "X-Request-ID": correlation_id,
            },
        )
        response.raise_for_status()
        acknowledged = time.time()
        deadline = started + REPLY_TIMEOUT_SECONDS
        while self._sent_to(wa_id) == before:
            if time.perf_counter() > deadline:
                raise RuntimeError(f"no reply within {REPLY_TIMEOUT_SECONDS:.0f} s (guest {wa_id})")
            time.sleep(0.0005)
        turn = {
            "correlation_id": correlation_id,
            "wamid": wamid,
            "posted": posted,
            "acknowledged": acknowledged,
            "seen": time.time(),
            "seconds": time.perf_counter() - started,
        }
        self._settle(wamid)
        return turn

    @staticmethod
    def _settle(wamid: str) -> None:
        """Wait (untimed) until the turn is over: its message handled, none of its replies still queued.

        A turn may send several replies; the next turn's reply must not be confused with one of them.
        """
        from conversations.models import Message

        deadline = time.monotonic() + REPLY_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            guest = (
                Message.objects.filter(provider_message_id=wamid)
                .values("conversation_id", "handled_at")
                .first()
            )
            if guest is not None and guest["handled_at"] is not None:
                replies = Message.objects.filter(conversation_id=guest["conversation_id"], direction="out")
                if not replies.filter(status="queued").exists():
                    return
            time.sleep(0.005)
        raise RuntimeError(f"turn of {wamid} not over within {REPLY_TIMEOUT_SECONDS:.0f} s")


def _pms_ms_by_correlation(log_file: Path) -> dict[str, float]:
    """PMS milliseconds per correlation id, from the worker's `pms.call` log events (JSON or dict form)."""
    spent: dict[str, float] = defaultdict(float)
    for line in log_file.read_text(errors="replace").splitlines():
        if "pms.call" not in line or "{" not in line:
            continue
        text = line[line.index("{") : line.rindex("}") + 1]
        try:
            entry = json.loads(text)
        except ValueError:
            try:
                entry = ast.literal_eval(text)
            except (ValueError, SyntaxError):
                continue
        if isinstance(entry, dict) and entry.get("event") == "pms.call" and entry.get("correlation_id"):
            spent[str(entry["correlation_id"])] += float(entry.get("ms") or 0)
    return spent


def _seconds(value: dt.datetime | None) -> float | None:
    return value.timestamp() if value is not None else None


def _stages(turns: list[dict[str, Any]], *, tasks: list[dict[str, Any]], pms: dict[str, float]) -> None:
    """Print p50/p99 per stage of these turns, from the rows, the worker probe and the fake Graph API."""
    from conversations.models import Message

    InboundEvent = inbound_event_model()
    # `Message.turn_started_at` exists once the turn runs in a task of its own; older code has none.
    turn_start = any(field.name == "turn_started_at" for field in Message._meta.get_fields())
    cids = [t["correlation_id"] for t in turns]
    events: dict[str, dict[str, Any]] = {
        e["correlation_id"]: dict(e)
        for e in InboundEvent.objects.filter(correlation_id__in=cids).values(
            "correlation_id", "received_at", "processed_at"
        )
    }
    guest_fields = ["id", "provider_message_id", "conversation_id", "created_at", "handled_at"]
    guests: dict[str, dict[str, Any]] = {
        str(m["provider_message_id"]): dict(m)
        for m in Message.objects.filter(provider_message_id__in=[t["wamid"] for t in turns]).values(
            *guest_fields, *(["turn_started_at"] if turn_start else [])
        )
    }
    by_task: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in tasks:
        by_task[entry["correlation_id"]].append(entry)

    rows: dict[str, list[float]] = defaultdict(list)
    missing: dict[str, int] = defaultdict(int)

    def add(name: str, start: float | None, end: float | None, minus_ms: float = 0.0) -> None:
        if start is None or end is None:
            missing[name] += 1
        else:
            rows[name].append((end - start) * 1000 - minus_ms)

    for turn in turns:
        cid = turn["correlation_id"]
        event = events.get(cid, {})
        guest = guests.get(turn["wamid"], {})
        first_reply = (
            Message.objects.filter(
                conversation_id=guest["conversation_id"], direction="out", id__gt=guest["id"]
            )
            .order_by("id")
            .values("created_at", "sent_at")
            .first()
            if guest
            else None
        )
        reply: dict[str, Any] = dict(first_reply) if first_reply else {}
        mine = sorted(by_task.get(cid, []), key=lambda e: e["started"])
        first_task = next((e["started"] for e in mine if "outbox" not in e["task"]), None)
        send_task = next((e["started"] for e in mine if "outbox" in e["task"]), None)
        received, handled = _seconds(event.get("received_at")), _seconds(guest.get("handled_at"))
        stored = _seconds(guest.get("created_at"))
        turn_started = _seconds(guest.get("turn_started_at")) if turn_start else stored
        add("webhook", turn["posted"], received)
        add("queue", received, first_task)
        add("worker: store", first_task, stored)
        if turn_start:
            add("queue: turn", stored, turn_started)
        add("worker: turn", turn_started, handled)
        add("worker: turn, PMS excluded", turn_started, handled, pms.get(cid, 0.0))
        add("send", handled, turn["seen"])
        if send_task is not None:
            add("send: task", handled, send_task)
        add("end to end", turn["posted"], turn["seen"])
        add("webhook ack", turn["posted"], turn["acknowledged"])
        add("reply written", stored, _seconds(reply.get("created_at")))
        add("sent_at recorded", turn["seen"], _seconds(reply.get("sent_at")))
        add("event processed", received, _seconds(event.get("processed_at")))
        if mine:
            rows["database"].append(sum(e["db_ms"] for e in mine))
            rows["database: queries"].append(sum(e["db_queries"] for e in mine))
        else:
            missing["database"] += 1

    def line(name: str, label: str) -> None:
        values = rows.get(name, [])
        note = f"  ({missing[name]} not recorded)" if missing.get(name) else ""
        print(f"  {label:<64} {summary(values)}{note}")

    line("webhook", "webhook   POST sent → InboundEvent.received_at")
    line("queue", "queue     received_at → worker task started [probe]")
    line("worker: store", "worker    task started → guest Message.created_at")
    if turn_start:
        line("queue: turn", "queue     guest created_at → Message.turn_started_at")
        line("worker: turn", "worker    turn_started_at → handled_at (the turn)")
    else:
        print(f"  {'queue     (no Message.turn_started_at: the turn runs in the same task)':<64}")
        line("worker: turn", "worker    guest created_at → handled_at (the turn)")
    line("worker: turn, PMS excluded", "worker    the same, PMS excluded")
    line("send", "send      handled_at → Graph API got it (commit, claim, HTTP)")
    if rows.get("send: task"):
        line("send: task", "send      of which handled_at → send task started [probe]")
    else:
        print(f"  {'send      (no separate send task: sent from the turn task)':<64}")
    line("end to end", "= end to end: POST sent → Graph API got it")
    line("database", "database  SQL time in the worker's tasks [probe]")
    queries = rows.get("database: queries", [])
    if queries:
        label = "          queries per turn"
        print(f"  {label:<64} median {statistics.median(queries):.0f}, max {max(queries):.0f}")
    line("webhook ack", "also: POST sent → 200 received")
    line("reply written", "also: guest created_at → reply Message.created_at")
    line("sent_at recorded", "also: Graph API got it → reply Message.sent_at")
    line("event processed", "also: received_at → InboundEvent.processed_at")


def run() -> None:
    redis_url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    setup_django()
    from django.db import connection

    from channels_app.models import WhatsAppNumber

    workdir = Path(tempfile.mkdtemp(prefix="bench-turn-"))
    run = run_id()
    digits = run_digits(run)
    hotel = bench_hotel("turn", run)
    # The run's own WhatsApp number, mapped to the run's hotel (no "first active hotel" fallback).
    phone_number_id = f"1065{digits}"
    WhatsAppNumber.objects.create(hotel=hotel, phone_number_id=phone_number_id)
    reset_breaker(redis_url, "demo")
    queue = f"bench-turn-{run}"
    task_log = workdir / "tasks.jsonl"
    processes = []
    try:
        with FakeGraph(access_token=TOKEN) as graph:
            env = process_env(
                redis_url=redis_url,
                queue=queue,
                WHATSAPP_APP_SECRET=SECRET,
                WHATSAPP_ACCESS_TOKEN=TOKEN,
                WHATSAPP_PHONE_NUMBER_ID=phone_number_id,
                WHATSAPP_GRAPH_URL=graph.url,
                WHATSAPP_GRAPH_VERSION=graph.version,
                BENCH_TASK_LOG=str(task_log),
                BENCH_PMS_DELAY_SECONDS="",
            )
            port = free_port()
            worker_log = workdir / "worker.log"
            processes.append(
                start_uvicorn("bench.turn_asgi:application", port=port, env=env, log=workdir / "server.log")
            )
            processes.append(start_celery("bench.turn_celery", queue=queue, env=env, log=worker_log))
            wait_ready(port, processes[0])
            turns = Turns(port=port, graph=graph, phone_number_id=phone_number_id)
            text = "text.json"
            # Warm-up: the worker loads its language models on its first message.
            for n in range(2):
                turns.one(text, {"type": "text", "text": {"body": SCRIPT[0]}}, wa_id=f"34{digits}0{n:03d}")
            started = time.perf_counter()
            baseline = [
                turns.one("sticker.json", _sticker(), wa_id=f"34{digits}1{n:03d}") for n in range(STICKERS)
            ]
            measured: list[dict[str, Any]] = []
            for n in range(GUESTS):
                wa_id = f"34{digits}2{n:03d}"
                check_in = dt.date.today() + dt.timedelta(days=30 + 7 * n)  # the run's own hotel: rooms free
                for line in SCRIPT:
                    words = line.format(
                        n=n,
                        check_in=check_in.strftime("%d/%m"),
                        check_out=(check_in + dt.timedelta(days=3)).strftime("%d/%m"),
                    )
                    measured.append(turns.one(text, {"type": "text", "text": {"body": words}}, wa_id=wa_id))
            elapsed = time.perf_counter() - started
            stop(processes)
    finally:
        stop(processes)
        retire_hotel(hotel)
        forget_run(redis_url, queue)
    pms = _pms_ms_by_correlation(worker_log)
    tasks = worker_probe.read(str(task_log))
    raw_ms = [t["seconds"] * 1000 for t in measured]
    turn_ms = [max(t["seconds"] * 1000 - pms.get(t["correlation_id"], 0.0), 0.0) for t in measured]
    baseline_ms = [t["seconds"] * 1000 - pms.get(t["correlation_id"], 0.0) for t in baseline]
    print(
        f"guest turns: {GUESTS} guests x {len(SCRIPT)} turns; baseline: {STICKERS} stickers; {elapsed:.1f} s"
    )
    print(
        f"database: {connection.vendor}; Redis broker; 1 Celery worker (solo); uvicorn; demo PMS; "
        f"hotel {hotel.slug} (own data of this run)"
    )
    print(f"PMS time found in the worker's log for {sum(1 for t in measured if t['correlation_id'] in pms)} turns, "
          f"total {sum(pms.get(t['correlation_id'], 0.0) for t in measured):.0f} ms (excluded)")  # fmt: skip
    print(f"{'baseline: sticker (no NLU, no PMS)':<34} {summary(baseline_ms)}")
    print(f"{'guest turn, PMS included':<34} {summary(raw_ms)}")
    print(f"{'guest turn, PMS excluded':<34} {summary(turn_ms)}")
    base_p50, base_p99 = percentile(baseline_ms, 0.5), percentile(baseline_ms, 0.99)
    p50, p99 = percentile(turn_ms, 0.5), percentile(turn_ms, 0.99)
    print(
        f"goals: sticker p50 <= 20 ms -> {'met' if base_p50 <= 20 else 'NOT met'}; guest turn p50 < 50 ms -> "
        f"{'met' if p50 < 50 else 'NOT met'}; p99 < 200 ms -> {'met' if p99 < 200 else 'NOT met'}"
    )
    print(f"ratio guest turn / baseline: p50 {p50 / base_p50:.2f}x, p99 {p99 / base_p99:.2f}x")
    print(
        "where the time goes, per stage (each ends where the next begins; [probe]: a time no row records,"
        " taken from the bench's worker probe; 'Graph API got it': seen at the fake Graph API):"
    )
    for label, group in (("stickers (the pipeline alone)", baseline), ("guest turns", measured)):
        print(f" {label}:")
        _stages(group, tasks=tasks, pms=pms)
    if not tasks:
        print("  (the worker probe recorded no task: task start and SQL times are not available)")
