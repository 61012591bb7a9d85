"""The party and rooms of families and groups as guests state them (docs/INTERFACES.md "Guests and rooms").

Each case is a phrasing the rules in guests.py read in general, written apart from the first set's lines: grown-up
sons and daughters are adults, grandparents are two adults, a meeting room's people and children of a past visit are
no party, a party changed ("not five but four", "four instead of six people") is the new count, and rooms for some
and others add up.
"""

from __future__ import annotations

import pytest

from conversations.nlu import understand
from conversations.nlu.tests.support import WEDNESDAY


def _party(text: str) -> tuple[int | None, int | None, int | None]:
    found = understand(text, today=WEDNESDAY)
    return found.adults, found.children, found.rooms


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        # a son or daughter of 18 or more is an adult
        ("Reservamos para mi esposo, yo y nuestra hija de 22 años, del 3 al 5 de mayo", 3, None),
        ("a room for me and my daughter (she's 19) from 3 to 5 May please", 2, None),
        ("Ich komme mit meiner Tochter (20) und meinem Sohn (12), ein Zimmer vom 3. bis 5. Mai", 2, 1),
        ("Um quarto para mim e a minha filha de 21 anos, de 3 a 5 de maio", 2, None),
        # grandparents with the grandchildren
        ("Somos los abuelos con tres nietos, del 3 al 6 de mayo", 2, 3),
        ("We're the grandparents with our two grandkids, 3-6 May", 2, 2),
        # ages after plural children in words, nieces with their ages, "littles"
        ("deux adultes et trois petits de quatre, six et huit ans, du 3 au 6 mai", 2, 3),
        ("Me, my sister and her two nephews (7 and 12), one room 3-6 May", 2, 2),
        ("2 adults and 3 littles, 3-6 May", 2, 3),
        # "2A 1C" without a plus, "all adults"
        ("Habitación 2A 2C del 3 al 5 de mayo", 2, 2),
        ("two rooms for four people 3-5 May, all adults", 4, 0),
        # a party changed: the new count
        ("Ya no somos 6 sino 5, la reserva del 3 al 5 de mayo", 5, None),
        ("Wir sind drei statt vier Personen, Buchung vom 3. bis 5. Mai", 3, None),
        ("Pour notre réservation du 3 au 5 mai, nous ne serons que trois", 3, None),
        ("per la prenotazione del 3-5 maggio saremo in 5: viene anche mio cugino", 5, None),
        ("saremmo in tre dal 3 al 5 maggio, avete una tripla?", 3, None),
        # the party listed one by one: the writer, each adult named, two for parents, "N adults" and no child
        ("vamos yo, mi marido, los dos peques y mi madre, del 3 al 5 de mayo", 3, 2),
        ("io, mia sorella, i miei tre figli e mio padre, dal 3 al 5 maggio", 3, 3),
        ("me, my in-laws, my wife and the baby, 3-5 May", 4, 1),
        ("somos dos adultos, mi abuela y un niño de 4 años, del 3 al 5 de mayo", 3, 1),
        ("je voyage avec ma mère âgée et mon frère, du 3 au 5 mai", 3, None),
        ("viajo com o meu cachorro e a minha irmã, de 3 a 5 de maio", 2, None),
        # no list: a title, or a boy with his age
        ("siamo 2 adulti e un ragazzo di 14 anni, dal 3 al 5 maggio", 2, 1),
        ("I'm coming with my 75-year-old mum and my brother, 3-5 May", 3, None),
        # parents named as "papá, mamá", "i genitori più", one parent with their children, a nanny
        ("papá, mamá y dos niños, ¿tenéis algo del 3 al 5 de mayo?", 2, 2),
        ("mae, pai e os três miúdos, de 3 a 5 de maio", 2, 3),
        ("siamo i genitori più due bambini, dal 3 al 5 maggio", 2, 2),
        ("a room for a dad and his three kids, 3-5 May", 1, 3),
        ("eu, o meu marido, os nossos dois filhos e a babá, de 3 a 5 de maio", 3, 2),
        # a sibling under 18, elderly adults, couples as "Pärchen", "grands et petits"
        ("Voy con mi padre y mi hermana de 12 años del 3 al 5 de mayo", 2, 1),
        ("somos 5: 2 ancianos, 2 adultos y un niño, del 3 al 5 de mayo", 4, 1),
        ("Wir sind drei Pärchen, vom 3. bis 5. Mai", 6, None),
        ("on est trois grands et deux petits, du 3 au 5 mai", 3, 2),
        # a child counted within a family of N, or said to come with the party after all
        ("family of four - me, my partner and our two 5yo twins, 3-5 May", 2, 2),
        ("we're a family of 3 with our 4yo, 3-5 May", 2, 1),
        ("Réservé pour 2 personnes du 3 au 5 mai, mais notre fille de 8 ans vient avec nous", 2, 1),
        # a count restated, or changed later in the message
        ("mit den drei Enkeln, also 2 Erwachsene und 3 Kinder, vom 3. bis 5. Mai", 2, 3),
        ("The booking is for 2 adults. Actually we are now 3 adults and 1 child, 3-5 May", 3, 1),
        ("ich komme mit meinen beiden Söhnen (9 und 12) vom 3. bis 5. Mai", 1, 2),
        # the writer and "N others", "e mais N colegas"
        ("a room each for me and 2 others, 3-5 May", 3, None),
        ("somos eu e mais duas amigas, de 3 a 5 de maio", 3, None),
        # Austrian "Kinda"
        ("zwoa Erwachsene und drei Kinda, vom 3. bis 5. Mai", 2, 3),
    ],
)
def test_party_of_families_and_groups(text: str, adults: int | None, children: int | None) -> None:
    assert _party(text)[:2] == (adults, children)


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        # the people a meeting room holds are no party
        (
            "¿Tienen una sala de reuniones para 20 personas? Y necesito una individual del 3 al 5 de mayo",
            1,
            None,
        ),
        ("Do you have a conference room for about 30 people? I also need a single from 3 to 5 May.", 1, None),
        ("Hätten Sie einen Tagungsraum für 12 Personen und zwei Einzelzimmer vom 3. bis 5. Mai?", 2, None),
        # children of a past visit, or who no longer come, are no party
        (
            "Our three kids enjoyed the pool so much last summer! This time it's only me and my husband, 3-5 May",
            2,
            None,
        ),
        (
            "Nuestros dos hijos disfrutaron mucho el año pasado, esta vez vamos mi mujer y yo del 3 al 5 de mayo",
            2,
            None,
        ),
        ("Somos 3 em vez de 4, o nosso filho não vem. Reserva de 3 a 5 de maio", 3, None),
    ],
)
def test_people_who_are_no_party(text: str, adults: int | None, children: int | None) -> None:
    assert _party(text)[:2] == (adults, children)


