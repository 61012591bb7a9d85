"""Guest names and references in the r15 batch's messages: a weekday or thanks after a goodbye is no name, a
professor's "Pr" is a title, a sales job is no name, and a reference said in groups in a sentence of its own."""

from __future__ import annotations

import pytest

from conversations.nlu.contacts import extract_booking_ref
from conversations.nlu.names import extract_guest_name


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
