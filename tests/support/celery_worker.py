"""A real Celery worker process for integration tests: `python -m tests.support.celery_worker <queue> [engine]`.

It runs the project's tasks on the configured broker and database (the test database, passed in
`DATABASE_URL` by the test) with the test engine of `tests/support/engine.py` standing in for the
receptionist, so channel tests don't depend on what the engine says.
"""

from __future__ import annotations

import os
import sys


def main(queue: str, engine: str = "recording") -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hotel_agent.settings")
    import django

    django.setup()

    import conversations.engine
    from hotel_agent.celery import app
    from tests.support.engine import RecordingEngine

    if engine == "recording":
        conversations.engine.respond = RecordingEngine().respond
    app.conf.task_default_queue = queue
    app.worker_main(
        [
            "worker",
            "--pool=threads",
            "--concurrency=4",
            "-Q",
            queue,
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "--loglevel=WARNING",
        ]
    )


if __name__ == "__main__":
    main(*sys.argv[1:3])
