"""Existing bookings: status, change and cancel, each found by reference or by the guest's phone or
e-mail, shown only after the identity check, and changed only after the guest's explicit yes."""

from __future__ import annotations

import datetime as dt
import re

import structlog

from conversations.engine import pms_gateway
from conversations.engine.cancellation_terms import policy_sentence
from conversations.engine.frame import Stage
from conversations.engine.identity_guard import reference_failure_record, reference_locked
from conversations.engine.pms_gateway import BookingView
from conversations.engine.room_request import room_is_kind, room_kind_asked
from conversations.engine.stay_corrections import names_no_month
from conversations.engine.turn import Turn
from conversations.engine.types import HandoffReason
from conversations.incoming import OutgoingReply, ReplyButton
from conversations.nlu.dates import names_a_weekday
from conversations.nlu.rules import nights_added, people_added
from conversations.nlu.text import fold

log = structlog.get_logger(__name__)

CANCEL, MODIFY, STATUS = "cancel", "modify", "status"
ACTION_OF_INTENT = {"booking_cancel": CANCEL, "booking_modify": MODIFY, "booking_status": STATUS}
MAX_IDENTITY_ATTEMPTS = 2
# A booking reference typed on its own (QloApps: 9 letters; the demo PMS the same).
_REFERENCE_ALONE = re.compile(r"^\s*#?([A-Za-z0-9]{6,12})\s*[.!]?\s*$")
# A code in capitals with at least one letter, as references are printed ("XKBKNABJK", "AB12CD34").
_REFERENCE_TOKEN = re.compile(r"\b(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,12}\b")
LOOKUP_STAGES = (Stage.MANAGE_LOOKUP, Stage.MANAGE_IDENTITY)
_EMAIL_LIKE = re.compile(r"[^\s@,;:<>()]+@[^\s@,;:<>()]+\.[^\s@,;:<>()]+")
# Saying the reference is not at hand ("I don't have it", "je ne me souviens plus", "lo he olvidado",
# "hab sie vergessen"): a negation or a word of forgetting (understanding data, not guest-facing text).
_NO_REFERENCE = re.compile(
    r"\b(?:no|not|don'?t|dont|n't|never|ne|pas|plus|nicht|kein\w*|non|n[aã]o|nem|nope|nada|"
    r"forg[eo]t\w*|olvid\w*|oubli\w*|vergessen|dimentica\w*|esqueci\w*|lost|perdu|perd[ií]\w*|verloren)\b",
    re.IGNORECASE,
)


def _remember_email(turn: Turn) -> None:
    text = turn.message.text or ""
    email = turn.understanding.email or (m.group(0) if (m := _EMAIL_LIKE.search(text)) else "")
    email = email.strip().rstrip(".").lower()
    if email and email not in turn.frame.verified_emails:
        turn.frame.verified_emails.append(email)


def _reference_in(turn: Turn) -> str:
    """The booking reference the guest typed: a code written as such wins over the understanding's guess."""
    text = turn.message.text or ""
    written = _REFERENCE_TOKEN.findall(text)
    if written:
        return written[0].upper()
    if turn.understanding.booking_ref:
        return turn.understanding.booking_ref.strip().upper()
    match = _REFERENCE_ALONE.match(text)
    if match and (any(c.isalpha() for c in match.group(1)) or turn.frame.stage in LOOKUP_STAGES):
        return match.group(1).upper()
    return ""


def _absorb_change(turn: Turn) -> bool:
    u, m = turn.understanding, turn.frame.manage
    changed = False
    for name in ("check_in", "check_out", "adults", "children"):
        value = getattr(u, name)
        if value is not None and getattr(m, name) != value:
            setattr(m, name, value)
            changed = True
    return changed


def start(turn: Turn, *, action: str) -> None:
    """The guest asked about an existing booking (cancel, change or status)."""
    m = turn.frame.manage
    reference = _reference_in(turn)
    if m.action != action or (reference and reference != m.reference):
        turn.frame.reset_manage()
        m = turn.frame.manage
    m.action = action
    _remember_email(turn)
    if action == MODIFY:
        _absorb_change(turn)
    if not reference and turn.frame.booking.reference and not m.reference:
        reference = turn.frame.booking.reference  # the booking just made in this conversation
    _locate(turn, reference=reference or m.reference)


