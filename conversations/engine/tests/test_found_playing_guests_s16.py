"""What playing guests on `make run` found in the sixteenth session, each in the languages it is bound to."""

from __future__ import annotations

import pytest

from conversations.engine.faq import answer_questions
from conversations.engine.replies import Phrasebook
from conversations.engine.tests.chat import EngineChat

pytestmark = pytest.mark.django_db


# "How can I pay?" asks for the ways of paying (the cards fact), not when (prepayment): the vocabulary's
# phrases of function words around one verb ("cómo puedo pagar") once collapsed to the verb's stem and were
# dropped, so only "pay" was left, which the prepayment fact names more often.
@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("es", "¿Cómo puedo pagar?"),
        ("es", "¿cómo se puede pagar en el hotel?"),
        ("en", "How can I pay?"),
        ("pt", "Como posso pagar?"),
        ("fr", "Comment payer ?"),
        ("de", "Wie kann ich bezahlen?"),
        ("it", "Come posso pagare?"),
    ],
)
def test_how_to_pay_gets_the_ways_of_paying(demo_hotel, language, question):
    reply = answer_questions(question, hotel=demo_hotel, language=language)

    assert [answer.fact_key for answer in reply.answers] == ["payment_cards"]


# A room asked for by what it has ("con vistas al mar", "with a balcony"): the demo's Junior Suite is the one room
# with sea views and the Double the one with a balcony; they came third or second among the cheapest offers, and
# nothing said which had it.
SEA_VIEW = {
    "es": "Hola, ¿tenéis una habitación con vistas al mar del 12 al 14 de marzo para 2 adultos?",
    "en": "Hi, do you have a room with a sea view from March 12 to 14 for 2 adults?",
    "pt": "Olá, têm um quarto com vista para o mar de 12 a 14 de março para 2 adultos?",
    "fr": "Bonjour, avez-vous une chambre avec vue sur la mer du 12 au 14 mars pour 2 adultes ?",
    "de": "Hallo, haben Sie ein Zimmer mit Meerblick vom 12. bis 14. März für 2 Erwachsene?",
    "it": "Salve, avete una camera con vista mare dal 12 al 14 marzo per 2 adulti?",
}


@pytest.mark.parametrize("lang", list(SEA_VIEW))
def test_a_room_asked_for_its_sea_view_is_offered_first_and_said_to_have_it(demo_hotel, lang):
    guest = EngineChat(hotel=demo_hotel, phone="+34601199601")
    reply = guest.says(SEA_VIEW[lang])

    assert guest.state["stage"] == "offers", reply
    lines = [line for line in reply.splitlines() if line.strip()]
    assert "Junior Suite" in lines[1], reply  # the first offer, right under the intro
    intro = Phrasebook(hotel=demo_hotel, language=lang).say(
        "offers_feature_first", stay="STAY", lines="", others="", several=False, choose=""
    )
    assert intro.split("STAY")[1].split("(")[0].strip() in lines[0], reply


