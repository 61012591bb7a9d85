"""The end of making a booking: the summary with its cancellation terms, the guest's yes or no to it,
and the booking written once to the PMS and confirmed with its reference."""

from __future__ import annotations

import structlog

from conversations.engine import pms_gateway
from conversations.engine.after_booking import after_booking
from conversations.engine.booking_email import confirmation_email_add
from conversations.engine.booking_flow import continue_booking, present_offers, stay_text
from conversations.engine.cancellation_terms import terms_sentence
from conversations.engine.frame import Stage
from conversations.engine.turn import Turn
from conversations.engine.types import HandoffReason

log = structlog.get_logger(__name__)


def show_summary(turn: Turn) -> None:
    b, phrases = turn.frame.booking, turn.phrases
    chosen = pms_gateway.offer(line_id=b.chosen_line_id) if b.chosen_line_id else None
    if chosen is None:
        continue_booking(turn)
        return
    terms = pms_gateway.cancellation_terms(hotel=turn.hotel, check_in=chosen.check_in)
    policy = terms_sentence(turn, terms)
    text = phrases.say(
        "booking_summary",
        room=chosen.room_name,
        rooms=chosen.rooms,
        stay=stay_text(turn, chosen),
        name=b.guest_name,
        email=b.email,
        phone="" if turn.guest_phone else b.phone,  # the one asked for (the channel's goes unsaid)
        total=phrases.money(chosen.total, chosen.currency),
        policy=policy,
    )
    turn.frame.stage = Stage.BOOKING_CONFIRM
    turn.tell_facts(text, buttons=turn.yes_no_buttons("button_yes_book", "button_no"))


def confirm_booking(turn: Turn) -> None:
    b = turn.frame.booking
    chosen = pms_gateway.offer(line_id=b.chosen_line_id) if b.chosen_line_id else None
    if chosen is None:
        continue_booking(turn)
        return
    first_name, _, last_name = b.guest_name.partition(" ")
    try:
        booking = pms_gateway.book(
            line_id=chosen.line_id,
            first_name=first_name,
            last_name=last_name,
            email=b.email,
            phone=turn.guest_phone or b.phone,
            idempotency_key=f"conversation-{turn.conversation.pk}-quote-line-{chosen.line_id}",
            conversation=turn.conversation,
        )
    except pms_gateway.RoomPriceChanged as exc:
        intro = turn.phrases.say("price_changed", room=chosen.room_name)
        present_offers(turn, exc.fresh, intro=intro)
        return
    except pms_gateway.RoomGone as exc:
        intro = turn.phrases.say("room_gone", room=chosen.room_name)
        present_offers(turn, exc.fresh, intro=intro)
        return
    except pms_gateway.BookingNotPossible as exc:
        if exc.code == "booking_in_progress":
            turn.say("booking_busy")
            return
        if exc.code == "party_not_recorded":
            # The PMS booked another party than asked; that booking was cancelled again, a person makes it.
            turn.hand_off(
                HandoffReason.PMS_UNAVAILABLE,
                summary="the PMS recorded another party than asked (children or adults); "
                "its booking was cancelled again: book it by hand",
            )
            return
        b.email = ""
        turn.frame.stage = Stage.GUEST_DETAILS
        turn.say("booking_refused")
        return
    except pms_gateway.PmsError as exc:
        log.warning("engine.booking_failed", error=type(exc).__name__, conversation_id=turn.conversation.pk)
        turn.hand_off(HandoffReason.PMS_UNAVAILABLE, summary="booking could not be written to the PMS")
        return
    b.reference = booking.reference
    turn.frame.stage = Stage.BOOKED
    turn.progress = True
    stay, total = stay_text(turn, chosen), turn.phrases.money(chosen.total, chosen.currency)
    terms = pms_gateway.cancellation_terms(hotel=turn.hotel, check_in=chosen.check_in)
    emailed = confirmation_email_add(
        turn,
        reference=booking.reference,
        room=chosen.room_name,
        stay=stay,
        total=total,
        policy=terms_sentence(turn, terms),
    )
    text = turn.phrases.say(
        "booking_confirmed",
        reference=booking.reference,
        room=chosen.room_name,
        rooms=chosen.rooms,
        stay=stay,
        total=total,
        email=b.email,
        emailed=emailed,
    )
    turn.tell_facts(text)
    after_booking(turn, reservation_id=booking.reservation_id)


def decline_booking(turn: Turn) -> None:
    turn.frame.stage = Stage.OFFERS if turn.frame.booking.offer_line_ids else Stage.BOOKING_SLOTS
    turn.frame.booking.chosen_line_id = None
    turn.progress = True
    turn.say("booking_declined")
