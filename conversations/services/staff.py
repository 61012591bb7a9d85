"""What receptionists do to a conversation: take over, reply, note, hand back, close.

State changes are conditional UPDATEs, so two receptionists clicking at once cannot both win and
a conversation never holds two masters; the loser gets an error that names who holds it. Every
change is broadcast to the console after commit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import structlog
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy

from conversations.engine.types import HandoffReason
from conversations.events import publish_on_commit
from conversations.incoming import OutgoingReply
from conversations.models import Author, Conversation, ConversationState, Message
from conversations.models.console import StaffAction, StaffActionKind
from conversations.services.handoff import publish_state
from conversations.services.inbound import turn_queue, unanswered_messages
from conversations.services.staff_notices import staff_joined_notice, staff_left_notice, staff_reply_text
from hotel_agent.errors import Conflict, DomainError
from hotel_agent.hotels import access
from hotel_agent.metrics import HANDOFFS

if TYPE_CHECKING:
    from django.contrib.auth.models import User
    from django.utils.functional import _StrOrPromise as StrOrPromise

log = structlog.get_logger(__name__)

MAX_REPLY_CHARS = 4096  # WhatsApp's limit for a text body; the strictest of our channels
MAX_NOTE_CHARS = 4000
MAX_SUMMARY_CHARS = 1000


class ConversationHeldByOther(Conflict):
    code = "held_by_other"


class ConversationClosed(Conflict):
    code = "closed"


class ConversationNotHeld(Conflict):
    code = "not_held"


def staff_display_name(staff: User | None) -> str:
    if staff is None:
        return "someone"
    full_name = getattr(staff, "get_full_name", lambda: "")()
    return str(full_name or staff.get_username())


def record_staff_action(*, conversation: Conversation, staff: User, kind: str, text: str = "") -> StaffAction:
    action = StaffAction.objects.create(conversation=conversation, staff=staff, kind=kind, text=text)
    publish_on_commit(
        hotel_id=conversation.hotel_id,
        conversation_id=conversation.pk,
        event="staff.action",
        data={"id": action.pk, "kind": kind, "staff": staff_display_name(staff)},
    )
    return action


def _refuse(conversation: Conversation, *, staff: User, doing: StrOrPromise) -> None:
    """Raise the error that says why `staff` cannot do `doing` to the conversation as it is now."""
    conversation.refresh_from_db()
    if conversation.state == ConversationState.CLOSED:
        raise ConversationClosed(
            gettext("This conversation is closed; it cannot be %(doing)s.") % {"doing": doing}
        )
    if conversation.state == ConversationState.HUMAN and conversation.assigned_to_id != staff.pk:
        holder = staff_display_name(conversation.assigned_to)
        raise ConversationHeldByOther(
            gettext("%(holder)s is already handling this conversation.") % {"holder": holder}
        )
    raise ConversationNotHeld(
        gettext("Take the conversation over before it can be %(doing)s.") % {"doing": doing}
    )


def _publish_answered(conversation: Conversation) -> None:
    """The console shows guest messages as unanswered until then: tell it they are answered now."""
    publish_on_commit(
        hotel_id=conversation.hotel_id,
        conversation_id=conversation.pk,
        event="conversation.answered",
        data={"unanswered": 0},
    )


@transaction.atomic
def conversation_take_over(*, conversation: Conversation, staff: User) -> Conversation:
    """Give the conversation to `staff`: from now on the AI sends the guest nothing.

    Works from `waiting_human` (a handoff) and from `ai` (the receptionist steps in; counted as a
    `staff_takeover` handoff). Taking over what you already hold changes nothing.
    """
    base = Conversation.objects.filter(pk=conversation.pk)
    now = timezone.now()
    took = base.filter(state=ConversationState.WAITING_HUMAN).update(
        state=ConversationState.HUMAN, assigned_to=staff, updated_at=now
    )
    stepped_in = 0
    if not took:
        stepped_in = base.filter(state=ConversationState.AI).update(
            state=ConversationState.HUMAN,
            assigned_to=staff,
            handoff_reason=HandoffReason.STAFF_TAKEOVER,
            handoff_summary="",
            updated_at=now,
        )
    conversation.refresh_from_db()
    if not (took or stepped_in):
        if conversation.state == ConversationState.HUMAN and conversation.assigned_to_id == staff.pk:
            return conversation
        _refuse(conversation, staff=staff, doing=pgettext_lazy("it cannot be …", "taken over"))
    if stepped_in:
        transaction.on_commit(lambda: HANDOFFS.labels(reason=HandoffReason.STAFF_TAKEOVER).inc())
    record_staff_action(conversation=conversation, staff=staff, kind=StaffActionKind.TAKE_OVER)
    staff_joined_notice(conversation=conversation, staff=staff)
    publish_state(conversation=conversation)
    log.info(
        "conversation.taken_over",
        conversation_id=conversation.pk,
        staff_id=staff.pk,
        from_ai=bool(stepped_in),
    )
    return conversation


@transaction.atomic
def conversation_hand_back(*, conversation: Conversation, staff: User, summary: str) -> Conversation:
    """Return the conversation to the AI with a short summary of what the human did.

    Only the receptionist who holds it (or a superuser) can hand it back; a conversation waiting
    for a human can also be sent back to the AI without being taken.
    """
    summary = summary.strip()[:MAX_SUMMARY_CHARS]
    base = Conversation.objects.filter(pk=conversation.pk)
    holder_filter = base.filter(state=ConversationState.HUMAN)
    if not access.may_override_holder(user=staff):
        holder_filter = holder_filter.filter(assigned_to=staff)
    changed = holder_filter.update(state=ConversationState.AI, assigned_to=None, updated_at=timezone.now())
    person_left = bool(changed)  # a person held it (not one waiting for a human, sent back untaken)
    if not changed:
        changed = base.filter(state=ConversationState.WAITING_HUMAN).update(
            state=ConversationState.AI, assigned_to=None, updated_at=timezone.now()
        )
    if not changed:
        _refuse(conversation, staff=staff, doing=pgettext_lazy("it cannot be …", "handed back"))
    # Guest messages nobody answered while staff held it: the AI answers them in one turn, now.
    base.update(handed_back_at=timezone.now())
    conversation.refresh_from_db()
    if person_left:  # before the AI's answers to what waited, which go out after commit
        staff_left_notice(conversation=conversation, staff=staff)
    record_staff_action(conversation=conversation, staff=staff, kind=StaffActionKind.HAND_BACK, text=summary)
    publish_state(conversation=conversation)
    unanswered = unanswered_messages(conversation_id=conversation.pk).exists()
    if unanswered:
        turn_queue(conversation_id=conversation.pk)
    log.info(
        "conversation.handed_back", conversation_id=conversation.pk, staff_id=staff.pk, unanswered=unanswered
    )
    return conversation


@transaction.atomic
def conversation_close(*, conversation: Conversation, staff: User) -> Conversation:
    """Close the conversation. A conversation another receptionist holds is theirs to close."""
    base = Conversation.objects.filter(pk=conversation.pk).exclude(state=ConversationState.CLOSED)
    if not access.may_override_holder(user=staff):
        base = base.filter(~Q(state=ConversationState.HUMAN) | Q(assigned_to=staff))
    now = timezone.now()
    changed = base.update(state=ConversationState.CLOSED, closed_at=now, updated_at=now)
    if not changed:
        _refuse(conversation, staff=staff, doing=pgettext_lazy("it cannot be …", "closed"))
    unanswered_messages(conversation_id=conversation.pk).update(
        handled_at=now, updated_at=now
    )  # nothing waits any more
    conversation.refresh_from_db()
    record_staff_action(conversation=conversation, staff=staff, kind=StaffActionKind.CLOSE)
    publish_state(conversation=conversation)
    log.info("conversation.closed", conversation_id=conversation.pk, staff_id=staff.pk)
    return conversation


@transaction.atomic
def staff_reply(*, conversation: Conversation, staff: User, text: str) -> Message:
    """Send `text` to the guest through the conversation's channel (outbox, delivery ticks).

    Only the receptionist holding the conversation may write: the row is locked while checking,
    so a hand-back or take-over cannot slip in between the check and the enqueue.
    """
    from conversations.services import reply_enqueue

    text = text.strip()
    if not text:
        raise DomainError(gettext("Write something before sending."), code="empty")
    if len(text) > MAX_REPLY_CHARS:
        raise DomainError(
            gettext("A reply can be at most %(n)s characters.") % {"n": MAX_REPLY_CHARS}, code="too_long"
        )
    locked = Conversation.objects.select_for_update().get(pk=conversation.pk)
    if not access.may_reply(user=staff, conversation=locked):
        _refuse(locked, staff=staff, doing=pgettext_lazy("it cannot be …", "answered by you"))
    text = staff_reply_text(conversation=locked, staff=staff, text=text)
    messages = reply_enqueue(
        conversation=locked, replies=[OutgoingReply(text=text)], author=Author.STAFF, staff=staff
    )
    now = timezone.now()
    answered = unanswered_messages(conversation_id=locked.pk).update(handled_at=now, updated_at=now)
    if answered:
        _publish_answered(locked)
    log.info("conversation.staff_replied", conversation_id=conversation.pk, staff_id=staff.pk)
    return messages[0]


@transaction.atomic
def note_add(*, conversation: Conversation, staff: User, text: str) -> StaffAction:
    """An internal note for colleagues; never sent to the guest."""
    text = text.strip()
    if not text:
        raise DomainError(gettext("A note cannot be empty."), code="empty")
    if len(text) > MAX_NOTE_CHARS:
        raise DomainError(
            gettext("A note can be at most %(n)s characters.") % {"n": MAX_NOTE_CHARS}, code="too_long"
        )
    return record_staff_action(conversation=conversation, staff=staff, kind=StaffActionKind.NOTE, text=text)
