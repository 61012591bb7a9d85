"""Guest names and references in the r15 batch's messages: a weekday or thanks after a goodbye is no name, a
professor's "Pr" is a title, a sales job is no name, and a reference said in groups in a sentence of its own."""

from __future__ import annotations

import pytest

from conversations.nlu.contacts import extract_booking_ref
from conversations.nlu.names import extract_guest_name, writers_own_address


@pytest.mark.parametrize(
    "text",
    [
        "Thanks so much, see you Friday!",
        "Lovely, thanks a lot! See you Saturday 🙂",
        "Vielen Dank, bis Freitag!",
        "Muchas gracias, ¡nos vemos el Viernes!",
        "Merci beaucoup, à Samedi !",
        "Grazie mille, ci vediamo Sabato 🙂",
        "Muito obrigada, até Sexta!",
    ],
)
def test_a_weekday_or_thanks_after_a_goodbye_is_no_name(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Madame,\n\nje vous prie d'annuler la réservation RSV-2207.\n\nCordialement,\nPr Étienne Moreau-Lacroix",
            "Étienne Moreau-Lacroix",
        ),
        ("Bonjour, pouvez-vous me rappeler ?\nBien cordialement,\nPr. Hélène Dufour", "Hélène Dufour"),
    ],
)
def test_a_professor_signing_as_pr_keeps_the_name_without_the_title(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, je suis commercial chez un fournisseur de linge hôtelier, à qui puis-je présenter nos produits ?",
        "Je suis commerciale chez Linge Pro, à qui puis-je présenter nos produits ?",
        "Soy comercial de una empresa de textiles, ¿con quién puedo hablar?",
        "Sou comercial de uma empresa de roupa de cama, com quem posso falar?",
        "Sono commerciale per una ditta di biancheria, con chi posso parlare?",
        "Ich bin Vertreter einer Wäscherei, an wen kann ich mich wenden?",
        "I'm a salesman with a linen supplier, who can I talk to?",
    ],
)
def test_a_sales_job_said_after_i_am_is_no_name(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Ich möchte meine Reservierung stornieren. Die Nummer ist 9 04 331.", "904331"),
        ("I'd like to cancel my booking. The number is 9 04 331.", "904331"),
        ("Quiero cancelar mi reserva. El número es 9 04 331.", "904331"),
        ("Je voudrais annuler ma réservation. Le numéro est le 9 04 331.", "904331"),
        ("Vorrei annullare la prenotazione. Il numero è 9 04 331.", "904331"),
        ("Queria cancelar a minha reserva. O número é o 9 04 331.", "904331"),
        ("Hallo, ich hatte vom 3. bis 5. Juni gebucht, müsste aber umbuchen. Geht das? Nr. 30 771.", "30771"),
        (
            "I booked from 3 to 5 June but need to move it to 10-12 June. Is that possible? No. 30 771.",
            "30771",
        ),
        ("Reservé del 3 al 5 de junio, pero tengo que cambiar al 10-12. ¿Se puede? Nº 30 771.", "30771"),
        ("J'avais réservé du 3 au 5 juin, il faudrait passer au 10-12. C'est possible ? N° 30 771.", "30771"),
        ("Ho prenotato dal 3 al 5 giugno ma dovrei spostare al 10-12. Si può? N. 30 771.", "30771"),
        ("Reservei de 3 a 5 de junho, mas preciso mudar para 10-12. Pode ser? Nº 30 771.", "30771"),
    ],
)
def test_a_reference_said_in_groups_in_a_sentence_of_its_own(text, ref):
    assert extract_booking_ref(text) == ref


