"""Voice notes recorded in the web chat: the page uploads the recording, we keep it and store the message.

The guest's session (the same token as the websocket's) says who speaks; the note then takes the
WhatsApp note's road: `message_receive`, the `speech` queue, the transcript, the turn. The answer
arrives through the websocket like any other.
"""

from __future__ import annotations

import structlog
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from channels_app.media import MediaUnavailable, audio_store
from channels_app.webchat import limits
from channels_app.webchat.identity import guest_token, provider_message_id
from channels_app.webchat.selectors import webchat_hotel
from conversations.incoming import Channel, IncomingMessage, MediaRef, MessageKind

log = structlog.get_logger(__name__)

MAX_UPLOAD_BYTES = 5 * 1024 * 1024  # about five minutes of Opus: longer notes are refused later anyway
MAX_CLIENT_ID = 64


@require_POST
def voice_note_upload(request: HttpRequest, hotel_slug: str) -> HttpResponse:
    """`POST /chat/<slug>/voice/` (multipart `audio`, `client_id`): 202 once stored, 200 for a repeat."""
    from conversations.services import IncomingRefused, message_receive

    hotel = webchat_hotel(slug=hotel_slug)
    if hotel is None:
        return HttpResponse(status=404)
    token = guest_token(request.session, create=False)
    if not token:
        return JsonResponse({"error": "no_session"}, status=403)
    upload = request.FILES.get("audio")
    client_id = str(request.POST.get("client_id") or "")[:MAX_CLIENT_ID]
    if upload is None or not client_id:
        return JsonResponse({"error": "audio and client_id are required"}, status=400)
    if upload.size is None or upload.size > MAX_UPLOAD_BYTES:
        return JsonResponse({"error": "too_large"}, status=413)
    if not limits.message_allowed(token=token, address=str(request.META.get("REMOTE_ADDR") or "") or None):
        return JsonResponse({"error": "too_fast"}, status=429)
    mime_type = (upload.content_type or "application/octet-stream").split(";")[0].strip()
    try:
        media_id = audio_store(content=upload.read(), mime_type=mime_type)
    except MediaUnavailable:
        return JsonResponse({"error": "empty"}, status=400)
    incoming = IncomingMessage(
        channel=Channel.WEBCHAT,
        provider_message_id=provider_message_id(token, client_id),
        sender=token,
        kind=MessageKind.AUDIO,
        sent_at=timezone.now(),
        media=MediaRef(media_id=media_id, mime_type=mime_type, filename=upload.name or "", is_voice=True),
        thread_key=token,
    )
    try:
        stored = message_receive(incoming=incoming, hotel=hotel)
    except IncomingRefused:
        return JsonResponse({"error": "refused"}, status=400)
    log.info("webchat.voice_note", hotel_id=hotel.pk, bytes=upload.size, stored=stored is not None)
    return JsonResponse({"stored": stored is not None}, status=202 if stored is not None else 200)
