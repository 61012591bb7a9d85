"""Party and rooms in the r24 guest messages (bookings whose rooms or party change, groups of young people with their
leaders, one person booked for, a family spread over rooms): the rooms a booking now needs are the count said after
those it had, the party it is changed to is the party, and people who dropped out are none (docs/INTERFACES.md
"Understanding conventions")."""

from __future__ import annotations

import pytest

from conversations.nlu.guests import emoji_words, party
from conversations.nlu.text import fold


def guests(text: str) -> tuple[int | None, int | None, int | None]:
    found = party(fold(emoji_words(text)))
    return found.adults, found.children, found.rooms


@pytest.mark.parametrize(
    ("text", "rooms"),
    [
        ("Reservamos cuatro habitaciones para agosto. Vienen unos primos: necesitaríamos seis en total.", 6),
        (
            "Tenemos cuatro habitaciones reservadas, pero se han caído dos amigos. Con tres habitaciones nos basta.",
            3,
        ),
        ("We've got 4 rooms booked for 10-12 May. Could we change it to 5 rooms?", 5),
        ("We booked five rooms for the 3rd to the 5th, but two rooms are enough now.", 2),
        ("Nous avions trois chambres du 4 au 6 juin, mais on n'a donc plus besoin que de deux chambres.", 2),
        ("Wir haben drei Zimmer gebucht, brauchen aber jetzt insgesamt fünf.", 5),
        ("Abbiamo prenotato cinque camere per il 3-5 luglio, ma ne bastano tre.", 3),
        ("Avevamo bloccato 4 camere, ma ne servono 7 in totale, arrivano i cugini.", 7),
        ("Prenotazione 5512: anziché tre camere doppie ce ne servirebbero quattro.", 4),
        (
            "Reservámos quatro quartos de 2 a 4 de maio. Uns amigos já não vêm, portanto bastam-nos três quartos.",
            3,
        ),
    ],
)
def test_rooms_a_booking_now_needs_are_the_count_said_after_those_it_had(text: str, rooms: int) -> None:
    adults, _, found = guests(text)
    assert (adults, found) == (None, rooms)


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        (
            "We have a booking for 3 adults, 2-4 May. Our grandson comes too, please update it to 3 adults + 1 child.",
            3,
            1,
        ),
        ("A reserva é para 3 adultos e 1 criança. A nossa filha não vai, então fica 3 adultos.", 3, None),
        ("Tenemos una reserva para dos personas del 3 al 5. Al final viene mi hermano, somos tres.", 3, None),
        (
            "Nous avons une réservation pour deux personnes. Finalement mon frère vient aussi, nous sommes trois.",
            3,
            None,
        ),
        (
            "Abbiamo prenotato per due persone dal 3 al 5. Alla fine viene anche mio fratello, quindi siamo tre.",
            3,
            None,
        ),
        (
            "wir haben für zwei Personen gebucht. Jetzt kommt meine Schwester auch mit, wir sind jetzt drei.",
            3,
            None,
        ),
    ],
)
def test_the_party_a_booking_is_changed_to_is_the_party(text: str, adults: int, children: int | None) -> None:
    assert guests(text)[:2] == (adults, children)


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("Bei unserer Buchung sind drei Leute abgesprungen, wir sind jetzt nur noch neun Personen.", 9),
        ("En la reserva de grupo se han caído tres personas, ahora somos nueve.", 9),
        ("Reservámos para 12 pessoas. Três dos nossos colegas já não podem ir, agora somos nove.", 9),
    ],
)
def test_people_who_dropped_out_are_no_party(text: str, adults: int) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        ("euh finalement on sera deux adultes et le petit voilà merci", 2, 1),
        ("alla fine saremo due adulti e il piccolo grazie", 2, 1),
        ("also wir sind zwei Erwachsene und der Kleine danke", 2, 1),
        ("afinal seremos dois adultos e o pequeno obrigado", 2, 1),
    ],
)
def test_the_little_one_before_a_spoken_closing_is_a_child(text: str, adults: int, children: int) -> None:
    assert guests(text)[:2] == (adults, children)


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        ("Somos un grupo scout: 20 jóvenes de 13 a 15 años y 3 monitores, del 2 al 4 de julio.", 3, 20),
        ("A school trip: 26 pupils, all aged 12 or 13, and 3 teachers, from 7 to 9 June.", 3, 26),
        ("We're 16 players (all 10 or 11) plus 2 coaches, Friday and Saturday night.", 2, 16),
        ("Nous sommes 24 jeunes de 14 à 16 ans et 3 animateurs, du 2 au 4 juillet.", 3, 24),
        ("Wir sind 15 Jugendliche (alle 14 oder 15) und 2 Jugendleiter, vom 2. bis 4. Juli.", 2, 15),
        ("Siamo 14 giovani di 13 o 14 anni e 2 animatori, dal 2 al 4 luglio.", 2, 14),
        ("Somos 20 jogadores sub-13 (todos com 12 anos) e 3 treinadores, de 2 a 4 de julho.", 3, 20),
        ("Une classe de 21 élèves de 15 ans avec 2 enseignants, du 20 au 24 septembre.", 2, 21),
    ],
)
def test_young_people_with_their_ages_are_children_and_their_leaders_adults(
    text: str, adults: int, children: int
) -> None:
    assert guests(text)[:2] == (adults, children)


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        ("I'd like a room for my dad from 3 to 5 May, it's just him on his own.", 1, None),
        ("Quisiera una habitación para mi madre del 3 al 5 de mayo, viaja sola.", 1, None),
        ("Je voudrais une chambre pour ma tante du 3 au 5 mai, elle voyage seule.", 1, None),
        ("Hallo, EZ vom 3. bis 5. Mai frei?", 1, None),
        ("Single mum here with my two boys (6 and 9), any room this Saturday?", 1, 2),
        ("I'd like to book a room for me and my 3-year-old twins from 3 May.", 1, 2),
        (
            "Merci de réserver une chambre pour notre cliente, Mme Claire Roy, et ses deux enfants de 8 et 11 ans.",
            1,
            2,
        ),
    ],
)
def test_one_person_booked_for_is_one_adult(text: str, adults: int, children: int | None) -> None:
    assert guests(text)[:2] == (adults, children)


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("A double for him and his wife from 3 to 5 May. Their driver is staying at another hotel.", 2),
        (
            "Una doble para el Sr. Ruiz y su esposa. Su hija de 10 años viene a cenar con ellos, pero no se aloja en el hotel.",
            2,
        ),
        (
            "Une double pour M. Roy et sa femme. Leur fille de 10 ans passera dîner mais ne dormira pas à l'hôtel.",
            2,
        ),
        (
            "Ein Doppelzimmer für Herrn Roth und seine Frau. Die Tochter (10) kommt zum Essen, übernachtet aber nicht.",
            2,
        ),
        ("Una doppia per il sig. Neri e sua moglie. La figlia di 10 anni passa a cena ma non pernotta.", 2),
        (
            "Um duplo para o Sr. Lima e a esposa. O filho deles, de 9 anos, vem jantar, mas não vai se hospedar.",
            2,
        ),
    ],
)
def test_someone_who_does_not_stay_is_no_guest(text: str, adults: int) -> None:
    assert guests(text)[:2] == (adults, None)


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("Despedida de soltero, 8 tíos, viernes y sábado. ¿Cuánto por 4 dobles?", 8),
        ("Stag do, 9 dudes, Friday and Saturday. How much for 5 twins?", 9),
        ("Despedida de solteiro, 10 caras, sexta e sábado. Quanto fica 5 quartos?", 10),
        ("Junggesellenabschied, 7 Typen, Freitag und Samstag, was kosten 4 Zimmer?", 7),
    ],
)
def test_men_counted_familiarly_are_adults(text: str, adults: int) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben für den 1. bis 4. Juli ein Doppelzimmer reserviert. Jetzt kommt unser Enkel (6) mit, wäre ein Zustellbett möglich?",
        "We booked a double for 3-5 May. Our grandson (6) is coming too, could we have an extra bed?",
        "Reservamos una doble del 3 al 5 de mayo. Viene también nuestro nieto (6), ¿sería posible una cama supletoria?",
        "J'ai réservé une chambre double du 3 au 5 mai. Notre petit-fils (6) vient aussi, un lit d'appoint est possible ?",
        "Ho prenotato una doppia dal 3 al 5 maggio. Viene anche nostro nipote (6), è possibile un letto aggiuntivo?",
        "Reservei um quarto duplo de 3 a 5 de maio. O nosso neto (6) também vem, seria possível uma cama extra?",
    ],
)
def test_the_booked_room_an_extra_bed_is_asked_for_is_no_count(text: str) -> None:
    assert guests(text)[2] is None


