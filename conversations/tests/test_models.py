from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from conversations.incoming import Channel
from conversations.models import Conversation, ConversationState, DeliveryStatus, Direction, Message
from conversations.tests.factories import (
    ConversationFactory,
    GuestFactory,
    InboundMessageFactory,
    OutboundMessageFactory,
)

pytestmark = pytest.mark.django_db


def test_provider_message_id_is_unique_per_channel() -> None:
    first = InboundMessageFactory.create(provider_message_id="wamid.SAME")
    with pytest.raises(IntegrityError), transaction.atomic():
        InboundMessageFactory.create(conversation=first.conversation, provider_message_id="wamid.SAME")
    other_channel = ConversationFactory.create(channel=Channel.EMAIL, hotel=first.conversation.hotel)
    InboundMessageFactory.create(conversation=other_channel, provider_message_id="wamid.SAME")


def test_unsent_outbound_messages_may_share_a_missing_provider_id() -> None:
    conversation = ConversationFactory.create()
    OutboundMessageFactory.create(conversation=conversation)
    OutboundMessageFactory.create(conversation=conversation)
    assert Message.objects.filter(provider_message_id__isnull=True).count() == 2


def test_idempotency_key_is_unique() -> None:
    OutboundMessageFactory.create(idempotency_key="k1")
    with pytest.raises(IntegrityError), transaction.atomic():
        OutboundMessageFactory.create(idempotency_key="k1")


def test_a_guest_has_one_open_conversation_per_hotel_and_channel() -> None:
    conversation = ConversationFactory.create()
    with pytest.raises(IntegrityError), transaction.atomic():
        ConversationFactory.create(hotel=conversation.hotel, guest=conversation.guest)
    Conversation.objects.filter(pk=conversation.pk).update(state=ConversationState.CLOSED)
    ConversationFactory.create(hotel=conversation.hotel, guest=conversation.guest)


def test_guest_phone_is_unique() -> None:
    GuestFactory.create(phone="+34600111222")
    with pytest.raises(IntegrityError), transaction.atomic():
        GuestFactory.create(phone="+34600111222")


def test_inbound_messages_cannot_carry_an_outbound_status() -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        InboundMessageFactory.create(status=DeliveryStatus.SENT)
    with pytest.raises(IntegrityError), transaction.atomic():
        OutboundMessageFactory.create(direction=Direction.OUT, status=DeliveryStatus.RECEIVED)
