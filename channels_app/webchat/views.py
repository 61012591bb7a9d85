"""The guest's chat page and the hotel's privacy notice."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET, require_POST

from channels_app.webchat import limits, notices
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
    # Reading only: a visit that never writes leaves no session row (bots, previews, link checkers).
    has_session = bool(guest_token(request.session, create=False))
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
                "session_url": reverse("webchat-session", kwargs={"hotel_slug": hotel.slug}),
                "has_session": has_session,
                # The session POST carries it; the token lives in a cookie, not in a session row.
                "csrf_token_value": get_token(request),
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


@require_POST
def chat_session_start(request: HttpRequest, hotel_slug: str) -> HttpResponse:
    """The page calls this when the guest first writes: their token goes into a new session (the
    cookie the websocket then finds). Counted per address: a script cannot fill the session table."""
    _hotel(hotel_slug)
    if not guest_token(request.session, create=False):
        retry_after = limits.session_start_retry_after(address=str(request.META.get("REMOTE_ADDR") or ""))
        if retry_after:
            response = HttpResponse(status=429)
            response["Retry-After"] = str(retry_after)
            return response
        guest_token(request.session, create=True)
    return HttpResponse(status=204)


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
