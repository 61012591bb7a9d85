"""Reservation messages out: the hotel writes first, 7 and 1 days before arrival and 1 day after departure.

`reservations.outreach` says which messages are due (its schedule, the hotel's settings) and owns the
claim row; this module, which may reach the conversation record, picks the channel and the guest's
language, writes the message and queues it in the outbox, all in one transaction with the claim:

- WhatsApp when the reservation has a phone (E.164), e-mail when it has only an e-mail (or the guest
  wrote by e-mail); no contact: the claim records why nothing was sent.
- Inside WhatsApp's 24-hour window the text goes as it is; outside it, the hotel's approved template
  for that kind (body parameters: hotel, date, booking reference or review link); without one the
  claim records `no_template`.
- Nothing for a cancelled reservation (re-checked under a row lock), a guest who opted out, a kind
  switched off, or a conversation a person holds (tried again at the next beat while still due).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import structlog
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from conversations.engine.replies import Phrasebook
from conversations.engine.types import GuestEmail
from conversations.incoming import Channel, OutgoingReply
from conversations.models import Author, Conversation, ConversationState, Guest
from conversations.nlu.types import LANGUAGES
from conversations.services.inbound import conversation_open_for, guest_for_contact
from conversations.services.outbox import guest_email_enqueue, reply_enqueue
from reservations.models import OutreachKind, OutreachMessage, OutreachSettings, Reservation
from reservations.outreach.selectors import DueMessage, outreach_due, outreach_settings_for
from reservations.outreach.services import outreach_claim, outreach_record

log = structlog.get_logger(__name__)

WHATSAPP_WINDOW = dt.timedelta(hours=24)
E164 = re.compile(r"\+[1-9]\d{6,14}")
HELD_BY_STAFF = (ConversationState.WAITING_HUMAN, ConversationState.HUMAN)


@dataclass(frozen=True)
class Target:
    channel: str
    contact: str


def outreach_target(reservation: Reservation) -> Target | None:
    """Where the guest is reached: the e-mail thread they wrote from, else their phone, else e-mail."""
    wrote_by_email = (
        reservation.conversation is not None and reservation.conversation.channel == Channel.EMAIL
    )
    email = reservation.guest_email.strip().lower()
    phone = reservation.guest_phone.replace(" ", "").strip()
    if (
        not phone
        and reservation.conversation is not None
        and reservation.conversation.channel == Channel.WHATSAPP
    ):
        phone = reservation.conversation.guest.phone
    if wrote_by_email and email:
        return Target(Channel.EMAIL, email)
    if phone.startswith("00"):
        phone = "+" + phone[2:]
    if E164.fullmatch(phone):
        return Target(Channel.WHATSAPP, phone)
    if email:
        return Target(Channel.EMAIL, email)
    return None


def guest_has_opted_out(reservation: Reservation, guest: Guest) -> bool:
    """The guest said stop on any of their contacts (phone or e-mail)."""
    if guest.opted_out:
        return True
    contacts = Q(pk__in=[])
    if reservation.guest_phone:
        contacts |= Q(phone=reservation.guest_phone.replace(" ", ""))
    if reservation.guest_email:
        contacts |= Q(email=reservation.guest_email.strip().lower())
    if reservation.conversation is not None:
        contacts |= Q(pk=reservation.conversation.guest_id)
    return Guest.objects.filter(contacts, opted_out=True).exists()


def outreach_language(reservation: Reservation, guest: Guest, conversation: Conversation) -> str:
    """The guest's language: the conversation they booked in, what we know of them, else the hotel's."""
    for language in (
        reservation.conversation.language if reservation.conversation is not None else "",
        conversation.language,
        guest.language,
    ):
        if language in LANGUAGES:
            return language
    return reservation.hotel.default_language


def _window_open(conversation: Conversation, now: dt.datetime) -> bool:
    return conversation.last_inbound_at is not None and now - conversation.last_inbound_at < WHATSAPP_WINDOW


@dataclass(frozen=True)
class Composed:
    text: str
    subject: str
    template_params: tuple[str, ...]


def outreach_compose(
    *, reservation: Reservation, kind: str, language: str, settings: OutreachSettings, now: dt.datetime
) -> Composed:
    """The message in the guest's language (the hotel's reply templates override the catalogue)."""
    hotel = reservation.hotel
    # the variety of the language the guest was answered in ("br": Brazilian Portuguese), when they wrote to us
    conversation = reservation.conversation
    book = (
        Phrasebook.of_conversation(conversation, language=language)
        if conversation is not None
        else Phrasebook(hotel=hotel, language=language)
    )
    today = now.astimezone(ZoneInfo(hotel.timezone)).date()
    address = ", ".join(part for part in (hotel.address, hotel.city) if part)
    check_in = book.date(reservation.check_in, today=today)
    check_out = book.date(reservation.check_out, today=today)
    context = {
        "guest_name": reservation.guest_first_name.strip(),
        "check_in": check_in,
        "check_out": check_out,
        "check_in_time": hotel.check_in_time.strftime("%H:%M") if hotel.check_in_time else "",
        "address": address,
        "directions_url": settings.directions_url,
        "review_url": settings.review_url,
        "reference": reservation.reference,
    }
    after = kind == OutreachKind.AFTER_1D
    text = book.say(f"outreach_{kind}", **context)
    subject = book.say("outreach_subject_after" if after else "outreach_subject_before", **context)
    # Meta refuses empty parameters: a dash stands in for a link or reference the hotel has not got.
    params = (
        (hotel.name, check_out, settings.review_url or "-")
        if after
        else (hotel.name, check_in, reservation.reference or "-")
    )
    return Composed(text=text, subject=subject, template_params=params)


def outreach_send(*, due: DueMessage, now: dt.datetime | None = None) -> str:
    """Send one due message once; returns what happened (`queued`, or why not)."""
    now = now or timezone.now()
    reservation = (
        Reservation.objects.select_related("hotel", "conversation", "conversation__guest")
        .filter(pk=due.reservation_id)
        .first()
    )
    if reservation is None or reservation.state != Reservation.State.CONFIRMED:
        return "not_confirmed"
    settings = outreach_settings_for(hotel=reservation.hotel)
    if not settings.enabled(due.kind):
        return "disabled"
    target = outreach_target(reservation)
    if target is None:
        return _record_skip(reservation=reservation, due=due, reason="no_contact")
    guest = guest_for_contact(channel=target.channel, contact=target.contact)
    if guest_has_opted_out(reservation, guest):
        return "opted_out"  # no claim: if they opt back in while it is still due, it goes
    conversation = conversation_open_for(hotel=reservation.hotel, guest=guest, channel=target.channel)
    language = outreach_language(reservation, guest, conversation)
    with transaction.atomic():
        # The row locks keep a cancellation or a take-over from slipping in between check and queue.
        locked = Reservation.objects.select_for_update().filter(pk=reservation.pk).values("state").first()
        if locked is None or locked["state"] != Reservation.State.CONFIRMED:
            return "not_confirmed"
        conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
        if conversation.state in HELD_BY_STAFF:
            return "held_by_staff"
        claim = outreach_claim(reservation=reservation, kind=due.kind, due_at=due.due_at)
        if claim is None:
            return "already_claimed"
        composed = outreach_compose(
            reservation=reservation, kind=due.kind, language=language, settings=settings, now=now
        )
        if not conversation.language:
            Conversation.objects.filter(pk=conversation.pk).update(language=language)
        outcome = _enqueue(
            claim=claim,
            conversation=conversation,
            target=target,
            composed=composed,
            language=language,
            template=settings.template(due.kind),
            now=now,
        )
    log.info(
        "outreach.sent" if outcome == "queued" else "outreach.not_sent",
        reservation_id=reservation.pk,
        kind=due.kind,
        channel=target.channel,
        outcome=outcome,
    )
    return outcome


def _enqueue(
    *,
    claim: OutreachMessage,
    conversation: Conversation,
    target: Target,
    composed: Composed,
    language: str,
    template: str,
    now: dt.datetime,
) -> str:
    if target.channel == Channel.EMAIL:
        message = guest_email_enqueue(
            conversation=conversation,
            email=GuestEmail(
                to=target.contact,
                subject=composed.subject,
                text=composed.text,
                key=f"outreach:{claim.reservation_id}:{claim.kind}",
            ),
            author=Author.SYSTEM,
            proactive=True,
        )
        outreach_record(
            claim=claim, message_id=message.pk if message else None, channel=target.channel, language=language
        )
        return "queued"
    template_name = ""
    if not _window_open(conversation, now):
        if not template:
            outreach_record(
                claim=claim,
                message_id=None,
                channel=target.channel,
                language=language,
                skip_reason="no_template",
            )
            return "no_template"
        template_name = template
    reply = OutgoingReply(
        text=composed.text,
        template_name=template_name,
        template_language=language if template_name else "",
        template_params=composed.template_params if template_name else (),
        proactive=True,
    )
    [message] = reply_enqueue(conversation=conversation, replies=[reply], author=Author.SYSTEM)
    outreach_record(
        claim=claim,
        message_id=message.pk,
        channel=target.channel,
        language=language,
        template_name=template_name,
    )
    return "queued"


def _record_skip(*, reservation: Reservation, due: DueMessage, reason: str) -> str:
    with transaction.atomic():
        claim = outreach_claim(reservation=reservation, kind=due.kind, due_at=due.due_at)
        if claim is None:
            return "already_claimed"
        outreach_record(claim=claim, message_id=None, channel="", language="", skip_reason=reason)
    log.info("outreach.not_sent", reservation_id=reservation.pk, kind=due.kind, outcome=reason)
    return reason


def outreach_send_due(*, now: dt.datetime | None = None) -> dict[str, int]:
    """Every message due now (the beat task); one failing reservation never stops the others."""
    now = now or timezone.now()
    outcomes: dict[str, int] = {}
    for due in outreach_due(now=now):
        try:
            outcome = outreach_send(due=due, now=now)
        except Exception as exc:
            log.warning(
                "outreach.failed", reservation_id=due.reservation_id, kind=due.kind, error=type(exc).__name__
            )
            outcome = "error"
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return outcomes


@dataclass(frozen=True)
class Preview:
    reservation: Reservation
    kind: str
    channel: str  # "" when the guest cannot be reached
    language: str
    text: str
    # Why the beat would not send it ("opted_out", "disabled"); "" when it would go.
    held_back: str = ""


def outreach_preview(*, now: dt.datetime) -> list[Preview]:
    """What the beat would send at `now`, written out, changing nothing (no guest, no claim)."""
    previews = []
    for due in outreach_due(now=now):
        reservation = Reservation.objects.select_related("hotel", "conversation").get(pk=due.reservation_id)
        target = outreach_target(reservation)
        known = None
        if target is not None:
            field = "phone" if target.channel == Channel.WHATSAPP else "email"
            known = Guest.objects.filter(**{field: target.contact}).first()
        language = next(
            (
                lang
                for lang in (
                    reservation.conversation.language if reservation.conversation is not None else "",
                    known.language if known is not None else "",
                )
                if lang in LANGUAGES
            ),
            reservation.hotel.default_language,
        )
        settings = outreach_settings_for(hotel=reservation.hotel)
        composed = outreach_compose(
            reservation=reservation, kind=due.kind, language=language, settings=settings, now=now
        )
        # The same checks outreach_send makes before it queues, so the operator is not shown a message
        # to a guest who said stop as one that would go.
        held_back = ""
        if not settings.enabled(due.kind):
            held_back = "disabled"
        elif guest_has_opted_out(reservation, known or Guest(opted_out=False)):
            held_back = "opted_out"
        previews.append(
            Preview(
                reservation=reservation,
                kind=due.kind,
                channel=target.channel if target else "",
                language=language,
                text=composed.text,
                held_back=held_back,
            )
        )
    return previews
