"""The guest's name, e-mail (and phone when the channel has none) for a booking, asked two at a time."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from conversations.engine.faq import has_question_word
from conversations.engine.pms_gateway import OfferView
from conversations.engine.policies import LOW_CONFIDENCE
from conversations.engine.turn import Turn
from conversations.incoming import OutgoingReply

_EMAIL_LIKE = re.compile(r"[^\s@,;:<>()]+@[^\s@,;:<>()]+")
# A name typed on its own: two to five words of letters (apostrophes and hyphens allowed).
_NAME_ALONE = re.compile(
    r"^\s*([^\W\d_][^\W\d_'\u2019.-]*(?:\s+[^\W\d_][^\W\d_'\u2019.-]*){1,4})\s*[.!]?\s*$", re.UNICODE
)

# Short words that do belong in names ("María de la O", "Van der Berg").
_NAME_PARTICLES = frozenset(
    {"de", "da", "do", "di", "du", "la", "le", "el", "y", "e", "van", "von", "der", "den", "del"}
)


def _looks_like_name(text: str) -> bool:
    """Capitalised words, or lower-case words none of which is a short non-name word ("no sé", "ya")."""
    words = text.split()
    if all(w[:1].isupper() for w in words if w.lower() not in _NAME_PARTICLES):
        return True
    return all(len(w) > 2 or w.lower() in _NAME_PARTICLES for w in words)


# One word written as a name ("Peter", "Javier"): capitalised letters only, three or more.
_ONE_NAME = re.compile(r"^[^\W\d_][^\W\d_'\u2019-]{2,}$", re.UNICODE)
# Readings that make one word something else than a name when sure enough ("Vale", "Gracias", "Hola").
_NOT_A_NAME_INTENTS = frozenset(
    {"affirm", "deny", "thanks_goodbye", "greeting", "handoff_request", "complaint", "faq"}
)
SURE_NOT_A_NAME = 0.6


def _first_name_alone(turn: Turn, text: str) -> bool:
    """A first name typed alone when the name is asked ("Peter"): kept, and the last name asked for,
    rather than "not understood" (the understanding reads one word as no name: too often it is not)."""
    u = turn.understanding
    if not _ONE_NAME.match(text) or not (text[0].isupper() and text[1:].islower()):
        return False
    return not (u.intent in _NOT_A_NAME_INTENTS and u.confidence >= SURE_NOT_A_NAME)


def _full_name(name: str) -> bool:
    return len(name.split()) >= 2


def ask_guest_details(turn: Turn, *, chosen: OfferView | None = None, again: bool = False) -> None:
    """Ask for at most two missing details at a time: name and e-mail, then the phone if needed.

    `again`: the question repeated after an answer not understood, without the "Great," that welcomes a choice."""
    b = turn.frame.booking
    phone_needed = not turn.guest_phone and not b.phone
    if b.guest_name and _full_name(b.guest_name) and b.email and not phone_needed:
        from conversations.engine.booking_confirmation import show_summary

        show_summary(turn)
        return
    room = chosen.room_name if chosen else ""
    if not b.guest_name and not b.email:
        turn.say("ask_name_and_email_again" if again else "ask_name_and_email", room=room)
        return
    if not b.guest_name:
        ask = turn.phrases.say("ask_name")
    elif not _full_name(b.guest_name):
        ask = turn.phrases.say("ask_last_name")
    elif not b.email:
        ask = turn.phrases.say("ask_email", name=b.guest_name)
    else:
        ask = turn.phrases.say("ask_phone")
    # The room just chosen is named first, as when both details are asked ("Great, Doble."): a name
    # known from a signature or an e-mail given earlier leaves only the other detail to ask.
    chosen_text = turn.phrases.say("room_chosen", room=room) if room else ""
    turn.add(OutgoingReply(text=f"{chosen_text} {ask}" if chosen_text else ask))


def absorb_guest_details(turn: Turn) -> bool:
    """Take a name and/or e-mail from the message; True when the message was about them."""
    u, b = turn.understanding, turn.frame.booking
    text = turn.message.text or ""
    email = u.email or (_EMAIL_LIKE.search(text).group(0) if _EMAIL_LIKE.search(text) else "")  # type: ignore[union-attr]
    name = (u.guest_name or "").strip()
    if not name:
        rest = _EMAIL_LIKE.sub(" ", text).replace(",", " ").strip()
        # A yes/no read with little confidence is no reason to doubt a name ("Marco Rossi" read as affirm).
        confident_other = (u.intent in ("affirm", "deny") and u.confidence >= LOW_CONFIDENCE) or (
            u.intent == "faq" and u.confidence >= 0.6
        )
        if (
            not b.guest_name
            and _NAME_ALONE.match(rest)
            and not confident_other
            and _looks_like_name(rest)
            and not (rest.islower() and has_question_word(rest, language=turn.language))
        ):  # "cuanto sale la cuna" typed when the name is asked is a question, not "Cuanto Sale La Cuna"
            name = " ".join(rest.split()).rstrip(".!")
        elif not b.guest_name and _first_name_alone(turn, rest.rstrip(".!")):
            name = rest.rstrip(".!")  # "Peter": the last name is asked next
    touched = False
    if turn.understanding.phone and not turn.guest_phone:
        b.phone = turn.understanding.phone
        touched = True
    if b.guest_name and not _full_name(b.guest_name) and not name and not email:
        rest = text.strip().rstrip(".!")
        if _NAME_ALONE.match(rest + " x") or re.fullmatch(r"[^\W\d_][^\W\d_'\u2019-]*", rest):
            name = f"{b.guest_name} {rest}"
    if email:
        email = email.strip().rstrip(".").lower()
        try:
            validate_email(email)
        except ValidationError:
            if name:
                b.guest_name = name.title() if name.islower() else name
            turn.say("email_invalid")
            return True
        b.email = email
        if email not in turn.frame.verified_emails:
            turn.frame.verified_emails.append(email)
        touched = True
    if name and b.guest_name and not _full_name(b.guest_name) and not _full_name(name):
        # "Jones" after "Peter" and "could you also tell me your last name?": the whole name.
        name = name if name.lower() == b.guest_name.lower() else f"{b.guest_name} {name}"
    if name:
        b.guest_name = name.title() if name.islower() else name
        touched = True
    if touched:
        turn.progress = True
        ask_guest_details(turn)
    return touched


def correct_details(turn: Turn) -> bool:
    """Another e-mail or name sent while the summary awaits a yes ("no wait, change the email to
    mark.twain@gmail.com"): the details change and the summary is shown again (it was taken as the
    yes and booked with the old e-mail)."""
    u, b = turn.understanding, turn.frame.booking
    text = turn.message.text or ""
    written = _EMAIL_LIKE.search(text)
    email = (u.email or (written.group(0) if written else "")).strip().rstrip(".").lower()
    if not ((email and email != b.email) or (u.guest_name and u.guest_name != b.guest_name)):
        return False
    return absorb_guest_details(turn)


def remember_contact(turn: Turn) -> None:
    """A name or e-mail given with the stay request ("Me llamo Ana García, quiero una doble...", a
    signature) is kept, so that later only what is missing is asked."""
    u, b = turn.understanding, turn.frame.booking
    if u.guest_name and not b.guest_name:
        b.guest_name = u.guest_name
    if u.email and not b.email:
        try:
            validate_email(u.email)
        except ValidationError:
            return
        b.email = u.email
        if u.email not in turn.frame.verified_emails:
            turn.frame.verified_emails.append(u.email)
