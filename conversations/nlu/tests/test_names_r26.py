"""Guest names and booking references in the r26 batch's messages: the booking put in a relative's name, or someone
coming in the writer's place, then who they are said afterwards; a booking put in a couple's names, then the names
alone; a room asked for a relative named after a comma; another guest asked after (back from a walk, their room
number, a dialect's check-in); a code or a possessive pronoun after a cue; families, kisses, Portuguese surnames
joined by "e", thanks for something and a company in signatures; a German booking "läuft auf" a surname after a room;
references said after the stay or a Swiss "Buechig"."""

from __future__ import annotations

import pytest

from conversations.nlu.contacts import extract_booking_ref, extract_email
from conversations.nlu.names import extract_guest_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the booking put in a relative's name, who is then said as called
        ("¿Me pasáis la reserva 4471 a nombre de mi hermana? Se llama Olga Ferrer Ruiz.", "Olga Ferrer Ruiz"),
        ("Podem passar a reserva 5520 para o nome do meu pai? Ele chama-se Joaquim Alves.", "Joaquim Alves"),
        ("Die Buchung 3318 bitte auf den Namen meiner Frau. Sie heißt Greta Lindner.", "Greta Lindner"),
        # someone coming in the writer's place, then who they are
        (
            "La réservation 2291 est à mon nom, mais c'est mon frère qui viendra à ma place. Il s'appelle Hugo Perrin.",
            "Hugo Perrin",
        ),
        (
            "La reserva 7781 está a mi nombre, pero irá mi socio en mi lugar. Se llama Íñigo Salas.",
            "Íñigo Salas",
        ),
        (
            "Booking 6612 is in my name, but my colleague is coming instead of me. She is called Priya Nair.",
            "Priya Nair",
        ),
        (
            "La prenotazione 4410 è a mio nome, ma verrà mia cugina al posto mio. Si chiama Irene Bassi.",
            "Irene Bassi",
        ),
        (
            "A reserva 3390 está no meu nome, mas vai o meu sócio no meu lugar. Chama-se Tiago Moura.",
            "Tiago Moura",
        ),
        (
            "Die Reservierung 5512 läuft auf mich, aber meine Kollegin kommt an meiner Stelle. Sie heißt Nina Vogt.",
            "Nina Vogt",
        ),
        # the booking asked to be put in their names, the names said alone next
        (
            "A double room from 4 May for my grandparents. Can you put it in their names? Ted and Joan Marsh.",
            "Ted Marsh",
        ),
        (
            "Une chambre double du 3 au 5 mai pour mes parents. Vous pouvez la mettre à leur nom ? Gilles et Anne Roy.",
            "Gilles Roy",
        ),
        (
            "Una doppia dal 3 al 5 maggio per i miei suoceri. Potete metterla a loro nome? Piero e Lia Fabbri.",
            "Piero Fabbri",
        ),
    ],
)
def test_the_guest_named_after_the_booking_is_put_in_their_name(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        # another guest asked after: back from somewhere, their room number in the next sentence, a dialect's check-in
        "Is Mr Pendleton in room 9 back from his swim yet? I'm his nurse.",
        "¿La Sra. Amparo Gil ha vuelto ya del paseo? Soy su vecina.",
        "Mme Roux est-elle rentrée de sa promenade ? Je suis sa fille.",
        "Ist Frau Henschel schon vom Spaziergang zurück? Ich bin ihre Nichte.",
        "A Sra. Fernanda Rocha já voltou do passeio? Sou a vizinha dela.",
        "Mon oncle, M. Lucien Barre, loge chez vous. Vous pouvez me donner son numéro de chambre ?",
        "Mi tío, el Sr. Anselmo Prieto, se aloja con ustedes. ¿Me dan su número de habitación?",
        "O meu tio, o Sr. Abílio Costa, está hospedado aí. Podem dar-me o seu número do quarto?",
        "My uncle, Mr Ralph Dunmore, is staying with you this week. Could you tell me his room number?",
        "Is mei Bruader, der Herr Huber, scho eingcheckt? I wart draußen.",
    ],
)
def test_no_guest_name_for_another_guest_asked_after(text: str) -> None:
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # (Italian reads no name in these already: guards)
        "La signora Bianca Leone è già rientrata dalla passeggiata? Sono sua nipote.",
        "Mio zio, il signor Franco Neri, alloggia da voi. Mi date il suo numero di camera?",
    ],
)
def test_still_no_guest_name_for_another_guest_asked_after(text: str) -> None:
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # letters typed onto a code's digits after a cue are the code, no name
        "Bonjour, on doit annuler notre réservation de samedi. Le numéro c'est RB-4471. Merci!",
        "Hi! We need to cancel our booking for Saturday. The number, it's HX-2271. Sorry!!",
        "Hola, soy RX-2271, quería anular la reserva.",
        "Olá, é o PT-5521, queria cancelar a reserva.",
        "Ciao, sono PR-2271, volevo disdire la prenotazione.",
        "Hallo, hier ist BK-2271, bitte stornieren.",
        # a possessive pronoun after a spoken article, in a message typed in lower case
        "Annulez la réservation 5521 tout de suite, c'est la mienne.",
        "annulez la réservation 5521 svp c'est la mienne",
    ],
)
def test_no_guest_name_in_a_code_or_a_pronoun(text: str) -> None:
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a room asked for a relative named after a comma, over the writer signing
        (
            "Dear Sir or Madam,\n\nI would like to book a double room for my father, Mr Arthur Penrose, from 3 to 5 "
            "June.\n\nYours faithfully,\nClaire Penrose",
            "Arthur Penrose",
        ),
        (
            "Buenos días:\n\nQuisiera reservar una habitación para mi madre, la Sra. Pilar Ortega, del 3 al 5 de "
            "junio.\n\nUn saludo,\nMarta Ruiz",
            "Pilar Ortega",
        ),
        (
            "Bonjour,\n\nJe souhaite réserver une chambre pour ma mère, Mme Odile Roux, du 3 au 5 juin.\n\n"
            "Cordialement,\nLuc Roux",
            "Odile Roux",
        ),
        (
            "Guten Tag,\n\nich möchte ein Zimmer für meinen Vater, Herrn Klaus Brandt, vom 3. bis 5. Juni buchen.\n\n"
            "Mit freundlichen Grüßen\nEva Brandt",
            "Klaus Brandt",
        ),
        (
            "Buongiorno,\n\nvorrei prenotare una camera per mia nonna, la signora Rosa Conte, dal 3 al 5 giugno.\n\n"
            "Cordiali saluti\nLuca Bassi",
            "Rosa Conte",
        ),
        (
            "Bom dia,\n\ngostaria de reservar um quarto para o meu avô, o Sr. Abílio Matos, de 3 a 5 de junho.\n\n"
            "Cumprimentos,\nRita Matos",
            "Abílio Matos",
        ),
    ],
)
def test_the_relative_a_room_is_booked_for(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


def test_the_writer_who_stays_with_the_relative_signs() -> None:
    text = "Hi, a twin room for my mother, Mrs Eileen Hart, and me from 3 to 5 June please.\n\nThanks,\nPeter Hart"
    assert extract_guest_name(text) == "Peter Hart"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a family signing with its article on the last line
        ("Merci pour tout, les enfants ont adoré la piscine !\nLa famille Girard", "Girard"),
        ("Gracias por todo, los niños disfrutaron muchísimo de la piscina.\nLa familia Olmedo", "Olmedo"),
        ("Danke für alles, die Kinder waren begeistert vom Pool!\nDie Familie Huber", "Huber"),
        (
            "Grazie di tutto, i bambini si sono divertiti tantissimo in piscina!\nLa famiglia Bellini",
            "Bellini",
        ),
        ("Obrigado por tudo, as crianças adoraram a piscina!\nA família Santos", "Santos"),
        # a kiss or love closing over a couple (the first one named)
        ("Passamos só pra agradecer, foi tudo ótimo! Um beijo,\nJuliana e Caio 🥰", "Juliana"),
        ("Merci pour ce beau week-end, tout était parfait ! Je vous embrasse,\nChloé et Hugo 🥰", "Chloé"),
        ("Grazie per il weekend, tutto perfetto! Un bacione,\nGiulia e Marco 🥰", "Giulia"),
        ("Danke für das tolle Wochenende, alles war perfekt! Ganz liebe Grüße,\nLena und Tim 🥰", "Lena"),
        # two Portuguese surnames joined by "e" under a Portuguese closing
        (
            "Boa tarde,\n\nGostaríamos de ficar mais uma noite. A reserva é a 5521.\n\nCom os melhores "
            "cumprimentos,\nTomás Pereira e Sousa",
            "Tomás Pereira e Sousa",
        ),
        # thanks for something, a comma and a full name end the message
        (
            "Leider müssen wir die Buchung 4471 stornieren, mein Mann ist krank. Danke fürs Verständnis, Hermine Strobl",
            "Hermine Strobl",
        ),
        (
            "Lamentablemente tenemos que anular la reserva 4471, mi marido está enfermo. Gracias por su comprensión, "
            "Mercedes Lozano",
            "Mercedes Lozano",
        ),
        (
            "Unfortunately we have to cancel booking 4471, my husband is ill. Thanks for understanding, Helen Ward",
            "Helen Ward",
        ),
        (
            "Malheureusement nous devons annuler la réservation 4471, mon mari est malade. Merci de votre "
            "compréhension, Odile Faure",
            "Odile Faure",
        ),
        (
            "Purtroppo dobbiamo disdire la prenotazione 4471, mio marito sta male. Grazie per la comprensione, Carla Viti",
            "Carla Viti",
        ),
        (
            "Infelizmente temos de cancelar a reserva 4471, o meu marido está doente. Obrigada pela compreensão, Rosa "
            "Lopes",
            "Rosa Lopes",
        ),
        # who signs before the company they work at
        (
            "Hallo, bei unserer Gruppenbuchung Nr. 7781-D sind zwei Leute abgesprungen. Die Zimmeranzahl können Sie "
            "anpassen.\nDanke, Melanie Groß von Brenner Logistik",
            "Melanie Groß",
        ),
        (
            "Hello, two of our group dropped out of booking 7781, please adjust the rooms.\nThanks, Sarah Cole from "
            "Bright Logistics",
            "Sarah Cole",
        ),
    ],
)
def test_the_guest_signing(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # (already read: kept)
        ("Gracias por el finde, ¡todo perfecto! Un beso,\nNerea y Asier 🥰", "Nerea"),
        (
            "Boa tarde,\n\nPodem confirmar a reserva 4471?\n\nAtenciosamente,\nMaria Luísa Castro e Almeida",
            "Maria Luísa Castro e Almeida",
        ),
        ("Boa tarde, obrigado por tudo!\n\nUm abraço,\nRui e Ana Costa", "Rui Costa"),
        ("Grazie di tutto!\n\nCordiali saluti,\nMarco Rossi e Giulia", "Marco Rossi"),
        ("Merci pour votre aide, Mme Faure", "Faure"),
    ],
)
def test_signatures_kept(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the name a room to book runs under (German, Austrian)
        (
            "Passt, dann macht's uns bitte das Doppelzimmer fest. Läuft auf Obermoser-Lang, zwei Erwachsene.",
            "Obermoser-Lang",
        ),
        ("Guat, dann nehma des Doppelzimmer. Läuft auf Pichler.", "Pichler"),
        (
            "Super, dann bitte das Einzelzimmer fürs Wochenende festmachen. Ist auf Brandstätter.",
            "Brandstätter",
        ),
    ],
)
def test_the_surname_a_room_runs_under(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


def test_no_surname_in_a_sentence_about_the_room() -> None:
    assert extract_guest_name("Das Zimmer ist leider zu klein. Ist auf Dauer nicht tragbar.") is None


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        # the number said in a message about the stay
        ("Hola, ¿me podéis mandar la factura de la estancia? El número es el 55 31 07. ¡Gracias!", "553107"),
        ("Hi, could you send me the invoice for our stay? The number is 55 31 07. Thanks!", "553107"),
        (
            "Bonjour, pourriez-vous m'envoyer la facture du séjour ? Le numéro est le 55 31 07. Merci !",
            "553107",
        ),
        (
            "Hallo, könnten Sie mir die Rechnung für den Aufenthalt schicken? Die Nummer ist 55 31 07. Danke!",
            "553107",
        ),
        ("Ciao, mi mandate la fattura del soggiorno? Il numero è 55 31 07. Grazie!", "553107"),
        ("Olá, podem enviar-me a fatura da estadia? O número é 55 31 07. Obrigado!", "553107"),
        # Swiss German booking words
        ("Sälü, mir chömed erscht am Samschtig, Abreis blibt Sunntig. Buechig 6620.", "6620"),
        ("Grüezi, d'Reservierig 5520 bitte uf Sunntig verschiebe.", "5520"),
    ],
)
def test_r26_booking_references(text: str, ref: str) -> None:
    assert extract_booking_ref(text) == ref


