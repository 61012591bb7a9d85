"""Answers to the question just asked: a pressed button, or a short message that only makes sense as
the reply to the stage's open question ("the first one", "ja passt", a bare number, "yes")."""

from __future__ import annotations

from conversations.engine import (
    booking_confirmation,
    booking_flow,
    cancel_and_rebook,
    child_ages,
    faq,
    guest_details,
    manage_flow,
    offer_choice,
    offer_flow,
)
from conversations.engine.frame import Stage
from conversations.engine.room_request import room_is_kind, room_kind_asked
from conversations.engine.turn import Turn
from conversations.nlu.rules import confirms_it
from conversations.nlu.text import fold
from conversations.nlu.types import Understanding

YES_PAYLOADS, NO_PAYLOADS = frozenset({"yes"}), frozenset({"no"})
SURE_QUESTION = 0.5  # an FAQ reading this sure is a question about a room, not the choice of one
# Intents whose message may still be a question for the facts when it has a question mark.
QUESTION_INTENTS = frozenset({"other", "greeting", "thanks_goodbye", "affirm", "deny"})


def take_payload(turn: Turn) -> bool:
    payload, stage = turn.payload_id, turn.frame.stage
    if offer_flow.is_answer(payload):
        offer_flow.answer(turn, yes=payload == offer_flow.YES)
        return True
    if payload.startswith("offer:") and payload[6:].isdigit():
        if offer_choice.choose_offer_by_payload(turn, int(payload[6:])):
            return True
        turn.say("offer_expired")
        booking_flow.remind(turn)
        return True
    if payload.startswith("booking:"):
        return manage_flow.choose_candidate(turn, payload[8:])
    if payload in YES_PAYLOADS | NO_PAYLOADS:
        yes = payload in YES_PAYLOADS
        if stage == Stage.BOOKING_CONFIRM:
            booking_confirmation.confirm_booking(turn) if yes else booking_confirmation.decline_booking(turn)
            return True
        if stage == Stage.CANCEL_CONFIRM:
            cancel_and_rebook.answer_cancel(turn, yes=yes)
            return True
        if stage == Stage.MODIFY_CONFIRM:
            manage_flow.answer_modify(turn, yes=yes)
            return True
        if stage == Stage.BOOKED and yes:
            turn.say("already_booked", reference=turn.frame.booking.reference)
            return True
    turn.say("button_out_of_date")
    remind(turn)
    return True


def is_yes(u: Understanding, *, new_slots: bool) -> bool:
    return u.intent == "affirm" or (u.intent == "booking_create" and not new_slots)


