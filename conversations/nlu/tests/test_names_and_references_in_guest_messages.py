"""Guest names and booking references as real guests write them, in six languages: introductions in every
register, signatures under closings, particles and double surnames, voice transcripts without capitals; the
people who are not the guest (staff, the addressee, a friend, a company) are never taken for the guest; and
booking references in cancellations, changes and status questions, but not phone, room or flight numbers
(the first set's `<lang>-r3cNN` lines score the same families).
"""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.contacts import extract_booking_ref, extract_guest_name
from conversations.nlu.quoting import latest_reply, quote_start, without_quoted_reply

TODAY = dt.date(2027, 2, 10)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # es
        (
            "Qué tal, le habla el licenciado Ramiro Solís, quisiera saber el estatus de mi reservación",
            "Ramiro Solís",
        ),
        (
            "Hola buenas, Marta Gil, tengo una reserva para el sábado y quería saber si hay parking",
            "Marta Gil",
        ),
        ("La reserva está a mi nombre, Pedro Sánchez Ruiz.", "Pedro Sánchez Ruiz"),
        ("Buenas, os escribe Lola desde Sevilla, ¿tenéis habitaciones?", "Lola"),
        ("Buenos días. Habla Rodrigo Paredes, de la reserva para cuatro.", "Rodrigo Paredes"),
        ("Hola, me presento: Sergio Márquez, organizo una boda", "Sergio Márquez"),
        ("Cancelación de la reserva nº 48213. Alfonso de Miguel Quintana", "Alfonso de Miguel Quintana"),
        (
            "Mis datos son: nombre Tomás Aguirre, email tomas.aguirre@yahoo.es, teléfono 699112233",
            "Tomás Aguirre",
        ),
        ("Hola, somos la familia Pérez, ¿tenéis cuna?", "Pérez"),
        # en
        ("Hi, Thabo Nkosi writing - has my deposit for reservation #58812 come through?", "Thabo Nkosi"),
        ("Booking for Mr & Mrs Okonkwo-Adeyemi, 2 adults, arriving 18 April", "Okonkwo-Adeyemi"),
        ("I need to cancel. The booking is under the name Smith, ref 40021. Cheers", "Smith"),
        ("The reservation is in my name, John Doe.", "John Doe"),
        ("just checking our booking for the 24th is all good? xoxo Gráinne", "Gráinne"),
        (
            "Could you please cancel booking 55120?\nMany thanks,\nDr Rajesh Kumar MBBS\nConsultant Physician",
            "Rajesh Kumar",
        ),
        ("Cheers\nOllie x", "Ollie"),
        ("Hi team, booking no. 44120 — we need to cancel. Thanks, Rob & Jen McDonald", "Rob McDonald"),
        ("Hello! Sam and Alex Taylor here, checking our booking", "Sam Taylor"),
        # fr
        ("Bonjour, Claire de la chambre 12. La climatisation ne marche pas.", "Claire"),
        ("bonjour c'est marc dubois j'appelle pour annuler ma réservation", "Marc Dubois"),
        ("Je confirme : Luc et Martine Fabre, arrivée le 12/4, départ le 15/4", "Luc Fabre"),
        (
            "Je vous prie d'agréer mes salutations distinguées.\n\nM. Pierre-Henri de La Tour d'Auvergne",
            "Pierre-Henri de La Tour d'Auvergne",
        ),
        ("Coucou ! je voulais vérifier que notre résa est bien ok ?\nBisous\nLéa", "Léa"),
        # de
        ("hallo hier ist der stefan wagner ich wollte meine buchung stornieren", "Stefan Wagner"),
        ("Hallo, ich bins, die Steffi! Wann ist Frühstück?", "Steffi"),
        ("Servus, i bins, d'Anni, is des Zimmer scho fertig?", "Anni"),
        ("Die Buchung läuft auf meinen Namen, Thomas Berger.", "Thomas Berger"),
        ("ja passt, buchen Sie das bitte auf Müller", "Müller"),
        ("Hallo zusammen, wir (Familie Meier) kommen später an.", "Meier"),
        (
            "ich möchte meine Buchung 4471 stornieren.\n\nMit freundlichen Grüßen\ni. A. Petra Lange\nAssistenz",
            "Petra Lange",
        ),
        # it
        ("Buonasera, qui parla Lucia Gentile, volevo annullare.", "Lucia Gentile"),
        ("Salve, chiamo per conto del signor Bruno Ferri, vorrebbe prenotare.", "Bruno Ferri"),
        ("La prenotazione è intestata a me, Mario Rossi.", "Mario Rossi"),
        ("Vorrei spostare la prenotazione rif. HTL-2291 al 10/07. Pilar Rinaldi", "Pilar Rinaldi"),
        ("Grazie mille!\nUn abbraccio,\nSilvia e Paolo", "Silvia"),
        ("Un saluto\nGiorgio dal Monte", "Giorgio dal Monte"),
        # pt
        (
            "oi tudo bem aqui é o marcos vinícius eu queria saber se a minha reserva tá confirmada",
            "Marcos Vinícius",
        ),
        ("Oi, sou a Mari, tenho reserva pro fim de semana. Pode confirmar?", "Mari"),
        ("A reserva está no meu nome, Rui Costa.", "Rui Costa"),
        ("Obrigada!\nBeijinhos,\nInês", "Inês"),
        ("Cumprimentos,\nDr.ª Ana Rita Sousa", "Ana Rita Sousa"),
        ("Um abraço,\nZé", "Zé"),
    ],
)
def test_the_guest_is_found(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        # es
        "Me dijo la recepcionista, Inés, que el desayuno se sirve hasta las 11. ¿Es así?",
        "Mi amigo Pablo se alojó con vosotros. ¿Tenéis habitación doble?",
        "Saludos,\nDepartamento de Ventas\nViajes Iberia S.A.",
        # en
        "Hi, I'm Italian, do you speak Italian?",
        "Mr Jones at reception told me to write",
        "Dear Sir or Madam,\n\nPlease cancel booking 77812, made under my name.\n\nYours faithfully,",
        # fr
        "Bonjour Monsieur Lambert, merci pour votre réponse rapide. Est-ce que le wifi est gratuit ?",
        "Bonjour, Madame Dubois m'a dit à la réception que le petit-déjeuner était servi jusqu'à 10h30.",
        "Bonjour, je suis Belge et je voudrais savoir si vous acceptez les chèques vacances.",
        "Bonjour, c'est Marc qui m'a donné votre adresse.",
        "Bonjour, je voudrais réserver au nom de ma société, Dupont SA.",
        "Cordialement\nDirection Commerciale\nVoyages Leclerc",
        "Cordialement,\nL'équipe Evasion Tours",
        "Je suis Mme, pas M. !",
        "Est-ce que l'hôtel est loin de la rue Victor Hugo ?",
        # de
        "Frau Becker an der Rezeption hat gesagt, dass wir in der Tiefgarage parken können.",
        "Hallo, ich bin Vegetarierin, gibt es vegetarisches Frühstück?",
        # it
        "La signora Bianchi alla reception mi ha detto che la colazione è fino alle 10.",
        # pt
        "A moça da recepção, a Juliana, disse que o café da manhã vai até as 10h, confere?",
    ],
)
def test_no_name_is_invented(text: str) -> None:
    assert extract_guest_name(text) is None


