"""Names given casually (lower case, "its", after a greeting, "fala o", "a nome", in capitals, beside the
e-mail address) and a greeting typed with doubled letters, through the signed WhatsApp webhook (real engine, fake QloApps, fake Graph API)."""

from __future__ import annotations

import pytest

from conversations.engine.replies import Phrasebook
from conversations.engine.tests.whatsapp_guest import phone_numbers

pytestmark = pytest.mark.django_db

_phone = phone_numbers("+346009")


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "hey its sarah jones, do you have a room from march 20 to 23 for 2 adults?", "Sarah Jones"),
        ("en", "Hey there! James Smith, do you have a room from March 20 to 23 for 2 adults?", "James Smith"),
        ("pt", "Boa tarde, fala o Pedro Almeida. Têm quarto de 20 a 23 de março para 2 pessoas?", "Pedro Almeida"),
        ("it", "Buongiorno, a nome Luca Rossi: avete una camera dal 20 al 23 marzo per 2 persone?", "Luca Rossi"),
        ("es", "Buenos días, ¿tenéis habitación del 20 al 23 de marzo para 2 personas? JUAN PÉREZ", "Juan Pérez"),
        ("de", "Guten Tag, Reservierung auf Klaus Müller: haben Sie ein Zimmer vom 20. bis 23. März für 2 Personen?",
         "Klaus Müller"),
    ],
)  # fmt: skip
def test_a_name_given_casually_is_kept_for_the_booking(whatsapp, qloapps, lang, text, name):
    guest = whatsapp(_phone())
    guest.says(text)
    assert guest.dialogue_state["stage"] == "offers"
    asked = guest.says("1")
    phrases = Phrasebook(hotel=guest.conversation.hotel, language=lang)
    # The room chosen is named first ("Great, Doble."), then only the e-mail is asked.
    assert asked.startswith(phrases.say("room_chosen", room="@").split("@")[0]), asked
    assert asked.endswith(" " + phrases.say("ask_email", name=name)), asked
    assert guest.dialogue_state["booking"]["guest_name"] == name


def test_no_name_is_taken_from_an_ordinary_opening(whatsapp, qloapps):
    guest = whatsapp(_phone())
    guest.says("hi its raining here, do you have a room from march 20 to 23 for 2 adults?")
    assert guest.dialogue_state["stage"] == "offers"
    asked = guest.says("1")
    assert guest.dialogue_state["expecting"] == "name_and_email", asked
    assert not guest.dialogue_state["booking"].get("guest_name")


def test_a_greeting_with_doubled_letters_is_greeted_back(whatsapp, qloapps):
    guest = whatsapp(_phone())
    reply = guest.says("ciaoo")
    assert reply == Phrasebook(hotel=guest.conversation.hotel, language="it").say("greeting")