def test_a_feature_asked_before_the_party_still_orders_the_offers(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601199602")
    guest.says("I'd like a room with a balcony from March 12 to 14")
    reply = guest.says("2 adults")

    lines = [line for line in reply.splitlines() if line.strip()]
    assert "Double" in lines[1] or "Doble" in lines[1], reply
    assert "what you asked for" in lines[0], reply


def test_without_a_feature_the_offers_are_the_cheapest_first(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601199603")
    reply = guest.says("Hi, do you have a room from March 12 to 14 for 2 adults?")

    lines = [line for line in reply.splitlines() if line.strip()]
    assert "what you asked for" not in reply
    assert "Doble" in lines[1] and "Familiar" in lines[2], reply


# A Brazilian guest was answered in European Portuguese: asked for "nome e apelido" (a nickname, in Brazil) and
# told "Esperamos por si". The variety is read from the guest's words, else from a Brazilian WhatsApp number.
BRAZILIAN_ASKS = "Oi! Vocês têm quarto pra dois de 12 a 14 de março? Estamos procurando algo perto da praia"
EUROPEAN_ASKS = "Olá, têm quarto para dois de 12 a 14 de março? Estamos a procurar algo perto da praia"


def _to_guest_details(guest: EngineChat, first: str) -> str:
    guest.says(first)
    assert guest.state["stage"] == "offers"
    return guest.says("1")


def test_a_brazilian_guest_is_asked_for_the_surname_the_brazilian_way(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601199701")
    reply = _to_guest_details(guest, BRAZILIAN_ASKS)

    assert "sobrenome" in reply and "apelido" not in reply, reply
    assert guest.state["language_variant"] == "br"


def test_a_european_guest_keeps_european_portuguese(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+5511999990000")  # a Brazilian number, European words
    reply = _to_guest_details(guest, EUROPEAN_ASKS)

    assert "apelido" in reply and "sobrenome" not in reply, reply


def test_a_brazilian_number_says_it_until_the_words_do(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+5511999990001")
    reply = _to_guest_details(guest, "Olá, têm quarto para dois de 12 a 14 de março?")

    assert "sobrenome" in reply, reply


def test_the_variety_stays_for_the_conversation_and_other_languages_are_untouched(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601199702")
    guest.says(BRAZILIAN_ASKS)
    reply = guest.says("a primeira")  # no word of either variety

    assert "sobrenome" in reply, reply
    spanish = EngineChat(hotel=demo_hotel, phone="+5511999990002")
    spanish.says("Hola, ¿tenéis habitación para dos del 12 al 14 de marzo?")
    assert spanish.state["language_variant"] == ""


@pytest.mark.parametrize(
    ("text", "phone", "before", "expected"),
    [
        ("Oi, vocês aceitam pet?", "+34600000000", "", "br"),
        ("Vocês têm karaoke?", "+351912000301", "", "pt"),  # "vocês" is Portugal's too; the number says
        ("Vocês têm karaoke?", "+34600000000", "", ""),
        ("O pequeno-almoço está incluído?", "+5511900000000", "br", "pt"),  # the words win over the number
        ("Obrigado!", "+5511900000000", "", "br"),
        ("Obrigado!", "+34600000000", "", ""),
        ("Obrigado!", "+34600000000", "br", "br"),
    ],
)
def test_language_variant(text, phone, before, expected):
    from conversations.engine.language_variant import language_variant

    assert language_variant(text=text, language="pt", phone=phone, before=before) == expected
    assert language_variant(text=text, language="es", phone=phone, before=before) == before


def test_the_brazilian_overlay_says_what_european_portuguese_says_in_brazilian_words():
    import re
    import tomllib

    from conversations.engine.replies import CATALOGUE_DIR
    from conversations.nlu.language import portuguese_variant

    def read(name: str) -> dict[str, str]:
        with (CATALOGUE_DIR / f"{name}.toml").open("rb") as handle:
            return tomllib.load(handle)

    european, brazilian = read("pt"), read("pt.br")
    assert brazilian and set(brazilian) <= set(european)
    template = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
    for key, text in brazilian.items():
        assert sorted(template.findall(text)) == sorted(template.findall(european[key])), key
        assert portuguese_variant(template.sub(" ", text)) != "pt", (key, text)


# "possiamo aggiungere una notte?" after booking 10-12 June got "What would you like to change: the dates or the
# number of people?"; a night added (or taken off) with no day named lengthens the stay at its end, shown first.
@pytest.mark.parametrize(
    ("lang", "asked", "check_out"),
    [
        ("es", "¿podemos quedarnos una noche más?", "2027-06-13"),
        ("en", "can we add two more nights?", "2027-06-14"),
        ("pt", "dá para ficar mais uma noite?", "2027-06-13"),
        ("fr", "on peut rajouter une nuit ?", "2027-06-13"),
        ("de", "Können wir noch eine Nacht verlängern?", "2027-06-13"),
        ("it", "possiamo aggiungere una notte?", "2027-06-13"),
        ("en", "can we shorten our booking by one night?", "2027-06-11"),
    ],
)
def test_nights_added_to_a_booking_lengthen_it_at_its_end(demo_hotel, lang, asked, check_out):
    from conversations.engine.tests.test_found_playing_guests_s15 import _booked_in_june

    guest = _booked_in_june(demo_hotel, lang, "+34601199801")
    guest.says(asked)
    manage = guest.state["manage"]
    assert (manage["check_in"], manage["check_out"]) == ("2027-06-10", check_out), guest.turns[-1].replies
    assert guest.state["stage"] == "modify_confirm"


def test_a_night_word_without_adding_changes_nothing(demo_hotel):
    from conversations.engine.tests.test_found_playing_guests_s15 import _booked_in_june

    guest = _booked_in_june(demo_hotel, "en", "+34601199802")
    guest.says("I'd like to change my booking")
    guest.says("how many nights is it?")
    assert guest.state["manage"]["check_out"] in (None, "2027-06-12")


# "can we add a person?" was read as asking for a person (a handoff); it is someone more on the booking.
@pytest.mark.parametrize(
    ("lang", "booking", "added", "adults"),
    [
        (
            "en",
            (
                "A family room from 10 to 12 June for 2 adults",
                "the first one",
                "Mark White mark@example.co.uk",
                "yes",
            ),
            "can we add a person?",
            3,
        ),
        (
            "es",
            (
                "Una familiar del 10 al 12 de junio para 2 adultos",
                "la primera",
                "Ana Gil ana@example.es",
                "sí",
            ),
            "¿podemos añadir una persona?",
            3,
        ),
        (
            "fr",
            ("Une familiale du 10 au 12 juin pour 2 adultes", "la première", "Luc Roy luc@example.fr", "oui"),
            "on peut ajouter deux personnes ?",
            4,
        ),
    ],
)
def test_a_person_added_to_a_booking_is_one_more_adult(demo_hotel, lang, booking, added, adults):
    guest = EngineChat(hotel=demo_hotel, phone="+34601199901")
    for text in booking:
        guest.says(text)
    assert guest.state["booking"]["reference"], guest.turns[-1].replies
    guest.says(added)
    assert guest.state["manage"]["adults"] == adults, guest.turns[-1].replies
    assert guest.state["stage"] == "modify_confirm"


def test_an_italian_night_added_with_the_day_of_leaving_keeps_the_arrival(demo_hotel):
    from conversations.engine.tests.test_found_playing_guests_s15 import _booked_in_june

    guest = _booked_in_june(demo_hotel, "it", "+34601199803")
    guest.says("possiamo aggiungere una notte? partiamo domenica 13")
    manage = guest.state["manage"]
    assert (manage["check_in"], manage["check_out"]) == ("2027-06-10", "2027-06-13"), guest.turns[-1].replies