def continue_lookup(turn: Turn) -> bool:
    """In a lookup or identity stage: a reference or an e-mail moves things on."""
    reference = _reference_in(turn)
    before = list(turn.frame.verified_emails)
    _remember_email(turn)
    new_email = turn.frame.verified_emails != before
    if not reference and not new_email:
        if turn.frame.stage == Stage.MANAGE_LOOKUP and _NO_REFERENCE.search(turn.message.text or ""):
            # "I don't have the booking number": the e-mail finds it too. Said once; a second "no"
            # counts as no answer (a person takes over rather than ask the same forever).
            turn.progress = not turn.frame.manage.email_asked
            turn.frame.manage.email_asked = True
            turn.say("ask_booking_email_instead")
            return True
        if turn.understanding.guest_name and not turn.understanding.check_in:
            # "a nombre de Pedro Gómez": a name finds no booking (anyone may type one), and it is no
            # new booking either; the reference or the e-mail is asked again, once counted as progress.
            turn.progress = not turn.frame.manage.email_asked
            turn.frame.manage.email_asked = True
            turn.say("booking_name_not_enough", name=turn.understanding.guest_name)
            return True
        return False
    _locate(turn, reference=reference or turn.frame.manage.reference)
    return True


def choose_candidate(turn: Turn, reference: str) -> bool:
    if reference not in turn.frame.manage.candidates:
        return False
    _locate(turn, reference=reference)
    return True


def choose_candidate_from_text(turn: Turn) -> bool:
    from conversations.engine.choice import pick_index

    candidates = turn.frame.manage.candidates
    reference = _reference_in(turn)
    if reference in candidates:
        return choose_candidate(turn, reference)
    index = pick_index(turn.message.text or "", language=turn.language, names=candidates)
    if index is None:
        return False
    return choose_candidate(turn, candidates[index])


def _locate(turn: Turn, *, reference: str) -> None:
    m = turn.frame.manage
    try:
        if reference:
            booking = pms_gateway.find_by_reference(hotel=turn.hotel, reference=reference)
            if booking is None:
                # Answered like a booking whose e-mail we don't have yet: a guesser must not learn
                # which references exist.
                m.reference = reference
                _identity_not_proven(turn)
                return
            _with_booking(turn, booking)
            return
        found = pms_gateway.find_by_contact(
            hotel=turn.hotel,
            phone=turn.guest_phone,
            email=turn.frame.verified_emails[-1] if turn.frame.verified_emails else "",
        )
    except pms_gateway.PmsError as exc:
        log.warning("engine.lookup_failed", error=type(exc).__name__, conversation_id=turn.conversation.pk)
        turn.say("pms_read_unavailable")
        return
    if m.action in (CANCEL, MODIFY):
        found = [b for b in found if b.active and b.check_in >= turn.today]
    if not found:
        turn.frame.stage = Stage.MANAGE_LOOKUP
        email = turn.frame.verified_emails[-1] if turn.frame.verified_emails else ""
        if email and email in (turn.message.text or "").lower():
            # The e-mail just given finds nothing: said so, not the same question again as if unheard.
            turn.say("booking_not_found_by_email", email=email)
        else:
            turn.say("ask_booking_reference")
        return
    if len(found) == 1:
        _with_booking(turn, found[0])
        return
    m.candidates = [b.reference for b in found][:10]
    turn.frame.stage = Stage.MANAGE_CHOOSE
    turn.progress = True
    lines = "\n".join(
        turn.phrases.say("booking_line", n=n, reference=b.reference, room=b.room_name, stay=_stay(turn, b))
        for n, b in enumerate(found[:10], start=1)
    )
    text = turn.phrases.say("choose_booking", lines=lines)
    buttons = tuple(ReplyButton(id=f"booking:{b.reference}", title=b.reference[:20]) for b in found[:3])
    turn.add(OutgoingReply(text=text, buttons=buttons if len(found) <= 3 else ()))


