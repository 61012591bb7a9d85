"""A crash at every step boundary of a turn, on PostgreSQL with the fake QloApps, then the retry.

Each test drives a real guest (signed webhook → engine → fake QloApps → fake Graph API), makes the
turn die at one boundary, retries it as the sweeper or Celery's redelivery would, and checks that
QloApps holds exactly one booking (or one cancellation), the guest read exactly one confirmation,
and the local record agrees with the PMS. Transactional: every commit is real, as in production.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection

from channels_app.tasks import outbox_sweep
from conversations.engine.tests.e2e_support import STATE_CANCELLED, order_of
from conversations.engine.tests.test_conversations_whatsapp import SCRIPTS, Script
from conversations.engine.tests.whatsapp_guest import WhatsAppGuest, reply_text
from conversations.models import Direction, Message
from conversations.services import conversation_take_turns
from conversations.signals import outbox_enqueued
from reservations.models import Reservation
from tests.fakes.qloapps import FakeQloApps

pytestmark = pytest.mark.django_db(transaction=True)


class SimulatedCrash(BaseException):
    """The process dies here (the worker is killed, the machine loses power).

    A BaseException, so no `except Exception` on the way catches it: nothing after this point runs,
    open transactions roll back, as when the process is gone.
    """


def crash_once(monkeypatch: pytest.MonkeyPatch, target: str, *, after: bool = False) -> list[str]:
    """Make `target` (a module attribute) crash on its first call, before or after it did its work."""
    module_name, _, name = target.rpartition(".")
    module = __import__(module_name, fromlist=[name])
    real = getattr(module, name)
    crashed: list[str] = []

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if crashed:
            return real(*args, **kwargs)
        crashed.append(target)
        if after:
            real(*args, **kwargs)
        raise SimulatedCrash(target)

    monkeypatch.setattr(module, name, wrapper)
    return crashed


def to_the_yes(guest: WhatsAppGuest, script: Script) -> None:
    guest.says(script.ask)
    guest.says(script.choose_text)
    guest.says(script.details)


def confirmations(guest: WhatsAppGuest, word: str) -> list[str]:
    return [reply_text(body) for body in guest.sent_to_me() if word in reply_text(body)]


def unanswered(guest: WhatsAppGuest) -> int:
    return Message.objects.filter(
        conversation=guest.conversation, direction=Direction.IN, handled_at__isnull=True
    ).count()


def retry(guest: WhatsAppGuest) -> None:
    """What the sweeper or Celery's redelivery of the task does after a crash."""
    conversation_take_turns(conversation_id=guest.conversation.pk)


def assert_one_booking_agreeing_with_qloapps(qloapps: FakeQloApps, guest: WhatsAppGuest) -> Reservation:
    assert len(qloapps.state.orders) == 1
    reservation = Reservation.objects.get(conversation_id=guest.conversation.pk)
    order = order_of(qloapps, reservation.reference)
    assert reservation.state == Reservation.State.CONFIRMED
    assert reservation.pms_booking_id == int(order["id"])
    assert Decimal(order["total_paid_tax_incl"]) == reservation.amount
    return reservation


@pytest.fixture
def script() -> Script:
    return SCRIPTS["es"]


