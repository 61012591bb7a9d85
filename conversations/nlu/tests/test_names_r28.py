"""Guest names and booking references in the r28 batch's messages: thanks typed short or in a neighbouring language
closing a message; "c'est" and a word ending a complaint typed in lower case; a nationality after "I am"; a surname or
a full name beside a room or a booking on the last line; a full name typed in lower case alone on the last line; a
closing typed on in a run-on line; a phone after the name signing; two first names introduced; a reference alone
after a comma a few words after the booking."""

from __future__ import annotations

import pytest

from conversations.nlu.contacts import extract_booking_ref
from conversations.nlu.names import extract_guest_name


@pytest.mark.parametrize(
    "text",
    [
        # thanks typed short as the last word
        "Need to cancel booking ref HX44871 sorry, kid's got chicken pox. Tks",
        "Need to cancel booking ref HX44871 sorry, kid's got chicken pox. Tku",
        "Tengo que cancelar la reserva 44871, mi hijo está enfermo. Grs",
        "Je dois annuler la réservation 44871, mon fils est malade. Mci",
        "Ich muss die Buchung 44871 stornieren, mein Sohn ist krank. Dankeschön",
        "Devo annullare la prenotazione 44871, mio figlio è malato. Grz",
        "Preciso cancelar a reserva 44871, meu filho está doente. Obg",
    ],
)
def test_thanks_typed_short_ending_a_message_is_no_name(text: str) -> None:
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a closing in another language before the name
        (
            "Goedendag, est-ce qu'il y a une piscine à l'hôtel? Et un jardin pour les enfants?\nDank u wel, Pieter",
            "Pieter",
        ),
        ("Hola, ¿tienen piscina? ¿Y un jardín para los niños?\nMoltes gràcies,\nJordi", "Jordi"),
        ("Hallo, haben Sie einen Pool?\nBedankt, Pieter", "Pieter"),
        ("Ciao, avete la piscina?\nDank je wel\nPieter", "Pieter"),
        ("Do you have a pool?\nDank u wel, Pieter de Vries", "Pieter de Vries"),
        ("Olá, têm piscina?\nDank u wel, Pieter", "Pieter"),
    ],
)
def test_a_closing_in_a_neighbouring_language_signs(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        # French "it's" and a word ending a complaint typed in lower case, as English "its"
        "le wifi marche pas ds la chambre 214 depuis hier soir, c'est relou",
        "la clim marche pas, c'est ouf",
        "le wifi marche pas ds la chambre 214 depuis hier soir, c'est abusé",
        "the wifi in room 214 hasnt worked since last night, its rubbish",
    ],
)
def test_its_and_a_word_ending_a_complaint_in_lower_case_is_no_name(text: str) -> None:
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bonjour c'est julie, je voudrais une chambre", "Julie"),
        ("salut c'est julie ?", "Julie"),
        ("hey its sarah jones, need a room for tonight", "Sarah Jones"),
    ],
)
def test_its_opening_a_message_in_lower_case_still_names(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        # a nationality after "I am", the signature under the letter
        "Hallo, ich bin Engländer, sorry für mein Deutsch. Ich will ein Zimmer buchen für den 31.12., nur eine Nacht."
        "\nCheers,\nOliver Smith",
        "Hi, I am English, sorry for my Spanish. I want a room for 31.12, one night.\nSaludos,\nOliver Smith",
        "Hola, soy Inglés, perdón por mi español. Quiero una habitación para el 31.12.\nCheers,\nOliver Smith",
        "Bonjour, je suis Anglais, désolé pour mon français. Je veux une chambre pour le 31.12.\nCheers,\nOliver Smith",
        "Ciao, sono Inglese, scusate il mio italiano. Vorrei una camera per il 31.12.\nCheers,\nOliver Smith",
        "Olá, sou Inglês, desculpe o meu português. Quero um quarto para 31.12.\nCheers,\nOliver Smith",
        "Hallo, ich bin Schotte, sorry. Ein Zimmer für den 31.12. bitte.\nGrüße\nOliver Smith",
    ],
)
def test_a_nationality_after_i_am_is_no_name_and_the_signature_is(text: str) -> None:
    assert extract_guest_name(text) == "Oliver Smith"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname after the reference or the room, after a question asked twice or a room's word cut short
        (
            "running late, flight delayed, wont be there till about 1am is that ok?? booking 7731, Mitchell",
            "Mitchell",
        ),
        ("Koennen wir den Check-out auf 13 Uhr verschieben? Zi 14, Huber", "Huber"),
        ("Peut-on partir à 13h ?? Ch. 12, Fontaine", "Fontaine"),
        ("Possiamo lasciare la camera alle 13?? Cam. 5, Fontana.", "Fontana"),
        ("Podemos sair às 13h?? Qto 3, Ferreira", "Ferreira"),
        ("¿Podemos salir a las 13h?? Hab. 3, Ferrer", "Ferrer"),
        ("Llegamos tarde!! reserva 4471, Ferrer", "Ferrer"),
        ("Wir kommen spät!! Buchung 4471, Huber", "Huber"),
        ("Can we move it? Prenotazione 44 981, Marco Sartori", "Marco Sartori"),
        # a full name before the reference
        ("Could you cancel my reservation for the 19th pls? Sarah Kent, ref QK2291", "Sarah Kent"),
        ("¿Podéis cancelar mi reserva del 19? Ana Ruiz, reserva 4471", "Ana Ruiz"),
        ("Pouvez-vous annuler ma réservation du 19 ? Claire Dubois, résa 4471", "Claire Dubois"),
        ("Können Sie meine Buchung für den 19. stornieren? Huber, Zimmer 14", "Huber"),
        ("Potete cancellare la mia prenotazione del 19? Marco Sartori, prenotazione 4471.", "Marco Sartori"),
        ("Podem cancelar a minha reserva do dia 19? Inês Costa, reserva n.º 4471", "Inês Costa"),
    ],
)
def test_a_name_beside_the_room_or_the_reference_ends_a_message(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Could you cancel my reservation for the 19th pls? Thanks, ref QK2291",
        "Could you cancel my reservation for the 19th pls? Happy Monday, ref QK2291",
        "Können wir verschieben? Buchung 4471, Freitag",
    ],
)
def test_thanks_or_a_day_beside_the_reference_is_no_name(text: str) -> None:
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a full name typed in lower case alone on the last line
        ("pls book me a single for tmrw night\ndave collins", "Dave Collins"),
        ("hola quiero una doble para el sabado\nana ruiz", "Ana Ruiz"),
        ("bonjour une chambre pour samedi svp\nmarion lefebvre", "Marion Lefebvre"),
        ("ciao una doppia per sabato\ngiulia esposito", "Giulia Esposito"),
        ("oi queria um quarto pra sabado\njoão pereira", "João Pereira"),
        ("hallo ein doppelzimmer für samstag bitte\njonas becker", "Jonas Becker"),
    ],
)
def test_a_full_name_in_lower_case_alone_on_the_last_line_signs(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    ["pls book me a single for tmrw night\nthanks a lot", "pls book me a single for tmrw night\nno rush"],
)
def test_words_in_lower_case_on_the_last_line_are_no_name(text: str) -> None:
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a closing typed on in a run-on line, a code in capitals copied into it
        (
            "moin wir haben uebers wochenende 20.-22.3. gebucht nr RES 2219 44 und wollten fragen ob wir noch den "
            "sonntag dranhängen koennen also abreise montag lg jens",
            "Jens",
        ),
        ("Wir haben Buchung 2219 und wollen den Sonntag dranhängen also Abreise Montag LG Jens", "Jens"),
        (
            "wir haben gebucht nr 2219 und wollen den sonntag dranhängen also abreise montag mfg klaus",
            "Klaus",
        ),
        (
            "tenemos la reserva 2219 y queremos quedarnos el domingo tambien o sea salir el lunes slds ana",
            "Ana",
        ),
        ("Tenemos la reserva 2219 y queremos quedarnos el domingo, salir el lunes Saludos Ana", "Ana"),
        ("on a la resa 2219 et on voudrait rester dimanche aussi donc départ lundi cdlt marie", "Marie"),
        ("we have booking 2219 and want to add the sunday so leaving monday rgds tom", "Tom"),
        ("We have booking 2219 and want to add the Sunday so leaving Monday Cheers Tom", "Tom"),
        (
            "Abbiamo la prenotazione 2219 e vorremmo restare domenica quindi partenza lunedì Saluti Luca",
            "Luca",
        ),
        ("Temos a reserva 2219 e queremos ficar domingo então saída segunda Abs João", "João"),
    ],
)
def test_a_closing_typed_on_in_a_run_on_line_then_the_name(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a phone number after the name on the last line
        (
            "jvoudrais reserver 1 chambre pr 2 nuits a partir du 3 janv, 2 adultes 1 bb\nThomas Leroy 06 12 34 56 78",
            "Thomas Leroy",
        ),
        (
            "quiero reservar una habitación para 2 noches desde el 3 de enero\nAna Ruiz +34 612 345 678",
            "Ana Ruiz",
        ),
        ("vorrei prenotare una camera per 2 notti dal 3 gennaio\nLuca Neri 347 123 4567", "Luca Neri"),
        (
            "queria reservar um quarto para 2 noites a partir de 3 de janeiro\nJoão Pereira 912 345 678",
            "João Pereira",
        ),
        ("ich möchte ein Zimmer für 2 Nächte ab 3. Januar buchen\nJonas Becker 0171 2345678", "Jonas Becker"),
        ("I'd like to book a room for 2 nights from 3 Jan\nTom Hale 07911 123456", "Tom Hale"),
    ],
)
def test_a_name_then_a_phone_on_the_last_line_signs(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # two first names introduced: the first one
        ("hi, this is Priya and Dan - we'd love a room for Valentine's 💕", "Priya"),
        ("Hola, aquí Lucía y Dani, queremos una habitación para San Valentín", "Lucía"),
        ("Bonjour, ici Léa et Tom, on voudrait une chambre pour la Saint-Valentin", "Léa"),
        ("Hallo, hier Lena und Tim, wir hätten gern ein Zimmer zum Valentinstag", "Lena"),
        ("Ciao, qui Giulia e Marco, vorremmo una camera per San Valentino", "Giulia"),
        ("Olá, aqui Ana e Rui, queríamos um quarto para o Dia dos Namorados", "Ana"),
    ],
)
def test_the_first_of_two_people_introduced_is_the_name(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        # a reference alone after a comma a few words after the booking
        "Cancela minha reserva pfv, 81422, n vou mais conseguir ir 😢",
        "cancel my booking pls, 81422, cant make it anymore",
        "Cancelad mi reserva porfa, 81422, ya no puedo ir",
        "Annulez ma résa svp, 81422, je ne peux plus venir",
        "Bitte meine Buchung stornieren, 81422, wir schaffen es nicht",
        "Cancellate la mia prenotazione per favore, 81422. Non riesco più a venire",
    ],
)
def test_a_reference_alone_after_a_comma_near_the_booking(text: str) -> None:
    assert extract_booking_ref(text) == "81422"


@pytest.mark.parametrize(
    "text", ["cancel my booking pls, room 4410, cant make it", "about my booking, 2026, no"]
)
def test_a_room_or_a_year_after_a_comma_is_no_reference(text: str) -> None:
    assert extract_booking_ref(text) is None
