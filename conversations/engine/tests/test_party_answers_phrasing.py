"""How many people, answered the way guests say it (number phrases, regional words, families, voice-note
fillers), through the signed WhatsApp webhook (real engine, fake QloApps, fake Graph API)."""

from __future__ import annotations

import pytest

from conversations.engine.replies import Phrasebook
from conversations.engine.tests.test_context_answers import ASK_WITHOUT_GUESTS, MARCH_20, MARCH_23
from conversations.engine.tests.whatsapp_guest import phone_numbers
from reservations.models import Quote

pytestmark = pytest.mark.django_db

_phone = phone_numbers("+346008")


def _asked_how_many(whatsapp, lang: str):
    guest = whatsapp(_phone())
    asked = guest.says(ASK_WITHOUT_GUESTS[lang])
    assert asked == Phrasebook(hotel=guest.conversation.hotel, language=lang).say("ask_guests")
    assert guest.conversation.dialogue_state["expecting"] == "party"
    return guest


@pytest.mark.parametrize(
    ("lang", "answer", "adults"),
    [
        ("es", "un par", 2),
        ("es", "tipo somos tres o sea", 3),
        ("en", "um just the two of us", 2),
        ("pt", "um par", 2),
        ("fr", "euh on sera trois", 3),
        ("fr", "je viens seul", 1),
        ("de", "mir sind zwöi", 2),
        ("de", "nur ich", 1),
        ("it", "un paio", 2),
        ("it", "vengo da sola", 1),
    ],
)
def test_a_count_said_as_guests_say_it_answers_how_many(whatsapp, qloapps, lang, answer, adults):
    guest = _asked_how_many(whatsapp, lang)
    offers = guest.says(answer)
    state = guest.conversation.dialogue_state
    assert state["stage"] == "offers", offers
    assert state["booking"]["adults"] == adults
    quote = Quote.objects.filter(conversation_id=guest.conversation.pk).latest("pk")
    assert (quote.check_in, quote.check_out) == (MARCH_20, MARCH_23)
    assert guest.conversation.language == lang


@pytest.mark.parametrize(
    ("lang", "answer", "adults", "children"),
    [
        ("es", "2+1", 2, 1),
        ("en", "we're a family of five, three kids", 2, 3),
        ("pt", "eu, o meu marido e os miúdos (dois)", 2, 2),
        ("fr", "nous serons 4 dont 2 enfants", 2, 2),
        ("de", "zwei Erwachsene plus Kind (5)", 2, 1),
        ("it", "io, mio marito e i due bambini", 2, 2),
    ],
)
def test_a_family_answers_how_many(whatsapp, qloapps, lang, answer, adults, children):
    guest = _asked_how_many(whatsapp, lang)
    reply = guest.says(answer)
    state = guest.conversation.dialogue_state
    # Next the children's ages (when the PMS needs them) or the offers; never the same question again.
    assert state["expecting"] != "party", reply
    assert (state["booking"]["adults"], state["booking"]["children"]) == (adults, children)
    assert guest.conversation.language == lang