@pytest.mark.parametrize(
    "text",
    [
        # (a phone number beside the stay is none)
        "Hi, we loved our stay! My phone number is 612 345 678, call me.",
        "Hola, sobre la estancia: mi número es el 612 345 678.",
    ],
)
def test_no_reference_in_a_phone_beside_the_stay(text: str) -> None:
    assert extract_booking_ref(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # after an emoji in a message typed in lower case, a word ending in "et", "e", "and" or "und" is no couple
        "ciao avete posto per 4 nel we?? 😂 budget basso",
        "salut vous avez de la place pour 4 le we?? 😂 budget serré",
        "oi tem vaga pra 4 no fds?? 😂 sempre barato",
        "hey got room for 4 this weekend?? 😂 husband snoring",
        "hallo habt ihr platz für 4 am we?? 😂 gesund bleiben",
    ],
)
def test_no_name_split_out_of_a_word_after_an_emoji(text: str) -> None:
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title and a surname, a filler, then the full name said again
        (
            "oui bonjour c'est monsieur Lemoine euh Didier Lemoine je voulais réserver du 24 au 27 janvier",
            "Didier Lemoine",
        ),
        (
            "hola buenas soy la señora Ortega eh Marisa Ortega quería reservar una doble del 3 al 5",
            "Marisa Ortega",
        ),
        (
            "hi yeah this is Mr Dawson um Peter Dawson I'd like to book a double from the 3rd to the 5th",
            "Peter Dawson",
        ),
        (
            "pronto buongiorno sono il signor Ferri ehm Paolo Ferri volevo prenotare una doppia dal 3 al 5",
            "Paolo Ferri",
        ),
        (
            "hallo hier ist Frau Berger äh Sabine Berger ich möchte ein Doppelzimmer vom 3. bis 5. buchen",
            "Sabine Berger",
        ),
        ("alô bom dia é o senhor Tavares hum Rui Tavares queria reservar um duplo de 3 a 5", "Rui Tavares"),
    ],
)
def test_the_full_name_said_again_after_a_filler(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "email"),
    [
        # English "at" spells an address where a reply is asked to it (other languages say "arroba", "arobase",
        # "chiocciola", which need no such word)
        (
            "Have you got a double free over the bank holiday weekend? Reply to dave dot pryce at btinternet dot com "
            "if easier",
            "dave.pryce@btinternet.com",
        ),
        ("A twin for 3-5 May please, write back to sue dot lamb at gmail dot com", "sue.lamb@gmail.com"),
    ],
)
def test_an_address_spoken_where_a_reply_is_asked(text: str, email: str) -> None:
    assert extract_email(text) == email


