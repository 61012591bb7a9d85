"""What makes a replay harmless, by construction.

- One transaction per replayed conversation, always rolled back: quotes, reservations and unanswered
  questions the receptionist records on the way are gone afterwards, and callbacks waiting for a commit
  (sends, console events, metrics) never run. The reservations services' durable blocks may open inside
  it the way Django's own TestCase allows them (`_from_testcase`): every write they make is undone too.
- The PMS is `pms_bridge.replay.ReplayPms` for this thread only: reads from the answers stored with the
  conversation's quotes (else the demo PMS), writes recorded and never made.
- Identity guesses are counted apart (a replay never locks a real booking's check).
- No outbox: the runner only collects the replies the engine returns.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import transaction

from conversations.engine.identity_guard import counted_apart
from pms_bridge.factory import pms_override
from pms_bridge.replay import ReplayPms


@contextmanager
def sandbox(*, pms: ReplayPms) -> Iterator[ReplayPms]:
    """Run the block against `pms` inside a transaction that is rolled back whatever happens."""
    block = transaction.atomic()
    # Lets reservations' `atomic(durable=True)` open inside (see the module docstring).
    block._from_testcase = True  # type: ignore[attr-defined]
    with block, pms_override(pms), counted_apart():
        try:
            yield pms
        finally:
            transaction.set_rollback(True)
