"""Who the guest is, in the console's words: the guest's name, learnt from the best source at hand.

One name per guest (`Guest.name`), shown alike in the console's lists, its header and the admin.
A better source replaces a weaker one (staff > what the guest gave > the booking's holder > the
channel's profile), never the reverse; staff can always set it, and that change is recorded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import structlog
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext

from conversations.models import Conversation, Guest, StaffActionKind
from conversations.models.records import GUEST_NAME_RANK, GuestNameSource
from conversations.services.handoff import publish_state
from hotel_agent.errors import DomainError

if TYPE_CHECKING:
    from django.contrib.auth.models import User

log = structlog.get_logger(__name__)

NAME_MAX_CHARS = Guest._meta.get_field("name").max_length or 200


def guest_name_learn(*, guest: Guest, name: str, source: str) -> bool:
    """Store `name` from `source` unless the guest already has a name from a better source.

    A conditional UPDATE, so a staff edit committed meanwhile is never overwritten. True if it changed.
    """
    name = " ".join(name.split())[:NAME_MAX_CHARS]
    if not name or source == GuestNameSource.STAFF:
        return False
    # Nothing to change as far as this copy knows: no query on every turn.
    unchanged = (guest.name, guest.name_source) == (name, source)
    if unchanged or GUEST_NAME_RANK[guest.name_source] > GUEST_NAME_RANK[source]:
        return False
    weaker_or_same = [s for s, rank in GUEST_NAME_RANK.items() if rank <= GUEST_NAME_RANK[source]]
    changed = (
        Guest.objects.filter(pk=guest.pk, name_source__in=weaker_or_same)
        .filter(~Q(name=name) | ~Q(name_source=source))
        .update(name=name, name_source=source)
    )
    if changed:
        guest.name, guest.name_source = name, source
        log.info("guest.name_learnt", guest_id=guest.pk, source=source)
    return bool(changed)


def guest_name_from_dialogue(*, conversation: Conversation, dialogue_state: dict[str, Any]) -> bool:
    """After a turn: the name the guest gave (the dialogue frame), else the holder of the booking they
    referred to. Looks for a booking only while nothing better than a profile name is known."""
    booking = dialogue_state.get("booking") or {}
    given = str(booking.get("guest_name") or "")
    if given:
        return guest_name_learn(guest=conversation.guest, name=given, source=GuestNameSource.GIVEN)
    manage = dialogue_state.get("manage") or {}
    # A booking the guest made here, or one whose holder they proved to be (not any reference typed).
    reference = str(booking.get("reference") or (manage.get("verified") and manage.get("reference")) or "")
    if (
        not reference
        or GUEST_NAME_RANK[conversation.guest.name_source] >= GUEST_NAME_RANK[GuestNameSource.BOOKING]
    ):
        return False
    from conversations.selectors import booking_holder_name

    holder = booking_holder_name(conversation=conversation, reference=reference)
    return guest_name_learn(guest=conversation.guest, name=holder, source=GuestNameSource.BOOKING)


@transaction.atomic
def guest_name_set_by_staff(*, conversation: Conversation, staff: User, name: str) -> Guest:
    """Staff name the guest (an empty name forgets it: the console falls back to the masked contact).

    Recorded in the conversation's history (who, when, what) and announced to the console.
    """
    from conversations.services.staff import record_staff_action

    name = " ".join(name.split())
    if len(name) > NAME_MAX_CHARS:
        raise DomainError(
            gettext("A name can be at most %(n)s characters.") % {"n": NAME_MAX_CHARS}, code="too_long"
        )
    guest = Guest.objects.select_for_update().get(pk=conversation.guest_id)
    guest.name = name
    guest.name_source = GuestNameSource.STAFF if name else GuestNameSource.NONE
    guest.save(update_fields=["name", "name_source", "updated_at"])
    conversation.guest = guest
    record_staff_action(conversation=conversation, staff=staff, kind=StaffActionKind.GUEST_NAME, text=name)
    publish_state(conversation=conversation)
    log.info("guest.name_set_by_staff", guest_id=guest.pk, conversation_id=conversation.pk, staff_id=staff.pk)
    return guest