@pytest.mark.parametrize(
    "text",
    [
        "¿Tenéis algo del 3 al 5 de mayo? Nos valdrían dos habitaciones o una familiar.",
        "Dal 3 al 5 maggio ci andrebbero bene due camere o una familiare.",
    ],
)
def test_a_count_of_rooms_or_one_room_of_a_kind_is_no_count(text: str) -> None:
    assert guests(text)[2] is None


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        ("👫 + 👧👦 pour le week-end du 11 ?", 2, 2),
        ("👫👶👶 this weekend?", 2, 2),
        ("Hola! 👫 + 👦👦👧 del 3 al 5?", 2, 3),
    ],
)
def test_children_emoji_repeated_are_that_many_children(text: str, adults: int, children: int) -> None:
    assert guests(text)[:2] == (adults, children)


@pytest.mark.parametrize(
    ("text", "children"),
    [
        (
            "Dois quartos: um para mim e para a minha mulher e outro para os miúdos, que já têm 13 e 16 anos.",
            2,
        ),
        ("Two rooms: one for my wife and me and another for the kids, who are 13 and 16.", 2),
        ("Dos habitaciones: una para nosotros y otra para los chicos, que ya tienen 13 y 16.", 2),
        ("Zwei Zimmer: eins für meine Frau und mich und eins für die Kinder, die schon 8 und 11 sind.", 2),
    ],
)
def test_children_whose_ages_a_clause_gives_are_counted(text: str, children: int) -> None:
    assert guests(text)[1] == children


