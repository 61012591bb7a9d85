"""`GET`/`POST /webhooks/whatsapp/`: Meta's handshake and deliveries (docs/INTERFACES.md).

POST: size limit (413), `X-Hub-Signature-256` checked in constant time on the raw bytes (401, nothing
stored), the body must be UTF-8 JSON that parses (400), then the raw body is stored and 200 goes back at
once; a task does the rest. Redeliveries get 200 and change nothing. Every answer has an empty body.

A DRF view for the schema and the edge conventions, but DRF never parses the body: the view has no
parsers and reads the bytes from the Django request itself, so nothing can touch them before the HMAC.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from typing import Any

import structlog
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.parsers import BaseParser
from rest_framework.permissions import AllowAny
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.views import APIView

from channels_app.whatsapp.inbound import whatsapp_event_store
from hotel_agent.metrics import WEBHOOK_DELIVERIES, WEBHOOK_SECONDS

log = structlog.get_logger(__name__)

SIGNATURE_HEADER = "HTTP_X_HUB_SIGNATURE_256"
SIGNATURE_PREFIX = "sha256="
# Meta's deliveries nest about a dozen levels; this stays far below Python's recursion limit anywhere.
MAX_NESTING = 64


def signature_valid(body: bytes, header: str, secret: str) -> bool:
    """HMAC-SHA256 of the raw body with the app secret, compared in constant time."""
    if not secret or not header.startswith(SIGNATURE_PREFIX):
        return False
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header[len(SIGNATURE_PREFIX) :].strip().lower())


def _count(outcome: str) -> None:
    WEBHOOK_DELIVERIES.labels(channel="whatsapp", outcome=outcome).inc()


def _body_within(request: HttpRequest, limit: int) -> bytes | None:
    """The raw body, or None when it is longer than `limit` bytes.

    Reads at most `limit + 1` bytes, so a chunked body (no Content-Length) over the limit is refused
    without holding all of it.
    """
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = request.read(limit + 1 - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return None if size > limit else b"".join(chunks)


def _parses_as_json(body: bytes) -> bool:
    """UTF-8 JSON, as the task will read it, nested at most MAX_NESTING deep.

    The cap keeps a body the view accepts readable by the task, whose stack is deeper: without it a
    body just under the parser's recursion limit would get its 200 and then fail in the task.
    """
    try:
        payload = json.loads(body.decode("utf-8"))
    except (ValueError, RecursionError):  # ValueError includes invalid UTF-8
        return False
    return _nesting_within(payload, MAX_NESTING)


def _nesting_within(payload: Any, limit: int) -> bool:
    """Whether no object or array lies more than `limit` levels deep (walked without recursion)."""
    pending: list[tuple[Any, int]] = [(payload, 1)]
    while pending:
        node, level = pending.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if level > limit:
            return False
        pending.extend((child, level + 1) for child in children)
    return True


class _WhateverTheClientAccepts(BaseContentNegotiation):
    """The answers have empty bodies (or the plain-text challenge): Meta's Accept header never gets a 406."""

    def select_parser(self, request: Request, parsers: Iterable[BaseParser]) -> BaseParser | None:
        return None

    def select_renderer(
        self, request: Request, renderers: Iterable[BaseRenderer], format_suffix: str | None = None
    ) -> tuple[BaseRenderer, str]:
        renderer = next(iter(renderers))
        return renderer, str(renderer.media_type)


_DELIVERY = inline_serializer(
    name="WhatsAppWebhookDelivery",
    fields={
        "object": serializers.CharField(help_text='"whatsapp_business_account"'),
        "entry": inline_serializer(
            name="WhatsAppWebhookEntry",
            fields={
                "id": serializers.CharField(help_text="The WhatsApp Business Account id."),
                "changes": inline_serializer(
                    name="WhatsAppWebhookChange",
                    fields={
                        "field": serializers.CharField(
                            help_text='"messages" is processed; other subscribed fields are stored and ignored.'
                        ),
                        "value": serializers.DictField(
                            help_text="Meta's change value: `metadata`, `contacts`, `messages`, `statuses`, `errors`."
                        ),
                    },
                    many=True,
                ),
            },
            many=True,
        ),
    },
)


class WhatsAppWebhookView(APIView):
    """Meta calls this; it signs deliveries with the app secret instead of authenticating."""

    authentication_classes = ()
    permission_classes = (AllowAny,)
    throttle_classes = ()
    parser_classes = ()  # the body is read raw below, never parsed by DRF
    renderer_classes = (JSONRenderer,)  # only DRF's own errors (405) are rendered
    content_negotiation_class = _WhateverTheClientAccepts
    http_method_names = ["get", "post"]

    @extend_schema(
        operation_id="whatsapp_webhook_verify",
        summary="Meta's verification handshake",
        tags=["webhooks"],
        auth=[],
        parameters=[
            OpenApiParameter("hub.mode", str, required=True, enum=["subscribe"]),
            OpenApiParameter(
                "hub.verify_token", str, required=True, description="Must equal WHATSAPP_VERIFY_TOKEN."
            ),
            OpenApiParameter("hub.challenge", str, required=True, description="Echoed back on success."),
        ],
        responses={
            (200, "text/plain"): OpenApiResponse(OpenApiTypes.STR, description="The `hub.challenge` value."),
            403: OpenApiResponse(description="Wrong token or mode: empty body."),
        },
    )
    def get(self, request: Request) -> HttpResponse:
        token = request.query_params.get("hub.verify_token", "")
        expected = settings.WHATSAPP_VERIFY_TOKEN
        if (
            request.query_params.get("hub.mode") == "subscribe"
            and expected
            and hmac.compare_digest(token.encode(), expected.encode())
        ):
            return HttpResponse(request.query_params.get("hub.challenge", ""), content_type="text/plain")
        log.warning("whatsapp.handshake_refused")
        return HttpResponse(status=403)

    @extend_schema(
        operation_id="whatsapp_webhook_deliver",
        summary="A delivery from Meta (messages, statuses, other subscribed fields)",
        description=(
            "Meta's webhook JSON, signed: the signature is checked on the raw bytes before anything reads "
            "them. The body is stored as received and processed after the answer. Every answer has an "
            "empty body."
        ),
        tags=["webhooks"],
        auth=[],
        request={"application/json": _DELIVERY},
        parameters=[
            OpenApiParameter(
                "X-Hub-Signature-256",
                str,
                location=OpenApiParameter.HEADER,
                required=True,
                description="`sha256=` and the hex HMAC-SHA256 of the raw body with WHATSAPP_APP_SECRET.",
            ),
        ],
        responses={
            200: OpenApiResponse(description="Stored (a redelivery: already stored); processing follows."),
            400: OpenApiResponse(description="Signed, but not UTF-8 JSON or nested too deeply to parse."),
            401: OpenApiResponse(description="Signature missing or wrong: nothing stored."),
            413: OpenApiResponse(description="Body over WHATSAPP_MAX_BODY_BYTES."),
        },
    )
    def post(self, request: Request) -> HttpResponse:
        with WEBHOOK_SECONDS.labels(channel="whatsapp").time():
            return self._deliver(request)

    def _deliver(self, request: Request) -> HttpResponse:
        body = _body_within(request._request, settings.WHATSAPP_MAX_BODY_BYTES)
        if body is None:
            _count("too_large")
            return HttpResponse(status=413)
        if not signature_valid(body, request.META.get(SIGNATURE_HEADER, ""), settings.WHATSAPP_APP_SECRET):
            _count("bad_signature")
            log.warning("whatsapp.bad_signature", bytes=len(body))
            return HttpResponse(status=401)
        if not _parses_as_json(body):
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
