"""Whole turns for the ninth-session first-set lines (r9): another guest's room or arrival asked about by name is
answered with why it can't be told (their privacy), not with "I only handle bookings"; the rest of the turn goes
on as before."""

from __future__ import annotations

import pytest

from conversations.engine.replies import catalogue
from conversations.engine.tests.chat import EngineChat

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "ask"),
    [
        ("en", "Has Mr. Parker checked in yet? I'm his colleague"),
        ("es", "¿En qué habitación está la Sra. Gómez? Soy su sobrina"),
        ("pt", "Sabe dizer se a Sra. Lopes já chegou?"),
        ("fr", "Pouvez-vous me dire dans quelle chambre dort M. Gaillard ? C'est un ami."),
        ("de", "Können Sie mir sagen, ob Frau Dr. Roth schon eingecheckt hat? Ich bin ihr Kollege."),
        ("it", "Mi potete dire a che ora arriva la signora Conte? È mia cugina."),
    ],
)
def test_another_guests_room_or_arrival_is_kept_private(demo_hotel, language, ask):
    guest = EngineChat(hotel=demo_hotel, phone="+34601189101")
    reply = guest.says(ask)
    assert catalogue(language)["another_guests_privacy"] in reply, reply
    assert catalogue(language)["out_of_scope"].split(":")[0] not in reply, reply


def test_a_question_out_of_scope_is_still_told_so(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601189102")
    reply = guest.says("will it rain in Valencia this weekend?")
    assert catalogue("en")["another_guests_privacy"] not in reply, reply
