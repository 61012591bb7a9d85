"""The held-out sets stay honest: big enough in every language, well-formed, and never trained on.

These fail if someone copies held-out lines into the training data or the development set
(`data/README.md`: the held-out sets are never trained or tuned on). Each test runs on every set.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from conversations.nlu import train
from conversations.nlu.evaluate import (
    DEV,
    FIELDS,
    HELD_OUT_SETS,
    LANGS,
    TEST,
    normalise,
    read_rows,
)
from conversations.nlu.types import FAQ_TOPICS, INTENTS

HELDOUT_ROWS = read_rows(HELD_OUT_SETS["held-out"])
SETS = {name: read_rows(path) for name, path in HELD_OUT_SETS.items()}
each_set = pytest.mark.parametrize("rows", list(SETS.values()), ids=list(SETS))


def _training_texts() -> set[str]:
    """Every sentence the model is built from: the pipeline's own list and the raw files behind it."""
    texts, _ = train.training_examples()
    raw = [
        text for path in sorted((train.DATA / "train").glob("*.txt")) for text, _ in train.read_labelled(path)
    ]
    for name in ("nlupp/nlupp_hotels_en.jsonl", "sgd/sgd_hotels_sample_en.jsonl"):
        with (train.DATA / name).open(encoding="utf-8") as handle:
            raw.extend(json.loads(line)["text"] for line in handle if line.strip())
    return {normalise(text) for text in [*texts, *raw]} - {""}


@each_set
def test_heldout_has_at_least_80_messages_per_language_and_600_in_all(rows: list[dict[str, Any]]) -> None:
    counts = Counter(row["lang"] for row in rows)
    assert len(rows) >= 600
    assert {lang: counts[lang] for lang in LANGS if counts[lang] < 80} == {}
    assert set(counts) == set(LANGS)


@each_set
def test_heldout_never_overlaps_training_sentences(rows: list[dict[str, Any]]) -> None:
    training = _training_texts()
    leaked = [row["id"] for row in rows if normalise(row["text"]) in training]
    assert leaked == []


@each_set
def test_heldout_never_overlaps_the_first_set(rows: list[dict[str, Any]]) -> None:
    first = {normalise(row["text"]) for path in (DEV, TEST) for row in read_rows(path)}
    leaked = [row["id"] for row in rows if normalise(row["text"]) in first]
    assert leaked == []


@each_set
def test_heldout_lines_are_unique_and_fully_annotated(rows: list[dict[str, Any]]) -> None:
    assert len({row["id"] for row in rows}) == len(rows)
    assert len({normalise(row["text"]) for row in rows}) == len(rows)
    for row in rows:
        assert set(FIELDS) | {"id", "today", "text", "tags"} == set(row), row["id"]
        assert row["lang"] in LANGS and row["intent"] in INTENTS, row["id"]
        assert (row["faq_topic"] in FAQ_TOPICS) == (row["intent"] == "faq"), row["id"]
        assert isinstance(row["tags"], list), row["id"]
        today = dt.date.fromisoformat(row["today"])
        if row["check_out"] is not None and row["check_in"] is not None:
            assert dt.date.fromisoformat(row["check_out"]) > dt.date.fromisoformat(row["check_in"]), row["id"]
        elif row["check_out"] is not None:  # only a new departure for a booking (docs/INTERFACES.md)
            assert row["intent"] == "booking_modify", row["id"]
        if row["check_in"] is not None:
            assert dt.date.fromisoformat(row["check_in"]) >= today, row["id"]


def test_normalise_ignores_case_accents_punctuation_and_emoji() -> None:
    assert normalise("¡Buenos DÍAS, señor! 🌞") == normalise("buenos dias senor")
    assert normalise("Straße") == normalise("strasse")
    assert normalise("Buenos días") != normalise("Buenas días")


def test_a_heldout_sentence_copied_into_training_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for folder in ("train", "nlupp", "sgd"):
        shutil.copytree(train.DATA / folder, tmp_path / folder)
    leaked = next(row for row in HELDOUT_ROWS[len(HELDOUT_ROWS) // 2 :] if "\n" not in row["text"])
    assert normalise(leaked["text"]) not in _training_texts()
    with (tmp_path / "train" / f"{leaked['lang']}.txt").open("a", encoding="utf-8") as handle:
        handle.write(f"\n# {leaked['intent']}\n{leaked['text']}\n")
    monkeypatch.setattr(train, "DATA", tmp_path)
    assert normalise(leaked["text"]) in _training_texts()


def test_the_requests_beside_a_message_are_scored_against_their_annotation():
    from conversations.nlu import evaluate

    annotated = evaluate.read_rows(evaluate.ALSO)
    first_set = {row["id"] for row in evaluate.read_rows(evaluate.DEV)}
    assert len(annotated) >= 200 and all(row["id"] in first_set for row in annotated)
    pets_wanted = next(
        row["id"] for row in annotated if {"intent": "faq", "faq_topic": "pets"} in row["also"]
    )
    nothing_wanted = next(row["id"] for row in annotated if not row["also"])
    scored = [
        evaluate.Scored({"id": pets_wanted}, {}, 1.0, frozenset({("faq", "pets"), ("faq", "parking")})),
        evaluate.Scored({"id": nothing_wanted}, {}, 1.0, frozenset()),
    ]
    figures = evaluate.also_figures(scored)
    assert "2 annotated first-set lines" in figures and "spurious 1" in figures, figures
