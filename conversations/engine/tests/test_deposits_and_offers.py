"""Issue 15's staff approvals end to end: signed WhatsApp webhooks, the real engine, the fake QloApps,
the fake Graph API (sends and the media endpoint) and the real console pages for staff.

- A deposit: asked after the booking, the guest's photo fetched from Graph's media endpoint and kept,
  approved (or rejected with a reason) in the console, the guest told in their language, the QloApps
  order moved to "Partial payment received" (state 8), the decision in the audit log.
- An offer: created and approved by a manager in the console from QloApps' own service price, proposed
  after the booking, accepted by the guest, re-priced live, written to the QloApps order.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from conversations.engine.tests.whatsapp_guest import WhatsAppGuest, reply_text
from conversations.incoming import MessageKind
from conversations.models import Author, Message
from conversations.roles import staff_group_for
from hotel_agent.hotels.models import AuditEvent, Hotel, HotelMembership
from reservations.deposits.models import Deposit, DepositPolicy, DepositProof, DepositState, ProofState
from reservations.models import Reservation
from reservations.offers.models import Offer, OfferProposal, OfferState, ProposalState
from tests.fakes.qloapps import FakeQloApps

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"transfer receipt: 300.00 USD to ES91 2100 0418 4502 0005 1332" * 4
BANK = "Transferencia a Hotel Sol de Levante S.L., IBAN ES91 2100 0418 4502 0005 1332, BIC CAIXESBBXXX"
BREAKFAST = 9  # QloApps' demo service "Breakfast", 350 per night (fixture 017)


def _staff(hotel: Hotel, role: str = HotelMembership.Role.RECEPTIONIST, username: str = "rosa") -> Any:
    user = get_user_model().objects.create_user(username, password="pw-rosa-!9x", is_staff=True)
    HotelMembership.objects.create(user=user, hotel=hotel, role=role)
    user.groups.add(staff_group_for(role))
    return user


def _book(guest: WhatsAppGuest) -> tuple[Reservation, str]:
    guest.says("Hola, ¿tenéis habitación del 20 al 23 de marzo para 2 personas?")
    guest.says("la primera")
    guest.says("Ana García, ana.garcia@example.com")
    confirmation = guest.says("sí")
    assert "Reserva confirmada" in confirmation
    return Reservation.objects.get(conversation=guest.conversation), confirmation


def _sends_media(
    guest: WhatsAppGuest, *, kind: str, content: bytes, mime_type: str, filename: str = ""
) -> str:
    media_id = f"77{len(guest.graph.sent_messages()):06d}{guest.wa_id[-6:]}"
    guest.graph.add_media(media_id, content, mime_type)
    media: dict[str, Any] = {"mime_type": mime_type, "sha256": "0" * 44, "id": media_id}
    if filename:
        media["filename"] = filename
    sent = guest.deliver(guest.payload({"type": kind, kind: media}, template=f"{kind}.json"))
    return "\n".join(reply_text(b) for b in sent)


def _console(user: Any, capture: Any) -> Client:
    client = Client()
    client.force_login(user)
    client.capture = capture  # type: ignore[attr-defined]
    return client


def _post(client: Client, url: str, data: dict[str, str]) -> Any:
    with client.capture(execute=True):  # type: ignore[attr-defined]
        return client.post(url, data)


@pytest.fixture
def deposit_hotel(qloapps_hotel: Hotel) -> Hotel:
    DepositPolicy.objects.create(
        hotel=qloapps_hotel, kind=DepositPolicy.Kind.PERCENT, percent=30, bank_details=BANK
    )
    return qloapps_hotel


def test_a_deposit_proof_goes_from_the_guest_to_approval_to_the_guests_notice(
    whatsapp: Any, qloapps: FakeQloApps, deposit_hotel: Hotel, django_capture_on_commit_callbacks: Any
) -> None:
    guest = whatsapp("+34600715001", "Ana")
    reservation, confirmation = _book(guest)
    deposit = Deposit.objects.get(reservation=reservation)
    assert deposit.amount == (reservation.amount * Decimal("0.3")).quantize(Decimal("0.01"))
    assert deposit.state == DepositState.AWAITING_PROOF
    assert "depósito" in confirmation and "ES91 2100 0418 4502 0005 1332" in confirmation
    assert reservation.reference in confirmation

    # The guest sends the bank's receipt as a photo: fetched from Graph's media endpoint and kept.
    ack = _sends_media(guest, kind="image", content=PNG, mime_type="image/png")
    assert "hemos recibido el justificante" in ack and reservation.reference in ack
    proof = DepositProof.objects.get(deposit=deposit)
    assert (
        bytes(proof.content or b"") == PNG
        and proof.mime_type == "image/png"
        and proof.state == ProofState.PENDING
    )
    assert proof.message is not None and proof.message.kind == MessageKind.IMAGE
    deposit.refresh_from_db()
    assert deposit.state == DepositState.IN_REVIEW

    # A receptionist of the hotel sees it in the console's queue, opens the file and approves it.
    console = _console(_staff(deposit_hotel), django_capture_on_commit_callbacks)
    page = console.get(f"/console/deposits/?hotel={deposit_hotel.pk}")
    assert page.status_code == 200 and reservation.reference in page.content.decode()
    assert f"/console/deposits/{proof.pk}/file/" in page.content.decode()
    assert console.get("/console/").content.decode().count('id="deposits-link"') == 1
    file = console.get(f"/console/deposits/{proof.pk}/file/")
    assert file.status_code == 200 and file.content == PNG and file["Content-Type"] == "image/png"
    before = len(guest.sent_to_me())
    answer = _post(console, f"/console/deposits/{proof.pk}/decision/", {"decision": "approve"})
    assert answer.status_code == 302

    proof.refresh_from_db()
    deposit.refresh_from_db()
    assert proof.state == ProofState.APPROVED and deposit.state == DepositState.RECEIVED
    assert deposit.pms_noted_at is not None and not deposit.pms_error
    assert (
        qloapps.state.orders[int(reservation.pms_booking_id or 0)]["current_state"] == "8"
    )  # partial payment
    notice = [reply_text(b) for b in guest.sent_to_me()[before:]]
    assert (
        len(notice) == 1
        and "Hemos comprobado su depósito" in notice[0]
        and reservation.reference in notice[0]
    )
    told = Message.objects.filter(conversation=guest.conversation, author=Author.SYSTEM).last()
    assert told is not None and told.status in ("sent", "delivered", "read")
    event = AuditEvent.objects.get(action="deposit_approve")
    assert event.hotel_id == deposit_hotel.pk and event.object_id == str(proof.pk)

    # A second decision on the same proof changes nothing (a colleague was first).
    _post(console, f"/console/deposits/{proof.pk}/decision/", {"decision": "reject", "reason": "late"})
    proof.refresh_from_db()
    assert (
        proof.state == ProofState.APPROVED and AuditEvent.objects.filter(action="deposit_reject").count() == 0
    )


def test_a_rejected_proof_tells_the_guest_why_and_waits_for_another(
    whatsapp: Any, qloapps: FakeQloApps, deposit_hotel: Hotel, django_capture_on_commit_callbacks: Any
) -> None:
    guest = whatsapp("+34600715002", "Luis")
    reservation, _ = _book(guest)
    _sends_media(
        guest,
        kind="document",
        content=b"%PDF-1.4 receipt",
        mime_type="application/pdf",
        filename="recibo.pdf",
    )
    proof = DepositProof.objects.get(deposit__reservation=reservation)
    assert proof.filename == "recibo.pdf" and bytes(proof.content or b"") == b"%PDF-1.4 receipt"
    console = _console(_staff(deposit_hotel), django_capture_on_commit_callbacks)
    empty_reason = _post(
        console, f"/console/deposits/{proof.pk}/decision/", {"decision": "reject", "reason": " "}
    )
    assert empty_reason.status_code == 302
    proof.refresh_from_db()
    assert proof.state == ProofState.PENDING  # a rejection needs a reason the guest can read
    before = len(guest.sent_to_me())
    _post(
        console,
        f"/console/deposits/{proof.pk}/decision/",
        {"decision": "reject", "reason": "el importe no coincide"},
    )
    proof.refresh_from_db()
    assert proof.state == ProofState.REJECTED
    assert Deposit.objects.get(pk=proof.deposit_id).state == DepositState.AWAITING_PROOF
    notice = reply_text(guest.sent_to_me()[before])
    assert "No hemos podido validar" in notice and "el importe no coincide" in notice
    assert (
        qloapps.state.orders[int(reservation.pms_booking_id or 0)]["current_state"] == "1"
    )  # nothing noted in QloApps


def test_staff_of_another_hotel_cannot_see_or_decide_a_proof(
    whatsapp: Any, qloapps: FakeQloApps, deposit_hotel: Hotel, django_capture_on_commit_callbacks: Any
) -> None:
    guest = whatsapp("+34600715003")
    _book(guest)
    _sends_media(guest, kind="image", content=PNG, mime_type="image/png")
    proof = DepositProof.objects.get()
    other = Hotel.objects.create(name="Casa Bravo", slug="casa-bravo", pms_hotel_id=902)
    console = _console(_staff(other, username="bruno"), django_capture_on_commit_callbacks)
    assert console.get(f"/console/deposits/{proof.pk}/file/").status_code == 404
    assert (
        _post(console, f"/console/deposits/{proof.pk}/decision/", {"decision": "approve"}).status_code == 404
    )
    assert reservation_ref_not_in(console.get(f"/console/deposits/?hotel={deposit_hotel.pk}"), proof)
    proof.refresh_from_db()
    assert proof.state == ProofState.PENDING


def reservation_ref_not_in(response: Any, proof: DepositProof) -> bool:
    return response.status_code == 404 or proof.deposit.reservation.reference not in response.content.decode()


def test_an_image_without_a_deposit_owed_is_not_kept(
    whatsapp: Any, qloapps: FakeQloApps, qloapps_hotel: Hotel
) -> None:
    guest = whatsapp("+34600715004")
    _book(guest)  # the hotel asks no deposit
    assert not Deposit.objects.exists()
    _sends_media(guest, kind="image", content=PNG, mime_type="image/png")
    assert not DepositProof.objects.exists()


# --- offers --------------------------------------------------------------------------------------------
def _manager_creates_breakfast(hotel: Hotel, capture: Any, *, approve: bool = True) -> Offer:
    console = _console(_staff(hotel, HotelMembership.Role.MANAGER, username="marta"), capture)
    page = console.get(f"/console/offers/?hotel={hotel.pk}")
    assert page.status_code == 200 and "Breakfast" in page.content.decode()  # the PMS's services listed
    _post(
        console,
        "/console/offers/new/",
        {"hotel": str(hotel.pk), "kind": "breakfast", "pms_service_id": str(BREAKFAST)},
    )
    offer = Offer.objects.get(hotel=hotel)
    assert offer.state == OfferState.DRAFT and offer.unit_price == Decimal("350") and offer.per_night
    if approve:
        _post(console, f"/console/offers/{offer.pk}/state/", {"action": "approve"})
        offer.refresh_from_db()
        assert (
            offer.state == OfferState.APPROVED and AuditEvent.objects.filter(action="offer_approve").exists()
        )
    return offer


def test_an_approved_offer_is_proposed_accepted_and_written_to_the_qloapps_order(
    whatsapp: Any, qloapps: FakeQloApps, qloapps_hotel: Hotel, django_capture_on_commit_callbacks: Any
) -> None:
    offer = _manager_creates_breakfast(qloapps_hotel, django_capture_on_commit_callbacks)
    guest = whatsapp("+34600715010", "Ana")
    reservation, confirmation = _book(guest)
    proposal = OfferProposal.objects.get(offer=offer, reservation=reservation)
    assert proposal.quoted_total == Decimal("1050")  # 350 per night x 3 nights x 1 room, QloApps' price
    assert "¿Desea añadir Breakfast a su reserva" in confirmation and "impuestos aparte" in confirmation
    assert [b["id"] for b in guest.last_buttons()] == ["extra:yes", "extra:no"]
    order_total = Decimal(qloapps.state.orders[int(reservation.pms_booking_id or 0)]["total_paid_tax_incl"])

    done = guest.presses(1)
    proposal.refresh_from_db()
    reservation.refresh_from_db()
    assert proposal.state == ProposalState.ACCEPTED
    order = qloapps.state.orders[int(reservation.pms_booking_id or 0)]
    assert Decimal(order["total_paid_tax_incl"]) == order_total + Decimal("1092.00")  # 1050 + 4 % tax
    line_ids = [int(b["id"]) for b in order["associations"]["bookings"]]
    assert [s["id_service"] for lid in line_ids for s in qloapps.state.line_services.get(lid, [])] == [
        BREAKFAST
    ]
    assert reservation.amount == Decimal(order["total_paid_tax_incl"])
    assert "Hecho" in done and "Breakfast" in done and reservation.reference in done
    # Proposed once per booking: the next booking-less turn proposes nothing again.
    assert OfferProposal.objects.count() == 1


def test_a_price_changed_before_the_yes_is_told_and_asked_again(
    whatsapp: Any, qloapps: FakeQloApps, qloapps_hotel: Hotel, django_capture_on_commit_callbacks: Any
) -> None:
    offer = _manager_creates_breakfast(qloapps_hotel, django_capture_on_commit_callbacks)
    guest = whatsapp("+34600715011")
    _book(guest)
    next(s for s in qloapps.state.services if int(s["id"]) == BREAKFAST)["price"] = "400.000000"
    changed = guest.says("sí, añádalo")
    proposal = OfferProposal.objects.get(offer=offer)
    assert "ha cambiado" in changed and proposal.state == ProposalState.PROPOSED
    assert proposal.quoted_total == Decimal("1200")
    assert not any(qloapps.state.line_services.values())  # nothing charged at a price not told
    guest.presses(1)
    proposal.refresh_from_db()
    assert proposal.state == ProposalState.ACCEPTED and proposal.quoted_total == Decimal("1200")


def test_a_draft_offer_is_never_proposed_and_a_no_declines(
    whatsapp: Any, qloapps: FakeQloApps, qloapps_hotel: Hotel, django_capture_on_commit_callbacks: Any
) -> None:
    offer = _manager_creates_breakfast(qloapps_hotel, django_capture_on_commit_callbacks, approve=False)
    guest = whatsapp("+34600715012")
    _, confirmation = _book(guest)
    assert "Breakfast" not in confirmation and not OfferProposal.objects.exists()
    Offer.objects.filter(pk=offer.pk).update(state=OfferState.APPROVED, approved_at=dt.datetime.now(dt.UTC))
    guest2 = whatsapp("+34600715013")
    reservation, _ = _book(guest2)
    assert "dejamos la reserva como está" in guest2.presses(2)
    assert OfferProposal.objects.get(reservation=reservation).state == ProposalState.DECLINED
    assert not any(qloapps.state.line_services.values())


# --- e-mail: the proof as an attachment ----------------------------------------------------------------
def test_a_proof_mailed_as_a_pdf_attachment_is_kept_and_the_decision_told_by_mail(
    demo_hotel: Hotel, eager_celery: None, django_capture_on_commit_callbacks: Any
) -> None:
    """The poller's path without the IMAP server: the mail parsed, stored, answered, its attachment kept."""
    from email.message import EmailMessage

    from channels_app.deposit_media import keep_mail_proof
    from channels_app.email.inbound import incoming_from_mail
    from conversations.services import message_receive
    from conversations.services.deposits import deposit_decide
    from pms_bridge.port import GuestDetails, Stay
    from reservations.deposits.services import deposit_request
    from reservations.services import quote_create, reservation_create_from_quote

    DepositPolicy.objects.create(
        hotel=demo_hotel, kind=DepositPolicy.Kind.FIXED, fixed_amount=50, bank_details=BANK
    )
    check_in = dt.date(2027, 3, 20)
    quote = quote_create(
        hotel=demo_hotel,
        stay=Stay(pms_hotel_id=1, check_in=check_in, check_out=check_in + dt.timedelta(days=2), adults=2),
    )
    reservation = reservation_create_from_quote(
        quote_line=quote.lines.order_by("total")[0],
        guest=GuestDetails(
            first_name="Lena", last_name="Berg", email="lena.berg@example.com", phone="+4915112345678"
        ),
        idempotency_key="deposit-by-mail",
    )
    deposit = deposit_request(reservation=reservation)
    assert deposit is not None and deposit.amount == Decimal("50.00")

    mail = EmailMessage()
    mail["From"], mail["To"] = "Lena Berg <lena.berg@example.com>", "reception@example.com"
    mail["Subject"], mail["Message-ID"] = f"Deposit {reservation.reference}", "<deposit-1@example.com>"
    mail.set_content("Hello, please find attached the bank transfer receipt for our booking.\n\nLena")
    mail.add_attachment(
        b"%PDF-1.7 transfer 50 EUR", maintype="application", subtype="pdf", filename="receipt.pdf"
    )
    raw = mail.as_bytes()
    with django_capture_on_commit_callbacks(execute=True):
        stored = message_receive(incoming=incoming_from_mail(raw), hotel=demo_hotel)
    assert stored is not None
    keep_mail_proof(message=stored, raw=raw)

    proof = DepositProof.objects.get(deposit=deposit)
    assert bytes(proof.content or b"") == b"%PDF-1.7 transfer 50 EUR" and proof.filename == "receipt.pdf"
    assert proof.channel == "email" and proof.mime_type == "application/pdf"
    ack = Message.objects.filter(conversation=stored.conversation, direction="out").first()
    assert (
        ack is not None
        and "received the proof of the deposit" in ack.text
        and reservation.reference in ack.text
    )

    with django_capture_on_commit_callbacks(execute=True):
        deposit_decide(proof_id=proof.pk, staff=None, approve=True)
    notice = Message.objects.filter(conversation=stored.conversation, author=Author.SYSTEM).get()
    assert "We have checked your deposit of" in notice.text and "50" in notice.text


