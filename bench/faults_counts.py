"""The figures of `make faults`, counted from what was sent and what the database and Graph API hold.

Pure functions (no Django, no I/O): `bench.faults` gathers the rows, these count them, and
`tests/test_faults_counts.py` checks the counting itself.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

TOKEN = re.compile(r"\bfaults-[0-9a-f]+-\d+\b")


@dataclass(frozen=True)
class Delivery:
    """One webhook delivery: the guest's message (`token` is its text, unique per message)."""

    guest: int
    index: int  # the message's number in the run
    token: str


def deliveries(*, run: str, total: int, guests: int, duplicate_share: float, seed: int) -> list[Delivery]:
    """`total` deliveries from `guests` guests, `duplicate_share` of them repeats of another delivery's
    message, in shuffled order (repeats may come before their first copy, as Meta's can)."""
    rng = random.Random(seed)
    unique = max(1, round(total * (1 - duplicate_share)))
    firsts = [Delivery(guest=i % guests, index=i, token=f"faults-{run}-{i}") for i in range(unique)]
    repeats = [rng.choice(firsts) for _ in range(total - unique)]
    batch = firsts + repeats
    rng.shuffle(batch)
    return batch


@dataclass(frozen=True)
class Figures:
    sent: int  # unique guest messages acknowledged (200) at least once
    unacknowledged: int  # unique messages never acknowledged before the sender gave up
    stored: int
    lost: int  # acknowledged, not stored
    duplicated: int  # stored more than once
    unanswered: int  # stored, no answer turn
    double_answered: int  # more than one answer turn
    replies: int
    graph_sends: int
    duplicate_sends: int  # sends to the Graph API beyond one per reply

    @property
    def goals_met(self) -> bool:
        return not (
            self.unacknowledged
            or self.lost
            or self.duplicated
            or self.unanswered
            or self.double_answered
            or self.duplicate_sends
        )


def count(
    *,
    acknowledged: Iterable[str],
    unacknowledged: Iterable[str],
    stored: Iterable[str],
    answered: Iterable[str],
    replies: int,
    sent_texts: Iterable[str],
) -> Figures:
    """`stored`: the token of each stored guest message (one per row); `answered`: the token of the
    guest message each answer turn replied to (one per turn); `sent_texts`: the text of every message
    the Graph API accepted (a reply's text quotes its guest message's token)."""
    acked = set(acknowledged)
    never = set(unacknowledged) - acked
    stored_count = Counter(stored)
    answer_count = Counter(answered)
    sends = Counter(m.group(0) for text in sent_texts if (m := TOKEN.search(text)))
    return Figures(
        sent=len(acked),
        unacknowledged=len(never),
        stored=len(stored_count),
        lost=len(acked - set(stored_count)),
        duplicated=sum(1 for n in stored_count.values() if n > 1),
        unanswered=sum(1 for token in stored_count if answer_count[token] == 0),
        double_answered=sum(1 for n in answer_count.values() if n > 1),
        replies=replies,
        graph_sends=sum(sends.values()),
        duplicate_sends=sum(n - 1 for n in sends.values() if n > 1),
    )


ROWS: tuple[tuple[str, str, str], ...] = (
    ("sent", "guest messages sent (unique, acknowledged)", ""),
    ("unacknowledged", "never acknowledged (sender gave up)", "0"),
    ("stored", "stored", ""),
    ("lost", "lost (sent, not stored)", "0"),
    ("duplicated", "duplicated (stored twice)", "0"),
    ("unanswered", "unanswered (no answer turn)", "0"),
    ("double_answered", "double-answered (>1 answer turn)", "0"),
    ("replies", "replies stored", ""),
    ("graph_sends", "sends to the Graph API", ""),
    ("duplicate_sends", "duplicate sends (beyond one per reply)", "0"),
)


def table(columns: dict[str, Figures]) -> str:
    """The figures of each scenario side by side, with the goal of each row."""
    names = list(columns)
    width = max(12, *(len(n) for n in names))
    lines = [f"{'':42}" + "".join(f"{n:>{width + 2}}" for n in names) + "   goal"]
    for attribute, label, goal in ROWS:
        cells = "".join(f"{getattr(columns[n], attribute):>{width + 2}}" for n in names)
        lines.append(f"{label:42}{cells}   {goal}")
    lines.append(
        f"{'sends per reply':42}"
        + "".join(
            f"{(f.graph_sends / f.replies if f.replies else 0):>{width + 2}.3f}" for f in columns.values()
        )
        + "   1.000"
    )
    return "\n".join(lines)