def test_a_couple_of_the_same_name_keeps_the_first_and_a_lower_case_transcript_its_particles() -> None:
    assert (
        extract_guest_name("hi yeah my name is james van der merwe and i wanted to check")
        == "James van der Merwe"
    )
    assert extract_guest_name("Hallo, hier Frau Berger, ich habe reserviert") == "Berger"


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Qué tal, quisiera saber el estatus de mi reservación, folio 88-4412", "88-4412"),
        ("Oye, mejor ponme dos individuales en la reserva que ya hice, la 5520", "5520"),
        ("Hola quiero anular la reserva que hice por booking con numero 3345221", "3345221"),
        ("I have a reservation with you, number 61190, for the 8th to the 10th of May.", "61190"),
        ("cancel my booking from booking.com, the number is 4412558991", "4412558991"),
        ("I booked via Expedia, itinerary number 7291004412", "7291004412"),
        ("Ma réservation (n°45120) est-elle confirmée ?", "45120"),
        ("Bonjour, pouvez-vous me dire où en est ma demande ? Dossier n° 7782-B.", "7782-B"),
        ("ich wollte meine buchung stornieren die nummer ist 66120", "66120"),
        ("Hallo, Buchungsbestätigung Nr. 99031 - können Sie mir die Rechnung schicken?", "99031"),
        ("Buchungs-ID: 55120", "55120"),
        ("Vorgangsnummer 88120, bitte stornieren", "88120"),
        ("la mia prenotazione (n. 4521) è confermata?", "4521"),
        ("Ciao! vorrei sapere lo stato della mia prenotazione, codice 9QX21", "9QX21"),
        ("Oi! tenho uma reserva com vocês (localizador JK8812). Posso mudar pra dois quartos?", "JK8812"),
        ("Bom dia! Qual o status da minha reserva? Código da reserva: 3321.", "3321"),
    ],
)
def test_booking_references_are_found(text: str, ref: str) -> None:
    assert extract_booking_ref(text) == ref


@pytest.mark.parametrize(
    "text",
    [
        "I booked a double, my phone number is 07700 900123",
        "Reserva para dos, mi número de teléfono es 612345678",
        "booking for 2 adults, room number 214 please",
        "ich habe gebucht, meine Handynummer ist 01701234567",
        "reservé pour samedi, le numéro de la chambre est 305",
        "I booked through your site and the number of guests is 3",
        "ho prenotato, il numero del volo è 4412",
        "fiz a reserva, o número do meu cartão termina em 4412",
    ],
)
def test_other_numbers_are_no_booking_reference(text: str) -> None:
    assert extract_booking_ref(text) is None


