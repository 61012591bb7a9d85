"""Names, e-mails and booking references as guests type them (the first set's `<lang>-r6nNN` lines score the
rest): a booking under someone else's name after a comma, greetings and companies that are no names, names
that are also words before "here" or on the phone, and references typed in groups in lower case."""

from __future__ import annotations

import pytest

from conversations.nlu.contacts import extract_booking_ref, extract_email
from conversations.nlu.names import extract_guest_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after a booking cue, whose booking it is, then the name after a comma
        (
            "Quiero una individual del 3 al 5 a nombre de mi jefe, D. Tomás Herrero Vidal.",
            "Tomás Herrero Vidal",
        ),
        ("la reserva la hice a nombre de mi marido, Iván Soler", "Iván Soler"),
        ("Vorrei una doppia a nome di mia moglie, Carla Gentile.", "Carla Gentile"),
        ("Bonjour, je voudrais réserver au nom de ma société, Dupont SA.", None),
        # a greeting is no part of a name said before "here"; a word said as a name there is one
        ("Hi Marcus here, is the gym open?", "Marcus"),
        ("Hello, Faith here. Do you have a lift?", "Faith"),
        ("Breakfast here is great, can we book again?", None),
        ("Bonjour, Julien Moulin à l'appareil, vous avez un parking ?", "Julien Moulin"),
        # a pasted header's full name over a first name signing
        ("From: Oliver Brandt <o.brandt@mail.com>\n\nIs there parking?\n\nThanks,\nOliver", "Oliver Brandt"),
        ("Thanks again!\n\nWarm wishes,\nThe Kowalski family", "Kowalski"),
        (
            "Boa tarde,\nquero cancelar a reserva 4471.\n\nCumprimentos,\nEng.º Nuno Sá Carneiro",
            "Nuno Sá Carneiro",
        ),
        ("td bem? vcs tem berço? 😊 bjs, Carol", "Carol"),
        ("Bonjour, ici Chamonix Tourisme, acceptez-vous les groupes ?", None),
        ("Hola, escribo de parte de Transportes Lago S.L., ¿tienen parking?", None),
        (
            "Bonsoir, Anne-Claire de La Tour, je voudrais annuler ma réservation 4471.",
            "Anne-Claire de La Tour",
        ),
        (
            "Bonjour, nous avons réservé sous le nom d'Argento, à quelle heure est le petit-déjeuner ?",
            "Argento",
        ),
        ("hey bin der jonas, habt ihr noch was frei am freitag?", "Jonas"),
        ("Hallo, ich (Mara) und meine Schwester suchen ein Zimmer für Samstag.", "Mara"),
        ("Hallo, ich (Oma) mit zwei Enkelkindern suche ein Zimmer.", None),
        ("Guten Tag, hier ist Frau Lange von der Reservierung 5521, gibt es WLAN?", "Lange"),
        ("Grüezi, ich bi de Urs us Basel, hend Sie es Zimmer frei?", "Urs"),
        ("Buonasera, siamo i signori Ferraro, avete una camera per sabato?", "Ferraro"),
        ("Salve, la prenotazione è a nome di Marta Lo Bue, c'è il parcheggio?", "Marta Lo Bue"),
        ("Ciao, sono Marco da Torino, avete il wifi?", "Marco"),
        ("Saludos,\nFernando Álvarez de Toledo", "Fernando Álvarez de Toledo"),
        # titles of the army, Austria and Brazil, after an elided article; a family after a Swiss article
        ("This is Capt. Laura Reyes, is there parking?", "Laura Reyes"),
        ("Grüß Gott, Mag. Herbert Wallner hier, gibt es einen Lift?", "Herbert Wallner"),
        ("Bom dia, aqui é o Seu Antônio, o hotel tem elevador?", "Antônio"),
        ("Buongiorno, sono l'avv. Paola Sereni, avete il garage?", "Paola Sereni"),
        ("Grüezi, da isch d'Familie Frei. Hend Sie es Zimmer?", "Frei"),
        ("Name on the booking is Aaliyah Khan, do you have a gym?", "Aaliyah Khan"),
        ("me llamo Ana y mi apellido es de la Fuente, ¿tienen parking?", "Ana de la Fuente"),
        ("ciao è la Sara, avete posto per stasera?", "Sara"),
        ("thanks for everything, see you next summer! - Mike", "Mike"),
        ("the room was fine! - Good", None),
        ("do you have a shuttle from Heathrow? Ta, Rob", "Rob"),
        ("Buchungsnummer 5520, Name Keller. Gibt es WLAN?", "Keller"),
        ("Ciao! Sono Marco e Sara Bellini, accettate cani?", "Marco Bellini"),
        ("Grazie di tutto!\nFam. Gallo", "Gallo"),
        (
            "Je m'appelle Anne-Sophie, mon nom de famille c'est Gagnon. Avez-vous un spa?",
            "Anne-Sophie Gagnon",
        ),
        ("Buchung: 4471\nName: Yilmaz, Elif\nFrage: Parkplatz?", "Elif Yilmaz"),
        ("Hallo, meine Frau (Sabine Roth) hat gebucht, gibt es WLAN?", "Sabine Roth"),
        ("scrivo per mio fratello Luca Pace che ha prenotato da voi: c'è il parcheggio?", "Luca Pace"),
        ("coucou ! une chambre du 1er au 3 mai c'est jouable ?", None),
        ("Griaß Gott, a Doppelzimmer vom 20. bis 22. März, geht des?", None),
        ("Hallo! Mein Mann, ich und die Oma, geht das in einem Familienzimmer?", None),
        (
            "Segue meu contato: (11) 91234-5678 / rita.lima@gmail.com. Quero um quarto de 2 a 4 de maio. Rita",
            "Rita",
        ),
        ("Hallo, ich hätt gern es Zimmer für zwei Nächt ab em 5. April", None),
        ("Could we book a double for Friday, 2 nights? Cheers", None),
        ("Bonjour, MME LEROY Sandrine, réservation 5521, avez-vous un ascenseur ?", "LEROY Sandrine"),
        ("Bonjour, Minh Nguyen Van Long, le wifi est-il gratuit ?", "Minh Nguyen Van Long"),
        ("tel 06 11 22 33 44 - chambre pour 2 le 24 décembre svp - Nadia", "Nadia"),
        ("Wir (Fam. Yildiz) kommen am 3. Januar, 2 Nächte. Zimmer frei?", "Yildiz"),
        ("no no, va bene così com'è, grazie lo stesso", None),
        ("Ref: 2212/B. Name: Schmidt-Hansen, Klaus. Can I check in at 10?", "Klaus Schmidt-Hansen"),
        (
            "Boa tarde, em nome do Sr. Rui de Sá e Castro, queria cancelar a reserva 5521.",
            "Rui de Sá e Castro",
        ),
        ("Olá, somos a Ana e o Rui, temos quarto?", "Ana"),
        ("Hallo, hier Jonas vom Zimmer 12: das WLAN geht nicht.", "Jonas"),
        ("I'm Tom, Tom Rourke, is there a gym?", "Tom Rourke"),
        ("Guten Tag, Hans-Peter Müller (Buchung 5521), gibt es eine Sauna?", "Hans-Peter Müller"),
        ("Hallo, Doppelzimmer (Buchung 5521), gibt es eine Sauna?", None),
        ("mi nombre es eh lucía eh moreno y quería saber si hay piscina", "Lucía Moreno"),
        ("Hi, I'm a Platinum member, can I check out late?", None),
        ("Quick q from Anika (booking 5521) - is there a sauna?", "Anika"),
        ("ici Inès, résa au nom de mon mari Karim Haddad, il y a un parking ?", "Karim Haddad"),
        ("Accettate bancomat? Distinti saluti, Rag. Carlo Bruni", "Carlo Bruni"),
        ("Buenas, aquí Rosario Quispe de Quito, ¿tienen wifi?", "Rosario Quispe"),
        ("Salve, scrivo a nome dell'azienda Brembo: avete sale riunioni?", None),
        ("Hi, this is Kim from Globe Travel, booking for our client Ms. Hana Sato, 2-4 May", "Hana Sato"),
    ],
)
def test_names_as_guests_type_them(text: str, name: str | None) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("¿me confirman la reserva? Código: bk-55 201. Gracias", "BK-55201"),
        ("hey, ref is hx 44 19 k, pls confirm", "HX4419K"),
        ("Código da reserva: ab12 cd34", "AB12CD34"),
        ("numero di prenotazione: mn 55 21 b\nc'è il parcheggio?", "MN5521B"),
        ("slt, notre résa c'est le n° hb 7781 a, on peut arriver vers 23h ?", "HB7781A"),
        ("Reservamos pelo Booking, número 4 183 992 015. Está tudo certo?", "4183992015"),
        ("je voudrais annuler la réservation 7 782 104, merci", "7782104"),
        ("die Buchungsnummer 88 213 4. Habt ihr WLAN?", "882134"),
        ("ho prenotato, codice 44 12 09. A che ora si fa il check-in?", "441209"),
        ("Pren. n. 77 310 — a che ora è la colazione?", "77310"),
        # no code: words, days and a verb after the number
        ("la résa 7781 a été annulée ?", "7781"),
        ("reserva para 20 de mayo", None),
        ("booking for 2 people", None),
        ("reserva 4471 15 al 18 de mayo", "4471"),
        ("mon mail pour la résa c'est marc123@gmail.com", None),
        ("booking id bk_4471. Is there a gym?", "BK_4471"),
        ("ma mère a réservé chez vous (n° 33-120), y a-t-il un ascenseur ?", "33-120"),
    ],
)
def test_references_typed_in_groups(text: str, ref: str | None) -> None:
    assert extract_booking_ref(text) == ref


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("my email is sam dot o'brien at gmail dot com", "sam.o'brien@gmail.com"),
        ("il mio indirizzo è mario.rossi chiocciola libero punto it", "mario.rossi@libero.it"),
        ("mi correo es ana punto garcia arroba gmail punto com", "ana.garcia@gmail.com"),
        ("I'm at home dot com", None),
    ],
)
def test_spoken_addresses_with_typed_dots_and_apostrophes(text: str, email: str | None) -> None:
    assert extract_email(text) == email


def test_a_spoken_address_keeps_its_underscore() -> None:
    text = "name's Bill Walsh, email bill_walsh73 at yahoo dot co dot uk"
    assert extract_email(text) == "bill_walsh73@yahoo.co.uk"