def _identity_not_proven(turn: Turn, *, locked: bool = False) -> None:
    """Ask for the booking's e-mail, say it does not match, or give up: the same words whether or not
    the reference exists. Wrong answers count per conversation and, across conversations, per booking."""
    m = turn.frame.manage
    turn.frame.stage = Stage.MANAGE_IDENTITY
    m.failed_identity_checks += 1
    if m.failed_identity_checks == 1:
        turn.progress = True  # the reference was given: the conversation moves on to the e-mail
    if m.failed_identity_checks > 1:  # an answer was given and was wrong
        reference_failure_record(hotel_id=turn.hotel.pk, reference=m.reference)
    locked = locked or reference_locked(hotel_id=turn.hotel.pk, reference=m.reference)
    if locked:
        log.warning("engine.identity_locked", conversation_id=turn.conversation.pk)
    if locked or m.failed_identity_checks > MAX_IDENTITY_ATTEMPTS:
        turn.say("identity_failed")
        turn.frame.reset_manage()
        turn.frame.stage = Stage.IDLE
        return
    turn.say("identity_needed" if m.failed_identity_checks == 1 else "identity_mismatch")


def _stay(turn: Turn, booking: BookingView) -> str:
    return turn.phrases.stay(
        check_in=booking.check_in,
        check_out=booking.check_out,
        adults=booking.adults,
        children=booking.children,
        today=turn.today,
    )


def _with_booking(turn: Turn, booking: BookingView) -> None:
    m = turn.frame.manage
    m.reference = booking.reference
    locked = not m.verified and reference_locked(hotel_id=turn.hotel.pk, reference=booking.reference)
    if locked or (
        not m.verified
        and not pms_gateway.identity_matches(
            booking=booking, phone=turn.guest_phone, emails=turn.frame.verified_emails
        )
    ):
        _identity_not_proven(turn, locked=locked)
        return
    m.verified = True
    turn.progress = True
    if m.action == STATUS:
        state_key = (
            "state_active"
            if booking.active
            else ("state_cancelled" if booking.state == "cancelled" else "state_pending")
        )
        turn.say(
            "booking_status",
            reference=booking.reference,
            room=booking.room_name,
            stay=_stay(turn, booking),
            state=turn.phrases.say(state_key),
        )
        turn.frame.stage = Stage.IDLE
        return
    if not booking.active:
        turn.say("booking_not_active", reference=booking.reference)
        turn.frame.stage = Stage.IDLE
        return
    if m.action == CANCEL:
        _ask_cancel(turn, booking)
    else:
        _continue_modify(turn, booking)


def _current(turn: Turn) -> BookingView | None:
    reference = turn.frame.manage.reference
    return pms_gateway.find_by_reference(hotel=turn.hotel, reference=reference) if reference else None


# --- cancel -------------------------------------------------------------------------------------
def _ask_cancel(turn: Turn, booking: BookingView) -> None:
    terms = pms_gateway.cancellation_terms(hotel=turn.hotel, check_in=booking.check_in)
    text = turn.phrases.say(
        "cancel_confirm",
        reference=booking.reference,
        room=booking.room_name,
        stay=_stay(turn, booking),
        policy=policy_sentence(turn, terms),
    )
    turn.frame.stage = Stage.CANCEL_CONFIRM
    turn.tell_facts(text, buttons=turn.yes_no_buttons("button_yes_cancel", "button_keep"))


def answer_cancel(turn: Turn, *, yes: bool) -> None:
    booking = _current(turn)
    turn.frame.stage = Stage.IDLE
    turn.progress = True
    if booking is None:
        turn.say("booking_not_found")
        return
    if not yes:
        turn.frame.reset_manage()
        turn.say("cancel_kept", reference=booking.reference)
        return
    try:
        cancelled = pms_gateway.cancel(booking=booking)
    except pms_gateway.BookingNotPossible:
        turn.say("booking_not_active", reference=booking.reference)
        return
    except pms_gateway.PmsError as exc:
        log.warning("engine.cancel_failed", error=type(exc).__name__, conversation_id=turn.conversation.pk)
        turn.hand_off(HandoffReason.PMS_UNAVAILABLE, summary=f"cancel {booking.reference} failed in the PMS")
        return
    turn.frame.reset_manage()
    if turn.frame.booking.reference == cancelled.reference:
        turn.frame.start_booking_over()  # a cancelled stay is never offered again as the stay in question
    turn.say("booking_cancelled", reference=cancelled.reference)


