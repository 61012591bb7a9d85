"""The exported intent model computes what the scikit-learn pipeline computes, and the data is sound."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from conversations.nlu.classifier import MODEL_PATH
from conversations.nlu.linear_model import NgramLinearModel
from conversations.nlu.text import fold
from conversations.nlu.train import (
    DATA,
    build_pipeline,
    fingerprint,
    nlupp_label,
    read_labelled,
    training_examples,
)
from conversations.nlu.types import FAQ_TOPICS, INTENTS


def test_export_matches_the_pipeline_probabilities(tmp_path: Path) -> None:
    rows = read_labelled(DATA / "train" / "es.txt")[::3] + read_labelled(DATA / "train" / "de.txt")[::3]
    texts, labels = [fold(t) for t, _ in rows], [label for _, label in rows]
    pipeline = build_pipeline().fit(texts, labels)
    NgramLinearModel.from_pipeline(pipeline).save(tmp_path / "model.npz.gz")
    exported = NgramLinearModel.load(tmp_path / "model.npz.gz")
    probes = [
        "hola quiero reservar una doble",
        "gibt es einen parkplatz?",
        "zzz",
        "",
        "a  b   c",
        "¿¿ 20/05 ??",
    ]
    for text in probes:
        expected = pipeline.predict_proba([fold(text)])[0]
        got = exported.probabilities(fold(text))
        assert np.allclose([got[str(c)] for c in pipeline.classes_], expected, atol=1e-5)


def test_training_labels_are_the_contract_vocabulary() -> None:
    allowed = {i for i in INTENTS if i != "faq"} | {f"faq:{t}" for t in FAQ_TOPICS}
    for path in sorted((DATA / "train").glob("*.txt")):
        rows = read_labelled(path)
        assert {label for _, label in rows} <= allowed, path.name
        assert {label for _, label in rows} == allowed, f"{path.name} lacks a label"


def test_evaluation_sets_are_not_in_the_training_data() -> None:
    import json

    train = {fold(t) for path in (DATA / "train").glob("*.txt") for t, _ in read_labelled(path)}
    dev = [json.loads(line)["text"] for line in (DATA / "dev" / "dev.jsonl").read_text().splitlines() if line]
    assert len(dev) >= 300
    dev += [
        json.loads(line)["text"] for line in (DATA / "dev" / "test.jsonl").read_text().splitlines() if line
    ]
    overlap = [t for t in dev if fold(t) in train]
    assert overlap == []


def test_nlupp_mapping() -> None:
    assert nlupp_label(["booking", "cancel_close_leave_freeze"], "") == "booking_cancel"
    assert nlupp_label(["parking", "request_info"], "") == "faq:parking"
    assert nlupp_label(["handoff"], "") == "handoff_request"
    assert nlupp_label([], "") is None


def test_the_shipped_model_was_trained_on_the_current_training_data() -> None:
    # Training data, the text folding, the NLU++ folds or the trainer's settings changed without a new model: the
    # shipped model would read guests with features it was not trained on.
    texts, labels = training_examples()
    shipped = NgramLinearModel.load(MODEL_PATH)
    assert shipped.fingerprint == fingerprint(texts, labels), (
        "the intent model is older than its training data: retrain with make train-nlu"
    )
