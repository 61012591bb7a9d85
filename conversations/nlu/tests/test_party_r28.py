"""Party and rooms in the r28 guest messages (a couple plus a relative, the writer wishing to come with a partner and a
relative, learners' plurals, the party given up after "instead of", single rooms in short forms, the party restated
after "so we'll be", breakfast that is no child, the room a booking had when someone joins): see docs/INTERFACES.md
"Understanding conventions"."""

from __future__ import annotations

import pytest

from conversations.nlu.guests import emoji_words, party
from conversations.nlu.text import fold


def guests(text: str) -> tuple[int | None, int | None, int | None]:
    found = party(fold(emoji_words(text)))
    return found.adults, found.children, found.rooms


@pytest.mark.parametrize(
    "text",
    [
        "Seríamos una pareja más la abuela, así que una triple.",
        "Hoping to book a weekend for a couple plus grandma. Ideally a triple.",
        "Wir sind ein Paar und Oma, ein Dreibettzimmer bitte.",
        "Nous sommes un couple et la grand-mère, une triple svp.",
        "Siamo una coppia più la nonna, una tripla per favore.",
        "Somos um casal mais a avó, um quarto triplo por favor.",
    ],
)
def test_a_couple_plus_a_relative_is_three_adults(text: str) -> None:
    adults, children, _ = guests(text)
    assert (adults, children) == (3, None)


@pytest.mark.parametrize(
    "text",
    [
        "Quisiera ir en Semana Santa con mi mujer y mi suegra.",
        "I'd like to come at Easter with my wife and my mother-in-law.",
        "Je voudrais venir à Pâques avec ma femme et ma belle-mère.",
        "Ich möchte zu Ostern mit meiner Frau und meiner Schwiegermutter kommen.",
        "Salve, vorrei venire da voi per Pasqua con mia moglie e mia suocera.",
        "Gostaria de ir na Páscoa com a minha mulher e a minha sogra.",
    ],
)
def test_the_writer_wishing_to_come_with_a_partner_and_a_relative_is_three(text: str) -> None:
    assert guests(text) == (3, None, None)


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        ("We are a family, 2 adults and 2 childs (7 and 10 years), we search a room for 4 persons", 2, 2),
        ("a room for 2 adults and 3 childrens please", 2, 3),
        ("Wir sind 2 Erwachsene und 2 Kinders, ein Familienzimmer bitte", 2, 2),
        ("Siamo 2 adulti e 2 bambinis, una camera familiare", 2, 2),
        ("Nous sommes 2 adultes et 2 enfantes", 2, 2),
    ],
)
def test_learners_plurals_of_children_are_counted(text: str, adults: int, children: int) -> None:
    assert guests(text)[:2] == (adults, children)


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("my sister can't come so it'll just be me and my mum in the twin instead of the three of us", 2),
        ("mi hermana no puede venir, seremos solo mi madre y yo, en lugar de nosotros tres", 2),
        ("ma sœur ne vient plus, ce sera juste ma mère et moi au lieu de nous trois", 2),
        ("mia sorella non viene, saremo solo io e mia madre invece di noi tre", 2),
        ("we'll be 3 people instead of 2 people", 3),
        ("seremos 3 personas en vez de 2 personas", 3),
    ],
)
def test_the_party_given_up_after_instead_of_is_no_one(text: str, adults: int) -> None:
    assert guests(text)[:2] == (adults, None)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("3 EZ bitte fuer 12.-13.10., Rechnung bitte auf Brandt Elektro GmbH", 3),
        ("2 EZ vom 3. bis 5. Mai", 2),
        ("3 sgl for 12-13 Oct", 3),
        ("3 simples pour le 12 octobre", 3),
    ],
)
def test_single_rooms_in_short_forms_are_one_guest_each(text: str, count: int) -> None:
    assert guests(text) == (count, None, count)


@pytest.mark.parametrize(
    "text",
    [
        "Na reserva 83 902 esquecemos de incluir a bebé. Ficamos então 2 adultos e 1 criança, como está.",
        "We forgot to add a baby. We'd then be 2 adults and 1 child.",
        "Olvidamos incluir a un bebé. Seríamos entonces 2 adultos y 1 niño.",
        "Nous avons oublié d'ajouter un bébé. Nous serons donc 2 adultes et 1 enfant.",
        "Wir haben ein Baby vergessen. Wir sind also 2 Erwachsene und 1 Kind.",
        "Abbiamo dimenticato di aggiungere un bambino. Saremo quindi 2 adulti e 1 bambino.",
    ],
)
def test_the_party_restated_after_so_we_will_be_is_the_party(text: str) -> None:
    assert guests(text)[:2] == (2, 1)


@pytest.mark.parametrize(
    ("text", "rooms"),
    [
        ("on serait 3 couples, on voudrait 3 chambres avec le petit dej inclus", 3),
        ("une chambre double avec le petit-déj svp", 1),
        ("um quarto duplo com o pequeno-almoço incluído", 1),
        ("una camera doppia con la piccola colazione", 1),
    ],
)
def test_breakfast_said_with_little_is_no_child(text: str, rooms: int) -> None:
    assert guests(text)[1:] == (None, rooms)


@pytest.mark.parametrize(
    "text",
    [
        "Teníamos una doble del 11 al 13 de diciembre, pero se apunta mi hermana. ¿Se puede poner una cama supletoria?",
        "Avevamo una doppia dall'11 al 13 dicembre, ma si aggiunge mia sorella: si può aggiungere un letto?",
        "Tínhamos um quarto duplo de 11 a 13 de dezembro; dá para colocar uma cama extra?",
        "Nous avions une chambre double du 11 au 13 décembre, ma sœur vient aussi, pouvez-vous ajouter un lit ?",
        "We had a double for 11-13 December, my sister is joining us, could we have an extra bed?",
    ],
)
def test_the_room_a_booking_had_is_no_count_when_someone_joins_or_a_bed_is_added(text: str) -> None:
    assert guests(text)[2] is None