@pytest.mark.parametrize(
    "text",
    [
        "Buongiorno, nostra figlia si laurea a Bologna il 10 luglio. Ci servono due camere per quattro adulti.",
        "A nossa filha forma-se a 10 de julho, precisamos de dois quartos para quatro adultos.",
    ],
)
def test_a_child_who_graduates_is_grown(text: str) -> None:
    assert guests(text) == (4, None, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Somos 2 en la reserva 4410, pero al final se apunta mi hermano, así que seríamos 3.",
        "Booking under Hale for 2 adults, 4-6 May. My sister has decided to come along so it'll be 3 adults, a triple?",
        "On est 2 sur la réservation 4410, mais finalement mon frère vient aussi, donc on sera 3.",
        "Siamo in 2 nella prenotazione 4410, ma alla fine viene anche mio fratello, quindi saremo 3.",
        "Somos 2 na reserva 4410, mas afinal o meu irmão também vem, então seremos 3.",
    ],
)
def test_the_count_said_after_someone_joins_is_the_party(text: str) -> None:
    assert guests(text)[0] == 3


@pytest.mark.parametrize(
    "text",
    [
        "Booking 5512 - we're due to check out on Sunday, could we stay until Tuesday?",
        "We are due to arrive on Friday 12 May, can we check in early?",
    ],
)
def test_english_due_to_is_no_italian_two(text: str) -> None:
    assert guests(text)[0] is None
