"""The cancellation terms of a stay in the guest's words: when a booking is summed up, cancelled or changed, and
beside the hotel's policy when a guest with a booking asks how cancelling works."""

from __future__ import annotations

from conversations.engine import pms_gateway
from conversations.engine.turn import Turn


def terms_sentence(turn: Turn, terms: pms_gateway.CancellationTerms, *, new_booking: bool = True) -> str:
    """The cancellation terms in a sentence. A booking being made inside the paying period is told so
    ("this close to arrival..."): "free cancellation ended on the 4th" confused a guest booking tonight."""
    if terms.free_until is None:
        return turn.phrases.say("policy_not_refundable")
    deadline = terms.free_until
    when = turn.phrases.say(
        "date_time",
        date=turn.phrases.date(deadline.date(), today=turn.today),
        time=deadline.strftime("%H:%M"),
    )
    if terms.free_now:
        return turn.phrases.say("policy_free_until", deadline=when)
    if new_booking:
        return turn.phrases.say("policy_penalty_new", nights=terms.penalty_nights)
    return turn.phrases.say("policy_penalty", deadline=when, nights=terms.penalty_nights)


def policy_sentence(turn: Turn, terms: pms_gateway.CancellationTerms) -> str:
    """The terms of a booking that exists (cancelling or changing it)."""
    return terms_sentence(turn, terms, new_booking=False)


def booking_terms_sentence(turn: Turn) -> str:
    """ "Your booking ABC123: free cancellation until 8 June at 14:00.", for the guest's one upcoming booking (the one
    this conversation made or looked up, else the only one under the guest's number); "" when there is none."""
    booking = _upcoming_booking(turn)
    if booking is None:
        return ""
    terms = pms_gateway.cancellation_terms(hotel=turn.hotel, check_in=booking.check_in)
    policy = policy_sentence(turn, terms)
    if turn.phrases.language != "de" and policy[1:2].islower():
        # after "For your booking ABC123:" the sentence goes on in lower case, as these languages write it; German
        # keeps a whole sentence's capital after a colon
        policy = policy[:1].lower() + policy[1:]
    return turn.phrases.say("policy_of_booking", reference=booking.reference, policy=policy)


def _upcoming_booking(turn: Turn) -> pms_gateway.BookingView | None:
    def upcoming(booking: pms_gateway.BookingView | None) -> bool:
        return booking is not None and booking.active and booking.check_in >= turn.today

    for reference in (turn.frame.booking.reference, turn.frame.manage.reference):
        if reference and upcoming(
            found := pms_gateway.find_by_reference(hotel=turn.hotel, reference=reference)
        ):
            return found
    if not turn.guest_phone:
        return None
    mine = [
        b
        for b in pms_gateway.find_by_contact(hotel=turn.hotel, phone=turn.guest_phone, email="")
        if upcoming(b)
    ]
    return mine[0] if len(mine) == 1 else None
