"""Who is coming and how many rooms, as the blind batch r12 wrote it (docs/INTERFACES.md "Guests and rooms"): a couple
in a list of the party, couples with an adjective, grown women and men of a group, "pra 2" before a weekday, a room
given to two others, a child of theirs among a count of three, the small ones counted and then described in brackets,
a count said not to be the party, a son or daughter who marries, pupils all of one age, rooms asked for with no
article in German, a room of a count said again and "the same room" for a stay asked in place of a cancelled booking."""

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
        # a couple in a list of the party: two more
        ("Eu, minha namorada e um casal de amigos, 2 quartos", 4),
        ("Yo, mi novia y una pareja de amigos, dos habitaciones", 4),
        ("Me, my girlfriend and a couple of friends, 2 rooms", 4),
        ("Moi, ma copine et un couple d'amis, 2 chambres", 4),
        ("Ich, meine Freundin und ein befreundetes Paar, 2 Zimmer", 4),
        ("Io, la mia ragazza e una coppia di amici, 2 camere", 4),
        # couples with an adjective between
        ("Wir sind zwei befreundete Ehepaare aus Stuttgart", 4),
        ("We are two young couples, 2 doubles please", 4),
        ("Wir sind zwei junge Paare", 4),
        # grown women or men of a group
        ("Wir sind 'ne JGA-Truppe, 8 Mädels, und bräuchten vier Doppelzimmer", 8),
        ("hen party, 8 ladies, 4 doubles please", 8),
        ("6 femmes, 3 chambres doubles", 6),
        # "pra 2" before a weekday
        ("preciso de um quarto pra 2 de sexta a domingo", 2),
        ("una habitación para 2 de viernes a domingo", 2),
        # a room given to two others, not the writer
        (
            "mes parents fêtent leurs 50 ans de mariage et mon frère et moi leur préparons une surprise. Nous "
            "voudrions leur offrir une chambre double pour eux deux",
            2,
        ),
        ("My brother and I want to give our parents a double room for the two of them", 2),
        ("mi hermano y yo queremos regalar a nuestros padres una doble para ellos dos", 2),
        ("eu e o meu irmão queremos oferecer aos nossos pais um quarto para os dois", 2),
        ("mein Bruder und ich möchten unseren Eltern ein Doppelzimmer für die beiden schenken", 2),
    ],
)
def test_the_adults_are_read(text: str, adults: int) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with three or more, a child of theirs is among them
        ("On serait trois avec notre ado de 15 ans.", (2, 1)),
        ("We'll be three with our son.", (2, 1)),
        ("Somos tres con nuestro hijo de 8 años.", (2, 1)),
        # the small ones counted, then described in brackets
        ("4 adultes + 3 petits (5 ans, 3 ans et un bébé)", (4, 3)),
        ("2 adults and 2 kids (8 and a baby)", (2, 2)),
        ("2 adultos y 3 pequeños (2, 4 y un bebé)", (2, 3)),
        # a count said not to be the party
        ("Wir sind doch zwei Erwachsene und ein Kind (10), nicht nur zwei Erwachsene.", (2, 1)),
        ("We are 2 adults and a child, not just 2 adults.", (2, 1)),
        ("Somos 2 adultos y un niño, no solo 2 adultos.", (2, 1)),
        ("Nous sommes 2 adultes et un enfant, pas seulement 2 adultes.", (2, 1)),
        ("Siamo 2 adulti e un bambino, non solo 2 adulti.", (2, 1)),
        ("Somos 2 adultos e uma criança, não só 2 adultos.", (2, 1)),
        # pupils all of one age
        ("Klassenfahrt: 2 Lehrkräfte und 9 Schüler (alle 16 Jahre), vom 10. bis 12. Mai.", (2, 9)),
        ("2 teachers and 20 students, all aged 14, from 3 to 5 May", (2, 20)),
    ],
)
def test_adults_and_children_are_read(text: str, expected: tuple[int, int]) -> None:
    assert guests(text)[:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a son or daughter who marries is grown: no child of the party
        "Guten Abend, meine Tochter heiratet am 3. Juli. Für meinen Mann und mich ein Doppelzimmer vom 2. bis 4. Juli",
        "Hello, our daughter is getting married on 3 July, a double for my husband and me",
        "Hola, mi hija se casa el 3 de julio, una doble para mi marido y yo",
        "Bonjour, ma fille se marie le 3 juillet, une chambre pour mon mari et moi",
        "Buongiorno, mia figlia si sposa il 3 luglio, una doppia per me e mio marito",
        "Olá, a minha filha vai casar no dia 3 de julho, um quarto para mim e o meu marido",
        "zur Hochzeit unserer Tochter brauchen wir ein Doppelzimmer",
    ],
)
def test_a_child_who_marries_is_no_child_of_the_party(text: str) -> None:
    assert guests(text)[1] is None


@pytest.mark.parametrize(
    ("text", "rooms"),
    [
        # a room of a count said again is one of them; one added is one more
        (
            "due camere doppie dal 18 al 20 giugno: una per i miei genitori e una per me e mio marito. Mia madre "
            "cammina con il deambulatore, quindi se possibile una camera vicino all'ascensore.",
            2,
        ),
        ("Zwei Doppelzimmer vom 3. bis 5. Mai. Ein Zimmer bitte mit Balkon.", 2),
        ("Two double rooms from 3 to 5 May. If possible a room near the lift.", 2),
        # the same room for a stay asked in place of a cancelled booking
        ("Cancelem a reserva 77120. Em vez disso queremos de 16 a 18 de abril, o mesmo quarto.", 1),
        ("Please cancel booking 58231. Instead we'd like 16 to 18 April, same room.", 1),
        ("Anulen la reserva 58231. En su lugar queremos del 16 al 18 de abril, la misma habitación.", 1),
        ("Annulez la réservation 58231. À la place, du 16 au 18 avril, la même chambre.", 1),
        ("Bitte stornieren Sie die Buchung 58231. Stattdessen vom 16. bis 18. April, dasselbe Zimmer.", 1),
        ("Annullate la prenotazione 58231. Al suo posto dal 16 al 18 aprile, la stessa camera.", 1),
    ],
)
def test_the_rooms_are_read(text: str, rooms: int | None) -> None:
    assert guests(text)[2] == rooms


@pytest.mark.parametrize(
    "text",
    [
        # rooms asked for with no article in German: the kind, no count and no one room named
        "2 Lehrkräfte und 9 Schüler (alle 16 Jahre), vom 10. bis 12. Mai. Haben Sie Mehrbettzimmer?",
        "Gibt es bei Ihnen Familienzimmer vom 3. bis 5. Mai?",
        "Habt ihr auch Mehrbettzimmer?",
    ],
)
def test_rooms_asked_for_with_no_article_are_no_count(text: str) -> None:
    found = party(fold(emoji_words(text)))
    assert found.rooms is None and not found.one_room_named
