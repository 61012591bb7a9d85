"""Who is coming and how many rooms, as the blind batch r13 wrote it (docs/INTERFACES.md "Guests and rooms"): doubles
let for single use, the adults' count said in brackets as people, a count of rooms said again in a later sentence, a
family room named as a noun, Québec's "conjointe" and Swiss German's "es Paar us Bern"."""

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
        # doubles each let to one guest: one adult a room
        "vi chiediamo un preventivo per 6 camere doppie uso singola dal 19 al 25 aprile",
        "Necesitamos 6 habitaciones dobles de uso individual del 10 al 12 de diciembre",
        "We need 6 double rooms for single use from 10 to 12 December",
        "Il nous faudrait 6 chambres doubles à usage individuel du 10 au 12 décembre",
        "Wir benötigen 6 Doppelzimmer zur Einzelnutzung vom 10. bis 12. Dezember",
        "Precisamos de 6 quartos duplos para uso individual de 10 a 12 de dezembro",
    ],
)
def test_doubles_for_single_use_hold_one_guest_each(text: str) -> None:
    assert guests(text) == (6, None, 6)


@pytest.mark.parametrize(
    "text",
    [
        # the adults' count said in brackets as people: that many adults, the children on top
        "quattro camere, tre doppie per noi adulti (sei persone) e una tripla per i tre nipoti di 6, 9 e 14 anni.",
        "cuatro habitaciones, tres dobles para los adultos (seis personas) y una triple para los tres nietos de 6, 9 y "
        "14 años.",
        "four rooms, three doubles for us adults (six people) and a triple for the three grandchildren aged 6, 9 and 14.",
        "quatre chambres, trois doubles pour nous les adultes (six personnes) et une triple pour les trois "
        "petits-enfants de 6, 9 et 14 ans.",
        "vier Zimmer, drei Doppelzimmer für uns Erwachsene (sechs Personen) und ein Dreibettzimmer für die drei Enkel "
        "(6, 9 und 14 Jahre).",
        "quatro quartos, três duplos para nós adultos (seis pessoas) e um triplo para os três netos de 6, 9 e 14 anos.",
    ],
)
def test_adults_counted_in_brackets_as_people(text: str) -> None:
    assert guests(text) == (6, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        # a count of rooms said again in a later sentence is the same rooms
        "Could you put us down for three double rooms for 11-13 June? If there's any chance of a better rate for "
        "three rooms I'd be very grateful.",
        "Necesitamos dos habitaciones dobles del 10 al 12 de diciembre. ¿Hay descuento por dos habitaciones?",
        "Nous voudrions deux chambres doubles du 10 au 12 décembre. Quel serait le prix pour deux chambres ?",
        "Wir brauchen zwei Doppelzimmer vom 10. bis 12. Dezember. Gibt es einen Rabatt für zwei Zimmer?",
        "Vorremmo due camere doppie dal 10 al 12 dicembre. Fate uno sconto per due camere?",
        "Queremos dois quartos duplos de 10 a 12 de dezembro. Há desconto para dois quartos?",
    ],
)
def test_a_count_of_rooms_said_again_is_the_same_rooms(text: str) -> None:
    assert guests(text)[2] == (3 if text.startswith("Could") else 2)


@pytest.mark.parametrize(
    ("text", "rooms"),
    [
        # a family room named as a noun: in a count's breakdown, in a form's field
        ("Precisávamos de dois quartos, um familiar e um duplo.", 2),
        ("Necesitaríamos dos habitaciones, una familiar y una doble.", 2),
        ("Adultes : 2\nEnfants : 1\nChambre : familiale\nEmail : m.girard@free.fr", 1),
        ("Nous aurions besoin de deux chambres, une familiale et une double.", 2),
    ],
)
def test_a_family_room_named_as_a_noun(text: str, rooms: int) -> None:
    assert guests(text)[2] == rooms


@pytest.mark.parametrize(
    "text",
    [
        # Québec's spouse, Swiss German's couple from a town
        "Ma conjointe et moi aimerions passer le temps des Fêtes en ville.",
        "Grüezi, mir sind es Paar us Bern und würded gern vom 3. bis 5. Juli cho.",
        "Wir sind ein Paar aus Zürich und möchten vom 3. bis 5. Juli kommen.",
    ],
)
def test_spouse_and_couple_in_regional_words(text: str) -> None:
    assert guests(text)[0] == 2


@pytest.mark.parametrize(
    "text",
    [
        # a child's age said bare after another's with its unit: a child too
        "3 quartos: um pra mim e meu marido, um pros meus pais e um pro meu filho de 16 anos com a irmã dele de 12.",
        "3 habitaciones: una para mi marido y para mí, una para mis padres y una para mi hijo de 16 años con su "
        "hermana de 12.",
        "3 camere: una per me e mio marito, una per i miei genitori e una per mio figlio di 16 anni con sua sorella "
        "di 12.",
        "3 chambres : une pour mon mari et moi, une pour mes parents et une pour mon fils de 16 ans avec sa sœur de 12.",
        "3 Zimmer: eins für meinen Mann und mich, eins für meine Eltern und eins für meinen Sohn von 16 Jahren mit "
        "seiner Schwester von 12.",
    ],
)
def test_a_bare_age_after_a_childs_age_with_its_unit(text: str) -> None:
    assert guests(text)[:2] == (4, 2)


@pytest.mark.parametrize(
    "text",
    [
        # another room for one relative with their children: one more adult
        "tres habitaciones: una doble para mis padres, otra doble para mi marido y para mí, y una triple para mi "
        "hermana con sus dos hijos (de 8 y 12 años).",
        "three rooms: a double for my parents, another double for my husband and me, and a triple for my sister with "
        "her two kids (8 and 12).",
        "três quartos: um duplo para os meus pais, outro duplo para mim e o meu marido, e um triplo para a minha irmã "
        "com os dois filhos (8 e 12 anos).",
        "trois chambres : une double pour mes parents, une autre double pour mon mari et moi, et une triple pour ma "
        "sœur avec ses deux enfants (8 et 12 ans).",
        "drei Zimmer: ein Doppelzimmer für meine Eltern, ein weiteres für meinen Mann und mich und ein Dreibettzimmer "
        "für meine Schwester mit ihren zwei Kindern (8 und 12).",
        "tre camere: una doppia per i miei genitori, un'altra doppia per me e mio marito, e una tripla per mia sorella "
        "con i suoi due figli (8 e 12 anni).",
    ],
)
def test_a_room_for_a_relative_with_children_adds_the_relative(text: str) -> None:
    assert guests(text)[:2] == (5, 2)


@pytest.mark.parametrize(
    "text",
    [
        # a room whose being free is a condition of a change: no count asked for
        "we would like to extend our stay until 6 August if a room is still available.",
        "queremos alargar la estancia hasta el 6 de agosto si queda una habitación libre.",
        "nous aimerions prolonger jusqu'au 6 août s'il reste une chambre.",
        "wir möchten bis zum 6. August verlängern, falls noch ein Zimmer frei ist.",
        "vorremmo prolungare fino al 6 agosto se c'è ancora una camera libera.",
        "queríamos prolongar até 6 de agosto se ainda houver um quarto livre.",
    ],
)
def test_a_room_free_as_a_condition_is_no_count(text: str) -> None:
    assert guests(text)[2] is None
