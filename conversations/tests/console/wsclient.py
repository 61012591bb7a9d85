"""Helpers to open the real ASGI app's websockets with a logged-in session, as a browser would."""

from __future__ import annotations

from typing import Any

from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

from hotel_agent.asgi import application


@sync_to_async
def session_cookie_for(user: Any | None) -> str:
    client = Client()
    if user is not None:
        client.force_login(user)
    else:
        session = client.session
        session["touch"] = True
        session.save()
        client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key or ""
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def webchat_guest_cookie(client: Client, *slugs: str) -> str:
    """A guest opening each hotel's chat page and writing to it: the page's first message starts the
    session (`POST /chat/<slug>/session/`) that the socket finds; the page alone makes none."""
    for slug in slugs:
        assert client.get(f"/chat/{slug}/").status_code == 200
        assert client.post(f"/chat/{slug}/session/").status_code == 204
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def communicator(path: str, cookie: str = "") -> WebsocketCommunicator:
    headers = [(b"origin", b"http://testserver"), (b"host", b"testserver")]
    if cookie:
        headers.append((b"cookie", cookie.encode()))
    return WebsocketCommunicator(application, path, headers=headers)


async def receive_until(
    comm: WebsocketCommunicator, event: str, *, timeout: float = 15.0, key: str = "event"
) -> dict[str, Any]:
    """The next message with `event`, skipping others (queues may refresh in between)."""
    while True:
        message = await comm.receive_json_from(timeout=timeout)
        if message.get(key) == event:
            return message
