"""Offers in the dialogue: only offers staff approved are proposed (after a booking), at the PMS's live
price; a yes is re-priced live and written to the PMS before it is confirmed, and a changed price is
told and asked again. The open proposal is kept in `DialogueFrame.offer_proposal_id`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import structlog

from conversations.engine.types import HandoffReason
from conversations.incoming import ReplyButton
from hotel_agent.errors import DomainError
from pms_bridge.errors import PmsError
from reservations.models import Reservation
from reservations.offers.models import OfferKind, OfferProposal
from reservations.offers.selectors import offers_for_reservation, proposal_open
from reservations.offers.services import (
    OfferFailed,
    OfferNotAvailable,
    OfferPriceChanged,
    offer_accept,
    offer_decline,
    offer_propose,
)

if TYPE_CHECKING:
    from conversations.engine.turn import Turn

log = structlog.get_logger(__name__)

YES, NO = "extra:yes", "extra:no"


def _buttons(turn: Turn) -> tuple[ReplyButton, ...]:
    return (
        ReplyButton(id=YES, title=turn.phrases.button_title("button_yes_add")),
        ReplyButton(id=NO, title=turn.phrases.button_title("button_no")),
    )


def _price(turn: Turn, proposal: OfferProposal) -> str:
    return turn.phrases.money(proposal.quoted_total, proposal.currency)


def propose_after_booking(turn: Turn, *, reservation_id: int) -> None:
    """Propose the first approved offer that fits the new booking and the PMS still sells."""
    _propose(turn, reservation=Reservation.objects.select_related("hotel").get(pk=reservation_id))


def _propose(turn: Turn, *, reservation: Reservation, kind: str = "") -> None:
    for offer in offers_for_reservation(reservation=reservation):
        if kind and offer.kind != kind:
            continue
        try:
            proposal = offer_propose(offer=offer, reservation=reservation, conversation=turn.conversation)
        except (DomainError, PmsError) as exc:
            log.info("engine.offer_skipped", offer_id=offer.pk, reason=type(exc).__name__)
            continue
        turn.say(
            f"offer_{offer.kind}",
            name=offer.name,
            reference=reservation.reference,
            price=_price(turn, proposal),
            plus_tax=not offer.taxes_included,
            buttons=_buttons(turn),
        )
        turn.frame.offer_proposal_id = proposal.pk
        return


# A question answered from the facts that an approved offer of this kind completes.
OFFER_KIND_OF_TOPIC = {"breakfast": OfferKind.BREAKFAST, "checkin_checkout_times": OfferKind.LATE_CHECKOUT}


def propose_after_question(turn: Turn) -> None:
    """After the facts answered a question about breakfast or check-out times: the approved offer of that
    kind for the guest's confirmed booking made in this conversation, if it was never proposed for it."""
    kind = OFFER_KIND_OF_TOPIC.get(turn.understanding.faq_topic or "")
    if kind is None or turn.frame.offer_proposal_id or turn.handoff_reason:
        return
    reservation = (
        Reservation.objects.select_related("hotel")
        .filter(conversation=turn.conversation, state=Reservation.State.CONFIRMED, check_out__gt=turn.today)
        .order_by("check_in")
        .first()
    )
    if reservation is not None:
        _propose(turn, reservation=reservation, kind=kind)


def is_answer(payload: str) -> bool:
    return payload in (YES, NO)


def answer(turn: Turn, *, yes: bool) -> None:
    """The guest's answer to the open proposal."""
    proposal_id = turn.frame.offer_proposal_id
    turn.frame.offer_proposal_id = None
    proposal = proposal_open(proposal_id=proposal_id) if proposal_id else None
    if proposal is None:
        turn.say("button_out_of_date")
        return
    offer, reservation = proposal.offer, proposal.reservation
    turn.progress = True
    if not yes:
        offer_decline(proposal_id=proposal.pk)
        turn.say("offer_declined")
        return
    try:
        accepted = offer_accept(proposal_id=proposal.pk)
    except OfferPriceChanged as exc:
        turn.frame.offer_proposal_id = proposal.pk
        turn.say(
            "offer_price_changed",
            name=offer.name,
            price=_price(turn, exc.proposal),
            plus_tax=not offer.taxes_included,
            buttons=_buttons(turn),
        )
        return
    except OfferNotAvailable:
        turn.say("offer_unavailable", name=offer.name)
        return
    except (OfferFailed, PmsError):
        turn.hand_off(
            HandoffReason.PMS_UNAVAILABLE,
            summary=f"the guest accepted {offer.name} for {reservation.reference}; the PMS did not take it",
        )
        return
    total = accepted.booking_total_after if accepted.booking_total_after is not None else reservation.amount
    turn.say(
        "offer_accepted",
        name=offer.name,
        reference=reservation.reference,
        total=turn.phrases.money(total, reservation.currency),
    )
