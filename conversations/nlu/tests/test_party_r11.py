"""Who is coming and how many rooms, as the blind batch r11 wrote it (docs/INTERFACES.md "Guests and rooms"): a count
after "ir em", "for N" before dates with slashes, the writer wishing to come with a partner, a list whose count is said
again or joined by "with", some of a party under an age, pupils with their ages, a child taken into hospital, a
fallback of other rooms, one room named again more precisely and the Neapolitan "na cammera"."""

from __future__ import annotations

import pytest

from conversations.nlu.guests import emoji_words, party
from conversations.nlu.text import fold


def guests(text: str) -> tuple[int | None, int | None, int | None]:
    found = party(fold(emoji_words(text)))
    return found.adults, found.children, found.rooms


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        # Portuguese "ir em 2": going as two
        ("Tem quarto para o feriadão de 7 de setembro? Queremos ir em 2", 2),
        ("vamos viajar em 4 no carnaval, tem vaga?", 4),
        ("a gente quer vir em 3 no fim de semana", 3),
        # "for N" and then the dates with slashes
        ("tem quarto p 3 de 14/01 a 16/01?", 3),
        ("¿hay habitación para 2 de 3/5 a 6/5?", 2),
        # the writer wishing to come with a partner or a relative
        ("Je voudrais venir chez vous à la Pentecôte avec mon mari.", 2),
        ("I'd like to spend a weekend by the lake with my wife.", 2),
        ("Quisiera ir en Semana Santa con mi madre.", 2),
        ("Gostaria de ir no carnaval com a minha namorada.", 2),
        ("Vorrei venire a Ferragosto con mia sorella.", 2),
        ("Ich möchte über Pfingsten mit meinem Freund kommen.", 2),
        # the people listed, then their count said again
        ("Seríamos eu, o meu marido e os meus sogros, quatro adultos, em dois quartos duplos.", 4),
        ("Seríamos yo, mi marido y mis suegros, cuatro adultos, en dos habitaciones.", 4),
        ("We would be me, my husband and my parents, four adults, in two rooms.", 4),
        # a list joined by "with" ("minha irmã com o marido")
        (
            "meus pais, eu e meu marido, minha irmã com o marido e os 2 filhos deles (4 e 9 anos), e minha tia",
            7,
        ),
        ("mis padres, yo, mi hermana con su marido y mi tía", 6),
    ],
)
def test_the_adults_are_read(text: str, adults: int) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # some of the party under an age are children
        ("12 people in total, 3 of them under 16.", (9, 3)),
        ("Nous serons 6, dont 2 de moins de 12 ans.", (4, 2)),
        ("Wir sind 5 Personen, davon 2 unter 14 Jahren.", (3, 2)),
        ("Somos 7 personas, 3 de ellas con menos de 12 años.", (4, 3)),
        ("Siamo 6, di cui 2 sotto i 10 anni.", (4, 2)),
        ("Somos 8 pessoas, 3 delas com menos de 12 anos.", (5, 3)),
        # pupils with their ages are children, their teachers adults
        ("disponibilidade para 2 professores e 18 alunos (12 e 13 anos)", (2, 18)),
        ("a school trip: 2 teachers and 25 pupils aged 11 to 12", (2, 25)),
        ("somos 2 profesores y 30 alumnos de 14 años", (2, 30)),
        ("nous serons 3 enseignants et 24 élèves de 10 ans", (3, 24)),
        ("Klassenfahrt: 2 Lehrer und 22 Schüler (13 und 14 Jahre)", (2, 22)),
        ("una gita: 2 insegnanti e 20 alunni di 12 anni", (2, 20)),
    ],
)
def test_adults_and_children(text: str, expected: tuple[int, int]) -> None:
    assert guests(text)[:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Do you have a king room for Memorial Day weekend?",
        "need a room for Melbourne Cup weekend",
    ],
)
def test_a_word_after_for_me_is_no_writer_alone(text: str) -> None:
    assert guests(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Je dois annuler ma réservation. Notre fils a été hospitalisé hier pour une appendicite.",
        "I need to cancel, our daughter was hospitalised yesterday.",
        "Tengo que cancelar, nuestra hija está ingresada desde ayer.",
        "Devo annullare, nostro figlio è stato ricoverato ieri.",
        "Preciso cancelar, o nosso filho foi internado ontem.",
    ],
)
def test_a_child_taken_into_hospital_is_no_party(text: str) -> None:
    assert guests(text)[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "¿Tenéis alguna habitación familiar? Si no, nos apañamos con dos dobles.",
        "Do you have a family room? If not, two doubles would do.",
        "Avez-vous une chambre familiale ? Sinon deux chambres doubles.",
        "Haben Sie ein Familienzimmer? Sonst nehmen wir zwei Doppelzimmer.",
        "Avete una camera familiare? Altrimenti due doppie.",
        "Têm um quarto familiar? Se não, dois quartos duplos.",
    ],
)
def test_a_fallback_of_other_rooms_settles_no_count(text: str) -> None:
    assert guests(text)[2] is None


@pytest.mark.parametrize(
    "text",
    [
        "Sie wünscht sich ein Zimmer mit Seeblick. Was würde ein Doppelzimmer mit Seeblick vom 20. bis 23. August kosten?",
        "Ci servirebbe una camera dal 18 al 20 giugno. Avete una camera familiare o con letti aggiunti?",
        "We need a room from 3 to 5 May. Do you have a double room with a sea view?",
        "Necesitamos una habitación del 3 al 5 de mayo. ¿Tienen una habitación doble con vistas?",
        "Je cherche une chambre du 3 au 5 mai. Avez-vous une chambre double avec vue ?",
        "Precisamos de um quarto de 3 a 5 de maio. Têm um quarto duplo com vista?",
        # Neapolitan "na" for "una"
        "vulevo sapè si tenite na cammera pe' dduje pe' stu fine settimana",
    ],
)
def test_one_room_named_again_is_one_room(text: str) -> None:
    assert guests(text)[2] == 1


def test_going_in_two_cars_is_no_party() -> None:
    assert guests("vamos em 2 carros, tem estacionamento?")[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Latin-American "sencilla" and Portuguese "de solteiro" are single rooms: one guest each
        ("solicito la reserva de una habitación sencilla del 25 al 28 de febrero", (1, 1)),
        ("hacer una reservación de un cuarto sencillo para el lunes", (1, 1)),
        ("quero um quarto de solteiro de 3 a 5 de maio", (1, 1)),
        ("necesito dos habitaciones sencillas del 3 al 5", (2, 2)),
        ("una doble y una sencilla del 3 al 5", (None, 2)),
    ],
)
def test_single_rooms_said_as_sencilla_or_solteiro(text: str, expected: tuple[int | None, int]) -> None:
    adults, _, rooms = guests(text)
    assert (adults, rooms) == expected
