"""Managers run a replay from the admin, read and export its report and mark replies; nobody else sees
it; erasure and retention reach the replays."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from conversations.models import Conversation, Message
from conversations.replay.fixture import demo_conversations_load
from conversations.replay.models import ReplayMark, ReplayRun, ReplayTurn
from conversations.replay.selectors import conversations_to_replay
from conversations.replay.services import replay_run_create, replay_run_execute
from conversations.replay.tests.changes import WORSE_TEMPLATE, template_change
from conversations.roles import staff_group_for
from conversations.services.privacy import guest_erase, transcripts_anonymise_older_than
from hotel_agent.hotels.models import Hotel, HotelMembership


def _staff(username: str, hotel: Hotel, role: str) -> Any:
    user = get_user_model().objects.create_user(username, password=f"pw-{username}-9!", is_staff=True)
    HotelMembership.objects.create(user=user, hotel=hotel, role=role)
    user.groups.add(staff_group_for(role))
    return user


@pytest.fixture
def hotel(db: Any, demo_pms: None) -> Hotel:
    cache.clear()
    call_command("load_demo", verbosity=0)
    hotel = Hotel.objects.get(slug="hotel-sol-de-levante")
    demo_conversations_load(hotel=hotel, limit=5)  # es-01 .. es-05: es-04 asks for a person
    return hotel


def test_a_manager_runs_a_replay_reads_exports_and_marks_it(
    hotel: Hotel, eager_celery: None, django_capture_on_commit_callbacks: Any
) -> None:
    template_change(hotel=hotel, texts=WORSE_TEMPLATE)
    manager = _staff("replay-manager", hotel, HotelMembership.Role.MANAGER)
    client = Client()
    client.force_login(manager)
    assert client.get(reverse("admin:conversations_replayrun_changelist")).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:conversations_replayrun_add"),
            {
                "hotel": hotel.pk,
                "date_from": "",
                "date_to": "",
                "channel": "whatsapp",
                "language": "",
                "outcome": "",
            },
        )
    run = ReplayRun.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{run.pk}/report/")
    assert (run.state, run.requested_by, run.conversations_done, run.turns_changed) == ("done", manager, 3, 1)

    report = client.get(response["Location"])
    page = report.content.decode()
    assert report.status_code == 200 and "3/3" in page
    assert "Ahora mismo no puedo ayudarle." in page and "Claro, le paso con una persona de recepción." in page

    csv_export = client.get(reverse("admin:conversations_replayrun_export", args=[run.pk, "csv"]))
    assert csv_export.status_code == 200 and "Ahora mismo no puedo ayudarle." in csv_export.content.decode()
    rows = [
        json.loads(line)
        for line in client.get(reverse("admin:conversations_replayrun_export", args=[run.pk, "jsonl"]))
        .content.decode()
        .splitlines()
    ]
    assert [row["reply_changed"] for row in rows] == [True]
    assert (
        rows[0]["old_understanding"]["intent"] == rows[0]["new_understanding"]["intent"] == "handoff_request"
    )

    turn = ReplayTurn.objects.get(replay__run=run, reply_changed=True)
    client.post(
        reverse("admin:conversations_replayrun_mark", args=[run.pk]), {"turn": turn.pk, "verdict": "worse"}
    )
    mark = ReplayMark.objects.get()
    assert (mark.verdict, mark.hotel, mark.marked_by, mark.new_text) == (
        "worse",
        hotel,
        manager,
        turn.new_text,
    )
    client.post(
        reverse("admin:conversations_replayrun_mark", args=[run.pk]), {"turn": turn.pk, "verdict": "same"}
    )
    assert ReplayMark.objects.get().verdict == "same"  # one mark per reply, changed by the manager

    # `manage.py replay --check`: the hotel's regression set; a reply marked worse that comes back fails.
    out, err = io.StringIO(), io.StringIO()
    call_command("replay", "--hotel", hotel.slug, "--check", stdout=out, stderr=err)
    assert "none came back" in err.getvalue() and "Ahora mismo no puedo ayudarle." in out.getvalue()
    mark.refresh_from_db()
    mark.verdict = "worse"
    mark.save()
    with pytest.raises(CommandError, match="1 replies marked worse came back"):
        call_command("replay", "--hotel", hotel.slug, "--check", stdout=io.StringIO(), stderr=io.StringIO())


def test_receptionists_and_other_hotels_see_no_replay(hotel: Hotel) -> None:
    run = replay_run_execute(run_id=replay_run_create(hotel=hotel).pk)
    other = Hotel.objects.create(name="Casa Bravo", slug="casa-bravo", pms_hotel_id=902)
    receptionist = _staff("replay-receptionist", hotel, HotelMembership.Role.RECEPTIONIST)
    other_manager = _staff("replay-other-manager", other, HotelMembership.Role.MANAGER)
    for user, expected in ((receptionist, 403), (other_manager, 404)):
        client = Client()
        client.force_login(user)
        assert client.get(reverse("admin:conversations_replayrun_report", args=[run.pk])).status_code in (
            expected,
            302,
        )
        assert (
            client.get(reverse("admin:conversations_replayrun_export", args=[run.pk, "csv"])).status_code
            == expected
        )


def test_erasure_and_retention_reach_the_replays(hotel: Hotel) -> None:
    template_change(hotel=hotel, texts=WORSE_TEMPLATE)
    run = replay_run_execute(run_id=replay_run_create(hotel=hotel).pk)
    turn = ReplayTurn.objects.get(replay__run=run, reply_changed=True)
    from conversations.replay.services import replay_turn_mark

    replay_turn_mark(turn=turn, verdict="worse")
    conversation = Conversation.objects.get(pk=turn.replay.conversation_id)
    guest_erase(guest=conversation.guest, staff=None)
    turn.refresh_from_db()
    assert turn.old_text == turn.new_text == "[erased]"
    assert ReplayMark.objects.get().new_text == "[erased]"
    assert conversation not in conversations_to_replay(hotel=hotel)  # its messages are gone: never replayed

    # Past RETENTION_DAYS a conversation is not replayed, even before the daily job anonymises it.
    old = Conversation.objects.filter(hotel=hotel).exclude(pk=conversation.pk).first()
    assert old is not None and old in conversations_to_replay(hotel=hotel)
    Conversation.objects.filter(pk=old.pk).update(created_at=timezone.now() - dt.timedelta(days=40))
    with override_settings(RETENTION_DAYS=30):
        assert old not in conversations_to_replay(hotel=hotel)
        Message.objects.filter(conversation=old).update(created_at=timezone.now() - dt.timedelta(days=40))
        assert transcripts_anonymise_older_than(days=30) >= 1


def test_the_replay_form_names_outcomes_and_languages_in_the_managers_language(hotel: Hotel) -> None:
    manager = _staff("replay-form-reader", hotel, HotelMembership.Role.MANAGER)
    client = Client()
    client.force_login(manager)
    page = client.get(
        reverse("admin:conversations_replayrun_add"), HTTP_ACCEPT_LANGUAGE="es"
    ).content.decode()
    assert '<option value="booked">reservado</option>' in page
    assert '<option value="handed_off">handed off</option>' not in page
    assert '<option value="neither">neither</option>' not in page
    assert '<option value="de">Deutsch</option>' in page


def test_the_report_names_handoff_reasons_in_the_managers_language(
    hotel: Hotel, eager_celery: None, django_capture_on_commit_callbacks: Any
) -> None:
    manager = _staff("replay-report-reader", hotel, HotelMembership.Role.MANAGER)
    client = Client()
    client.force_login(manager)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:conversations_replayrun_add"),
            {"hotel": hotel.pk, "date_from": "", "date_to": "", "channel": "", "language": "", "outcome": ""},
        )
    page = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="es").content.decode()
    # es-04 asks for a person: its row read the stored code, "explicit_request → explicit_request".
    assert "el huésped pidió una persona → el huésped pidió una persona" in page
    assert "explicit_request" not in page
