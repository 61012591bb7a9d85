"""A booking reference's letters are random: they must not decide the message's language."""

import random
import string

import pytest

from conversations.nlu import language

_CANCEL = {
    "es": "Quiero cancelar la reserva {}",
    "pt": "Quero cancelar a reserva {}",
    "fr": "Je veux annuler la réservation {}",
    "en": "I want to cancel booking {}",
    "it": "Vorrei cancellare la prenotazione {}",
    "de": "Ich möchte die Buchung {} stornieren",
}


def _references(count: int) -> list[str]:
    rng = random.Random(11)  # the same made-up references on every run
    return ["".join(rng.choice(string.ascii_uppercase) for _ in range(9)) for _ in range(count)]


@pytest.mark.parametrize("lang", sorted(_CANCEL))
def test_a_random_reference_does_not_change_the_language(lang):
    wrong = [
        ref
        for ref in _references(150)
        if language.detect(_CANCEL[lang].format(ref), conversation_language=None, default_language="es")
        != lang
    ]
    assert wrong == []


@pytest.mark.parametrize("code", ["HT4471B", "AB-12CD", "2027-4471X"])
def test_a_code_with_digits_is_not_read_either(code):
    for lang, sentence in _CANCEL.items():
        assert (
            language.detect(sentence.format(code), conversation_language=None, default_language="es") == lang
        )


def test_a_message_shouted_in_capitals_is_still_read():
    assert language.detect("QUIERO CANCELAR", conversation_language=None, default_language="en") == "es"