# --- modify -------------------------------------------------------------------------------------
def continue_modify(turn: Turn) -> bool:
    if not _absorb_change(turn):
        return False
    booking = _current(turn)
    if booking is None:
        turn.say("booking_not_found")
        return True
    _continue_modify(turn, booking)
    return True


def _same_day(day: dt.date, named: dt.date, *, weekday: bool) -> bool:
    """Whether `day` is the one the guest named: the same weekday when they named a weekday ("el lunes"), else the
    same day of the month ("al 24")."""
    return day.weekday() == named.weekday() if weekday else day.day == named.day


def _departure_after(start: dt.date, *, named: dt.date, text: str) -> dt.date | None:
    """The day the guest named, after `start`: the same weekday ("el lunes") within a week of it, or the
    same day of the month ("al 24") within a month of it."""
    weekday = names_a_weekday(fold(text))
    for offset in range(1, 8 if weekday else 32):
        candidate = start + dt.timedelta(days=offset)
        if _same_day(candidate, named, weekday=weekday):
            return candidate
    return None


# The name a booking is under ("a mi nombre", "under my name", "à mon nom", "auf meinen Namen", "a nome mio",
# "no meu nome", "intestarla a"): with a name said beside it, the holder is to change. Understanding data.
_HOLDER_WORDS = re.compile(
    r"\b(?:nombre|name|nom|namen|nome|titular|holder|titulaire|intestat\w*|intestarla|reservierungsinhaber\w*)\b",
    re.IGNORECASE,
)


def room_or_holder_change(turn: Turn) -> bool:
    """While a change is asked for: another room type or holder goes to reception (see below)."""
    booking = _current(turn)
    return booking is not None and _change_we_cannot_make(turn, booking)


def _change_we_cannot_make(turn: Turn, booking: BookingView) -> bool:
    """Another room type or another holder for a booking: reception makes those changes (the PMS change
    here moves dates and guests only), so the request goes to them rather than being asked again."""
    text = turn.message.text or ""
    kind = room_kind_asked(text)
    other_room = bool(kind) and not room_is_kind(booking.room_name, kind)
    other_holder = bool(_HOLDER_WORDS.search(text)) and bool(turn.understanding.guest_name)
    if not (other_room or other_holder):
        return False
    turn.hand_off(
        HandoffReason.UNKNOWN_QUESTION,
        summary=f"change of {booking.reference} ({booking.room_name}): {text}"[:300],
        intro_key="handoff_intro_room_or_holder_change",
    )
    turn.frame.stage = Stage.IDLE
    return True


# Arriving said by its own word ("possiamo arrivare il 9?", "can we check in on the 9th instead?", "wir reisen erst am
# 11. an"): the arrival alone moves, the departure booked stays (understanding data, not guest-facing text).
_ARRIVAL_WORDS = re.compile(
    r"\b(?:arriv\w*|check(?:ing)?[- ]?in|get (?:there|in)|llega\w*|llegu\w*|lleg[oó]|entrada|chega\w*|chego|"
    r"anreis\w*|ankunft|ankomm\w*|(?:reisen|kommen)\b[^.!?]*\ban\b)",
    re.IGNORECASE,
)


