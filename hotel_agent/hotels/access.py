"""Who may see and do what: the staff scope rules, written once.

A staff member works for the hotels of their memberships, as a receptionist or a manager; a
superuser for every hotel; anyone else (anonymous, inactive, not staff) for none. The admin, the
console pages, the console websocket and the staff API all ask here.

Seeing a row (a conversation, a reservation, a WhatsApp number...) means its hotel is one of the
user's: `scope_to_staff_hotels` narrows any queryset to those rows, and a conversation outside it is
answered as if it did not exist (404, never 403: no probing). The action rules below
(`may_take_over`, `may_reply`, ...) assume the conversation was found through that scope.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar, cast

from django.db.models import Model, QuerySet

from hotel_agent.hotels.models import Hotel, HotelMembership

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User

    StaffUser = User | AnonymousUser | None

RowT = TypeVar("RowT", bound=Model)

# The conversation states the action rules read: the values of `conversations.models.ConversationState`
# (this package sits below `conversations` and does not import it; a test keeps the two equal).
AI = "ai"
WAITING_HUMAN = "waiting_human"
HUMAN = "human"
CLOSED = "closed"


class StaffConversation(Protocol):
    """What the action rules need to know of a conversation."""

    @property
    def state(self) -> str: ...

    @property
    def assigned_to_id(self) -> int | None: ...


def is_active_staff(user: StaffUser) -> bool:
    return bool(
        user is not None
        and user.is_authenticated
        and getattr(user, "is_active", False)
        and getattr(user, "is_staff", False)
    )


def is_superuser(user: StaffUser) -> bool:
    """Active staff with every right: every hotel, and the conversations other receptionists hold."""
    return is_active_staff(user) and bool(getattr(user, "is_superuser", False))


# --- hotels --------------------------------------------------------------------------------------
def hotels_for_staff(*, user: StaffUser) -> QuerySet[Hotel]:
    """The hotels a staff member works for; every hotel for a superuser; none for anyone else."""
    if not is_active_staff(user):
        return Hotel.objects.none()
    if is_superuser(user):
        return Hotel.objects.all()
    return Hotel.objects.filter(memberships__user=cast("User", user)).distinct()


def hotel_ids_for_staff(*, user: StaffUser) -> set[int]:
    return set(hotels_for_staff(user=user).values_list("pk", flat=True))


def managed_hotels(*, user: StaffUser) -> QuerySet[Hotel]:
    """The hotels `user` manages (figures, canned replies, knowledge): all for a superuser."""
    if not is_active_staff(user):
        return Hotel.objects.none()
    if is_superuser(user):
        return Hotel.objects.all()
    return Hotel.objects.filter(
        memberships__user=cast("User", user), memberships__role=HotelMembership.Role.MANAGER
    ).distinct()


def is_manager(*, user: StaffUser, hotel: Hotel) -> bool:
    """Whether `user` manages `hotel` (a superuser manages every hotel)."""
    return managed_hotels(user=user).filter(pk=hotel.pk).exists()


def scope_to_staff_hotels(
    queryset: QuerySet[RowT], *, user: StaffUser, lookup: str = "hotel", hotel_field: str = "pk"
) -> QuerySet[RowT]:
    """The rows of `queryset` that belong to the user's hotels; a superuser keeps every row.

    `lookup` leads from the row to its hotel (`"hotel"`, `"conversation__hotel"`, `"pk"` for hotels
    themselves) and is matched against `hotel_field` of the user's hotels (`"pms_hotel_id"` for the
    demo PMS's own hotel rows). Rows without a hotel (templates for every hotel) are a superuser's
    only. A lookup across a to-many relation may repeat rows: add `.distinct()`.
    """
    if is_superuser(user):
        return queryset
    hotels = hotels_for_staff(user=user).values(hotel_field)
    return queryset.filter(**{f"{lookup}__in": hotels})


# --- conversations -------------------------------------------------------------------------------
def holds(*, user: StaffUser, conversation: StaffConversation) -> bool:
    """`user` is the human handling the conversation now."""
    return (
        user is not None
        and conversation.state == HUMAN
        and conversation.assigned_to_id is not None
        and conversation.assigned_to_id == user.pk
    )


def may_override_holder(*, user: StaffUser) -> bool:
    """Whether `user` may hand back or close a conversation another receptionist holds."""
    return is_superuser(user)


def may_take_over(*, user: StaffUser, conversation: StaffConversation) -> bool:
    """Any staff of the hotel may step in while the AI handles it or it waits for a human."""
    return is_active_staff(user) and conversation.state in (AI, WAITING_HUMAN)


def may_reply(*, user: StaffUser, conversation: StaffConversation) -> bool:
    """Only the receptionist holding the conversation writes to the guest."""
    return holds(user=user, conversation=conversation)


def may_hand_back(*, user: StaffUser, conversation: StaffConversation) -> bool:
    """The holder (or a superuser) returns it to the AI; one waiting for a human can go back untaken."""
    if conversation.state == WAITING_HUMAN:
        return is_active_staff(user)
    return conversation.state == HUMAN and (
        holds(user=user, conversation=conversation) or may_override_holder(user=user)
    )


def may_close(*, user: StaffUser, conversation: StaffConversation) -> bool:
    """Anyone of the hotel closes an open conversation, except one another receptionist holds."""
    if conversation.state == CLOSED or not is_active_staff(user):
        return False
    return (
        conversation.state != HUMAN
        or holds(user=user, conversation=conversation)
        or may_override_holder(user=user)
    )
