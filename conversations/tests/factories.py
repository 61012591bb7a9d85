"""factory_boy factories for the conversation record (reuse them in other apps' tests)."""

from __future__ import annotations

import factory
from django.utils import timezone

from conversations.incoming import Channel, MessageKind
from conversations.models import Author, Conversation, DeliveryStatus, Direction, Guest, Message
from hotel_agent.hotels.models import Hotel


class HotelFactory(factory.django.DjangoModelFactory[Hotel]):
    class Meta:
        model = Hotel

    name = factory.Sequence(lambda n: f"Hotel {n}")
    slug = factory.Sequence(lambda n: f"hotel-{n}")
    pms_hotel_id = factory.Sequence(lambda n: 1000 + n)


class GuestFactory(factory.django.DjangoModelFactory[Guest]):
    class Meta:
        model = Guest

    phone = factory.Sequence(lambda n: f"+3460{n:07d}")
    name = "Ana García"


class ConversationFactory(factory.django.DjangoModelFactory[Conversation]):
    class Meta:
        model = Conversation

    hotel = factory.SubFactory(HotelFactory)
    guest = factory.SubFactory(GuestFactory)
    channel = Channel.WHATSAPP
    language = "es"
    last_inbound_at = factory.LazyFunction(timezone.now)


class InboundMessageFactory(factory.django.DjangoModelFactory[Message]):
    class Meta:
        model = Message

    conversation = factory.SubFactory(ConversationFactory)
    channel = factory.SelfAttribute("conversation.channel")
    direction = Direction.IN
    provider_message_id = factory.Sequence(lambda n: f"wamid.TEST{n:08d}")
    kind = MessageKind.TEXT
    text = "Hola"
    status = DeliveryStatus.RECEIVED
    author = Author.GUEST


class OutboundMessageFactory(factory.django.DjangoModelFactory[Message]):
    class Meta:
        model = Message

    conversation = factory.SubFactory(ConversationFactory)
    channel = factory.SelfAttribute("conversation.channel")
    direction = Direction.OUT
    provider_message_id = None
    kind = MessageKind.TEXT
    text = "¡Hola! ¿En qué puedo ayudarle?"
    outgoing = factory.LazyAttribute(lambda o: {"text": o.text})
    status = DeliveryStatus.QUEUED
    author = Author.AI
    idempotency_key = factory.Sequence(lambda n: f"test-reply-{n}")
