"""Names in introductions, form fields and e-mail signatures, and formal e-mails read for their request:
the greeting, the closing, the signature's title, company and phone lines and the quoted message replied to
are not the guest's request (the first set's `<lang>-h12aNN` lines score the rest)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.contacts import extract_email
from conversations.nlu.names import extract_guest_name, without_name, without_quoted_reply
from conversations.nlu.tests.support import d

TODAY = dt.date(2026, 3, 11)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Apellidos: García López\nNombre: Lucía\nTeléfono: 600 111 222", "Lucía García López"),
        ("Nombre: Martín / Apellido: Sosa", "Martín Sosa"),
        ("Nom : Dupont\nPrénom : Jean", "Jean Dupont"),
        ("Prénom: Jean-Luc, Nom: Picard", "Jean-Luc Picard"),
        ("Name: Müller, Vorname: Anna", "Anna Müller"),
        ("Nachname: Schmidt\nVorname: Jonas", "Jonas Schmidt"),
        ("Nome: Gabriela\nSobrenome: Costa Almeida", "Gabriela Costa Almeida"),
        ("Cognome: Bianchi\nNome: Sara", "Sara Bianchi"),
        ("First name: Emily\nLast name: Carter", "Emily Carter"),
        ("Surname: O'Neill, First name: Aoife", "Aoife O'Neill"),
    ],
)
def test_form_fields_make_one_name_first_name_first(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Grüezi, ich bin der Thomas, habt ihr noch ein Zimmer?", "Thomas"),
        ("Hoi, i bin d'Vreni, chönd mer es Zimmer ha?", "Vreni"),
        ("Hallo, hier ist die Lena, gibt es Parkplätze?", "Lena"),
        ("Ciao, sono la Giulia, avete una doppia?", "Giulia"),
        ("Hola, soy la Carmen, ¿tenéis parking?", "Carmen"),
        ("bjr jsuis Mathieu, vous avez une chambre ?", "Mathieu"),
        ("Hi, booking under Van der Berg please", "Van der Berg"),
        ("Reserva a nombre de Ana Belén Muñoz-Reyes", "Ana Belén Muñoz-Reyes"),
        ("Please book it in the name of Sean O'Brien", "Sean O'Brien"),
        ("Je réserve au nom de Marie-Claire Dubois", "Marie-Claire Dubois"),
        ("Bitte auf den Namen Gruber reservieren", "Gruber"),
        ("Prenotazione a nome di Francesca De Luca", "Francesca De Luca"),
        ("Faço a reserva em nome de João Pedro da Silva", "João Pedro da Silva"),
    ],
)
def test_names_after_introductions_and_booking_cues(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Thanks, see you soon.\n\nSaludos cordiales,\nPablo Vidal\nDirector Financiero\nVidal S.L.\nTel. 600 123 456",
            "Pablo Vidal",
        ),
        (
            "Vielen Dank.\n\nMit freundlichen Grüßen\n\nDr. Stefan Hoffmann\nLeiter Einkauf\nMüller GmbH\nTel. +49 89 1234567",
            "Stefan Hoffmann",
        ),
        (
            "Merci d'avance.\n\nCordialement,\nSophie Martin\nAssistante de direction\n01 42 68 53 00",
            "Sophie Martin",
        ),
        (
            "Grazie.\n\nDistinti saluti,\nDott.ssa Elena Marchetti\nResponsabile Eventi\nTel. 06 1234 5678",
            "Elena Marchetti",
        ),
        (
            "Obrigado.\n\nAtenciosamente,\nAna Carolina Ribeiro\nGerente de Projetos\n(11) 98765-4321",
            "Ana Carolina Ribeiro",
        ),
        (
            "Thank you.\n\nKind regards,\nPriya Raghunathan\nSenior Account Manager | Acme Corp\nM: +1 415 555 0182",
            "Priya Raghunathan",
        ),
        ("Vielen Dank!\nGrüße\nTobias", "Tobias"),
        ("Danke schön, bis morgen!\nLG Michi", "Michi"),
        ("Vielen Dank und liebe Grüße, Sabine", "Sabine"),
        ("Ein Zimmer ab 20. Mai bitte. Freundliche Grüße aus Wien, Franz Huber", "Franz Huber"),
        ("Gracias por todo, un saludo. Marta", "Marta"),
        ("Merci beaucoup, bonne soirée ! Amélie", "Amélie"),
        ("Grazie mille, a presto! Chiara", "Chiara"),
        ("Obrigada, até breve! Inês", "Inês"),
        ("Valeu pela ajuda! Abs, Rafael", "Rafael"),
        ("Is there a gym? Thx, Daniel (room 305)", "Daniel"),
        (
            "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n\nPierre-Henri de Villeneuve",
            "Pierre-Henri de Villeneuve",
        ),
        (
            "Estimados señores:\nQueremos una doble.\nReciban un cordial saludo,\nMaría del Carmen Ruiz\nC/ Mayor 23\n46001 Valencia",
            "María del Carmen Ruiz",
        ),
        (
            "Sehr geehrte Damen und Herren,\nbitte drei Zimmer.\nMit freundlichen Grüßen\ni.A. Claudia Weber\nWeber GmbH",
            "Claudia Weber",
        ),
        ("Bitte um ein Angebot.\nMit freundlichen Grüßen\nFamilie Brandt\nTel. 0171 2345678", "Brandt"),
        ("Please find our details attached.\nKind regards\nThe Johnson family", "Johnson"),
    ],
)
def test_names_in_signatures_under_their_closing(text, name):
    assert extract_guest_name(text) == name


def test_a_couple_signing_gives_the_first_one_named_with_the_shared_surname():
    text = "Dear Sir or Madam,\n\nWe would like a double room.\n\nKind regards,\nJohn and Mary Smith-Taylor\n+44 7700 900123"
    assert extract_guest_name(text) == "John Smith-Taylor"


def test_the_fuller_name_of_the_signature_wins_over_a_title_and_surname():
    text = (
        "Bonjour,\nune chambre au nom de Mme Lefèvre svp.\nCordialement,\nSophie Lefèvre\nTél. 01 42 68 53 00"
    )
    assert extract_guest_name(text) == "Sophie Lefèvre"


@pytest.mark.parametrize(
    "text",
    [
        "Hola, a nombre de quién está la reserva 55120?",
        "Buongiorno, a nome di chi devo fare il bonifico?",
        "Hi,\nIs there parking at the hotel?\nThanks\nJ",
        "Estimados señores:\nLes ofrecemos nuestro software.\nUn cordial saludo,\nDepartamento Comercial",
        "Prezados, gostaríamos de enviar um catálogo. Atenciosamente, Equipe EcoHotel",
        "I'm afraid our room was not cleaned yesterday",
        "Je suis désolée mais la chambre n'a pas été faite",
        "Hola, soy de Madrid y quería preguntar por el parking",
        "Buenas noches, escribo desde la habitación Doble 12, ¿el wifi cuál es?",
        "Is the Junior Suite available on Sunday? Thanks",
        "Reception said I should write here. Is the spa open?",
    ],
)
def test_no_name_from_questions_departments_rooms_and_cities(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hola, ¿tienen habitaciones libres el domingo? Gracias, Domingo", "Domingo"),
        ("hola, quería reservar a nombre de Mercedes Domingo", "Mercedes Domingo"),
        ("Do you have a room from April 3rd to April 5th? Thanks, April", "April"),
        ("Good evening, I'm April and I'd like a room", "April"),
    ],
)
def test_weekday_and_month_words_are_names_where_a_name_goes(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [
        (
            "hola quería hacer una reserva a nombre de Mercedes Domingo para el 20 de junio, dos noches",
            d(6, 20),
            d(6, 22),
        ),
        ("Hola, ¿tienen habitaciones libres el domingo? Gracias, Domingo", d(3, 15), None),
        ("Do you have a room from April 3rd to April 5th? Thanks, April", d(4, 3), d(4, 5)),
    ],
)
def test_the_name_gives_no_date(text, check_in, check_out):
    understood = understand(text, today=TODAY)
    assert (understood.check_in, understood.check_out) == (check_in, check_out)


def test_without_name_keeps_a_one_word_name_where_it_reads_as_a_date():
    text = "¿libre el domingo? Gracias, Domingo"
    assert without_name(text, "Domingo") == "¿libre el domingo? Gracias,        "


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Yes please book it.\n\nOn Mon, 9 Mar 2026 at 10:14, Hotel <res@hotel.com> wrote:\n> We can offer 12 to 15 April",
            "Yes please book it.",
        ),
        (
            "On it!\n\nOn Mon, 9 Mar 2026 at 10:14, Hotel Reservations <res@hotel.com>\nwrote:\n> offer",
            "On it!",
        ),
        (
            "Sí, perfecto.\n\nEl lun, 9 mar 2026 a las 18:02, Hotel (<info@hotel.es>) escribió:\n> del 20 al 22",
            "Sí, perfecto.",
        ),
        (
            "Parfait.\n\nLe lun. 9 mars 2026 à 11:20, Hôtel <resa@hotel.fr> a écrit :\n> du 10 au 12 avril",
            "Parfait.",
        ),
        (
            "Ja, bitte.\n\nAm 09.03.2026 um 14:30 schrieb Hotel Reservierung <info@hotel.de>:\n> vom 1. bis 4. April",
            "Ja, bitte.",
        ),
        (
            "Va bene.\n\nIl giorno lun 9 mar 2026 alle ore 09:15 Hotel <info@hotel.it> ha scritto:\n> dal 20 al 23",
            "Va bene.",
        ),
        (
            "Pode confirmar.\n\nEm seg., 9 de mar. de 2026 às 16:40, Hotel <r@hotel.pt> escreveu:\n> de 15 a 18",
            "Pode confirmar.",
        ),
        (
            "Gracias.\n\n-----Mensaje original-----\nDe: Hotel\nEnviado el: lunes\n> del 2 al 4 de mayo",
            "Gracias.",
        ),
        (
            "Thanks.\n\nFrom: Hotel Sol <info@sol.com>\nSent: Monday, 9 March 2026 10:00\nTo: me\nSubject: offer",
            "Thanks.",
        ),
        ("Danke.\n\n-----Ursprüngliche Nachricht-----\nVon: Hotel", "Danke."),
        ("Ok\n> du 3 au 5 mai", "Ok"),
    ],
)
def test_the_quoted_message_of_a_reply_is_left_out(text, kept):
    assert without_quoted_reply(text) == kept


def test_a_message_that_is_all_quote_is_kept():
    text = "> Le ofrecemos una doble del 1 al 3 de abril"
    assert without_quoted_reply(text) == text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Perfecto, confirmamos.\n\nSaludos,\nPablo Vidal\n\nEl lun, 9 mar 2026 a las 18:02, Hotel <r@hotel.es> escribió:\n> Le ofrecemos una doble del 20 al 22 de marzo para 2 adultos.",
            "es",
        ),
        (
            "Yes please go ahead.\n\nThanks,\nOliver\n\nOn Mon, 9 Mar 2026 at 10:14, Hotel <res@hotel.com> wrote:\n> A double room from 12 to 15 April for 2 adults.",
            "en",
        ),
        (
            "Parfait, je confirme.\n\nLe lun. 9 mars 2026 à 11:20, Hôtel <resa@hotel.fr> a écrit :\n> Une chambre double du 10 au 12 avril pour 2 adultes.",
            "fr",
        ),
        (
            "Ja, bitte buchen.\n\nAm 09.03.2026 um 14:30 schrieb Hotel Reservierung:\n> Ein Doppelzimmer vom 1. bis 4. April für 2 Personen.",
            "de",
        ),
        (
            "Va benissimo, confermo la prenotazione.\n\nIl giorno lun 9 mar 2026 alle ore 09:15 Hotel <info@hotel.it> ha scritto:\n> Una doppia dal 20 al 23 aprile per 2 adulti.",
            "it",
        ),
        (
            "Pode confirmar.\n\nEm seg., 9 de mar. de 2026 às 16:40, Hotel <r@hotel.com> escreveu:\n> Um quarto duplo de 15 a 18 de abril para 2 adultos.",
            "pt",
        ),
    ],
)
def test_a_reply_takes_no_dates_party_or_address_from_the_quoted_offer(text, lang):
    understood = understand(text, today=TODAY)
    assert understood.lang == lang
    assert (understood.check_in, understood.check_out, understood.adults, understood.email) == (
        None,
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("text", "check_in", "check_out", "adults", "rooms", "name"),
    [
        (
            "Estimados señores:\n\nLes escribo para solicitar una habitación doble del 14 al 17 de mayo para dos adultos."
            "\n\nSaludos cordiales,\nLucía Fernández Ortega\nDirectora Comercial\nTransportes Ortega S.L.\nTel. +34 612 345 678",
            d(5, 14),
            d(5, 17),
            2,
            1,
            "Lucía Fernández Ortega",
        ),
        (
            "Dear Sir or Madam,\n\nMy husband and I would like to reserve a double room from 22 to 25 April.\n\n"
            "Kind regards,\nJohn and Mary Smith-Taylor\n+44 7700 900123",
            d(4, 22),
            d(4, 25),
            2,
            1,
            "John Smith-Taylor",
        ),
        (
            "Madame, Monsieur,\n\nJe souhaiterais une chambre individuelle du 5 au 7 mai.\n\nCordialement,\n"
            "Aurélie Garnier\n06 12 34 56 78",
            d(5, 5),
            d(5, 7),
            1,
            1,
            "Aurélie Garnier",
        ),
        (
            "Sehr geehrte Damen und Herren,\n\nich möchte für meinen Kollegen und mich zwei Einzelzimmer vom 14. bis 16. "
            "Oktober buchen.\n\nMit freundlichen Grüßen\n\nDr. Stefan Hoffmann\nLeiter Einkauf\nTel. +49 89 1234567\n"
            "Fax +49 89 1234568",
            d(10, 14),
            d(10, 16),
            2,
            2,
            "Stefan Hoffmann",
        ),
        (
            "Spett.le Hotel,\n\nvorrei prenotare una camera singola dal 9 all'11 novembre.\n\nDistinti saluti\n"
            "Dott.ssa Elena Marchetti\nResponsabile Eventi\nTel. +39 06 1234 5678",
            d(11, 9),
            d(11, 11),
            1,
            1,
            "Elena Marchetti",
        ),
        (
            "Prezados,\n\nGostaria de reservar um quarto para duas pessoas de 5 a 8 de junho.\n\nAtenciosamente,\n"
            "Ana Carolina Ribeiro\nGerente de Projetos\n(11) 98765-4321",
            d(6, 5),
            d(6, 8),
            2,
            1,
            "Ana Carolina Ribeiro",
        ),
    ],
)
def test_a_formal_email_gives_its_stay_and_not_its_signature_phone(
    text, check_in, check_out, adults, rooms, name
):
    understood = understand(text, today=TODAY)
    assert understood.intent in ("booking_create", "availability")
    assert (understood.check_in, understood.check_out, understood.adults, understood.rooms) == (
        check_in,
        check_out,
        adults,
        rooms,
    )
    assert understood.guest_name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hola queria saber si teneis parking gracias\nana", "Ana"),
        ("hola quiero reservar del 3 al 5 de mayo saludos pedro", "Pedro"),
        ("ok perfecto, gracias. saludos, maria jose", "Maria Jose"),
        ("Queria saber o preço de um quarto para 2 de 3 a 5 de maio. Att., Maria Silva", "Maria Silva"),
        ("Chau, gracias por todo! Sofi", "Sofi"),
        ("Ciao, vorrei sapere se avete il parcheggio. Grazie, ciao\nMarco", "Marco"),
    ],
)
def test_signatures_typed_in_lower_case_or_after_a_few_words_of_thanks(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "ok muchas gracias por todo",
        "perfecto muchas gracias amigo",
        "vale pues gracias igualmente",
        "ok thanks a lot mate",
        "merci beaucoup madame",
        "ok grazie mille ragazzi",
        "vale gracias, nos vemos mañana",
        "quiero reservar para el puente, gracias\nsaludos",
        "perfecto, muchas gracias. Hasta pronto!",
        "Vielen Dank für alles. Bis bald!",
    ],
)
def test_thanks_and_goodbyes_are_no_names(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "check_in", "check_out", "adults"),
    [
        (
            "Bom dia,\nQueria saber se aceitam cães.\nCumprimentos\nRita Lopes\nRua 25 de Abril, 10\n1100-001 Lisboa",
            None,
            None,
            None,
        ),
        (
            "Buenos días,\n¿Tienen parking?\nSaludos,\nJorge Méndez\nAv. 5 de Mayo 120, Puebla\nCel. 222 123 4567",
            None,
            None,
            None,
        ),
        (
            "Guten Tag,\nhaben Sie am 3. Mai ein Einzelzimmer frei?\nMit freundlichen Grüßen\nKarl Maier\nAm Markt 2\nTel. 0711 123456",
            d(5, 3),
            None,
            1,
        ),
        (
            "Bonjour,\nune chambre pour 2 du 4 au 6 juin svp.\nCordialement\nLuc Petit\n3 rue du 8 Mai 1945\n06 11 22 33 44",
            d(6, 4),
            d(6, 6),
            2,
        ),
    ],
)
def test_the_signature_address_and_phone_give_no_stay(text, check_in, check_out, adults):
    understood = understand(text, today=TODAY)
    assert (understood.check_in, understood.check_out, understood.adults) == (check_in, check_out, adults)


@pytest.mark.parametrize(
    "text",
    [
        "Hola, gracias!\nQueremos una doble del 3 al 5 de mayo para 2 adultos",
        "Thanks!\nWe need a room from 3 to 5 May for 2 adults",
    ],
)
def test_thanks_that_open_a_message_are_no_closing(text):
    understood = understand(text, today=TODAY)
    assert understood.intent in ("booking_create", "availability")
    assert (understood.check_in, understood.check_out, understood.adults) == (d(5, 3), d(5, 5), 2)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quiero reservar una doble del 3 al 5 de mayo\nAna García\nEnviado desde mi iPhone", "Ana García"),
        ("I'd like a room from 3 to 5 May\nJohn Smith\nSent from my iPhone", "John Smith"),
        ("Hallo, habt ihr Parkplätze?\nJonas Weber\n\nVon meinem iPhone gesendet", "Jonas Weber"),
        ("Guest: Tom Baker\nArrival: 3 May\nNights: 2", "Tom Baker"),
        ("Huésped: Ana Ruiz\nLlegada: 3 de mayo", "Ana Ruiz"),
        ("Name on the booking: Kate Moss. Can I check in early?", "Kate Moss"),
        ("Persona de contacto: Luis Ortega", "Luis Ortega"),
        ("Ansprechpartner: Herr Dr. Klaus Becker", "Klaus Becker"),
        ("Hola! ¿Hay cuna para el bebé? Gracias!! Laura 😊", "Laura"),
        ("Hi! It's me again, Karen. Is the pool heated?", "Karen"),
        ("Salut c'est moi, Julie ! vous avez une place de parking ?", "Julie"),
    ],
)
def test_device_lines_guest_fields_emoji_and_its_me(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Dear Mr. Brown, could you book me a room?",
        "Estimado Sr. López, ¿me podría reservar una habitación?",
        "Sehr geehrter Herr Maier, haben Sie noch ein Zimmer frei?",
        "Cher M. Dupont, avez-vous une chambre libre ?",
        "Gentile Sig. Rossi, avete una camera libera?",
        "Prezado Sr. Silva, têm quarto disponível?",
    ],
)
def test_the_person_a_letter_is_addressed_to_is_not_the_guest(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(("text", "name"), [("Mil gracias!! Pepa", "Pepa"), ("Merci ! Claire", "Claire")])
def test_thanks_then_an_exclamation_then_a_name_sign_a_message(text, name):
    assert extract_guest_name(text) == name


LONG_EN = (
    "Dear Sir or Madam,\n\nI hope this message finds you well. My name is Robert Hayes and I am organising a short "
    "trip to Valencia with my wife to celebrate our twentieth wedding anniversary. We stayed in your hotel many "
    "years ago and still remember the wonderful breakfast terrace and the kindness of the staff, so we decided to "
    "come back. We have also been recommended several restaurants in the old town by friends who visited last "
    "summer, and we are very much looking forward to walking along the beach again.\n\nCould you please let us "
    "know whether you have a double room with a sea view available from 14 to 18 September for the two of us? If "
    "possible we would prefer a high floor, away from the lift.\n\nKind regards,\nRobert Hayes\n+44 7700 900456"
)
LONG_ES = (
    "Estimados señores:\n\nMe pongo en contacto con ustedes porque el año pasado estuvimos alojados en su hotel y "
    "quedamos encantados con el trato recibido, la limpieza de las habitaciones y, sobre todo, con el desayuno. "
    "Este año queremos repetir la experiencia con nuestros hijos, que también disfrutaron muchísimo de la piscina. "
    "Hemos mirado otras opciones en la zona pero ninguna nos convence tanto como la suya, así que preferimos "
    "escribirles directamente antes de reservar por internet, como hicimos la otra vez.\n\nNos gustaría saber si "
    "tienen disponible una habitación familiar del 3 al 10 de agosto para dos adultos y dos niños, y cuál sería el "
    "precio con desayuno incluido.\n\nUn cordial saludo,\nMarta Jiménez Olmedo\nTel. 654 987 321"
)


@pytest.mark.parametrize(
    ("text", "check_in", "check_out", "adults", "children", "name"),
    [
        (LONG_EN, d(9, 14), d(9, 18), 2, None, "Robert Hayes"),
        (LONG_ES, d(8, 3), d(8, 10), 2, 2, "Marta Jiménez Olmedo"),
    ],
)
def test_a_long_letter_asks_in_its_middle(text, check_in, check_out, adults, children, name):
    assert len(text) > 700
    understood = understand(text, today=TODAY)
    assert (understood.check_in, understood.check_out, understood.adults, understood.children) == (
        check_in,
        check_out,
        adults,
        children,
    )
    assert understood.guest_name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Saludos cordiales,\nAna Ruiz", "Ana Ruiz"),
        ("Best,\nSam", "Sam"),
        ("Cordialement,\nJean Dupont", "Jean Dupont"),
        ("Mit freundlichen Grüßen\nPeter Lang", "Peter Lang"),
        ("Distinti saluti\nMarco Neri", "Marco Neri"),
        ("Atenciosamente,\nCarlos Souza", "Carlos Souza"),
    ],
)
def test_a_closing_and_a_signature_alone_are_a_goodbye(text, name):
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.guest_name) == ("thanks_goodbye", name)


def test_a_name_after_the_email_address_and_a_full_stop():
    assert extract_guest_name("Here is my email: paul@smith.com. Paul Smith") == "Paul Smith"


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("mi correo es ana punto garcia arroba gmail punto com", "ana.garcia@gmail.com"),
        ("my email is john at gmail dot com thanks", "john@gmail.com"),
        ("my e-mail: sarah dot jones at outlook dot com", "sarah.jones@outlook.com"),
        ("mon mail c'est marie arobase orange point fr", "marie@orange.fr"),
        ("meine Mail ist anna ät web punkt de", "anna@web.de"),
        ("scrivimi a luca chiocciola libero punto it", "luca@libero.it"),
        ("o meu email é joao arroba gmail ponto com ponto br", "joao@gmail.com.br"),
        ("ana.garcia @ gmail.com", "ana.garcia@gmail.com"),
    ],
)
def test_an_email_address_spoken_or_typed_with_spaces(text, email):
    assert extract_email(text) == email


@pytest.mark.parametrize("text", ["I am at home dot com", "see you at the hotel", "we arrive at 5 dot"])
def test_at_and_dot_in_ordinary_words_are_no_address(text):
    assert extract_email(text) is None
