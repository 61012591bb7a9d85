"""The managers' figures of reservation messages: per kind, what was sent, read, answered, opted out.

Counted from the claim rows (`reservations.OutreachMessage`) made in the period and the outbox message
each queued: sent once the channel accepted it, read from WhatsApp's read receipts (status webhooks),
answered when the guest wrote in that conversation within `ANSWER_DAYS` after it, opted out when the
guest said stop after it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Exists, F, OuterRef, Q

from conversations.models import DeliveryStatus, Direction, Message
from hotel_agent.hotels.models import Hotel
from reservations.models import OutreachKind, OutreachMessage

ANSWER_DAYS = 7
SENT_STATUSES = (DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.READ)


@dataclass(frozen=True)
class OutreachFigure:
    kind: str
    label: str
    queued: int
    sent: int
    read: int
    answered: int
    opted_out: int
    failed: int
    not_sent: int  # claimed but nothing to send (no contact, no template outside the window)
    templates: int  # sent as an approved WhatsApp template (outside the 24-hour window)

    def rate(self, count: int) -> int | None:
        """`count` as a whole percentage of the messages sent, or None when none was."""
        return round(100 * count / self.sent) if self.sent else None

    @property
    def read_rate(self) -> int | None:
        return self.rate(self.read)

    @property
    def answered_rate(self) -> int | None:
        return self.rate(self.answered)


def outreach_figures(*, hotel: Hotel, start: dt.datetime, end: dt.datetime) -> list[OutreachFigure]:
    """One figure per kind (every kind, zeros included) for messages claimed in [start, end)."""
    guest_wrote = Message.objects.filter(
        conversation_id=OuterRef("message__conversation_id"),
        direction=Direction.IN,
        created_at__gt=OuterRef("message__created_at"),
        created_at__lt=OuterRef("message__created_at") + dt.timedelta(days=ANSWER_DAYS),
    )
    rows = (
        OutreachMessage.objects.filter(hotel=hotel, created_at__gte=start, created_at__lt=end)
        .annotate(answered=Exists(guest_wrote))
        .values("kind")
        .annotate(
            queued=Count("pk", filter=Q(state=OutreachMessage.State.QUEUED)),
            sent=Count("pk", filter=Q(message__status__in=SENT_STATUSES)),
            read=Count("pk", filter=Q(message__read_at__isnull=False)),
            answered_n=Count("pk", filter=Q(answered=True, message__status__in=SENT_STATUSES)),
            opted_out=Count(
                "pk",
                filter=Q(
                    message__conversation__guest__opted_out=True,
                    message__conversation__guest__opted_out_at__gte=F("created_at"),
                ),
            ),
            failed=Count("pk", filter=Q(message__status=DeliveryStatus.FAILED)),
            not_sent=Count("pk", filter=Q(state=OutreachMessage.State.SKIPPED)),
            templates=Count("pk", filter=~Q(template_name="") & Q(message__status__in=SENT_STATUSES)),
        )
    )
    by_kind: dict[str, dict[str, Any]] = {row["kind"]: dict(row) for row in rows}
    figures = []
    for kind, label in OutreachKind.choices:
        row: dict[str, Any] = by_kind.get(kind, {})
        figures.append(
            OutreachFigure(
                kind=kind,
                label=str(label),
                queued=row.get("queued", 0),
                sent=row.get("sent", 0),
                read=row.get("read", 0),
                answered=row.get("answered_n", 0),
                opted_out=row.get("opted_out", 0),
                failed=row.get("failed", 0),
                not_sent=row.get("not_sent", 0),
                templates=row.get("templates", 0),
            )
        )
    return figures
