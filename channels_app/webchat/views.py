"""The guest's chat page and the hotel's privacy notice."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET

from channels_app.webchat import notices
from channels_app.webchat.identity import guest_token
from channels_app.webchat.selectors import webchat_hotel
from conversations.engine.replies import Phrasebook
from conversations.nlu.types import LANGUAGES
from hotel_agent.hotels.models import Hotel


def _page_language(request: HttpRequest, default: str) -> str:
    """The guest's language from the browser; not Django's active language (LocaleMiddleware is for staff)."""
    chosen = request.GET.get("lang", "")
    if chosen in LANGUAGES:
        return chosen
    for part in request.headers.get("Accept-Language", "").split(","):
        code = part.split(";")[0].strip()[:2].lower()
        if code in LANGUAGES:
            return code
    return default if default in LANGUAGES else "en"


def _hotel(hotel_slug: str | None) -> Hotel:
    hotel = webchat_hotel(slug=hotel_slug)
    if hotel is None:
        raise Http404("No hotel answers on the web chat yet")
    return hotel


@require_GET
def chat_page(request: HttpRequest, hotel_slug: str | None = None) -> HttpResponse:
    hotel = _hotel(hotel_slug)
    guest_token(request.session, create=True)
    language = _page_language(request, hotel.default_language)
    privacy_url = reverse("webchat-privacy", kwargs={"hotel_slug": hotel.slug}) + f"?lang={language}"
    informal = notices.page_informal(register=hotel.register, language=language)
    with translation.override(language):
        response = render(
            request,
            "webchat/chat.html",
            {
                "hotel": hotel,
                "lang": language,
                "informal": informal,
                "socket_path": f"/ws/chat/{hotel.slug}/",
                # The page greets, says who answers and links the privacy notice before any data is asked.
                "greeting": Phrasebook(hotel=hotel, language=language).say("greeting"),
                "disclosure": notices.words("DISCLOSURE", language=language, informal=informal).format(
                    hotel=hotel.name
                ),
                "privacy_link": notices.words("PRIVACY_LINK", language=language, informal=informal),
                "privacy_url": privacy_url,
            },
        )
    # The guest's language, not the staff one LocaleMiddleware would put there.
    response["Content-Language"] = language
    return response


@require_GET
def privacy_page(request: HttpRequest, hotel_slug: str) -> HttpResponse:
    hotel = _hotel(hotel_slug)
    language = _page_language(request, hotel.default_language)
    text = notices.privacy_notice(
        hotel_name=hotel.name,
        custom_text=hotel.privacy_notice,
        language=language,
        informal=notices.page_informal(register=hotel.register, language=language),
    )
    with translation.override(language):
        response = render(
            request,
            "webchat/privacy.html",
            {
                "hotel": hotel,
                "lang": language,
                "title": notices.PRIVACY_TITLE[language],
                "paragraphs": [p for p in text.split("\n\n") if p.strip()],
                "back": notices.BACK_TO_CHAT[language],
                "chat_url": reverse("webchat-hotel", kwargs={"hotel_slug": hotel.slug}),
            },
        )
    response["Content-Language"] = language
    return response
