"""The guest's chat page."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from channels_app.webchat.identity import guest_token
from channels_app.webchat.selectors import webchat_hotel
from conversations.nlu.types import LANGUAGES


def _page_language(request: HttpRequest, default: str) -> str:
    for part in request.headers.get("Accept-Language", "").split(","):
        code = part.split(";")[0].strip()[:2].lower()
        if code in LANGUAGES:
            return code
    return default


@require_GET
def chat_page(request: HttpRequest, hotel_slug: str | None = None) -> HttpResponse:
    hotel = webchat_hotel(slug=hotel_slug)
    if hotel is None:
        raise Http404("No hotel answers on the web chat yet")
    guest_token(request.session, create=True)
    language = _page_language(request, hotel.default_language)
    return render(
        request,
        "webchat/chat.html",
        {"hotel": hotel, "lang": language, "socket_path": f"/ws/chat/{hotel.slug}/"},
    )
