"""Websocket routes of every app, gathered in one list for the ASGI router."""

from __future__ import annotations

from typing import Any

from channels_app.webchat.routing import websocket_urlpatterns as webchat_routes
from conversations.console.routing import websocket_urlpatterns as console_routes

websocket_urlpatterns: list[Any] = [*console_routes, *webchat_routes]
