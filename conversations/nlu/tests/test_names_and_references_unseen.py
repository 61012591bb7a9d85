"""Booking references and guest names the way unseen guests write them (the first set's `<lang>-r5dNN` lines
score the same families): references typed in groups, with prefixes in capitals or after a colon later in the
sentence; names after introductions in every register, on their own line, in signatures, names that are also
words; and places, stations, rooms, staff and companies that are no name.
"""

from __future__ import annotations

import pytest

from conversations.nlu.contacts import extract_booking_ref


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        # groups of digits one space apart: one number
        ("hola, quería anular la reserva 5512 338 190 que hice por Booking", "5512338190"),
        ("Bitte Buchung Nr. 61 207 stornieren, danke", "61207"),
        ("Pourriez-vous annuler la résa n° 72 905 ?", "72905"),
        ("volevo sapere se la prenotazione n. 38 116 è confermata", "38116"),
        ("Our booking number is 3318 4420, is breakfast included?", "33184420"),
        ("Hi, cancel booking 22 918 706 please", "22918706"),
        # a code in capitals typed in groups, its prefix swallowed by a cue word ("RES", "cód.")
        ("Buchungscode: KTZ 4408 B, können wir später anreisen?", "KTZ4408B"),
        ("Confirmation no. 7HD 2QX, what time is check-in?", "7HD2QX"),
        ("Reservation #QL 5531 — is parking included?", "QL5531"),
        ("Número: RES 4410 72, ¿me lo confirman?", "RES441072"),
        ("minha reserva cód. 5T9-31K está ok?", "5T9-31K"),
        ("mi riferisco alla prenotazione, rif: HTL 20 7741", "HTL207741"),
        # a code after a colon later in the sentence
        ("Segue o número da nossa reserva para o jantar de grupo: GRP/2027/88", "GRP/2027/88"),
        ("Aquí le paso el localizador de la reserva del viaje: VX-2219-Q", "VX-2219-Q"),
    ],
)
def test_references_typed_in_groups_or_after_a_colon(text: str, ref: str) -> None:
    assert extract_booking_ref(text) == ref


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        # what follows a reference is no part of it: a day, a range, an amount, a count, a word in capitals
        ("reserva 55120 15 de junio", "55120"),
        ("booking 44120 12 to 14 May", "44120"),
        ("Buchung 7731 am 12. Mai", "7731"),
        ("reserva 4471 20 al 22 de mayo", "4471"),
        ("reserva 3390 12 noches", "3390"),
        ("réservation 8812 150 €", "8812"),
        ("booking 4471 OK?", "4471"),
        ("prenotazione 5521 dal 3 al 5 aprile", "5521"),
        # a day or a year after the cue is still no reference
        ("reserva para el 20 de mayo", None),
        ("my booking for 2027", None),
        ("my booking for next week: 12/05-14/05", None),
    ],
)
def test_what_follows_a_reference_is_not_added_to_it(text: str, ref: str | None) -> None:
    assert extract_booking_ref(text) == ref
