"""What can go wrong talking to the WhatsApp Cloud API, said as what the caller can do about it."""

from __future__ import annotations

# Meta's error codes this adapter acts on (https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/).
THROUGHPUT_LIMIT = 130429  # the number's messages per second
PAIR_RATE_LIMIT = 131056  # one business number → one user, about one message every 6 seconds
SPAM_RATE_LIMIT = 131048
OUTSIDE_WINDOW = 131047  # more than 24 hours since the guest last wrote: only templates
UNDELIVERABLE = 131026
ACCESS_TOKEN_INVALID = 190
TEMPORARY_CODES = frozenset({1, 2, 131000, 131016, 133004})
THROTTLE_CODES = frozenset({4, 80007, THROUGHPUT_LIMIT, PAIR_RATE_LIMIT, SPAM_RATE_LIMIT})


class WhatsAppError(Exception):
    """A failed call to the Cloud API, with Meta's code and title when it gave them."""

    def __init__(
        self, title: str, *, code: int | None = None, http_status: int | None = None, details: str = ""
    ) -> None:
        super().__init__(f"{code}: {title}" if code is not None else title)
        self.code = code
        self.title = title
        self.http_status = http_status
        self.details = details

    @property
    def code_label(self) -> str:
        if self.code is not None:
            return str(self.code)
        return f"http_{self.http_status}" if self.http_status else type(self).__name__


class Throttled(WhatsAppError):
    """Too fast (for the number, or for this one guest): retry later, slower."""


class OutsideWindow(WhatsAppError):
    """The 24-hour customer service window is closed: only an approved template may be sent."""


class Undeliverable(WhatsAppError):
    """This guest cannot receive the message (not on WhatsApp, old client, ...): give up, don't retry."""


class AccessTokenInvalid(WhatsAppError):
    """The access token expired or was revoked: stop sending until someone replaces it."""


class Temporary(WhatsAppError):
    """Meta's side failed or did not answer in time: retry with backoff."""


class TimedOut(Temporary):
    """No answer in time after the request went out: Meta may have sent it. Retry, but not at once."""


class Rejected(WhatsAppError):
    """The request itself is wrong (bad parameter, unknown template, ...): retrying won't help."""


def error_for(*, code: int | None, title: str, http_status: int | None, details: str = "") -> WhatsAppError:
    """The error class for Meta's code, falling back on the HTTP status."""
    cls: type[WhatsAppError]
    if code == ACCESS_TOKEN_INVALID or (code is None and http_status == 401):
        cls = AccessTokenInvalid
    elif code in THROTTLE_CODES or http_status == 429:
        cls = Throttled
    elif code == OUTSIDE_WINDOW:
        cls = OutsideWindow
    elif code == UNDELIVERABLE:
        cls = Undeliverable
    elif code in TEMPORARY_CODES or (http_status is not None and http_status >= 500):
        cls = Temporary
    else:
        cls = Rejected
    return cls(title, code=code, http_status=http_status, details=details)
