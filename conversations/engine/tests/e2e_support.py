"""Assertions shared by the end-to-end conversations: prices against the PMS, QloApps state."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from conversations.engine.tests.chat import amounts_in, quoted_totals
from conversations.engine.tests.whatsapp_guest import WhatsAppGuest, reply_text
from pms_bridge.factory import get_pms
from pms_bridge.port import Stay
from reservations.models import QuoteLine, Reservation
from tests.fakes.qloapps import FakeQloApps

STATE_CANCELLED = 4


def all_reply_texts(guest: WhatsAppGuest) -> list[str]:
    return [reply_text(body) for body in guest.sent_to_me()]


def assert_every_price_traceable(guest: WhatsAppGuest) -> None:
    """Every amount the guest read is the total of a quote line stored for this conversation."""
    quoted = quoted_totals(guest.conversation.pk)
    for text in all_reply_texts(guest):
        for amount in amounts_in(text):
            assert amount in quoted, (amount, text)


def offered_lines(guest: WhatsAppGuest) -> list[QuoteLine]:
    ids = guest.conversation.dialogue_state["booking"]["offer_line_ids"]
    return sorted(
        QuoteLine.objects.filter(pk__in=ids).select_related("quote"), key=lambda line: ids.index(line.pk)
    )


def assert_offers_are_the_pms_prices(guest: WhatsAppGuest, offers_text: str) -> list[QuoteLine]:
    """The offers message shows the PMS's own total for each room type offered (asked again, live)."""
    lines = offered_lines(guest)
    assert 1 <= len(lines) <= 3
    quote = lines[0].quote
    live = get_pms().availability(
        stay=Stay(
            pms_hotel_id=quote.hotel.pms_hotel_id,
            check_in=quote.check_in,
            check_out=quote.check_out,
            adults=quote.adults,
            children=quote.children,
            rooms=quote.rooms,
        ),
        live=True,
    )
    live_totals = {o.room_type.pms_room_type_id: o.total for o in live.offers}
    for line in lines:
        assert line.total == live_totals[line.pms_room_type_id]
    assert sorted(amounts_in(offers_text)) == sorted(line.total for line in lines)
    buttons = [
        b
        for body in guest.sent_to_me()[-1:]
        for b in body.get("interactive", {}).get("action", {}).get("buttons", [])
    ]
    assert len(buttons) == len(lines) and all(len(b["reply"]["title"]) <= 20 for b in buttons)
    return lines


def order_of(qloapps: FakeQloApps, reference: str) -> dict[str, Any]:
    return next(order for order in qloapps.state.orders.values() if order["reference"] == reference)


def customer_of(qloapps: FakeQloApps, order: dict[str, Any]) -> dict[str, Any]:
    return qloapps.state.customers[int(order["id_customer"])]


def lines_of(qloapps: FakeQloApps, order: dict[str, Any]) -> list[dict[str, Any]]:
    return qloapps.state.order_lines(int(order["id"]))


def assert_booked_in_qloapps(
    qloapps: FakeQloApps,
    *,
    guest: WhatsAppGuest,
    email: str,
    check_in: dt.date,
    check_out: dt.date,
    total: Decimal,
) -> Reservation:
    reservation = Reservation.objects.get(
        conversation_id=guest.conversation.pk, state=Reservation.State.CONFIRMED
    )
    order = order_of(qloapps, reservation.reference)
    customer = customer_of(qloapps, order)
    assert customer["email"] == email and customer["phone"] == guest.phone  # E.164, as the guest's number
    assert int(order["current_state"]) != STATE_CANCELLED
    assert Decimal(order["total_paid_tax_incl"]) == total == reservation.amount
    assert {(str(li["date_from"])[:10], str(li["date_to"])[:10]) for li in lines_of(qloapps, order)} == {
        (check_in.isoformat(), check_out.isoformat())
    }
    assert any(reservation.reference in text for text in all_reply_texts(guest))
    return reservation