@pytest.mark.parametrize(
    "text",
    ["Ich bin in Zimmer 12. Nr. 30 771 ist mein Auto.", "We stay in room 4. Number 12 is our friends."],
)
def test_a_number_with_no_booking_spoken_of_is_no_reference(text):
    assert extract_booking_ref(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Buenas, quería cambiar el titular de la reserva 55092: ahora va a nombre de mi hermana, Begoña Larrañaga.",
            "Begoña Larrañaga",
        ),
        (
            "I'd like to change the holder of booking 55092: it's now in the name of my sister, Megan Price.",
            "Megan Price",
        ),
        (
            "Je voudrais changer le titulaire de la réservation 55092 : elle sera au nom de ma sœur, Aurélie Sarr.",
            "Aurélie Sarr",
        ),
        (
            "Vorrei cambiare l'intestatario della prenotazione 55092: ora è a nome di mia sorella, Chiara Rossi.",
            "Chiara Rossi",
        ),
        (
            "Queria mudar o titular da reserva 55092: agora fica em nome da minha irmã, Joana Reis.",
            "Joana Reis",
        ),
        ("Titular de la reserva 55092: Ana García", "Ana García"),
    ],
)
def test_a_holder_changed_after_the_reference_and_a_colon_is_the_new_name(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "This is Grand Meridian Events. We need a quote for 12 double rooms, 3 to 6 October, for a conference group.",
        "Hola, aquí Viajes Sol Mayor. Necesitamos un presupuesto para 12 habitaciones dobles del 3 al 6 de octubre.",
        "Bonjour, ici Alpes Événements. Nous aurions besoin d'un devis pour 12 chambres doubles du 3 au 6 octobre.",
        "Guten Tag, hier ist Alpen Reisen. Wir bräuchten ein Angebot für 12 Doppelzimmer vom 3. bis 6. Oktober.",
        "Buongiorno, qui Viaggi Sirena. Ci servirebbe un preventivo per 12 doppie dal 3 al 6 ottobre.",
        "Olá, aqui é a Rota Sul Turismo. Precisamos de um orçamento para 12 quartos duplos de 3 a 6 de outubro.",
    ],
)
def test_a_company_introducing_itself_is_no_guest(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Servus, da schreibt der Lukas Hofer. Meine Freundin und ich würden gern vom 3. bis 6. Jänner kommen.",
            "Lukas Hofer",
        ),
        ("Hallo, hier schreibt Lukas Hofer. Habt ihr vom 3. bis 6. Januar ein Zimmer frei?", "Lukas Hofer"),
        ("Hola, aquí escribe Lucas Herrera. ¿Tenéis una habitación del 3 al 6 de enero?", "Lucas Herrera"),
        ("Ciao, qui scrive Luca Ferri. Avete una camera dal 3 al 6 gennaio?", "Luca Ferri"),
        ("Olá, quem escreve é o Lucas Faria. Têm um quarto de 3 a 6 de janeiro?", "Lucas Faria"),
        ("Olá, aqui escreve o Lucas Faria. Têm um quarto de 3 a 6 de janeiro?", "Lucas Faria"),
    ],
)
def test_who_says_they_are_writing_is_the_guest(text, name):
    assert extract_guest_name(text) == name