def _near_the_booking(named: dt.date, *, around: dt.date, today: dt.date, text: str) -> dt.date:
    """A bare day named for a booking ("il 9", "the 9th", "Friday"), read as its next occurrence from today, is the
    one nearest the booked day it replaces: "arrivare il 9 invece del 10" for a stay from 10 June is 9 June, not
    9 December. A day named with its month, or a day said in words ("tomorrow"), is left as read."""
    weekday = names_a_weekday(fold(text))
    if not names_no_month(text) or not (weekday or re.search(rf"(?<![\d/.]){named.day}(?![\d/])", text)):
        return named
    nearby = (around + dt.timedelta(days=offset) for offset in range(-31, 32))
    candidates = [day for day in nearby if _same_day(day, named, weekday=weekday) and day >= today]
    if weekday:
        candidates = [day for day in candidates if abs((day - around).days) <= 6]
    return min(candidates, key=lambda day: abs((day - around).days), default=named)


def _continue_modify(turn: Turn, booking: BookingView) -> None:
    m = turn.frame.manage
    text = turn.message.text or ""
    folded = fold(text)
    if m.check_in:
        m.check_in = _near_the_booking(m.check_in, around=booking.check_in, today=turn.today, text=text)
    if m.check_out:
        m.check_out = _near_the_booking(m.check_out, around=booking.check_out, today=turn.today, text=text)
    check_in = m.check_in or booking.check_in
    check_out = m.check_out or booking.check_out
    if (
        m.check_in
        and not m.check_out
        and not (_ARRIVAL_WORDS.search(text) and m.check_in < booking.check_out)
    ):
        check_out = m.check_in + (booking.check_out - booking.check_in)
    if not (m.check_in or m.check_out) and (added := nights_added(folded)):
        check_out = max(booking.check_out + dt.timedelta(days=added), check_in + dt.timedelta(days=1))
    if m.check_out and not m.check_in and check_out <= check_in:
        # "la salida al 24" for a stay in March: the 24th read as the next one from today is before the
        # arrival; the guest means the 24th after it (the change is shown and confirmed before it is made).
        check_out = _departure_after(check_in, named=m.check_out, text=text) or check_out
    adults = m.adults or booking.adults
    if people := people_added(folded):
        # "can we add a person?", "on peut ajouter deux personnes ?": on top of the booking's adults
        adults = booking.adults + people
    children = booking.children if m.children is None else m.children
    if (check_in, check_out, adults, children) == (
        booking.check_in,
        booking.check_out,
        booking.adults,
        booking.children,
    ):
        if _change_we_cannot_make(turn, booking):
            return
        turn.frame.stage = Stage.MODIFY_DETAILS
        turn.say(
            "ask_modification", reference=booking.reference, stay=_stay(turn, booking), room=booking.room_name
        )
        return
    if check_in < turn.today or check_out <= check_in:
        turn.frame.stage = Stage.MODIFY_DETAILS
        m.check_in = m.check_out = None
        turn.say(
            "date_in_past" if check_in < turn.today else "dates_out_of_order",
            check_in=turn.phrases.date(check_in, today=turn.today),
        )
        return
    m.check_in, m.check_out, m.adults, m.children = check_in, check_out, adults, children
    stay_text = turn.phrases.stay(
        check_in=check_in, check_out=check_out, adults=adults, children=children, today=turn.today
    )
    try:
        view = pms_gateway.quote_stay(
            hotel=turn.hotel,
            check_in=check_in,
            check_out=check_out,
            adults=adults,
            children=children,
            rooms=1,
            conversation=turn.conversation,
        )
    except (pms_gateway.StayNotBookable, pms_gateway.PartyTooLargeForOneRoom):
        turn.frame.stage = Stage.MODIFY_DETAILS
        turn.say("modify_unavailable", room=booking.room_name, stay=stay_text)
        return
    except pms_gateway.PmsError:
        turn.say("pms_read_unavailable")
        return
    # The same room type, priced by the fresh quote (a change never silently switches room).
    same_room = [o for o in view.offers if o.room_name == booking.room_name]
    if not same_room:
        all_lines = pms_gateway.lines_of_quote(quote_id=view.quote_id, room_name=booking.room_name)
        same_room = all_lines
    if not same_room:
        turn.frame.stage = Stage.MODIFY_DETAILS
        stay = turn.phrases.stay(
            check_in=check_in, check_out=check_out, adults=adults, children=children, today=turn.today
        )
        turn.say("modify_unavailable", room=booking.room_name, stay=stay)
        return
    offer = same_room[0]
    m.line_id = offer.line_id
    turn.progress = True
    text = turn.phrases.say(
        "modify_confirm",
        reference=booking.reference,
        room=booking.room_name,
        stay=turn.phrases.stay(
            check_in=check_in, check_out=check_out, adults=adults, children=children, today=turn.today
        ),
        total=turn.phrases.money(offer.total, offer.currency),
        **_price_difference(turn, booking=booking, offer=offer),
    )
    turn.frame.stage = Stage.MODIFY_CONFIRM
    turn.tell_facts(text, buttons=turn.yes_no_buttons("button_yes_change", "button_keep"))


