"""Making a booking: dates and guests → up to three live offers → choice (`offer_choice`) → name and
e-mail → summary → an explicit yes → the booking, created once, confirmed with the PMS reference
(`booking_confirmation`)."""

from __future__ import annotations

import datetime as dt
import re

import structlog

from conversations.engine import child_ages, faq, pms_gateway
from conversations.engine.frame import BookingFrame, Stage
from conversations.engine.guest_details import ask_guest_details
from conversations.engine.pms_gateway import OfferView, QuoteView
from conversations.engine.policies import group_too_large
from conversations.engine.room_request import room_is_kind, room_kind_asked
from conversations.engine.stay_corrections import (
    add_adjacent_night,
    anchor_bare_days,
    keep_one_night,
    remember_month_asked,
)
from conversations.engine.turn import Turn
from conversations.engine.types import HandoffReason
from conversations.incoming import OutgoingReply, ReplyButton
from conversations.nlu.guests import says_adults
from conversations.nlu.text import fold

log = structlog.get_logger(__name__)

MAX_NIGHTS = 30
_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\s*$")


def has_stay_slots(turn: Turn) -> bool:
    u = turn.understanding
    return any(v is not None for v in (u.check_in, u.check_out, u.nights, u.adults, u.children, u.rooms))


def absorb_stay_slots(turn: Turn) -> bool:
    """Merge what the guest said about the stay into the frame; True when the stay changed."""
    remember_month_asked(turn)
    anchor_bare_days(turn)
    keep_one_night(turn)
    add_adjacent_night(turn)
    u, b = turn.understanding, turn.frame.booking
    before = (*b.stay_key(), b.nights)
    old_length = (b.check_out - b.check_in).days if b.check_in and b.check_out else b.nights
    if u.check_in is not None:
        b.check_in = u.check_in
        if u.check_out is not None:
            b.check_out = u.check_out
        elif u.nights:
            b.check_out = u.check_in + dt.timedelta(days=u.nights)
        elif old_length:
            b.check_out = u.check_in + dt.timedelta(days=old_length)  # "mejor el 22": same length, new start
        else:
            b.check_out = None
    elif u.check_out is not None:
        b.check_out = u.check_out
    elif u.nights:
        b.nights = u.nights
        if b.check_in:
            b.check_out = b.check_in + dt.timedelta(days=u.nights)
    if b.check_in and b.check_out is None and b.nights:
        b.check_out = b.check_in + dt.timedelta(days=b.nights)
    if u.adults is not None:
        b.adults = adults_said(turn)
    if u.children is not None:
        if u.children != b.children:
            b.child_ages, b.child_ages_asked = [], False  # other children: their ages are asked again
        b.children = u.children
    if u.rooms is not None:
        b.rooms = u.rooms
    b.room_kind = room_kind_asked(turn.message.text or "") or b.room_kind
    b.room_features = faq.room_features_asked(turn) or b.room_features
    changed = (*b.stay_key(), b.nights) != before
    if changed:
        b.forget_quote()
        turn.progress = True
    return changed


def adults_said(turn: Turn) -> int | None:
    """The adults the message gives. A party said again as a whole ("al final somos cuatro", "there will be
    four of us") counts the children already known among it; "4 adultos" are adults."""
    u, b = turn.understanding, turn.frame.booking
    if (
        u.adults is not None
        and u.children is None
        and b.adults is not None
        and b.children
        and u.adults > b.children
        and not says_adults(fold(turn.message.text or ""))
    ):
        return u.adults - b.children
    return u.adults


def absorb_bare_answer(turn: Turn) -> bool:
    """A bare number answers the question just asked: how many guests, or how many nights."""
    match = _BARE_NUMBER.match(turn.message.text or "")
    b = turn.frame.booking
    if not match or turn.frame.stage != Stage.BOOKING_SLOTS:
        return False
    number = int(match.group(1))
    if b.check_in and not b.check_out and 0 < number <= MAX_NIGHTS:
        b.check_out = b.check_in + dt.timedelta(days=number)
    elif b.adults is None and number > 0:
        b.adults = number
    else:
        return False
    turn.progress = True
    return True


# Other dates asked for with none said, in the six languages ("can we make it different dates",
# "¿podemos cambiar las fechas?", "andere Daten", "outras datas", "altre date", "d'autres dates").
_OTHER_DATES = re.compile(
    r"(?<!\w)(?:(?:different|other|another|new|change(?: the)?|otras|otra|cambiar(?: las)?|distintas|diferentes"
    r"|nuevas|autres|changer (?:les|de)|nouvelles|andere[n]?|neue[n]?|ändern|outras|mudar(?: as)?|novas"
    r"|altre|cambiare(?: le)?|nuove|diverse)\s+(?:dates?|fechas?|datum|daten|datas?|data|date|termine?|días|days)"
    r"|(?:dates?|fechas|daten|datas|date)\s+(?:ändern|cambiar|changer|mudar|cambiare))(?!\w)",
    re.IGNORECASE,
)


