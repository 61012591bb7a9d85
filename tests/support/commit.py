"""Commits in tests that run inside a transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.test import TestCase


@contextmanager
def commits() -> Iterator[None]:
    """Run what a commit would run (the queued turn, the sends), here, in a test transaction.

    Inside pytest-django's `db` transaction nothing commits, so `on_commit` work would never run;
    callbacks queued by callbacks run too. Tests with `transaction=True` don't need this.
    """
    with TestCase.captureOnCommitCallbacks(execute=True):
        yield