@pytest.mark.parametrize(
    ("text", "adults", "rooms"),
    [
        # a room for some and another for others: the people and the rooms add up
        ("una habitación para 2 personas y otra para 4, del 3 al 5 de mayo", 6, 2),
        # a German compound cut short before "und"/"oder", and "eins" for another room
        ("Wir bräuchten ein Einzel- und ein Doppelzimmer vom 3. bis 5. Mai", None, 2),
        ("Ein Einzelzimmer für meinen Vater und eins für meine Frau und mich, 3. bis 5. Mai", None, 2),
        # rooms asked as an alternative in a question
        ("a room for 2 adults and 2 kids on 3-5 May, or would we need 2 rooms?", None, None),
        # a count and its breakdown after a colon is no form field, and "1 casal" there is a room, not a couple
        ("2 quartos: 1 casal e 1 twin, de 3 a 5 de maio", None, 2),
        # a kind of room or a dormitory, or a count of rooms: offered as alternatives, no count
        ("avete delle camerate o 3 camere doppie per 6 ragazzi, dal 3 al 5 maggio?", None, None),
    ],
)
def test_rooms_for_some_and_others(text: str, adults: int | None, rooms: int | None) -> None:
    found = _party(text)
    if adults is not None:
        assert found[0] == adults
    assert found[2] == rooms