def take_in_stage(turn: Turn) -> bool:
    """Answers that only make sense as a reply to the question just asked."""
    u, frame = turn.understanding, turn.frame
    stage = frame.stage
    new_slots = booking_flow.has_stay_slots(turn)
    if (
        frame.offer_proposal_id
        and stage in (Stage.BOOKED, Stage.IDLE)
        and (u.intent == "deny" or is_yes(u, new_slots=new_slots))
    ):
        offer_flow.answer(turn, yes=u.intent != "deny")
        return True
    if stage in (Stage.OFFERS, Stage.GUEST_DETAILS, Stage.BOOKING_CONFIRM) and child_ages.ages_told_unasked(
        turn
    ):
        turn.say("child_ages_noted", children=frame.booking.children)
        remind(turn)
        return True
    if stage == Stage.OFFERS and offer_choice.choose_cheapest_for_party(turn):
        return True  # "qual o mais barato que cabe nós três?": that offer, quoted for three if need be
    # "quanto fica?" with no fact just told is the price of the rooms being discussed.
    price_asked = not new_slots and turn.fact_before is None and faq.asks_a_price_only(turn)
    if stage == Stage.OFFERS and not new_slots and _price_of_one_offer_told(turn):
        return True
    if (
        stage == Stage.OFFERS
        and not new_slots
        # (just after a fact that gives no amount, "tenéis cuna?" answered, a night's price is the rooms')
        and not faq.fact_before_names_a_price(turn)
        and faq.asks_a_price_only(turn)
        and booking_flow.asks_per_night(turn.message.text or "")
        and booking_flow.tell_nightly_prices(turn)
    ):
        return True  # "y cuánto sale por noche?": each offer's price of a night, not the totals again
    if stage == Stage.OFFERS and price_asked:
        booking_flow.quote_and_offer(turn)  # the offers again, with their prices
        return True
    if (
        stage in (Stage.GUEST_DETAILS, Stage.BOOKING_CONFIRM)
        and price_asked
        and booking_flow.tell_chosen_price(turn)
    ):
        return True
    # (a room named while comparing may read as a room asked for: "o quarto duplo e a suite")
    if stage == Stage.OFFERS and u.check_in is None and u.check_out is None and _rooms_compared(turn):
        return True
    if stage == Stage.OFFERS and not new_slots and room_question_answered(turn, before_choice=True):
        return True
    if stage == Stage.OFFERS and not new_slots and offer_choice.choose_offer_from_text(turn):
        return True
    if stage in (Stage.BOOKING_SLOTS, Stage.OFFERS) and not new_slots and offer_choice.details_ahead(turn):
        return True
    if stage == Stage.OFFERS and not new_slots and room_question_answered(turn, before_choice=False):
        return True
    if stage == Stage.OFFERS and u.intent in ("booking_create", "affirm") and not new_slots:
        if not offer_choice.choose_the_offer_meant(turn):  # "ja passt" to one offer takes it
            booking_flow.remind(turn)
        return True
    if stage == Stage.GUEST_DETAILS and not new_slots and offer_choice.choose_other_room_from_text(turn):
        return True
    if (
        stage == Stage.GUEST_DETAILS
        and not (u.intent in ("faq", "booking_cancel", "booking_status") and u.confidence >= 0.6)
        and guest_details.absorb_guest_details(turn)
    ):
        return True
    if stage == Stage.BOOKING_CONFIRM and not new_slots:
        if guest_details.correct_details(turn):
            return True
        if offer_choice.choose_other_room_from_text(turn, only_another=True):
            return True  # "no aspetta, meglio la prima": that room, the summary shown again
        if is_yes(u, new_slots=new_slots):
            booking_confirmation.confirm_booking(turn)
            return True
        if u.intent == "deny":
            booking_confirmation.decline_booking(turn)
            return True
    if stage == Stage.BOOKED and is_yes(u, new_slots=new_slots) and u.intent == "affirm":
        turn.say("already_booked", reference=frame.booking.reference)
        return True
    if stage == Stage.BOOKING_SLOTS and child_ages.absorb_child_ages(turn):
        booking_flow.continue_booking(turn)
        return True
    if stage == Stage.BOOKING_SLOTS and not new_slots and booking_flow.absorb_bare_answer(turn):
        booking_flow.continue_booking(turn)
        return True
    if stage in (Stage.CANCEL_CONFIRM, Stage.MODIFY_CONFIRM) and (
        u.intent in ("affirm", "deny", "booking_cancel") or _confirms_it(turn, new_slots=new_slots)
    ):
        yes = u.intent != "deny"
        if stage == Stage.CANCEL_CONFIRM:
            cancel_and_rebook.answer_cancel(turn, yes=yes)
        elif u.intent != "booking_cancel":
            manage_flow.answer_modify(turn, yes=yes)
        else:
            return False
        return True
    if (
        stage in (Stage.MANAGE_LOOKUP, Stage.MANAGE_IDENTITY)
        and u.intent not in ("faq", "availability")
        and manage_flow.continue_lookup(turn)
    ):
        return True
    if stage == Stage.MANAGE_CHOOSE and manage_flow.choose_candidate_from_text(turn):
        return True
    if stage == Stage.MODIFY_DETAILS and manage_flow.room_or_holder_change(turn):
        return True
    if (
        stage in (Stage.MODIFY_DETAILS, Stage.MODIFY_CONFIRM)
        and new_slots
        and u.intent not in ("availability", "booking_create", "booking_cancel")
    ):
        return manage_flow.continue_modify(turn)
    return False


def _confirms_it(turn: Turn, *, new_slots: bool) -> bool:
    """ "perfetto, confermo!", "Great, we confirm." to the change or cancellation just shown: read as confirming a
    booking (no stay in it), it is the yes to what was asked."""
    u = turn.understanding
    return u.intent == "booking_create" and not new_slots and confirms_it(fold(turn.message.text or ""))


def _price_of_one_offer_told(turn: Turn) -> bool:
    """ "how much is the double?" among the offers: the price of the one offer of that kind, not
    every offer again; the kind is kept as the room asked for, so "ok we'll take it" chooses it."""
    kind = room_kind_asked(turn.message.text or "")
    if not kind or not faq.names_a_price(turn):
        return False
    of_kind = [o for o in booking_flow.offers_shown(turn) if room_is_kind(o.room_name, kind)]
    if len(of_kind) != 1:
        return False
    turn.frame.booking.room_kind = kind
    booking_flow.tell_offer_price(turn, of_kind[0])
    return True


def room_question_answered(turn: Turn, *, before_choice: bool) -> bool:
    """A question while the offers are open is answered from the facts and the choice asked again.
    Before the choice is read, a sure question about the hotel ("does the double have a balcony?":
    naming a room in it does not choose it), answered as any FAQ (a question no fact answers goes to
    reception); after it, any other question no choice reads, with facts found only ("what's the
    difference between the family and the suite?")."""
    u, text = turn.understanding, turn.message.text or ""
    if "?" not in text or u.extras.get("choice") is not None:
        return False
    if before_choice:
        if not (u.intent == "faq" and u.confidence >= SURE_QUESTION) or not faq.answer(turn):
            return False
    elif u.intent not in QUESTION_INTENTS | {"faq", "availability"} or not faq.answer(
        turn, hand_off_unknown=False
    ):
        return False
    if not turn.handoff_reason:
        booking_flow.remind(turn)
    return True


def _rooms_compared(turn: Turn) -> bool:
    """Two or more of the offered rooms compared: each one's fact, then the choice asked again."""
    if not faq.tell_rooms_compared(turn, offers=booking_flow.offers_shown(turn)):
        return False
    booking_flow.remind(turn)
    return True


def remind(turn: Turn) -> None:
    stage = turn.frame.stage
    if stage in Stage.BOOKING_STAGES:
        booking_flow.remind(turn)
    elif stage in Stage.MANAGE_STAGES:
        manage_flow.remind(turn)
