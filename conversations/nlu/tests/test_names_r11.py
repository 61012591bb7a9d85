"""Names as the r11 writers' guests give them (round 11): Portuguese "Sou" before a name, a Portuguese surname joined
by "e", thanks and goodbyes over a signature, the one a booking is for (a boss after an article and a title, a
company's technician), a company's legal form, a place after Italian "di", titles with "ª", and what is no name: a
job or a state after "I am", a booking's reference, another guest asked about. New sentences in six languages, none
copied from the first set."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import extract_guest_name, understand

TODAY = dt.date(2027, 3, 1)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Portuguese "Sou" introduces a name, also before "e" and a verb
        ("Olá! Sou Carla Nunes e queria um quarto para sábado.", "Carla Nunes"),
        ("Boa noite, sou Tiago Moreira e estou a planear uma viagem em maio.", "Tiago Moreira"),
        # ... and a Portuguese surname joined by "e" after a first name and a surname
        ("Cumprimentos,\nMaria Inês Castro e Almeida\nTel.: +351 913 222 111", "Maria Inês Castro e Almeida"),
        ("Sou o Rui Manuel Lima e Silva, queria um quarto duplo.", "Rui Manuel Lima e Silva"),
        # a job or a state after "I am" is no name
        ("Soy profesora y estoy organizando un viaje de fin de curso.", None),
        ("Sono insegnante e sto organizzando una gita scolastica.", None),
        ("Je suis professeure et j'organise un voyage scolaire.", None),
        ("Ich bin Lehrerin und plane eine Klassenfahrt.", None),
        ("Hi, I'm Teacher at a school and we plan a trip.", None),
        ("Annulez la réservation de demain svp, je suis malade 🤒", None),
        ("Vorrei disdire la prenotazione, sono malato", None),
        ("Cancelen mi reserva, soy celiaca y no hay opciones", None),
        # thanks with "a thousand" before a signature with a phone under it
        ("Necesito cambiar mi reserva.\n\nMil gracias,\nLuis Mora\nTel. 600 123 456", "Luis Mora"),
        ("Vorrei spostare la prenotazione.\nMille grazie,\nAndrea Conti\nCell. 333 1234567", "Andrea Conti"),
        ("Je voudrais annuler.\n\nMille mercis,\nCamille Roux\nTél. 06 12 34 56 78", "Camille Roux"),
        ("Ich möchte stornieren.\n\nTausend Dank,\nJonas Weber\nTel. 0171 2345678", "Jonas Weber"),
        ("Preciso mudar a reserva.\n\nMil obrigados,\nRui Matos\nTel. 912 345 678", "Rui Matos"),
        # goodbyes that open no message sign like closings
        ("Habt ihr am Samstag ein Doppelzimmer frei?\nTschüss, Jana", "Jana"),
        ("Grazie di tutto, siamo stati benissimo!\nCiao ciao\nMarta e Luca", "Marta"),
        ("Thanks for everything!\nBye, Kevin", "Kevin"),
        ("¿Tienen habitación para el sábado?\nAdiós, Marta", "Marta"),
        ("Vocês têm quarto pro sábado?\nTchau, Bruno", "Bruno"),
        ("Avez-vous une chambre samedi ?\nAu revoir,\nLucie", "Lucie"),
        ("Avete una camera per sabato?\nArrivederci,\nPaolo", "Paolo"),
        # the one a booking is in the name of, after a relation, an article and a title; not the assistant signing
        (
            "Solicito una habitación sencilla del 2 al 4 de mayo a nombre de mi jefe, el Dr. Álvaro Ortiz.\n\n"
            "Sonia Gil\nAsistente de Dirección\nsonia.gil@ortiz.es",
            "Álvaro Ortiz",
        ),
        (
            "Please book a single in the name of my boss, the Dr. Anna Kowalski.\nThanks,\nTom Reed",
            "Anna Kowalski",
        ),
        ("Je réserve au nom de mon directeur, le Dr Paul Martin.\nCordialement,\nJulie Petit", "Paul Martin"),
        ("Quero reservar em nome do meu chefe, o Dr. Rui Costa.\nObrigada,\nAna Lima", "Rui Costa"),
        (
            "Bitte buchen Sie auf den Namen meiner Chefin, die Dr. Sabine Roth.\nGrüße\nTim Klein",
            "Sabine Roth",
        ),
        # a company books for its technician; its department signing is no name
        (
            "Buongiorno,\nper conto della ditta Rossi Impianti vi chiedo una singola per il nostro tecnico, "
            "Ing. Paolo Sanna, dal 5 al 9 luglio.\n\nGrazie\nUfficio Acquisti",
            "Paolo Sanna",
        ),
        (
            "We need a single room for our technician, Mr. Mark Evans, from 5 to 9 July.\nRegards,\nPurchasing Dept.",
            "Mark Evans",
        ),
        (
            "Necesitamos una individual para nuestro técnico, Ing. Carlos Mejía, del 5 al 9 de julio.\nSaludos,\nCompras",
            "Carlos Mejía",
        ),
        (
            "Wir brauchen ein Einzelzimmer für unseren Techniker, Herrn Jan Vogel, vom 5. bis 9. Juli.\nGrüße\nEinkauf",
            "Jan Vogel",
        ),
        (
            "Precisamos de um quarto para o nosso técnico, Eng. Rui Matos, de 5 a 9 de julho.\nCumprimentos,\nCompras",
            "Rui Matos",
        ),
        # a company's legal form: the company is no name, the signature is
        (
            "Vi chiedo la fattura intestata a: Bianchi Impianti S.p.A., P.IVA 01234567890.\nGrazie.\n\n"
            "Marco Bianchi\nUfficio Amministrazione",
            "Marco Bianchi",
        ),
        (
            "Necesito la factura a nombre de: Hermanos Pérez S.A., CIF A12345678.\nGracias.\n\nLucía Pérez",
            "Lucía Pérez",
        ),
        (
            "Facture au nom de : Lefèvre Frères S.A., SIRET 12345678900011.\nMerci.\n\nClaire Lefèvre",
            "Claire Lefèvre",
        ),
        (
            "Invoice in the name of: Turner Brothers L.L.C., VAT 123.\nThanks.\n\nAmy Turner\nAccounts",
            "Amy Turner",
        ),
        ("Rechnung auf den Namen: Huber Söhne G.m.b.H., USt-IdNr. DE123.\nDanke.\n\nEva Huber", "Eva Huber"),
        (
            "Fatura em nome de: Ferreira Irmãos S.A., NIF 501234567.\nObrigada.\n\nRita Ferreira",
            "Rita Ferreira",
        ),
        # a place after Italian "di" and a first name alone (a surname's "Di" is capitalised)
        ("Ciao, sono il Luca di Brescia, avete una doppia per sabato?", "Luca"),
        ("Buongiorno, sono Giulia di Pavia, avete una singola?", "Giulia"),
        # titles written with "ª"
        ("Vocês têm quartos para grupos?\nObrigada,\nProfª Marta Reis", "Marta Reis"),
        ("Gostaria de um quarto.\nAtenciosamente,\nDrª Carla Mendes", "Carla Mendes"),
        ("Quero reservar em nome da Srª Helena Costa.", "Helena Costa"),
        # a booking's reference after the booking word is no surname
        ("Hola, reserva AB12CD - ¿podemos llegar antes?", None),
        ("Hi, booking QK42ZP - can we add a cot?", None),
        ("Buchung K9X2 - geht früher Check-in?", None),
        ("Résa HTL-2291 : le petit-déj est-il compris ?", None),
        ("Reserva QX7T9 - tem estacionamento?", None),
        # another guest's room asked about
        ("Qual é o quarto do Sr. Eduardo Lima? Sou amigo dele.", None),
        ("Quel est le numéro de chambre de M. Paul Durand ? Je suis son frère.", None),
    ],
)
def test_the_guest_is_found(text: str, name: str | None) -> None:
    assert extract_guest_name(text) == name


def test_a_stay_with_a_job_said_keeps_the_signature() -> None:
    text = (
        "Boa tarde! Sou professora e estou organizando uma viagem de formatura de 10 a 13 de junho. Vocês têm "
        "quartos para grupos?\nObrigada,\nProfª Denise Lopes"
    )
    assert understand(text, today=TODAY).guest_name == "Denise Lopes"
