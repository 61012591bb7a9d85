"""Tenant isolation in the admin, for every registered model: hotel B's staff see and change nothing of hotel A.

The matrix is generated from `admin.site`: a model registered later is checked without anyone adding it
here, and a registered model with no hotel-A row in the world below fails the test until one is made
(an empty table would prove nothing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db.models import ForeignKey, Model
from django.test import Client
from django.test.client import RequestFactory
from django.urls import reverse
from django.utils import timezone

from channels_app.models import InboundEvent, WhatsAppNumber
from conversations.models import CannedReply, Message, ReplyTemplate, UnansweredQuestion, UnstoredMessage
from conversations.replay.models import ReplayMark, ReplayRun
from conversations.roles import staff_group_for
from conversations.tests.factories import InboundMessageFactory, OutboundMessageFactory
from hotel_agent.hotels.admin import HotelScopedAdmin
from hotel_agent.hotels.audit import audit_record
from hotel_agent.hotels.models import Hotel, HotelMembership
from pms_bridge.port import GuestDetails, Stay
from reservations.services import quote_create, reservation_create_from_quote
from reservations.services.validation import hotel_today

# Installation-wide tables, kept by superusers and the installation's admin group: users and groups,
# and the staff API's token records (no receptionist or manager role grants them).
INSTALLATION_APPS = {"auth", "token_blacklist"}
ROLES = (HotelMembership.Role.RECEPTIONIST, HotelMembership.Role.MANAGER)


@dataclass
class World:
    hotel_a: Hotel
    hotel_b: Hotel
    staff_a: dict[str, User]
    staff_b: dict[str, User]


def _staff(username: str, hotel: Hotel, role: str) -> User:
    user = get_user_model().objects.create_user(username, password=f"pw-{username}-9!", is_staff=True)
    HotelMembership.objects.create(user=user, hotel=hotel, role=role)
    user.groups.add(staff_group_for(role))
    return user


@pytest.fixture
def world(db: Any, demo_pms: None) -> World:
    """Hotel A with a row in every table a hotel has (the demo hotel, a booking, a conversation...)."""
    call_command("load_demo", verbosity=0)
    hotel_a = Hotel.objects.get(pms_hotel_id=1)
    hotel_b = Hotel.objects.create(name="Casa Bravo", slug="casa-bravo", pms_hotel_id=902)
    check_in = hotel_today(hotel_a) + dt.timedelta(days=20)
    quote = quote_create(
        hotel=hotel_a,
        stay=Stay(pms_hotel_id=1, check_in=check_in, check_out=check_in + dt.timedelta(days=2), adults=2),
    )
    reservation = reservation_create_from_quote(
        quote_line=quote.lines.order_by("total")[0],
        guest=GuestDetails(
            first_name="Alba", last_name="Alvarez", email="alba@example.com", phone="+34611000111"
        ),
        idempotency_key="tenant-matrix",
        made_by="ai",
    )
    inbound = cast(
        Message, InboundMessageFactory(conversation__hotel=hotel_a, conversation__guest__name="Alba Alvarez")
    )
    OutboundMessageFactory(conversation=inbound.conversation)
    UnansweredQuestion.objects.create(
        hotel=hotel_a,
        conversation=inbound.conversation,
        message=inbound,
        language="es",
        text="¿Tenéis lavandería?",
        normalized="teneis lavanderia",
    )
    UnstoredMessage.objects.create(
        hotel=hotel_a,
        channel="whatsapp",
        key="tenant-matrix",
        reason="refused",
        raw="{}",
        sender="+34611000111",
    )
    CannedReply.objects.create(hotel=hotel_a, language="es", title="Parking A", text="Garaje de A")
    CannedReply.objects.create(hotel=hotel_b, language="es", title="Parking B", text="Garaje de B")
    ReplyTemplate.objects.create(hotel=hotel_a, key="greeting", language="es", text="Hola desde A")
    ReplyTemplate.objects.create(hotel=None, key="greeting", language="en", text="Hello from everywhere")
    audit_record(action="admin_change", hotel_id=hotel_a.pk, summary="Parking A changed")
    run = ReplayRun.objects.create(hotel=hotel_a, state=ReplayRun.State.DONE)
    ReplayMark.objects.create(
        hotel=hotel_a,
        conversation=inbound.conversation,
        source_key=f"whatsapp:{inbound.provider_message_id}",
        guest_text="¿Tenéis lavandería?",
        new_text=f"Una respuesta peor (run {run.pk})",
        digest="a" * 64,
        verdict=ReplayMark.Verdict.WORSE,
    )
    _deposit_and_offer_rows(hotel_a, reservation, inbound)
    _reservation_message_rows(hotel_a, reservation)
    WhatsAppNumber.objects.create(hotel=hotel_a, phone_number_id="1000001", display_phone_number="+34 600 1")
    InboundEvent.objects.create(channel="whatsapp", body='{"from": "34611000111"}', body_sha256="a" * 64)
    return World(
        hotel_a=hotel_a,
        hotel_b=hotel_b,
        staff_a={role: _staff(f"a-{role}", hotel_a, role) for role in ROLES},
        staff_b={role: _staff(f"b-{role}", hotel_b, role) for role in ROLES},
    )


def _deposit_and_offer_rows(hotel: Hotel, reservation: Any, message: Message) -> None:
    """Deposits and offers (issue 15): hotel A's rule, a deposit with a proof, an offer and its proposal."""
    from reservations.deposits.models import Deposit, DepositPolicy, DepositProof
    from reservations.offers.models import Offer, OfferProposal

    DepositPolicy.objects.create(hotel=hotel, kind="percent", percent=30, bank_details="IBAN of A")
    deposit = Deposit.objects.create(hotel=hotel, reservation=reservation, amount=10, currency="EUR")
    DepositProof.objects.create(
        hotel=hotel, deposit=deposit, message=message, conversation=message.conversation, content=b"png"
    )
    offer = Offer.objects.create(
        hotel=hotel, kind="breakfast", name="Breakfast of A", pms_service_id=1, unit_price=14, currency="EUR"
    )
    OfferProposal.objects.create(
        hotel=hotel, offer=offer, reservation=reservation, quoted_total=42, currency="EUR"
    )


