"""Guest names, e-mails and booking references in the r20 and r22 batches' messages: references typed in groups
after a group booking, in brackets or after "the number is"; no guest in a closing word, a company or department
signing, a role; the guest named for someone else."""

from __future__ import annotations

import pytest

from conversations.nlu.contacts import extract_booking_ref, extract_email
from conversations.nlu.names import extract_guest_name


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        # a number sign in brackets in a message about a booking
        (
            "on a une réservation pour trois chambres du 2 au 4 février pour notre équipe (no 77120). Merci",
            "77120",
        ),
        ("Wir haben vom 12. bis 15. Juni reserviert (Nr. 66 701). Leider kommen wir später.", "66701"),
        ("We booked two rooms for the conference next month (no. 55 120), can we add one?", "55120"),
        ("Tenemos una reserva para el puente de mayo con ustedes (nº 44 981).", "44981"),
        # a group booking's reference
        ("pour la réservation de groupe 6 415 02 du 2 au 5 septembre : nous serons 23", "641502"),
        ("sobre la reserva de grupo 7 220 15, seremos 30", "722015"),
        # one digit, a pair, then three
        ("Am Samstag kommen wir doch nicht \u2013 bitte die Buchung 9 04 331 stornieren.", "904331"),
        ("Please cancel booking 9 04 331, thanks", "904331"),
        # a group of three digits before a range is no day
        ("abbiamo la prenotazione 30 771 dal 25 al 27 maggio. Possiamo restare?", "30771"),
        ("tenemos la reserva 44 120 del 3 al 5 de mayo", "44120"),
        # "the number is" far from the booking word
        (
            "I have reservation with you for 2 nights from 4th of March the number is HX 22 71 but my flight is "
            "cancelled",
            "HX2271",
        ),
        (
            "Ich habe bei Ihnen für drei Nächte im Mai gebucht, die Nummer ist 30 118, können Sie das ändern?",
            "30118",
        ),
    ],
)
def test_references_in_groups_brackets_and_said_as_the_number(text, ref):
    assert extract_booking_ref(text) == ref


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        # a day after a reference still ends it
        ("reserva 44120 15 de mayo", "44120"),
        ("reserva 4471 15 al 18", "4471"),
        # a bracket with no number sign, or no booking talked of
        ("Wir kommen vom 12. bis 15. Juni (Nr. 3 im Katalog) zu Ihnen.", None),
        ("Hi, do you have a room from 2 to 4 May (no pets)?", None),
        # a phone said as "the number" is no reference
        ("I booked a room for May, my mobile, the number is 612 345 678", None),
        ("reserva de grupo para 20 personas", None),
    ],
)
def test_what_stays_no_reference(text, ref):
    assert extract_booking_ref(text) == ref


