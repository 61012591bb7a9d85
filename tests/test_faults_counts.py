"""The counting behind `make faults` (bench/faults_counts.py): what counts as lost, duplicated,
double-answered and sent twice. The run itself is `make faults`, never a test."""

from __future__ import annotations

from collections import Counter

from bench.faults_counts import count, deliveries, table


def test_deliveries_repeat_the_asked_share_in_shuffled_order() -> None:
    batch = deliveries(run="ab12", total=1000, guests=30, duplicate_share=0.3, seed=7)
    tokens = Counter(d.token for d in batch)
    assert len(batch) == 1000 and len(tokens) == 700
    assert sum(n - 1 for n in tokens.values()) == 300
    assert {d.guest for d in batch} == set(range(30))
    assert [d.index for d in batch] != sorted(d.index for d in batch)
    assert deliveries(run="ab12", total=1000, guests=30, duplicate_share=0.3, seed=7) == batch


def test_everything_once_meets_every_goal() -> None:
    figures = count(
        acknowledged=["faults-ab-1", "faults-ab-2"],
        unacknowledged=[],
        stored=["faults-ab-1", "faults-ab-2"],
        answered=["faults-ab-1", "faults-ab-2"],
        replies=2,
        sent_texts=["test-engine: text: faults-ab-1", "test-engine: text: faults-ab-2"],
    )
    assert figures.goals_met
    assert (figures.sent, figures.stored, figures.graph_sends, figures.duplicate_sends) == (2, 2, 2, 0)


def test_each_failure_is_counted_once() -> None:
    figures = count(
        acknowledged=["faults-ab-1", "faults-ab-2", "faults-ab-3", "faults-ab-4"],
        unacknowledged=["faults-ab-5", "faults-ab-4"],  # 4 was acknowledged on a later attempt
        stored=["faults-ab-1", "faults-ab-2", "faults-ab-2", "faults-ab-4"],
        answered=["faults-ab-1", "faults-ab-1"],
        replies=2,
        sent_texts=["x faults-ab-1", "x faults-ab-1", "x faults-ab-1", "no token", "faults-ab-10 y"],
    )
    assert figures.unacknowledged == 1
    assert figures.lost == 1  # 3
    assert figures.duplicated == 1  # 2
    assert figures.unanswered == 2  # 2 and 4
    assert figures.double_answered == 1  # 1
    assert (figures.graph_sends, figures.duplicate_sends) == (4, 2)  # "faults-ab-10" is not "faults-ab-1"
    assert not figures.goals_met
    assert "double-answered" in table({"crashes": figures})
