"""Booking references as guests write them (round 9, docs/INTERFACES.md): a code with a dash group after it, a
number after "it is" later in the message that names the booking, in groups or as a code in capitals, and a number
sign before a code."""

from __future__ import annotations

import pytest

from conversations.nlu.contacts import extract_booking_ref


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("cancelen mi reserva porfa, es la RSV-20261204-77, ya no viajo", "RSV-20261204-77"),
        ("please cancel QLO-48213-A, thanks", "QLO-48213-A"),
        (
            "La reserva la hizo mi compañero Íñigo Arrieta, pero al final voy yo. ¿Se puede cambiar el titular? "
            "Es la 88213",
            "88213",
        ),
        (
            "j'ai une réservation chez vous c'est le 4471 229 180 et je voulais savoir si vous prêtez un lit bébé",
            "4471229180",
        ),
        ("ich habe eine Buchung bei Ihnen, es ist die 55120", "55120"),
        ("tenho uma reserva convosco e queria mudar o nome do titular. É a 30118", "30118"),
        ("Ho una prenotazione da voi e volevo sapere se posso portare il cane. È la 44120", "44120"),
        ("Cancelen mi reserva 😭 la 77120, no llego por la huelga de vuelos", "77120"),
        ("come faccio a cancellare la mia prenotazione? è la ABX 442", "ABX442"),
        ("Quantas noites ficaram na minha reserva? Já nem me lembro. Nº RSV/2027/509", "RSV/2027/509"),
        ("la réservation, c'est la 44 120", "44120"),
        ("Ma réservation? C'est le 55 410.", "55410"),
        ("I booked last week, it's 77120", "77120"),
    ],
)
def test_the_reference_is_read(text: str, ref: str) -> None:
    assert extract_booking_ref(text) == ref


@pytest.mark.parametrize(
    "text",
    [
        "mi reserva es para el 12, ¿la habitación es la 1204?",
        "I have a booking for Friday, it's 1500 euros right?",
        "my booking is for May, it's 2027 right",
        "Ma réservation c'est le 12 mai",
        "la reserva es del 3 al 5. El nº de la habitación es 204",
        "Nº 12 de la calle, ¿tienen parking?",
        "ma réservation, c'est le 12 300 euros ?",
        "I booked for Friday, it's 2027 right?",
        "Venho solicitar a reserva de um quarto duplo de 2 a 5 de abril. O meu contacto é o 912 345 678 e chegamos às 16h",
    ],
)
def test_no_reference_read(text: str) -> None:
    assert extract_booking_ref(text) is None
