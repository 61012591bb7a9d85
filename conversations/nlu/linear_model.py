"""The trained intent model in a plain form: n-gram vocabularies, idf weights and the linear layer.

Training uses scikit-learn (`train.py`); the running agent reads this export instead, so it needs
neither scikit-learn nor scipy at run time (faster start, less memory). `NgramLinearModel.from_pipeline`
reproduces exactly what the pipeline's `TfidfVectorizer`s (char_wb and word n-grams, sublinear tf,
l2 norm) and multinomial `LogisticRegression` compute; a test checks the probabilities agree.

Beside it, a `SentenceLayer`: a second logistic regression over the message's sentence embedding
(`sentence_encoder`). Its probabilities are multiplied in only when the n-grams are unsure (their best label
below `gate`): a quarter of messages. The embedding costs about 1.5 ms a message, more than the rest of
understanding, and where the n-grams are sure it changed nothing (measured on the first set, cross-fitted).
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from conversations.nlu import sentence_encoder

# Distinct words whose n-gram columns are kept (about 4 MB): the words a hotel's guests use again and again.
_WORDS_REMEMBERED = 10_000
_NO_COLUMNS = np.zeros(0, dtype=np.int64)
_NO_WEIGHTS = np.zeros(0, dtype=np.float64)


@dataclass
class _Vectorizer:
    kind: str  # "char_wb" or "word"
    ngram_range: tuple[int, int]
    vocabulary: dict[str, int]
    idf: np.ndarray
    offset: int  # where this vectorizer's columns start in the joined feature space
    token_pattern: str = ""

    def __post_init__(self) -> None:
        self._token = re.compile(self.token_pattern) if self.token_pattern else None
        # A word's character n-grams never change, and guests use the same few thousand words over and over:
        # each word's columns are worked out once (a third of the n-gram layer's time went on building them).
        self._word_columns = functools.lru_cache(maxsize=_WORDS_REMEMBERED)(self._columns_of_word)

    def _token_grams(self, text: str) -> list[str]:
        """The word n-grams of a "word" vectorizer (a "char_wb" one reads each word's columns: `_word_columns`)."""
        low, high = self.ngram_range
        assert self._token is not None
        tokens = self._token.findall(text)
        out = list(tokens) if low == 1 else []
        for n in range(max(low, 2), high + 1):
            out.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        return out

    def _word_grams(self, word: str) -> list[str]:
        low, high = self.ngram_range
        padded = f" {word} "
        length = len(padded)
        out: list[str] = []
        for n in range(low, high + 1):
            if length <= n:
                out.append(padded)  # a short word counts once, whole (as scikit-learn's char_wb)
                break
            out.extend([padded[i : i + n] for i in range(length - n + 1)])
        return out

    def _columns_of_word(self, word: str) -> tuple[int, ...]:
        return tuple(
            column for column in map(self.vocabulary.get, self._word_grams(word)) if column is not None
        )

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The text's columns in the joined feature space and their weights (sublinear tf-idf, l2-normed)."""
        text = text.lower()
        counts: Counter[int]
        if self.kind == "char_wb":
            counts = Counter(chain.from_iterable(map(self._word_columns, text.split())))
        else:
            get = self.vocabulary.get
            counts = Counter(column for column in map(get, self._token_grams(text)) if column is not None)
        if not counts:
            return _NO_COLUMNS, _NO_WEIGHTS
        columns = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        weights = np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
        weights += 1.0
        weights *= self.idf[columns]
        norm = math.sqrt(float(weights @ weights))
        return columns + self.offset, weights / norm


@dataclass(frozen=True)
class SentenceLayer:
    coef: np.ndarray  # classes x embedding dimensions
    intercept: np.ndarray
    weight: float  # the exponent of its probabilities in the product with the n-grams'
    gate: float  # it is asked only when the n-grams' best probability is below this

    def blend(self, probs: np.ndarray, text: str) -> np.ndarray:
        scores = self.coef @ sentence_encoder.embed(text).astype(np.float64) + self.intercept
        scores -= scores.max()
        log_sentence = scores - math.log(float(np.exp(scores).sum()))
        combined = np.log(np.maximum(probs, 1e-12)) + self.weight * log_sentence
        combined = np.exp(combined - combined.max())
        return combined / combined.sum()


class NgramLinearModel:
    def __init__(
        self,
        vectorizers: list[_Vectorizer],
        coef: np.ndarray,
        intercept: np.ndarray,
        classes: list[str],
        fingerprint: str = "",
        sentence: SentenceLayer | None = None,
    ):
        self.vectorizers = vectorizers
        self.coef_t = np.ascontiguousarray(coef.T)  # features x classes
        self.intercept = intercept
        self.classes = classes
        # What the model was trained on (`train.fingerprint`): a test tells a model older than its data.
        self.fingerprint = fingerprint
        self.sentence = sentence

    def probabilities(self, text: str, *, with_sentence: bool = True) -> dict[str, float]:
        scores = self.intercept.astype(np.float64).copy()
        for vectorizer in self.vectorizers:
            columns, weights = vectorizer.features(text)
            if len(columns):
                scores += weights @ self.coef_t[columns]
        scores = np.exp(scores - scores.max())
        probs = scores / scores.sum()
        if with_sentence and self.sentence is not None and probs.max() < self.sentence.gate:
            probs = self.sentence.blend(probs, text)
        return {label: float(p) for label, p in zip(self.classes, probs, strict=True)}

    def knows_word(self, word: str) -> bool:
        """Whether `word` (lower-case) is a whole word of the sentences the model was trained on."""
        return any(v.kind == "word" and word in v.vocabulary for v in self.vectorizers)

    @classmethod
    def from_pipeline(
        cls, pipeline: Any, sentence_classifier: Any = None, *, weight: float = 0.0, gate: float = 0.0
    ) -> NgramLinearModel:
        union = pipeline.named_steps["features"]
        classifier = pipeline.named_steps["classifier"]
        vectorizers, offset = [], 0
        for _, vec in union.transformer_list:
            if vec.analyzer not in ("char_wb", "word") or not vec.sublinear_tf or vec.norm != "l2":
                raise ValueError("only sublinear-tf, l2-normed char_wb/word tf-idf can be exported")
            vocabulary = {str(k): int(v) for k, v in vec.vocabulary_.items()}
            vectorizers.append(
                _Vectorizer(
                    vec.analyzer,
                    tuple(vec.ngram_range),
                    vocabulary,
                    np.asarray(vec.idf_, dtype=np.float64),
                    offset,
                    vec.token_pattern if vec.analyzer == "word" else "",
                )
            )
            offset += len(vocabulary)
        return cls(
            vectorizers,
            np.asarray(classifier.coef_, dtype=np.float32),
            np.asarray(classifier.intercept_, dtype=np.float64),
            [str(c) for c in classifier.classes_],
            sentence=cls._sentence_layer(classifier, sentence_classifier, weight=weight, gate=gate),
        )

    @staticmethod
    def _sentence_layer(
        classifier: Any, sentence_classifier: Any, *, weight: float, gate: float
    ) -> SentenceLayer | None:
        if sentence_classifier is None:
            return None
        if list(sentence_classifier.classes_) != list(classifier.classes_):
            raise ValueError("the sentence classifier must know the n-gram classifier's labels, in its order")
        return SentenceLayer(
            np.asarray(sentence_classifier.coef_, dtype=np.float64),
            np.asarray(sentence_classifier.intercept_, dtype=np.float64),
            weight,
            gate,
        )

    def save(self, path: Path) -> None:
        meta = {
            "classes": self.classes,
            "fingerprint": self.fingerprint,
            "sentence": {"weight": self.sentence.weight, "gate": self.sentence.gate}
            if self.sentence
            else None,
            "vectorizers": [
                {
                    "kind": v.kind,
                    "ngram_range": list(v.ngram_range),
                    "vocabulary": v.vocabulary,
                    "offset": v.offset,
                    "token_pattern": v.token_pattern,
                }
                for v in self.vectorizers
            ],
        }
        arrays: dict[str, Any] = {
            "meta": np.frombuffer(json.dumps(meta, sort_keys=True).encode(), dtype=np.uint8),
            "coef": self.coef_t.T.astype(np.float32),
            "intercept": self.intercept,
        }
        for index, v in enumerate(self.vectorizers):
            arrays[f"idf{index}"] = v.idf
        if self.sentence is not None:
            arrays["sentence_coef"] = self.sentence.coef.astype(np.float32)
            arrays["sentence_intercept"] = self.sentence.intercept
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)
        # mtime=0: the same model gives the same bytes (reproducible artifact).
        with gzip.GzipFile(path, "wb", compresslevel=6, mtime=0) as handle:
            handle.write(buffer.getvalue())

    @classmethod
    def load(cls, path: Path) -> NgramLinearModel:
        with gzip.open(path, "rb") as handle:
            data = np.load(io.BytesIO(handle.read()), allow_pickle=False)
        meta = json.loads(data["meta"].tobytes().decode())
        vectorizers = [
            _Vectorizer(
                v["kind"],
                tuple(v["ngram_range"]),
                v["vocabulary"],
                data[f"idf{i}"],
                v["offset"],
                v["token_pattern"],
            )
            for i, v in enumerate(meta["vectorizers"])
        ]
        layer = meta.get("sentence")
        sentence = (
            SentenceLayer(
                data["sentence_coef"].astype(np.float64),
                data["sentence_intercept"],
                layer["weight"],
                layer["gate"],
            )
            if layer
            else None
        )
        return cls(
            vectorizers,
            data["coef"],
            data["intercept"],
            meta["classes"],
            meta.get("fingerprint", ""),
            sentence,
        )
