"""Found playing guests on `make run` (seventeenth session), each through the engine as a guest meets it."""

from __future__ import annotations

import pytest

from conversations.engine.tests.test_found_playing_guests_s15 import _booked_in_june


# "we would like one night less, sorry" after booking 10-12 June got "For which dates, and how many people?" (a new
# booking); the night is taken off the booking's end, shown and confirmed first.
@pytest.mark.parametrize(
    ("lang", "asked"),
    [
        ("es", "una noche menos, por favor"),
        ("en", "we would like one night less, sorry"),
        ("pt", "queremos uma noite a menos"),
        ("fr", "on voudrait une nuit de moins"),
        ("de", "wir möchten eine Nacht weniger"),
        ("it", "vorremmo una notte in meno"),
    ],
)
def test_a_night_less_shortens_the_booking_at_its_end(demo_hotel, lang, asked):
    guest = _booked_in_june(demo_hotel, lang, "+34601199701")
    guest.says(asked)
    manage = guest.state["manage"]
    assert (manage["check_in"], manage["check_out"]) == ("2027-06-10", "2027-06-11"), guest.turns[-1].replies
    assert guest.state["stage"] == "modify_confirm"


def _junior_suite_full(march_nights: tuple[int, ...]) -> None:
    import datetime as dt

    from pms_bridge.models import DemoInventory

    DemoInventory.objects.filter(
        room_type__code="junior-suite", date__in=[dt.date(2027, 3, day) for day in march_nights]
    ).update(rooms=0)


# "¿tenéis una habitación con vistas al mar ...?" when the Junior Suite (the one room with sea views) was full got the
# cheapest rooms as if nothing had been asked; now the guest is told no free room has it before the others.
@pytest.mark.parametrize("lang", ["es", "en", "pt", "fr", "de", "it"])
def test_a_feature_no_free_room_has_is_said_to_be_gone(demo_hotel, lang):
    from conversations.engine.replies import Phrasebook
    from conversations.engine.tests.chat import EngineChat
    from conversations.engine.tests.test_found_playing_guests_s16 import SEA_VIEW

    _junior_suite_full((12, 13))
    guest = EngineChat(hotel=demo_hotel, phone="+34601199702")
    reply = guest.says(SEA_VIEW[lang])

    assert guest.state["stage"] == "offers", reply
    assert "Junior Suite" not in reply
    gone = Phrasebook(hotel=demo_hotel, language=lang).say(
        "offers_feature_gone", stay="STAY", lines="", choose=""
    )
    assert gone.split("STAY")[1].split("(")[0].strip() in reply.splitlines()[0], reply


def test_a_feature_free_on_other_nights_only_is_offered_when_free(demo_hotel):
    from conversations.engine.tests.chat import EngineChat
    from conversations.engine.tests.test_found_playing_guests_s16 import SEA_VIEW

    _junior_suite_full((20,))
    guest = EngineChat(hotel=demo_hotel, phone="+34601199703")
    reply = guest.says(SEA_VIEW["en"])

    assert "Junior Suite" in reply.splitlines()[1], reply
    assert "no room free with what you asked for" not in reply


# "¿hasta cuándo puedo cancelar gratis?" right after booking got only the hotel's rule ("48 horas antes de la
# llegada"); a guest with a booking is told their own deadline beside it.
CANCEL_TERMS_ASKED = {
    "es": "¿hasta cuándo puedo cancelar gratis?",
    "en": "until when can I cancel for free?",
    "pt": "até quando posso cancelar sem custos?",
    "fr": "jusqu'à quand puis-je annuler sans frais ?",
    "de": "bis wann kann ich kostenlos stornieren?",
    "it": "fino a quando posso disdire senza penale?",
}


@pytest.mark.parametrize("lang", list(CANCEL_TERMS_ASKED))
def test_the_terms_asked_after_booking_give_the_bookings_own_deadline(demo_hotel, lang):
    guest = _booked_in_june(demo_hotel, lang, "+34601199704")
    reference = guest.state["booking"]["reference"]
    reply = guest.says(CANCEL_TERMS_ASKED[lang])

    assert reference in reply, reply
    assert "48" in reply, reply  # the hotel's rule is still told
    assert "2027" in reply.split(reference)[1], reply  # the deadline: 8 June 2027, 14:00
    # "Para su reserva X: cancelación gratuita..."
    after_the_colon = reply.split(reference)[1].lstrip(" :")
    assert after_the_colon[0].islower() == (lang != "de"), reply
    assert guest.state["stage"] != "handoff"


def test_the_terms_asked_without_a_booking_are_the_hotels_rule_alone(demo_hotel):
    from conversations.engine.tests.chat import EngineChat

    guest = EngineChat(hotel=demo_hotel, phone="+34601199705")
    reply = guest.says(CANCEL_TERMS_ASKED["en"])

    assert "48" in reply, reply
    assert "your booking" not in reply.casefold()


# "perfetto, confermo!" to a change shown for confirmation was asked "Per quali date e quante persone?" (read as a new
# booking once confirming in the first person became `booking_create`); it is the yes to the change, or cancellation.
CONFIRMS = {
    "es": "Perfecto, lo confirmo",
    "en": "Great, we confirm.",
    "pt": "Perfeito, confirmo!",
    "fr": "Oui c'est parfait, je confirme",
    "de": "Passt, ich bestätige",
    "it": "perfetto, confermo!",
}
ADD_A_NIGHT = {
    "es": "¿podemos quedarnos una noche más?",
    "en": "can we add one more night?",
    "pt": "dá para ficar mais uma noite?",
    "fr": "on peut rajouter une nuit ?",
    "de": "Können wir noch eine Nacht verlängern?",
    "it": "possiamo aggiungere una notte?",
}


@pytest.mark.parametrize("lang", list(CONFIRMS))
def test_confirming_in_the_first_person_makes_the_change_shown(demo_hotel, lang):
    guest = _booked_in_june(demo_hotel, lang, "+34601199706")
    guest.says(ADD_A_NIGHT[lang])
    assert guest.state["stage"] == "modify_confirm", guest.turns[-1].replies
    guest.says(CONFIRMS[lang])

    assert guest.state["stage"] != "booking_slots", guest.turns[-1].replies
    assert "13" in guest.turns[-1].replies[-1].text, guest.turns[-1].replies


@pytest.mark.parametrize("lang", ["en", "it"])
def test_confirming_in_the_first_person_cancels_when_a_cancellation_was_shown(demo_hotel, lang):
    guest = _booked_in_june(demo_hotel, lang, "+34601199707")
    guest.says({"en": "please cancel my booking", "it": "vorrei cancellare la prenotazione"}[lang])
    assert guest.state["stage"] == "cancel_confirm", guest.turns[-1].replies
    guest.says(CONFIRMS[lang])

    assert guest.state["stage"] == "idle", guest.turns[-1].replies
    assert guest.turns[-1].replies[-1].text.startswith(("Done", "Fatto")), guest.turns[-1].replies