def test_no_transaction_is_open_while_the_pms_books(
    whatsapp: Any, qloapps: FakeQloApps, script: Script, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pms_bridge.qloapps.adapter import QloAppsPms

    seen: list[bool] = []
    real_create = QloAppsPms.create_booking

    def probe(self: Any, **kwargs: Any) -> Any:
        seen.append(connection.in_atomic_block)
        return real_create(self, **kwargs)

    monkeypatch.setattr(QloAppsPms, "create_booking", probe)
    guest = whatsapp(script.phone)
    to_the_yes(guest, script)
    assert script.confirmed_word in guest.says(script.yes)
    assert seen == [False]


def test_crash_after_qloapps_booked_and_before_the_replies_are_stored(
    whatsapp: Any, qloapps: FakeQloApps, script: Script, monkeypatch: pytest.MonkeyPatch
) -> None:
    guest = whatsapp(script.phone)
    to_the_yes(guest, script)
    crashed = crash_once(monkeypatch, "conversations.services.inbound._turn_record")

    with pytest.raises(SimulatedCrash):
        guest.post(guest.payload({"type": "text", "text": {"body": script.yes}}))

    assert crashed and len(qloapps.state.orders) == 1  # QloApps booked, the guest heard nothing
    assert confirmations(guest, script.confirmed_word) == [] and unanswered(guest) == 1
    retry(guest)
    retry(guest)  # a second redelivery finds nothing left to do

    reservation = assert_one_booking_agreeing_with_qloapps(qloapps, guest)
    sent = confirmations(guest, script.confirmed_word)
    assert len(sent) == 1 and reservation.reference in sent[0]
    assert unanswered(guest) == 0


def test_crash_after_qloapps_booked_and_before_the_reservation_was_confirmed_locally(
    whatsapp: Any, qloapps: FakeQloApps, script: Script, monkeypatch: pytest.MonkeyPatch
) -> None:
    guest = whatsapp(script.phone)
    to_the_yes(guest, script)
    crash_once(monkeypatch, "reservations.services.booking._confirm")

    with pytest.raises(SimulatedCrash):
        guest.post(guest.payload({"type": "text", "text": {"body": script.yes}}))

    # The "create sent" marker was committed before QloApps was asked, and survives the crash.
    pending = Reservation.objects.get(conversation_id=guest.conversation.pk)
    assert (pending.state, pending.failure_reason) == (Reservation.State.PENDING, "create_sent")
    assert len(qloapps.state.orders) == 1
    retry(guest)

    reservation = assert_one_booking_agreeing_with_qloapps(qloapps, guest)  # looked up, not booked again
    sent = confirmations(guest, script.confirmed_word)
    assert len(sent) == 1 and reservation.reference in sent[0]


def test_crash_after_the_replies_are_stored_and_before_the_send(
    whatsapp: Any, qloapps: FakeQloApps, script: Script, monkeypatch: pytest.MonkeyPatch
) -> None:
    guest = whatsapp(script.phone)
    to_the_yes(guest, script)
    # The worker dies right after the commit: no send task was queued for the stored replies.
    receivers = outbox_enqueued.receivers
    monkeypatch.setattr(outbox_enqueued, "receivers", [])
    monkeypatch.setattr(outbox_enqueued, "sender_receivers_cache", {})

    guest.deliver(guest.payload({"type": "text", "text": {"body": script.yes}}), expect_replies=False)

    assert confirmations(guest, script.confirmed_word) == [] and unanswered(guest) == 0
    monkeypatch.setattr(outbox_enqueued, "receivers", receivers)
    outbox_sweep()
    outbox_sweep()
    retry(guest)

    reservation = assert_one_booking_agreeing_with_qloapps(qloapps, guest)
    sent = confirmations(guest, script.confirmed_word)
    assert len(sent) == 1 and reservation.reference in sent[0]


def test_crash_in_the_middle_of_a_cancellation(
    whatsapp: Any, qloapps: FakeQloApps, script: Script, monkeypatch: pytest.MonkeyPatch
) -> None:
    guest = whatsapp(script.phone)
    to_the_yes(guest, script)
    guest.says(script.yes)
    guest.says(script.cancel)
    reservation = Reservation.objects.get(conversation_id=guest.conversation.pk)
    pms_cancels: list[str] = []
    from pms_bridge.qloapps.adapter import QloAppsPms

    real_cancel = QloAppsPms.cancel_booking

    def cancel_then_die(self: Any, *, reference: str) -> Any:
        pms_cancels.append(reference)
        real_cancel(self, reference=reference)
        if len(pms_cancels) == 1:
            raise SimulatedCrash("after QloApps cancelled, before the mirror was updated")
        return real_cancel(self, reference=reference)

    monkeypatch.setattr(QloAppsPms, "cancel_booking", cancel_then_die)

    with pytest.raises(SimulatedCrash):
        guest.post(guest.payload({"type": "text", "text": {"body": script.yes}}))

    assert int(order_of(qloapps, reservation.reference)["current_state"]) == STATE_CANCELLED
    reservation.refresh_from_db()
    assert reservation.state == Reservation.State.CONFIRMED and reservation.cancel_requested_at is not None
    retry(guest)

    reservation.refresh_from_db()
    assert reservation.state == Reservation.State.CANCELLED
    assert pms_cancels == [reservation.reference]  # the retry looked, and did not cancel again
    cancelled_states = [h for h in qloapps.state.histories if int(h["id_order_state"]) == STATE_CANCELLED]
    assert len(cancelled_states) == 1
    assert len(confirmations(guest, script.cancelled_word)) == 1


@pytest.fixture(autouse=True)
def _no_leftover_receivers() -> Iterator[None]:
    yield
    outbox_enqueued.sender_receivers_cache.clear()
