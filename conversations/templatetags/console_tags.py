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
    """One line per reservation, from whichever of the usual fields the model has."""
    parts = [str(reservation)]
    for name in ("check_in", "check_out", "status", "total"):
        value = getattr(reservation, name, None)
        if value not in (None, "") and str(value) not in parts[0]:
            parts.append(f"{name.replace('_', ' ')} {value}")
    return " · ".join(parts)