# The dates named in a change ("podemos cambiar las fechas?", "können wir das Datum verschieben").
_DATES_WORD = re.compile(
    r"(?<!\w)(?:dates?|fechas?|datum|daten|datas?|termine?|giorni|jours?|days?|días?|tage?|dias?)(?!\w)",
    re.IGNORECASE,
)


def asks_other_dates(text: str, *, change_read: bool = False) -> bool:
    """Other dates asked for, none said; `change_read`: the understanding read a change, which then
    only needs to name the dates ("¿podemos cambiar las fechas?")."""
    return bool(_OTHER_DATES.search(text) or (change_read and _DATES_WORD.search(text)))


def ask_new_dates(turn: Turn) -> None:
    """ "oh wait, can we make it different dates" while a stay is being booked (no booking made yet):
    a change of that stay, not of a booking to look up. Its dates are asked again; the party and the
    room asked for are kept, and the offers of the old dates go."""
    b = turn.frame.booking
    b.dates_before = b.check_in or b.dates_before
    b.check_in = b.check_out = None
    b.forget_quote()
    turn.frame.stage = Stage.BOOKING_SLOTS
    turn.progress = True
    turn.say("ask_new_dates")


def continue_booking(turn: Turn, *, keep_room: str = "") -> None:
    """Ask for what is still missing (one or two things), or quote when the stay is complete.
    `keep_room`: the room the guest had chosen before changing the stay, chosen again if still free."""
    b, phrases, today = turn.frame.booking, turn.phrases, turn.today
    turn.frame.stage = Stage.BOOKING_SLOTS
    if turn.understanding.date_ambiguous and turn.understanding.check_in is None:
        turn.say("ask_date_unambiguous")
        return
    if b.check_in and b.check_in < today:
        b.check_in = b.check_out = None
        turn.say("date_in_past")
        return
    if b.check_in and b.check_out and b.check_out <= b.check_in:
        b.check_out = None
        turn.say("dates_out_of_order", check_in=phrases.date(b.check_in, today=today))
        return
    if b.check_in and b.check_out and (b.check_out - b.check_in).days > MAX_NIGHTS:
        b.check_out = None
        turn.say("stay_too_long", max_nights=MAX_NIGHTS)
        return
    if group_too_large(hotel=turn.hotel, frame=turn.frame):
        turn.hand_off(HandoffReason.GROUP_SIZE, summary=f"party of {(b.adults or 0) + (b.children or 0)}")
        return
    if not b.check_in:
        _ask_for_dates(turn, with_guests=not b.adults)
    elif not b.check_out:
        turn.say("ask_check_out", check_in=phrases.date(b.check_in, today=today))
    elif not b.adults and b.children:
        turn.say("ask_adults", children=b.children)  # "a family with two children": only the adults
    elif not b.adults:
        turn.say("ask_guests")
    elif child_ages.ages_missing(turn) and not child_ages.ages_stated_now(turn):
        child_ages.ask_child_ages(turn)
    else:
        quote_and_offer(turn, keep_room=keep_room)


def _ask_for_dates(turn: Turn, *, with_guests: bool) -> None:
    """The stay's dates asked for (and the party, when it is missing too): between the days of the rough period the
    guest named ("the first week of July": "Which nights between July 1 and July 7 ...?"), if any."""
    period = turn.understanding.extras.get("rough_period")
    if period is None:
        turn.say("ask_dates_and_guests" if with_guests else "ask_dates")
        return
    turn.say(
        "ask_dates_within_and_guests" if with_guests else "ask_dates_within",
        start=turn.phrases.date(period["start"], today=turn.today),
        end=turn.phrases.date(period["end"], today=turn.today),
    )