def test_a_german_noun_writing_is_no_guest():
    assert extract_guest_name("Da schreibt die Zeitung, dass es morgen schneit. Habt ihr ein Zimmer?") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Das Zimmer war eiskalt, die Heizung ging nicht. Ich erwarte eine Teilgutschrift.\n"
            "Buchung 77310, Sabine Kraus-Ebner",
            "Sabine Kraus-Ebner",
        ),
        (
            "The room was freezing and nobody came. I expect a partial refund.\nBooking 77310, Sarah Kingsley",
            "Sarah Kingsley",
        ),
        (
            "La habitación estaba helada y nadie vino. Espero un reembolso parcial.\nReserva 77310, Marta Ibáñez Soler",
            "Marta Ibáñez Soler",
        ),
        (
            "La chambre était glaciale et personne n'est venu. J'attends un geste.\nRéservation 77310, Claire Dubois",
            "Claire Dubois",
        ),
        (
            "La camera era gelida e nessuno è venuto. Mi aspetto un rimborso.\nPrenotazione 77310, Giulia Fontana",
            "Giulia Fontana",
        ),
        (
            "O quarto estava gelado e ninguém apareceu. Espero um reembolso.\nReserva 77310, Ana Paula Reis",
            "Ana Paula Reis",
        ),
        (
            "Abbiamo prenotato dal 2 al 4 aprile ma dovremmo spostare al 16-18. Prenotazione n. 7 702 18, coniugi Ferrante",
            "Ferrante",
        ),
        ("Queríamos cambiar al 16-18. Reserva nº 7 702 18, familia Ferrer", "Ferrer"),
        ("Wir möchten auf den 16. bis 18. umbuchen. Buchung Nr. 7 702 18, Eheleute Brandt", "Brandt"),
        ("Could we move to 16-18? Booking no. 770218, the Hughes family", "Hughes"),
        ("Podemos mudar para 16-18? Reserva 770218, família Costa", "Costa"),
        ("Pouvons-nous passer au 16-18 ? Réservation 770218, famille Martin", "Martin"),
    ],
)
def test_a_name_or_a_family_after_the_reference_signs_the_message(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hello! We'd like to come back for a week from the 2nd of August.\nThe Fitzgerald family",
            "Fitzgerald",
        ),
        ("Bonjour, nous cherchons deux chambres du 4 au 8 septembre.\nFamille Rochat, Lausanne", "Rochat"),
        ("Hallo, wir suchen zwei Zimmer vom 4. bis 8. September.\nFamilie Huber, Innsbruck", "Huber"),
    ],
)
def test_a_family_signing_by_its_surname_keeps_the_surname(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Prezada Sra. Helena,\n\nEscrevo em nome da agência Rota Sul Turismo. Nossos clientes, o casal Fábio e Renata "
            "Bittencourt, gostariam de reservar um quarto de casal de 3 a 7 de dezembro.\n\nAtenciosamente,\n"
            "Cláudio Moura\nRota Sul Turismo Ltda.",
            "Fábio Bittencourt",
        ),
        (
            "Gentili signori,\nvi chiediamo una doppia dal 12 al 15 settembre per i nostri clienti, i signori Mancuso.\n"
            "Cordiali saluti\nUfficio Prenotazioni",
            "Mancuso",
        ),
        (
            "Dear Sir or Madam,\nOur clients, the couple Tom and Emma Richardson, would like a double room from 3 to 7 "
            "December.\nKind regards,\nLaura Black\nSunway Travel",
            "Tom Richardson",
        ),
        (
            "Estimados señores:\nNuestros clientes, los señores Olmedo, desean una habitación doble del 3 al 7 de "
            "diciembre.\nSaludos,\nLaura Gil\nViajes Sol",
            "Olmedo",
        ),
        (
            "Madame,\nNos clients, le couple Paul et Julie Marchand, souhaitent une chambre double du 3 au 7 décembre.\n"
            "Cordialement,\nLaure Petit\nVoyages Azur",
            "Paul Marchand",
        ),
        (
            "Sehr geehrte Damen und Herren,\nunsere Kunden, das Ehepaar Jan und Lena Vogt, möchten ein Doppelzimmer vom "
            "3. bis 7. Dezember.\nMit freundlichen Grüßen\nLaura Schwarz\nReisebüro Sonne",
            "Jan Vogt",
        ),
        (
            "Guten Morgen,\n\nim Auftrag meines Chefs, Herrn Prof. Dr. Klaus Weidemann, möchte ich ein Einzelzimmer "
            "für die Nacht vom 14. auf den 15. Oktober reservieren.\n\nViele Grüße\nAnja Krüger\n"
            "anja.krueger@weidemann-consult.de",
            "Klaus Weidemann",
        ),
    ],
)
def test_a_couple_or_a_boss_booked_for_by_an_agency_or_an_assistant_is_the_guest(text, name):
    assert extract_guest_name(text) == name


