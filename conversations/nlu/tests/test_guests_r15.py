"""Party and rooms in the r15 guest messages: rooms named after their count in the same sentence, the rooms a booking
now needs said after those it had, the party said as girls or boys, children counted after "with" among the count, the
parents said familiarly on a trip, a guest and their companion, a partner taken away, grandchildren with the writer,
the parents' room with a bracket, and a couple of clients by title (docs/INTERFACES.md "Understanding conventions")."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, nous aimerions passer Noël à deux chez vous, du 23 au 27 décembre.",
        "Nous voulons venir tous les deux chez vous le week-end prochain.",
    ],
)
def test_the_two_of_us_with_a_place_after_is_a_couple(text: str) -> None:
    assert guests(text)[0] == 2


@pytest.mark.parametrize(
    "text",
    [
        "somos 8 chicas para una despedida de soltera el primer fin de semana de julio",
        "we're 8 girls for a hen party the first weekend of July",
        "on est 8 filles pour un EVJF le premier week-end de juillet",
        "wir sind 8 Mädels für einen JGA am ersten Juliwochenende",
        "siamo 8 ragazze per un addio al nubilato il primo weekend di luglio",
        "somos 8 meninas para uma despedida de solteira no primeiro fim de semana de julho",
    ],
)
def test_the_party_said_as_girls_are_grown_ups(text: str) -> None:
    assert guests(text)[:2] == (8, None)


def test_daughters_with_their_ages_stay_children() -> None:
    assert guests("nous sommes 2 adultes et 2 filles de 6 et 9 ans")[:2] == (2, 2)


@pytest.mark.parametrize(
    "text",
    [
        "¿Hay disponibilidad para el puente de mayo? Somos 4 con dos niños pequeños.",
        "Any availability for the May bank holiday? We are 4 with two small kids.",
        "Avez-vous de la place pour le pont de mai ? Nous sommes 4 avec deux petits enfants.",
        "Habt ihr über Pfingsten noch was frei? Wir sind 4 mit zwei kleinen Kindern.",
        "C'è ancora disponibilità per il ponte del 25 aprile? Siamo in 4 con due bambini piccoli.",
        "Há disponibilidade para o feriado de abril? Somos 4 com duas crianças pequenas.",
    ],
)
def test_children_counted_after_with_are_among_the_count(text: str) -> None:
    assert guests(text)[:2] == (2, 2)


def test_two_with_children_keeps_the_children_on_top() -> None:
    assert guests("somos 2 con 2 niños")[:2] == (2, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Estoy organizando un viaje con mis viejos y mi hermana para enero.",
        "I'm planning a trip with my folks and my sister for January.",
        "Je prépare un voyage avec mes parents et ma sœur pour janvier.",
        "Ich plane eine Reise mit meinen Eltern und meiner Schwester im Januar.",
        "Sto organizzando un viaggio con i miei genitori e mia sorella per gennaio.",
        "Estou a organizar uma viagem com os meus pais e a minha irmã para janeiro.",
    ],
)
def test_a_trip_with_the_parents_and_a_sister_is_four(text: str) -> None:
    assert guests(text)[0] == 4


@pytest.mark.parametrize(
    "text",
    [
        "Solicitamos una habitación twin del 12 al 15 de octubre para el Sr. Tanaka y su colega.",
        "We would like to request a twin room from 12 to 15 October for Mr. Tanaka and his colleague.",
        "Nous souhaitons une chambre twin du 12 au 15 octobre pour M. Tanaka et son collègue.",
        "Wir bitten um ein Zweibettzimmer vom 12. bis 15. Oktober für Herrn Tanaka und seinen Kollegen.",
        "Chiediamo una camera twin dal 12 al 15 ottobre per il sig. Tanaka e il suo collega.",
        "Pedimos um quarto twin de 12 a 15 de outubro para o Sr. Tanaka e o seu colega.",
    ],
)
def test_a_guest_named_and_their_companion_are_two(text: str) -> None:
    assert guests(text)[0] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Quiero llevar a mi novia por San Valentín. ¿Tenéis una habitación con jacuzzi?",
        "Looking to take my girlfriend away for Valentine's. Do you have a room with a jacuzzi?",
        "Je voudrais emmener ma copine pour la Saint-Valentin. Vous avez une chambre avec jacuzzi ?",
        "Ich möchte meine Freundin zum Valentinstag mitnehmen. Habt ihr ein Zimmer mit Whirlpool?",
        "Vorrei portare la mia ragazza per San Valentino. Avete una camera con idromassaggio?",
        "Queria levar a minha namorada no Dia dos Namorados. Têm um quarto com jacuzzi?",
    ],
)
def test_a_partner_taken_away_is_two(text: str) -> None:
    assert guests(text)[0] == 2


@pytest.mark.parametrize(
    "text",
    [
        "¿Tienen habitación para el 12 de octubre para mí y mis dos nietas de diez y trece años?",
        "Do you have a room on 12 October for me and my two granddaughters aged 10 and 13?",
        "Avez-vous une chambre le 12 octobre pour moi et mes deux petites-filles de 10 et 13 ans ?",
        "Haben Sie am 12. Oktober ein Zimmer für mich und meine zwei Enkelinnen von 10 und 13 Jahren?",
        "Avete una camera il 12 ottobre per me e le mie due nipotine di 10 e 13 anni?",
        "Tem quarto pro dia doze de outubro pra mim e minhas duas netas de dez e treze anos?",
    ],
)
def test_the_writer_with_granddaughters_is_one_adult(text: str) -> None:
    assert guests(text)[:2] == (1, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Busco para mis padres (los dos mayores de 80) una habitación en planta baja. Yo no voy.",
        "I'm looking for my parents (both over 80) a room on the ground floor. I'm not coming myself.",
        "Je cherche pour mes parents (tous deux plus de 80 ans) une chambre au rez-de-chaussée.",
        "Ich suche für meine Eltern (beide über 80) ein Zimmer im Erdgeschoss. Ich selbst komme nicht mit.",
        "Cerco per i miei genitori (entrambi over 80) una camera al piano terra.",
        "Procuro para os meus pais (ambos com mais de 80) um quarto no rés-do-chão.",
    ],
)
def test_a_room_for_the_parents_with_a_bracket_is_the_two_of_them(text: str) -> None:
    assert guests(text)[0] == 2


@pytest.mark.parametrize(
    "text",
    [
        "una doble del 12 al 15 de septiembre para nuestros clientes, los señores Olmos.",
        "una doppia dal 12 al 15 settembre per i nostri clienti, i signori Mancuso.",
        "um duplo de 12 a 15 de setembro para os nossos clientes, os senhores Costa.",
    ],
)
def test_clients_named_as_a_couple_by_title_are_two(text: str) -> None:
    assert guests(text)[0] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Somos dos adultos en la reserva 66120, pero se apunta mi hermana con sus dos hijos.",
        "Hi, we're two adults on booking ref 66120 for Easter, but my sister and her two kids want to join us.",
        "Nous sommes deux adultes sur la réservation 66120, mais ma sœur et ses deux enfants veulent nous rejoindre.",
        "Wir sind zwei Erwachsene, Buchung 66120, aber meine Schwester kommt mit ihren zwei Kindern mit.",
        "Siamo due adulti sulla prenotazione 66120, ma si aggiunge mia sorella con i suoi due figli.",
        "Somos dois adultos na reserva 66120, mas a minha irmã e os dois filhos dela vêm também.",
    ],
)
def test_a_relative_joining_with_their_children_is_one_adult_more(text: str) -> None:
    assert guests(text)[:2] == (3, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Quisiera reservar la suite del 13 al 15 de febrero. ¿Se puede dejar una botella de cava en la habitación?",
        "I would like to book the suite from 13 to 15 February. Could you put a bottle of champagne in the room?",
        "Je voudrais réserver la suite du 13 au 15 février. Pourriez-vous mettre du champagne dans la chambre ?",
        "Ich möchte die Suite vom 13. bis 15. Februar buchen. Können Sie eine Flasche Sekt ins Zimmer stellen?",
        "Vorrei prenotare la vostra suite dal 13 al 15 febbraio. Si può far trovare del prosecco in camera all'arrivo?",
        "Queria reservar a suite de 13 a 15 de fevereiro. Podem deixar uma garrafa de espumante no quarto à chegada?",
    ],
)
def test_the_room_something_is_put_in_is_the_room_asked_for(text: str) -> None:
    found = party(fold(text))
    assert found.rooms == 1 or found.one_room_named


@pytest.mark.parametrize(
    "text",
    [
        "Quisiera reservar tres habitaciones individuales para mis colegas y para mí del 15 al 18 de febrero.",
        "I'd like to book three single rooms for my colleagues and me from 15 to 18 February.",
        "Je voudrais réserver trois chambres individuelles pour mes collègues et moi du 15 au 18 février.",
        "Ich bitte um die Reservierung von drei Einzelzimmern für meine Kollegen und mich vom 15.02. bis 18.02.",
        "Vorrei prenotare tre camere singole per i miei colleghi e me dal 15 al 18 febbraio.",
        "Queria reservar três quartos individuais para os meus colegas e para mim de 15 a 18 de fevereiro.",
    ],
)
def test_single_rooms_for_the_writer_and_others_are_one_guest_each(text: str) -> None:
    assert guests(text)[0] == 3
