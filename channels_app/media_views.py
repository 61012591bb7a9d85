"""`GET /console/m/<id>/media/`: a guest's media for staff, fetched through its channel."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from channels_app.media import MediaUnavailable, message_media_fetch
from conversations.console.views import staff_required
from conversations.models import Message
from hotel_agent.hotels import access

MEDIA_KINDS = {"audio", "image", "video", "document", "sticker"}


@require_GET
@staff_required
def message_media(request: HttpRequest, message_id: int) -> HttpResponse:
    """The media of a guest's message (voice note, photo...), only for staff of its hotel."""
    messages = access.scope_to_staff_hotels(
        Message.objects.select_related("conversation"), user=request.user, lookup="conversation__hotel"
    )
    message = messages.filter(pk=message_id, kind__in=MEDIA_KINDS).first()
    if message is None:
        raise Http404("No such media")
    try:
        media = message_media_fetch(message=message)
    except MediaUnavailable:
        return HttpResponse(
            "This media is no longer available from the channel.", status=502, content_type="text/plain"
        )
    response = HttpResponse(media.content, content_type=media.mime_type)
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
