"""Guest names in the r19 batch's messages: a married couple or a family whose booking it is, two people and the
surname they share before a dash, who writes typed in lower case after a spoken article, Swiss "i bi d'Barbara",
where an Italian writes from ("sono Chiara dalla Sardegna"), and what is no guest's name (a word that only begins
with "qui", someone with a title the writer asks to be put through to)."""

from __future__ import annotations

import pytest

from conversations.nlu.names import extract_guest_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Quisiera anular la reserva de los señores Olmedo para el 19/02, al final no podrán viajar.",
            "Olmedo",
        ),
        ("Vorrei annullare la prenotazione dei coniugi Ferri del 3 maggio.", "Ferri"),
        ("Ich möchte die Buchung der Eheleute Brandt stornieren.", "Brandt"),
        ("Je souhaite annuler la réservation des époux Martin.", "Martin"),
        ("Gostaria de cancelar a reserva dos senhores Almeida.", "Almeida"),
    ],
)
def test_whose_booking_it_is_a_married_couple_by_its_surname(text, name):
    assert extract_guest_name(text) == name


def test_a_booking_of_the_couple_with_no_surname_names_no_one_and_a_familys_still_reads():
    assert extract_guest_name("la reserva de los señores, ¿está confirmada?") is None
    assert extract_guest_name("¿Podéis confirmar la reserva de la familia Otxoa para agosto?") == "Otxoa"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Guten Abend! Hier sind Lena und Paul Gruber \u2013 wir würden gern vom 22.10. \u2013 24.10. bei Ihnen übernachten.",
            "Lena Gruber",
        ),
        ("Ciao, sono Andrea e Giulia Ferri - vorremmo una camera per il weekend.", "Andrea Ferri"),
    ],
)
def test_two_people_and_their_shared_surname_before_a_dash(text, name):
    assert extract_guest_name(text) == name


def test_two_people_introduced_with_somos_before_a_dash_still_read():
    assert extract_guest_name(
        "Hola, somos Nuria y Andrés Vidal — queríamos una doble del 3 al 5 de mayo."
    ) == ("Nuria Vidal")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("jo servus da schreibt der ferdl i bräucht a zimmer für morgen nacht nur für mi", "Ferdl"),
        ("servus da schreibt die vroni, habts ihr no a zimmer frei?", "Vroni"),
        ("hallo hier schreibt die resi", "Resi"),
        ("hallo da schreibt der peter, habt ihr was frei", "Peter"),
    ],
)
def test_who_writes_typed_in_lower_case_after_a_spoken_article(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "da schreibt die zeitung dass ihr zu habt",
        "hallo hier schreibt die rezeption vom hotel adler",
        "servus hier schreibt die polizei",
        "Da schreibt die Zeitung, dass ihr zu habt",
    ],
)
def test_a_noun_after_who_writes_is_no_name(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hoi zäme, i bi d'Barbara 🙂", "Barbara"),
        ("Hoi zäme, i bi de Beni", "Beni"),
        ("grüezi, i bi d barbara und hätti gern es zimmer", "Barbara"),
    ],
)
def test_swiss_i_bi_with_the_spoken_article(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Grüezi, i bi de Chef vo de Firma Müller",
        "Grüezi, ich bi de Chef vo de Firma Müller",
        "i bi di ganz wuche da",
        "Hoi, i bi de ganz Tag unterwegs",
    ],
)
def test_swiss_i_bi_before_who_the_writer_is_or_a_time_is_no_name(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Salve! sono Chiara dalla Sardegna", "Chiara"),
        ("Buongiorno, sono Luca dal Trentino, vorrei una camera per due notti", "Luca"),
        ("Ciao, sono Marco Rossi dalla Toscana", "Marco Rossi"),
    ],
)
def test_where_an_italian_writes_from_after_the_name(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("sono Giulia Dalla Costa, vorrei prenotare", "Giulia Dalla Costa"),
        ("Mi chiamo Anna Dal Lago", "Anna Dal Lago"),
    ],
)
def test_a_capitalised_dalla_or_dal_stays_in_the_surname(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Seconde quinzaine d'août : une chambre pour moi et mes deux filles (7 et 10 ans), vous avez ?",
        "Prima quindicina di agosto: avete una camera per tre?",
        "Deuxième quinzaine de juillet, une chambre double svp",
    ],
)
def test_a_word_beginning_with_qui_is_no_here(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hola, Pilar aquí, ¿tenéis sitio el sábado?", "Pilar"),
        ("Bonjour, Grace ici, une chambre pour ce soir ?", "Grace"),
        ("yo its marcus from rm 408, the tv is broken", "Marcus"),
        ("Hi, Tom from room 12 here, can I get more towels?", "Tom"),
    ],
)
def test_a_name_before_here_or_a_room_still_reads(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Verbinden Sie mich bitte mit Frau Schuster aus dem Veranstaltungsbüro, es geht um unsere Firmenfeier.",
        "Could I speak to Mr Hill please? It's about our wedding.",
        "¿Me pasa con la Sra. Ruiz, por favor?",
        "Pourriez-vous me passer Mme Garnier ? C'est pour un séminaire.",
        "Posso falar com o Sr. Henrique? É sobre um evento.",
    ],
)
def test_someone_the_writer_asks_to_be_put_through_to_is_no_guest(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bonjour, je suis Mme Garnier et je voudrais une chambre.", "Garnier"),
        ("Hello, this is Mr Hill, I'd like to talk about my booking.", "Hill"),
        ("Reservierung für Frau Schuster vom 3. bis 5. Mai, bitte.", "Schuster"),
        ("Ich reise mit Frau Schuster an, bitte ein Doppelzimmer.", "Schuster"),
    ],
)
def test_a_titled_guest_beside_talk_or_with_stays_the_guest(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A room for the Brandt family from 3 to 5 May", "Brandt"),
        ("Please cancel the booking of the Brandt family for next week.", "Brandt"),
        ("Can you check the reservation of the Smith family?", "Smith"),
    ],
)
def test_an_english_family_by_its_surname_for_a_room_or_a_booking(text, name):
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    "text",
    ["We need a room for the family next week.", "A room for the whole family from 3 to 5 May"],
)
def test_a_family_with_no_surname_names_no_one(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize("text", ["moin hier schreibt der chef", "moin moin hier"])
def test_a_greeting_before_german_hier_is_no_name(text):
    assert extract_guest_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [("servus hier ist der tom", "Tom"), ("hi anna here", "Anna"), ("hola, pedro aqui", "Pedro")],
)
def test_a_name_after_a_lower_case_greeting_still_reads(text, name):
    assert extract_guest_name(text) == name
