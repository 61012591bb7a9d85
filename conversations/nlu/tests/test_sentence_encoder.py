"""The sentence embedding the intent model reads: the encoder's own output, in every language, at any call."""

from __future__ import annotations

import numpy as np

from conversations.nlu import sentence_encoder


def test_one_message_is_embedded_as_in_a_batch_and_has_unit_length() -> None:
    texts = ["hola, tenéis habitación doble para el viernes?", "Qual é a password do wifi?", ""]
    batch = sentence_encoder.embed_many(texts)
    assert batch.shape == (3, sentence_encoder.DIMENSIONS)
    for text, row in zip(texts, batch, strict=True):
        alone = sentence_encoder.embed(text)
        assert np.allclose(alone, row, atol=1e-5)
        assert abs(float(np.linalg.norm(alone)) - 1.0) < 1e-3
    assert sentence_encoder.embed_many([]).shape == (0, sentence_encoder.DIMENSIONS)


def test_the_same_question_in_two_languages_lands_nearer_than_another_question() -> None:
    wifi_es, wifi_it, parking_de = sentence_encoder.embed_many(
        ["¿cuál es la contraseña del wifi?", "qual è la password del wifi?", "Kann man bei Ihnen parken?"]
    )
    assert float(wifi_es @ wifi_it) > float(wifi_es @ parking_de) + 0.2
