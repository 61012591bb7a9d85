"""The exported intent model computes what the scikit-learn pipeline computes, and the data is sound."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from conversations.nlu.classifier import MODEL_PATH
from conversations.nlu.linear_model import NgramLinearModel
from conversations.nlu.text import fold
from conversations.nlu.train import (
    DATA,
    FIRST_SET,
    FIRST_SET_FOLDS,
    build_pipeline,
    fingerprint,
    first_set_examples,
    first_set_fold,
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
        # words met before are read from the vectorizer's cache of each word's columns; tabs and newlines split too
        "hola\tquiero\n\nreservar  una doble para dos",
        "hola quiero reservar una doble",
    ]
    for text in probes:
        expected = pipeline.predict_proba([fold(text)])[0]
        got = exported.probabilities(fold(text))
        assert np.allclose([got[str(c)] for c in pipeline.classes_], expected, atol=1e-5)


def test_the_sentence_layer_helps_only_where_the_ngrams_are_unsure(tmp_path: Path) -> None:
    from sklearn.linear_model import LogisticRegression

    from conversations.nlu import sentence_encoder

    rows = read_labelled(DATA / "train" / "it.txt")[::2] + read_labelled(DATA / "train" / "pt.txt")[::2]
    texts, labels = [fold(t) for t, _ in rows], [label for _, label in rows]
    pipeline = build_pipeline().fit(texts, labels)
    sentences = LogisticRegression(C=5.0, max_iter=2000).fit(sentence_encoder.embed_many(texts), labels)
    NgramLinearModel.from_pipeline(pipeline, sentences, weight=0.5, gate=0.8).save(tmp_path / "model.npz.gz")
    model = NgramLinearModel.load(tmp_path / "model.npz.gz")
    unsure = sure = 0
    for text in [
        "avete il parcheggio?",
        "vorrei annullare",
        "tem estacionamento?",
        "a que horas abre o pequeno-almoco?",
        "zzz",
    ]:
        ngrams = pipeline.predict_proba([fold(text)])[0]
        got = np.array([model.probabilities(fold(text))[str(c)] for c in pipeline.classes_])
        if ngrams.max() >= 0.8:
            sure += 1
            assert np.allclose(got, ngrams, atol=1e-5)
        else:
            unsure += 1
            embedded = sentences.predict_log_proba([sentence_encoder.embed(fold(text))])[0]
            expected = np.exp(np.log(ngrams) + 0.5 * embedded)
            assert np.allclose(got, expected / expected.sum(), atol=1e-4)
    assert unsure and sure


def test_training_labels_are_the_contract_vocabulary() -> None:
    allowed = {i for i in INTENTS if i != "faq"} | {f"faq:{t}" for t in FAQ_TOPICS}
    for path in sorted((DATA / "train").glob("*.txt")):
        rows = read_labelled(path)
        assert {label for _, label in rows} <= allowed, path.name
        assert {label for _, label in rows} == allowed, f"{path.name} lacks a label"


def test_evaluation_sets_are_not_among_the_teams_training_sentences() -> None:
    # The first set is trained on too, but each of its lines is scored by a model trained without its fold (below).
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


def test_a_first_set_line_is_held_out_with_its_whole_batch() -> None:
    assert first_set_fold("es-r7d12") == first_set_fold("fr-r7d3") == first_set_fold("de-r7d140")
    assert first_set_fold("es-001") == first_set_fold("it-412")
    assert {
        first_set_fold(f"es-{batch}1") for batch in ("r7d", "r7n", "r7p", "r7i", "h12c", "r6n", "a", "c")
    } == set(range(FIRST_SET_FOLDS))


def test_the_cross_fitted_training_leaves_out_exactly_its_fold() -> None:
    import json

    rows = [json.loads(line) for line in FIRST_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(first_set_examples()) == len(rows)
    every, _ = training_examples()
    assert {fold(row["text"]) for row in rows} <= set(every)
    for fold_number in (0, 3):
        trained = [text for text, _ in first_set_examples(leave_out_fold=fold_number)]
        assert trained == [row["text"] for row in rows if first_set_fold(row["id"]) != fold_number]
        texts, _ = training_examples(leave_out_fold=fold_number)
        assert len(texts) == len(every) - (len(rows) - len(trained)) > len(every) - len(rows)
    assert ("Hola buenas tardes!", "greeting") in first_set_examples()
    assert any(label == "faq:parking" for _, label in first_set_examples())
