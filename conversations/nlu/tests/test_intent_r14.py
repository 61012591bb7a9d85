"""What the r14 writers' guests said that the intent rules missed (round 14): someone at the hotel asked for by name,
by a department or as "someone I could talk to" with a matter beside it, another guest asked after by a title, a
friend or a spouse, a greeting with a first name and a place, gratitude and praise for the stay or the staff, a job
asked for and a free night asked as a deal. New sentences in six languages, none copied from the first set
(docs/INTERFACES.md "Understanding conventions")."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

TODAY = dt.date(2027, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "¿Podría hablar con la Sra. Ruiz de recepción? Es por la factura de la empresa",
        "Could I speak to Mr. Hale from reception? It's about the invoice for my company",
        "Preciso de falar com alguém da receção, é por causa da fatura do hotel",
        "Est-ce que je peux parler à quelqu'un de l'accueil svp c'est pour une facture",
        "Könnte ich bitte mit Frau Berger von der Rezeption sprechen? Es geht um die Rechnung",
        "Posso parlare con il sig. Bruni della reception? È per la fattura della ditta",
    ],
)
def test_someone_named_or_at_reception_asked_for_about_a_matter_is_a_handoff(text: str) -> None:
    assert understand(text, today=TODAY).intent == "handoff_request"


@pytest.mark.parametrize(
    "text",
    [
        "¿Me pasa con contabilidad? Es por una factura",
        "Put me through to accounts please, it's about an invoice",
        "Pode passar-me à contabilidade? É por causa de uma fatura",
        "Passez-moi la comptabilité svp, c'est pour une facture",
        "Verbinden Sie mich bitte mit Ihrer Buchhaltung, es geht um eine Rechnung",
        "Mi passa l'amministrazione? È per una fattura",
    ],
)
def test_put_through_to_a_department_is_a_handoff(text: str) -> None:
    assert understand(text, today=TODAY).intent == "handoff_request"


@pytest.mark.parametrize(
    "text",
    [
        "¿Hay alguien con quien pueda hablar por teléfono? Es por una boda, unas 20 habitaciones",
        "Is there someone I could talk to on the phone? It's about a wedding, maybe 20 rooms",
        "Há alguém com quem possa falar por telefone? É sobre um casamento, uns 20 quartos",
        "Y a-t-il quelqu'un à qui je peux parler au téléphone ? C'est pour un mariage, une vingtaine de chambres",
        "Gibt es jemanden, mit dem ich telefonisch sprechen kann? Es geht um eine Hochzeit, etwa 20 Zimmer",
        "C'è qualcuno con cui posso parlare al telefono? È per un matrimonio, circa 20 camere",
    ],
)
def test_someone_to_talk_to_about_a_group_is_a_handoff_with_no_rooms(text: str) -> None:
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.rooms) == ("handoff_request", None)


@pytest.mark.parametrize(
    "text",
    [
        "¿El Sr. Ruiz ya está en la habitación 14? He quedado con él en el bar",
        "Is Mrs. Walsh in room 21 yet? I'm supposed to meet her downstairs.",
        "O Dr. Teixeira já chegou? Tenho de lhe deixar uma encomenda",
        "Le docteur Morel est-il déjà arrivé ? Je dois lui laisser un paquet",
        "Ist Herr Doktor Brandt schon angekommen? Ich soll ihm ein Paket bringen",
        "La dottoressa Galli è già arrivata? Devo consegnarle dei documenti",
    ],
)
def test_another_guest_asked_after_by_a_title_is_other(text: str) -> None:
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.guest_name) == ("other", None)


@pytest.mark.parametrize(
    "text",
    [
        "Mi amigo Luis Prado está alojado con ustedes, ¿en qué habitación está?",
        "My friend Tom Reid is staying with you, which room is he in?",
        "Meu amigo Paulo Reis fica aí no hotel, qual é o quarto dele?",
        "Mon pote Julien Morel loge chez vous, dans quelle chambre il est ?",
        "Mein Freund Jonas Weber wohnt gerade bei euch, welche Zimmernummer hat er?",
        "Il mio amico Luca Neri alloggia da voi, in che camera sta?",
    ],
)
def test_a_friend_said_to_stay_and_their_room_asked_is_other(text: str) -> None:
    assert understand(text, today=TODAY).intent == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Soy la secretaria del Sr. Gil, ¿me dice si ya ha llegado y en qué habitación está?",
        "I'm Mrs. Okoro's assistant, can you tell me whether she's checked in and her room number?",
        "Sou a mulher do Rui Pinto, pode dizer-me em que quarto está?",
        "Je suis la femme de Marc Roux, pouvez-vous me dire s'il est arrivé et dans quelle chambre il est ?",
        "Ich bin die Frau von Peter Lang, können Sie mir sagen, ob er schon angekommen ist?",
        "Sono la moglie di Paolo Greco, mi dite se è già arrivato e in che camera sta?",
    ],
)
def test_a_spouse_or_an_assistant_asking_after_a_guest_is_other(text: str) -> None:
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.guest_name) == ("other", None)


@pytest.mark.parametrize(
    "text",
    [
        "Hola buenas, soy Lucía de Sevilla 👋",
        "Hey hi, Sam here 👋",
        "Alô, bom dia, fala a Joana",
        "Allô bonsoir, c'est Manon",
        "Hallo, hier ist die Anke aus Köln",
        "Ehi ciao, sono la Giulia di Bari 👋",
    ],
)
def test_a_greeting_with_a_first_name_is_a_greeting(text: str) -> None:
    assert understand(text, today=TODAY).intent == "greeting"
