"""What the guest is told about who is talking when a receptionist joins or leaves the conversation.

The words are the system's (author `system`), never the AI's: the agent stays silent while staff
hold the conversation. Per channel, what guests expect there:
- web chat: a notice in the chat when a person joins (take-over) and when they leave (hand-back);
  each staff message also carries the receptionist's first name (`staff_label`).
- WhatsApp and e-mail: no message of its own at take-over (nothing reaches the guest while the
  receptionist has said nothing); the first staff message after it starts with "Laura, from
  reception, here" and, if they wrote, a short notice at hand-back says the assistant continues.
Sentences come from the reply catalogue (`staff_joined`, `staff_intro`, `staff_left`), in the
conversation's language and the hotel's register.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conversations.engine.replies import Phrasebook
from conversations.incoming import Channel, OutgoingReply
from conversations.models import Author, Conversation, Message
from conversations.models.console import StaffAction, StaffActionKind

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def staff_first_name(staff: User | None) -> str:
    """How the guest knows the receptionist: the first name only (the username when none is set)."""
    if staff is None:
        return ""
    first = (getattr(staff, "first_name", "") or "").strip().split(" ")[0]
    return first or staff.get_username()


def _phrases(conversation: Conversation) -> Phrasebook:
    return Phrasebook.of_conversation(conversation)


def _enqueue_notice(*, conversation: Conversation, text: str) -> None:
    from conversations.services.outbox import reply_enqueue

    reply_enqueue(conversation=conversation, replies=[OutgoingReply(text=text)], author=Author.SYSTEM)


def _staff_wrote_since_take_over(conversation: Conversation) -> bool:
    taken = (
        StaffAction.objects.filter(conversation=conversation, kind=StaffActionKind.TAKE_OVER)
        .order_by("-created_at", "-id")
        .values_list("created_at", flat=True)
        .first()
    )
    messages = Message.objects.filter(conversation=conversation, author=Author.STAFF)
    if taken is not None:
        messages = messages.filter(created_at__gte=taken)
    return messages.exists()


def staff_joined_notice(*, conversation: Conversation, staff: User) -> None:
    """At take-over: the web chat shows who joined; other channels learn it with the first staff message."""
    if conversation.channel == Channel.WEBCHAT:
        text = _phrases(conversation).say("staff_joined", name=staff_first_name(staff))
        _enqueue_notice(conversation=conversation, text=text)


def staff_reply_text(*, conversation: Conversation, staff: User, text: str) -> str:
    """The staff reply as the guest gets it: on WhatsApp and e-mail the first one after a take-over
    starts with who is writing (the web chat labels every staff message instead)."""
    if conversation.channel == Channel.WEBCHAT or _staff_wrote_since_take_over(conversation):
        return text
    intro = _phrases(conversation).say("staff_intro", name=staff_first_name(staff))
    return f"{intro}\n\n{text}"


def staff_left_notice(*, conversation: Conversation, staff: User) -> None:
    """At hand-back from a person: the guest hears the assistant continues (if they knew a person was there)."""
    if conversation.channel != Channel.WEBCHAT and not _staff_wrote_since_take_over(conversation):
        return
    text = _phrases(conversation).say("staff_left", name=staff_first_name(staff))
    _enqueue_notice(conversation=conversation, text=text)


def staff_label(*, phrases: Phrasebook, message: Message) -> str:
    """The name over a message in the web chat: the receptionist's first name, or the assistant."""
    if message.author == Author.STAFF:
        return phrases.say("staff_label", name=staff_first_name(message.staff_user))
    if message.author == Author.AI:
        return phrases.say("assistant_label")
    return ""
