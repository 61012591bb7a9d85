"""Replays: a run asked for, executed with progress, its report stored; marks and the regression set."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import structlog
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from conversations.models import Conversation
from conversations.replay.models import ReplayConversation, ReplayMark, ReplayRun, ReplayTurn
from conversations.replay.runner import ConversationResult, TurnResult, conversation_replay
from conversations.replay.selectors import run_conversations
from hotel_agent.hotels.models import Hotel

log = structlog.get_logger(__name__)

ERASED = "[erased]"


def reply_digest(text: str) -> str:
    """The same reply whatever its numbers (dates and prices move with the day it is replayed on)."""
    normalised = re.sub(r"\d+", "#", " ".join(text.split())).casefold()
    return hashlib.sha256(normalised.encode()).hexdigest()


def replay_run_create(
    *,
    hotel: Hotel,
    requested_by: Any = None,
    date_from: Any = None,
    date_to: Any = None,
    channel: str = "",
    language: str = "",
    outcome: str = "",
) -> ReplayRun:
    """A run of the hotel's conversations matching the filters, queued (`replay_run_execute` does it)."""
    return ReplayRun.objects.create(
        hotel=hotel,
        requested_by=requested_by if getattr(requested_by, "pk", None) else None,
        date_from=date_from,
        date_to=date_to,
        channel=channel,
        language=language,
        outcome=outcome,
    )


def _store(*, run: ReplayRun, result: ConversationResult) -> None:
    with transaction.atomic():
        row = ReplayConversation.objects.create(
            run=run,
            conversation_id=result.conversation_id,
            turns=len(result.turns),
            turns_changed=result.turns_changed,
            booked_before=result.booked_before,
            booked_after=result.booked_after,
            handoff_before=result.handoff_before,
            handoff_after=result.handoff_after,
            prices_changed=result.prices_changed,
            error=result.error,
        )
        ReplayTurn.objects.bulk_create([_turn_row(row, turn) for turn in result.turns])
        ReplayRun.objects.filter(pk=run.pk).update(
            conversations_done=F("conversations_done") + 1,
            turns=F("turns") + sum(t.reached for t in result.turns),
            turns_changed=F("turns_changed") + result.turns_changed,
            bookings_lost=F("bookings_lost") + int(row.booking_change == "lost"),
            bookings_gained=F("bookings_gained") + int(row.booking_change == "gained"),
            handoffs_new=F("handoffs_new") + int(row.handoff_change == "new"),
            handoffs_lost=F("handoffs_lost") + int(row.handoff_change == "lost"),
            prices_changed=F("prices_changed") + result.prices_changed,
        )


def _turn_row(replay: ReplayConversation, turn: TurnResult) -> ReplayTurn:
    return ReplayTurn(
        replay=replay,
        message_id=turn.message_id,
        index=turn.index,
        source_key=turn.source_key[:300],
        reached=turn.reached,
        old_text=turn.old_text,
        new_text=turn.new_text,
        old_understanding=turn.old_understanding,
        new_understanding=turn.new_understanding,
        old_handoff=turn.old_handoff,
        new_handoff=turn.new_handoff,
        old_booking=turn.old_booking[:64],
        new_booking=turn.new_booking[:64],
        old_prices=turn.old_prices,
        new_prices=turn.new_prices,
        reply_changed=turn.reply_changed,
    )