def test_the_assistants_own_address_is_no_guests_email():
    text = (
        "Guten Morgen,\n\nim Auftrag meines Chefs, Herrn Prof. Dr. Klaus Weidemann, möchte ich ein Einzelzimmer "
        "reservieren.\n\nViele Grüße\nAnja Krüger\nanja.krueger@weidemann-consult.de"
    )
    assert writers_own_address(text, "anja.krueger@weidemann-consult.de")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Buonasera, sono Nicolò dell'Orto di Verona, vorrei sapere se il check-out si può fare alle 12.",
            "Nicolò dell'Orto",
        ),
        ("Buongiorno, sono Marco Rossi di Bologna, avete una doppia per sabato?", "Marco Rossi"),
        ("Buongiorno, sono Marco Di Stefano, avete una doppia per sabato?", "Marco Di Stefano"),
        ("Hi, I'm Tom Baker from Leeds, do you have a double for Saturday?", "Tom Baker"),
        ("Hallo, ich bin Jan Vogt aus Kiel, habt ihr ein Doppelzimmer für Samstag?", "Jan Vogt"),
        (
            "aquí Fernando Álvarez de Toledo, ¿tienen parking para una furgoneta grande?",
            "Fernando Álvarez de Toledo",
        ),
        ("Olá, sou a Ana Costa de Souza, têm um quarto duplo para sábado?", "Ana Costa de Souza"),
    ],
)
def test_the_town_after_a_full_name_is_no_surname(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hoi zäme, mir wänd nächscht Wuche es Zimmer für eus zwei. Merci vielmal, Reto und Fabienne",
            "Reto",
        ),
        ("Grüezi, hend ihr am Samstag no es Doppelzimmer frei? Danke vielmal, Urs und Heidi", "Urs"),
    ],
)
def test_swiss_thanks_then_names_sign(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Olá Joana, obrigada pela resposta! Então fica confirmado o quarto triplo de 20 a 22 de agosto. Pode "
            "mandar a confirmação para patricia.goes@uol.com.br\nPatrícia Góes",
            "Patrícia Góes",
        ),
        ("Olá, fica confirmado o quarto duplo de 3 a 5 de maio, obrigado.\nTomás Góes", "Tomás Góes"),
    ],
)
def test_a_surname_typed_with_an_accent_is_no_english_word(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Salve, scrivo per mia madre, la signora Rosaria Pugliese, che viene a trovarci dal 14 al 21 dicembre. Le "
            "servirebbe una camera singola al piano terra. Potete prenotarla a suo nome?\nGrazie, Daniela",
            "Rosaria Pugliese",
        ),
        (
            "Hola, escribo por mi madre, la señora Rosario Pulido, que viene del 14 al 21 de diciembre. Necesitaría una "
            "habitación individual en planta baja.\nGracias, Daniela",
            "Rosario Pulido",
        ),
        (
            "Hello, I'm writing for my mother, Mrs Rosemary Pugh, who is visiting from 14 to 21 December. She would need "
            "a single room on the ground floor.\nThanks, Danielle",
            "Rosemary Pugh",
        ),
        (
            "Bonjour, je vous écris pour ma mère, Mme Rosine Pujol, qui vient du 14 au 21 décembre. Il lui faudrait une "
            "chambre simple au rez-de-chaussée.\nMerci, Danielle",
            "Rosine Pujol",
        ),
        (
            "Hallo, ich schreibe für meine Mutter, Frau Rosa Pohl, die vom 14. bis 21. Dezember kommt. Sie bräuchte ein "
            "Einzelzimmer im Erdgeschoss.\nDanke, Daniela",
            "Rosa Pohl",
        ),
        (
            "Olá, escrevo pela minha mãe, a D. Rosária Pires, que vem de 14 a 21 de dezembro. Precisava de um quarto "
            "individual no rés-do-chão.\nObrigada, Daniela",
            "Rosária Pires",
        ),
    ],
)
def test_whom_the_writer_writes_for_named_after_the_relation_is_the_guest(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "J'avais fait la réservation 88015 pour moi, mais finalement c'est ma collègue Aurélie Sarr qui fera le "
            "déplacement. Pourriez-vous changer le nom sur la réservation ?",
            "Aurélie Sarr",
        ),
        (
            "I made booking 88015 for myself, but in the end it's my colleague Tom Reed who will travel. Could you "
            "change the name on the booking?",
            "Tom Reed",
        ),
        (
            "Hice la reserva 88015 para mí, pero al final es mi compañera Lucía Prado quien viajará. ¿Pueden cambiar "
            "el nombre de la reserva?",
            "Lucía Prado",
        ),
        (
            "Avevo fatto la prenotazione 88015 per me, ma alla fine sarà il mio collega Paolo Conti che verrà. Potete "
            "cambiare il nome sulla prenotazione?",
            "Paolo Conti",
        ),
        (
            "Ich hatte die Buchung 88015 für mich gemacht, aber jetzt ist es meine Kollegin Jana Roth, die kommt. "
            "Können Sie den Namen ändern?",
            "Jana Roth",
        ),
        (
            "Fiz a reserva 88015 para mim, mas afinal é o meu colega Rui Pinto que vai. Podem mudar o nome na reserva?",
            "Rui Pinto",
        ),
    ],
)
def test_who_travels_in_the_writers_place_is_the_guest(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "oi tudo bem então é a Jéssica aqui queria saber se tem vaga pra esse fim de semana pra mim e meu namorado",
            "Jéssica",
        ),
        ("hola qué tal pues es la Jessica aquí, quería saber si hay sitio", "Jessica"),
        ("ciao tutto bene allora è la Jessica qui, volevo sapere se avete posto", "Jessica"),
        ("salut alors c'est la Jessica ici, je voulais savoir si vous avez de la place", "Jessica"),
        ("hallo also ist die Jessica hier, wollte fragen ob ihr Platz habt", "Jessica"),
    ],
)
def test_a_name_said_here_with_its_article_mid_message_is_the_writer(text, name):
    assert extract_guest_name(text) == name


