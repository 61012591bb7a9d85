"""Guest names and references in the r14 batch's messages: a name signing under a closing, an emoji or a last
sentence (with an Irish "Ó" or a Portuguese "e" between surnames), a family or a married couple signing with their
surname, the name a booking is made in or labelled with, a name put right after it is said, and a reference said in
pairs of digits."""

from __future__ import annotations

import pytest

from conversations.nlu.contacts import extract_booking_ref
from conversations.nlu.names import extract_guest_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Todo perfecto, volveremos seguro. ¡Hasta la próxima!\nMaite", "Maite"),
        (
            "Merci pour tout, c'était parfait. Bonjour à l'équipe.\nMeilleures salutations\nClothilde Garnier",
            "Clothilde Garnier",
        ),
        ("Pouvez-vous nous garder une chambre pour samedi ? 😊\nMaxence", "Maxence"),
        ("we need to cancel booking 4410, my daughter is ill 🤒 sorry\nRowena", "Rowena"),
        ("A que horas é o check-in? Chegamos por volta das 11\nLeandro e Marta", "Leandro"),
        ("Können wir das Zimmer am Sonntag etwas später verlassen?\nJannik und Ida", "Jannik"),
        ("Avete posto per il 14? Saremmo in due.\nRiccardo", "Riccardo"),
    ],
)
def test_a_name_alone_under_the_last_sentence_signs_the_message(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Estimada Sra. Ruiz:\nQuería saber si tienen piscina climatizada.\nAtentamente",
        "Do you have parking for a van? We arrive on Friday.\nUrgent",
        "Hola, ¿tienen cuna para bebés? Llegamos el viernes\nGracias",
    ],
)
def test_a_closing_or_a_word_alone_on_the_last_line_is_no_name(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I want a refund for the night, the room was freezing.\nSeán Ó Briain", "Seán Ó Briain"),
        ("Quero o reembolso da noite, o quarto estava gelado.\nJoaquim Sousa e Melo", "Joaquim Sousa e Melo"),
        ("Quería una habitación doble del 3 al 5 de mayo.\nJuan de la Cruz Ortega", "Juan de la Cruz Ortega"),
        (
            "Buenas, seríamos cuatro del 4 al 7 de octubre. ¿Cuánto costarían dos dobles?\n\nMarta Ibáñez\nConservas del Norte",
            "Marta Ibáñez",
        ),
        (
            "Bom dia, seríamos seis de 20 a 23 de setembro. Qual o valor de três duplos?\n\nRenato Farias\nAgro Sertão",
            "Renato Farias",
        ),
    ],
)
def test_a_full_name_with_particles_signing_is_kept_whole(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi! We'd like 2 rooms for the long weekend, 4 adults. Thx, the Novak family", "Novak"),
        (
            "Nous voudrions deux chambres doubles du 3 au 5 août.\nMeilleures salutations\nFamille Lambert",
            "Lambert",
        ),
        ("Abbiamo prenotato dal 2 al 4 marzo, si può spostare al 9-11?\nConiugi Ferraris", "Ferraris"),
        ("Können wir bis zum 20. verlängern? Zimmer 7, Familie Kaya", "Kaya"),
        ("Wir möchten eine Nacht länger bleiben.\nEheleute Brandt", "Brandt"),
        ("¿Podemos dejar la habitación a las 13? Habitación 21, familia Olmos", "Olmos"),
    ],
)
def test_a_family_or_a_married_couple_signing_gives_the_surname(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Il nome per la prenotazione è Anna Maria Ferri, email am.ferri@libero.it", "Anna Maria Ferri"),
        ("El nombre para la reserva es Luis Ortega Vidal", "Luis Ortega Vidal"),
        ("The name for the booking is Hannah Brooks", "Hannah Brooks"),
        ("Le nom pour la réservation est Julie Marchand", "Julie Marchand"),
        ("Reservierung bitte auf: Jonas Winterberg", "Jonas Winterberg"),
        ("Buchung bitte auf Familie Sommer", "Sommer"),
    ],
)
def test_the_name_a_booking_is_made_in_is_the_guest(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Si può avere la colazione in camera? Prenotazione Galli.", "Galli"),
        ("Bitte die Buchung für Ostern stornieren, Name Hofmann. Danke!", "Hofmann"),
        ("¿Me confirman que todo está bien para el 19? Apellido Quintero", "Quintero"),
        ("Can we add breakfast for the 12th? Booking Whitfield", "Whitfield"),
        ("Pouvez-vous confirmer pour le 19 ? Réservation Lemaire", "Lemaire"),
        ("Posso fazer o check-in mais cedo? Reserva Carvalho", "Carvalho"),
        ("Purtroppo dobbiamo rinunciare al soggiorno 😢 Prenotazione Conti", "Conti"),
    ],
)
def test_a_booking_word_and_a_surname_ending_the_message_give_the_surname(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Hi, can we add breakfast? Booking Confirmation",
        "Can I change the dates? Booking ZX91KQ",
    ],
)
def test_a_booking_word_before_no_surname_gives_no_name(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hola soy Paco bueno Francisco Javier Lozano, quiero anular la reserva", "Francisco Javier Lozano"),
        ("hi I'm Liz, I mean Elizabeth Harper, we booked for May", "Elizabeth Harper"),
        ("Olá, sou a Bia, quer dizer Beatriz Nogueira, têm quarto?", "Beatriz Nogueira"),
        ("Bonjour c'est Steph enfin Stéphanie Moreau, une chambre pour samedi ?", "Stéphanie Moreau"),
        ("hallo ich bin die Sabine also Sabine Krämer und bräuchte ein Zimmer", "Sabine Krämer"),
        ("Ciao sono Fede, cioè Federica Galli, avete una doppia?", "Federica Galli"),
    ],
)
def test_a_name_put_right_after_it_is_said_is_the_full_name(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "hola, la reserva está a mi nombre y al final no podemos ir así que la quiero anular, el número es el 58 33 12",
        "I need to cancel my booking for the long weekend in May, we can't come after all, it's 58 33 12",
        "devo annullare la prenotazione di maggio, non possiamo più venire, il numero è il 58 33 12",
        "je voudrais annuler ma réservation pour le pont de mai, on ne peut plus venir, c'est le 58 33 12",
        "ich will meine Buchung für Pfingsten stornieren, wir können nicht kommen, die Nummer ist die 58 33 12",
        "queria cancelar a minha reserva de maio, afinal não podemos ir, o número é o 58 33 12",
    ],
)
def test_a_booking_reference_said_in_pairs_is_one_reference(text):
    assert extract_booking_ref(text) == "583312"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mi jefa, la Dra. Carmen Ibarra Soto, necesitaría alojamiento del 4 al 6 de mayo.\n\nSaludos,\nLaura Pinto",
            "Carmen Ibarra Soto",
        ),
        (
            "Necesitamos dos individuales a nombre del jefe de equipo, Unai Etxeberria.\n\nSaludos,\nMiren Arregi",
            "Unai Etxeberria",
        ),
        (
            "My boss, Mr. Hiroshi Tanaka, needs a single room from 3 to 5 May.\n\nMany thanks,\nGrace Mensah",
            "Hiroshi Tanaka",
        ),
        (
            "Could you hold four rooms in the name of the lead teacher, Mrs. Ruth Adebayo?\n\nBest,\nTom Price",
            "Ruth Adebayo",
        ),
        (
            "Precisamos de quartos individuais para dois colaboradores, o Eng. Paulo Reis e a Dra. Ana Lobo.\n\n"
            "Cumprimentos,\nDepartamento de Compras",
            "Paulo Reis",
        ),
        (
            "Sou assistente do Dr. Marcelo Teixeira Lima. Ele precisa de um quarto de 2 a 4 de junho.\n\n"
            "Atenciosamente,\nJoana Prado",
            "Marcelo Teixeira Lima",
        ),
        (
            "Il faudrait une chambre pour notre directeur, M. Olivier Payet, du 3 au 5 mai.\n\nCordialement,\n"
            "Julie Hoarau",
            "Olivier Payet",
        ),
        (
            "Für unseren Servicetechniker, Herrn Dipl.-Ing. Lukas Berger, benötigen wir ein Einzelzimmer.\n\n"
            "Mit freundlichen Grüßen\ni.A. Petra Sommer",
            "Lukas Berger",
        ),
        (
            "Im Auftrag von Herrn Prof. Dr. Hans-Peter Vogt bitte ich um die Reservierung eines Einzelzimmers.\n\n"
            "Freundliche Grüße\nAnja Roth",
            "Hans-Peter Vogt",
        ),
        (
            "Für unsere Kunden, Herrn und Frau Van der Meer, möchten wir ein Doppelzimmer buchen.\n\n"
            "Mit freundlichen Grüßen\nDaniela Huber",
            "Van der Meer",
        ),
        (
            "Vorrei bloccare una singola dal 7 al 9 marzo per il nostro tecnico, sig. Paolo Mancuso.\nUfficio Acquisti",
            "Paolo Mancuso",
        ),
    ],
)
def test_whom_a_company_or_an_assistant_books_for_is_the_guest(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "We would need two twin rooms for myself and three of our engineers from the 6th.\n\nBest,\nDaniel Okafor",
            "Daniel Okafor",
        ),
        ("My boss, Mr. Hiroshi Tanaka, says hello to the whole team!\n\nGrace Mensah", "Grace Mensah"),
        (
            "Solicito dois quartos single para mim e para o meu colega, Eng. Rui Tavares.\n\nCumprimentos,\n"
            "Susana Reis Antunes",
            "Susana Reis Antunes",
        ),
    ],
)
def test_the_writer_stays_the_guest_when_no_one_else_is_booked_for(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "We'd like a double from the 2nd to the 4th. Names are Kylie and Brett Donaldson.",
            "Kylie Donaldson",
        ),
        ("Una doble del 2 al 4, por favor. Los nombres son Lucía y Pablo Ferrer.", "Lucía Ferrer"),
        ("Une double du 2 au 4 svp. Les noms sont Léa et Hugo Marchand.", "Léa Marchand"),
        ("Ein Doppelzimmer vom 2. bis 4. bitte. Die Namen sind Lea und Jonas Keller.", "Lea Keller"),
        ("Una doppia dal 2 al 4. I nomi sono Sara e Luca Ferri.", "Sara Ferri"),
        ("Um duplo de 2 a 4. Os nomes são Ana e Rui Costa.", "Ana Costa"),
    ],
)
def test_names_said_together_give_the_first_with_the_shared_surname(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "La settimana da voi è stata splendida.\nCordiali saluti, prof.ssa Laura Benedetti",
            "Laura Benedetti",
        ),
        ("Tem banheira? Beijos, Carol e Marcelo 💕", "Carol"),
        ("¿Tienen cuna? Besos, Nuria y Andrés 😘", "Nuria"),
        ("Is there a bath? Love, Emma and Jack ❤️", "Emma"),
        ("Y a-t-il une baignoire ? Bises, Chloé et Hugo 😊", "Chloé"),
        ("Gibt es eine Badewanne? Liebe Grüße, Lena und Tim 🙂", "Lena"),
        ("C'è la vasca? Un abbraccio, Giulia e Marco 💕", "Giulia"),
    ],
)
def test_a_closing_signed_with_a_title_in_lower_case_or_an_emoji_after_the_name(text, name):
    assert extract_guest_name(text) == name


