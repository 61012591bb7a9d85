"""One register per language: a hotel that addresses guests informally gets tú in Spanish everywhere the
guest reads (replies, the chat page, its privacy notice); languages without an informal catalogue stay
formal throughout; formal is the default."""

from __future__ import annotations

import re
import tomllib

import pytest
from django.test import Client

from conversations.engine.replies import CATALOGUE_DIR, Phrasebook
from conversations.tests.factories import HotelFactory
from hotel_agent.hotels.models import Register

# Words that address the guest as usted (an impersonal "se puede" is no address).
USTED = re.compile(
    r"\b(usted|ustedes|le|les|su|sus)\b|(?<!se )\b(quiere|puede|prefiere|necesita|responda|vuelva|pida|indica|"
    r"confirma|escriba|escríbame|reservó|cree)\b",
    re.IGNORECASE,
)


def _catalogue(name: str) -> dict[str, str]:
    with (CATALOGUE_DIR / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def test_the_informal_spanish_catalogue_has_every_sentence_and_no_usted() -> None:
    formal, informal = _catalogue("es"), _catalogue("es.informal")
    assert set(informal) == set(formal), "add the informal version of every new Spanish sentence"
    addressed = {key: text for key, text in informal.items() if USTED.search(text)}
    assert addressed == {}


@pytest.mark.django_db
def test_hotels_are_formal_by_default_and_informal_when_set() -> None:
    formal = HotelFactory.create(slug="formal-hotel")
    informal = HotelFactory.create(slug="informal-hotel", register=Register.INFORMAL)
    assert formal.register == Register.FORMAL
    assert (
        Phrasebook(hotel=formal, language="es").say("anything_else")
        == "Perfecto. ¿Puedo ayudarle en algo más?"
    )
    assert (
        Phrasebook(hotel=informal, language="es").say("anything_else")
        == "Perfecto. ¿Puedo ayudarte en algo más?"
    )
    # French has no informal catalogue: the whole conversation stays with vous.
    assert "vous" in Phrasebook(hotel=informal, language="fr").say("greeting").lower()


@pytest.mark.django_db
def test_the_chat_page_speaks_in_the_hotels_register() -> None:
    HotelFactory.create(slug="tu-hotel", name="Hotel Tú", register=Register.INFORMAL)
    HotelFactory.create(slug="usted-hotel", name="Hotel Usted")
    informal = Client().get("/chat/tu-hotel/", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    formal = Client().get("/chat/usted-hotel/", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert "Estás hablando con un asistente virtual" in informal and "Escríbenos" in informal
    assert "Escribe tu mensaje" in informal and "ayudarte" in informal and "tus datos" in informal
    assert (
        "Está hablando con un asistente virtual" in formal and "Escríbanos" in formal and "ayudarle" in formal
    )
    privacy = Client().get("/chat/tu-hotel/privacy/?lang=es").content.decode()
    assert "Puedes pedir acceso" in privacy
    # English has one register: the same page for both hotels.
    assert (
        "You are talking to a virtual assistant" in Client().get("/chat/tu-hotel/?lang=en").content.decode()
    )
