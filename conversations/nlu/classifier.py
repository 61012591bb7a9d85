"""The intent model: a linear classifier over character and word n-grams of folded text.

One multinomial logistic regression predicts one label per message: an intent, or `faq:<topic>` for
FAQ questions (so the FAQ intent's confidence is the sum over its topics). The artifact
`model/intent_model.npz.gz` (plain arrays, see `linear_model.py`) is built by `make train-nlu`
(conversations/nlu/train.py) and committed; when it is missing or damaged, the model is trained
in-process from the committed data on first use (scikit-learn is needed only then).
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from pathlib import Path

import structlog

from conversations.nlu.linear_model import NgramLinearModel

log = structlog.get_logger(__name__)

MODEL_PATH = Path(__file__).parent / "model" / "intent_model.npz.gz"
FAQ_PREFIX = "faq:"
_LOCK = threading.Lock()
_MODEL: NgramLinearModel | None = None


@dataclass(frozen=True)
class Prediction:
    intent: str
    confidence: float
    faq_topic: str | None
    probabilities: dict[str, float]


def _load() -> NgramLinearModel:
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                _MODEL = _read_or_train()
    return _MODEL


def _read_or_train() -> NgramLinearModel:
    try:
        return NgramLinearModel.load(MODEL_PATH)
    except (OSError, ValueError, KeyError) as exc:  # missing or damaged artifact: rebuild it from the data
        log.warning("nlu.model_rebuilt", reason=type(exc).__name__)
        from conversations.nlu.train import build_pipeline, training_examples

        texts, labels = training_examples()
        return NgramLinearModel.from_pipeline(build_pipeline().fit(texts, labels))


def warm_up() -> None:
    _load()


@functools.lru_cache(maxsize=256)
def _probabilities(folded: str) -> dict[str, float]:
    # One message's text is scored more than once (the whole message by several rules, then its FAQ
    # topic); the model never changes in a process, so the answer is kept. Callers only read it.
    return _load().probabilities(folded)


def predict(folded: str) -> Prediction:
    """Intent, FAQ topic and confidence for folded text."""
    by_label = _probabilities(folded)
    intents: dict[str, float] = {}
    for label, p in by_label.items():
        intent = "faq" if label.startswith(FAQ_PREFIX) else label
        intents[intent] = intents.get(intent, 0.0) + p
    intent = max(intents, key=lambda name: intents[name])
    topic = None
    if intent == "faq":
        best = max((lbl for lbl in by_label if lbl.startswith(FAQ_PREFIX)), key=lambda lbl: by_label[lbl])
        topic = best.removeprefix(FAQ_PREFIX)
    return Prediction(intent=intent, confidence=intents[intent], faq_topic=topic, probabilities=intents)


def faq_topic_for(folded: str) -> str:
    """The most likely FAQ topic, for messages whose intent a rule already decided is `faq`."""
    pairs = [(lbl, p) for lbl, p in _probabilities(folded).items() if lbl.startswith(FAQ_PREFIX)]
    return max(pairs, key=lambda pair: pair[1])[0].removeprefix(FAQ_PREFIX)
