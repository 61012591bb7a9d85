"""Replay: past guest conversations run through today's receptionist in a sandbox, before it meets guests.

- `sandbox.py`: what makes a replay harmless: one rolled-back transaction per conversation, the PMS port
  over the stored answers (`pms_bridge.replay.ReplayPms`), "today" as it was then (`clock_at`), identity
  guesses counted apart, and no outbox: the replies are only recorded.
- `history.py`: a conversation's original turns (guest message, the AI's replies, its understanding,
  handoff, booking and prices).
- `runner.py`: one conversation replayed turn by turn and compared with the original.
- `services.py`: runs (create, execute with progress), marks (better/worse/same) and the regression set.
- `selectors.py`, `export.py` (CSV, JSONL), `fixture.py` (the demo's anonymised conversations), `admin.py`,
  `tasks.py`, and `manage.py replay`.
"""
