"""Who is coming and how many rooms, as guests write it (issue 11, round 7, docs/INTERFACES.md "Guests and rooms"):
rough counts, counts that changed, children of a past visit, a room for the grandparents, bookings made for others,
typos, Québec and Austrian wording, and numbers that are no party."""

from __future__ import annotations

import pytest

from conversations.nlu.guests import party, two_named
from conversations.nlu.text import fold


def guests(text: str) -> tuple[int | None, int | None, int | None]:
    found = party(fold(text))
    return found.adults, found.children, found.rooms


@pytest.mark.parametrize(
    "text",
    [
        "we'll be around 12 people for a hen party, any rooms on 6-8 March?",
        "Wir kommen mit ca. 15 Personen, habt ihr Zimmer frei?",
        "saremo circa 20 persone per una comunione, avete camere?",
        "seremos cerca de oito pessoas, há quartos?",
        "seremos 10 más o menos, ¿tienen sitio?",
        "nous serons 12 personnes environ, avez-vous de la place ?",
        "ten of us, maybe more, for a birthday, any rooms?",
    ],
)
def test_a_rough_count_is_no_count(text: str) -> None:
    assert guests(text)[0] is None


def test_about_a_room_is_still_one_room() -> None:
    assert guests("hi, I'm calling about a room for tonight for myself")[2] == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("somos 3 con el peque, ¿hay habitación el 14?", (2, 1)),
        ("siamo in 4 con la bimba di 3 anni", (3, 1)),
        ("we're 3 with the baby, room for Saturday?", (2, 1)),
        ("somos 2 y un bebé", (2, 1)),
        ("we are 2 with our baby", (2, 1)),
    ],
)
def test_a_child_with_the_article_is_one_of_the_count(text: str, expected: tuple[int, int]) -> None:
    assert guests(text)[:2] == expected


@pytest.mark.parametrize(
    ("text", "children"),
    [
        ("vamos mi mujer y yo con los niños, que tienen 2 y 9 años", 2),
        ("room for us two and the kids please, they're 8 and 11", 2),
        ("deux adultes pis trois jeunes de 5, 9 pis 12 ans", 3),
    ],
)
def test_ages_said_apart_count_the_children(text: str, children: int) -> None:
    assert guests(text)[1] == children


@pytest.mark.parametrize(
    "text",
    [
        "We stayed with you with our two kids last Easter. Now just my wife and I, a double 3-5 May.",
        "nous avons séjourné chez vous avec nos deux enfants l'été dernier; cette fois à deux, une chambre du 3 au 5 mai",
        "siamo stati da voi con i 3 bambini a Pasqua, ora veniamo in due: una doppia dal 3 al 5 maggio",
    ],
)
def test_children_of_a_past_visit_are_no_party(text: str) -> None:
    assert guests(text)[:2] == (2, None)


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("Wir waren 6 Personen, jetzt kommen nur noch 5. Bitte ändern.", 5),
        ("éramos 5 mas agora somos só 4", 4),
        ("we were 4 but now we're only 3", 3),
    ],
)
def test_the_count_after_a_change_is_the_party(text: str, adults: int) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("una habitación para nosotros dos y otra para los abuelos, del 3 al 5", (4, 2)),
        ("una camera per me e una per i miei suoceri dal 3 al 5", (3, 2)),
        ("um quarto pra mim e outro pros meus avós", (3, 2)),
        ("wir sind zu zweit, ein Zimmer für uns und eins für die Schwiegereltern", (4, 2)),
    ],
)
def test_a_room_for_parents_or_grandparents_adds_two(text: str, expected: tuple[int, int]) -> None:
    found = guests(text)
    assert (found[0], found[2]) == expected


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        (
            "On behalf of my elderly grandparents, I would like to book a double room for them from 2 to 4 May",
            2,
        ),
        ("scrivo per conto di mio padre e mio zio: vorrebbero una doppia", 2),
    ],
)
def test_a_booking_for_others_counts_them_only(text: str, adults: int) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a double for my daughter (21) and me please", (2, None)),
        ("somos dso adultos y un niño", (2, 1)),
        ("thre adults and a toddler", (3, 1)),
        ("2 adults + baby + child", (2, 2)),
        ("we're 2 adults with a toddler and a 7 yo", (2, 2)),
        ("mis dos hijas de 6 y 9 y yo, una habitación", (1, 2)),
        ("ein Zimmer für mich und meine beiden Jungs (7 und 9)", (1, 2)),
        ("salut, 4 gars, 2 chambres pour samedi", (4, None)),
        ("ma blonde pis moi, une chambre", (2, None)),
        ("mia san zu fünft, drei Große und zwei Kleine", (3, 2)),
        ("we are 5: 2 grandparents, 1 parent and 2 children", (3, 2)),
    ],
)
def test_the_party_as_guests_write_it(text: str, expected: tuple[int | None, int | None]) -> None:
    assert guests(text)[:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben die Buchung 5521 für 14.\u201316. Januar, geht auch der 21.?",  # an en dash
        "tem quarto família de 26 a 29 de dezembro?",
        "saremo in tanti per un matrimonio, avete camere?",
        "facture svp. Cdlt, SARL Martin & Fils",
    ],
)
def test_numbers_and_words_that_are_no_party(text: str) -> None:
    assert guests(text)[:2] == (None, None)


