"""What playing guests on `make run` found in the sixteenth session, each in the languages it is bound to."""

from __future__ import annotations

import pytest

from conversations.engine.faq import answer_questions

pytestmark = pytest.mark.django_db


# "How can I pay?" asks for the ways of paying (the cards fact), not when (prepayment): the vocabulary's
# phrases of function words around one verb ("cómo puedo pagar") once collapsed to the verb's stem and were
# dropped, so only "pay" was left, which the prepayment fact names more often.
@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("es", "¿Cómo puedo pagar?"),
        ("es", "¿cómo se puede pagar en el hotel?"),
        ("en", "How can I pay?"),
        ("pt", "Como posso pagar?"),
        ("fr", "Comment payer ?"),
        ("de", "Wie kann ich bezahlen?"),
        ("it", "Come posso pagare?"),
    ],
)
def test_how_to_pay_gets_the_ways_of_paying(demo_hotel, language, question):
    reply = answer_questions(question, hotel=demo_hotel, language=language)

    assert [answer.fact_key for answer in reply.answers] == ["payment_cards"]
