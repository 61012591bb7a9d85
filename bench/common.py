"""What the benchmarks share: ports, percentiles, child processes, and data of each run's own.

Every benchmark that writes rows makes its own hotel for the run (`bench_hotel`), its own staff user
and guest contacts derived from a run id, its own Celery queue, cache key prefix and channel-layer
prefix; at the end it retires the hotel (inactive), so nothing a run leaves behind is picked up by
the next one: a reused database never hands a benchmark another benchmark's hotel, guests or
handed-off conversations ("the first active hotel" is never relied on).
"""

from __future__ import annotations

import importlib
import os
import resource
import socket
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent


def run_id() -> str:
    """Eight hex digits, new every run (names, slugs, queues and prefixes are derived from it)."""
    return uuid.uuid4().hex[:8]


def run_digits(run: str, width: int = 6) -> str:
    """The run id as decimal digits (phone numbers, Meta ids)."""
    return f"{int(run, 16) % 10**width:0{width}d}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb() -> float:
    """This process's resident memory now, in MB (the peak if /proc/self/status has no VmRSS line)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(values_ms: list[float]) -> str:
    """`n=… p50=… p99=… max=…` of milliseconds, or why there is nothing to summarise."""
    if not values_ms:
        return "n=0    (no samples)"
    return (
        f"n={len(values_ms):<4} p50={percentile(values_ms, 0.5):8.1f} ms  "
        f"p99={percentile(values_ms, 0.99):8.1f} ms  mean={statistics.fmean(values_ms):8.1f} ms  "
        f"max={max(values_ms):8.1f} ms"
    )


# --- models that are moving between apps (import from wherever they are today) -----------------
def _first_model(name: str, *modules: str) -> Any:
    for module in modules:
        try:
            return getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
    raise ImportError(f"{name} is in none of {modules}")


def hotel_models() -> tuple[Any, Any]:
    """(Hotel, HotelMembership), wherever they live today."""
    homes = ("hotel_agent.hotels.models", "reservations.models")
    return _first_model("Hotel", *homes), _first_model("HotelMembership", *homes)


def inbound_event_model() -> Any:
    """InboundEvent, wherever it lives today."""
    return _first_model("InboundEvent", "channels_app.models", "conversations.models")


# --- data of the run's own ---------------------------------------------------------------------
def setup_django() -> None:
    """Set Django up in this process (the configured database) and migrate it."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hotel_agent.settings")
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def bench_hotel(kind: str, run: str, *, demo_data: bool = True) -> Any:
    """A new active hotel for this run, with its own hotel in the demo PMS (and the demo knowledge
    base and canned replies) when `demo_data`. Its PMS hotel id is unused so far."""
    from django.db import transaction
    from django.db.models import Max

    Hotel, _ = hotel_models()
    with transaction.atomic():
        highest = Hotel.objects.aggregate(top=Max("pms_hotel_id"))["top"] or 0
        hotel = Hotel.objects.create(
            slug=f"bench-{kind}-{run}",
            name=f"Bench {kind} {run}",
            pms_hotel_id=max(highest + 1, 1_000_000),
            timezone="Europe/Madrid",
            default_language="es",
            currency="EUR",
        )
        if demo_data:
            from hotel_agent.demo import DEMO_SEEDERS

            for seeder in DEMO_SEEDERS:
                seeder(hotel=hotel)
    return hotel


def bench_staff(hotel: Any, *, password: str) -> Any:
    """A staff member (receptionist) of `hotel` only, named after it."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    _, HotelMembership = hotel_models()
    user = get_user_model().objects.create_user(
        username=f"staff-{hotel.slug}", password=password, is_staff=True
    )
    group = Group.objects.filter(name="receptionist").first()
    if group is not None:
        user.groups.add(group)
    HotelMembership.objects.create(user=user, hotel=hotel)
    return user


def retire_hotel(hotel: Any) -> None:
    """The run is over: its hotel answers nothing any more (rows stay for inspection)."""
    Hotel, _ = hotel_models()
    Hotel.objects.filter(pk=hotel.pk).update(active=False)
    try:
        from channels_app.models import WhatsAppNumber

        WhatsAppNumber.objects.filter(hotel_id=hotel.pk).update(active=False)
    except ImportError:
        pass


def reset_breaker(redis_url: str, backend: str) -> None:
    """Forget a PMS circuit breaker state an earlier run may have left in this Redis database."""
    import redis

    from pms_bridge.breaker import breaker_namespace

    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match=f"{breaker_namespace(backend)}:pybreaker:*"))
    if keys:
        client.delete(*keys)
    client.close()


def forget_run(redis_url: str, name: str) -> None:
    """Delete what a run named `name` left in Redis: its Celery queue (with whatever is still in it,
    e.g. the tasks bench_webhook never processes), the queue's binding sets, and the keys under the
    run's cache and channel-layer prefix (`name:`)."""
    import redis

    try:
        client = redis.Redis.from_url(redis_url)
        # kombu keeps a queue as a list named after it (priorities: `name` + "\x06\x16" + step).
        keys = [name, f"_kombu.binding.{name}", f"_kombu.binding_permanent.{name}"]
        keys += client.scan_iter(match=f"{name}\x06\x16*")
        keys += client.scan_iter(match=f"{name}:*", count=1000)
        for start in range(0, len(keys), 500):
            client.delete(*keys[start : start + 500])
        client.close()
    except redis.RedisError as exc:  # the figures are printed already; say what was left
        print(f"(Redis keys of {name} not deleted: {type(exc).__name__}: {exc})", flush=True)


# --- child processes -------------------------------------------------------------------------
def process_env(*, redis_url: str, queue: str, **extra: str) -> dict[str, str]:
    """The environment of a benchmark's server and worker processes: production shape (Redis, a real
    Celery worker, the demo PMS, no LLM), JSON logs, and this run's own queue, cache and layer prefixes."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hotel_agent.settings",
        "DJANGO_ENV": "development",
        "DJANGO_DEBUG": "false",
        "REDIS_URL": redis_url,
        "CELERY_EAGER": "false",
        "CACHE_KEY_PREFIX": queue,
        "CHANNEL_LAYER_PREFIX": queue,
        "PMS_BACKEND": "demo",
        "LLM_BASE_URL": "",
        "LLM_MODEL": "",
        "LOG_FORMAT": "json",
        "LOG_LEVEL": "INFO",
        "PYTHONUNBUFFERED": "1",
        "BENCH_TURN_QUEUE": queue,
        **extra,
    }


def start_uvicorn(module: str, *, port: int, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "uvicorn", module, "--host", "127.0.0.1", "--port", str(port),
             "--lifespan", "off", "--log-level", "warning", "--no-access-log"],
            env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip


def start_celery(module: str, *, queue: str, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", module, "worker", "-P", "solo", "-Q", queue,
             "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "INFO"],
            env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip


def wait_ready(port: int, process: subprocess.Popen[bytes], timeout: float = 90.0) -> None:
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


def stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
