"""The replay task: the admin's button queues it; `make run` runs it in the background (eager)."""

from __future__ import annotations

from celery import shared_task

from conversations.replay.services import replay_run_execute


@shared_task(name="conversations.replay_run", ignore_result=True)
def replay_run(run_id: int) -> None:
    """Execute the run (progress is stored per conversation); a second delivery changes nothing."""
    replay_run_execute(run_id=run_id)
