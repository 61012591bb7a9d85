"""Domain errors: what went wrong in words the caller can show, and a stable `code`.

They carry no HTTP status: the edges decide how to answer (`hotel_agent.api_errors` maps them
for the API; the console's websocket sends the code and message).
"""

from __future__ import annotations


class DomainError(Exception):
    """Base of errors a service raises for the caller to show: the input or request cannot be done."""

    code = "invalid"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code


class Conflict(DomainError):
    """The thing asked for clashes with its current state (someone else holds it, it changed meanwhile)."""

    code = "conflict"


class NotFound(DomainError):
    """The thing asked for does not exist (or is not the caller's to see)."""

    code = "not_found"