def _reservation_message_rows(hotel: Hotel, reservation: Any) -> None:
    """Reservation messages (issue 15): hotel A's settings and one message sent before arrival."""
    from reservations.outreach.models import OutreachKind, OutreachMessage, OutreachSettings

    OutreachSettings.objects.get_or_create(hotel=hotel)
    OutreachMessage.objects.create(
        hotel=hotel,
        reservation=reservation,
        kind=OutreachKind.values[0],
        due_at=timezone.now(),
    )


def _registered() -> Iterator[tuple[type[Model], admin.ModelAdmin]]:
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label not in INSTALLATION_APPS:
            yield model, model_admin


def _request(user: User) -> Any:
    request = RequestFactory().get("/admin/")
    request.user = user
    return request


def _url(model: type[Model], view: str, *args: Any) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def _rows_of_a(model: type[Model], model_admin: admin.ModelAdmin, world: World) -> list[Any]:
    """Hotel A's rows of a model: those hotel A's own manager sees, or, for superuser-only tables, all."""
    if isinstance(model_admin, HotelScopedAdmin):
        rows = model_admin.get_queryset(_request(world.staff_a[HotelMembership.Role.MANAGER]))
    else:
        rows = model._default_manager.all()
    return list(rows.values_list("pk", flat=True))


def test_every_registered_model_is_scoped_to_hotels_or_kept_for_superusers(world: World) -> None:
    """And has hotel-A rows in the world above; and its choices of related rows are scoped too."""
    empty = [
        model.__name__ for model, model_admin in _registered() if not _rows_of_a(model, model_admin, world)
    ]
    assert not empty, f"give the tenant matrix a hotel-A row of {empty}"
    _foreign_keys_are_scoped_by_the_related_admin(world)
    for model, model_admin in _registered():
        if isinstance(model_admin, HotelScopedAdmin):
            continue
        for user in world.staff_b.values():
            assert not model_admin.has_view_permission(_request(user)), (
                f"{model.__name__}: an unscoped admin page must be superusers' only"
            )


