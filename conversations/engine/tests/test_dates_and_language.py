"""Dates and language as a guest meets them, end to end: signed WhatsApp webhook → real engine → fake
QloApps → replies at the fake Graph API. The clock is Wednesday 25 November 2026, 11:00 in Valencia
(conftest), unless a test moves it."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine

from conversations.engine.tests.e2e_support import assert_offers_are_the_pms_prices, offered_lines
from conversations.nlu import language

pytestmark = pytest.mark.django_db

FRIDAY, SUNDAY = dt.date(2026, 11, 27), dt.date(2026, 11, 29)

# "Do you have a room for this Friday and Saturday, for two?" in the six languages.
FRIDAY_AND_SATURDAY = {
    "es": ("+34600710001", "¿Tenéis habitación para este viernes y sábado? Somos 2 adultos"),
    "en": ("+447700910002", "Do you have a room this Friday and Saturday for 2 adults?"),
    "pt": ("+351912100003", "Têm quarto para esta sexta e sábado? Somos 2 adultos"),
    "fr": ("+33612100004", "Avez-vous une chambre ce vendredi et samedi pour 2 adultes ?"),
    "de": ("+491511100005", "Haben Sie ein Zimmer für diesen Freitag und Samstag für 2 Erwachsene?"),
    "it": ("+393120100006", "Avete una camera per questo venerdì e sabato per 2 adulti?"),
}

# The wifi password asked briefly, first thing, in each language (pt/es/it/fr are the hard pairs).
WIFI_QUESTIONS = {
    "pt": ("+351912100013", "Qual é a password do wifi?"),
    "es": ("+34600710011", "¿Cuál es la contraseña del wifi?"),
    "it": ("+393120100016", "Qual è la password del wifi?"),
    "fr": ("+33612100014", "Quel est le mot de passe du wifi ?"),
    "de": ("+491511100015", "Wie ist das WLAN-Passwort?"),
    "en": ("+447700910012", "What's the wifi password?"),
}


@pytest.mark.parametrize("lang", list(FRIDAY_AND_SATURDAY))
def test_friday_and_saturday_are_two_nights(whatsapp, qloapps, lang):
    phone, text = FRIDAY_AND_SATURDAY[lang]
    guest = whatsapp(phone)
    offers = guest.says(text)
    lines = assert_offers_are_the_pms_prices(guest, offers)
    assert (lines[0].quote.check_in, lines[0].quote.check_out) == (FRIDAY, SUNDAY)
    assert guest.conversation.language == lang


def test_tonight_after_midnight_is_the_night_in_progress(whatsapp, qloapps):
    # 00:07 on Thursday 26 November in Valencia: the night that began on Wednesday the 25th.
    with time_machine.travel(dt.datetime(2026, 11, 25, 23, 7, tzinfo=dt.UTC), tick=True):
        guest = whatsapp("+34600710021")
        offers = guest.says("¿Tenéis habitación para esta noche? Somos dos adultos")
        lines = assert_offers_are_the_pms_prices(guest, offers)
    assert (lines[0].quote.check_in, lines[0].quote.check_out) == (
        dt.date(2026, 11, 25),
        dt.date(2026, 11, 26),
    )


def test_tonight_after_the_cutoff_is_the_coming_night(whatsapp, qloapps):
    # 07:30 on Thursday 26 November in Valencia: past the 06:00 cutoff, tonight is Thursday's night.
    with time_machine.travel(dt.datetime(2026, 11, 26, 6, 30, tzinfo=dt.UTC), tick=True):
        guest = whatsapp("+34600710022")
        guest.says("¿Tenéis habitación para esta noche? Somos dos adultos")
    line = offered_lines(guest)[0]
    assert (line.quote.check_in, line.quote.check_out) == (dt.date(2026, 11, 26), dt.date(2026, 11, 27))


def assert_wifi_answer_in(lang: str, answer: str) -> None:
    """The hotel's wifi answer, written in `lang` (read by the same detector a first message gets)."""
    assert re.search(r"wi-?fi|wlan", answer, re.IGNORECASE), answer
    assert language.detect(answer, conversation_language=None, default_language="es") == lang, answer


@pytest.mark.parametrize("lang", list(WIFI_QUESTIONS))
def test_short_question_is_answered_in_the_guests_language(whatsapp, qloapps_hotel, lang):
    phone, text = WIFI_QUESTIONS[lang]
    guest = whatsapp(phone)
    assert_wifi_answer_in(lang, guest.says(text))
    assert guest.conversation.language == lang


def test_conversation_keeps_its_language_until_the_guest_clearly_switches(whatsapp, qloapps_hotel):
    guest = whatsapp("+34600710031")
    guest.says("Hola, ¿tenéis parking?")
    guest.says("ok")
    guest.says("desayuno?")
    assert guest.conversation.language == "es"
    assert_wifi_answer_in("pt", guest.says("Qual é a password do wifi?"))
    assert guest.conversation.language == "pt"


@pytest.mark.parametrize(
    ("phone", "text", "word"),
    [
        ("+447700910041", "Do you have a room on 03/04 for 2 adults?", "month"),
        ("+34600710042", "¿Tenéis una doble para el 31? Somos 2", "mes"),
    ],
)
def test_an_unclear_date_is_asked_not_guessed(whatsapp, qloapps, phone, text, word):
    guest = whatsapp(phone)
    reply = guest.says(text)
    assert word in reply
    assert guest.conversation.quotes.count() == 0
