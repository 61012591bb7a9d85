"""`GET`/`POST /webhooks/whatsapp/`: Meta's handshake and deliveries (docs/INTERFACES.md).

POST: size limit (413), `X-Hub-Signature-256` checked in constant time on the raw bytes (401, nothing
stored), JSON must parse (400), then the raw body is stored and 200 goes back at once; a task does
the rest. Redeliveries get 200 and change nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import json

import structlog
from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from channels_app.whatsapp.inbound import whatsapp_event_store
from hotel_agent.metrics import WEBHOOK_DELIVERIES

log = structlog.get_logger(__name__)

SIGNATURE_HEADER = "HTTP_X_HUB_SIGNATURE_256"
SIGNATURE_PREFIX = "sha256="


def signature_valid(body: bytes, header: str, secret: str) -> bool:
    """HMAC-SHA256 of the raw body with the app secret, compared in constant time."""
    if not secret or not header.startswith(SIGNATURE_PREFIX):
        return False
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header[len(SIGNATURE_PREFIX) :].strip().lower())


def _count(outcome: str) -> None:
    WEBHOOK_DELIVERIES.labels(channel="whatsapp", outcome=outcome).inc()


@csrf_exempt
@require_http_methods(["GET", "POST"])
def whatsapp_webhook(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return _handshake(request)
    return _delivery(request)


def _handshake(request: HttpRequest) -> HttpResponse:
    token = request.GET.get("hub.verify_token", "")
    expected = settings.WHATSAPP_VERIFY_TOKEN
    if (
        request.GET.get("hub.mode") == "subscribe"
        and expected
        and hmac.compare_digest(token.encode(), expected.encode())
    ):
        return HttpResponse(request.GET.get("hub.challenge", ""), content_type="text/plain")
    log.warning("whatsapp.handshake_refused")
    return HttpResponse(status=403)


def _delivery(request: HttpRequest) -> HttpResponse:
    limit = settings.WHATSAPP_MAX_BODY_BYTES
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        _count("too_large")
        return HttpResponse(status=413)
    try:
        body = request.body
    except RequestDataTooBig:
        _count("too_large")
        return HttpResponse(status=413)
    if len(body) > limit:
        _count("too_large")
        return HttpResponse(status=413)
    if not signature_valid(body, request.META.get(SIGNATURE_HEADER, ""), settings.WHATSAPP_APP_SECRET):
        _count("bad_signature")
        log.warning("whatsapp.bad_signature", bytes=len(body))
        return HttpResponse(status=401)
    try:
        json.loads(body)
    except ValueError:  # includes invalid UTF-8
        _count("malformed")
        return HttpResponse(status=400)
    event_id, created = whatsapp_event_store(body=body, signature_verified=True)
    if not created:
        _count("duplicate")
        log.info("whatsapp.delivery", event_id=event_id, outcome="duplicate")
        return HttpResponse(status=200)
    from channels_app.tasks import schedule_inbound_event

    schedule_inbound_event(event_id)
    _count("accepted")
    log.info("whatsapp.delivery", event_id=event_id, outcome="accepted", bytes=len(body))
    return HttpResponse(status=200)
