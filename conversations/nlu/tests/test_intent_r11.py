"""Intents of the eleventh-session first-set lines (r11) that the rules missed: thanks passed on to a member of staff
named with a title or by their department, or said for the stay in a letter; another guest's room or check-in asked
about by a relative or a friend; a greeting with a first name alone; another hotel's reception calling. The first
set's `<lang>-r11` lines score the rest."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "I want to thank Mrs Patel from housekeeping, she was lovely",
        "Quiero agradecer a Doña Carmen de la limpieza, un encanto",
        "Je tenais à remercier Mme Durand du petit-déjeuner pour sa gentillesse",
        "Ein herzliches Dankeschön an Frau Weber vom Zimmerservice",
        "Volevo ringraziare la signora Anna della colazione, gentilissima",
        "Quero agradecer à D. Lurdes da limpeza pelo cuidado com o quarto",
    ],
)
def test_thanks_passed_on_to_a_member_of_staff_is_a_goodbye(text: str) -> None:
    assert understand(text, today=TODAY).intent == "thanks_goodbye"


@pytest.mark.parametrize(
    "text",
    [
        "Dear team,\n\nJust writing to thank you all for the wonderful hospitality, the room was spotless.\n\n"
        "Best wishes,\nClaire",
        "Estimados señores:\n\nLes escribo para agradecerles la acogida durante nuestra estancia, la habitación "
        "impecable. Volveremos.\n\nUn saludo,\nLucía",
        "Madame, Monsieur,\n\nJe tenais à vous remercier pour ce séjour, la chambre était impeccable. Nous "
        "reviendrons.\n\nCordialement,\nHélène",
        "Sehr geehrte Damen und Herren,\n\nwir möchten uns für den schönen Aufenthalt bedanken, das Zimmer war "
        "top.\n\nViele Grüße\nAnke",
        "Gentile Direzione,\ndesidero ringraziarvi per il soggiorno: la camera era splendida e la colazione "
        "ottima.\n\nCordiali saluti\nMarta",
        "Venho agradecer pela hospedagem, o quarto estava perfeito e voltaremos com certeza.",
    ],
)
def test_thanks_for_the_stay_in_a_letter_is_a_goodbye(text: str) -> None:
    assert understand(text, today=TODAY).intent == "thanks_goodbye"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for a lovely stay, we'd love to book the same room for 3 nights in June",
        "Grazie di tutto, è stato un soggiorno bellissimo! Vorremmo prenotare di nuovo per il 3 maggio",
    ],
)
def test_thanks_beside_a_stay_asked_for_is_no_goodbye(text: str) -> None:
    assert understand(text, today=TODAY).intent != "thanks_goodbye"


@pytest.mark.parametrize(
    "text",
    [
        "I'm his brother, which room is he in? I want to surprise him",
        "Soy la prima de Marta Gil, ¿ya hizo el check-in?",
        "Sou a sobrinha da Sra. Helena Matos, ela já fez o check-in?",
        "Sono l'amica di Giulia Neri, ha già fatto il check-in?",
        "Ich bin ihr Bruder, in welchem Zimmer ist sie?",
        "Sono la sorella di Marco Bianchi, in che camera alloggia?",
    ],
)
def test_another_guests_room_or_check_in_asked_by_a_relative_is_other(text: str) -> None:
    assert understand(text, today=TODAY).intent == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Qual é o quarto da Sra. Paula Reis? Sou a filha dela",
        "What's the room number of Mrs. Anna Kowalski? I'm her friend",
    ],
)
def test_another_guest_asked_about_gives_no_name(text: str) -> None:
    read = understand(text, today=TODAY)
    assert (read.intent, read.guest_name, read.rooms) == ("other", None, None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hey there, Sam here", "Sam"),
        ("Hola, soy la Maite", "Maite"),
        ("Olá, sou a Rita", "Rita"),
        ("Bonjour, je suis Claire", "Claire"),
        ("Hallo, ich bin der Thomas", "Thomas"),
        ("Ciao, sono la Vale 😊", "Vale"),
    ],
)
def test_a_greeting_with_a_first_name_alone_is_a_greeting(text: str, name: str) -> None:
    read = understand(text, today=TODAY)
    assert (read.intent, read.guest_name) == ("greeting", name)


@pytest.mark.parametrize(
    "text",
    [
        "Hi, this is the front desk at the Harbour Inn, we have a gentleman trying to reach you",
        "Hello, this is reception at the Riverside Lodge, there's a gentleman here asking for you",
        "Bom dia, aqui é da receção do Hotel Atlântico, temos um senhor que quer falar convosco",
    ],
)
def test_another_hotels_reception_calling_is_other(text: str) -> None:
    assert understand(text, today=TODAY).intent == "other"
