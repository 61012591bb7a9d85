"""Load what the first guest message would otherwise wait for (language models, date rules).

Called when a server or worker process starts, in a background thread so the process serves at
once; a message arriving meanwhile simply waits for the load it would have done itself.
"""

from __future__ import annotations

import threading
import time

import structlog
from django.utils import timezone

log = structlog.get_logger(__name__)


def warm_up() -> None:
    started = time.perf_counter()
    try:
        from conversations.nlu import understand
        from conversations.nlu import warm_up as nlu_warm_up

        nlu_warm_up()
        # One real message exercises the lazily built parts too (date rules, detectors).
        understand("Hola, ¿tenéis una doble del 20 al 23 para dos?", today=timezone.localdate())
    except Exception:
        log.exception("warmup.failed")
        return
    log.info("warmup.done", ms=round((time.perf_counter() - started) * 1000))


def warm_up_in_background() -> threading.Thread:
    thread = threading.Thread(target=warm_up, name="warm-up", daemon=True)
    thread.start()
    return thread
