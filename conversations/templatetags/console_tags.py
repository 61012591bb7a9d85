"""Small display helpers for the console templates."""

from __future__ import annotations

import json
from typing import Any

from django import template

register = template.Library()

TICKS = {"queued": "🕓", "sent": "✓", "delivered": "✓✓", "read": "✓✓", "failed": "⚠ not delivered"}
HIDDEN_KEYS = {"raw", "text", "tokens", "scores"}


@register.filter
def ticks(status: str) -> str:
    return TICKS.get(status, "")


@register.filter
def staff_name(user: Any) -> str:
    if user is None:
        return "staff"
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
    """One line per reservation: reference, room, dates, state and amount."""
    parts = [
        str(getattr(reservation, "reference", "") or f"#{reservation.pk}"),
        str(getattr(reservation, "room_type_name", "") or ""),
        f"{getattr(reservation, 'check_in', '')} → {getattr(reservation, 'check_out', '')}",
    ]
    state = getattr(reservation, "get_state_display", None)
    if callable(state):
        parts.append(str(state()))
    amount = getattr(reservation, "amount", None)
    if amount is not None:
        parts.append(f"{amount} {getattr(reservation, 'currency', '')}".strip())
    return " · ".join(p for p in parts if p)
