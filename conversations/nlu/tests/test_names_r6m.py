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
        ("Buchung Doppelzimmer, gibt es Parkplätze?", None),
        ("Subject: Booking Enquiry\n\nHi, any rooms?", None),
        ("Reserva Cancelada \u2013 ¿me devuelven el dinero?", None),
        ("Reserva Estrada: ¿hay parking?", "Estrada"),
        # a German noun after a dash ends a subject, it signs nothing
        ("Reservierung Nr. 4471 - Frage", None),
        # initials before a surname
        ("Bonjour, ici A. Perrin, résa 4410, le parking est-il couvert ?", "A. Perrin"),
        ("Buongiorno, A. Ferri, pren. 2201: c'è la piscina?", "A. Ferri"),
        ("J. R. Hartley here, is the bar open late?", "J. R. Hartley"),
        ("Bom dia, sou a Ma. Luísa Prado, tem berço?", "Ma. Luísa Prado"),
        ("Je suis J.-P. Marchand, chambre 12.", "J.-P. Marchand"),
        # a family by its surname ("the Nakamuras" in the plural)
        ("We're the Okonkwos, arriving Friday. Is there parking?", "Okonkwo"),
        ("we are the Joneses, is the pool open?", "Jones"),
        ("Bonjour, nous sommes les Tran, arrivée demain soir.", "Tran"),
        ("Hola, somos los Quiroga, ¿hay cuna?", "Quiroga"),
        ("Nous sommes les Parents de Léa, elle arrive samedi.", None),
        # French typed without apostrophes ends a lower-case name: "jai" = "j'ai"
        ("bonjour ici karim haddad jai reserve pour lundi", "Karim Haddad"),
        # who writes from a city is no surname ("le escribe ... de Guadalajara")
        ("buenas le escribe ana sofia rios de monterrey queria saber el horario", "Ana Sofia Rios"),
        # "Evening," greets; the full name after it is the writer
        ("Evening, Rahul Mehta, booking 5521 - is there a late check-in?", "Rahul Mehta"),
        # Bavarian/Austrian "da ist der Flo" opening the message; "da ist die Dusche kaputt" is none
        ("Servus, da ist der Sepp, habt's ihr a Sauna?", "Sepp"),
        ("Hallo, da ist die Dusche kaputt", None),
        # "under <name>" as the whole reply to "whose name?"
        ("under ifeoma nwosu pls", "Ifeoma Nwosu"),
        ("under 12s stay free?", None),
        # a German booking noun is no first name; a title after the booking word is dropped
        ("Buchung Berger, Anreise Freitag. Gibt es Parkplätze?", "Berger"),
        ("Reservierung Familie Gruber, wir kommen um 22 Uhr", "Gruber"),
        ("Booking Mrs Patel - can we have a cot?", "Patel"),
        # French "c est" typed without its apostrophe
        ("Salut c est Oluwaseun, on arrive à 23h ça pose problème ?", "Oluwaseun"),
        ("salut c est julien dubois je voulais savoir pour le parking", "Julien Dubois"),
        ("c est possible de garer la voiture ?", None),
        # a full name with initials or a booking after it opens a question: a person, not a place
        ("Ma. Pilar Soto, reserva 2210: ¿hay cuna?", "Ma. Pilar Soto"),
        ("Pedro Alonso, reserva 5521, ¿hay cuna?", "Pedro Alonso"),
        ("Costa Brava, ¿tenéis habitaciones?", None),
        # a lower-case signature's initial; the French title only after a French closing
        ("bitte stornieren, buchung nr 4471, danke, k. wagner", "K. Wagner"),
        ("je voudrais annuler la resa 4410 merci, m. dupont", "Dupont"),
        # whose booking it is: a family's surname; whom a secretary writes for
        ("buenas tardes es la reserva de la familia paredes queria saber si hay cuna", "Paredes"),
        ("Bonjour, la réservation de la famille Morel, le parking est-il payant ?", "Morel"),
        ("la reserva de la familia numerosa tiene descuento?", None),
        (
            "Buenos días, les escribe la secretaria de D. Ramón Ibáñez, necesita una individual",
            "Ramón Ibáñez",
        ),
        ("Hola, soy la secretaria del congreso", None),
        # an Italian wife's married surname after "in"; a city or a room after "in" is none of the name
        (
            "Buongiorno, sono Maria Grazia De Luca in Ferraro, c'è il parcheggio?",
            "Maria Grazia De Luca in Ferraro",
        ),
        ("this is Tom Hardy in London, any rooms?", "Tom Hardy"),
        ("Hi, I am Tom Baker in Room 12", "Tom Baker"),
    ],
)
def test_names_r6m(text: str, name: str | None) -> None:
    assert extract_guest_name(text) == name
