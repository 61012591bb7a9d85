"""Who is coming and how many rooms, as guests write it (round 9, docs/INTERFACES.md "Guests and rooms"): the writer
with one other person, counts in dialect and chat shorthand, children's ages in brackets after a list, in-laws in the
writer's list, rooms as abbreviations and nouns, children who fell ill and clock times that are no party."""

from __future__ import annotations

import pytest

from conversations.nlu.guests import emoji_words, party, two_named
from conversations.nlu.text import fold


def guests(text: str) -> tuple[int | None, int | None, int | None]:
    found = party(fold(emoji_words(text)))
    return found.adults, found.children, found.rooms


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        # the writer and one other person
        ("une chambre pour lui et moi pour la Saint-Valentin", 2),
        ("una habitación para ella y para mí del 3 al 5", 2),
        ("a room for him and me on the 14th", 2),
        ("ein Zimmer für ihn und mich vom 3. bis 5. Mai", 2),
        ("una camera per lei e me a Pasqua", 2),
        ("brauche heute nacht noch n zimmer für mich und meinen kumpel", 2),
        ("Reservierung für Herrn und Frau Stöckl, Doppelzimmer vom 23. bis 25. Oktober.", 2),
        ("I want to surprise my girlfriend - could you hold your best room for us?", 2),
        ("quiero sorprender a mi mujer, ¿tienen una habitación para nosotros el 14?", 2),
        # the writer alone said after "for me"
        ("Quisiera una habitación quince días desde el 2 de agosto, para mí solo.", 1),
        ("une chambre du 3 au 5 mai, pour moi seule", 1),
        ("una camera dal 3 al 5, per me sola", 1),
        # counts in chat shorthand and dialect
        ("oi eh a paloma tem quarto p 2 no dia 20?", 2),
        ("slt, je voudrais une chambre pr 2 du 2 au 5 avril svp", 2),
        ("tenete na stanza pe' dduje pe' stu weekend?", 2),
        ("gavé 'na camera par do persone da venerdì a domenica?", 2),
        ("Hüt znacht no es Zimmer frei für eini Person?", 1),
        ("disponibilità 10/09-13/09 x 2?", 2),
        ("On aimerait venir chez vous le premier week-end de juin, à trois.", 3),
        # in-laws in the writer's list, beside a count one room holds
        (
            "Seríamos mi mujer, mis suegros y yo, y además nuestros dos hijos de 10 y 13 años. Dos habitaciones: "
            "una doble para los abuelos y una familiar para nosotros cuatro.",
            4,
        ),
    ],
)
def test_the_adults_are_read(text: str, adults: int) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    "text",
    [
        "¿Podríamos dejar la habitación a las 2 en vez de a las 12? Pagamos lo que haga falta",
        "could we leave the room at 2 instead of 12?",
        "nous arrivons à trois heures",
        "c'est à trois minutes de la gare ?",
    ],
)
def test_clock_times_are_no_party(text: str) -> None:
    assert guests(text)[0] is None


def test_tonight_in_chat_is_no_count() -> None:
    assert guests("room for 2nite? just me")[0] == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Québec "pis" is "and": the count, then the child on top
        ("On voudrait réserver une chambre pour la fin de semaine, deux pis le bébé. Merci!", (2, 1)),
        ("Hola, una habitación del 3 al 5, dos y el peque", (2, 1)),
        ("room for the weekend pls, 2 and the baby", (2, 1)),
        # children's ages in brackets after the list
        ("Seríamos eu, o meu marido e os miúdos (3 e 8 anos).", (2, 2)),
        ("nous serons mon mari, moi et les gosses de 4 et 9 ans", (2, 2)),
        # a nephew or niece with an age under 18 is a child
        ("somos 2 adultos y mi sobrina de 7 años, del 3 al 5", (2, 1)),
    ],
)
def test_adults_and_children(text: str, expected: tuple[int, int]) -> None:
    assert guests(text)[:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hi, sadly we have to cancel our stay for the 22nd, our son has the flu. Booking no. 7781-22.",
        "Purtroppo dobbiamo annullare, il bambino sta male. Prenotazione 4471 229.",
        "tengo que cancelar mi reserva número 3391-B, mi hijo se ha puesto malo.",
        "dobbiamo rinunciare al soggiorno, nostro figlio si è rotto una gamba",
        "wir müssen stornieren, unser Sohn hat Grippe",
        "nous devons annuler, notre fille s'est cassé le bras",
    ],
)
def test_a_child_who_fell_ill_is_no_party(text: str) -> None:
    assert guests(text)[1] is None


@pytest.mark.parametrize(
    ("text", "rooms"),
    [
        ("Bjr, 1 ch. dbl du 3 au 6 nov. svp, 2 adultes", 1),
        ("2 ch doubles pour le 3 mai", 2),
    ],
)
def test_rooms_counted(text: str, rooms: int) -> None:
    assert guests(text)[2] == rooms


def test_a_couple_and_a_bed_emoji_are_one_room() -> None:
    found = party(fold(emoji_words("Oi!! 👫🛏️ dia 12 e 13 tem?")))
    assert (found.adults, found.rooms, found.one_room_named) == (2, None, True)


