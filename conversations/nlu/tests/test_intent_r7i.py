"""Intents, FAQ topics and languages of the seventh session's intent lines (r7i): a topic named by its own word
that the model slips on, a request for a quote, Québec questions, short messages' language. The first set's
`<lang>-r7i` lines score the rest."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("hay alberca? y a que hora abre", "amenities"),
        ("se aceptan perritos? 🐶", "pets"),
        ("dogs allowed?", "pets"),
        ("Gibt es eine Sauna im Haus und bis wann hat sie offen?", "amenities"),
        ("¿El hotel tiene cochera? Le saluda Jimena", "parking"),
    ],
)
def test_a_topic_named_by_its_own_word_is_that_topic(text: str, topic: str) -> None:
    u = understand(text, today=TODAY)
    assert (u.intent, u.faq_topic) == ("faq", topic)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # a bank transfer is a way to pay, not an airport transfer
        ("do you accept bank transfers for groups?", "payment_methods"),
        # a cancellation paid for is about the policy
        ("até quando posso cancelar sem pagar?", "cancellation_policy"),
    ],
)
def test_a_topic_word_beside_another_topic_keeps_the_model_s_reading(text: str, topic: str) -> None:
    assert understand(text, today=TODAY).faq_topic == topic


@pytest.mark.parametrize(
    "text",
    [
        "Hola!! me pasan una cotización para 2 adultos del 20 al 23 de diciembre porfa",
        "oi, me manda um orçamento pra 2 adultos de 20 a 27 de janeiro?",
        "Bitte um ein Angebot für 2 Erwachsene vom 3. bis 6. Jänner",
        "Solicito orçamento para um quarto duplo de 14 a 17 de maio",
    ],
)
def test_a_quote_asked_for_a_stay_is_availability(text: str) -> None:
    u = understand(text, today=TODAY)
    assert u.intent == "availability"
    assert u.check_in is not None


@pytest.mark.parametrize(
    "text",
    [
        "vielen Dank für Ihr Angebot. Wir nehmen das Doppelzimmer vom 5. bis 8. Juni.",
        "We would like to reserve ten double rooms from 14 to 16 May. Please could you send us a quote?",
    ],
)
def test_thanks_for_an_offer_or_a_booking_wish_beside_a_quote_stays_a_booking(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_create"


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        # Québec's question "-tu"
        ("Allô, vous avez-tu un stationnement pour les clients?", "faq", "parking"),
        # a question wrapped in a request to tell
        ("kannst du mir bitte sagen ob es bei euch ein Fitnessstudio gibt, danke", "faq", "amenities"),
        # a person asked for in other words
        ("Est-ce que je pourrais avoir un vrai humain au bout du fil ? Merci", "handoff_request", None),
        ("hola, puedo hablar con una persona de verdad?", "handoff_request", None),
        # thanks for the stay
        ("Valeu demais pela estadia, voltamos com certeza!\nAbs, Renata", "thanks_goodbye", None),
    ],
)
def test_questions_asks_and_thanks_in_other_words(text: str, intent: str, topic: str | None) -> None:
    u = understand(text, today=TODAY)
    assert (u.intent, u.faq_topic) == (intent, topic)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a name written with letters none of the six languages writes is no word of the message
        ("a nombre de Grzegorz Brzęczyszczykiewicz 👍", "es"),
        ("a nombre de Wojciech Szczęsny porfa", "es"),
        # "del" is Italian too
        ("password del wifi?", "it"),
        # a name of the six languages stays read ("Giulia" with "a nome di")
        ("a nome di Giulia Bianchi", "it"),
    ],
)
def test_the_language_of_short_messages_with_names(text: str, lang: str) -> None:
    assert understand(text, today=TODAY).lang == lang


@pytest.mark.parametrize(
    ("text", "words", "left"),
    [
        ("sono elisa, vorrei sapere se c'e la piscina", {"elisa"}, "sono  , vorrei sapere se c'e la piscina"),
        ("margaret o'neill here", {"margaret", "o'neill"}, "    here"),
        # a name inside another word is no name
        ("annalisa and anna", {"anna"}, "annalisa and  "),
    ],
)
def test_the_name_s_words_are_taken_out_whole_without_a_pattern_per_message(
    text: str, words: set[str], left: str
) -> None:
    from conversations.nlu import _without_words

    assert _without_words(text, frozenset(words)) == left


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Hallo, hier ist Amor 😊 gibt es bei euch eine Sauna?", "amenities"),
        ("Quick q from Ade (ref 7781) - is the rooftop terrace open to guests?", "amenities"),
        ("Hat die Sauna von 9-21 Uhr geöffnet?", "amenities"),
        ("O berço é pago? O nosso filho tem 7 meses.", "amenities"),
    ],
)
def test_a_question_naming_a_topic_is_that_question_whoever_asks(text: str, topic: str) -> None:
    u = understand(text, today=TODAY)
    assert (u.intent, u.faq_topic) == ("faq", topic)


def test_a_place_elsewhere_asked_for_stays_out_of_scope() -> None:
    assert understand(
        "Auriez-vous une adresse de crêperie sympa en ville à nous conseiller ?", today=TODAY
    ).intent == ("other")


@pytest.mark.parametrize(
    "text",
    [
        "mandame la confirmación a vero.paz(at)gmail.com porfa",
        "mandatemi la conferma a luca.f(at)tiscali.it per favore",
        "por favor reenviem a confirmação da reserva 90017",
        "can you resend the booking confirmation to my new address?",
    ],
)
def test_a_confirmation_asked_to_be_sent_is_a_status_check(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_status"


def test_an_address_handed_over_for_the_confirmation_is_a_booking() -> None:
    u = understand(
        "Segue o meu email para mandarem a confirmação: rafa.tavares@sapo.pt\nRafael Tavares", today=TODAY
    )
    assert u.intent == "booking_create"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Grüße von Familie Berger aus Graz! Habt ihr ein Babybett?", "amenities"),
        ("allô c'est Josée, je voulais savoir si vous avez du stationnement", "parking"),
        ("Oi, aqui é da família Tanaka: vocês têm berço?", "amenities"),
    ],
)
def test_do_you_have_with_no_room_stay_or_party_asks_about_the_hotel(text: str, topic: str) -> None:
    u = understand(text, today=TODAY)
    assert (u.intent, u.faq_topic) == ("faq", topic)


def test_a_room_with_a_cot_asked_for_stays_a_room() -> None:
    assert (
        understand("Habt ihr ein Zimmer mit Babybett vom 3. bis 5. Mai?", today=TODAY).intent
        == "availability"
    )


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Buchungsnummer 5582, Name Huber. Ist ein Babybett möglich?", "amenities"),
        (
            "Hey, ich bin's, Jonas! Hab die Buchung 7710, kann ich später auschecken?",
            "checkin_checkout_times",
        ),
        ("Tengo la reserva 61220 del 3 al 6 de marzo, ¿el parking está incluido?", "parking"),
    ],
)
def test_one_question_about_the_hotel_beside_a_booking_is_that_question(text: str, topic: str) -> None:
    u = understand(text, today=TODAY)
    assert (u.intent, u.faq_topic) == ("faq", topic)


@pytest.mark.parametrize(
    "text",
    [
        "We booked a double for 5-7 Feb but now our son (2) is coming too, can you add a cot?",
        "I sent a booking request last week for 5 to 7 February. Could you confirm it went through? "
        "Also, do you allow dogs?",
    ],
)
def test_a_booking_s_own_question_or_something_added_keeps_the_booking_s_intent(text: str) -> None:
    assert understand(text, today=TODAY).intent in ("booking_modify", "booking_status")


def test_one_question_beside_a_booking_made_is_that_question() -> None:
    u = understand(
        "Olá, reservei de 3 a 5 de março (reserva 8812). A que horas é o check-out no dia 5?", today=TODAY
    )
    assert (u.intent, u.faq_topic) == ("faq", "checkin_checkout_times")
