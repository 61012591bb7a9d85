"""Guest names in situations the earlier rounds covered little (the first set's `<lang>-r6mNN` lines score the
rest): a surname a booking is labelled with in a subject line or opening the message, and initials before a
surname, also when the initial is a stop word ("A. Schmitt") or the abbreviation "Ma." (María)."""

from __future__ import annotations

import pytest

from conversations.nlu.names import extract_guest_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a booking word and one surname open the message or its subject line
        ("Subject: Booking Achebe\n\nHello, is there a safe in the room?", "Achebe"),
        ("Betreff: Reservierung Brunner\n\nGuten Tag, gibt es eine Garage?", "Brunner"),
        ("Buenas, reserva Quintana, ¿hay cuna disponible?", "Quintana"),
        ("Prenotazione Galli \u2013 si può pagare con carta?", "Galli"),
        ("Réservation Morel : faut-il réserver le parking ?", "Morel"),
        # ... but not an ordinary word or a room
        ("Booking Confirmation - when can we check in?", None),
        ("Reserva Doble, ¿tienen cuna?", None),
        ("Reserva Grupo \u2013 20 personas, ¿hay descuento?", None),
        # initials before a surname
        ("Bonjour, ici A. Perrin, résa 4410, le parking est-il couvert ?", "A. Perrin"),
        ("Buongiorno, A. Ferri, pren. 2201: c'è la piscina?", "A. Ferri"),
        ("J. R. Hartley here, is the bar open late?", "J. R. Hartley"),
        ("Bom dia, sou a Ma. Luísa Prado, tem berço?", "Ma. Luísa Prado"),
        ("Je suis J.-P. Marchand, chambre 12.", "J.-P. Marchand"),
    ],
)
def test_names_r6m(text: str, name: str | None) -> None:
    assert extract_guest_name(text) == name
