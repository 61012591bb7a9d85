"""A guest's data on request (export, erasure) and transcripts past their retention (anonymised).

Erasure and retention keep the record's shape for the figures (conversations, messages, their
times, channels, authors, states, handoff reasons, reservations' dates and amounts) and remove what
identifies or was said by the guest: names, phones, e-mails, web-chat sessions, message texts,
media references, raw provider payloads, the dialogue's memory and the understanding stored with
each message. Both are recorded in the audit log.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import structlog
from django.db import transaction
from django.db.models import Exists, Max, OuterRef, Q
from django.utils import timezone

from conversations.models import Conversation, Guest, Message, StaffAction, UnansweredQuestion
from hotel_agent.hotels.audit import audit_record
from reservations.services.privacy import reservations_guest_erase

log = structlog.get_logger(__name__)

ERASED = "[erased]"


def _anonymise_conversations(conversation_ids: list[int]) -> int:
    messages = Message.objects.filter(conversation_id__in=conversation_ids)
    count = messages.update(
        text=ERASED,
        media=None,
        location=None,
        contacts=[],
        raw={},
        outgoing={},
        understanding={},
        reaction_emoji="",
        error_title="",
    )
    Conversation.objects.filter(pk__in=conversation_ids).update(dialogue_state={}, handoff_summary="")
    StaffAction.objects.filter(conversation_id__in=conversation_ids).update(text=ERASED)
    UnansweredQuestion.objects.filter(conversation_id__in=conversation_ids).update(text=ERASED, normalized="")
    from conversations.replay.services import replay_results_anonymise  # replay imports this module

    replay_results_anonymise(conversation_ids=conversation_ids)
    return count


def guest_erase(*, guest: Guest, staff: Any) -> None:
    """Erase a guest's personal data everywhere it is kept (one transaction; the figures stay)."""
    with transaction.atomic():
        guest = Guest.objects.select_for_update().get(pk=guest.pk)
        conversations = list(guest.conversations.values_list("pk", "hotel_id"))
        conversation_ids = [pk for pk, _ in conversations]
        messages = _anonymise_conversations(conversation_ids)
        reservations = reservations_guest_erase(
            conversation_ids=conversation_ids, phone=guest.phone, email=guest.email
        )
        guest.name = ""
        guest.name_source = ""
        guest.phone = ""
        guest.email = ""
        guest.webchat_session = ""
        guest.save()
        hotel_ids: list[int | None] = [*sorted({hotel_id for _, hotel_id in conversations})] or [None]
        for hotel_id in hotel_ids:
            audit_record(
                action="guest_erase",
                staff=staff,
                hotel_id=hotel_id,
                obj=guest,
                summary=f"{len(conversation_ids)} conversations, {messages} messages, {reservations} reservations",
            )
    log.info("privacy.guest_erased", guest_id=guest.pk, conversations=len(conversation_ids))


def transcripts_anonymise_older_than(*, days: int, now: dt.datetime | None = None) -> int:
    """Anonymise conversations whose last message is older than `days`; guests with nothing newer
    lose their contact data too. Returns the number of conversations anonymised."""
    if days <= 0:
        return 0
    cutoff = (now or timezone.now()) - dt.timedelta(days=days)
    not_yet_anonymised = Exists(Message.objects.filter(conversation=OuterRef("pk")).exclude(text=ERASED))
    stale = (
        Conversation.objects.annotate(last=Max("messages__created_at"))
        .filter(Q(last__lt=cutoff) | Q(last__isnull=True, created_at__lt=cutoff))
        .filter(not_yet_anonymised | ~Q(dialogue_state={}))
    )
    conversation_ids = list(stale.values_list("pk", flat=True))
    if not conversation_ids:
        return 0
    with transaction.atomic():
        _anonymise_conversations(conversation_ids)
        guests = Guest.objects.filter(conversations__pk__in=conversation_ids).exclude(
            conversations__messages__created_at__gte=cutoff
        )
        for guest in guests.distinct():
            reservations_guest_erase(
                conversation_ids=list(guest.conversations.values_list("pk", flat=True)),
                phone=guest.phone,
                email=guest.email,
            )
        guests.update(name="", name_source="", phone="", email="", webchat_session="")
        audit_record(
            action="retention", summary=f"{len(conversation_ids)} conversations older than {days} days"
        )
    log.info("privacy.retention_applied", conversations=len(conversation_ids), days=days)
    return len(conversation_ids)


def audit_staff_action(sender: Any, instance: StaffAction, created: bool, **kwargs: Any) -> None:
    """post_save of a console staff action (take over, hand back, close, note, name): into the audit log."""
    if created and not kwargs.get("raw"):
        audit_record(
            action=instance.kind,
            staff=instance.staff,
            hotel_id=Conversation.objects.filter(pk=instance.conversation_id)
            .values_list("hotel_id", flat=True)
            .first(),
            obj=instance.conversation,
            summary=instance.text[:120],
        )


def audit_staff_message(sender: Any, instance: Message, created: bool, **kwargs: Any) -> None:
    """post_save of a message: one a staff member sent to a guest goes into the audit log."""
    if created and not kwargs.get("raw") and instance.author == "staff" and instance.staff_user_id:
        audit_record(
            action="staff_message",
            staff=instance.staff_user,
            hotel_id=Conversation.objects.filter(pk=instance.conversation_id)
            .values_list("hotel_id", flat=True)
            .first(),
            obj=instance.conversation,
            summary=f"message {instance.pk}",
        )
