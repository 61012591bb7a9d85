"""Console template tags about facts learnt from staff answers."""

from __future__ import annotations

from django import template

from conversations.models import Fact, Message

register = template.Library()


@register.filter
def saved_as_fact(message: Message) -> bool:
    """Whether this staff reply was already saved as a fact (see `fact_create_from_staff_answer`)."""
    return Fact.objects.filter(hotel_id=message.conversation.hotel_id, key=f"learnt-{message.pk}").exists()