@pytest.mark.parametrize(
    "text",
    [
        # one word of judgement closing a complaint
        "Gente, o ar-condicionado do quarto 312 tá pingando em cima da cama desde ontem. Já liguei 2 vezes. Absurdo",
        "La camera non era stata pulita bene: capelli nella doccia e polvere sotto il letto. Peccato.",
        "La habitación estaba sucia y nadie vino a limpiarla en tres días. Inaceptable.",
        "The room was freezing and the heating never worked the whole weekend. Unacceptable.",
        "Die Dusche im Zimmer 12 war drei Tage kaputt und niemand hat reagiert. Unzumutbar.",
        "Le chauffage de la chambre ne marchait pas et personne n'est venu. Inadmissible.",
        # a company or a department signing
        "Hi, could you put three engineers up Monday to Thursday? Three single rooms.\n\nNorcross Engineering \u2013 Facilities",
        "Please cancel booking 58110 for our sales rep.\nThanks,\nRegional Sales Office",
        "Bonjour,\nNous aurions besoin de douze chambres simples du 22 au 24 septembre.\nMeilleures salutations,\n"
        "Secrétariat du Congrès SSMI, Lausanne",
        "Guten Tag, bitte um ein Angebot für 15 Doppelzimmer vom 23. bis 25. Juni.\nFreundliche Grüsse\n"
        "Treuhand Meier AG, Winterthur",
        "Good morning, BrightLinen Supplies here. We supply bed linen and towels to hotels.",
        # whose assistant the writer is, a job
        "Hi, I'm Mr Harlow's PA. Could you tell me whether he's checked in yet?",
        "Servus! I bin Trainer von ana U16-Fußballmannschaft. Mir bräuchten Zimmer von Freitag bis Sonntag.",
        "Hola, soy entrenador de un equipo juvenil y necesitamos cinco habitaciones.",
        # a greeting in dialect, Québec "ben"
        "Griaß Eahna, mia kumman mit de Radl, 2 Nächt ab 14. Juni, a Doppelzimmer bitte.",
        "Griaß Eana! Is des Eckzimmer im zweiten Stock vom 27. bis 30. Dezember no frei?",
        "Parfait, c'est ben correct 👍",
        # a number after "I am"
        "Ich bin 84 Jahre alt und brauche ein Zimmer mit Aufzug.",
    ],
)
def test_no_guest_in_a_verdict_a_company_a_role_or_a_greeting(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a company's or a department's word is no name, but a person signing still is
        ("Bonjour, une chambre du 3 au 5 mai.\nCordialement,\nMartin Dupont", "Martin Dupont"),
        ("Hi, I'm Mr Harlow, booking a room for tonight", "Harlow"),
        ("Bonjour, c'est Ben, de la chambre 12", "Ben"),
        ("salut c'est julie, vous avez une chambre?", "Julie"),
        # a signature under a judgement-free last line still reads
        (
            "Sehr geehrte Damen und Herren,\n\nich bin 84 Jahre alt und bitte um ein Einzelzimmer vom 4. bis 11. "
            "Oktober.\n\nMit freundlichen Grüßen\nIngeborg Wendt",
            "Ingeborg Wendt",
        ),
        ("Mit freundlichen Grüßen\n\nDr.-Ing. Julia Hartmann\nGeschäftsstelle DWA-Tagung", "Julia Hartmann"),
        ("Please refund me the difference.\nKind regards\nFatima El Amrani", "Fatima El Amrani"),
        ("soy Youssef Ben Ali, quiero una habitación doble", "Youssef Ben Ali"),
        # a name started again after a filler, a company after the name
        (
            "ehm pronto sì buongiorno sono Mark ehm Mark Thompson volevo una camera per stasera",
            "Mark Thompson",
        ),
        ("hi um this is tom um tom baker calling about my room", "Tom Baker"),
        (
            "Qué tal, soy Hernán Villalobos de Laboratorios Andes. Necesito una habitación individual.",
            "Hernán Villalobos",
        ),
        ("sono Marco Rossi di Costruzioni Bianchi, vorrei una camera", "Marco Rossi"),
        # Spanish phone fillers before "habla"
        (
            "hola buenas este sí mire habla Rogelio Sandoval le hablaba porque quiero la misma habitación",
            "Rogelio Sandoval",
        ),
        # a dictated message: capitals a phone adds to "I", a month, a code
        (
            "hi um yeah this is tomasz nowak eh I have reservation with you for 2 nights from 4th of March the "
            "number is HX 22 71 but my flight is cancelled",
            "Tomasz Nowak",
        ),
        # who writes, with a capital, in Bavarian and Austrian
        ("Servus, da schreibt der Hannes vom Skiclub 👋", "Hannes"),
        ("Grüß Gott, da schreibt die Resi 😊", "Resi"),
        # a family after a closing on the same line, a couple whose first name is also a word
        (
            "Hola! ¿tienen lugar del viernes 21 al lunes 24 de mayo? Somos 2 adultos y 3 nenes.\nSaludos, familia Gutiérrez",
            "Gutiérrez",
        ),
        (
            "Volvimos a casa felices. Gracias por darnos otra vez la 204, es nuestra habitación de la suerte 🥂\n"
            "Pao y Emilio",
            "Pao",
        ),
    ],
)
def test_names_that_still_read(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Da schreibt die Zeitung, dass es morgen schneit. Habt ihr ein Zimmer?",
        "Hallo, da schreibt die Rezeption vom Hotel Adler",
        "Servus, da schreibt der Chef vom Skiclub",
        "The name is on the booking already",
        "Il nome è sbagliato nella conferma",
        "Do you have parking?\nBreakfast and Parking",
    ],
)
def test_near_misses_name_no_one(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the booking under someone's name, then their full name
        (
            "Hi, I'd like to book a room for my son and his girlfriend for the weekend of 10 July. It'll be under "
            "his name, Jamie Rowe. I'll pay by card.",
            "Jamie Rowe",
        ),
        (
            "Hallo, ich möchte für meinen Sohn ein Doppelzimmer buchen. Die Buchung bitte auf seinen Namen: Felix "
            "Wagner. Die Rechnung geht an mich.",
            "Felix Wagner",
        ),
        (
            "Quiero reservar una habitación para mi hijo, a su nombre: Pablo Ortega, del 3 al 5 de mayo.",
            "Pablo Ortega",
        ),
        ("Je voudrais réserver une chambre pour ma fille, à son nom : Camille Roussel.", "Camille Roussel"),
        (
            "Vorrei prenotare una camera per mio figlio, a suo nome: Marco Neri, dal 3 al 5 maggio.",
            "Marco Neri",
        ),
        ("Queria reservar um quarto para o meu filho, no nome dele: João Lima.", "João Lima"),
        # ... or who they are in the next sentence
        (
            "I booked a double for 2-4 June (ref 44981) but I can't go now. Could you put the booking in my "
            "daughter's name instead? She's Lucy Brennan and she'll go with her husband.",
            "Lucy Brennan",
        ),
        (
            "la reserva 55 901 estaba a mi nombre pero al final va mi hermano. ¿La pueden pasar a su nombre? Se "
            "llama Tomás Arrieta.",
            "Tomás Arrieta",
        ),
        # a couple called by their names: the first one with the surname they share
        (
            "Bonjour! J'aimerais réserver une chambre pour mes parents pour la fin de semaine du 24 juillet. Ils "
            "s'appellent Gilles et Monique Tremblay.",
            "Gilles Tremblay",
        ),
        (
            "Grüezi mitenand, ich möcht für mini Eltere es Doppelzimmer vom 17. bis 19. September reserviere. Sie "
            "heissed Ruth und Walter Gerber.",
            "Ruth Gerber",
        ),
        (
            "Quiero reservar una habitación para mis padres del 3 al 5 de mayo. Se llaman Luis y Carmen Ortega.",
            "Luis Ortega",
        ),
        ("Vorrei prenotare una camera per i miei genitori. Si chiamano Franco e Rita Bassi.", "Franco Bassi"),
    ],
)
def test_the_guest_named_for_someone_else(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a German booking put in someone else's name, the verb before or after
        (
            "Hallo, die Buchung 50983 läuft auf mich, aber fahren wird meine Kollegin. Bitte umschreiben auf: Anna Bergström.",
            "Anna Bergström",
        ),
        (
            "Die Buchung 77 902 läuft auf meinen Namen. Bitte auf sie umschreiben: Katharina Oberleitner.",
            "Katharina Oberleitner",
        ),
        (
            "Ich wollte fragen, ob ich die Buchung auf meinen Bruder umschreiben kann: Stefan Vogt. Buchungsnummer 30118.",
            "Stefan Vogt",
        ),
        # whom a booking is for, with a title, over the assistant signing
        (
            "Guten Tag, leider muss ich die Buchung Nr. 5208 317 für Herrn Jens Kowalczyk (15.\u201317. November) "
            "stornieren.\nDanke, i.A. Petra Lenz",
            "Jens Kowalczyk",
        ),
        (
            "Solicito la reservación de una habitación doble del 20 al 23 de noviembre para el Lic. Andrés Peralta "
            "y su esposa.\n\nAtentamente,\nMariana Ochoa\nAsistente de Dirección",
            "Andrés Peralta",
        ),
        (
            "Hallo, wir haben für unseren Kollegen Herrn Demirci vom 4. bis 6. April ein Zimmer gebucht.",
            "Demirci",
        ),
        ("We have booked a room for our colleague Mr Patel from 4 to 6 April.", "Patel"),
        # the name said with other words for it
        (
            "The reservation is on the name of Dimitrios Papadopoulos.\nThank you in advance.",
            "Dimitrios Papadopoulos",
        ),
        ("Can you confirm you have us down? The name should be Kowalski.", "Kowalski"),
        (
            "Non ho ancora ricevuto la conferma. Il nome è Agnieszka Wójcik. Potete controllare?",
            "Agnieszka Wójcik",
        ),
        ("Je n'ai pas reçu la confirmation. Le nom est Anne Leroy, merci", "Anne Leroy"),
    ],
)
def test_holders_titled_guests_and_the_name_said(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        # no full name after "she's", "se llama": nothing invented
        "I'd like to book a room for my mother for May. She's very excited about it.",
        "Quiero reservar una habitación para mi madre. Se llama como yo.",
        "I booked a room in my daughter's name. She's Italian.",
        # no room or booking spoken of
        "My neighbour is lovely. She's Lucy Brennan from next door.",
    ],
)
def test_no_one_else_named_without_a_full_name_or_a_booking(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # whom a company sends, over the one signing
        (
            "Notre société, Horlogerie Vuilleumier SA, envoie M. Laurent Droz et deux de ses collègues au salon. "
            "Nous aurions besoin de trois chambres.\n\nCordialement,\nCorinne Jeanneret",
            "Laurent Droz",
        ),
        (
            "Nuestra empresa envía al Sr. Iñigo Ayala a la feria, necesitamos una habitación.\nSaludos,\nMarta Gil",
            "Iñigo Ayala",
        ),
        # clients named as a couple by their surname
        (
            "Desde Viajes Alborán les escribimos para reservar, para nuestros clientes los señores Lasarte, una "
            "habitación doble.\nUn saludo,\nEquipo Viajes Alborán",
            "Lasarte",
        ),
        # who travels instead, after an adverb
        (
            "Pourriez-vous changer le titulaire de la réservation 58120 ? C'est finalement mon associé, Bruno Lefort, "
            "qui viendra à ma place.",
            "Bruno Lefort",
        ),
        # Swiss "Uf de Name", a German particle after a greeting
        (
            "Grüessech, chönd Sie mir säge ob mini Reservation für de 12. Juni gspeicheret isch? Uf de Name Wyss.",
            "Wyss",
        ),
        ("Guten Abend! Friederike zu Stolberg-Roßla.", "Friederike zu Stolberg-Roßla"),
        # a titled surname said in full elsewhere
        (
            "On behalf of our client Mr. Hiroshi Tanaka, we would like to request a twin room from 12 to 15 October "
            "for Mr. Tanaka and his colleague.\n\nBest regards,\nSarah Collins",
            "Hiroshi Tanaka",
        ),
        # the writer staying too keeps the writer
        (
            "ich bitte um die Reservierung von zwei Einzelzimmern für meinen Kollegen Herrn Albers und mich vom 15.11. "
            "bis 18.11.\n\nMit freundlichen Grüßen\nUlrike Sommer",
            "Ulrike Sommer",
        ),
    ],
)
def test_whom_a_company_sends_or_books_for(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        (
            "Faudrait que j'annule ma réservation, ma conjointe est malade. C'est au nom de Rémi Gagnon, numéro 60 417.",
            "60417",
        ),
        ("Devo disdire la prenotazione n. 7 304 12 dal 9 all'11 ottobre.", "730412"),
        # a phone number after a comma is none
        ("Je voudrais annuler ma réservation, mon portable, numéro 06 12 34 56 78.", None),
    ],
)
def test_references_after_a_comma_and_before_a_range(text, ref):
    assert extract_booking_ref(text) == ref


