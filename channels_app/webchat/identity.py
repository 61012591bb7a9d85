"""Who the guest of a web chat is: a random token in their session, and the groups and ids derived from it."""

from __future__ import annotations

import secrets
from typing import Any

SESSION_KEY = "webchat_guest"


def guest_token(session: Any, *, create: bool) -> str:
    """The guest's token from the session; a new one is stored when `create` and there is none."""
    token = session.get(SESSION_KEY, "") if session is not None else ""
    if not token and create:
        token = secrets.token_urlsafe(24)
        session[SESSION_KEY] = token
    return str(token)


def guest_group(token: str, *, hotel_id: int) -> str:
    """The pages of one guest at one hotel: a browser that chats with two hotels keeps them apart."""
    # Group names allow only ASCII letters, digits, hyphens, underscores and periods; tokens are url-safe base64.
    return f"webchat_{hotel_id}_{token}"


def provider_message_id(token: str, client_id: str) -> str:
    """The dedupe key of one guest message: the page retries with the same client id after a reconnect."""
    return f"{token}:{client_id}"
