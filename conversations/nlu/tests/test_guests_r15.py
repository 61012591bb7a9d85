"""Party and rooms in the r15 guest messages: rooms named after their count in the same sentence, the rooms a booking
now needs said after those it had (docs/INTERFACES.md "Understanding conventions")."""

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
        "Quisiera dos habitaciones, una triple para nosotros con la pequeña Sofía (3 años) y una doble para los abuelos.",
        "I'd like two rooms, a triple for us parents with little Sofia (3 years old) and a double for the grandparents.",
        "Je voudrais deux chambres, une triple pour nous avec la petite Sofia (3 ans) et une double pour les grands-parents.",
        "Ich möchte zwei Zimmer, ein Dreibettzimmer für uns Eltern mit der kleinen Sofia (3 Jahre) und ein Doppelzimmer "
        "für die Großeltern.",
        "Vorrei due camere, una tripla per noi genitori con la piccola Sofia (3 anni) e una doppia per i nonni.",
        "Queria dois quartos, um triplo para nós com a pequena Sofia (3 anos) e um duplo para os avós.",
    ],
)
def test_rooms_named_after_their_count_in_the_same_sentence_are_that_count(text: str) -> None:
    assert guests(text)[2] == 2


def test_a_breakdown_after_a_colon_further_on_is_the_count() -> None:
    text = (
        "Nous souhaiterions réserver trois chambres du vendredi 25 au dimanche 27 juin : une pour mon épouse et moi, "
        "une pour ma belle-mère, et une triple pour mon fils, sa compagne et leur bébé."
    )
    assert guests(text)[2] == 3


@pytest.mark.parametrize(
    "text",
    [
        "Reserva 3391: en vez de una doble necesitamos dos, se apunta mi hermana con su marido.",
        "Booking 3391: instead of one double we need two, my sister and her husband are coming.",
        "Réservation 3391 : au lieu d'une double il nous en faut deux, ma sœur vient avec son mari.",
        "Buchung 3391: statt einem Doppelzimmer brauchen wir zwei, meine Schwester kommt mit ihrem Mann.",
        "Prenotazione 3391: invece di una doppia ce ne servono due, viene anche mia sorella con suo marito.",
        "Reserva 3391: em vez de um duplo precisamos de dois, vem a minha irmã com o marido.",
    ],
)
def test_rooms_needed_instead_of_one_are_the_count_said(text: str) -> None:
    assert guests(text)[2] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Reservamos dos habitaciones para el fin de semana del 10 de abril pero nos basta con una, somos solo dos.",
        "We booked two rooms for the weekend of 10 April but one is enough, we're only two.",
        "Nous avons réservé deux chambres pour le week-end du 10 avril mais une suffit, nous ne sommes que deux.",
        "Wir haben zwei Zimmer für das Wochenende vom 10. April gebucht, aber eins reicht, wir sind nur zu zweit.",
        "Abbiamo prenotato due camere per il weekend del 10 aprile ma ne basta una, siamo solo in due.",
        "Reservámos dois quartos para o fim de semana de 10 de abril mas basta um, somos só dois.",
    ],
)
def test_one_room_said_enough_after_more_were_booked_is_one(text: str) -> None:
    assert guests(text)[2] == 1


@pytest.mark.parametrize(
    "text",
    [
        "Somos dos adultos en la reserva 66120, pero ¿podríamos añadir una segunda habitación?",
        "We're two adults on booking ref 66120. Could we add a second room?",
        "Nous sommes deux adultes sur la réservation 66120. Pourrait-on ajouter une deuxième chambre ?",
        "Wir sind zwei Erwachsene, Buchung 66120. Können wir ein zweites Zimmer dazubuchen?",
        "Siamo due adulti sulla prenotazione 66120. Possiamo aggiungere una seconda camera?",
        "Somos dois adultos na reserva 66120. Podemos adicionar um segundo quarto?",
    ],
)
def test_a_second_room_added_makes_two(text: str) -> None:
    assert guests(text)[2] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Reservamos una habitación triple del 12 al 14 de marzo, pero seremos solo dos adultos. ¿Podéis pasarla a una doble?",
        "We booked a triple room from 12 to 14 March, but we'll only be two adults. Can you switch it to a double?",
        "Nous avons réservé une chambre triple du 12 au 14 mars, mais nous ne serons que deux. Pouvez-vous passer à une "
        "double ?",
        "Wir haben ein Dreibettzimmer vom 12. bis 14. März, aber wir sind nur zwei. Können Sie auf ein Doppelzimmer "
        "umbuchen?",
        "Abbiamo prenotato una tripla dal 12 al 14 marzo, ma saremo solo in due. Potete passare a una doppia?",
        "Reservámos um quarto triplo de 12 a 14 de março, mas vamos ser só dois adultos. Podem passar para um duplo?",
    ],
)
def test_a_room_swapped_for_another_is_one_room(text: str) -> None:
    assert guests(text)[2] == 1
