"""Intents of the sixth session's intent lines (r6i): a strike in town asked about, a booked room swapped or a stay
lengthened after a booking made, a wish to come and stay said after the party, a booking in the present tense, a
meeting room asked about with its size and a booking form's arrival and departure fields. The first set's
`<lang>-r6i` lines score the rest."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "do you know if there's a train strike on Monday?",
        "¿saben si mañana hay huelga de taxis?",
        "c'è sciopero dei treni giovedì?",
        "wisst ihr, ob am Montag gestreikt wird? Ist ein Bahnstreik angekündigt?",
    ],
)
def test_a_strike_in_town_asked_about_is_out_of_scope(text: str) -> None:
    u = understand(text, today=TODAY)
    assert u.intent == "other"
    assert u.check_in is None


def test_a_strike_that_makes_the_guest_cancel_keeps_the_cancellation() -> None:
    u = understand("com a greve dos aviões vamos ter de cancelar a reserva 5521", today=TODAY)
    assert u.intent == "booking_cancel"


@pytest.mark.parametrize(
    "text",
    [
        "We booked a twin for 8-10 May but would love to upgrade to the suite",
        "j'ai réservé une double du 3 au 5 mai, on peut passer à une suite ?",
        "tenho uma reserva de 3 a 5 de maio e queria trocar para um quarto triplo",
    ],
)
def test_a_booked_room_swapped_is_a_change(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_modify"


def test_a_stay_lengthened_after_a_french_resa_is_a_change() -> None:
    u = understand("Salut, on a une résa chez vous, on pourrait prolonger jusqu'au 12 ?", today=TODAY)
    assert u.intent == "booking_modify"
    assert (u.check_in, u.check_out) == (None, dt.date(2026, 12, 12))


def test_a_wish_to_come_and_stay_after_the_party_is_a_booking() -> None:
    u = understand(
        "Wir sind zu viert und möchten über Ostern ein paar Nächte bei Ihnen übernachten", today=TODAY
    )
    assert u.intent == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "Prenoto una doppia per venerdì, grazie",
        "Reservo una doble para el sábado",
        "I'll book the twin for Friday",
    ],
)
def test_a_booking_in_the_present_tense_is_a_booking(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_create"


def test_a_meeting_room_asked_about_gives_no_party() -> None:
    u = understand("Morning! Is there a conference room for 14 at the hotel?", today=TODAY)
    assert (u.intent, u.faq_topic) == ("faq", "amenities")
    assert u.adults is None


def test_a_booking_forms_arrival_and_departure_are_a_stay() -> None:
    u = understand(
        "Guests: 2 adults\nCheck-in: 12 March 2027\nCheck-out: 15 March 2027\nRoom type: Twin", today=TODAY
    )
    assert u.intent in ("booking_create", "availability")
    assert (u.check_in, u.check_out) == (dt.date(2027, 3, 12), dt.date(2027, 3, 15))


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, Mme Girard à l'appareil, je voulais savoir si vous avez un ascenseur.",
        "Buonasera, sono la zia di Paolo, volevo chiedere se l'albergo ha l'ascensore",
    ],
)
def test_a_lift_asked_about_is_accessibility(text: str) -> None:
    u = understand(text, today=TODAY)
    assert (u.intent, u.faq_topic) == ("faq", "accessibility")


@pytest.mark.parametrize(
    "text",
    [
        "Hallo, wir würden gerne über Pfingsten kommen, 2 Erwachsene und 1 Kind",
        "Buongiorno, vorremmo venire per il ponte del 2 giugno, in tre",
        "Hola, queríamos ir del 3 al 6 de abril, somos dos",
    ],
)
def test_a_wish_to_come_at_a_time_is_a_booking(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_create"


def test_a_wish_to_come_asked_as_doable_is_a_question() -> None:
    u = understand(
        "we were hoping to come for the 2nd to the 5th of January with the kids, is that doable?", today=TODAY
    )
    assert u.intent == "availability"


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, avez-vous des salles de réunion pour nos collaborateurs ?",
        "Vous avez une salle pour 20 personnes ? C'est pour un séminaire d'entreprise.",
    ],
)
def test_meeting_rooms_in_the_plural_or_for_a_seminar_are_amenities(text: str) -> None:
    u = understand(text, today=TODAY)
    assert (u.intent, u.faq_topic) == ("faq", "amenities")
    assert (u.check_in, u.adults) == (None, None)


def test_a_sure_question_beside_a_booking_named_is_asked() -> None:
    u = understand(
        "Tengo una reserva hecha por Expedia con número 88120443, ¿me confirman si incluye desayuno?",
        today=TODAY,
    )
    assert (u.intent, u.faq_topic) == ("faq", "breakfast")


def test_check_in_and_check_out_days_without_colons_are_a_stay() -> None:
    u = understand("check-in il 14, check-out il 17, una matrimoniale per due", today=TODAY)
    assert u.intent in ("booking_create", "availability")
    assert (u.check_in, u.check_out) == (dt.date(2026, 12, 14), dt.date(2026, 12, 17))


def test_a_booking_for_an_agencys_client_is_a_booking() -> None:
    u = understand(
        "Hello, this is Sunway Travel, booking on behalf of our client, a twin from 4 to 6 March", today=TODAY
    )
    assert u.intent == "booking_create"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "hi yeah um it's dave here i've got a booking with you in january and i just wanted to check you do breakfast",
            "breakfast",
        ),
        ("Boa tarde, tenho uma reserva para janeiro e gostaria de saber se vocês aceitam cachorro", "pets"),
        ("Buongiorno, abbiamo una prenotazione a gennaio e volevo sapere se c'è il parcheggio", "parking"),
    ],
)
def test_a_question_asked_indirectly_after_a_booking_named_is_the_question(text: str, topic: str) -> None:
    u = understand(text, today=TODAY)
    assert (u.intent, u.faq_topic) == ("faq", topic)


def test_a_goodbye_naming_a_day_above_a_signed_closing_is_a_goodbye() -> None:
    u = understand("A sabato allora! Grazie mille\nGiovanna Ferri", today=TODAY)
    assert u.intent == "thanks_goodbye"
    assert u.check_in is None


def test_a_name_handed_over_with_thanks_on_the_same_line_stays_a_booking() -> None:
    assert understand("Intestata a Lorenza Dell'Orto, grazie", today=TODAY).intent == "booking_create"
