"""Booking references and guest names the way unseen guests write them (the first set's `<lang>-r5dNN` lines
score the same families): references typed in groups, with prefixes in capitals or after a colon later in the
sentence; names after introductions in every register, on their own line, in signatures, names that are also
words; and places, stations, rooms, staff and companies that are no name.
"""

from __future__ import annotations

import pytest

from conversations.nlu.contacts import extract_booking_ref, extract_guest_name


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
        ("Booking.com reservation 3301 772 105 - is late check-in ok?", "3301772105"),
        # a code in capitals typed in groups, its prefix swallowed by a cue word ("RES", "cód.")
        ("Buchungscode: KTZ 4408 B, können wir später anreisen?", "KTZ4408B"),
        ("Confirmation no. 7HD 2QX, what time is check-in?", "7HD2QX"),
        ("Reservation #QL 5531 — is parking included?", "QL5531"),
        ("Número: RES 4410 72, ¿me lo confirman?", "RES441072"),
        ("minha reserva cód. 5T9-31K está ok?", "5T9-31K"),
        ("mi riferisco alla prenotazione, rif: HTL 20 7741", "HTL207741"),
        # a code whose first letter is also a word of glue ("a"), and "n.ro"
        ("Buchung #A7-42 bitte auf Freitag verschieben", "A7-42"),
        ("vorrei disdire la prenotazione n.ro 6610", "6610"),
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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # introductions in every register and language
        ("Buenas, Inés Carrasco al habla, ¿hay cuna disponible?", "Inés Carrasco"),
        ("Bonsoir, Hugo Lemaire à l'appareil, vous avez un garage ?", "Hugo Lemaire"),
        ("Guten Morgen, Sabine Krüger am Apparat, ist das Frühstück inklusive?", "Sabine Krüger"),
        ("Hello, Siobhán Ó Ceallaigh speaking, is there a lift?", "Siobhán Ó Ceallaigh"),
        ("ciao è Vittoria qui, avete un posto auto?", "Vittoria"),
        ("hi this is rose from room 31 the kettle is broken", "Rose"),
        ("Grüß Gott, hier Lukas Hofer, habt ihr Parkplätze?", "Lukas Hofer"),
        ("Servus, da is d'Resi, gibt's no a Zimmer?", "Resi"),
        # a weak cue's own words: "Will" is an English word, a name after Italian, Spanish or German cues
        ("Buongiorno, sono Frank, c'è il wifi?", "Frank"),
        ("Hola, soy Will, ¿aceptáis perros?", "Will"),
        ("Hallo, ich bin's, Rose, wann gibt es Frühstück?", "Rose"),
        ("oi, sou eu de novo, a Rosa, tem estacionamento?", "Rosa"),
        ("Could you put the booking under Rose, please?", "Rose"),
        ("Hi there, Grace Walsh and family, we'd love a room on the 4th", "Grace Walsh"),
        # the surname said apart, its particle in lower case
        ("me llamo maria jose y mi apellido es de la fuente, quería una doble", "Maria Jose de la Fuente"),
        # a field label without its colon before a full name ending the sentence
        ("Les paso los datos: reserva 5531, titular Paz Gutiérrez.", "Paz Gutiérrez"),
        # on its own line, opening the message or as the whole message; a lone name under a reference
        ("Lorenzo Bellini Ricci\n\nAvete la culla in camera?", "Lorenzo Bellini Ricci"),
        ("Marta Vidal Puig", "Marta Vidal Puig"),
        ("— Ana", "Ana"),
        ("Bitte um Bestätigung der Buchung 71102.\nKonrad", "Konrad"),
        # a signature without a closing, over a company and a phone line
        ("Do you allow pets?\n\nPriya Raman | Raman Legal\n+44 20 7946 0011", "Priya Raman"),
        # titles and initials
        ("Merci d'annuler la réservation 4410.\nCordialement,\nMaître Hélène Vasseur", "Hélène Vasseur"),
        ("Merci de confirmer la résa 9921.\nBien à vous,\nJ.-L. Garnier", "J.-L. Garnier"),
    ],
)
def test_names_as_unseen_guests_give_them(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        # places, stations, companies and rooms are where someone writes from, not who
        "ici Bordeaux Saint-Jean, notre train est en retard, jusqu'à quand peut-on arriver ?",
        "Hi, this is Manchester Airport lost property, one of your guests left a bag",
        "Guten Tag, hier ist Köln Hauptbahnhof, Fundbüro",
        "Hi, hier Basel, wir sind eine Gruppe von Studenten",
        "Salve, qui Roma Termini, abbiamo trovato uno zaino",
        "Buenas, escribo en nombre de la empresa Transportes Gil, ¿tienen tarifa de empresa?",
        "Buonasera, scrivo per conto della ditta Rinaldi Impianti, avete una sala meeting?",
        "This is Sunshine Travel, we have a group of 12 for May",
        "Junior Suite\n¿cuánto cuesta por noche?",
        "Dear Sir\nDo you have parking?",
        "Do you have parking?\nUrgent",
        "Hola, quiero reservar.\nSevilla",
        # a word in lower case before a number is a day, not a name
        "Chega um pacote no meu nome dia 20, podem receber?",
        # a label's word in a team's name
        "Guest Relations Team",
    ],
)
def test_no_name_in_places_companies_rooms_and_days(text: str) -> None:
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # French typed fast drops the apostrophe: "jvoudrais" ends the name
        ("bonsoir je suis hélène martin jvoulais savoir pour le parking", "Hélène Martin"),
        # the Swiss article "de" before a man's name
        ("Hoi, da isch de Ruedi, hend ihr no es Zimmer?", "Ruedi"),
        # a word that closes a message in a hurry is no name
        ("Please cancel reservation 6612 today.\nUrgent", None),
    ],
)
def test_chat_spellings_and_swiss_articles(text: str, name: str | None) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "M.ª" is María, not the French "M." title
        ("Reciban un cordial saludo,\nM.ª Pilar Sanz-Oliva", "M.ª Pilar Sanz-Oliva"),
        # the one thanked is the hotel's, not the guest
        ("Vielen Dank Herr Brandt für die Info, gibt es auch Parkplätze?", None),
        ("Thanks Mrs Lowe, is the spa open on Sunday?", None),
        ("Is the spa open on Sunday? Thanks, Mrs Lowe", "Lowe"),
        ("Merci, Mme Durand", "Durand"),
    ],
)
def test_maria_abbreviated_and_the_staff_thanked(text: str, name: str | None) -> None:
    assert extract_guest_name(text) == name


