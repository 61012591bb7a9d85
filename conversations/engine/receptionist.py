"""The receptionist: one guest message in, its decision out (replies, maybe a handoff, new memory).

The record (`conversations.services`) calls `respond` under the conversation's lock with no database
transaction open (PMS reads and writes and the LLM run here); it stores the returned dialogue state,
language and replies in a short transaction afterwards. Nothing given to `respond` is changed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import structlog

from conversations.engine import (
    booking_extras,
    booking_flow,
    cancel_and_rebook,
    deposit_flow,
    faq,
    guest_details,
    manage_flow,
    offer_choice,
    offer_flow,
    stage_answers,
    voice,
)
from conversations.engine.expecting import question_pending
from conversations.engine.frame import BookingFrame, DialogueFrame, Stage
from conversations.engine.language_variant import language_variant
from conversations.engine.llm import polish_replies
from conversations.engine.policies import (
    LOW_CONFIDENCE,
    LOW_CONFIDENCE_TURNS,
    NO_PROGRESS_TURNS,
    hotel_today,
    is_money_question,
    is_refund_or_money_dispute,
)
from conversations.engine.replies import Phrasebook
from conversations.engine.room_request import room_kind_asked
from conversations.engine.stage_answers import QUESTION_INTENTS
from conversations.engine.stay_corrections import names_no_month
from conversations.engine.turn import Turn
from conversations.engine.types import EngineTurn, HandoffReason
from conversations.incoming import Channel, MessageKind, OutgoingReply
from conversations.nlu.rules import asks_about_another_guest
from conversations.nlu.text import fold
from conversations.nlu.types import LANGUAGES, Understanding

if TYPE_CHECKING:
    from conversations.models import Conversation, Message

log = structlog.get_logger(__name__)

# Kinds whose text the engine reads (a voice note arrives with its transcript as text).
READABLE_KINDS = frozenset(
    {MessageKind.TEXT, MessageKind.BUTTON_REPLY, MessageKind.LIST_REPLY, MessageKind.AUDIO}
)
SILENT_KINDS = frozenset({MessageKind.REACTION})
# Intents that are neither progress nor a failure to understand.
NEUTRAL_INTENTS = frozenset({"greeting", "thanks_goodbye"})
SURE_ESCALATION = 0.75
SURE_OTHER = 0.8  # "other" below this is a message not understood, above it a clear out-of-scope one


def respond(*, conversation: Conversation, message: Message, **_: Any) -> EngineTurn:
    hotel = conversation.hotel
    if message.kind in SILENT_KINDS:
        return EngineTurn(dialogue_state=dict(conversation.dialogue_state), language=conversation.language)
    frame = DialogueFrame.from_state(conversation.dialogue_state)
    language = conversation.language if conversation.language in LANGUAGES else hotel.default_language
    text = (message.text or "").strip()
    payload_id = (message.payload_id or "").strip()
    today = hotel_today(hotel)
    proof = deposit_flow.proof_turn(
        conversation=conversation, message=message, frame=frame, language=language
    )
    if proof is not None:  # a deposit's proof of payment: kept for staff, acknowledged
        return proof
    if voice.is_unusable_voice_note(message):
        return voice.unusable_voice_note_turn(
            conversation=conversation, message=message, frame=frame, language=language
        )
    if message.kind not in READABLE_KINDS or not (text or payload_id):
        phrases = Phrasebook(hotel=hotel, language=language, variant=frame.language_variant)
        return EngineTurn(
            dialogue_state=frame.to_state(),
            language=phrases.language,
            replies=(OutgoingReply(text=phrases.say("unsupported_kind")),),
        )

    understanding = _understand(
        text=text,
        payload_id=payload_id,
        today=today,
        conversation=conversation,
        language=language,
        expecting=frame.expecting,
    )
    if (
        conversation.language in LANGUAGES
        and _not_understood(understanding)
        and not _states_anything(understanding)
    ):
        # Gibberish or an emoji is no reason to switch the conversation's language.
        understanding = replace(understanding, lang=conversation.language)
    guest_phone = _guest_phone(conversation)
    frame.language_variant = language_variant(
        text=text, language=understanding.lang, phone=guest_phone, before=frame.language_variant
    )
    phrases = Phrasebook(hotel=hotel, language=understanding.lang, variant=frame.language_variant)
    turn = Turn(
        hotel=hotel,
        conversation=conversation,
        message=message,
        frame=frame,
        phrases=phrases,
        today=today,
        understanding=understanding,
        payload_id=payload_id,
        guest_phone=guest_phone,
        fact_before=frame.last_fact_id,
    )
    frame.last_fact_id = None  # set again only if this turn tells one fact
    voice.note_readable_message(message=message, frame=frame)
    if voice.asks_for_voice(text) and _only_asks_for_voice(understanding):
        turn.add(OutgoingReply(text=phrases.say("voice_replies_on")))
        turn.progress = True  # understood and done: not a turn "not understood"
    else:
        _take_all(turn)
    _apply_counters(turn)
    frame.expecting = "" if turn.handoff_reason else question_pending(frame, guest_phone=turn.guest_phone)
    replies = polish_replies(turn)
    log.info(
        "engine.decided",
        conversation_id=conversation.pk,
        intent=understanding.intent,
        stage=frame.stage,
        replies=len(replies),
        handoff=turn.handoff_reason or "",
    )
    return EngineTurn(
        dialogue_state=frame.to_state(),
        language=phrases.language,
        replies=tuple(replies),
        handoff_reason=turn.handoff_reason,
        handoff_summary=turn.handoff_summary,
        # The handoff is kept with the understanding so a replay knows which turn handed off.
        understanding={
            **understanding.as_contract(message.pk),
            "stage": frame.stage,
            "handoff": turn.handoff_reason or "",
        },
        emails=tuple(turn.emails),
        voice_reply=voice.speak_reply(conversation=conversation, message=message, frame=frame),
    )


def _only_asks_for_voice(u: Understanding) -> bool:
    """ "Answer me with voice notes" and nothing else to act on: acknowledged, not "not understood".
    The intent model reads "respond to me with voice notes" as asking for someone (`handoff_request`)
    or, with no date or party in it, as a room request: neither has anything to act on."""
    return (
        u.intent in QUESTION_INTENTS | {"handoff_request"} | BOOKING_INTENTS
        and not _states_anything(u)
        and not u.guest_name
    )


def _not_understood(u: Understanding) -> bool:
    return u.confidence < LOW_CONFIDENCE or (u.intent == "other" and u.confidence < SURE_OTHER)


def _missed_answer(turn: Turn) -> bool:
    """A question was open (`frame.expecting`, still the last turn's while this one is decided) and the
    message neither answers it nor asks anything: not understood, however sure the model is of `other`."""
    u = turn.understanding
    return bool(turn.frame.expecting) and u.intent == "other" and not _states_anything(u) and not u.guest_name


def _states_anything(u: Understanding) -> bool:
    return any(
        v is not None
        for v in (u.check_in, u.check_out, u.nights, u.adults, u.children, u.rooms, u.email, u.booking_ref)
    )


def _bare_words(turn: Turn) -> bool:
    """A word or two, no question, while a question of a booking is open ("Peter" among the offers):
    a misread answer, not a subject the hotel does not handle."""
    text = turn.message.text or ""
    open_question = turn.frame.stage in Stage.BOOKING_STAGES | Stage.MANAGE_STAGES
    return open_question and "?" not in text and len(text.split()) <= 2


def _changes_the_stay_discussed(turn: Turn) -> bool:
    """A change asked with no dates, while a stay is being booked and no booking was made in this
    conversation nor named: a change of that stay ("oh wait, can we make it different dates" after the
    offers), not of a booking to look up (which would ask for its reference)."""
    u, frame = turn.understanding, turn.frame
    if frame.stage not in Stage.BOOKING_STAGES or frame.booking.reference or u.booking_ref:
        return False
    if booking_flow.has_stay_slots(turn) or frame.booking.check_in is None:
        return False
    text = turn.message.text or ""
    if u.intent == "booking_modify":
        return booking_flow.asks_other_dates(text, change_read=True)
    # "uy mejor otras fechas" reads as a no: a no to the dates, which names the other ones wanted
    return u.intent in ("other", "deny") and booking_flow.asks_other_dates(text)


def _names_a_stay(u: Understanding) -> bool:
    """An arrival with its departure or nights: a stay, not a day a question is about."""
    return u.check_in is not None and (u.check_out is not None or u.nights is not None)


def _guest_phone(conversation: Conversation) -> str:
    guest = conversation.guest
    return guest.phone if conversation.channel == Channel.WHATSAPP or guest.phone else ""


def _understand(
    *, text: str, payload_id: str, today: Any, conversation: Conversation, language: str, expecting: str
) -> Understanding:
    if payload_id:
        # A pressed button says exactly what it means; its title is not parsed again.
        return Understanding(lang=language, intent="other", confidence=1.0)
    from conversations.nlu import understand

    understood = understand(
        text,
        today=today,
        conversation_language=conversation.language or None,
        default_language=conversation.hotel.default_language,
        expecting=expecting or None,
    )
    if understood.extras.get("rooms_implied"):
        # "¿tenéis habitación doble?", "the double": one room meant, no count said. A new stay already defaults to
        # one room; as a count it would turn a choice among offers into a stay change, or shrink a two-room quote.
        understood = replace(understood, rooms=None)
    return understood


BOOKING_INTENTS = frozenset({"availability", "booking_create"})


def _take_all(turn: Turn) -> None:
    """The message's own request and every other one it carries, answered in this turn: FAQ questions
    first, then the main request (whose question to the guest comes last), then a handoff: of a complaint,
    or of the questions no fact answers beside a stay asked for (its offers come first)."""
    u = turn.understanding
    also = () if turn.payload_id else tuple(u.extras.get("also") or ())
    if not turn.payload_id and is_money_question(turn.message.text or ""):
        turn.hand_off(
            HandoffReason.REFUND_DISPUTE,
            summary=(turn.message.text or "")[:300],
            intro_key="handoff_intro_discount",  # a price asked for, not a charge disputed
        )
        return
    # Questions no fact answers beside a stay asked for go to reception after its offers, not instead.
    stay_asked = u.intent in BOOKING_INTENTS
    left = faq.Unanswered()
    if u.intent != "faq":  # an FAQ message has all its questions answered by `faq.answer` itself
        for request in also:
            if request["intent"] != "faq" or turn.handoff_reason:
                continue
            if stay_asked:
                asked = faq.answer_listed(turn, text=request["text"], topic=request["faq_topic"])
                left = faq.Unanswered(unknown=left.unknown + asked.unknown, again=left.again + asked.again)
            else:
                faq.answer(turn, text=request["text"], topic=request["faq_topic"])
    if turn.handoff_reason:
        return
    if u.intent in BOOKING_INTENTS and booking_flow.has_stay_slots(turn):
        faq.answer_beside_stay(turn)  # "we arrive around midnight on the 15th for 2 nights, OK?"
    new_stay = next((r for r in also if r["intent"] in BOOKING_INTENTS), None)
    if u.intent in BOOKING_INTENTS and any(r["intent"] == "booking_cancel" for r in also):
        cancel_and_rebook.start(turn, stay={name: getattr(u, name) for name in cancel_and_rebook.STAY_FIELDS})
    elif u.intent == "booking_cancel" and new_stay:
        cancel_and_rebook.start(turn, stay=new_stay)
    else:
        _take(turn)
        # A party or dates beside a change of a booking ("ho una prenotazione ..., posso aggiungere una
        # persona? diventiamo 3"), or a request with no dates beside a look-up, belong to that booking.
        about_a_booking = u.intent == "booking_modify" or (
            u.intent in manage_flow.ACTION_OF_INTENT and new_stay and new_stay.get("check_in") is None
        )
        if (
            new_stay
            and not about_a_booking
            and not turn.handoff_reason
            and turn.frame.stage not in Stage.BOOKING_STAGES
        ):
            _booking_request(turn)
    if not turn.handoff_reason:
        faq.hand_off_unanswered(turn, left)
    complaint = next((r for r in also if r["intent"] == "complaint"), None)
    if complaint and not turn.handoff_reason:
        money = is_refund_or_money_dispute(u, complaint.get("text", ""))
        turn.hand_off(
            HandoffReason.REFUND_DISPUTE if money else HandoffReason.COMPLAINT,
            summary=(turn.message.text or "")[:300],
        )


# A booking named ("mi reserva", "my booking"): a cancellation said while a stay is being booked is of a
# booking made before, looked up as usual.
_A_BOOKING = re.compile(
    r"(?<!\w)(?:reserva|reservas|booking|reservation|r[ée]servation|buchung|prenotazione)(?!\w)",
    re.IGNORECASE,
)


def _drops_the_stay_in_progress(turn: Turn) -> bool:
    """A cancellation while a stay is being booked, naming no booking, reference or e-mail."""
    u, frame = turn.understanding, turn.frame
    return (
        u.intent == "booking_cancel"
        and frame.stage in Stage.BOOKING_STAGES
        and not frame.booking.reference
        and not u.booking_ref
        and not u.email
        and not _A_BOOKING.search(turn.message.text or "")
    )


def _take(turn: Turn) -> None:
    """Decide what this message means here and now, and act on it."""
    u, frame = turn.understanding, turn.frame
    if turn.payload_id and stage_answers.take_payload(turn):
        return
    stay_talk = booking_flow.has_stay_slots(turn)
    # "somos tres" while choosing a room is a correction, however the understanding labels it.
    correction_in_flow = stay_talk and frame.stage in Stage.BOOKING_STAGES
    escalation = u.intent in ("handoff_request", "complaint") and not (
        (correction_in_flow and u.confidence < SURE_ESCALATION)
        or (u.intent == "complaint" and offer_choice.names_an_offered_room(turn))
    )
    # A short answer to the question just asked ("the first one", "yes") is read as that answer
    # unless the understanding is sure the guest is asking for a person or complaining.
    if not (escalation and u.confidence >= SURE_ESCALATION) and stage_answers.take_in_stage(turn):
        return
    # Rules that outrank any flow.
    if escalation and u.confidence >= LOW_CONFIDENCE:
        if u.intent == "handoff_request":
            turn.hand_off(HandoffReason.EXPLICIT_REQUEST, summary="the guest asked for a person")
        else:
            money = is_refund_or_money_dispute(u, turn.message.text or "")
            reason = HandoffReason.REFUND_DISPUTE if money else HandoffReason.COMPLAINT
            turn.hand_off(reason, summary=turn.message.text[:300])
        return
    if (
        u.intent == "availability"
        and not stay_talk
        # (a time of the year wished for is no question about a room: "Avete camere libere a fine giugno?" got the
        # Familiar's fact, its "fino a 5 persone" read as "fine")
        and not u.extras.get("rough_period")
        and frame.stage == Stage.IDLE
        and "?" in turn.message.text
        and faq.answer(turn, hand_off_unknown=False)
    ):
        # "¿Qué camas tiene la Familiar?" asks about a room, not for one: its room fact answers.
        return
    if u.intent in ("availability", "booking_create") or (
        stay_talk
        and frame.stage in Stage.BOOKING_STAGES
        and u.intent not in ("booking_cancel", "booking_status")
    ):
        _booking_request(turn)
        return
    if _changes_the_stay_discussed(turn):
        booking_flow.ask_new_dates(turn)  # "can we make it different dates" among the offers
        return
    if _drops_the_stay_in_progress(turn):
        # "cancela todo mejor, ya no vamos" while choosing a room: nothing is booked yet, so nothing to
        # look up; the stay being booked is let go.
        frame.booking = BookingFrame()
        frame.stage = Stage.IDLE
        turn.progress = True
        turn.say("booking_dropped")
        return
    if (
        u.intent in QUESTION_INTENTS | {"faq", "booking_modify"}
        and not stay_talk
        and booking_extras.asks_to_add(turn)
    ):
        booking_extras.take(turn)  # "tengo una reserva y quiero añadir el desayuno": a change for reception
        return
    if u.intent in manage_flow.ACTION_OF_INTENT:
        manage_flow.start(turn, action=manage_flow.ACTION_OF_INTENT[u.intent])
        return
    if u.intent == "other" and asks_about_another_guest(fold(turn.message.text or "")):
        # "dans quelle chambre dort M. Gaillard ?": why it can't be told, before any fact about visitors or arrivals.
        turn.say("another_guests_privacy")
        stage_answers.remind(turn)
        return
    # A question is read against the facts whatever the understanding called it ("Hola, ¿hay
    # lavandería?" may read as a greeting); the facts answer only what they hold.
    asks = "?" in turn.message.text and not stay_talk and u.intent in QUESTION_INTENTS
    if (u.intent == "faq" or asks) and faq.answer(turn):
        if turn.handoff_reason:
            return
        if frame.stage == Stage.IDLE and _names_a_stay(u):
            _booking_request(turn)  # "we arrive late on Jan 15 for 2 nights, is that ok?": the stay too
            return
        offer_flow.propose_after_question(turn)  # "¿hay desayuno?" with a booking: an approved offer
        stage_answers.remind(turn)
        return
    if u.intent == "greeting" and not _not_understood(u):
        # (an unsure greeting is what gibberish reads as, "qwxz zzkq": not understood, below)
        turn.say("greeting" if not frame.greeted and frame.stage == Stage.IDLE else "greeting_again")
        frame.greeted = True
        stage_answers.remind(turn)
        return
    if u.intent == "thanks_goodbye" and not _not_understood(u):
        turn.say("thanks_goodbye")
        return
    if u.intent in ("affirm", "deny") and frame.stage in (Stage.IDLE, Stage.BOOKED):
        turn.say("anything_else")
        return
    if stay_talk and frame.stage == Stage.IDLE:
        _booking_request(turn)
        return
    if _not_understood(u) or u.intent in ("affirm", "deny") or _missed_answer(turn) or _bare_words(turn):
        # With a question open, the question itself follows: an example of a room request would not fit
        # a guest asked for an e-mail or a booking number.
        open_question = frame.stage in Stage.BOOKING_STAGES | Stage.MANAGE_STAGES
        turn.say("not_understood_answer" if open_question else "not_understood")
        stage_answers.remind(turn)
        return
    turn.say("out_of_scope")
    stage_answers.remind(turn)


def _booking_request(turn: Turn) -> None:
    frame = turn.frame
    if frame.stage == Stage.BOOKED or frame.stage in Stage.MANAGE_STAGES:
        frame.start_booking_over()
        frame.reset_manage()
    u, b = turn.understanding, frame.booking
    no_new_dates = u.check_in is None and u.check_out is None and u.nights is None
    if no_new_dates and b.check_in and not names_no_month(turn.message.text or ""):
        # "otra vez para junio": a month or date the understanding could not pin down replaces the old
        # dates; the dialogue asks for the new ones rather than quote the old stay again.
        b.check_in = b.check_out = None
        b.forget_quote()
    # A room already chosen is kept through a change of the stay, unless this message names a room.
    keep_room = ""
    if frame.stage in (Stage.GUEST_DETAILS, Stage.BOOKING_CONFIRM) and not room_kind_asked(
        turn.message.text or ""
    ):
        keep_room = offer_choice.chosen_room_name(turn)
    guest_details.remember_contact(turn)
    changed = booking_flow.absorb_stay_slots(turn)
    if frame.stage == Stage.OFFERS and not changed and frame.booking.offer_line_ids:
        booking_flow.remind(turn)
        return
    if frame.stage in (Stage.GUEST_DETAILS, Stage.BOOKING_CONFIRM) and not changed:
        booking_flow.remind(turn)
        return
    booking_flow.continue_booking(turn, keep_room=keep_room)


def _apply_counters(turn: Turn) -> None:
    """Low confidence twice in a row, or three turns without progress: a person takes over."""
    frame, u = turn.frame, turn.understanding
    if turn.handoff_reason:
        frame.low_confidence_streak = frame.turns_without_progress = 0
        return
    not_understood = (
        not turn.payload_id and not turn.progress and (_not_understood(u) or _missed_answer(turn))
    )
    frame.low_confidence_streak = frame.low_confidence_streak + 1 if not_understood else 0
    if turn.progress:
        frame.turns_without_progress = 0
    elif u.intent not in NEUTRAL_INTENTS:
        frame.turns_without_progress += 1
    if frame.low_confidence_streak >= LOW_CONFIDENCE_TURNS:
        turn.replies.clear()
        turn.hand_off(HandoffReason.LOW_CONFIDENCE, summary="the agent did not understand twice in a row")
    elif frame.turns_without_progress >= NO_PROGRESS_TURNS:
        turn.replies.clear()
        turn.hand_off(HandoffReason.NO_PROGRESS, summary=f"no progress for {NO_PROGRESS_TURNS} turns")
    if turn.handoff_reason:
        frame.low_confidence_streak = frame.turns_without_progress = 0