def test_an_initial_signing_takes_the_full_name_of_the_mail_header():
    text = (
        "Von: Hartmut Zeller <h.zeller@zeller-bau.de>\nBetreff: Zimmer Messe\n\nGuten Morgen,\nbenötige zwei "
        "Einzelzimmer vom 18. bis 21. Oktober. Parken möglich?\nGruß H. Zeller"
    )
    assert extract_guest_name(text) == "Hartmut Zeller"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sono la prof.ssa Lucia Ferraro dell'Istituto Comprensivo di Treviso, vorremmo tre camere.",
            "Lucia Ferraro",
        ),
        ("Sono Anna Maria dell'Orto, vorrei una doppia per sabato.", "Anna Maria dell'Orto"),
    ],
)
def test_a_title_in_lower_case_is_dropped_and_the_school_after_the_name_is_no_surname(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Kudos to Mrs Patel at breakfast, the pancakes were amazing!",
        "Felicitaciones a la Sra. Ruiz del desayuno, todo riquísimo.",
        "Parabéns à D. Fátima do pequeno-almoço, tudo delicioso!",
        "Mes compliments à Mme Garnier du petit-déjeuner !",
        "Ein dickes Lob an Frau Demir beim Frühstück!",
        "Complimenti alla signora Conti della colazione, torta buonissima!",
    ],
)
def test_staff_praised_with_a_title_is_no_guest(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Comment j'annule ma réservation du 8 au 10 mai ? C'est le numéro 30 118.",
        "¿Cómo anulo mi reserva del 8 al 10 de mayo? Es el número 30 118.",
        "How do I cancel my booking for 8-10 May? It's number 30 118.",
        "Come annullo la prenotazione dall'8 al 10 maggio? È il numero 30 118.",
        "Wie storniere ich meine Buchung vom 8. bis 10. Mai? Es ist die Nummer 30 118.",
        "Como cancelo a minha reserva de 8 a 10 de maio? É o número 30 118.",
    ],
)
def test_a_sentence_saying_the_number_gives_the_reference(text):
    assert extract_booking_ref(text) == "30118"


def test_thanks_a_mil_signs_like_thanks():
    assert (
        extract_guest_name("Could we book a double from 27 May for three nights? Thanks a mil, Aoife")
        == "Aoife"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quisiera una doble para los señores Olmos del 3 al 5 de mayo.", "Olmos"),
        ("Je voudrais une chambre pour la famille Martin du 3 au 5 mai.", "Martin"),
        ("Wir möchten ein Doppelzimmer für Familie Brandt buchen, vom 3. bis 5. Mai.", "Brandt"),
        ("Queria um quarto para a família Costa de 3 a 5 de maio.", "Costa"),
        ("Vorrei confermare la camera per i signori Bellavista dal 10 al 12 ottobre.", "Bellavista"),
        (
            "Vorremmo bloccare una tripla per la famiglia Brambilla dal 19 al 26 luglio.\n\nCordiali saluti\nFederica Pozzi",
            "Brambilla",
        ),
    ],
)
def test_a_room_for_a_family_or_a_married_couple_gives_their_surname(text, name):
    assert extract_guest_name(text) == name
