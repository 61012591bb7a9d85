"""Guest names and references in the r15 batch's messages: a reference said in groups in a sentence of its own."""

from __future__ import annotations

import pytest

from conversations.nlu.contacts import extract_booking_ref


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Ich möchte meine Reservierung stornieren. Die Nummer ist 9 04 331.", "904331"),
        ("I'd like to cancel my booking. The number is 9 04 331.", "904331"),
        ("Quiero cancelar mi reserva. El número es 9 04 331.", "904331"),
        ("Je voudrais annuler ma réservation. Le numéro est le 9 04 331.", "904331"),
        ("Vorrei annullare la prenotazione. Il numero è 9 04 331.", "904331"),
        ("Queria cancelar a minha reserva. O número é o 9 04 331.", "904331"),
        ("Hallo, ich hatte vom 3. bis 5. Juni gebucht, müsste aber umbuchen. Geht das? Nr. 30 771.", "30771"),
        (
            "I booked from 3 to 5 June but need to move it to 10-12 June. Is that possible? No. 30 771.",
            "30771",
        ),
        ("Reservé del 3 al 5 de junio, pero tengo que cambiar al 10-12. ¿Se puede? Nº 30 771.", "30771"),
        ("J'avais réservé du 3 au 5 juin, il faudrait passer au 10-12. C'est possible ? N° 30 771.", "30771"),
        ("Ho prenotato dal 3 al 5 giugno ma dovrei spostare al 10-12. Si può? N. 30 771.", "30771"),
        ("Reservei de 3 a 5 de junho, mas preciso mudar para 10-12. Pode ser? Nº 30 771.", "30771"),
    ],
)
def test_a_reference_said_in_groups_in_a_sentence_of_its_own(text, ref):
    assert extract_booking_ref(text) == ref


@pytest.mark.parametrize(
    "text",
    ["Ich bin in Zimmer 12. Nr. 30 771 ist mein Auto.", "We stay in room 4. Number 12 is our friends."],
)
def test_a_number_with_no_booking_spoken_of_is_no_reference(text):
    assert extract_booking_ref(text) is None
