"""Guest-turn latency: from the signed WhatsApp webhook POST to the reply arriving at the Graph API.

Real processes, as deployed: a uvicorn server (webhook → raw event stored → task queued in Redis), a
Celery worker (normalise → message_receive → the receptionist engine → outbox → send), the demo PMS,
and a fake Graph API in this process that timestamps what it receives. Each guest writes a Spanish
conversation (greeting, availability, choice, name and e-mail, an FAQ, the yes that books); turns are
sent one at a time, so the figure is latency, not queueing.

PMS time is excluded: the worker logs every PMS call (`pms.call`, `ms`, with the turn's correlation
id, which the bench sets as `X-Request-ID`), and that time is subtracted from the turn's latency.

Baseline in the same run: a sticker, which travels the same path (webhook, Redis, worker, record,
outbox, Graph API) but which the engine answers without reading it — the pipeline's own cost. The
ratio says how much the receptionist's thinking adds on top. Goals: p50 < 50 ms, p99 < 200 ms.

Needs Redis (`REDIS_URL`, default redis://127.0.0.1:6379/0; tasks go to a queue of the bench's own).
Uses `DATABASE_URL` when it is PostgreSQL, else a throw-away SQLite file.
"""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import hmac
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path

import httpx

from tests.fakes.graph import FakeGraph

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "whatsapp"
SECRET = "bench-turn-app-secret"
TOKEN = "bench-turn-access-token"
PHONE_NUMBER_ID = "106540352242922"
GUESTS = 12
STICKERS = 30
SCRIPT = (
    "Hola",
    "¿Tenéis habitación del {check_in} al {check_out} para 2 personas?",
    "la primera",
    "Ana García, ana.{n}@example.com",
    "¿A qué hora es el check-in?",
    "sí",
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _payload(template: str, *, wa_id: str, message: dict[str, object]) -> bytes:
    body = json.loads((FIXTURES / template).read_text())
    value = body["entry"][0]["changes"][0]["value"]
    value["metadata"]["phone_number_id"] = PHONE_NUMBER_ID
    value["contacts"][0]["wa_id"] = wa_id
    original = value["messages"][0]
    original.pop("context", None)
    original.update(
        {"from": wa_id, "id": f"wamid.BENCH{uuid.uuid4().hex}", "timestamp": str(int(time.time()))}
    )
    original.update(message)
    return json.dumps(body, ensure_ascii=False).encode()


def _sticker() -> dict[str, object]:
    message = json.loads((FIXTURES / "sticker.json").read_text())["entry"][0]["changes"][0]["value"][
        "messages"
    ][0]
    return {"type": "sticker", "sticker": message["sticker"]}


class Turns:
    """Sends one delivery and waits for the reply to that guest at the fake Graph API."""

    def __init__(self, *, port: int, graph: FakeGraph) -> None:
        self.http = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30.0)
        self.graph = graph

    def _sent_to(self, wa_id: str) -> int:
        return sum(1 for body in self.graph.sent_messages() if body.get("to") == wa_id)

    def one(self, body: bytes, *, wa_id: str) -> tuple[str, float]:
        """(correlation id, seconds from the POST to the first reply received by the Graph API)."""
        correlation_id = uuid.uuid4().hex
        before = self._sent_to(wa_id)
        signature = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        started = time.perf_counter()
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
        deadline = started + 30.0
        while self._sent_to(wa_id) == before:
            if time.perf_counter() > deadline:
                raise RuntimeError("no reply within 30 s")
            time.sleep(0.0005)
        return correlation_id, time.perf_counter() - started


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


