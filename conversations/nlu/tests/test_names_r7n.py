"""Names, e-mails and references as real guests write them (round 7, r7n): chat names in lower case after a spoken
article, names that are also words, signatures of couples and assistants, references in odd forms."""

from __future__ import annotations

import pytest

from conversations.nlu import extract_booking_ref, extract_email, extract_guest_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a spoken article before a word that is also an ordinary word, in a message typed in lower case
        ("hola soy la vale, hay parking?", "Vale"),
        ("ciao sono la vale! avete la colazione?", "Vale"),
        ("buenas soy la cote de valparaiso, tienen wifi?", "Cote"),
        ("soy la madre de lucia, tienen cuna?", None),
        ("sono la prima volta da voi, come funziona il check-in?", None),
        # a Spanish patronymic and its place are one surname; another name's "de Lima" is where she writes from
        ("aquí Gonzalo Fernández de Córdoba, ¿hay gimnasio?", "Gonzalo Fernández de Córdoba"),
        ("Buenas, aquí Rosario Quispe de Quito, ¿tienen wifi?", "Rosario Quispe"),
        # a form's fields apart with a slash
        ("Datos: Nombre: Marie-Claire de La Roche / Tel: 600 111 222", "Marie-Claire de La Roche"),
        # two people greeting, or introducing themselves, one of them a word
        ("Hi from Chidi and Ngozi! Is breakfast included?", "Chidi"),
        ("Hi from London and Paris! any rooms?", None),
        ("Hola! somos Luz y Martín, ¿tienen habitación para el sábado?", "Luz"),
        ("Hola, somos Lunes y Martes", None),
        # a name that is a word, said before "here" to open the message
        ("Hope here 🙂 can I park a van?", "Hope"),
        ("Parking here?", None),
        # "im" typed for "I'm" after an English greeting; German "im" is "in the"
        ("hey im niamh 👋 is the bar open late?", "Niamh"),
        ("hallo im zimmer 12 ist es kalt", None),
        ("hi im looking for a room", None),
        # a full name as the last sentence after the guest's phone number
        ("Is the sauna mixed? Ring me on 07700 900456 please. Ruth Adeyemi", "Ruth Adeyemi"),
        # whom an assistant books a room for, signed by the assistant
        (
            "Hello,\n\nPlease reserve a room for Mr. Tobias Lindqvist from 3 to 5 March.\n\nBest regards,\nAnna Berg\n"
            "EA to Mr Lindqvist",
            "Tobias Lindqvist",
        ),
        ("Ich buche für meine Kollegin Frau Dr. Petra Vogt ein Einzelzimmer.", "Petra Vogt"),
        ("Je vous écris de la part de M. Olivier Garnier pour une chambre le 4 mai.", "Olivier Garnier"),
        # a guest who says their room, typed in lower case
        ("yo its dev from rm 212, no hot water", "Dev"),
        # a word said with a capital, then what it is for
        ("Hi, I'm Desperate for a late check-out", None),
        # a family in the plural a room is booked for
        ("Booking for the Okafors please, 2 adults", "Okafor"),
        ("Booking for the Weekend please", None),
        # after a greeting, a lower-case name before a question mark is the writer
        ("coucou c'est lea ? vous avez une chambre ce soir ?", "Lea"),
        ("salut c'est possible ?", None),
        # a full name after a greeting, then a full stop
        ("Bonsoir, Anne-Sophie de La Rivière. Avez-vous un parking ?", "Anne-Sophie de La Rivière"),
        # "c'est encore moi", Québec "chu", Swiss "dä", "die Buchung läuft auf"
        ("Re, c'est encore moi, Marie-Ève. Il y a un frigo dans la chambre ?", "Marie-Ève"),
        ("Allô, chu Kevin, avez-vous du stationnement?", "Kevin"),
        ("Grüezi, da isch dä Reto Huber, händ Sie es Zimmer?", "Reto Huber"),
        ("Die Buchung läuft auf Familie Steiner, gibt es Parkplätze?", "Steiner"),
        ("Die Buchung läuft auf meinen Namen, Thomas Berger.", "Thomas Berger"),
        # where someone comes from after "ici"
        ("Bonjour, ici Mathilde depuis Genève, vous acceptez les chiens ?", "Mathilde"),
        ("Allo! C'est Josée de Sherbrooke, avez-vous un spa?", "Josée"),
        # the first of a couple signing with an article between
        ("Danke für alles!\nEure Vroni und der Sepp", "Vroni"),
        # a married couple after "per conto dei"
        ("Salve, scrivo per conto dei coniugi Mancini: avete una camera?", "Mancini"),
        # an emoji, then who writes ends a message typed in lower case
        ("grazie mille per tutto 🥰 bea & nico", "Bea"),
        # a spelled address after the cue is no name
        ("mon adresse c'est marc tiret petit arobase gmail point com", None),
        # a booking in brackets with "res", and a name alone under a request for a room
        ("Quick q from Kofi (res #7711) - is there a lift?", "Kofi"),
        ("Bonjour, je confirme une chambre du 3 au 5 avril pour deux.\nÉlodie", "Élodie"),
        # closings the layer did not know
        ("Gracias por todo.\nAfectuosamente,\nMaite", "Maite"),
        ("Thanks for everything!\nWarmly,\nJoy & Sam", "Joy"),
        ("Merci pour tout !\nAmicalement,\nAmandine", "Amandine"),
        ("Danke für alles!\nHerzlichst\nLotte", "Lotte"),
        ("Grazie!\nCordialmente,\nOrnella", "Ornella"),
        # a family greeting opening the message
        ("Hello from the Kowalczyk family! Is there a kettle in the room?", "Kowalczyk"),
        ("Hallo von Familie Gruber aus Wels! Gibt es eine Sauna?", "Gruber"),
        ("Un saluto dalla famiglia Colombo! Avete il parcheggio?", "Colombo"),
        ("Oi, da parte da família Tanaka: vocês têm berço?", "Tanaka"),
        ("Hi, I got your number from the Garcia family, do you have parking?", None),
        # particles in a full name before "here"
        ("Hallo, Friedrich von der Linde hier. Gibt es WLAN?", "Friedrich von der Linde"),
        ("Buongiorno, Anna Maria dei Conti qui, avete la palestra?", "Anna Maria dei Conti"),
        # a word ordinary only in another language, alone after an English cue typed in lower case
        ("hey its luz 😊 is there a pool", "Luz"),
        ("hey its ok, no worries", None),
        # a couple by titles after a label; a guest writing again is a person, not a place
        ("Booking: Mr & Mrs Okoye, 3 nights", "Okoye"),
        ("This is Bim again, is the spa open tonight?", "Bim"),
        ("aquí Lupita otra vez, ¿hay cuna?", "Lupita"),
        ("this is Oxford calling, any rooms?", None),
        # a voice note's filler between the introduction and the name
        ("buenas eh soy eh tomás ibarra eh quería saber si hay wifi", "Tomás Ibarra"),
        ("ok hi um it's uh priya nair here um is there parking", "Priya Nair"),
        ("ja hallo hier ist äh der markus huber ich hätte eine frage zum frühstück", "Markus Huber"),
        ("pronto sì sono ehm paola ferri volevo chiedere del parcheggio", "Paola Ferri"),
        ("soy eh alérgica al gluten, ¿tienen opciones?", None),
        # the first name said first, the full name later in the message
        ("hi um it's uh tara calling about the room under tara malone, is it paid?", "Tara Malone"),
    ],
)
def test_names_guests_write(text: str, name: str | None) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("mi correo: lucia guion bajo vera arroba gmail punto com", "lucia_vera@gmail.com"),
        ("mon mail c'est paul tiret henri arobase orange point fr", "paul-henri@orange.fr"),
        ("my email is sam underscore lee at outlook dot com", "sam_lee@outlook.com"),
        ("Mail an: lukas(at)gmx.de bitte", "lukas@gmx.de"),
        ("scrivetemi a gio.rossi [at] alice.it", "gio.rossi@alice.it"),
    ],
)
def test_spoken_underscores_and_hyphens(text: str, email: str) -> None:
    assert extract_email(text) == email


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("¿Me confirman la loc. 8812-04?", "8812-04"),
        ("le numéro de réservation c'est bien KD4 77P ?", "KD477P"),
        ("ho prenotato su Booking, n. 2.904.118.337, c'è il parcheggio?", "2904118337"),
        ("A minha reserva é a 31-72-408, posso chegar tarde?", "31-72-408"),
        ("Send the invoice to BILLING@NORTHSTAR-SHIPPING.COM please", None),
        ("reserva 15-06 por favor", None),
    ],
)
def test_references_in_odd_forms(text: str, ref: str | None) -> None:
    assert extract_booking_ref(text) == ref
