"""One room meant by a room noun (docs/INTERFACES.md "Guests and rooms").

In a request for a stay (availability, booking_create) one singular room named without a count is one room, whether
bare ("¿tenéis habitación doble para el 20?", "Doppelzimmer, 2.-5. Mai") or after a definite article, demonstrative or
possessive ("I'll take the double", "wir nehmen das Doppelzimmer"); the count is marked implied
(`extras["rooms_implied"]`), because a new stay already defaults to one room and the dialogue must not read it as a
change of a count. Plurals, general questions (German "Zimmer" alone is singular and plural alike), rooms offered as
alternatives, a room in a question, a complaint or a change of a booking, and words that are rooms only sometimes
("double check", "room service", "número de habitación") count nothing.
"""

from __future__ import annotations

import pytest

from conversations.nlu import understand
from conversations.nlu.tests.support import WEDNESDAY


@pytest.mark.parametrize(
    "text",
    [
        # a room noun without an article
        "¿tenéis habitación doble para el 20?",
        "tem quarto pra 2 dia 20?",
        "Doppelzimmer, 2.\u20135. Mai",
        "chambre double du 3 au 5 ?",
        "camera doppia dal 3 al 5",
        "need room for tonight",
        "Is the Junior Suite available on Sunday?",
        "hab. doble, 2 pax, del 14 al 16",
        "¿tienen doble el viernes 23?",
        # a definite article, demonstrative or possessive
        "I'll take the double for 3-5 May",
        "quiero la doble del 20 al 22",
        "nous prenons la chambre double du 3 au 5",
        "wir nehmen das Doppelzimmer vom 3. bis 5.",
        "prendo la matrimoniale dal 3 al 5",
        "fico com o quarto de casal de 3 a 5",
    ],
)
def test_one_room_named_in_a_request_for_a_stay_is_one_room_implied(text: str) -> None:
    found = understand(text, today=WEDNESDAY)
    assert found.intent in ("availability", "booking_create")
    assert found.rooms == 1
    assert found.extras.get("rooms_implied") is True


@pytest.mark.parametrize(
    ("text", "rooms"),
    [
        ("una doble del 20 al 22, por favor", 1),
        ("do you have a double room from 3 to 5 May?", 1),
        ("two doubles from 3 to 5 May, please", 2),
    ],
)
def test_a_room_counted_in_words_is_no_implied_count(text: str, rooms: int) -> None:
    found = understand(text, today=WEDNESDAY)
    assert found.rooms == rooms
    assert "rooms_implied" not in found.extras


@pytest.mark.parametrize(
    "text",
    [
        # plurals and general questions
        "any rooms free on the 20th?",
        "habitaciones dobles para el puente?",
        "Avete camere libere dal 10 al 12 agosto?",
        "Haben Sie noch freie Doppelzimmer im Mai?",
        "Zimmer frei?",
        "Zimmer für heute Nacht?",
        # rooms offered as alternatives
        "una habitación familiar o dos dobles del 3 al 5",
        "habitación doble o triple del 3 al 5?",
        # a room in a question, a complaint, a change of a booking
        "does the room have a balcony?",
        "La habitación está sucia y huele a tabaco",
        "I'd like to change booking 5531 to 5-7 May, same room",
        "we changed our booking 4411, the room is now from 5 to 7 May",
        # words that are rooms only sometimes
        "I'd like to double check my booking for the 20th",
        "can I get room service tonight?",
        "Is there room for eight of us 28 to 31 May?",
    ],
)
def test_no_room_count_without_one_singular_room_asked_for(text: str) -> None:
    found = understand(text, today=WEDNESDAY)
    assert found.rooms is None
    assert "rooms_implied" not in found.extras


@pytest.mark.parametrize(
    "text",
    [
        "is the breakfast room open from 7 on the 20th? we'd like to book 20-22 May",
        "do you have a meeting room on 3 May?",
    ],
)
def test_a_hotel_room_that_is_no_bedroom_counts_nothing(text: str) -> None:
    assert understand(text, today=WEDNESDAY).rooms is None


@pytest.mark.parametrize(
    "text", ["¿hay pieza pa mañana? somos dos", "ich brauch ein zimer für morgen, bin allein"]
)
def test_a_room_in_slang_or_misspelt_is_one_room(text: str) -> None:
    assert understand(text, today=WEDNESDAY).rooms == 1