def test_the_staff_api_lists_the_queue_and_decides(
    whatsapp: Any, qloapps: FakeQloApps, deposit_hotel: Hotel, django_capture_on_commit_callbacks: Any
) -> None:
    guest = whatsapp("+34600715020")
    reservation, _ = _book(guest)
    _sends_media(guest, kind="image", content=PNG, mime_type="image/png")
    _staff(deposit_hotel, username="api-rosa")
    api = Client()
    token = api.post(
        "/api/auth/token/",
        {"username": "api-rosa", "password": "pw-rosa-!9x"},
        content_type="application/json",
    ).json()["access"]
    auth = {"Authorization": f"Bearer {token}"}
    queue = api.get("/api/deposit-proofs/", headers=auth).json()
    assert [(p["reference"], p["state"]) for p in queue] == [(reservation.reference, "pending")]
    before = len(guest.sent_to_me())
    with django_capture_on_commit_callbacks(execute=True):
        decided = api.post(
            f"/api/deposit-proofs/{queue[0]['id']}/decision/",
            {"decision": "reject", "reason": "the receipt is unreadable"},
            content_type="application/json",
            headers=auth,
        )
    assert decided.status_code == 200 and decided.json()["state"] == "rejected"
    assert "the receipt is unreadable" in reply_text(guest.sent_to_me()[before])
    assert api.get("/api/deposit-proofs/", headers=auth).json() == []
    again = api.post(
        f"/api/deposit-proofs/{queue[0]['id']}/decision/", {"decision": "approve"}, content_type="application/json",
        headers=auth,
    )  # fmt: skip
    assert again.status_code == 409  # decided already


def test_a_question_about_breakfast_after_booking_brings_the_approved_offer(
    whatsapp: Any, qloapps: FakeQloApps, qloapps_hotel: Hotel, django_capture_on_commit_callbacks: Any
) -> None:
    guest = whatsapp("+34600715030")
    reservation, confirmation = _book(guest)
    assert "Breakfast" not in confirmation  # no offer approved yet
    offer = _manager_creates_breakfast(qloapps_hotel, django_capture_on_commit_callbacks)
    answer = guest.says("¿El desayuno está incluido? ¿A qué hora es?")
    assert "7:30" in answer and "¿Desea añadir Breakfast a su reserva" in answer  # the fact, then the offer
    assert OfferProposal.objects.get(offer=offer, reservation=reservation).state == ProposalState.PROPOSED
    assert "Hecho" in guest.says("sí, por favor")
    assert OfferProposal.objects.get(offer=offer).state == ProposalState.ACCEPTED
    assert "¿Desea añadir" not in guest.says("¿A qué hora es el desayuno?")  # proposed once per booking
