"""The project's own Prometheus metrics (names fixed by docs/INTERFACES.md) and the /metrics view.

Counters and histograms work across several worker processes through prometheus_client's
multiprocess mode (`PROMETHEUS_MULTIPROC_DIR`). Gauges whose truth lives in a shared store (outbox
rows in the database, breaker state in Redis) are computed at scrape time by collectors that apps
register here, so every worker reports the same value.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping

from django.http import HttpRequest, HttpResponse
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
    start_http_server,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

# `_created` series double the output and nobody reads them.
disable_created_metrics()

WEBHOOK_DELIVERIES = Counter(
    "hotel_agent_webhook_deliveries_total",
    "Webhook deliveries received, by channel and outcome.",
    ["channel", "outcome"],
)
MESSAGES = Counter(
    "hotel_agent_messages_total",
    "Conversation messages stored, by channel, direction and author.",
    ["channel", "direction", "author"],
)
INBOUND_REFUSED = Counter(
    "hotel_agent_inbound_refused_total",
    "Guest messages received but refused before storage, by channel and reason.",
    ["channel", "reason"],
)
HANDOFFS = Counter("hotel_agent_handoffs_total", "Conversations handed to a human, by reason.", ["reason"])
PMS_REQUESTS = Counter(
    "hotel_agent_pms_requests_total", "Calls to the PMS, by operation and outcome.", ["operation", "outcome"]
)
PMS_REQUEST_SECONDS = Histogram(
    "hotel_agent_pms_request_seconds",
    "Duration of PMS calls, by operation.",
    ["operation"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
PMS_CACHE_HITS = Counter(
    "hotel_agent_pms_cache_hits_total", "PMS reads answered from the cache, by operation.", ["operation"]
)
PMS_CACHE_MISSES = Counter(
    "hotel_agent_pms_cache_misses_total", "PMS reads the cache could not answer, by operation.", ["operation"]
)
WEBHOOK_SECONDS = Histogram(
    "hotel_agent_webhook_seconds",
    "Time a webhook delivery takes from the view's start to its answer (verify, store, queue), by channel.",
    ["channel"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)
TASK_SECONDS = Histogram(
    "hotel_agent_task_seconds",
    "Duration of Celery tasks run by a worker (a guest's turn, a webhook event, a send), by task.",
    ["task"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0),
)
TASKS = Counter(
    "hotel_agent_tasks_total", "Celery tasks finished by a worker, by task and outcome.", ["task", "outcome"]
)
BOOKINGS = Counter(
    "hotel_agent_bookings_total",
    "Reservations confirmed in the PMS, by who made them (ai, staff).",
    ["made_by"],
)
SPEECH_SECONDS = Histogram(
    "hotel_agent_speech_seconds",
    "Time spent on speech, by stage: fetch (the audio from its channel), decode (to 16 kHz mono), "
    "transcribe (speech to text), synthesise (a voice reply, encoded).",
    ["stage"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0),
)
SPEECH = Counter(
    "hotel_agent_speech_total",
    "Voice notes and voice replies by outcome: transcribed, too_long, silent, unreadable, no_engine, "
    "failed (voice notes); synthesised, synthesis_failed (voice replies).",
    ["outcome"],
)


def _expose_known_series() -> None:
    """Create the series we know of at start, so /metrics shows them at zero before the first event."""
    for outcome in ("accepted", "duplicate", "bad_signature", "malformed", "too_large"):
        WEBHOOK_DELIVERIES.labels(channel="whatsapp", outcome=outcome)
    for channel in ("whatsapp", "email", "webchat"):
        MESSAGES.labels(channel=channel, direction="in", author="guest")
        for author in ("ai", "staff"):
            MESSAGES.labels(channel=channel, direction="out", author=author)
    for operation in ("availability", "create_booking"):
        PMS_REQUESTS.labels(operation=operation, outcome="ok")
        PMS_REQUEST_SECONDS.labels(operation=operation)
    for operation in ("availability", "room_types"):
        PMS_CACHE_HITS.labels(operation=operation)
        PMS_CACHE_MISSES.labels(operation=operation)
    WEBHOOK_SECONDS.labels(channel="whatsapp")
    for task in (
        "conversations.take_turns",
        "channels_app.process_whatsapp_event",
        "channels_app.outbox_send",
    ):
        TASK_SECONDS.labels(task=task)
        for outcome in ("success", "retry", "failure"):
            TASKS.labels(task=task, outcome=outcome)
    for made_by in ("ai", "staff"):
        BOOKINGS.labels(made_by=made_by)
    for stage in ("fetch", "decode", "transcribe", "synthesise"):
        SPEECH_SECONDS.labels(stage=stage)
    for outcome in (
        "transcribed", "too_long", "silent", "unreadable", "no_engine", "failed", "synthesised",
        "synthesis_failed",
    ):  # fmt: skip
        SPEECH.labels(outcome=outcome)


_expose_known_series()


def expose_label_values(counter: Counter, label: str, values: list[str]) -> None:
    """Create `counter`'s series for each value at start (vocabularies owned by an app, e.g. handoffs)."""
    for value in values:
        counter.labels(**{label: value})