def replay_run_execute(*, run_id: int) -> ReplayRun:
    """Replay every conversation of the run, storing each one's report as it is done (the progress).

    Idempotent: a run already done (or running elsewhere) is returned as it is.
    """
    claimed = ReplayRun.objects.filter(pk=run_id, state=ReplayRun.State.QUEUED).update(
        state=ReplayRun.State.RUNNING
    )
    run = ReplayRun.objects.select_related("hotel").get(pk=run_id)
    if not claimed:
        return run
    conversations = list(run_conversations(run=run))
    ReplayRun.objects.filter(pk=run.pk).update(conversations_total=len(conversations))
    started = time.perf_counter()
    try:
        for conversation in conversations:
            _store(run=run, result=conversation_replay(conversation=conversation))
    except Exception as exc:
        log.exception("replay.run_failed", run_id=run.pk)
        ReplayRun.objects.filter(pk=run.pk).update(
            state=ReplayRun.State.FAILED,
            error=type(exc).__name__,
            seconds=time.perf_counter() - started,
            finished_at=timezone.now(),
        )
        raise
    ReplayRun.objects.filter(pk=run.pk).update(
        state=ReplayRun.State.DONE, seconds=time.perf_counter() - started, finished_at=timezone.now()
    )
    run.refresh_from_db()
    log.info(
        "replay.run_done", run_id=run.pk, turns=run.turns, changed=run.turns_changed, seconds=run.seconds
    )
    return run


def replay_turn_mark(*, turn: ReplayTurn, verdict: str, staff: Any = None) -> ReplayMark:
    """A manager's verdict on a replayed reply, kept in the hotel's regression set (one per reply)."""
    if verdict not in ReplayMark.Verdict.values:
        raise ValueError(f"unknown verdict {verdict!r}")
    replay = turn.replay
    conversation = Conversation.objects.select_related("hotel").get(pk=replay.conversation_id)
    mark, _ = ReplayMark.objects.update_or_create(
        hotel=conversation.hotel,
        source_key=turn.source_key,
        digest=reply_digest(turn.new_text),
        defaults={
            "turn": turn,
            "guest_text": turn.message.text,
            "old_text": turn.old_text,
            "new_text": turn.new_text,
            "verdict": verdict,
            "marked_by": staff if getattr(staff, "pk", None) else None,
            "conversation": conversation,
        },
    )
    return mark


@dataclass(frozen=True)
class RegressionMark:
    """A "worse" reply of the regression set, from the database or the shipped file."""

    source_key: str
    new_text: str
    guest_text: str = ""

    @property
    def digest(self) -> str:
        return reply_digest(self.new_text)


@dataclass(frozen=True)
class Regression:
    source_key: str
    guest_text: str
    reply: str


def regressions_found(*, marks: Iterable[RegressionMark], turns: Iterable[TurnResult]) -> list[Regression]:
    """Replies marked "worse" that the replay produced again for the same guest message."""
    worse: dict[str, set[str]] = {}
    for mark in marks:
        worse.setdefault(mark.source_key, set()).add(mark.digest)
    return [
        Regression(source_key=turn.source_key, guest_text=turn.guest_text, reply=turn.new_text)
        for turn in turns
        if turn.reached and reply_digest(turn.new_text) in worse.get(turn.source_key, ())
    ]


def run_regressions(*, run: ReplayRun, marks: Iterable[RegressionMark]) -> list[Regression]:
    """`regressions_found` over a stored run."""
    turns = [
        TurnResult(
            message_id=row.message_id,
            index=row.index,
            source_key=row.source_key,
            guest_text=row.message.text,
            reached=row.reached,
            old_text=row.old_text,
            new_text=row.new_text,
        )
        for row in ReplayTurn.objects.filter(replay__run=run).select_related("message")
    ]
    return regressions_found(marks=marks, turns=turns)


def hotel_regression_marks(*, hotel: Hotel) -> list[RegressionMark]:
    return [
        RegressionMark(source_key=mark.source_key, new_text=mark.new_text, guest_text=mark.guest_text)
        for mark in ReplayMark.objects.filter(hotel=hotel, verdict=ReplayMark.Verdict.WORSE)
    ]


def replay_results_anonymise(*, conversation_ids: list[int]) -> None:
    """Erasure and retention reach the replays too: what the guest wrote and what was answered them."""
    ReplayTurn.objects.filter(replay__conversation_id__in=conversation_ids).update(
        old_text=ERASED, new_text=ERASED, old_understanding={}, new_understanding={}
    )
    ReplayMark.objects.filter(conversation_id__in=conversation_ids).update(
        guest_text=ERASED, old_text=ERASED, new_text=ERASED
    )