@pytest.mark.parametrize("role", ROLES)
def test_hotel_b_staff_see_no_row_of_hotel_a(world: World, role: str) -> None:
    client = Client()
    client.force_login(world.staff_b[role])
    for model, model_admin in _registered():
        theirs = _rows_of_a(model, model_admin, world)
        changelist = client.get(_url(model, "changelist"))
        assert changelist.status_code in (200, 403), model.__name__
        if changelist.status_code == 200:
            listed = {row.pk for row in changelist.context["cl"].result_list}
            assert not listed & set(theirs), f"{model.__name__} lists hotel A's rows to hotel B's {role}"
            assert world.hotel_a.name not in changelist.content.decode(), (
                f"{model.__name__}'s list page names hotel A (a filter or a column) to hotel B's {role}"
            )
        for pk in sorted(set(theirs[:1] + theirs[-1:])):  # the same code for every row: two suffice
            for view in ("change", "delete"):
                response = client.get(_url(model, view, pk))
                assert response.status_code in (302, 403, 404), f"{model.__name__} {view} {pk} for B's {role}"


def _hotel_a_choice_fields(form: Any, world: World) -> list[str]:
    """Form fields offering a row that belongs to hotel A (hotel A itself, or any of its rows)."""
    leaking = []
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        if queryset is None:
            continue
        related_admin = admin.site._registry.get(queryset.model)
        if not isinstance(related_admin, HotelScopedAdmin):
            continue
        theirs = set(_rows_of_a(queryset.model, related_admin, world))
        if theirs & set(queryset.values_list("pk", flat=True)):
            leaking.append(name)
    return leaking


def test_hotel_b_managers_are_offered_no_choice_of_hotel_a_and_cannot_forge_one(world: World) -> None:
    manager = world.staff_b[HotelMembership.Role.MANAGER]
    client = Client()
    client.force_login(manager)
    checked = 0
    for model, model_admin in _registered():
        if not isinstance(model_admin, HotelScopedAdmin) or not model_admin.has_add_permission(
            _request(manager)
        ):
            continue
        page = client.get(_url(model, "add"))
        assert page.status_code == 200, model.__name__
        form = page.context["adminform"].form
        assert not _hotel_a_choice_fields(form, world), f"{model.__name__}'s add form offers hotel A's rows"
        hotel_fields = [
            name
            for name, field in form.fields.items()
            if getattr(field, "queryset", None) is not None and field.queryset.model is Hotel
        ]
        for name in hotel_fields:
            assert form.fields[name].required, (
                f"{model.__name__}.{name}: 'every hotel' is a superuser's choice"
            )
        checked += 1
    assert checked >= 2  # canned replies, knowledge, reply templates: managers add them

    # A forged post: hotel A's id, or no hotel (every hotel), is refused and nothing is written.
    before = ReplyTemplate.objects.filter(hotel=world.hotel_a).count()
    for hotel in (str(world.hotel_a.pk), ""):
        response = client.post(
            _url(ReplyTemplate, "add"),
            {"hotel": hotel, "key": "greeting", "language": "fr", "text": "Bonjour de B"},
        )
        assert response.status_code == 200  # the form comes back with an error, nothing saved
        assert response.context["adminform"].form.errors.get("hotel")
    assert ReplyTemplate.objects.filter(hotel=world.hotel_a).count() == before
    assert not ReplyTemplate.objects.filter(text="Bonjour de B").exists()

    ours = CannedReply.objects.get(hotel=world.hotel_b)
    response = client.post(
        _url(CannedReply, "change", ours.pk),
        {"hotel": str(world.hotel_a.pk), "language": "es", "title": "Movida", "text": "a A", "active": "on"},
    )
    assert response.status_code == 200 and response.context["adminform"].form.errors.get("hotel")
    ours.refresh_from_db()
    assert ours.hotel_id == world.hotel_b.pk and ours.title == "Parking B"


def _foreign_keys_are_scoped_by_the_related_admin(world: World) -> None:
    """Every foreign key of a scoped model that points at a scoped model is narrowed by the related admin."""
    manager = world.staff_b[HotelMembership.Role.MANAGER]
    for model, model_admin in _registered():
        if not isinstance(model_admin, HotelScopedAdmin):
            continue
        for field in model._meta.get_fields():
            if not isinstance(field, ForeignKey):
                continue
            if not isinstance(admin.site._registry.get(field.related_model), HotelScopedAdmin):
                continue
            form_field = model_admin.formfield_for_foreignkey(field, _request(manager))
            assert form_field is not None and form_field.queryset is not None
            offered = set(form_field.queryset.values_list("pk", flat=True))
            related_admin = admin.site._registry[field.related_model]
            assert not offered & set(_rows_of_a(field.related_model, related_admin, world)), (
                f"{model.__name__}.{field.name} offers hotel A's rows"
            )