GaugeReader = Callable[[], float]
# A labelled gauge's reader returns {label value: gauge value} for its one label.
LabelledGaugeReader = Callable[[], Mapping[str, float]]
_scrape_gauges: dict[str, tuple[str, GaugeReader]] = {}
_labelled_scrape_gauges: dict[str, tuple[str, str, LabelledGaugeReader]] = {}


def register_scrape_gauge(name: str, documentation: str, reader: GaugeReader) -> None:
    """Register a gauge whose value is read from a shared store each time /metrics is scraped."""
    _scrape_gauges[name] = (documentation, reader)


def register_labelled_scrape_gauge(
    name: str, documentation: str, label: str, reader: LabelledGaugeReader
) -> None:
    """Like `register_scrape_gauge`, for a gauge with one label (e.g. a Celery queue's length per queue)."""
    _labelled_scrape_gauges[name] = (documentation, label, reader)


class ScrapeGaugeCollector(Collector):
    def collect(self) -> Iterable[Metric]:
        for name, (documentation, reader) in sorted(_scrape_gauges.items()):
            try:
                value = float(reader())
            except Exception:  # a broken store must not break the scrape
                value = float("nan")
            yield GaugeMetricFamily(name, documentation, value=value)
        for name, (documentation, label, labelled_reader) in sorted(_labelled_scrape_gauges.items()):
            family = GaugeMetricFamily(name, documentation, labels=[label])
            try:
                values = dict(labelled_reader())
            except Exception:  # the family is still named, with no sample: the store could not be read
                values = {}
            for label_value, value in sorted(values.items()):
                family.add_metric([label_value], float(value))
            yield family


_scrape_collector = ScrapeGaugeCollector()
REGISTRY.register(_scrape_collector)


def registry_for_scrape() -> CollectorRegistry:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        MultiProcessCollector(registry)
        registry.register(_scrape_collector)
        return registry
    return REGISTRY


class _WithoutScrapeGauges(Collector):
    """This process's own metrics without the scrape-time gauges (a worker serves only what it counted;
    the shared-store gauges come from the web service alone, so sums across targets stay true)."""

    def collect(self) -> Iterable[Metric]:
        # The registry's own collectors but the scrape-time one (which would query the database).
        for collector in list(REGISTRY._collector_to_names):
            if collector is not _scrape_collector:
                yield from collector.collect()


def worker_registry() -> CollectorRegistry:
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        MultiProcessCollector(registry)  # the prefork children's counters, summed
    else:
        registry.register(_WithoutScrapeGauges())
    return registry


def start_worker_metrics_server(port: int, address: str = "0.0.0.0") -> None:  # noqa: S104 - inside a container
    """Serve a Celery worker's metrics (task durations, PMS calls, handoffs...) on `port` for Prometheus."""
    start_http_server(port, addr=address, registry=worker_registry())


def metrics_view(request: HttpRequest) -> HttpResponse:
    return HttpResponse(generate_latest(registry_for_scrape()), content_type=CONTENT_TYPE_LATEST)
