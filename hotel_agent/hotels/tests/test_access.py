"""The staff scope rules: who sees which hotels, who manages them, who may act on a conversation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser

from hotel_agent.hotels import access
from hotel_agent.hotels.models import Hotel, HotelMembership

pytestmark = pytest.mark.django_db

MANAGER = HotelMembership.Role.MANAGER
RECEPTIONIST = HotelMembership.Role.RECEPTIONIST


@dataclass
class Thread:
    """Just what the action rules read of a conversation."""

    state: str
    assigned_to_id: int | None = None


def hotel(slug: str, pms_hotel_id: int) -> Hotel:
    return Hotel.objects.create(name=slug.title(), slug=slug, pms_hotel_id=pms_hotel_id)


def person(username: str, *, works_at: dict[Hotel, str] | None = None, **flags: Any) -> Any:
    flags.setdefault("is_staff", True)
    user = get_user_model().objects.create_user(username=username, password=f"pw-{username}", **flags)
    for place, role in (works_at or {}).items():
        HotelMembership.objects.create(user=user, hotel=place, role=role)
    return user


@pytest.fixture
def sol() -> Hotel:
    return hotel("sol", 1)


@pytest.fixture
def luna() -> Hotel:
    return hotel("luna", 2)


def test_a_superuser_sees_and_manages_every_hotel(sol: Hotel, luna: Hotel) -> None:
    boss = person("boss", is_superuser=True)
    assert access.hotel_ids_for_staff(user=boss) == {sol.pk, luna.pk}
    assert set(access.managed_hotels(user=boss)) == {sol, luna}
    assert access.is_manager(user=boss, hotel=luna)
    assert access.is_superuser(boss) and access.may_override_holder(user=boss)


def test_staff_see_the_hotels_of_their_memberships_only(sol: Hotel, luna: Hotel) -> None:
    ana = person("ana", works_at={sol: RECEPTIONIST})
    assert list(access.hotels_for_staff(user=ana)) == [sol]
    assert access.hotel_ids_for_staff(user=ana) == {sol.pk}
    assert not access.is_superuser(ana) and not access.may_override_holder(user=ana)


def test_staff_member_of_two_hotels_sees_each_once(sol: Hotel, luna: Hotel) -> None:
    both = person("both", works_at={sol: RECEPTIONIST, luna: MANAGER})
    assert sorted(h.slug for h in access.hotels_for_staff(user=both)) == ["luna", "sol"]


def test_staff_without_membership_see_no_hotel(sol: Hotel) -> None:
    assert not access.hotels_for_staff(user=person("nobody")).exists()


@pytest.mark.parametrize(
    "flags",
    [
        {"is_staff": False},
        {"is_staff": False, "is_superuser": True},
        {"is_active": False, "is_superuser": True},
    ],
    ids=["not-staff", "superuser-not-staff", "inactive-superuser"],
)
def test_non_staff_and_inactive_users_see_no_hotel(sol: Hotel, flags: dict[str, bool]) -> None:
    user = person("guestlike", works_at={sol: MANAGER}, **flags)
    assert not access.hotels_for_staff(user=user).exists()
    assert not access.managed_hotels(user=user).exists()
    assert not access.is_superuser(user)


def test_anonymous_sees_no_hotel(sol: Hotel) -> None:
    assert access.hotel_ids_for_staff(user=AnonymousUser()) == set()
    assert access.hotel_ids_for_staff(user=None) == set()


def test_a_manager_manages_their_hotel_and_a_receptionist_does_not(sol: Hotel, luna: Hotel) -> None:
    maria = person("maria", works_at={sol: MANAGER, luna: RECEPTIONIST})
    ana = person("ana", works_at={sol: RECEPTIONIST})
    assert access.is_manager(user=maria, hotel=sol)
    assert not access.is_manager(user=maria, hotel=luna)
    assert list(access.managed_hotels(user=maria)) == [sol]
    assert not access.is_manager(user=ana, hotel=sol)
    assert not access.managed_hotels(user=ana).exists()


def test_scoping_keeps_the_rows_of_the_users_hotels(sol: Hotel, luna: Hotel) -> None:
    ana = person("ana", works_at={sol: RECEPTIONIST})
    boss = person("boss", is_superuser=True)
    memberships = HotelMembership.objects.all()
    assert [m.hotel for m in access.scope_to_staff_hotels(memberships, user=ana)] == [sol]
    assert list(access.scope_to_staff_hotels(Hotel.objects.all(), user=ana, lookup="pk")) == [sol]
    by_pms_id = access.scope_to_staff_hotels(
        Hotel.objects.all(), user=ana, lookup="pms_hotel_id", hotel_field="pms_hotel_id"
    )
    assert list(by_pms_id) == [sol]
    assert access.scope_to_staff_hotels(memberships, user=boss) is memberships
    assert not access.scope_to_staff_hotels(memberships, user=person("nobody")).exists()


def test_conversation_actions_for_the_holder_another_receptionist_and_a_superuser(sol: Hotel) -> None:
    ana = person("ana", works_at={sol: RECEPTIONIST})
    ben = person("ben", works_at={sol: RECEPTIONIST})
    boss = person("boss", is_superuser=True)
    held_by_ana = Thread(state=access.HUMAN, assigned_to_id=ana.pk)

    assert access.holds(user=ana, conversation=held_by_ana)
    assert access.may_reply(user=ana, conversation=held_by_ana)
    assert access.may_hand_back(user=ana, conversation=held_by_ana)
    assert access.may_close(user=ana, conversation=held_by_ana)
    assert not access.may_take_over(user=ana, conversation=held_by_ana)

    for other in (ben, boss):
        assert not access.holds(user=other, conversation=held_by_ana)
        assert not access.may_reply(user=other, conversation=held_by_ana)
        assert not access.may_take_over(user=other, conversation=held_by_ana)
    assert not access.may_hand_back(user=ben, conversation=held_by_ana)
    assert not access.may_close(user=ben, conversation=held_by_ana)
    assert access.may_hand_back(user=boss, conversation=held_by_ana)
    assert access.may_close(user=boss, conversation=held_by_ana)


@pytest.mark.parametrize(
    ("state", "take_over", "hand_back", "close"),
    [
        (access.AI, True, False, True),
        (access.WAITING_HUMAN, True, True, True),
        (access.CLOSED, False, False, False),
    ],
)
def test_conversation_actions_when_no_human_holds_it(
    sol: Hotel, state: str, take_over: bool, hand_back: bool, close: bool
) -> None:
    ana = person("ana", works_at={sol: RECEPTIONIST})
    thread = Thread(state=state)
    assert access.may_take_over(user=ana, conversation=thread) is take_over
    assert access.may_hand_back(user=ana, conversation=thread) is hand_back
    assert access.may_close(user=ana, conversation=thread) is close
    assert not access.may_reply(user=ana, conversation=thread)


def test_a_non_staff_user_may_do_nothing_to_a_conversation() -> None:
    outsider = person("outsider", is_staff=False)
    for state in (access.AI, access.WAITING_HUMAN):
        thread = Thread(state=state)
        assert not access.may_take_over(user=outsider, conversation=thread)
        assert not access.may_hand_back(user=outsider, conversation=thread)
        assert not access.may_close(user=outsider, conversation=thread)