@pytest.mark.parametrize(
    "text",
    [
        "matrimoniale dal 3 al 6 ago disponibile?",
        "Could you put us down for Valentine's night? Double, booking under Okafor",
        "del 30 de diciembre al 2 de enero, ¿tienen doble libre?",
        "avete doppia libera il 20?",
    ],
)
def test_a_room_type_as_a_noun_is_one_room(text: str) -> None:
    assert party(fold(text)).one_room_named


@pytest.mark.parametrize(
    "text",
    [
        "Pouvez-vous me dire dans quelle chambre dort M. Fabrice Gaillard ?",
        "Can you tell me in which room Mr Smith is staying?",
        "Double-check my booking for the 3rd please",
        "hab. doble, 2 pax, del 14 al 16",
    ],
)
def test_no_second_room_read(text: str) -> None:
    found = party(fold(text))
    assert found.rooms is None
    assert found.one_room_named == text.startswith("hab.")


def test_two_named_saying_on_est() -> None:
    assert two_named("Salut ! On est Léa et Romain Giraud, on voudrait une chambre du 14 au 16 mai")


@pytest.mark.parametrize(
    "text",
    [
        "on va être quatre finalement au lieu de deux, y'aurait moyen de changer notre chambre pour une plus grande?",
        "can we change our room for a bigger one? booking 44120",
        "¿podemos cambiar nuestra habitación por una más grande? reserva 4471",
        "können wir unser Zimmer gegen ein größeres tauschen? Buchung 5512",
        "dá para trocar o nosso quarto por um maior? reserva 3390",
        "vorremmo cambiare la nostra camera con una più grande, prenotazione 4471",
    ],
)
def test_our_room_swapped_for_another_is_one_room(text: str) -> None:
    assert guests(text)[2] == 1


@pytest.mark.parametrize(
    "text",
    [
        "una habitación para mí y para él del 3 al 5",
        "quarto para o Sr. e a Sra. Costa, 3 a 5 de maio",
        "camera per il sig. e la sig.ra Rossi dal 3 al 5",
        "una habitación para el Sr. y la Sra. Pérez",
    ],
)
def test_the_writer_and_one_other_or_a_titled_couple_are_two(text: str) -> None:
    assert guests(text)[0] == 2


def test_for_me_and_a_day_is_no_second_person() -> None:
    assert guests("una habitación para mí y para el 20")[0] is None


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("ein Einzelzimmer für mich und ein Doppelzimmer für meine Kollegen Jan und Tom, 11.-13. Januar", 3),
        ("a single for me and a double for my two colleagues, 3-5 May", 3),
        ("una individual para mí y una doble para mis dos amigas", 3),
        ("una camera per me e una per i miei due colleghi", 3),
        ("a double for my wife and me and a twin for my two friends", 4),
    ],
)
def test_a_room_for_companions_counted_or_named_adds_them(text: str, adults: int) -> None:
    assert guests(text)[0] == adults


def test_a_room_for_friends_not_counted_says_no_count() -> None:
    assert guests("a room for me and one for my friends")[0] is None


@pytest.mark.parametrize(
    ("text", "rooms"),
    [
        ("1 chb double du 3 au 5", 1),
        ("2 chbres doubles du 3 au 5", 2),
        ("une chb pour 2 du 3 au 5", 1),
        ("2 rms 3-5 May", 2),
        ("una matrim. dal 3 al 5", 1),
        ("1 matrim. + 1 singola", 2),
    ],
)
def test_short_forms_of_rooms(text: str, rooms: int) -> None:
    assert guests(text)[2] == rooms


@pytest.mark.parametrize(
    "text",
    [
        "mi compañero de trabajo y yo necesitamos habitación del 3 al 5",
        "room for me plus one, 3-5 May",
        "yo + 1 del 3 al 5",
        "moi + 1 du 3 au 5",
        "ich mit meiner Freundin, 3.-5. Mai",
        "eu com a minha namorada, de 3 a 5 de maio",
        "eu mais a patroa, dia 20",
        "eu e o mozão, dia 20",
        "yo y otra persona del 3 al 5",
        "me and another person, 3-5 May",
        "ich und noch eine Person vom 3. bis 5. Mai",
        "io e un'altra persona dal 3 al 5",
        "eu e mais uma pessoa de 3 a 5",
        "moi et une autre personne du 3 au 5",
    ],
)
def test_the_writer_and_one_more(text: str) -> None:
    assert guests(text)[0] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("me + 1 child", (1, 1)),
        ("ich mit meiner Tochter (5)", (1, 1)),
        ("ich mit meiner Mutter und meinem Vater", (3, None)),
        ("yo + 1 noche", (None, None)),
    ],
)
def test_one_more_that_is_a_child_a_list_or_a_night(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert guests(text)[:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "réserver deux chambres du vendredi 5 novembre au dimanche 7 novembre : une double pour mon mari et moi, et une "
        "twin pour nos deux filles (16 et 12 ans)",
        "Necesitamos dos habitaciones del viernes 5 de noviembre al domingo 7 de noviembre: una doble y una triple",
    ],
)
def test_a_count_broken_down_after_a_colon_further_on_is_counted_once(text: str) -> None:
    assert guests(text)[2] == 2
