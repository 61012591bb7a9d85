"""What playing guests on `make run` found in the sixteenth session, each in the languages it is bound to."""

from __future__ import annotations

import pytest

from conversations.engine.faq import answer_questions
from conversations.engine.replies import Phrasebook
from conversations.engine.tests.chat import EngineChat

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


# A room asked for by what it has ("con vistas al mar", "with a balcony"): the demo's Junior Suite is the one room
# with sea views and the Double the one with a balcony; they came third or second among the cheapest offers, and
# nothing said which had it.
SEA_VIEW = {
    "es": "Hola, ¿tenéis una habitación con vistas al mar del 12 al 14 de marzo para 2 adultos?",
    "en": "Hi, do you have a room with a sea view from March 12 to 14 for 2 adults?",
    "pt": "Olá, têm um quarto com vista para o mar de 12 a 14 de março para 2 adultos?",
    "fr": "Bonjour, avez-vous une chambre avec vue sur la mer du 12 au 14 mars pour 2 adultes ?",
    "de": "Hallo, haben Sie ein Zimmer mit Meerblick vom 12. bis 14. März für 2 Erwachsene?",
    "it": "Salve, avete una camera con vista mare dal 12 al 14 marzo per 2 adulti?",
}


@pytest.mark.parametrize("lang", list(SEA_VIEW))
def test_a_room_asked_for_its_sea_view_is_offered_first_and_said_to_have_it(demo_hotel, lang):
    guest = EngineChat(hotel=demo_hotel, phone="+34601199601")
    reply = guest.says(SEA_VIEW[lang])

    assert guest.state["stage"] == "offers", reply
    lines = [line for line in reply.splitlines() if line.strip()]
    assert "Junior Suite" in lines[1], reply  # the first offer, right under the intro
    intro = Phrasebook(hotel=demo_hotel, language=lang).say(
        "offers_feature_first", stay="STAY", lines="", others="", several=False, choose=""
    )
    assert intro.split("STAY")[1].split("(")[0].strip() in lines[0], reply


def test_a_feature_asked_before_the_party_still_orders_the_offers(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601199602")
    guest.says("I'd like a room with a balcony from March 12 to 14")
    reply = guest.says("2 adults")

    lines = [line for line in reply.splitlines() if line.strip()]
    assert "Double" in lines[1] or "Doble" in lines[1], reply
    assert "what you asked for" in lines[0], reply


def test_without_a_feature_the_offers_are_the_cheapest_first(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601199603")
    reply = guest.says("Hi, do you have a room from March 12 to 14 for 2 adults?")

    lines = [line for line in reply.splitlines() if line.strip()]
    assert "what you asked for" not in reply
    assert "Doble" in lines[1] and "Familiar" in lines[2], reply
