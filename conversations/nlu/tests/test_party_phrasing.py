"""Party and rooms as guests write them: families, ages, groups, several rooms, number phrases, regional and
spoken variants (issue 11, docs/INTERFACES.md "Guests and rooms")."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.answers import count_answer
from conversations.nlu.guests import party
from conversations.nlu.numbers import counts_in, to_int
from conversations.nlu.text import fold

TODAY = dt.date(2026, 3, 11)


def guests(text: str) -> tuple[int | None, int | None, int | None]:
    found = party(fold(text))
    return found.adults, found.children, found.rooms


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("un par de", 2),
        ("a couple of", 2),
        ("un paio di", 2),
        ("um par de", 2),
        ("una docena de", 12),
        ("a dozen", 12),
        ("une douzaine de", 12),
        ("ein Dutzend", 12),
        ("una dozzina di", 12),
        ("uma dúzia de", 12),
        ("half a dozen", 6),
        ("zwöi", 2),
        ("zwoa", 2),
        ("drü", 3),
        ("ein paar", None),  # a few, not two
    ],
)
def test_number_phrases(text: str, value: int | None) -> None:
    assert to_int(fold(text)) == value


def test_counts_in_reads_phrases_whole() -> None:
    assert counts_in("un par") == [2]
    assert counts_in("tres por favor") == [3]
    assert counts_in("una docena de personas") == [12]
    assert counts_in("quarant'anni") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # families: the writer, a partner and the children
        ("we're a family of five, three kids", (2, 3, None)),
        ("somos 2 adultos y 3 peques", (2, 3, None)),
        ("deux adultes et un bébé", (2, 1, None)),
        ("Zwei Erwachsene plus Kind (5)", (2, 1, None)),
        ("io, mio marito e i due bambini", (2, 2, None)),
        ("eu, o meu marido e os miúdos (dois)", (2, 2, None)),
        ("so its me my wife and our three kids", (2, 3, None)),
        ("Wir sind eine fünfköpfige Familie mit drei Kindern", (2, 3, None)),
        # children one by one, with an article, a possessive or an age
        ("mi marido, yo y la peque de 2 años", (2, 1, None)),
        ("On est deux couples avec un ado de 15 ans", (4, 1, None)),
        ("ich reise mit meinem Sohn (12) und meiner Tochter (9)", (1, 2, None)),
        ("vamos eu e a minha filha de 10 anos", (1, 1, None)),
        ("wir sind ein Ehepaar mit Baby", (2, 1, None)),
        ("una doble para dos personas y una cuna para el bebé", (2, 1, 1)),
        ("siamo in due più un neonato", (2, 1, None)),
        ("2 adultes et 1 bb", (2, 1, None)),
        ("para mí y mis dos hijos, de 10 y 12 años", (1, 2, None)),
        # "2+1" as booking sites write it; not arithmetic
        ("somos 2+1, el nene tiene 6 años", (2, 1, None)),
        ("2+2, two adults two kids", (2, 2, None)),
        ("what's 2+2?", (None, None, None)),
        # totals with the children among them
        ("nous serons 4 dont 2 enfants", (2, 2, None)),
        ("wir sind vier Personen, davon zwei Kinder", (2, 2, None)),
        ("4 pax", (4, None, None)),
        # groups
        ("vamos 3 parejas", (6, None, None)),
        ("somos dos matrimonios", (4, None, None)),
        ("seríamos un par de amigos", (2, None, None)),
        ("una docena de personas", (12, None, None)),
        ("a dozen of us", (12, None, None)),
        ("ein Dutzend Leute", (12, None, None)),
        ("siamo una dozzina di persone", (12, None, None)),
        ("somos uma dúzia de pessoas", (12, None, None)),
        ("une douzaine de personnes", (12, None, None)),
        # a guest alone
        ("solo yo", (1, None, None)),
        ("nur ich", (1, None, None)),
        ("je viens seul", (1, None, None)),
        ("vengo da sola", (1, None, None)),
        ("je viens seule, une chambre", (1, None, 1)),
        ("ich und mein Sohn", (1, 1, None)),
        ("moi et ma fille de 6 ans", (1, 1, None)),
        # several adults listed, relatives, grandchildren, informal partners
        ("saremmo io, mia moglie e mia suocera", (3, None, None)),
        ("para mim, o meu marido e a minha sogra", (3, None, None)),
        ("uno para mis papás y otro para mi esposa y yo", (4, None, None)),
        ("me + hubby + 2 little ones (3 & 5)", (2, 2, None)),
        ("I'm travelling with my elderly mother", (2, None, None)),
        ("c'est pour moi et mes trois petits-enfants", (1, 3, None)),
        ("ich (Oma) mit zwei Enkelkindern", (1, 2, None)),
        ("dos adultos y un menor de 12 años", (2, 1, None)),
        ("2 Erwachsene und 1 Jugendlicher (16)", (2, 1, None)),
        ("Room for 2 grown-ups and a teenager", (2, 1, None)),
        ("somos seis en total cuatro mayores y dos chiquitos", (4, 2, None)),
        ("un cuarto para mí solito", (1, None, 1)),
        ("mes beaux-parents, ma femme, moi et notre fils de 9 ans", (4, 1, None)),
        ("siamo io, mio fratello e mia cognata", (3, None, None)),
        ("un cuarto para mi jefa y para mí", (2, None, 1)),
        ("me n my bf + our 2 dogs", (2, None, None)),
        ("ma copine et moi + sa petite de 3 ans", (2, 1, None)),
        ("la petite chambre pour moi et mon mari", (2, None, None)),
        ("wir sind zwei Ehepaare", (4, None, None)),
        ("mis padres y mis dos hijos", (2, 2, None)),
        ("somos dos adultos y una niña pequeña de 3 años", (2, 1, None)),
        ("dos niños, el mayor de 10 años y el pequeño de 5 años", (None, 2, None)),
        ("Niños: 3 y 5 años", (None, None, None)),
        ("dos hijas, la mayor de 10 y la menor de 5", (None, 2, None)),
        ("y la menor de 5 años", (None, 1, None)),
        ("a room for me and my girl", (None, None, 1)),  # a girlfriend, not a child
        ("2 adults, a boy (7) and a girl (4)", (2, 2, None)),
        # spoken totals
        ("vamos a ser 4", (4, None, None)),
        ("seremos en total 6", (6, None, None)),
        ("we're gonna be 5", (5, None, None)),
        ("siamo in tutto cinque", (5, None, None)),
        ("vamos a la playa", (None, None, None)),
        ("a gente é em seis", (6, None, None)),
        ("seremos em 3", (3, None, None)),
        ("zwei Erwachsene mit einem 3-jährigen Kind", (2, 1, None)),
        ("Meine Frau und ich sowie unsere beiden Kinder", (2, 2, None)),
        ("on vient à 4", (4, None, None)),
        ("iríamos 3 personas", (3, None, None)),
        ("veniamo in 4", (4, None, None)),
        # "a couple of nights" is nights, not people; "ein paar Nächte" a few nights
        ("a couple of nights from the 8th", (None, None, None)),
        ("für ein paar Nächte, meine Frau und ich", (2, None, None)),
    ],
)
def test_party(text: str, expected: tuple[int | None, int | None, int | None]) -> None:
    assert guests(text) == expected


@pytest.mark.parametrize(
    ("text", "rooms"),
    [
        ("dos habitaciones, una doble y una triple", 2),
        ("2 habitaciones: 1 doble y 1 triple", 2),
        ("2 Doppelzimmer", 2),
        ("deux chambres communicantes", 2),
        ("two connecting rooms", 2),
        ("una matrimoniale e una singola", 2),
        ("2 quartos, um de casal e um triplo", 2),
        ("2 dobles y 1 individual", 3),
        ("2 x Doppelzimmer", 2),
        ("dois quartos, um de casal e outro de solteiro", 2),
        ("una doble y otra individual", 2),
        ("um quarto quádruplo", 1),
        ("vorremmo prenotare tre matrimoniali", 3),
        # a room, then another one for someone else
        ("una habitación para nosotros y otra para los niños", 2),
        ("una camera per noi e una per i ragazzi", 2),
        ("dos habitaciones: una para nosotros y otra para los niños", 2),
        ("um quarto duplo e dois individuais", 3),
        ("zwei nebeneinanderliegende Zimmer", 2),
        ("hetted Sie es Familiezimmer?", 1),
        ("2 Vierbettzimmer", 2),
        ("eine Wohnung mit 2 Schlafzimmern", None),
        ("2x doble", 2),
        ("¿vos sabés si tienen una pieza para tres?", 1),
        ("dos cuartos para cuatro adultos", 2),
        ("hend Sie es Zimmer vom 10. bis 14. April?", 1),
        ("Servus, habt's a Zimmer?", 1),
        # no count implied
        ("¿hay habitaciones?", None),
        ("la habitación Doble 12", None),
    ],
)
def test_rooms(text: str, rooms: int | None) -> None:
    assert guests(text)[2] == rooms


def test_a_double_room_among_others_is_no_guest_alone() -> None:
    assert guests("una matrimoniale e una singola")[0] is None
    assert guests("una camera singola")[0] == 1


def test_quarto_de_casal_is_a_room_type_not_a_couple() -> None:
    assert guests("Queria reservar 2 quartos, um de casal e um triplo")[:2] == (None, None)
    assert guests("somos um casal com 1 filho")[:2] == (2, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grüezi, mir sind zwöi Erwachseni und es Chind", (2, 1, None)),
        ("Grüezi, mir sind es Paar und wetted es Zimmer", (2, None, 1)),
        ("Servus, mia san zwoa Erwachsene und a Bua (8)", (2, 1, None)),
        ("Servus, mir zwoa und unsere zwei Kinder", (2, 2, None)),
        ("Hätted Sie es Einzelzimmer? Ich chume allei.", (1, None, 1)),
    ],
)
def test_swiss_and_austrian_german(text: str, expected: tuple[int | None, int | None, int | None]) -> None:
    assert guests(text) == expected


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [
        ("quisiera reservar un par de noches desde el 8 de abril", dt.date(2026, 4, 8), dt.date(2026, 4, 10)),
        ("vorrei prenotare un paio di notti dall'8 aprile", dt.date(2026, 4, 8), dt.date(2026, 4, 10)),
        ("can I book a couple of nights from April 8th?", dt.date(2026, 4, 8), dt.date(2026, 4, 10)),
    ],
)
def test_a_couple_of_nights_is_two_nights(text: str, check_in: dt.date, check_out: dt.date) -> None:
    result = understand(text, today=TODAY)
    assert (result.check_in, result.check_out, result.adults) == (check_in, check_out, None)


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        ("un par", 2, None),
        ("un paio", 2, None),
        ("um par", 2, None),
        ("a couple", 2, None),
        ("una persona", 1, None),
        ("mir sind zwöi", 2, None),
        ("zwoa Erwachsene", 2, None),
        ("2+1", 2, 1),
        ("je viens seul", 1, None),
        ("vengo da sola", 1, None),
        ("nous serons 4 dont 2 enfants", 2, 2),
        ("tipo somos cuatro o sea dos adultos y dos niños", 2, 2),
    ],
)
def test_party_answers_when_asked_how_many(text: str, adults: int, children: int | None) -> None:
    result = understand(text, today=TODAY, expecting="party")
    assert (result.adults, result.children) == (adults, children)
    assert result.intent in ("other", "availability", "booking_create")


@pytest.mark.parametrize("text", ["un par", "un paio", "um par", "zwöi"])
def test_the_same_phrases_outside_the_question_invent_no_party(text: str) -> None:
    result = understand(text, today=TODAY)
    assert (result.adults, result.children) == (None, None)


def test_count_answer_reads_a_phrase_whole() -> None:
    assert count_answer(fold("un par")) == 2
    assert count_answer(fold("a couple")) == 2
    assert count_answer(fold("un par de noches")) is None


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("une chambre pour 2 et une autre pour 3", 5),
        ("a double for 2 and another for 3 please", 5),
        ("una doble para 2 y una triple para 3", 5),
        ("una habitación para 2 personas, para 3 noches", 2),
    ],
)
def test_the_people_of_each_room_add_up(text: str, adults: int) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nombre: Martín\nHuéspedes: 2\nLlegada: 15/04", (2, None, None)),
        ("Entrada: 20/05\nSaída: 23/05\nAdultos: 2", (2, None, None)),
        ("Number of guests: 3\nChildren: 0", (3, 0, None)),
        ("Erwachsene: 2\nKinder: 1\nZimmer: 1", (2, 1, 1)),
        ("Ankunft: 12.06. 2 Erwachsene", (2, None, None)),
        ("Zimmer: Doppelzimmer\nAnreise 3.7., Abreise 6.7.\n2 Erwachsene", (2, None, 1)),
        ("Room type: double\nGuests: 2", (2, None, 1)),
    ],
)
def test_form_fields(text: str, expected: tuple[int | None, int | None, int | None]) -> None:
    assert guests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("para reservar 3 habitaciones individuales", (3, None, 3)),
        ("la disponibilità di 4 camere singole", (4, None, 4)),
        ("2 single rooms and a double", (None, None, 3)),
        ("in the name of Mr and Mrs Okafor", (2, None, None)),
        ("au nom de M. et Mme Martin", (2, None, None)),
        ("um quarto pra dois", (2, None, 1)),
        ("vamos pa la playa", (None, None, None)),
        ("quisiera una Junior Suite del 8 al 12 de julio", (None, None, 1)),
        ("we're now 3 instead of 2", (3, None, None)),
        ("¿podemos ser 3 en vez de 2?", (3, None, None)),
        ("nous serons 4 au lieu de 3", (4, None, None)),
        ("wir sind jetzt 3 statt 2", (3, None, None)),
        ("¿podemos llegar el 5 en vez de 3?", (None, None, None)),
    ],
)
def test_single_rooms_titles_and_slang(
    text: str, expected: tuple[int | None, int | None, int | None]
) -> None:
    assert guests(text) == expected