def _wait_ready(port: int, process: subprocess.Popen[bytes], timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("uvicorn exited")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health/live", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError("uvicorn did not become ready")


def _report(name: str, values_ms: list[float]) -> tuple[float, float]:
    p50, p99 = _percentile(values_ms, 0.50), _percentile(values_ms, 0.99)
    print(
        f"{name:<34} n={len(values_ms):<4} p50={p50:7.1f} ms  p99={p99:7.1f} ms  "
        f"mean={statistics.mean(values_ms):7.1f} ms  max={max(values_ms):7.1f} ms",
        flush=True,
    )
    return p50, p99


def run() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="bench-turn-"))
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith("postgres"):
        database_url = f"sqlite:///{workdir / 'bench.sqlite3'}"
    queue = f"bench-turn-{uuid.uuid4().hex[:8]}"
    processes: list[subprocess.Popen[bytes]] = []
    with FakeGraph(access_token=TOKEN) as graph:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "hotel_agent.settings",
            "DJANGO_ENV": "development",
            "DJANGO_DEBUG": "false",
            "DATABASE_URL": database_url,
            "REDIS_URL": os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0",
            "CELERY_EAGER": "false",
            "CACHE_KEY_PREFIX": queue,
            "CHANNEL_LAYER_PREFIX": queue,
            "PMS_BACKEND": "demo",
            "WHATSAPP_APP_SECRET": SECRET,
            "WHATSAPP_ACCESS_TOKEN": TOKEN,
            "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
            "WHATSAPP_GRAPH_URL": graph.url,
            "WHATSAPP_GRAPH_VERSION": graph.version,
            "LLM_BASE_URL": "",
            "LLM_MODEL": "",
            "LOG_FORMAT": "json",
            "LOG_LEVEL": "INFO",
            "PYTHONUNBUFFERED": "1",
            "BENCH_TURN_QUEUE": queue,
        }
        manage = [sys.executable, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, cwd=ROOT, check=True)
        subprocess.run([*manage, "load_demo"], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        port = _free_port()
        worker_log = workdir / "worker.log"
        try:
            with (workdir / "server.log").open("wb") as server_out, worker_log.open("wb") as worker_out:
                processes.append(
                    subprocess.Popen(
                        [sys.executable, "-m", "uvicorn", "bench.turn_asgi:application", "--host", "127.0.0.1",
                         "--port", str(port), "--lifespan", "off", "--log-level", "warning"],
                        env=env, cwd=ROOT, stdout=server_out, stderr=subprocess.STDOUT,
                    )
                )  # fmt: skip
                processes.append(
                    subprocess.Popen(
                        [sys.executable, "-m", "celery", "-A", "bench.turn_celery", "worker", "-P", "solo",
                         "-Q", queue, "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "INFO"],
                        env=env, cwd=ROOT, stdout=worker_out, stderr=subprocess.STDOUT,
                    )
                )  # fmt: skip
                _wait_ready(port, processes[0])
                turns = Turns(port=port, graph=graph)
                run = f"{uuid.uuid4().int % 1000:03d}"  # new guests every run, also on a reused database
                # Warm-up: the worker loads its language models on its first message.
                for n in range(2):
                    wa_id = f"3469{run}0{n:03d}"
                    for text in SCRIPT[:1]:
                        turns.one(
                            _payload(
                                "text.json", wa_id=wa_id, message={"type": "text", "text": {"body": text}}
                            ),
                            wa_id=wa_id,
                        )
                started = time.perf_counter()
                baseline: list[tuple[str, float]] = []
                for n in range(STICKERS):
                    wa_id = f"3469{run}1{n:03d}"
                    baseline.append(
                        turns.one(_payload("sticker.json", wa_id=wa_id, message=_sticker()), wa_id=wa_id)
                    )
                measured: list[tuple[str, float]] = []
                for n in range(GUESTS):
                    wa_id = f"3469{run}2{n:03d}"
                    # Each guest its own dates, spread over the year, so rooms never run out.
                    check_in = dt.date.today() + dt.timedelta(days=30 + (int(run) + 7 * n) % 300)
                    for text in SCRIPT:
                        words = text.format(
                            n=n,
                            check_in=check_in.strftime("%d/%m"),
                            check_out=(check_in + dt.timedelta(days=3)).strftime("%d/%m"),
                        )
                        body = _payload(
                            "text.json", wa_id=wa_id, message={"type": "text", "text": {"body": words}}
                        )
                        measured.append(turns.one(body, wa_id=wa_id))
                elapsed = time.perf_counter() - started
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
    pms = _pms_ms_by_correlation(worker_log)
    raw_ms = [seconds * 1000 for _, seconds in measured]
    turn_ms = [max(seconds * 1000 - pms.get(cid, 0.0), 0.0) for cid, seconds in measured]
    baseline_ms = [seconds * 1000 - pms.get(cid, 0.0) for cid, seconds in baseline]
    print(
        f"guest turns: {GUESTS} guests x {len(SCRIPT)} turns; baseline: {STICKERS} stickers; {elapsed:.1f} s"
    )
    print(
        f"database: {database_url.split(':', 1)[0]}; Redis broker; 1 Celery worker (solo); uvicorn; demo PMS"
    )
    print(f"PMS time found in the worker's log for {sum(1 for cid, _ in measured if cid in pms)} turns, "
          f"total {sum(pms.get(cid, 0.0) for cid, _ in measured):.0f} ms (excluded)")  # fmt: skip
    base_p50, base_p99 = _report("baseline: sticker (no NLU, no PMS)", baseline_ms)
    _report("guest turn, PMS included", raw_ms)
    p50, p99 = _report("guest turn, PMS excluded", turn_ms)
    print(
        f"goals: p50 < 50 ms -> {'met' if p50 < 50 else 'NOT met'}; p99 < 200 ms -> {'met' if p99 < 200 else 'NOT met'}"
    )
    print(f"ratio guest turn / baseline: p50 {p50 / base_p50:.2f}x, p99 {p99 / base_p99:.2f}x")
