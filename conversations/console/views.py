"""Console pages: one screen, refreshed piece by piece (queues, transcript, panel) when events arrive.

Every view answers only for the staff member's hotels: a user who is not staff is sent to the login
page, and a conversation of another hotel is a 404 (indistinguishable from one that does not exist).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, cast

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_POST

from conversations.console.summaries import understanding_summary
from conversations.selectors import (
    canned_replies_for,
    console_queues,
    conversation_for_staff,
    conversation_transcript,
    conversation_understanding,
    guest_reservations,
)
from conversations.services.guests import guest_name_set_by_staff
from hotel_agent.errors import DomainError
from hotel_agent.hotels import access
from hotel_agent.hotels.models import Hotel
from hotel_agent.hotels.staff_language import UnknownStaffLanguage, staff_language, staff_language_set
from reservations.deposits.selectors import deposit_proofs_for_staff

View = Callable[..., HttpResponse]


def console_strings() -> dict[str, str]:
    """The words console.js writes into the page, in the staff member's language (no JS catalogue to load)."""
    return {
        "could_not_refresh": gettext("Could not refresh: %(error)s"),
        "nobody_answered": gettext("Nobody has answered this message yet"),
        "unanswered": gettext("unanswered"),
        "take_over_to_write": gettext("Take the conversation over to write to the guest."),
        "also_watching": gettext("Also watching: %(names)s"),
        "not_connected": gettext("Not connected; retrying…"),
        "typing": gettext("%(user)s is typing…"),
        "live": gettext("live"),
        "reconnecting": gettext("reconnecting…"),
        "no_access": gettext("This account has no access to the console."),
        "confirm_close": gettext("Close this conversation?"),
    }


def staff_required(view: View) -> View:
    """Logged-in staff of at least one hotel; everyone else goes to the console's login page."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path(), login_url="console:login")
        if not access.hotels_for_staff(user=user).exists():
            return render(request, "console/forbidden.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper


class ConsoleLoginView(auth_views.LoginView):
    template_name = "console/login.html"
    redirect_authenticated_user = False

    def get_default_redirect_url(self) -> str:
        return "/console/"


def _hotel_for(request: HttpRequest, hotel_id: Any) -> Hotel:
    hotels = access.hotels_for_staff(user=request.user)
    if hotel_id:
        try:
            return hotels.get(pk=int(hotel_id))
        except (Hotel.DoesNotExist, ValueError, TypeError):
            raise Http404("No such hotel") from None
    hotel = hotels.order_by("name", "pk").first()
    if hotel is None:
        raise Http404("No hotel")
    return hotel


def _staff(request: HttpRequest) -> User:
    """The logged-in staff member (the views are behind `staff_required`)."""
    return cast(User, request.user)


def _conversation_context(request: HttpRequest, conversation_id: int) -> dict[str, Any]:
    conversation = conversation_for_staff(user=request.user, conversation_id=conversation_id)
    if conversation is None:
        raise Http404("No such conversation")
    user = _staff(request)
    understanding = conversation_understanding(conversation=conversation)
    return {
        "conversation": conversation,
        "held_by_me": access.holds(user=user, conversation=conversation),
        "can_take_over": access.may_take_over(user=user, conversation=conversation),
        "can_hand_back": access.may_hand_back(user=user, conversation=conversation),
        "can_close": access.may_close(user=user, conversation=conversation),
        "understanding": understanding,
        "understood": understanding_summary(
            conversation=conversation, last_understanding=understanding["last_message"]
        ),
        "reservations": guest_reservations(conversation=conversation),
        "canned_replies": canned_replies_for(hotel=conversation.hotel, language=conversation.language),
        "canned_language": conversation.language or conversation.hotel.default_language,
    }


@require_GET
@staff_required
def console_home(request: HttpRequest, conversation_id: int | None = None) -> HttpResponse:
    context: dict[str, Any] = {}
    if conversation_id is not None:
        context.update(_conversation_context(request, conversation_id))
        hotel = context["conversation"].hotel
        context["transcript"] = conversation_transcript(conversation=context["conversation"])
    else:
        hotel = _hotel_for(request, request.GET.get("hotel"))
    context.update(
        {
            "hotel": hotel,
            "hotels": list(access.hotels_for_staff(user=request.user).order_by("name")),
            "queues": console_queues(hotel=hotel, staff=_staff(request)),
            "is_manager": access.is_manager(user=_staff(request), hotel=hotel),
            "deposits_pending": deposit_proofs_for_staff(hotel_ids=[hotel.pk]).count(),
            "staff_name": _staff(request).get_full_name() or _staff(request).get_username(),
            "staff_first_name": _staff(request).first_name or _staff(request).get_username(),
            "staff_language": staff_language(user=_staff(request)),
            "languages": settings.LANGUAGES,
            "console_strings": console_strings(),
        }
    )
    return render(request, "console/console.html", context)


@require_GET
@staff_required
def queues_partial(request: HttpRequest, hotel_id: int) -> HttpResponse:
    hotel = _hotel_for(request, hotel_id)
    open_id = request.GET.get("open", "")
    return render(
        request,
        "console/_queues.html",
        {"hotel": hotel, "queues": console_queues(hotel=hotel, staff=_staff(request)), "open_id": open_id},
    )


@require_GET
@staff_required
def transcript_partial(request: HttpRequest, conversation_id: int) -> HttpResponse:
    conversation = conversation_for_staff(user=request.user, conversation_id=conversation_id)
    if conversation is None:
        raise Http404("No such conversation")
    return render(
        request,
        "console/_transcript.html",
        {"conversation": conversation, "transcript": conversation_transcript(conversation=conversation)},
    )


@require_GET
@staff_required
def header_partial(request: HttpRequest, conversation_id: int) -> HttpResponse:
    return render(request, "console/_header.html", _conversation_context(request, conversation_id))


@require_GET
@staff_required
def side_partial(request: HttpRequest, conversation_id: int) -> HttpResponse:
    return render(request, "console/_side.html", _conversation_context(request, conversation_id))


def _back(request: HttpRequest) -> str:
    """Where the staff member came from, if it is this site's page; else the console."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return "/console/"


@require_POST
@staff_required
def language_choose(request: HttpRequest) -> HttpResponse:
    """The staff member's language for the staff pages ("" follows the browser again)."""
    try:
        staff_language_set(user=_staff(request), language=request.POST.get("language", ""))
    except UnknownStaffLanguage:
        return HttpResponse(status=400)
    return HttpResponseRedirect(_back(request))


@require_POST
@staff_required
def guest_name_edit(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """Staff name the guest of the conversation (the console's small form); the console refreshes live."""
    conversation = conversation_for_staff(user=request.user, conversation_id=conversation_id)
    if conversation is None:
        raise Http404("No such conversation")
    try:
        guest_name_set_by_staff(
            conversation=conversation, staff=_staff(request), name=request.POST.get("name", "")
        )
    except DomainError as error:
        return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
    if request.headers.get("X-Requested-With") == "fetch":
        return HttpResponse(status=204)
    return HttpResponseRedirect(reverse("console:conversation", args=[conversation.pk]))