def test_a_cancellation_signed_under_a_formal_letter_keeps_its_reference_and_name() -> None:
    understood = understand(
        "Exmos. Senhores,\n\nVenho por este meio solicitar o cancelamento da reserva n.º 50213.\n\n"
        "Com os melhores cumprimentos,\n\nEng. João Pedro Magalhães da Costa\nDiretor Comercial\nMagalhães & Filhos, Lda.",
        today=TODAY,
    )
    assert (understood.intent, understood.booking_ref, understood.guest_name) == (
        "booking_cancel",
        "50213",
        "João Pedro Magalhães da Costa",
    )


# One rule for where a reply's quote starts, read by the understanding layer and the e-mail channel.
@pytest.mark.parametrize(
    "header",
    [
        "On Mon, 9 Mar 2026 at 10:14, Hotel <res@hotel.com> wrote:",
        "El lun, 9 mar 2026 a las 10:14, Hotel (<res@hotel.com>) escribió:",
        "Le lun. 9 mars 2026 à 10:14, Hotel <res@hotel.com> a écrit :",
        "Am Mo., 9. März 2026 um 10:14 Uhr schrieb Hotel <res@hotel.com>:",
        "Il giorno lun 9 mar 2026 alle ore 10:14 Hotel ha scritto:",
        "Em seg., 9 de mar. de 2026 às 10:14, Hotel escreveu:",
        "-----Original Message-----",
        "---------- Forwarded message ---------",
        "From: Hotel <res@hotel.com>",
        "________________________________",
    ],
)
def test_both_layers_cut_the_same_quote(header: str) -> None:
    text = f"Somos dos, del 20 al 23.\n\n{header}\n> ¿Para qué fechas?\n> Hotel"
    assert without_quoted_reply(text) == "Somos dos, del 20 al 23."
    assert latest_reply(text) == "Somos dos, del 20 al 23."


def test_each_layer_keeps_its_own_behaviour() -> None:
    # The channel also cuts the signature and skips a quote above the new text ...
    assert latest_reply("Vale, reservad.\n-- \nAna\n+34 600 111 222") == "Vale, reservad."
    assert latest_reply("> ¿Cuántos sois?\nSomos tres") == "Somos tres"
    # ... the understanding layer keeps the signature (the guest's name is in it) and a message all quote.
    assert without_quoted_reply("Vale, reservad.\nSaludos,\nAna") == "Vale, reservad.\nSaludos,\nAna"
    assert without_quoted_reply("> ¿Cuántos sois?\nSomos tres") == "> ¿Cuántos sois?\nSomos tres"
    assert quote_start("Somos tres") is None
    wrapped = "Perfecto.\nOn Mon, 9 Mar 2026 at 10:14, Hotel Playa\n<res@hotel.com> wrote:\n> Hola"
    assert without_quoted_reply(wrapped) == latest_reply(wrapped) == "Perfecto."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Soy el titular de la reserva, Andrés Gómez, y quiero añadir una noche.", "Andrés Gómez"),
        ("Many thanks in advance,\n\nDavid\n\nDavid Thompson | Operations Manager", "David Thompson"),
        ("Guten Tag, Meier mein Name, ich habe ein Zimmer reserviert.", "Meier"),
        ("Mit freundlichen Grüßen aus Stuttgart\nDr. med. Ulrike Haas", "Ulrike Haas"),
        ("Viele Grüße,\nIhre Maria Schulz", "Maria Schulz"),
    ],
)
def test_holders_full_signatures_and_german_word_order(text: str, name: str) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Necesito saber el estado de la reserva referencia RS/2027/112", "RS/2027/112"),
        ("Buenos días, les escribo en relación con la reserva 2026/4471 para cancelarla.", "2026/4471"),
        ("Asunto: Cancelación reserva #45.120", "45120"),
        ("Bom dia, reserva 44.120 - gostaria de cancelar.", "44120"),
        ("Cancel booking, conf # 99012", "99012"),
        ("Status of my reservation pls - 44120", "44120"),
        ("Codice di conferma 77120-A", "77120-A"),
    ],
)
def test_references_with_slashes_thousands_and_after_a_dash(text: str, ref: str) -> None:
    assert extract_booking_ref(text) == ref


@pytest.mark.parametrize(
    "text",
    [
        "reserva del 15/06 al 18/06",
        "reserva 1.500 euros",
        "booking 3/5-5/5",
        "reserva 15-06-2027",
        "booking - 2027",
    ],
)
def test_dates_years_and_amounts_after_a_booking_word_are_no_reference(text: str) -> None:
    assert extract_booking_ref(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Julie Martin, merci pour votre retour. Est-ce que le parking est inclus ?",
        "Hi Anna Berg, thanks for your reply, is breakfast included?",
        "Hola Marta Ruiz, gracias por la info",
        "Ciao Giulia Rossi, grazie mille per la risposta",
    ],
)
def test_the_receptionist_greeted_and_thanked_is_not_the_guest(text: str) -> None:
    assert extract_guest_name(text) is None


def test_a_greeting_then_the_writers_name_and_an_italian_signature_still_name_the_guest() -> None:
    assert extract_guest_name("Hola! Pedro Gómez, quería reservar") == "Pedro Gómez"
    assert extract_guest_name("Cordiali saluti,\nF.to Mario Verdi") == "Mario Verdi"
