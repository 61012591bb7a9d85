"""The chat page's own HTML greets, says who answers and links the privacy notice, in the guest's language."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from hotel_agent.hotels.models import Hotel

pytestmark = pytest.mark.django_db


@pytest.fixture
def hotel() -> Hotel:
    return Hotel.objects.create(
        name="Hotel Mirador", slug="mirador", pms_hotel_id=4711, default_language="es"
    )


def page(accept: str, path: str = "/chat/") -> str:
    response = Client(headers={"Accept-Language": accept}).get(path)
    assert response.status_code == 200
    return response.content.decode()


def before_any_script(html: str) -> str:
    """The page as a browser shows it before chat.js runs: everything outside the scripts."""
    return re.sub(r"<script\b.*?</script>", "", html, flags=re.S)


def test_spanish_browser_sees_greeting_disclosure_and_privacy_link_in_spanish(hotel: Hotel) -> None:
    html = before_any_script(page("es-ES,es;q=0.9"))
    assert 'lang="es"' in html
    assert "¡Hola! Soy el asistente virtual de Hotel Mirador." in html
    assert "Está hablando con un asistente virtual de Hotel Mirador" in html
    assert "Una persona del hotel puede tomar la conversación" in html
    assert 'href="/chat/mirador/privacy/?lang=es"' in html
    assert "aviso de privacidad" in html
    # One register: the page's own words are formal (usted) like the replies.
    full = page("es")
    assert "Escríbanos" in full and "Escríbenos" not in full
    assert "Escriba su mensaje" in full


def test_english_browser_sees_them_in_english(hotel: Hotel) -> None:
    html = before_any_script(page("en-GB,en;q=0.9"))
    assert 'lang="en"' in html
    assert "Hello! I&#x27;m the virtual assistant of Hotel Mirador." in html
    assert "You are talking to a virtual assistant of Hotel Mirador" in html
    assert "A person from the hotel can take over" in html
    assert 'href="/chat/mirador/privacy/?lang=en"' in html


def test_an_unknown_language_falls_back_to_the_hotels_default(hotel: Hotel) -> None:
    html = before_any_script(page("ja-JP,ja;q=0.9"))
    assert 'lang="es"' in html and "asistente virtual" in html
    # Staff pages would fall back to English; the guest's page says what it really is in.
    response = Client(headers={"Accept-Language": "ja"}).get("/chat/")
    assert response["Content-Language"] == "es"


def test_the_staff_language_middleware_does_not_switch_the_guests_page(hotel: Hotel) -> None:
    # A browser that prefers a language the staff pages know but the chat reads differently
    # still gets one language across the page.
    html = page("de")
    assert 'lang="de"' in html and "Sie sprechen mit einem virtuellen Assistenten" in html


def test_privacy_notice_defaults_per_language_and_the_hotel_can_write_its_own(hotel: Hotel) -> None:
    spanish = page("es", "/chat/mirador/privacy/")
    assert "Aviso de privacidad" in spanish and "Hotel Mirador trata los datos" in spanish
    english = page("es", "/chat/mirador/privacy/?lang=en")
    assert "Privacy notice" in english and "Hotel Mirador processes what you write" in english
    hotel.privacy_notice = "Responsable: Mirador S.L.\n\nEscriba a privacidad@mirador.example."
    hotel.save()
    custom = page("es", "/chat/mirador/privacy/")
    assert "Responsable: Mirador S.L." in custom and "privacidad@mirador.example" in custom
    assert "Hotel Mirador trata los datos" not in custom


def test_privacy_page_of_an_unknown_hotel_is_404(hotel: Hotel) -> None:
    assert Client().get("/chat/nowhere/privacy/").status_code == 404
