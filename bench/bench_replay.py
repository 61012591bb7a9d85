"""Replay speed: turns per second of past conversations run through the receptionist in the sandbox.

The run's own hotel (demo PMS, demo knowledge) gets the 55 shipped demo conversations, answered live
through the engine and the demo PMS and stored as if guests had written them (nothing sent): that is the
baseline, the same turns answered the ordinary way. Then the replay runs them again in the sandbox
(rolled-back transaction, replay PMS port over the stored quotes, "today" as it was then) and stores its
report. The ratio says what the sandbox costs (or saves: stored PMS answers instead of demo PMS reads).
"""

from __future__ import annotations

import time

from bench.common import bench_hotel, retire_hotel, run_id, setup_django


def run() -> None:
    setup_django()
    from conversations.models import Message
    from conversations.nlu import understand
    from conversations.replay.fixture import demo_conversations_load
    from conversations.replay.services import replay_run_create, replay_run_execute
    from hotel_agent.hotels.clock import hotel_today

    run = run_id()
    hotel = bench_hotel("replay", run)
    try:
        understand("hola", today=hotel_today(hotel))  # the language models load once, outside both timings
        started = time.perf_counter()
        conversations = demo_conversations_load(hotel=hotel, prefix=f"bench-replay-{run}")
        live_s = time.perf_counter() - started
        live_turns = Message.objects.filter(
            conversation__hotel=hotel, direction="in", handled_at__isnull=False
        ).count()

        replay = replay_run_execute(run_id=replay_run_create(hotel=hotel).pk)
        live_rate = live_turns / live_s
        print(f"conversations: {conversations}, turns: {replay.turns} (live: {live_turns})")
        print(f"baseline, answered live and stored: {live_rate:.1f} turns/s ({live_s:.2f} s)")
        print(f"replay in the sandbox: {replay.turns_per_second:.1f} turns/s ({replay.seconds:.2f} s)")
        print(f"ratio replay/live: {replay.turns_per_second / live_rate:.2f}")
        print(f"replies changed: {replay.turns_changed} (expected 0: the same receptionist answered both)")
    finally:
        retire_hotel(hotel)
