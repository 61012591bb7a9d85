"""Domain errors become HTTP answers at the edge, in one place."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error
from rest_framework.views import exception_handler as drf_exception_handler

from hotel_agent.errors import Conflict, DomainError, NotFound

# Most specific first: `ConversationHeldByOther` and `PriceChanged` are conflicts (409),
# `ReservationNotFound` is a 404, any other domain error is a 400.
HTTP_STATUS_FOR: tuple[tuple[type[DomainError], int], ...] = (
    (NotFound, status.HTTP_404_NOT_FOUND),
    (Conflict, status.HTTP_409_CONFLICT),
    (DomainError, status.HTTP_400_BAD_REQUEST),
)


def http_status_for(exc: DomainError) -> int:
    return next(code for kind, code in HTTP_STATUS_FOR if isinstance(exc, kind))


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(as_serializer_error(exc))
    if isinstance(exc, DomainError):
        return Response({"detail": exc.message, "code": exc.code}, status=http_status_for(exc))
    return drf_exception_handler(exc, context)
