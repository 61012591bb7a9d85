"""Correlation ids: one per request or task, bound to every log line and carried into Celery tasks."""

from __future__ import annotations

import re
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.http import HttpRequest, HttpResponse

HEADER = "X-Request-ID"
META_KEY = "HTTP_X_REQUEST_ID"
# Accept a caller's id only when it is short and plain, so it cannot inject into logs.
VALID_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def new_correlation_id() -> str:
    return uuid.uuid4().hex


def correlation_id_from(value: str | None) -> str:
    if value and VALID_ID.match(value):
        return value
    return new_correlation_id()


def current_correlation_id() -> str | None:
    value = structlog.contextvars.get_contextvars().get("correlation_id")
    return str(value) if value else None


def bind_correlation_id(correlation_id: str) -> None:
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(correlation_id=correlation_id)


class CorrelationIdMiddleware:
    """Take `X-Request-ID` (or make one), bind it to the logs and return it in the response."""

    sync_capable = True
    async_capable = True

    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        self.get_response = get_response
        self.is_async = iscoroutinefunction(get_response)
        if self.is_async:
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> HttpResponse | Awaitable[HttpResponse]:
        if self.is_async:
            return self.__acall__(request)
        correlation_id = self._start(request)
        try:
            response: HttpResponse = self.get_response(request)
        finally:
            structlog.contextvars.clear_contextvars()
        response[HEADER] = correlation_id
        return response

    async def __acall__(self, request: HttpRequest) -> HttpResponse:
        correlation_id = self._start(request)
        try:
            response: HttpResponse = await self.get_response(request)
        finally:
            structlog.contextvars.clear_contextvars()
        response[HEADER] = correlation_id
        return response

    @staticmethod
    def _start(request: HttpRequest) -> str:
        correlation_id = correlation_id_from(request.META.get(META_KEY))
        request.correlation_id = correlation_id  # type: ignore[attr-defined]
        bind_correlation_id(correlation_id)
        return correlation_id
