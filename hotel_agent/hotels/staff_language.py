"""Each staff member's own language for the staff pages: stored on their profile, it outranks the browser's.

`StaffLanguageMiddleware` runs after `LocaleMiddleware` (which reads `Accept-Language`) and
`AuthenticationMiddleware`: a logged-in staff member with a chosen language gets the pages in it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import structlog
from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import trans_real

from hotel_agent.hotels.models import StaffProfile

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

log = structlog.get_logger(__name__)

STAFF_LANGUAGES = frozenset(code for code, _name in settings.LANGUAGES)


class UnknownStaffLanguage(ValueError):
    """A language the staff pages do not come in: the caller shows the choice again."""


def staff_language(*, user: AbstractBaseUser | AnonymousUser) -> str:
    """The language `user` chose for the staff pages, or "" (follow the browser)."""
    if not user.is_authenticated or not getattr(user, "is_staff", False):
        return ""
    chosen = StaffProfile.objects.filter(user_id=user.pk).values_list("language", flat=True).first()
    return chosen if chosen in STAFF_LANGUAGES else ""


def staff_language_for(*, user: AbstractBaseUser | AnonymousUser, accept_language: str) -> str:
    """The language to speak to `user` in where no request goes through LocaleMiddleware (the console's
    websocket): their own choice, else the first of the browser's languages the pages come in."""
    chosen = staff_language(user=user)
    if chosen:
        return chosen
    for code, _quality in trans_real.parse_accept_lang_header(accept_language):
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return str(settings.LANGUAGE_CODE)


@transaction.atomic
def staff_language_set(*, user: AbstractBaseUser, language: str) -> StaffProfile:
    """Store the staff member's language ("" goes back to the browser's)."""
    if language and language not in STAFF_LANGUAGES:
        raise UnknownStaffLanguage(language)
    profile, _created = StaffProfile.objects.update_or_create(
        user_id=user.pk, defaults={"language": language}
    )
    log.info("staff.language_set", staff_id=user.pk, language=language or "browser")
    return profile


class StaffLanguageMiddleware:
    """Activate the logged-in staff member's chosen language over the browser's (one small query)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user: Any = getattr(request, "user", None)
        language = staff_language(user=user) if user is not None else ""
        if language:
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)
