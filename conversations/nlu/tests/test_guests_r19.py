"""Party and rooms in the r19 guest messages (stays with parties said every way, typed fast or dictated): pupils
"all 15 years old" or "todos com 17 anos", both forms of a German noun ("Schülerinnen und Schülern"), "Lehrkräften",
a count corrected as "zu viert, nein warte, zu fünft", the count given up said first ("en vez de dos adultos vamos a
ser tres"), a spoken rough count ("saremo tipo 40 persone"), the room a booking had and the rooms it needs after
"but", and a room or rooms offered as alternatives after a preposition (docs/INTERFACES.md "Understanding
conventions")."""

from __future__ import annotations

import pytest

from conversations.nlu.guests import party
from conversations.nlu.text import fold


def guests(text: str) -> tuple[int | None, int | None, int | None]:
    found = party(fold(text))
    return found.adults, found.children, found.rooms


@pytest.mark.parametrize(
    "text",
    [
        "We're a school group of 2 teachers and 24 pupils, all 15 years old. We're looking at 12-16 April.",
        "Somos 2 profesores y 24 alumnos, todos de 15 años, del 12 al 16 de abril.",
        "Seremos dois professores e 24 alunos, todos com 15 anos, do dia 12 ao dia 16 de abril.",
        "Nous sommes 2 professeurs et 24 élèves, tous de 15 ans, du 12 au 16 avril.",
        "Eine Klassenfahrt mit 24 Schülerinnen und Schülern (alle 15 Jahre) und 2 Lehrkräften vom 12. bis 16. April.",
        "Siamo 2 insegnanti e 24 alunni, tutti di 15 anni, dal 12 al 16 aprile.",
    ],
)
def test_pupils_said_all_under_18_are_children(text: str) -> None:
    assert guests(text)[:2] == (2, 24)


@pytest.mark.parametrize(
    "text",
    [
        "We're a group of 2 teachers and 24 students, all 19 years old.",  # grown students
        "Somos 2 profesores y 24 alumnos, del 12 al 16 de abril.",  # no age said
    ],
)
def test_students_grown_or_of_no_age_are_no_children(text: str) -> None:
    assert guests(text)[1] is None


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("also wir wären zu viert nein warte zu fünft vom 3. bis 7. August und dann zwei Zimmer bitte", 5),
        ("wir sind zu dritt, nein warte, zu viert, vom 3. bis 7. August", 4),
        ("wir kommen zu viert vom 3. bis 7. August", 4),  # no correction
    ],
)
def test_a_german_zu_count_corrected_is_the_last_one(text: str, adults: int) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    "text",
    [
        "quisiera cambiar mi reserva 7720-B: en vez de dos adultos vamos a ser tres, se nos suma mi hermana.",
        "Booking 7720: instead of two adults we'll be three.",
        "Réservation 7720 : au lieu de deux adultes nous serons trois.",
        "Buchung 7720: statt zwei Erwachsenen sind wir jetzt drei.",
        "prenotazione 7720: invece di due adulti saremo in tre.",
        "reserva 7720: em vez de dois adultos vamos ser três.",
    ],
)
def test_the_count_given_up_said_first_gives_way_to_the_one_after(text: str) -> None:
    assert guests(text)[0] == 3


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("Booking 7720: we'll be 3 instead of 2 people.", 3),  # the new count first, as before
        ("Instead of two adults, could we have the room on the 3rd?", 2),  # no count after it
    ],
)
def test_instead_of_counts_read_as_before(text: str, adults: int) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    "text",
    [
        "buongiorno, posso parlare con qualcuno? è per un matrimonio, saremo tipo 40 persone",
        "somos tipo 10 pessoas, tem vaga?",
        "seríamos tipo 12 personas",
        "on sera genre 15 personnes",
    ],
)
def test_a_count_said_with_tipo_or_genre_is_rough(text: str) -> None:
    assert guests(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "prenotazione 88 410: avevamo una doppia ma ci servono due camere, viene anche mia suocera",
        "booking 88410: we had a double but we need two rooms now, my mother-in-law is coming",
        "reserva 88410: teníamos una doble pero necesitamos dos habitaciones, viene mi suegra",
        "réservation 88410 : on avait une double mais il nous faut deux chambres, ma belle-mère vient aussi",
        "Buchung 88410: wir hatten ein Doppelzimmer, aber wir brauchen zwei Zimmer, meine Schwiegermutter kommt mit",
        "reserva 88410: tínhamos um duplo mas precisamos de dois quartos, a minha sogra vem também",
    ],
)
def test_the_rooms_needed_after_the_room_a_booking_had_are_the_count(text: str) -> None:
    assert guests(text)[2] == 2


