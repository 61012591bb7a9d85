"""Guest names and booking references in the r24 batch's messages: the booking put in someone else's name and who
they are said afterwards, the name a booking runs under (German, Swiss, Austrian), a couple with a double surname, a
boss booked for by their role, who travels in the writer's place, another guest asked after, thanks made warmer and a
voice note's filler that are no one's name; references after "itinerary" and a Swiss "D'Nummer isch"."""

from __future__ import annotations

import pytest

from conversations.nlu.contacts import extract_booking_ref
from conversations.nlu.names import extract_guest_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the holder changed to a relative, who is then said as called
        ("Hola, ¿podéis pasar la reserva 3312 a mi hermana? Se llama Lucía Ortega.", "Lucía Ortega"),
        ("Hi, can you change booking 4471 to my brother? He's Daniel Hughes.", "Daniel Hughes"),
        ("Olá, podem passar a reserva 4410 para o meu colega? Ele se chama Rui Pinto.", "Rui Pinto"),
        (
            "Bonjour, pouvez-vous transférer la réservation 5521 à ma fille ? Elle s'appelle Chloé Martin.",
            "Chloé Martin",
        ),
        (
            "Guten Tag, kann ich die Reservierung 7781 auf meinen Bruder übertragen? Er heißt Jonas Brandt.",
            "Jonas Brandt",
        ),
        ("Salve, posso intestare la prenotazione 2290 a mia sorella? Si chiama Marta Greco.", "Marta Greco"),
        # "in her name" then "is called" with no comma (a voice note)
        (
            "hola mira la reserva 5521 está a mi nombre eh pero va mi prima así que pasadla a nombre de ella se llama "
            "Irene Soto vale",
            "Irene Soto",
        ),
        # someone's name the booking goes under, with a comma
        (
            "Hello, a room for my parents 3-5 June please. The booking can go under my mum's name, Helen Marsh.",
            "Helen Marsh",
        ),
        (
            "Bom dia, a reserva 4471 é minha. Podem passar a reserva para o nome dele, Rui Costa Neves?",
            "Rui Costa Neves",
        ),
        (
            "allô c'est Julien, une chambre pour mes parents le 3 juin, vous pouvez la mettre à leur nom, Gérard pis "
            "Louise Tremblay, merci",
            "Gérard Tremblay",
        ),
        # who comes in the writer's place
        (
            "Hi, booking 5520 is under my name (Kate Moss) but my colleague Peter Lund will be travelling instead of me.",
            "Peter Lund",
        ),
        (
            "Hola, la reserva 4471 está a mi nombre, pero mi compañera Lucía Gómez vendrá en mi lugar.",
            "Lucía Gómez",
        ),
        (
            "Bonjour, la réservation 5521 est à mon nom, mais mon collègue Paul Girard viendra à ma place.",
            "Paul Girard",
        ),
        (
            "Guten Tag, die Buchung 7781 ist auf mich, aber mein Kollege Jan Ott kommt an meiner Stelle.",
            "Jan Ott",
        ),
        (
            "Buongiorno, la prenotazione 3312 è a mio nome, ma il mio collega Luca Neri verrà al posto mio.",
            "Luca Neri",
        ),
        ("Olá, a reserva 4410 está no meu nome, mas o meu colega Rui Lopes vai no meu lugar.", "Rui Lopes"),
        # a boss booked for by their role, a title before the name, over the assistant's signature
        (
            "Buongiorno, una singola per il nostro amministratore, dott. Marco Bellini, dal 3 al 5 maggio.\n"
            "Cordiali saluti,\nAnna Riva",
            "Marco Bellini",
        ),
        (
            "Bom dia, a reserva de um quarto para o nosso administrador, Eng. Paulo Reis Tavares, de 4 a 6 de maio.\n"
            "Cumprimentos,\nSara Lima",
            "Paulo Reis Tavares",
        ),
        (
            "Guten Tag, bitte ein Einzelzimmer für unseren Geschäftsführer, Herrn Dr. Klaus Weber, vom 3. bis 5. Mai.\n"
            "Mit freundlichen Grüßen\nJana Koch",
            "Klaus Weber",
        ),
        # a couple with a surname of two words
        (
            "Pedimos um quarto duplo para os nossos clientes, o casal Jorge e Ana Vaz Monteiro, de 2 a 4 de junho.\n"
            "Cumprimentos,\nRita",
            "Jorge Vaz Monteiro",
        ),
        (
            "Solicito una habitación para nuestros clientes, la pareja Andrés y Marta Gil de la Fuente, del 3 al 5.\n"
            "Saludos,\nLaura Pons",
            "Andrés Gil de la Fuente",
        ),
        # the name a booking runs under (German, Swiss, Austrian)
        (
            "Hallo, könnt ihr die Reservierung für Samstag stornieren? Läuft auf Kowalczyk. Danke euch!",
            "Kowalczyk",
        ),
        ("Servus, habt ihr uns für Ostern eingetragen? Is auf Huber-Lang, drei Personen.", "Huber-Lang"),
        ("Grüezi, isch alles guet für s Wuchenänd? D'Reservation lauft uf Gisler, merci.", "Gisler"),
        (
            "Ich habe keine Nummer. Können Sie unter Brandstätter nachsehen, ob die Buchung steht?",
            "Brandstätter",
        ),
        (
            "Ich habe online gebucht, aber nichts bekommen. Gebucht ist auf Eva-Maria Roth, 2 Personen.",
            "Eva-Maria Roth",
        ),
        ("Die Heizung geht nicht. Die Buchung läuft auf Fr. Dr. Kessler.", "Kessler"),
        # a full name, then the company the writer works at
        ("Buongiorno, sono Marco Neri di Ferretti Impianti S.r.l., ci servono due camere.", "Marco Neri"),
        (
            "Bonjour, je suis Claire Martin de Transports Dubois SARL, il nous faut deux chambres.",
            "Claire Martin",
        ),
        ("Olá, sou a Rita Sousa da Metalúrgica Vouga S.A., precisamos de dois quartos.", "Rita Sousa"),
        (
            "Guten Tag, ich bin Tanja Wolf von Berger Logistik und brauche drei Einzelzimmer im Mai.",
            "Tanja Wolf",
        ),
        # a family signing with a French plural article; whom the writer writes for
        ("Merci pour ce beau séjour, à bientôt\nLes Mercier", "Mercier"),
        (
            "Gentile Direzione, vi scrivo per conto di mia madre, la signora Teresa Galli. Vorremmo una camera "
            "doppia dal 3 al 5 maggio.\nCordiali saluti,\nPaola Galli",
            "Teresa Galli",
        ),
    ],
)
def test_the_guest_named_in_r24_messages(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        # thanks made warmer, no one signing
        "Ciao, avete una camera per sabato? grazie assai",
        "Salut, vous avez une chambre pour samedi? merci infiniment",
        "Oi, tem quarto pro sábado? obrigado demais",
        "buenas tienen habi para el finde pa mi y mi novio 🌞 grcs!",
        # a voice note's filler before words that go on with the sentence
        "hola, la reserva está a mi nombre eh resulta que no puedo ir, ¿la puedo cancelar? Gracias",
        # someone spoken of after a booking cue
        "Hola, la reserva 4471 es mía pero quiero pasarla a nombre de ella, ¿se puede?",
        # another guest asked after (arrived, in, their room)
        "Hi, has Mr. Ortega from our office checked in yet? He doesn't answer.",
        "Is Mrs. Lang in room 14 yet? I'm supposed to pick her up.",
        "Ist Herr Seidel aus Zimmer 8 schon ausgecheckt? Ich bin sein Kollege.",
        "Ist Frau Winkler gerade im Haus? Ich erreiche sie nicht.",
        "Bonjour, Mme Leclerc est-elle déjà arrivée ? Je suis sa fille.",
        "Boa tarde, o Sr. Barros já fez o check-in? Sou o irmão dele.",
        "Hola, ¿la Sra. Medina ya hizo el check-in? Soy su hermano.",
        "Mein Kollege Herr Sato wohnt bei Ihnen \u2013 können Sie mir seine Zimmernummer geben?",
        # "your name" after a booking cue is no name
        "Die Buchung läuft auf Ihren Namen? Nein, auf meinen.",
        "Die Reservierung läuft auf Ihren Namen, oder auf den Ihrer Firma?",
        # whose assistant the writer is
        "Hi, I'm Mr. Okafor's assistant, has he checked in yet and what's his room number?",
    ],
)
def test_no_guest_name_in_r24_messages(text: str) -> None:
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the guest's own party arriving late and the writer's own parcel are no other guest asked after
        ("Bonjour, je réserve pour M. Martin du 3 au 5 mai, il arrive tard, c'est possible ?", "Martin"),
        ("Hola, soy la Sra. Ruiz, ¿ya ha llegado mi paquete?", "Ruiz"),
        (
            "Hi, I booked a room for Mr. Tanaka for 3-5 May. Has the confirmation arrived? I haven't seen it.",
            "Tanaka",
        ),
        # the Spanish article "el" is no pronoun; a spoken article after a filler still names
        ("Qué tal, le habla el licenciado Tomás Rubio, quisiera saber de mi reserva 4471", "Tomás Rubio"),
        ("ja hallo hier ist äh der Stefan Maurer ich wollte fragen ob ihr ein Zimmer habt", "Stefan Maurer"),
    ],
)
def test_names_kept_beside_the_r24_rules(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Olá, a reserva 4410 pode ficar em nome dele? Obrigado",
        "Buongiorno, il sig. Fabbri è già arrivato? Sono suo figlio.",
        "Ich habe die Buchung unter Vorbehalt gemacht. Können Sie unter Buchungen nachsehen?",
    ],
)
def test_still_no_guest_name_beside_the_r24_rules(text: str) -> None:
    assert extract_guest_name(text) is None


def test_a_dashed_reference_after_the_number_is_kept() -> None:
    assert extract_booking_ref("Quería anular mi reserva. El número es 5520-31.") == "5520-31"


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Reservé por Expedia, itinerario 5519 2203 8841. ¿Puedo cambiar las fechas?", "551922038841"),
        ("J'ai réservé via Expedia, itinéraire 7219 4410 3382, pour le 3 mai.", "721944103382"),
        ("Prenotato su Expedia, itinerario 5510 2231 7788: posso aggiungere la colazione?", "551022317788"),
        ("Reservei pela Expedia, itinerário 6612 3390 1145, para 3 de maio.", "661233901145"),
        # Swiss "D'Nummer isch", a dash inside the number
        ("Mir müend d'Reservation leider absäge. D'Nummer isch 3310-42.", "3310-42"),
        ("I'd like to cancel my booking. The number is 4410-82.", "4410-82"),
        ("Wir müssen die Buchung leider stornieren. Die Nummer ist 4410-82.", "4410-82"),
    ],
)
def test_r24_booking_references(text: str, ref: str) -> None:
    assert extract_booking_ref(text) == ref