def _price_difference(turn: Turn, *, booking: BookingView, offer: pms_gateway.OfferView) -> dict[str, str]:
    """The old total, how much more or less the change costs; nothing when the old total is not ours
    to state (a booking not made from one of our quotes, or in another currency)."""
    if booking.total is None or booking.currency != offer.currency:
        return {}
    delta = offer.total - booking.total
    return {
        "old_total": turn.phrases.money(booking.total, booking.currency),
        "difference": turn.phrases.money(abs(delta), offer.currency),
        "change": "more" if delta > 0 else ("less" if delta < 0 else "same"),
    }


def answer_modify(turn: Turn, *, yes: bool) -> None:
    m = turn.frame.manage
    booking = _current(turn)
    turn.progress = True
    turn.frame.stage = Stage.IDLE
    if booking is None:
        turn.say("booking_not_found")
        return
    if not yes:
        turn.frame.reset_manage()
        turn.say("modify_kept", reference=booking.reference)
        return
    assert m.check_in and m.check_out and m.adults
    quoted = pms_gateway.offer(line_id=m.line_id) if m.line_id else None
    try:
        changed = pms_gateway.modify(
            booking=booking,
            check_in=m.check_in,
            check_out=m.check_out,
            adults=m.adults,
            children=m.children or 0,
        )
    except pms_gateway.PmsUnavailable:
        turn.hand_off(
            HandoffReason.PMS_UNAVAILABLE, summary=f"change of {booking.reference} failed in the PMS"
        )
        return
    except pms_gateway.BookingNotPossible:
        turn.say("booking_not_active", reference=booking.reference)
        return
    except (pms_gateway.ChangeNotAvailable, pms_gateway.PmsError):
        stay = turn.phrases.stay(
            check_in=m.check_in,
            check_out=m.check_out,
            adults=m.adults,
            children=m.children or 0,
            today=turn.today,
        )
        turn.say("modify_unavailable", room=booking.room_name, stay=stay)
        turn.frame.stage = Stage.MODIFY_DETAILS
        return
    turn.frame.reset_manage()
    stay = _stay(turn, changed)
    if quoted is not None and changed.total is not None and changed.total == quoted.total:
        turn.say(
            "booking_modified_with_total",
            reference=changed.reference,
            stay=stay,
            total=turn.phrases.money(quoted.total, quoted.currency),
        )
    else:
        turn.say("booking_modified", reference=changed.reference, stay=stay)


def remind(turn: Turn) -> None:
    stage = turn.frame.stage
    if stage == Stage.MANAGE_LOOKUP:
        turn.say("ask_booking_reference")
    elif stage == Stage.MANAGE_IDENTITY:
        turn.say("identity_needed")
    elif stage == Stage.MANAGE_CHOOSE:
        turn.say("choose_booking_again")
    elif stage == Stage.MODIFY_DETAILS:
        booking = _current(turn)
        if booking:
            turn.say(
                "ask_modification",
                reference=booking.reference,
                stay=_stay(turn, booking),
                room=booking.room_name,
            )
    elif stage in (Stage.CANCEL_CONFIRM, Stage.MODIFY_CONFIRM):
        yes_key = "button_yes_cancel" if stage == Stage.CANCEL_CONFIRM else "button_yes_change"
        turn.add(
            OutgoingReply(
                text=turn.phrases.say("confirm_unclear_change"),
                buttons=turn.yes_no_buttons(yes_key, "button_keep"),
            )
        )
