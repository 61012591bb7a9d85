"""Party and rooms in the r14 guest messages: a count corrected as it is said, two counts joined by "or", a total said
after the group, a room wished as it should be, a room for the writer's parents, a child "aged 12", a couple by its
surname and two names given for the booking (docs/INTERFACES.md "Understanding conventions")."""

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
        "Queremos regalar a nuestros padres una habitación doble del 3 al 5 de diciembre.",
        "We'd like to give our parents a double room from 3 to 5 December as a gift.",
        "Nous voudrions offrir à nos parents une chambre double du 3 au 5 décembre.",
        "Wir möchten unseren Eltern ein Doppelzimmer vom 3. bis 5. Dezember schenken.",
        "Vorremmo regalare ai nostri genitori una camera matrimoniale dal 3 al 5 dicembre.",
        "Queríamos oferecer aos nossos pais um quarto duplo de 3 a 5 de dezembro.",
        "Una habitación para mis padres del 3 al 5 de diciembre, por favor.",
        "A room for my parents from 3 to 5 December, please.",
    ],
)
def test_a_room_for_the_writers_parents_is_the_two_of_them(text: str) -> None:
    assert guests(text)[0] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Gostava de voltar de 18 a 20 de julho com a minha irmã.",
        "Ich möchte vom 18. bis 20. Juli mit meiner Schwester wiederkommen.",
    ],
)
def test_the_writer_wishing_to_come_back_with_someone_is_two(text: str) -> None:
    assert guests(text)[0] == 2


def test_a_child_aged_without_a_unit_is_a_child() -> None:
    assert guests("a room for me, my son aged 16 with his sister aged 12")[1] == 2
    assert guests("a room for me and my sister aged 25")[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "Vorrei confermare la camera per i signori Bellavista dal 10 al 12 ottobre.",
        "Quisiera confirmar la habitación para los señores Olmos del 10 al 12 de octubre.",
        "Queria confirmar o quarto para os senhores Costa de 10 a 12 de outubro.",
    ],
)
def test_a_couple_by_its_surname_is_two(text: str) -> None:
    assert guests(text)[0] == 2


def test_guests_in_general_are_no_couple() -> None:
    assert guests("i signori ospiti possono fare colazione dalle 7")[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "We'd like a double for the long weekend in October. Names are Kylie and Brett Donaldson.",
        "Queremos una doble del 3 al 5 de mayo. Los nombres son Ana y Luis García.",
        "Une chambre double du 3 au 5 mai. Les noms sont Luc et Martine Fabre.",
        "Ein Doppelzimmer vom 3. bis 5. Mai. Die Namen sind Sabine und Klaus Meyer.",
        "Una doppia dal 3 al 5 maggio. I nomi sono Marco e Giulia Rossi.",
        "Um quarto duplo de 3 a 5 de maio. Os nomes são Ana e João Costa.",
    ],
)
def test_two_names_given_for_the_booking_are_the_party(text: str) -> None:
    assert two_named(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nossos clientes, o casal Fábio e Renata Bittencourt, gostariam de um quarto de casal de 3 a 7 de dezembro.",
        "Our clients, the couple Mark and Jane Hill, would like a double room from 3 to 7 December.",
        "Nos clients, le couple Martin, souhaitent une chambre double du 3 au 7 décembre.",
    ],
)
def test_the_couple_named_is_two(text: str) -> None:
    assert guests(text)[0] == 2


def test_a_double_room_of_a_couple_is_no_couple() -> None:
    assert guests("queria um quarto de casal de 3 a 7 de dezembro")[0] is None


def test_a_single_room_in_the_genitive_is_one_guest() -> None:
    text = "hiermit bitte ich um die Reservierung eines Einzelzimmers vom 8. bis 10. November für unseren Mitarbeiter."
    assert guests(text)[0] == 1


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


@pytest.mark.parametrize(
    "text",
    [
        "deux chambres du 6 au 9 décembre pour moi-même et deux collègues",
        "dos habitaciones del 6 al 9 de diciembre para yo mismo y dos colegas",
        "dois quartos de 6 a 9 de dezembro para eu mesmo e dois colegas",
        "due camere dal 6 al 9 dicembre per me stesso e due colleghi",
        "zwei Zimmer vom 6. bis 9. Dezember für mich selbst und zwei Kollegen",
    ],
)
def test_the_writer_said_with_self_and_others_counted(text: str) -> None:
    assert guests(text)[0] == 3


def test_french_son_before_a_noun_is_no_son() -> None:
    text = "il lui faudrait une chambre individuelle pour les nuits du 24 et du 25 mai. Merci de la réserver à son nom."
    assert guests(text)[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "We would need two twin rooms for myself and three of our field engineers from the 6th to the 10th.",
        "Necesitaríamos dos habitaciones para mí y tres de nuestros técnicos del 6 al 10 de diciembre.",
        "Il nous faudrait deux chambres pour moi et trois de nos techniciens du 6 au 10 décembre.",
        "Wir bräuchten zwei Zimmer für mich und drei unserer Techniker vom 6. bis 10. Dezember.",
        "Ci servirebbero due camere per me e tre dei nostri tecnici dal 6 al 10 dicembre.",
        "Precisávamos de dois quartos para mim e três dos nossos técnicos de 6 a 10 de dezembro.",
    ],
)
def test_the_writer_and_some_of_their_people_counted(text: str) -> None:
    assert guests(text)[0] == 4


def test_some_of_the_writers_children_are_no_adults() -> None:
    assert guests("a room for me and two of my children")[0] != 3


def test_roman_semo_in_counts_the_party() -> None:
    assert guests("Aò, c'avete 'na stanza pe' sabato e domenica? Semo in tre")[0] == 3


@pytest.mark.parametrize(
    "text",
    [
        "We have a group of 18 students with two teachers arriving on 14 June. The students are all 17.",
        "Somos un grupo de 18 alumnos con dos profesores, llegamos el 14 de junio. Los alumnos tienen todos 15 años.",
        "Nous sommes un groupe de 18 élèves avec deux professeurs, arrivée le 14 juin. Les élèves ont tous 15 ans.",
        "Wir sind eine Gruppe von 18 Schülern mit zwei Lehrern, Anreise am 14. Juni. Die Schüler sind alle 16.",
        "Siamo un gruppo di 18 studenti con due insegnanti, arrivo il 14 giugno. Gli studenti hanno tutti 17 anni.",
        "Somos um grupo de 18 alunos com dois professores, chegada a 14 de junho. Os alunos têm todos 15 anos.",
    ],
)
def test_students_said_later_to_be_under_18_are_children(text: str) -> None:
    assert guests(text)[:2] == (2, 18)


def test_students_said_to_be_grown_stay_no_children() -> None:
    assert guests("We have 18 students with two teachers. The students are all 19.")[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "os reenvío la petición de mi padre: él y mamá quieren una doble del 20 al 23 de mayo",
        "forwarding my dad's request: he and mum would like a double room from 20 to 23 May",
        "je transfère la demande de mon père : lui et maman voudraient une chambre double du 20 au 23 mai",
        "ich leite die Anfrage meines Vaters weiter: er und Mama möchten ein Doppelzimmer vom 20. bis 23. Mai",
        "vi inoltro la richiesta di mio padre: lui e la mamma vorrebbero una matrimoniale dal 20 al 23 maggio",
        "reencaminho o pedido do meu pai: ele e a mãe queriam um quarto duplo de 20 a 23 de maio",
    ],
)
def test_a_parent_and_their_partner_named_by_the_writer_are_two(text: str) -> None:
    assert guests(text)[0] == 2
