"""Holidays and families as guests write them, end to end: signed WhatsApp webhook → real engine → fake
QloApps. The clock is Wednesday 25 November 2026 in Valencia (conftest); Easter 2027 is 28 March."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.engine.tests.e2e_support import assert_offers_are_the_pms_prices
from conversations.models import ConversationState

pytestmark = pytest.mark.django_db

HOLY_THURSDAY, GOOD_FRIDAY = dt.date(2027, 3, 25), dt.date(2027, 3, 26)
EASTER_SUNDAY, EASTER_MONDAY = dt.date(2027, 3, 28), dt.date(2027, 3, 29)

# A couple asks for Easter, each language its own way of naming the days.
EASTER = {
    "es": (
        "+34600720001",
        "¿Tenéis habitación del Jueves Santo al Domingo de Resurrección? Somos mi mujer y yo",
        (HOLY_THURSDAY, EASTER_SUNDAY),
    ),
    "en": (
        "+447700920002",
        "Do you have a room from Good Friday to Easter Monday for me and my wife?",
        (GOOD_FRIDAY, EASTER_MONDAY),
    ),
    "pt": (
        "+351912200003",
        "Olá, têm quarto para a Páscoa? Eu e a minha mulher",
        (GOOD_FRIDAY, EASTER_MONDAY),
    ),
    "fr": (
        "+33612200004",
        "Bonjour, auriez-vous une chambre pour le week-end de Pâques ? Nous serons deux adultes",
        (GOOD_FRIDAY, EASTER_MONDAY),
    ),
    "de": (
        "+491511200005",
        "Hallo, habt ihr von Gründonnerstag bis Ostermontag ein Zimmer für meine Frau und mich?",
        (HOLY_THURSDAY, EASTER_MONDAY),
    ),
    "it": (
        "+393120200006",
        "Avete una camera per Pasqua, da giovedì santo a lunedì dell'Angelo? Siamo in due",
        (HOLY_THURSDAY, EASTER_MONDAY),
    ),
}


@pytest.mark.parametrize("lang", list(EASTER))
def test_easter_is_quoted_for_the_days_it_names(whatsapp, qloapps, lang):
    phone, text, (check_in, check_out) = EASTER[lang]
    guest = whatsapp(phone)
    lines = assert_offers_are_the_pms_prices(guest, guest.says(text))
    quote = lines[0].quote
    assert (quote.check_in, quote.check_out, quote.adults) == (check_in, check_out, 2)
    assert guest.conversation.language == lang


# "Me, my wife and our two kids" and its kin: two adults and two children, never four adults.
FAMILIES = {
    "es": (
        "+34600720011",
        "Hola, mi marido, mis dos hijos y yo queremos una habitación del 10 al 14 de diciembre",
    ),
    "en": (
        "+447700920012",
        "Me, my wife and our two kids would like a room from the 10th to the 14th of December",
    ),
    "pt": (
        "+351912200013",
        "Eu, a minha mulher e os nossos dois miúdos queríamos um quarto de 10 a 14 de dezembro",
    ),
    "fr": ("+33612200014", "Moi, mon mari et nos deux enfants voudrions une chambre du 10 au 14 décembre"),
    "de": (
        "+491511200015",
        "Meine Frau, ich und unsere zwei Kinder suchen ein Zimmer vom 10. bis 14. Dezember",
    ),
    "it": ("+393120200016", "Io, mia moglie e i nostri due bimbi cerchiamo una camera dal 10 al 14 dicembre"),
}


@pytest.mark.parametrize("lang", list(FAMILIES))
def test_a_family_written_out_is_two_adults_and_the_children(whatsapp, qloapps, lang):
    phone, text = FAMILIES[lang]
    guest = whatsapp(phone)
    guest.says(text)
    booking = guest.conversation.dialogue_state["booking"]
    assert (booking["adults"], booking["children"]) == (2, 2)
    assert (booking["check_in"], booking["check_out"]) == ("2026-12-10", "2026-12-14")
    assert guest.conversation.language == lang


def test_a_holiday_with_its_weekdays_gives_those_nights(whatsapp, qloapps):
    # Thanksgiving 2026 is Thursday 26 November: "Thursday to Sunday" are that long weekend's days.
    guest = whatsapp("+447700920021")
    lines = assert_offers_are_the_pms_prices(
        guest, guest.says("Hi! Any room for Thanksgiving, Thursday to Sunday? 2 adults")
    )
    assert (lines[0].quote.check_in, lines[0].quote.check_out) == (
        dt.date(2026, 11, 26),
        dt.date(2026, 11, 29),
    )


def test_new_years_eve_then_days_without_a_month_are_around_it(whatsapp, qloapps):
    guest = whatsapp("+34600720022")
    lines = assert_offers_are_the_pms_prices(
        guest, guest.says("Hola! Para año nuevo vamos mi novia y yo, del 30 al 2, ¿tenéis algo?")
    )
    assert (lines[0].quote.check_in, lines[0].quote.check_out) == (dt.date(2026, 12, 30), dt.date(2027, 1, 2))
    assert lines[0].quote.adults == 2


# Asked "how many people?", answers the model alone reads as something else: a person to talk to ("une
# seule personne"), a change ("wir sind zu dritt"), a yes ("pues seríamos tres"), or with the adults
# only implied ("2 + 1 baby", "cuatro, dos de ellos niños").
ASK_WITHOUT_GUESTS = {
    "es": "¿Tenéis habitación del 20 al 23 de marzo?",
    "en": "Do you have a room from March 20 to 23?",
    "fr": "Avez-vous une chambre du 20 au 23 mars ?",
    "de": "Haben Sie ein Zimmer vom 20. bis 23. März?",
    "it": "Avete una camera dal 20 al 23 marzo?",
    "pt": "Têm quarto de 20 a 23 de março?",
}


@pytest.mark.parametrize(
    ("phone", "lang", "answer", "adults", "children"),
    [
        ("+33612200031", "fr", "une seule personne", 1, 0),
        ("+491511200032", "de", "wir sind zu dritt", 3, 0),
        ("+34600720033", "es", "pues seríamos tres", 3, 0),
        ("+447700920034", "en", "2 + 1 baby", 2, 1),
        ("+34600720035", "es", "cuatro, dos de ellos niños", 2, 2),
        ("+393120200036", "it", "io e un amico", 2, 0),
        ("+351912200037", "pt", "somos 2 casais", 4, 0),
    ],
)
def test_party_answers_the_model_misreads_fill_the_party(
    whatsapp, qloapps, phone, lang, answer, adults, children
):
    guest = whatsapp(phone)
    guest.says(ASK_WITHOUT_GUESTS[lang])
    assert guest.conversation.dialogue_state["expecting"] == "party"
    guest.says(answer)
    conversation = guest.conversation
    booking = conversation.dialogue_state["booking"]
    assert (booking["adults"], booking["children"] or 0) == (adults, children)
    assert conversation.state == ConversationState.AI
    assert conversation.language == lang
