"""The optional language model only rewords; any fact it adds, drops or changes sends the template text."""

from __future__ import annotations

import re

import pytest
from django.test import override_settings

from conversations.engine.llm import facts_preserved
from conversations.engine.tests.chat import EngineChat, amounts_in, quoted_totals
from conversations.engine.tests.fake_openai import fake_openai

pytestmark = pytest.mark.django_db

ASK = "¿Tenéis habitación del 20 al 23 de marzo para 2 personas?"


def llm_settings(base_url: str):
    return override_settings(LLM_BASE_URL=base_url, LLM_API_KEY="test-key", LLM_MODEL="tiny-test")


def test_rewording_that_keeps_every_fact_is_sent(demo_hotel):
    with fake_openai(lambda text: "Con mucho gusto. " + text) as llm, llm_settings(llm.base_url):
        chat = EngineChat(demo_hotel, phone="+34600111501")
        offers = chat.replies_to(ASK)[0]
    assert offers.text.startswith("Con mucho gusto. ")
    assert offers.buttons  # the buttons are the engine's, never the model's
    assert llm.requests and llm.requests[0]["auth"] == "Bearer test-key"
    assert llm.requests[0]["path"] == "/v1/chat/completions"
    assert set(amounts_in(offers.text)) <= quoted_totals(chat.conversation.pk)


def test_rewording_that_changes_a_price_is_discarded(demo_hotel):
    def discount(text: str) -> str:
        return re.sub(r"(\d+),(\d{2}) €", lambda m: f"{int(m.group(1)) - 50},{m.group(2)} €", text)

    with fake_openai(discount) as llm, llm_settings(llm.base_url):
        chat = EngineChat(demo_hotel, phone="+34600111502")
        offers = chat.replies_to(ASK)[0]
    assert llm.requests
    assert set(amounts_in(offers.text)) <= quoted_totals(chat.conversation.pk)


def test_rewording_that_invents_a_fact_is_discarded(demo_hotel):
    def invent(text: str) -> str:
        return text + " Además, hoy tiene un 20% de descuento y parking gratis."

    with fake_openai(invent) as llm, llm_settings(llm.base_url):
        reply = EngineChat(demo_hotel, phone="+34600111503").says("¿A qué hora es el check-in?")
    assert llm.requests and "descuento" not in reply


def test_unreachable_model_leaves_the_template_text(demo_hotel):
    with fake_openai(lambda text: text) as llm:
        base_url = llm.base_url
    with llm_settings(base_url):
        reply = EngineChat(demo_hotel, phone="+34600111504").says(ASK)
    assert "20 de marzo" in reply and "€" in reply


def test_without_a_model_nothing_is_asked(demo_hotel):
    with fake_openai(lambda text: "X") as llm:
        reply = EngineChat(demo_hotel, phone="+34600111505").says(ASK)
    assert llm.requests == [] and "€" in reply


@pytest.mark.parametrize(
    ("reworded", "kept"),
    [
        ("Total: 308,00 €. Reference ABCDEFGHI.", True),
        ("Total: 308,00 €.", False),  # the reference dropped
        ("Total: 309,00 €. Reference ABCDEFGHI.", False),  # the price changed
        ("Total: 308,00 €. Reference ABCDEFGHI. Breakfast 12,00 € extra.", False),  # a price added
        ("Total: 308,00 $. Reference ABCDEFGHI.", False),  # the currency changed
    ],
)
def test_fact_check(reworded, kept):
    assert facts_preserved(original="Reference ABCDEFGHI. Total: 308,00 €.", reworded=reworded) is kept