def quote_and_offer(turn: Turn, *, intro: str = "", keep_room: str = "") -> None:
    b = turn.frame.booking
    assert b.check_in and b.check_out and b.adults
    try:
        view = pms_gateway.quote_stay(
            hotel=turn.hotel,
            check_in=b.check_in,
            check_out=b.check_out,
            adults=b.adults,
            children=b.children or 0,
            child_ages=tuple(b.child_ages),
            rooms=b.rooms or 1,
            conversation=turn.conversation,
        )
    except pms_gateway.StayNotBookable as exc:
        _stay_not_bookable(turn, exc.code)
        return
    except pms_gateway.PartyTooLargeForOneRoom as exc:
        party = (b.adults or 0) + (b.children or 0)
        # Adults decide how many rooms: every room needs one, and each takes at most this many.
        rooms = -(-(b.adults or 0) // exc.largest_room_guests) if exc.largest_room_guests else 0
        if not rooms or rooms <= (b.rooms or 1):
            turn.hand_off(HandoffReason.GROUP_SIZE, summary=f"party of {party} does not fit the rooms")
            return
        b.rooms = rooms
        quote_and_offer(
            turn,
            intro=turn.phrases.say("party_split", largest=exc.largest_room_guests, rooms=rooms),
            keep_room=keep_room,
        )
        return
    except pms_gateway.PmsError as exc:
        log.warning("engine.quote_failed", error=type(exc).__name__, conversation_id=turn.conversation.pk)
        turn.frame.stage = Stage.BOOKING_SLOTS
        turn.say("pms_read_unavailable")
        turn.progress = False
        return
    present_offers(turn, view, intro=intro, keep_room=keep_room)


def _stay_not_bookable(turn: Turn, code: str) -> None:
    b = turn.frame.booking
    turn.frame.stage = Stage.BOOKING_SLOTS
    if code == "check_in_in_past":
        b.check_in = b.check_out = None
        turn.say("date_in_past")
    elif code == "dates_out_of_order" and b.check_in:
        b.check_out = None
        turn.say("dates_out_of_order", check_in=turn.phrases.date(b.check_in, today=turn.today))
    elif code == "stay_too_long":
        b.check_out = None
        turn.say("stay_too_long", max_nights=MAX_NIGHTS)
    else:
        b.check_in = b.check_out = None
        turn.say("stay_too_far_ahead")


def present_offers(turn: Turn, view: QuoteView, *, intro: str = "", keep_room: str = "") -> None:
    b, phrases = turn.frame.booking, turn.phrases
    offers, asked_room, asked_free = _offers_for_request(turn, view)
    with_features, feature_gone = 0, False
    if not asked_room and b.room_features:
        offers, with_features, feature_gone = _offers_with_features(turn, view, offers)
    b.quote_id = view.quote_id
    b.offer_line_ids = [o.line_id for o in offers]
    b.chosen_line_id = None
    turn.progress = True
    kept = next((o for o in view.offers if keep_room and o.room_name == keep_room), None)
    if kept is not None:
        _keep_chosen_room(turn, kept, intro=intro)
        return
    if not offers:
        turn.frame.stage = Stage.BOOKING_SLOTS
        stay = stay_text(turn)
        text = phrases.say("no_availability", stay=stay)
        turn.add(OutgoingReply(text=f"{intro}\n\n{text}" if intro else text))
        return
    turn.frame.stage = Stage.OFFERS
    # "¿cuánto cuesta la noche en doble del 20 al 22?": each room's price of a night beside its total
    per_night = asks_per_night(turn.message.text or "") and faq.asks_a_price_anywhere(turn)
    lines = [
        phrases.say(
            "offer_line_per_night" if per_night else "offer_line",
            n=n,
            room=o.room_name,
            rooms=o.rooms,
            total=phrases.money(o.total, o.currency),
            price=_night_price(turn, o),
        )
        for n, o in enumerate(offers, start=1)
    ]
    stay = stay_text(turn, offers[0])
    choose = _choose_question(turn, len(offers))
    if asked_free:  # the room asked for first; others only under a word of why
        first, others = "\n".join(lines[:asked_free]), "\n".join(lines[asked_free:])
        text = phrases.say(
            "offers_room_first", stay=stay, room=asked_room, lines=first, others=others, choose=choose
        )
    elif with_features:  # the rooms with what the guest asked for ("con vistas al mar") first
        first, others = "\n".join(lines[:with_features]), "\n".join(lines[with_features:])
        text = phrases.say(
            "offers_feature_first",
            stay=stay,
            lines=first,
            others=others,
            several=with_features > 1,
            choose=choose,
        )
    elif asked_room:  # none of it free: say so before offering the others
        text = phrases.say(
            "offers_room_gone", stay=stay, room=asked_room, lines="\n".join(lines), choose=choose
        )
    elif feature_gone:  # no free room has it: said, not left for the guest to find out in the room
        text = phrases.say("offers_feature_gone", stay=stay, lines="\n".join(lines), choose=choose)
    else:
        text = phrases.say("offers", stay=stay, lines="\n".join(lines), choose=choose)
    buttons = tuple(
        ReplyButton(
            id=f"offer:{o.line_id}", title=phrases.button_title("offer_button", n=n, room=o.room_name)
        )
        for n, o in enumerate(offers, start=1)
    )
    turn.facts.append(text)
    turn.add(OutgoingReply(text=f"{intro}\n\n{text}" if intro else text, buttons=buttons))


def _choose_question(turn: Turn, count: int) -> str:
    """ "Which one would you like?" among several offers; "Shall I go ahead and book it?" for the only one
    (a yes takes it)."""
    return turn.phrases.say("choose_the_offer" if count == 1 else "choose_offer")


def _room_at_its_price(turn: Turn, offer: OfferView, *, per_night: bool = False) -> str:
    """ "Doble, 20-22 March: 306,90 €": the chosen room at its PMS price for the stay (`per_night`: its
    price of a night first, then the total)."""
    phrases = turn.phrases
    if per_night:
        return phrases.say(
            "offer_kept_room_per_night",
            stay=stay_text(turn, offer),
            room=offer.room_name,
            price=_night_price(turn, offer),
            total=phrases.money(offer.total, offer.currency),
        )
    return phrases.say(
        "offer_kept_room",
        stay=stay_text(turn, offer),
        room=offer.room_name,
        total=phrases.money(offer.total, offer.currency),
    )


def _keep_chosen_room(turn: Turn, kept: OfferView, *, intro: str) -> None:
    """The stay changed after the guest chose a room ("actually make it 3 nights"): the same room at
    its new price, and the booking goes on from where it was instead of asking for a choice again."""
    b = turn.frame.booking
    if kept.line_id not in b.offer_line_ids:
        b.offer_line_ids.append(kept.line_id)
    text = _room_at_its_price(turn, kept)
    turn.facts.append(text)
    turn.add(OutgoingReply(text=f"{intro}\n\n{text}" if intro else text))
    b.chosen_line_id = kept.line_id
    turn.frame.stage = Stage.GUEST_DETAILS
    ask_guest_details(turn, again=True)  # no "Great." after the new price: nothing was chosen now


def tell_offer_price(turn: Turn, offer: OfferView) -> None:
    """ "how much is the double?" with the offers open: that room at its price, then the choice
    asked again (the kind of room is remembered, so a yes after it takes that room); asked per night,
    its price of a night and the total."""
    text = _room_at_its_price(turn, offer, per_night=asks_per_night(turn.message.text or ""))
    turn.tell_facts(text)
    turn.progress = True
    remind(turn)


def asks_per_night(text: str) -> bool:
    """ "y cuánto sale por noche?", "how much a night?": one night's price, not the stay's ("for 3 nights")."""
    return bool(_ONE_NIGHT.search(text))


def _night_price(turn: Turn, offer: OfferView) -> str:
    """A night's price of the offer: one amount, or the lowest to the highest when the nights differ."""
    low, high = offer.per_night
    price = turn.phrases.money(low, offer.currency)
    return price if high == low else f"{price} \u2013 {turn.phrases.money(high, offer.currency)}"


def tell_nightly_prices(turn: Turn) -> bool:
    """ "how much per night?" with the offers open: each offered room's price of a night, from the quote
    the offers came from (its nightly prices, lowest to highest when they differ, else the total shared
    out over the nights), then the choice asked again."""
    offers = offers_shown(turn)
    if not offers:
        return False
    phrases = turn.phrases
    lines = []
    for n, o in enumerate(offers, start=1):
        lines.append(
            phrases.say("offer_line", n=n, room=o.room_name, rooms=o.rooms, total=_night_price(turn, o))
        )
    text = phrases.say(
        "offers_per_night",
        stay=stay_text(turn, offers[0]),
        lines="\n".join(lines),
        choose=_choose_question(turn, len(offers)),
    )
    turn.tell_facts(text)
    turn.progress = True
    return True


def tell_chosen_price(turn: Turn) -> bool:
    """ "how much is it?" once a room is chosen: its price for the stay (a night's too when asked per
    night), then the question still open (the booking's details are asked again, not forgotten)."""
    b = turn.frame.booking
    chosen = pms_gateway.offer(line_id=b.chosen_line_id) if b.chosen_line_id else None
    if chosen is None:
        return False
    # "how much is it per night?": a night's price, then the total
    text = _room_at_its_price(turn, chosen, per_night=asks_per_night(turn.message.text or ""))
    turn.tell_facts(text)
    turn.progress = True
    remind(turn)
    return True


def _offers_for_request(turn: Turn, view: QuoteView) -> tuple[list[OfferView], str, int]:
    """The offers in the order shown, the room type the guest asked for ('' if none, or the hotel has
    none of that kind) and how many of the offers are that room (0: it is not free)."""
    kind = turn.frame.booking.room_kind
    if not kind or not view.offers:
        return list(view.offers), "", 0
    of_kind = [
        (offer, free)
        for offer, free in pms_gateway.room_types_of_quote(quote_id=view.quote_id)
        if room_is_kind(offer.room_name, kind)
    ]
    if not of_kind:
        return list(view.offers), "", 0
    asked = [offer for offer, free in of_kind if free][: pms_gateway.MAX_OFFERS]
    if not asked:
        return list(view.offers), of_kind[0][0].room_name, 0
    shown = {offer.line_id for offer in asked}
    rest = [offer for offer in view.offers if offer.line_id not in shown]
    return (asked + rest)[: max(pms_gateway.MAX_OFFERS, len(asked))], asked[0].room_name, len(asked)


def _offers_with_features(
    turn: Turn, view: QuoteView, offers: list[OfferView]
) -> tuple[list[OfferView], int, bool]:
    """The offers with the rooms that have what the guest asked for first (also one beyond the cheapest
    shown), how many have it, and whether none of the free rooms has it; the offers are unchanged (0) when
    none or every one of the free rooms has it."""
    free = [offer for offer, has_room in pms_gateway.room_types_of_quote(quote_id=view.quote_id) if has_room]
    having = faq.rooms_having(turn, offers=free, features=turn.frame.booking.room_features)
    with_it = [offer for offer, has in zip(free, having, strict=True) if has][: pms_gateway.MAX_OFFERS]
    if not with_it:
        return offers, 0, bool(free)
    if len(with_it) == len(free):
        return offers, 0, False
    shown = {offer.line_id for offer in with_it}
    rest = [offer for offer in offers if offer.line_id not in shown]
    return (with_it + rest)[: max(pms_gateway.MAX_OFFERS, len(with_it))], len(with_it), False


def stay_text(turn: Turn, offer: OfferView | None = None) -> str:
    """The stay in words: the offer's dates and party when given, else the frame's."""
    b = turn.frame.booking
    if offer is not None:
        # The quote prices the occupancy of each room; the guest hears about the whole party.
        party_known = bool(b.adults) and offer.rooms > 1
        return turn.phrases.stay(
            check_in=offer.check_in,
            check_out=offer.check_out,
            adults=(b.adults or offer.adults) if party_known else offer.adults,
            children=(b.children or 0) if party_known else offer.children,
            today=turn.today,
        )
    assert b.check_in and b.check_out
    return turn.phrases.stay(
        check_in=b.check_in,
        check_out=b.check_out,
        adults=b.adults or 0,
        children=b.children or 0,
        today=turn.today,
    )


# One night named, in the six languages: "por noche", "a night", "par nuit", "pro Nacht", "por noite",
# "a notte", and a night's rate ("a diária", "la tarifa diaria"); not the nights of the stay ("noches", "3 nights").
_ONE_NIGHT = re.compile(
    r"(?<!\w)(?:noche|night|nightly|nuit|nacht|übernachtung|noite|notte|di[aá]ria)(?!\w)", re.IGNORECASE
)


def offers_shown(turn: Turn) -> list[OfferView]:
    """The offers the guest was shown and can still choose from (those the PMS still holds)."""
    offers = [pms_gateway.offer(line_id=line_id) for line_id in turn.frame.booking.offer_line_ids]
    return [o for o in offers if o is not None]


def remind(turn: Turn) -> None:
    """Ask again the question the guest still owes an answer to (after an FAQ or small talk)."""
    stage = turn.frame.stage
    if stage == Stage.BOOKING_SLOTS:
        continue_booking(turn)
    elif stage == Stage.OFFERS:
        offers = offers_shown(turn)
        buttons = tuple(
            ReplyButton(
                id=f"offer:{o.line_id}",
                title=turn.phrases.button_title("offer_button", n=n, room=o.room_name),
            )
            for n, o in enumerate(offers, start=1)
        )
        question = "remind_offers" if len(offers) != 1 else "choose_the_offer"
        turn.add(OutgoingReply(text=turn.phrases.say(question), buttons=buttons))
    elif stage == Stage.GUEST_DETAILS:
        ask_guest_details(turn, again=True)
    elif stage == Stage.BOOKING_CONFIRM:
        turn.add(
            OutgoingReply(
                text=turn.phrases.say("confirm_unclear"),
                buttons=turn.yes_no_buttons("button_yes_book", "button_no"),
            )
        )


def booking_frame_is_fresh(b: BookingFrame) -> bool:
    return not any((b.check_in, b.check_out, b.adults, b.quote_id))
