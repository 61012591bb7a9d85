"""A run's report as CSV (one row per turn) or JSON lines (one per turn), and the regression set as JSON lines."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from conversations.replay.models import ReplayMark, ReplayRun
from conversations.replay.selectors import run_turns
from conversations.replay.services import RegressionMark

COLUMNS = (
    "conversation",
    "turn",
    "guest_message",
    "reached",
    "reply_changed",
    "old_reply",
    "new_reply",
    "old_intent",
    "new_intent",
    "old_handoff",
    "new_handoff",
    "old_booking",
    "new_booking",
    "old_prices",
    "new_prices",
)


def _turn_rows(run: ReplayRun, *, changed_only: bool) -> Iterator[dict[str, object]]:
    for turn in run_turns(run=run, changed_only=changed_only):
        yield {
            "conversation": turn.replay.conversation_id,
            "turn": turn.index,
            "guest_message": turn.message.text,
            "reached": turn.reached,
            "reply_changed": turn.reply_changed,
            "old_reply": turn.old_text,
            "new_reply": turn.new_text,
            "old_intent": turn.old_understanding.get("intent", ""),
            "new_intent": turn.new_understanding.get("intent", ""),
            "old_handoff": turn.old_handoff,
            "new_handoff": turn.new_handoff,
            "old_booking": turn.old_booking,
            "new_booking": turn.new_booking,
            "old_prices": " ".join(turn.old_prices),
            "new_prices": " ".join(turn.new_prices),
            "old_understanding": turn.old_understanding,
            "new_understanding": turn.new_understanding,
        }


def run_csv(run: ReplayRun, *, changed_only: bool = False) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(_turn_rows(run, changed_only=changed_only))
    return out.getvalue()


def run_jsonl(run: ReplayRun, *, changed_only: bool = False) -> str:
    return "".join(
        json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n"
        for row in _turn_rows(run, changed_only=changed_only)
    )


def marks_jsonl(marks: Iterable[ReplayMark]) -> str:
    """The regression set in the shipped file's shape (`conversations/replay/regressions.jsonl`)."""
    return "".join(
        json.dumps(
            {
                "source_key": mark.source_key,
                "verdict": mark.verdict,
                "guest_text": mark.guest_text,
                "old_text": mark.old_text,
                "new_text": mark.new_text,
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        + "\n"
        for mark in marks
    )


def worse_marks_from_jsonl(text: str) -> list[RegressionMark]:
    marks = []
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            if row.get("verdict") == ReplayMark.Verdict.WORSE:
                marks.append(
                    RegressionMark(
                        source_key=row["source_key"],
                        new_text=row["new_text"],
                        guest_text=row.get("guest_text", ""),
                    )
                )
    return marks
