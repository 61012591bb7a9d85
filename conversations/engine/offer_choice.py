"""Choosing one of the offers shown: by its number or name in words, by its button, by a yes that can
only mean one of them, or by a name and e-mail sent with the offers open (going on with the offer meant)."""

from __future__ import annotations

import structlog

from conversations.engine import pms_gateway
from conversations.engine.booking_flow import (
    adults_said,
    continue_booking,
    offers_shown,
    present_offers,
    remind,
)
from conversations.engine.choice import index_of_choice, pick_by_room_name, pick_index
from conversations.engine.frame import Stage
from conversations.engine.guest_details import absorb_guest_details, ask_guest_details, remember_contact
from conversations.engine.pms_gateway import OfferView
from conversations.engine.room_request import room_is_kind, room_kind_asked
from conversations.engine.turn import Turn
from conversations.nlu.answers import asks_cheapest
from conversations.nlu.numbers import counts_in
from conversations.nlu.text import fold

log = structlog.get_logger(__name__)


def choose_offer_from_text(turn: Turn) -> bool:
    offers = offers_shown(turn)
    index = index_of_choice(turn.understanding.extras.get("choice"), totals=[o.total for o in offers])
    if index is None:
        index = pick_index(
            turn.message.text or "", language=turn.language, names=[o.room_name for o in offers]
        )
    if index is None:
        return False
    choose_offer(turn, offers[index])
    return True


def _offer_meant(turn: Turn) -> OfferView | None:
    """The offer a yes can only mean: the single one shown, or the only one of the kind of room the
    guest asked for ("ein Einzelzimmer" ... "ok nehme ich")."""
    offers = offers_shown(turn)
    named = room_kind_asked(turn.message.text or "")
    if named and not any(room_is_kind(offer.room_name, named) for offer in offers):
        return None  # "we'll take the double" when no double is offered: not a yes to what is
    kind = turn.frame.booking.room_kind
    of_kind = [offer for offer in offers if room_is_kind(offer.room_name, kind)]
    if len(offers) == 1:
        return offers[0]
    return of_kind[0] if len(of_kind) == 1 else None


def choose_the_offer_meant(turn: Turn) -> bool:
    """A yes to the offers ("ja passt", "ok nehme ich") chooses the one it can only mean."""
    meant = _offer_meant(turn)
    if meant is None:
        return False
    choose_offer(turn, meant)
    return True


def details_ahead(turn: Turn) -> bool:
    """A name or e-mail sent before the booking asks for them, while the stay or the choice is awaited
    ("Müller, anna.mueller@web.de"): with an offer the guest can only mean they go on with it;
    otherwise they are kept (not asked again later) and the open question is asked again."""
    if not (turn.understanding.email or turn.understanding.guest_name):
        return False
    meant = _offer_meant(turn) if turn.frame.stage == Stage.OFFERS else None
    if meant is None:
        remember_contact(turn)
        turn.progress = True
        remind(turn)
        return True
    turn.frame.booking.chosen_line_id = meant.line_id
    turn.frame.stage = Stage.GUEST_DETAILS
    if not absorb_guest_details(turn):
        ask_guest_details(turn, chosen=meant)
    return True


def chosen_room_name(turn: Turn) -> str:
    """The name of the room the guest has chosen ("" when none is chosen or its offer is gone)."""
    line_id = turn.frame.booking.chosen_line_id
    chosen = pms_gateway.offer(line_id=line_id) if line_id else None
    return chosen.room_name if chosen else ""


def choose_other_room_from_text(turn: Turn, *, only_another: bool = False) -> bool:
    """While name and e-mail are asked, a message naming one of the offered rooms ("the double",
    "mejor la familiar", "perdona, mejor la primera") chooses that room (the name question follows
    again), never becomes the name. `only_another`: a room other than the one chosen (the summary
    awaits a yes: "no aspetta, meglio la prima" changes the room, "sì, la doble" is the yes)."""
    offers = offers_shown(turn)
    index = pick_by_room_name(
        turn.message.text or "", names=[o.room_name for o in offers], language=turn.language
    )
    if index is None or (only_another and offers[index].line_id == turn.frame.booking.chosen_line_id):
        return False
    choose_offer(turn, offers[index])
    return True


