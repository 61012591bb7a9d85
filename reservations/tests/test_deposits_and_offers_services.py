"""Deposits' and offers' services against the fake QloApps: the deposit a rule asks, an upgrade re-priced
live and moved to the new room type in the order, an upgrade with no free room, and a guest's erasure
taking their proofs' files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from hotel_agent.hotels.models import Hotel
from pms_bridge.port import GuestDetails, Stay
from reservations.deposits.models import Deposit, DepositPolicy, DepositProof
from reservations.deposits.services import deposit_request
from reservations.models import Reservation
from reservations.offers.models import OfferKind, ProposalState
from reservations.offers.selectors import offers_for_reservation
from reservations.offers.services import (
    OfferNotAvailable,
    OfferPriceChanged,
    offer_accept,
    offer_approve,
    offer_create,
    offer_propose,
)
from reservations.services import quote_create, reservation_create_from_quote
from reservations.services.privacy import reservations_guest_erase
from tests.fakes.qloapps import FakeQloApps
from tests.support.pms import qloapps_backend, qloapps_hotel

pytestmark = pytest.mark.django_db


@pytest.fixture
def fake() -> Iterator[FakeQloApps]:
    with FakeQloApps() as qloapps, qloapps_backend(qloapps, PMS_CACHE_TTL_SECONDS=0):
        yield qloapps


@pytest.fixture
def hotel(fake: FakeQloApps) -> Hotel:
    return qloapps_hotel()


def _booked(
    hotel: Hotel, *, room_type_id: int = 1, days_ahead: int = 50, email: str = "eva@example.com"
) -> Reservation:
    check_in = dt.date.today() + dt.timedelta(days=days_ahead)
    quote = quote_create(
        hotel=hotel,
        stay=Stay(pms_hotel_id=1, check_in=check_in, check_out=check_in + dt.timedelta(days=2), adults=2),
    )
    return reservation_create_from_quote(
        quote_line=quote.lines.get(pms_room_type_id=room_type_id),
        guest=GuestDetails(first_name="Eva", last_name="Lind", email=email, phone="+46701234567"),
        idempotency_key=f"services-{room_type_id}-{days_ahead}-{email}",
    )


def test_the_deposit_follows_the_hotels_rule(hotel: Hotel) -> None:
    reservation = _booked(hotel)
    assert deposit_request(reservation=reservation) is None  # no rule: no deposit
    policy = DepositPolicy.objects.create(hotel=hotel, kind="fixed", fixed_amount=Decimal("100000"))
    deposit = deposit_request(reservation=reservation)
    assert deposit is not None and deposit.amount == reservation.amount  # never more than the stay
    assert deposit_request(reservation=reservation) == deposit  # once per reservation
    policy.kind, policy.percent = "percent", Decimal("25")
    policy.save()
    other = _booked(hotel, days_ahead=51)
    assert deposit_request(reservation=other).amount == (other.amount / 4).quantize(Decimal("0.01"))  # type: ignore[union-attr]


def test_an_upgrade_is_priced_live_and_moves_the_qloapps_order_to_the_new_room_type(
    hotel: Hotel, fake: FakeQloApps
) -> None:
    reservation = _booked(hotel, room_type_id=1)
    offer = offer_create(
        hotel=hotel, kind=OfferKind.UPGRADE, staff=None, pms_room_type_id=2, from_room_type_id=1
    )
    assert offers_for_reservation(reservation=reservation) == []  # a draft is never offered
    offer = offer_approve(offer_id=offer.pk, staff=None)
    assert offers_for_reservation(reservation=reservation) == [offer]
    proposal = offer_propose(offer=offer, reservation=reservation)
    delux = next(o for o in _live(reservation) if o.room_type.pms_room_type_id == 2)
    assert proposal.quoted_total == delux.total - reservation.amount > 0

    fake.set_nightly_price(2, Decimal("1600"))  # Delux dearer before the yes: told, not charged
    with pytest.raises(OfferPriceChanged) as changed:
        offer_accept(proposal_id=proposal.pk)
    assert changed.value.proposal.quoted_total > proposal.quoted_total
    accepted = offer_accept(proposal_id=proposal.pk)
    reservation.refresh_from_db()
    assert accepted.state == ProposalState.ACCEPTED and reservation.pms_room_type_id == 2
    order = fake.state.orders[int(reservation.pms_booking_id or 0)]
    lines = [li for li in fake.state.lines if li["id_order"] == str(order["id"])]
    assert [li["id_product"] for li in lines] == ["2"]
    assert reservation.amount == Decimal(order["total_paid_tax_incl"])
    assert offers_for_reservation(reservation=reservation) == []  # proposed once


def test_an_upgrade_with_no_free_room_is_not_proposed(hotel: Hotel, fake: FakeQloApps) -> None:
    reservation = _booked(hotel, room_type_id=1, days_ahead=70)
    for n in range(5):
        _booked(hotel, room_type_id=4, days_ahead=70, email=f"full{n}@example.com")
    offer = offer_create(hotel=hotel, kind=OfferKind.UPGRADE, staff=None, pms_room_type_id=4)
    offer = offer_approve(offer_id=offer.pk, staff=None)
    with pytest.raises(OfferNotAvailable):
        offer_propose(offer=offer, reservation=reservation)


def test_a_guests_erasure_takes_their_proofs_files(hotel: Hotel, django_user_model: Any) -> None:
    reservation = _booked(hotel)
    DepositPolicy.objects.create(hotel=hotel, kind="percent", percent=Decimal("30"))
    deposit = deposit_request(reservation=reservation)
    assert isinstance(deposit, Deposit)
    proof = DepositProof.objects.create(
        hotel=hotel, deposit=deposit, content=b"receipt", filename="eva.pdf", size=7
    )
    reservations_guest_erase(conversation_ids=[], phone="", email="eva@example.com")
    proof.refresh_from_db()
    assert proof.content is None and proof.filename == "" and proof.state == "pending"


def _live(reservation: Reservation) -> Any:
    from pms_bridge.factory import get_pms

    stay = Stay(
        pms_hotel_id=1,
        check_in=reservation.check_in,
        check_out=reservation.check_out,
        adults=reservation.adults,
    )
    return get_pms().availability(stay=stay, live=True).offers


def test_the_demo_pms_sells_breakfast_and_records_it_and_a_deposit_on_the_booking(demo_hotel: Hotel) -> None:
    from pms_bridge.models import DemoBooking, DemoRoomType

    # The demo's Doble by name: its id is the database's, which other tests on the same worker move on.
    doble = DemoRoomType.objects.get(name="Doble")
    reservation = _booked(demo_hotel, room_type_id=doble.pk, days_ahead=40)
    offer = offer_create(hotel=demo_hotel, kind=OfferKind.BREAKFAST, staff=None, pms_service_id=1)
    offer = offer_approve(offer_id=offer.pk, staff=None)
    proposal = offer_propose(offer=offer, reservation=reservation)
    assert proposal.quoted_total == Decimal("28.00")  # 14 per room and night, 2 nights
    before = reservation.amount
    offer_accept(proposal_id=proposal.pk)
    reservation.refresh_from_db()
    row = DemoBooking.objects.get(reference=reservation.reference)
    assert reservation.amount == row.total == before + Decimal("28.00") and "Breakfast: 28.00" in row.remark
    from pms_bridge.factory import get_pms

    get_pms().record_deposit(reference=reservation.reference, amount=Decimal("50"), currency="EUR")
    row.refresh_from_db()
    assert "deposit received: 50 EUR" in row.remark
