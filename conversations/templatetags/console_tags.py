"""Small display helpers for the console templates."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from django import template
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from conversations.console import summaries
from hotel_agent.hotels.models import Hotel

register = template.Library()

TICKS = {"queued": "🕓", "sent": "✓", "delivered": "✓✓", "read": "✓✓", "failed": _("⚠ not delivered")}
HIDDEN_KEYS = {"raw", "text", "tokens", "scores"}


@register.filter
def ticks(status: str) -> str:
    return str(TICKS.get(status, ""))


@register.filter
def short_when(value: dt.datetime | None) -> str:
    """ "10:42" today, a short date and time on another day (local time, the page's language)."""
    if value is None:
        return ""
    local = timezone.localtime(value)
    if local.date() == timezone.localdate():
        return formats.time_format(local, "H:i")
    return formats.date_format(local, "SHORT_DATETIME_FORMAT")


@register.filter
def staff_name(user: Any) -> str:
    if user is None:
        return str(_("staff"))
    return str(user.get_full_name() or user.get_username())


@register.filter
def shown_items(data: Any) -> list[tuple[str, str]]:
    """The non-empty fields of an understanding or dialogue state, values flattened for display."""
    if not isinstance(data, dict):
        return []
    items = []
    for key, value in data.items():
        if key in HIDDEN_KEYS or value in (None, "", [], {}):
            continue
        shown = (
            value if isinstance(value, str | int | float | bool) else json.dumps(value, ensure_ascii=False)
        )
        items.append((str(key).replace("_", " "), str(shown)[:200]))
    return items


@register.filter
def reservation_line(reservation: Any) -> str:
    """One line per reservation, amounts and dates written as the guest reads them (staff page's language)."""
    return summaries.reservation_line(reservation, hotel=reservation.hotel)


@register.simple_tag
def money(amount: Decimal, currency: str, hotel: Hotel) -> str:
    """`{% money amount currency hotel %}`: "306,90 €" in Spanish, "€306.90" in English."""
    return summaries.money_text(hotel=hotel, amount=amount, currency=currency)
