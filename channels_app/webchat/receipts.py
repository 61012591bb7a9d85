"""Delivery ticks for the web chat: the guest's page says when it showed a message, and whether it was in view."""

from __future__ import annotations

from django.utils import timezone

from channels_app.outbox import message_status_apply
from conversations.incoming import Channel
from conversations.models import DeliveryStatus, Direction, Message

RECEIPT_STATUSES = {DeliveryStatus.DELIVERED, DeliveryStatus.READ}


def webchat_receipt_apply(*, token: str, message_id: int, status: str) -> bool:
    """Apply the page's receipt to one of this guest's outbound messages; False if it is not (yet) sent.

    Only messages of the guest's own conversations count: a page cannot tick anyone else's.
    """
    if status not in RECEIPT_STATUSES or not token:
        return False
    provider_id = (
        Message.objects.filter(
            pk=message_id,
            channel=Channel.WEBCHAT,
            direction=Direction.OUT,
            conversation__guest__webchat_session=token,
        )
        .values_list("provider_message_id", flat=True)
        .first()
    )
    if not provider_id:
        return False
    message_status_apply(
        channel=Channel.WEBCHAT, provider_message_id=provider_id, status=status, at=timezone.now()
    )
    return True
