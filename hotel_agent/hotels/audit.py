"""The audit log's one writer: `audit_record` (see `AuditEvent`)."""

from __future__ import annotations

from typing import Any

from hotel_agent.hotels.models import AuditEvent


def audit_record(
    *,
    action: str,
    staff: Any = None,
    hotel_id: int | None = None,
    obj: Any = None,
    summary: str = "",
) -> AuditEvent:
    """Record one staff action; `obj` names the row it was about (its model and primary key)."""
    staff_id = getattr(staff, "pk", None) if getattr(staff, "is_authenticated", False) else None
    return AuditEvent.objects.create(
        hotel_id=hotel_id,
        staff_id=staff_id,
        staff_name=(staff.get_username() if staff_id else "")[:150],
        action=action[:32],
        object_type=obj._meta.label_lower[:64] if obj is not None else "",
        object_id=str(getattr(obj, "pk", "") or "")[:64],
        summary=summary[:300],
    )