def test_a_german_reference_after_its_article() -> None:
    assert extract_booking_ref("Unsere Buchungsnummer ist die 71 304, danke.") == "71304"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a full name opening the message, with or without a greeting
        ("Hello from Oksana Petrenko! Is there a cot in the room?", "Oksana Petrenko"),
        ("Bonjour à tous, Maëlle Garnier, avez-vous un ascenseur ?", "Maëlle Garnier"),
        ("Inés Robles, clienta habitual. ¿Tenéis sitio en marzo?", "Inés Robles"),
        # a pasted mail's header
        ("De: Jorge Lindo Vera\nAsunto: cuna\n\n¿Tienen cuna?", "Jorge Lindo Vera"),
        # an apostrophe in a surname after two titles
        ("The room is for Mr and Mrs O'Donnell, two nights", "O'Donnell"),
        # laughter ends a name typed in lower case
        ("holaa soy la maite jajaja tenéis hueco el finde?", "Maite"),
        # not a name: the one written to, a greeting, words, a holiday, a country
        ("Dear Anna Berg, could you check our booking?", None),
        ("Dear Sir\nIs the spa open?", None),
        ("Late Checkout, is that possible?", None),
        ("Corpus Christi, têm quartos?", None),
        ("Torre Eiffel, c'est loin à pied ?", None),
        ("Costa Brava, ¿os queda algo para julio?", None),
        ("Greetings from New Zealand, do you do airport pickups?", None),
    ],
)
def test_a_name_opening_the_message(text: str, name: str | None) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a voice note's fillers before the introduction, and after the name
        ("hi uh yeah this is nadia karimi i've got a room with you next week", "Nadia Karimi"),
        ("bonjour ici marie-ange le bihan pour ma réservation", "Marie-Ange le Bihan"),
        ("grüß gott da spricht der thomas gruber wegen der buchung", "Thomas Gruber"),
        ("pronto buonasera sono gina ehm volevo chiedere del parcheggio", "Gina"),
        ("alô é o rodrigo falando queria mudar a reserva", "Rodrigo"),
        # French "hier" (yesterday) is no introduction
        ("bonjour hier julie a réservé une chambre", None),
    ],
)
def test_voice_notes_with_fillers(text: str, name: str | None) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quedo a la espera.\n\nFdo.: Marina Esteve Puig", "Marina Esteve Puig"),
        ("Please confirm.\nSigned: Owen Pryce", "Owen Pryce"),
        ("Best wishes,\nSigne Nyberg", "Signe Nyberg"),
    ],
)
def test_the_word_a_signature_is_signed_with(text: str, name: str) -> None:
    assert extract_guest_name(text) == name
