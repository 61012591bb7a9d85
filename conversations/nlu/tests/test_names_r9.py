"""Names as the r9 writers' guests give them (round 9): a word for "again" between the cue and the name, openings in
Italian and its dialects, signatures (a closing and the name on one line, families, couples, an initial, a job title
and a phone under the name), a full name alone after a greeting, and staff or other guests named with a title, who
are not the guest. New sentences in six languages, none copied from the first set."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import extract_guest_name, understand

TODAY = dt.date(2027, 3, 1)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word for "again" after the cue is no part of the name
        ("Guten Morgen, hier ist nochmal Petra Lindqvist. Passt der 5. Mai?", "Petra Lindqvist"),
        ("Ich bin's nochmal, Lukas Brandl \u2013 habt ihr eine Garage?", "Lukas Brandl"),
        ("Sono di nuovo io, Carla Benedetti! Avete il parcheggio?", "Carla Benedetti"),
        ("Soy yo otra vez, Nuria Sanz, ¿tenéis cuna?", "Nuria Sanz"),
        ("Can you move booking 4471 from my wife to me, Declan Hughes?", "Declan Hughes"),
        # Italian "qui" opening, Neapolitan "so'", Venetian "son la"; Portuguese "é" typed "eh"
        ("Buonasera, qui Matteo Ferraris. Avete una doppia per sabato?", "Matteo Ferraris"),
        ("Qui Giorgia Sala, per la prenotazione 7781: c'è il parcheggio?", "Giorgia Sala"),
        ("Qui abbiamo un problema con la doccia", None),
        ("Qui a réservé la chambre 12 ?", None),
        ("Buonasera, qui parla Lucia Gentile, volevo annullare.", "Lucia Gentile"),
        ("Uè, so' Ciro Russo, avete na stanza pe' stasera?", "Ciro Russo"),
        ("Bongiorno, son la Bepi Zanon, gavé na camera?", "Bepi Zanon"),
        ("ola eh o rafael tem quarto pra hoje?", "Rafael"),
        # a couple opening the message: the first one named with the shared surname; German nouns are no names
        ("Hallo, hier sind Lea und Tim Wagner 😊 habt ihr im Mai was frei?", "Lea Wagner"),
        ("Hier sind die Unterlagen für die Buchung.", None),
        # the surname said apart keeps its particle ("las")
        ("me llamo ana belen y mi apellido es de las casas, queria una doble", "Ana Belen de las Casas"),
        # the name said in full after "please" and a comma
        ("auf den namen nowak bitte, ewa nowak", "Ewa Nowak"),
        # a closing and the name on one line at the end, Portuguese "Sá" is a surname (no company's "SA")
        ("¿Tenéis habitación para el puente?\nAbrazo, Nico", "Nico"),
        ("Queria um quarto de 3 a 5 de maio, só para mim.\nObrigada, Inês Sá", "Inês Sá"),
        ("hoi, hend er no es zimmer für morn? gruess, urs", "Urs"),
        # "Obg" is thanks, never a name
        ("Quarto duplo de 3 a 5 de maio, 2 adultos. Obg", None),
        # couples and families signing
        ("Gracias por todo!\nUn abrazo,\nMaría José y Andrés", "María José"),
        ("We'd like a room from 3 to 6 May.\n\u2013 Anika & Raj Mehta", "Anika Mehta"),
        ("Habt ihr im August ein Familienzimmer frei? Wir sind zu viert.\nFamilie Oberhuber", "Oberhuber"),
        ("Avete una quadrupla per Pasqua? Siamo in quattro.\nFamiglia Esposito", "Esposito"),
        ("Nous annulons notre séjour du 3 au 5 mai.\nFamille Lambert", "Lambert"),
        # an initial signs with the surname; French "M." is Monsieur
        ("Das Fenster in Zimmer 21 schließt nicht. Bitte um Hilfe.\nK. Vogel", "K. Vogel"),
        ("La fenêtre de la chambre 21 ne ferme pas. Merci de regarder.\nM. Vogel", "Vogel"),
        # a signature with a job title and a phone in pairs of digits under it
        (
            "Bonjour,\nacceptez-vous les chèques-vacances ?\n\nAnne-Sophie Renard-Blanc\nResponsable achats\nTél. 06 98 76 54 32",
            "Anne-Sophie Renard-Blanc",
        ),
        # a full name alone after a greeting; greetings, thanks, places and rooms are no names
        ("Guten Tag! Jonas Hartmann-Weiß.", "Jonas Hartmann-Weiß"),
        ("Buongiorno! Anna Lo Russo.", "Anna Lo Russo"),
        ("Olá! Ana Paula Ribeiro Costa", "Ana Paula Ribeiro Costa"),
        ("Buenas noches! Hasta Mañana.", None),
        ("Hello! Junior Suite.", None),
        ("Bom dia! Rio de Janeiro", None),
        ("Guten Abend! Frohe Weihnachten.", None),
        # a full name typed in lower case as the whole message; ordinary words are none
        ("joana ferreira da silva", "Joana Ferreira da Silva"),
        ("vengo da sola", None),
        ("dentro de dos semanas", None),
        # the hotel's staff with a title, and other guests asked about, are not the guest
        ("Bonjour, M. Roux de votre service réservations m'a dit que le parking était gratuit ?", None),
        ("Votre réceptionniste, Mme Lebrun, a été adorable.", None),
        ("Ihre Kellnerin, Frau Berger, war sehr unfreundlich.", None),
        ("Laut Ihrem Kollegen Herrn Kaya ist die Sauna inklusive?", None),
        ("A Sra. Joana da receção disse que podia deixar as malas.", None),
        ("In which room is Mr. Thomas Reed staying? He is a friend.", None),
        ("Können Sie mir sagen, ob Herr Jan Novak schon eingecheckt hat?", None),
        ("Em que quarto está hospedado o Sr. Paulo Reis?", None),
        # a title typed in lower case after whom one writes for
        (
            "Scrivo per conto del mio capo, il dott. Marco Villa: serve una singola dal 4 al 6 maggio.",
            "Marco Villa",
        ),
    ],
)
def test_the_guest_is_found(text: str, name: str | None) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a full name handed over after a greeting, or alone, is the guest's answer for a booking
        ("Guten Tag! Jonas Hartmann-Weiß.", "booking_create"),
        ("Olá! Ana Paula Ribeiro Costa", "booking_create"),
        ("joana ferreira da silva", "booking_create"),
        # a greeting and a first name said as on the phone greet
        ("Bom dia, fala o Tiago", "greeting"),
        ("Hola, buenas tardes, le habla Marta", "greeting"),
    ],
)
def test_a_name_alone(text: str, intent: str) -> None:
    assert understand(text, today=TODAY).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "Exmo. Sr. Dr. Mendes,\nGostaria de saber se o hotel tem acesso para cadeira de rodas.\nCom os melhores cumprimentos",
        "Estimado Sr. Dr. López:\nquisiera saber si hay parking.",
    ],
)
def test_the_person_a_letter_is_addressed_to_with_several_titles_is_no_guest(text: str) -> None:
    assert understand(text, today=TODAY).guest_name is None


def test_a_booking_put_in_someones_name_in_italian_gives_the_name() -> None:
    assert understand("Può intestarla a Federico Sala, grazie", today=TODAY).guest_name == "Federico Sala"


@pytest.mark.parametrize(
    "text",
    ["una camera per Corpus Domini", "una habitación para San Valentín", "una camera per San Silvestro"],
)
def test_a_holiday_after_for_is_no_name(text: str) -> None:
    assert understand(text, today=TODAY).guest_name is None
