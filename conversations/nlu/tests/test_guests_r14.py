"""Party and rooms in the r14 guest messages: a count corrected as it is said, two counts joined by "or", a total said
after the group, a room wished as it should be, a room for the writer's parents, a child "aged 12", a couple by its
surname and two names given for the booking (docs/INTERFACES.md "Understanding conventions")."""

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
        "¿Tenéis habitación para este finde para dos personas bueno tres que al final se viene mi suegra?",
        "Do you have a room this weekend for two people, sorry, three?",
        "Vous avez une chambre ce week-end ? Nous sommes deux, pardon, trois.",
        "Haben Sie ein Zimmer am Wochenende? Wir sind zwei Personen, nein, drei.",
        "Avete una camera per stasera? Siamo in due no anzi in tre.",
        "Têm um quarto para este fim de semana? Somos duas pessoas, ou melhor, três.",
    ],
)
def test_a_count_corrected_as_it_is_said_is_the_last_one(text: str) -> None:
    assert guests(text)[0] == 3


def test_a_count_denied_after_no_keeps_the_first() -> None:
    assert guests("somos tres, no cuatro")[0] == 3


@pytest.mark.parametrize(
    "text",
    [
        "Buscamos habitaciones para 2 o 3 personas cada una.",
        "Ideally rooms for 2 or 3 people each.",
        "Idéalement des chambres pour 2 ou 3 personnes chacune.",
        "Am liebsten Zimmer für 2 oder 3 Personen.",
        "Meglio camere per 2 o 3 persone ciascuna.",
        "De preferência quartos para 2 ou 3 pessoas cada.",
    ],
)
def test_two_counts_joined_by_or_are_no_count(text: str) -> None:
    assert guests(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Hola! somos un grupo de amigas, 6 en total, queremos hacer un viaje a fines de octubre",
        "Hi! we're a group of friends, 6 in total, planning a trip at the end of October",
        "Bonjour ! On est un groupe d'amies, 6 au total, on voudrait venir fin octobre",
        "Hallo! Wir sind eine Gruppe von Freundinnen, insgesamt 6, und möchten Ende Oktober kommen",
        "Ciao! Siamo un gruppo di amiche, 6 in tutto, vorremmo venire a fine ottobre",
        "Olá! Somos um grupo de amigas, 6 no total, queremos ir no fim de outubro",
    ],
)
def test_a_total_said_after_the_group_is_the_party(text: str) -> None:
    assert guests(text)[0] == 6


def test_a_total_keeps_the_children_said_among_it() -> None:
    assert guests("un grupo de 6 en total, 2 de ellos niños")[:2] == (4, 2)


@pytest.mark.parametrize(
    "text",
    [
        "I am writing to request a double room from 3 to 6 March for myself and my wife. We would also appreciate a "
        "quiet room away from the lift.",
        "Je souhaite réserver une chambre double du 12 au 15 novembre. Nous venons pour notre anniversaire et "
        "apprécierions, dans la mesure du possible, une chambre calme.",
        "Vorrei prenotare una camera doppia dal 3 al 6 marzo. Gradiremmo anche una camera tranquilla.",
        "Gostaria de reservar um quarto duplo de 3 a 6 de março. Agradecíamos também um quarto sossegado.",
    ],
)
def test_a_room_wished_as_it_should_be_is_the_room_asked_for(text: str) -> None:
    assert guests(text)[2] == 1


@pytest.mark.parametrize(
    "text",
    [
        "I'd like a double room from 3 to 6 March. We would also appreciate a room for my mother.",
        "I'd like a double room from 3 to 6 March. And a single room too.",
        "Gostaria de reservar um quarto duplo de 3 a 6 de março. Também queremos um quarto para a minha mãe.",
    ],
)
def test_a_room_added_for_someone_is_still_one_more(text: str) -> None:
    assert guests(text)[2] == 2


@pytest.mark.parametrize(
    "text",
    [
        "It's about a wedding party, maybe 20 rooms or so.",
        "Es para una boda, 20 habitaciones o así.",
        "C'est pour un mariage, 20 chambres ou plus.",
        "Es geht um eine Hochzeit, 20 Zimmer oder mehr.",
        "È per un matrimonio, 20 camere o più.",
        "É para um casamento, 20 quartos ou mais.",
    ],
)
def test_rooms_said_rough_are_no_count(text: str) -> None:
    assert guests(text)[2] is None