@pytest.mark.parametrize(
    "text",
    [
        # season's wishes after thanks for something are no name
        "Nous devons annuler la réservation 4471 de vendredi. Merci pour tout, Bonne Année",
        "Temos de cancelar a reserva 4471 de sexta. Obrigado por tudo, Boas Festas",
        "Tenemos que anular la reserva 4471 del viernes. Gracias por todo, Felices Fiestas",
        "Dobbiamo disdire la prenotazione 4471 di venerdì. Grazie di tutto, Buone Feste",
        "Wir müssen die Buchung 4471 leider stornieren. Danke für alles, Frohe Ostern",
        "We need to cancel booking 4471 for Friday. Thanks for the help, Happy Holidays",
    ],
)
def test_no_name_in_seasons_wishes_after_thanks(text: str) -> None:
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a feast wished for under the thanks is no signature
        "Obrigado por tudo!\nBoas Festas",
        "Gracias por todo!\nFelices Fiestas",
        "Grazie di tutto!\nBuone Feste",
        "Danke für alles!\nFrohe Weihnachten",
        "Thanks for everything!\nMerry Christmas",
        "Nous devons annuler la réservation 4471. Merci, Bonnes Fêtes",
    ],
)
def test_no_name_in_a_feast_wished_for(text: str) -> None:
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [("Obrigado por tudo!\nAna Natal", "Ana Natal"), ("Merci pour tout !\nMarie Noël", "Marie Noël")],
)
def test_a_surname_that_is_also_a_feast_signs(text: str, name: str) -> None:
    assert extract_guest_name(text) == name