@pytest.mark.parametrize(
    ("text", "rooms"),
    [
        ("3 chambres doubles et 1 simple", 4),
        ("somos 4, nos vale habitación familiar o dos dobles", None),
        ("booking 4471: can you add a room for my sister?", None),
    ],
)
def test_rooms_counted(text: str, rooms: int | None) -> None:
    assert guests(text)[2] == rooms


def test_any_double_free_names_one_room() -> None:
    assert party(fold("hi, any double free 3-5 May?")).one_room_named
    assert not party(fold("booking 4471: can you add a room?")).one_room_named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("leider müemer absäge, mis Chind isch chrank", (None, None)),
        ("avevamo prenotato per due persone ma verrà anche nostra figlia di 6 anni", (2, 1)),
        ("habt ihr es Zimmer? Drei Leut", (3, None)),
        ("brauche es EZ für morn", (1, None)),
        ("ich (Jonas) und meine Freundin suchen ein Zimmer", (2, None)),
        ("buongiorno, siamo i signori Bianchi, una camera per sabato", (2, None)),
        ("ciao, sono Tom, un collega di Anna: avete posto stasera?", (None, None)),
        ("need a room Friday to Sunday, 3 cyclists", (3, None)),
        ("queremos ir en abril mi esposa yo y los tres chamacos", (2, 3)),
        ("Our son's graduation is on 5 June, a room from the 4th to the 6th please", (None, None)),
        ("bom dia, eu e o Rui queríamos um quarto para sábado", (2, None)),
        ("quero reservar pra mim e pro meu filho Tomás de 5 anos", (1, 1)),
        ("bonjour, ma fille Zoé (6 ans) et moi aimerions une chambre", (1, 1)),
    ],
)
def test_more_parties_as_guests_write_them(text: str, expected: tuple[int | None, int | None]) -> None:
    assert guests(text)[:2] == expected


@pytest.mark.parametrize(
    ("text", "rooms", "one_named"),
    [
        ("¿tenéis una familiar o dos conectadas?", None, False),
        ("têm um T2 ou uma suite para o fim de semana?", None, False),
        ("vorrei una camera: arrivo il 20 e riparto il 22", 1, False),
        ("la habitación 215 nos encantó, queremos volver del 3 al 5", None, False),
        ("any family room 15 till 18 May?", None, True),
    ],
)
def test_rooms_named_or_not(text: str, rooms: int | None, one_named: bool) -> None:
    found = party(fold(text))
    assert (found.rooms, found.one_room_named) == (rooms, one_named)


@pytest.mark.parametrize(
    "text",
    [
        "Hi! Zoe & Max here, do you have a room for Friday?",
        "Booking for Anna & Paul Berg, 2 nights from 3 May",
        "Allo! C'est Léa pis Samuel, une chambre pour samedi",
    ],
)
def test_two_named_as_the_party(text: str) -> None:
    assert two_named(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll be travelling with my 3 girls aged 5, 8 and 12", (1, 3)),
        ("vou eu e os 3 miúdos, de 2, 4 e 9 anos", (1, 3)),
        ("single dad with two boys (6 and 10), room for the weekend?", (1, 2)),
        ("madre soltera con dos niños de 3 y 5", (1, 2)),
        ("Nonna, Nonno e i 2 nipotini (4 e 7)", (2, 2)),
        ("la abuela y el abuelo con los tres nietos de 5, 8 y 10 años", (2, 3)),
        ("3 adultes dont 1 ado de 15 ans", (2, 1)),
        ("Erwachsene 2, Kinder 1 (6), Zimmer bitte", (2, 1)),
        ("adults 3 / kids 2", (3, 2)),
    ],
)
def test_families_as_guests_write_them(text: str, expected: tuple[int | None, int | None]) -> None:
    assert guests(text)[:2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We're a family of 5 (kids 4, 7 & 10)", (2, 3)),
        ("quarto pra 3 dia 15?", (3, None)),
        ("¿tienen parking para 2 coches?", (None, None)),
        ("we are 2 hours late, is reception open?", (None, None)),
        ("una habitación para 2 perros y 2 adultos", (2, None)),
    ],
)
def test_counts_beside_days_hours_cars_and_pets(text: str, expected: tuple[int | None, int | None]) -> None:
    assert guests(text)[:2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("allora siamo ehm in sei", (6, None)),
        ("então somos hum três, tem quarto?", (3, None)),
        ("dos personas mayores y un niño de 7", (2, 1)),
        ("nous deux et la petite, une chambre svp", (2, 1)),
        ("wir zwei und der Kleine, Zimmer frei?", (2, 1)),
        ("nós dois e a pequena", (2, 1)),
    ],
)
def test_voice_fillers_and_the_little_one(text: str, expected: tuple[int | None, int | None]) -> None:
    assert guests(text)[:2] == expected


def test_the_little_room_is_no_child() -> None:
    assert guests("une chambre pour nous deux et la petite chambre à côté")[:2] == (2, None)


@pytest.mark.parametrize(
    "text", ["I want a room for me and also need parking", "yo y luego queremos ir a cenar"]
)
def test_words_after_me_and_that_name_no_one(text: str) -> None:
    assert guests(text)[0] != 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("una doble para 2 adultos y otra para una pareja con un bebé", (4, 1, 2)),
        ("Habitación para una pareja, 2 adultos, del 3 al 5", (2, None, None)),
    ],
)
def test_a_couple_in_another_room_adds_up_and_a_couple_restated_does_not(
    text: str, expected: tuple[int | None, int | None, int | None]
) -> None:
    assert guests(text) == expected
