"""Sending an outbox row to a web chat guest: push it to their group on the channel layer."""

from __future__ import annotations

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

from channels_app.webchat.identity import guest_group
from channels_app.webchat.selectors import chat_message_payload
from conversations.models import Message


class WebchatSendError(Exception):
    """The channel layer did not take the message; the outbox retries later."""


def send_webchat_message(message: Message) -> str:
    """Deliver `message` to every open page of its guest; returns the id the outbox records as sent.

    A guest with no page open gets it on their next visit (the page loads the history), so a
    message is "sent" once the channel layer has it.
    """
    token = message.conversation.guest.webchat_session
    if not token:
        raise WebchatSendError("conversation has no web chat guest")
    layer = get_channel_layer()
    if layer is None:
        raise WebchatSendError("no channel layer configured")
    try:
        async_to_sync(layer.group_send)(
            guest_group(token, hotel_id=message.conversation.hotel_id),
            {"type": "chat.message", "message": chat_message_payload(message)},
        )
    except Exception as exc:
        raise WebchatSendError(str(exc)) from exc
    return f"webchat-out-{message.pk}"
