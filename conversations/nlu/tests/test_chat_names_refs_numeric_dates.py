"""Names, booking references and numeric dates in chat-style and mixed messages: a name in the middle of a
sentence or after an emoji, first names that are also words ("Will", "Graça", "Rosa"), two people named
together, short reference cues ("res", "résa", "Reservierungs-Nr"), and two numeric dates joined by a dash
(the first set's `<lang>-r2bNN` lines score the rest)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.contacts import extract_booking_ref
from conversations.nlu.names import extract_guest_name
from conversations.nlu.tests.support import d

TODAY = dt.date(2026, 3, 11)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name that is also a word, before a surname
        ("Hello - Will Baxter, can I move my stay?", "Will Baxter"),
        ("Posso cancelar? Obrigado, Graça Nunes", "Graça Nunes"),
        ("Hola, ¿hay parking? Gracias, Rosa Vidal", "Rosa Vidal"),
        # "X here/aquí/ici/hier/qui" after an emoji or a comma
        ("Buenas 👋 Pilar aquí, ¿tenéis sitio el sábado?", "Pilar"),
        ("bonsoir, Margaux ici, c'est pour une chambre", "Margaux"),
        ("Ciao 😊 Grazia qui, avete una camera?", "Grazia"),
        # "hier" and "é o" name only opening a message
        ("Moin, hier Jens Albers, habt ihr ein Zimmer frei?", "Jens Albers"),
        ("oi pessoal!! é o Caio, tem quarto pra hoje?", "Caio"),
        # Swiss and Austrian introductions
        ("Grüezi, da isch d'Regula Frei, hend ihr es Zimmer?", "Regula Frei"),
        ("Servus, i bin da Franz, habt's a Zimmer?", "Franz"),
        # an article before a name that is also a word
        ("buenas, soy la Cote y quería una habitación", "Cote"),
        # thanks and a one-word name after a few words, or an emoji before the name
        ("cancel #5521 pls - thanks, Nadia", "Nadia"),
        ("anulen la reserva 7731 porfa 🙏 Yesenia", "Yesenia"),
        # two people named together: the first one, with the shared surname
        ("somos Lucía y Andrés, ¿hay habitación doble?", "Lucía"),
        ("Booking for Tom & Lisa Brennan, 2 adults", "Tom Brennan"),
        ("Wir (Paul & Eva Lindner) kommen am Freitag", "Paul Lindner"),
        # whose booking
        ("ho una domanda sulla prenotazione #8812 di Sara Ricci", "Sara Ricci"),
        ("Hallo, Reservierung für Anne-Marie Vogt, ein DZ", "Anne-Marie Vogt"),
        # "Le saluda X" opening a message is an introduction, not a closing
        ("Le saluda Tomás Herrera, quisiera reservar una habitación doble para el sábado", "Tomás Herrera"),
    ],
)
def test_names_in_chat_messages(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Hier ist es sehr schön, habt ihr ein Zimmer?",  # "hier" inside a sentence ("here" in German)
        "Bonjour, hier Marie a réservé une chambre",  # French "hier" = yesterday: not an opening cue here
        "thanks, Regards",
        "somos Dos y Tres",
        "Quick Question. Happy Holidays",
    ],
)
def test_no_name_from_words(text):
    assert extract_guest_name(text) != "Marie"
    assert extract_guest_name(text) not in {"Regards", "Dos", "Happy Holidays", "Quick Question"}


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("res 55120 under Patel, cancel pls", "55120"),
        ("Bonjour, résa n° 40912, je voudrais annuler", "40912"),
        ("Reservierungs-Nr: 3381, danke", "3381"),
        ("Buchungs-Nr. 77102, wir kommen später", "77102"),
        ("rsv 4412, can we check in early?", "4412"),
    ],
)
def test_short_reference_cues(text, ref):
    assert extract_booking_ref(text) == ref


@pytest.mark.parametrize("text", ["tres noches, res para el 20", "res para dos"])
def test_no_reference_from_short_cues_without_a_code(text):
    assert extract_booking_ref(text) is None


@pytest.mark.parametrize(
    ("text", "lang", "check_in", "check_out"),
    [
        ("¿se puede pasar la reserva al 14/5-17/5?", "es", d(5, 14), d(5, 17)),
        ("any room 11/20-11/22?", "en", d(11, 20), d(11, 22)),
        ("can we move it to 6/18 - 6/21?", "en", d(6, 18), d(6, 21)),
        ("une chambre du 02/07-05/07 ?", "fr", d(7, 2), d(7, 5)),
        ("ein Zimmer 14.8.-16.8., geht das?", "de", d(8, 14), d(8, 16)),
        ("uma vaga do dia 9 ao dia 12/10?", "pt", d(10, 9), d(10, 12)),
        ("una camera dal 20/12/2026 al 27/12/2026?", "it", d(12, 20), d(12, 27)),
    ],
)
def test_two_numeric_dates_joined_by_a_dash_are_a_range(text, lang, check_in, check_out):
    u = understand(text, today=TODAY, conversation_language=lang)
    assert (u.check_in, u.check_out) == (check_in, check_out)


def test_a_dash_between_english_numeric_dates_left_open_is_still_ambiguous():
    u = understand("a room 4/5 - 4/7 please", today=TODAY, conversation_language="en")
    assert (u.check_in, u.check_out) == (None, None)
    assert u.date_ambiguous


def test_a_question_signed_with_a_name_and_address_is_the_question():
    u = understand(
        "Buonasera, vorrei sapere se c'è la piscina. Cordiali saluti\nIng. Paolo Greco\npaolo.greco@pec.it",
        today=TODAY,
        conversation_language="it",
    )
    assert (u.intent, u.guest_name, u.email) == ("faq", "Paolo Greco", "paolo.greco@pec.it")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Buchung 5520: statt am 3.7. erst am 4.7. anreisen, geht das?", "de"),
        ("reserva 5520: ¿podemos cambiar la llegada en vez del 3/7 al 4/7?", "es"),
        ("booking 5520: can we change the arrival, instead of the 3rd of July the 4th of July?", "en"),
    ],
)
def test_the_day_after_instead_of_is_the_old_one(text, lang):
    u = understand(text, today=TODAY, conversation_language=lang)
    assert (u.intent, u.check_in) == ("booking_modify", d(7, 4))


def test_days_after_instead_of_are_dropped_when_the_new_ones_come_first():
    u = understand(
        "reserva 5520: ¿la podemos pasar al 6/7-8/7 en vez del 3/7 al 5/7?",
        today=TODAY,
        conversation_language="es",
    )
    assert (u.intent, u.check_in, u.check_out) == ("booking_modify", d(7, 6), d(7, 8))