def names_an_offered_room(turn: Turn) -> bool:
    """A message of a few words naming one of the rooms on offer ("the executive room", "doch Delux"), while the
    offers are open or the chosen one awaits the guest's details: the answer to the choice, however sure the
    understanding is of a complaint (no stay has begun to complain of)."""
    text = turn.message.text or ""
    if (
        turn.frame.stage not in (Stage.OFFERS, Stage.GUEST_DETAILS, Stage.BOOKING_CONFIRM)
        or len(text.split()) > 4
    ):
        return False
    names = [o.room_name for o in offers_shown(turn)]
    return pick_by_room_name(text, names=names, language=turn.language) is not None


def choose_offer_by_payload(turn: Turn, line_id: int) -> bool:
    if line_id not in turn.frame.booking.offer_line_ids:
        return False
    chosen = pms_gateway.offer(line_id=line_id)
    if chosen is None:
        return False
    choose_offer(turn, chosen)
    return True


def choose_offer(turn: Turn, chosen: OfferView) -> None:
    b = turn.frame.booking
    b.chosen_line_id = chosen.line_id
    turn.progress = True
    turn.frame.stage = Stage.GUEST_DETAILS
    # "ok prendo la singola. Luca Bianchi luca.bianchi@gmail.com": the details said with the choice
    # are kept, so only what is missing is asked (they were asked for again, and the guest's "sì" lost).
    # Only with an e-mail: a name read alone beside the room may be the room's ("doch Delux").
    if turn.understanding.email:
        remember_contact(turn)
    ask_guest_details(turn, chosen=chosen)


def _party_named(turn: Turn, folded: str) -> int:
    """The party a question about the offers names ("the three of us", "nós três"): the understanding's,
    else the one count the message says; 0 when it names none."""
    u = turn.understanding
    if u.adults is not None or u.children is not None:
        # "the four of us": the whole party, the children quoted among them
        return (adults_said(turn) or turn.frame.booking.adults or 0) + (
            u.children if u.children is not None else turn.frame.booking.children or 0
        )
    # "the cheapest one", "o mais barato de todos": a one is the offer, not a party of one.
    counts = [count for count in counts_in(folded) if count >= 2]
    return counts[0] if len(counts) == 1 else 0


def choose_cheapest_for_party(turn: Turn) -> bool:
    """ "qual o mais barato que cabe nós três?" among the offers: the cheapest offer for that party. The
    quote lines say no room's capacity, so a party other than the one quoted is quoted again (the PMS
    offers only rooms it fits) and the cheapest of that quote is taken; no one room takes the party: quoted in
    rooms enough for it; none free: said so, the offers kept. The party already quoted: the cheapest shown."""
    folded = fold(turn.message.text or "")
    if not asks_cheapest(folded):
        return False
    b = turn.frame.booking
    party, quoted = _party_named(turn, folded), (b.adults or 0) + (b.children or 0)
    offers = offers_shown(turn)
    if not offers:
        return False
    if not party or party == quoted:
        choose_offer(turn, min(offers, key=lambda o: o.total))
        return True
    if b.check_in is None or b.check_out is None:
        return False
    children = min(b.children or 0, party - 1)  # the children quoted stay children; one adult at least
    ages = tuple(b.child_ages[:children]) if len(b.child_ages) == (b.children or 0) else ()
    try:
        view = pms_gateway.quote_stay(
            hotel=turn.hotel,
            check_in=b.check_in,
            check_out=b.check_out,
            adults=party - children,
            children=children,
            child_ages=ages,  # a PMS that prices children by age (QloApps) is asked with them, as at first
            rooms=b.rooms or 1,
            conversation=turn.conversation,
        )
    except pms_gateway.PartyTooLargeForOneRoom:
        # "the cheapest for the seven of us": no one room takes them, so the party is quoted as a booking of it
        # would be, split into rooms enough for it (or handed to reception when too large).
        b.adults, b.children, b.child_ages = party - children, children, list(ages)
        b.forget_quote()
        turn.progress = True
        continue_booking(turn)
        return True
    except pms_gateway.StayNotBookable:
        view = None
    except pms_gateway.PmsError as exc:
        log.warning("engine.quote_failed", error=type(exc).__name__, conversation_id=turn.conversation.pk)
        turn.say("pms_read_unavailable")
        return True
    turn.progress = True
    if view is None or not view.offers:
        turn.say("no_offer_fits_party", party=party)
        remind(turn)
        return True
    b.adults, b.children = party - children, children
    cheapest = min(view.offers, key=lambda o: o.total)
    present_offers(turn, view, keep_room=cheapest.room_name)  # that room at its price, then the details
    return True
