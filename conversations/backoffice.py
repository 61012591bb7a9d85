"""The back-office pages that hang off the admin: a readable transcript, CSV export, the managers' figures.

Non-superusers only ever see their own hotels; the figures are for managers (and superusers).
"""

from __future__ import annotations

import csv
import datetime as dt
import zoneinfo
from typing import Any

from django.contrib.admin import ModelAdmin
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext

from conversations.figures import hotel_figures
from conversations.models import Conversation
from conversations.outreach_figures import outreach_figures
from conversations.selectors import (
    conversation_for_staff,
    conversation_transcript,
    conversation_understanding,
    guest_reservations,
)
from hotel_agent.hotels.access import managed_hotels

CSV_COLUMNS = [
    "id",
    "hotel",
    "channel",
    "state",
    "language",
    "handoff_reason",
    "assigned_to",
    "messages",
    "created_at",
    "last_message_at",
    "closed_at",
]


class _Echo:
    def write(self, value: str) -> str:
        return value


def conversations_csv(queryset: QuerySet[Conversation]) -> StreamingHttpResponse:
    """The conversations as CSV, streamed (no guest text: figures, not transcripts)."""
    from django.db.models import Count

    rows = (
        queryset.select_related("hotel", "assigned_to")
        .annotate(message_count=Count("messages"))
        .order_by("pk")
    )
    writer = csv.writer(_Echo())

    def lines() -> Any:
        yield writer.writerow(CSV_COLUMNS)
        for c in rows.iterator(chunk_size=500):
            yield writer.writerow(
                [
                    c.pk,
                    c.hotel.slug,
                    c.channel,
                    c.state,
                    c.language,
                    c.handoff_reason,
                    c.assigned_to.get_username() if c.assigned_to else "",
                    c.message_count,
                    c.created_at.isoformat(),
                    c.last_message_at.isoformat() if c.last_message_at else "",
                    c.closed_at.isoformat() if c.closed_at else "",
                ]
            )

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="conversations-{stamp}.csv"'
    return response


def transcript_view(model_admin: ModelAdmin[Any], request: HttpRequest, object_id: str) -> HttpResponse:
    try:
        conversation = conversation_for_staff(user=request.user, conversation_id=int(object_id))
    except ValueError:
        conversation = None
    if conversation is None:
        raise Http404("No such conversation")
    context = {
        **model_admin.admin_site.each_context(request),
        "title": gettext("Transcript of conversation #%(id)s") % {"id": conversation.pk},
        "conversation": conversation,
        "transcript": conversation_transcript(conversation=conversation),
        "understanding": conversation_understanding(conversation=conversation),
        "reservations": guest_reservations(conversation=conversation),
        "opts": model_admin.model._meta,
    }
    return TemplateResponse(request, "admin/conversations/transcript.html", context)


def figures_view(model_admin: ModelAdmin[Any], request: HttpRequest) -> HttpResponse:
    hotels = list(managed_hotels(user=request.user).order_by("name"))
    if not hotels:
        raise PermissionDenied
    hotel_id = request.GET.get("hotel")
    hotel = next((h for h in hotels if str(h.pk) == hotel_id), hotels[0])
    try:
        days = min(max(int(request.GET.get("days", 30)), 1), 366)
    except ValueError:
        days = 30
    figures = hotel_figures(hotel=hotel, days=days)
    tz = zoneinfo.ZoneInfo(hotel.timezone)
    outreach = outreach_figures(
        hotel=hotel,
        start=dt.datetime.combine(figures.since, dt.time.min, tzinfo=tz),
        end=dt.datetime.combine(figures.until + dt.timedelta(days=1), dt.time.min, tzinfo=tz),
    )
    context = {
        **model_admin.admin_site.each_context(request),
        "title": gettext("Figures · %(hotel)s") % {"hotel": hotel.name},
        "hotels": hotels,
        "hotel": hotel,
        "days": days,
        "day_choices": [7, 30, 90, 365],
        "figures": figures,
        "outreach": outreach,
        "opts": model_admin.model._meta,
    }
    return TemplateResponse(request, "admin/conversations/figures.html", context)