def test_what_c_est_says_of_a_plan_is_no_name():
    assert (
        extract_guest_name("Salut, on voudrait venir à deux, c'est jouable pour le week-end du 9 octobre ?")
        is None
    )
    assert extract_guest_name("c'est faisable pour samedi ?") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an architect's title, the studio's town after a dash
        (
            "chiedo due camere dal 3 all'8 marzo.\n\nCordiali saluti\nArch. Giulia Santangelo\nStudio Santangelo \u2013 Bari",
            "Giulia Santangelo",
        ),
        # one hyphenated first name's initials, "A" among them
        ("Un grand merci et à la prochaine !\nAvec mes meilleures salutations\nP.-A. Rochat", "P.-A. Rochat"),
        ("Je suis J.-P. Marchand, chambre 12.", "J.-P. Marchand"),
    ],
)
def test_titles_initials_and_a_town_in_a_signature(text, name):
    assert extract_guest_name(text) == name


def test_a_department_address_under_a_booking_for_a_colleague_is_the_writers():
    text = (
        "Necesitaríamos una habitación individual para nuestro técnico, D. Iñaki Zubizarreta, del 8 al 11 de "
        "febrero.\n\nUn cordial saludo,\nMaite Olabarria\nDepartamento de Compras\ncompras@talleresarriaga.es"
    )
    assert extract_guest_name(text) == "Iñaki Zubizarreta"
    assert extract_email(text) is None
    # the guest's own address stays
    assert extract_email(
        text.replace("compras@talleresarriaga.es", "inaki.zubizarreta@talleresarriaga.es")
    ) == ("inaki.zubizarreta@talleresarriaga.es")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a bare "names" before a full name ending the message
        (
            "still havent got a confirmation email?? booked last night for the 3rd-5th oct. names Priya Raman",
            "Priya Raman",
        ),
        # dictated: capitals the phone puts on a holiday or a place further on
        (
            "hi um yeah this is ryan o'sullivan I was wondering do ye have a room for Halloween just the one night "
            "for myself and the girlfriend we'd be driving up from Cork",
            "Ryan O'Sullivan",
        ),
    ],
)
def test_a_bare_names_label_and_a_dictated_introduction(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Two names Priya Raman and Tom Hill are on it",
        "what names do you need?",
        "Hi, this is great news. We loved the room and will come back to Cork",
        "hey its raining here in Dublin, do you have a room?",
    ],
)
def test_no_name_after_names_in_a_sentence_or_a_lower_case_word_that_is_none(text):
    assert extract_guest_name(text) is None