def test_a_couples_surname_stays_in_the_text_read_for_the_party():
    from conversations.nlu.names import without_name

    text = "una doppia per i nostri clienti, i signori Mancuso."
    assert "Mancuso" in without_name(text, "Mancuso")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Griaß Eich, kinnt ma de Buchung vom Freitag auf Samstag verschieben? Is auf Pichler.", "Pichler"),
        ("Können wir die Buchung auf Samstag verschieben? Sie ist auf Pichler.", "Pichler"),
        ("Können wir die Buchung auf Samstag verschieben? Läuft auf Pichler.", "Pichler"),
    ],
)
def test_a_german_booking_said_to_be_on_a_surname_gives_it(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Können wir die Buchung verschieben? Ist auf Samstag.",
        "Können wir die Buchung verschieben? Ist auf März.",
    ],
)
def test_a_german_booking_moved_to_a_day_names_no_one(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Buongiorno,\nvi inoltro la richiesta di mio padre, Sergio Lombardi, che non usa la mail: lui e la mamma "
        "vorrebbero una matrimoniale dal 20 al 23 maggio.\nGrazie, Chiara Lombardi",
        "Hello,\nI'm forwarding the request of my father, Sergio Lombardi, who doesn't use e-mail: he and mum would "
        "like a double room from 20 to 23 May.\nThanks, Chiara Lombardi",
        "Buenos días,\nles reenvío la solicitud de mi padre, Sergio Lombardi, que no usa el correo: él y mamá quieren "
        "una doble del 20 al 23 de mayo.\nGracias, Chiara Lombardi",
        "Bonjour,\nje vous transmets la demande de mon père, Sergio Lombardi, qui n'utilise pas le mail : lui et maman "
        "voudraient une chambre double du 20 au 23 mai.\nMerci, Chiara Lombardi",
        "Guten Tag,\nich leite Ihnen die Anfrage meines Vaters, Sergio Lombardi, weiter: er und Mama möchten ein "
        "Doppelzimmer vom 20. bis 23. Mai.\nDanke, Chiara Lombardi",
        "Bom dia,\nencaminho o pedido do meu pai, Sergio Lombardi, que não usa e-mail: ele e a mãe queriam um quarto "
        "duplo de 20 a 23 de maio.\nObrigada, Chiara Lombardi",
    ],
)
def test_a_relatives_request_forwarded_gives_the_relatives_name(text):
    assert extract_guest_name(text) == "Sergio Lombardi"