@pytest.mark.parametrize(
    "text",
    [
        "we had a double room but the two beds were broken",  # beds, no rooms
        "wir hatten ein Doppelzimmer vom 2. bis 5. Mai, aber 2 Nächte",  # nights
    ],
)
def test_the_room_a_booking_had_without_rooms_after_stays_one(text: str) -> None:
    assert guests(text)[2] == 1


@pytest.mark.parametrize(
    "text",
    [
        "Precisamos de um quarto familiar ou de dois quartos comunicantes.",
        "Nous voudrions une chambre familiale ou deux chambres communicantes.",
        "Necesitamos una habitación familiar o dos habitaciones comunicadas.",
    ],
)
def test_a_room_or_rooms_offered_as_alternatives_are_no_count(text: str) -> None:
    assert guests(text)[2] is None


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        (
            "queremos ir este viernes y el sabado mi mujer yo los dos crios de 5 y 9 años y la abuela que se apunta "
            "tambien cuanto nos saldria",
            3,
            2,
        ),
        (
            "volevamo venire il weekend prossimo siamo io il mio ragazzo e due amici quindi due camere doppie",
            4,
            None,
        ),
        ("queríamos ir eu a minha mulher os dois miúdos de 5 e 9 anos e a avó", 3, 2),
        ("on voudrait venir ma femme moi nos deux enfants de 5 et 9 ans et ma mère", 3, 2),
        ("wir wollen kommen meine Frau ich die zwei Kinder von 5 und 9 Jahren und die Oma", 3, 2),
        ("we want to come my wife i our two kids aged 5 and 9 and my mum", 3, 2),
    ],
)
def test_a_party_listed_without_commas_counts_everyone(text: str, adults: int, children: int | None) -> None:
    assert guests(text)[:2] == (adults, children)


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("siamo io, il mio ragazzo e due amici", 4),  # friends counted in a list
        ("me, my girlfriend and two friends", 4),
        ("yo, mi novia y dos amigos", 4),
    ],
)
def test_friends_counted_in_a_list_are_adults(text: str, adults: int) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("we'd love to come up for the first weekend of December, Fri and Sat night, me + a couple", 2),
        ("mi hermana me pidió una habitación", None),  # "me" an object pronoun, no list
        ("mi mujer la semana que viene no puede", None),
    ],
)
def test_words_after_a_space_that_are_no_list(text: str, adults: int | None) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    "text",
    [
        "kiero reservar una abitacion para dos del 22 al 25 de agosto porfa, y si tienen cuna mejor q vamos con el bebe",
        "a room for two from 22 to 25 August, we're coming with the baby",
        "une chambre pour deux du 22 au 25 août, on vient avec le bébé",
        "ein Zimmer für zwei vom 22. bis 25. August, wir kommen mit dem Baby",
        "una camera per due dal 22 al 25 agosto, veniamo con il bambino",
        "um quarto para dois de 22 a 25 de agosto, vamos com o bebê",
    ],
)
def test_two_then_we_going_with_the_child_is_the_couple_and_the_child(text: str) -> None:
    assert guests(text)[:2] == (2, 1)


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("somos tres, vamos con el bebe", 2),  # three: the child among them
        ("una habitacion para dos con el bebe", 1),  # no "we" going: read as before
    ],
)
def test_a_child_among_a_count_read_as_before(text: str, adults: int) -> None:
    assert guests(text)[0] == adults
