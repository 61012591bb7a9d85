"""Party and rooms in the r26 guest messages (a booking's rooms cut down, someone of the family who comes by but
sleeps elsewhere, relatives named around a counted party, rooms listed with whom each is for): see docs/INTERFACES.md
"Understanding conventions"."""

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
        ("We've got four rooms booked for the 8th to the 10th. Could we go from 4 rooms to 2?", 2),
        ("Tenemos reservadas cinco habitaciones, ¿podemos pasar de 5 habitaciones a 4?", 4),
        ("Nous avons réservé quatre chambres pour le mariage, on voudrait passer de 4 chambres à 3.", 3),
        ("Wir haben fünf Zimmer gebucht. Können wir von 5 Zimmern auf 4 reduzieren?", 4),
        ("Abbiamo prenotato tre camere per agosto: si può passare da 3 camere a 2?", 2),
        ("Temos uma reserva de quatro quartos, dá para passar de 4 quartos para 3?", 3),
        ("Reservamos cuatro habitaciones para el puente, pero al final con tres nos basta.", 3),
        ("We booked three rooms for Easter, but with two we'll manage: with two is enough.", 2),
        ("Abbiamo prenotato quattro camere, ma alla fine con due ci basta.", 2),
        ("Reservámos três quartos para a festa, mas afinal com dois chega.", 2),
    ],
)
def test_the_rooms_a_booking_goes_down_to_are_the_count(text: str, rooms: int) -> None:
    adults, _, found = guests(text)
    assert (adults, found) == (None, rooms)


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        (
            "una doble del 3 al 5 de mayo para mi marido y yo y nuestra nieta de 6 años y mi hijo viene a cenar pero "
            "no se queda",
            2,
            1,
        ),
        (
            "a double from 3 to 5 May for my wife and me and our granddaughter who's 6 and our son will pop in for "
            "dinner but won't be staying",
            2,
            1,
        ),
        (
            "une double du 3 au 5 mai pour mon mari et moi et notre petite-fille de 6 ans et ma fille passera dîner "
            "mais ne dort pas ici",
            2,
            1,
        ),
        (
            "Ein Doppelzimmer vom 3. bis 5. Mai für meine Frau und mich. Meine Schwiegereltern kommen zum Essen, "
            "bleiben aber nicht.",
            2,
            None,
        ),
        (
            "Una matrimoniale dal 3 al 5 maggio per me e mio marito. Nostra figlia abita vicino, verrà a cena ma "
            "dormirà a casa sua.",
            2,
            None,
        ),
        (
            "queria um quarto do dia 3 ao 5 somos eu o meu marido e a nossa neta de oito anos e o meu filho vem "
            "só almoçar mas não fica",
            2,
            1,
        ),
    ],
)
def test_someone_of_the_family_who_sleeps_elsewhere_is_no_guest(
    text: str, adults: int, children: int | None
) -> None:
    found_adults, found_children, _ = guests(text)
    assert (found_adults, found_children) == (adults, children)


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        (
            "Ein Einzelzimmer für meine Mutter (84) und ein Doppelzimmer für meinen Mann und mich, 2.-4. Mai.",
            3,
        ),
        ("A single for my dad (81) and a double for my wife and me, 2-4 May.", 3),
        (
            "Una individual para mi padre (83 años) y una doble para mi mujer y para mí, del 2 al 4 de mayo.",
            3,
        ),
        ("Une simple pour ma mère (86 ans) et une double pour mon mari et moi, du 2 au 4 mai.", 3),
        ("Una singola per mio padre (85) e una matrimoniale per me e mia moglie, dal 2 al 4 maggio.", 3),
        ("Um individual para a minha mãe (82) e um duplo para mim e o meu marido, de 2 a 4 de maio.", 3),
        ("Zwei Doppelzimmer vom 2. bis 4. Mai, eins für Jonas und mich, eins für seine Eltern.", 4),
    ],
)
def test_rooms_listed_count_a_grown_up_with_an_age_and_one_named_with_the_writer(
    text: str, adults: int
) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        (
            "Meine Mutter sitzt im Rollstuhl. Ich möchte mit ihr und ihrer Pflegerin vom 3. bis 6. Juni kommen.",
            3,
        ),
        ("My mother uses a wheelchair. I'd like to come with her and her carer from 3 to 6 June.", 3),
        ("Mi madre va en silla de ruedas. Quiero ir con ella y su cuidadora del 3 al 6 de junio.", 3),
        ("Ma mère est en fauteuil. Je voudrais venir avec elle et son aide-soignante du 3 au 6 juin.", 3),
        ("Mia madre è in carrozzina. Vorrei venire con lei e la sua badante dal 3 al 6 giugno.", 3),
        ("A minha mãe anda de cadeira de rodas. Quero ir com ela e a cuidadora dela de 3 a 6 de junho.", 3),
        ("I would like to book a twin for my father, Mr Alan Pike, and his carer from 3 to 6 June.", 2),
        ("Quisiera reservar una doble para mi padre, D. Alberto Ruiz, y su cuidador del 3 al 6 de junio.", 2),
    ],
)
def test_someone_and_their_own_carer_come_with_the_writer_or_alone(text: str, adults: int) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    "text",
    [
        "A mi marido y a mí nos encantaría venir en julio con mis suegros.",
        "We'd love to come for Easter - my wife and I plus her parents.",
        "Mon mari et moi aimerions venir en juillet avec ses parents.",
        "Meinem Mann und mir würde es gefallen, im Juli mit seinen Eltern zu kommen.",
        "A me e a mio marito piacerebbe venire a luglio con i suoi genitori.",
        "Eu e o meu marido gostaríamos de ir em julho com os pais dele.",
    ],
)
def test_a_couple_and_the_partners_parents_are_four(text: str) -> None:
    assert guests(text)[0] == 4


@pytest.mark.parametrize(
    "text",
    [
        "Hold a room for me and my nan please, Sat 21 and Sun 22 Nov.",
        "Una habitación para mi yaya y para mí el 3 de mayo.",
        "Une chambre pour ma mémé et moi le 3 mai.",
        "Ein Zimmer für mich und meine Omi am 3. Mai.",
        "Una camera per me e la mia nonnina il 3 maggio.",
        "Um quarto para mim e a minha vovó dia 3 de maio.",
    ],
)
def test_a_grandparent_said_familiarly_is_a_companion(text: str) -> None:
    assert guests(text)[0] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Dürfen Kinder allein in den Pool? Unser Sohn ist 5.",
        "Darf mein Sohn allein in den Pool?",
        "Can my son go to the pool by himself? He is 12.",
        "Mi hijo de 15 años viaja solo, ¿necesita una autorización?",
        "Mon fils de 12 ans peut-il aller tout seul à la piscine ?",
        "Mio figlio di 12 anni può andare da solo in piscina?",
        "O meu filho de 12 anos pode ir sozinho à piscina?",
    ],
)
def test_a_child_alone_is_no_lone_grown_up(text: str) -> None:
    assert guests(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Hallo, ich bin alleinerziehend und würde gern mit meinen Zwillingen (3) vom 26. bis 28. Februar kommen.",
        "Hi, I'm a single mum and would love to come with my two kids (4 and 6) from 3 to 5 May.",
        "Hola, soy madre soltera y quería ir con mis dos hijos de 4 y 6 años del 3 al 5 de mayo.",
        "Bonjour, je suis maman solo et je voudrais venir avec mes deux enfants (4 et 6 ans) du 3 au 5 mai.",
        "Buongiorno, sono una mamma single e vorrei venire con i miei due bambini di 4 e 6 anni dal 3 al 5 maggio.",
        "Olá, sou mãe solteira e queria ir com os meus dois filhos de 4 e 6 anos de 3 a 5 de maio.",
    ],
)
def test_a_single_parent_said_so_is_one_grown_up(text: str) -> None:
    assert guests(text)[:2] == (1, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Pourriez-vous nous faire une offre pour un séminaire ? 14 collaborateurs, chambres individuelles, du 6 au 8.",
        "Offsite from 6 to 8 October: 14 employees.",
        "Para un seminario del 6 al 8 de octubre: 14 empleados, habitaciones individuales.",
        "Tagung vom 6. bis 8. Oktober: 14 Mitarbeiter.",
        "Seminario dal 6 all'8 ottobre: 14 dipendenti, camere singole.",
        "Seminário de 6 a 8 de outubro: 14 funcionários, quartos individuais.",
    ],
)
def test_a_firms_people_counted_bare_are_grown_ups(text: str) -> None:
    assert guests(text)[0] == 14


@pytest.mark.parametrize(
    "text",
    [
        "For the christening we need three rooms: one for us (2 adults + 1 child), one for the godfather and the "
        "godmother, and one for my dad.",
        "Para el bautizo necesitamos tres habitaciones: una para nosotros (2 adultos + 1 niño), una para el padrino y "
        "la madrina, y una para mi padre.",
        "Pour le baptême il nous faut trois chambres : une pour nous (2 adultes + 1 enfant), une pour le parrain et la "
        "marraine, et une pour mon père.",
        "Zur Taufe brauchen wir drei Zimmer: eins für uns (2 Erwachsene + 1 Kind), eins für den Taufpaten und die "
        "Taufpatin und eins für meinen Vater.",
        "Per il battesimo ci servono tre camere: una per noi (2 adulti + 1 bambino), una per il padrino e la madrina e "
        "una per mio padre.",
        "Para o batizado precisamos de três quartos: um para nós (2 adultos + 1 criança), um para o padrinho e a "
        "madrinha e um para o meu pai.",
    ],
)
def test_godparents_given_a_room_are_two_grown_ups(text: str) -> None:
    assert guests(text) == (5, 1, 3)


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        (
            "Mon frère est en fauteuil. Nous viendrions à trois, lui, son aide-soignante et moi, du 5 au 8 juin.",
            3,
        ),
        ("Nous partirions à quatre, avec ma sœur et son mari, du 5 au 8 juin.", 4),
    ],
)
def test_french_a_trois_in_the_conditional_is_the_party(text: str, adults: int) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    ("text", "children"),
    [
        (
            "tenemos reservada la familiar somos mi marido yo y los tres críos pero al final se viene mi madre así que "
            "seríamos tres adultos y tres niños",
            3,
        ),
        (
            "we booked the family room for me my husband and our two kids but my mum is coming too so we'd be three "
            "adults and two kids",
            2,
        ),
        (
            "on a réservé la familiale pour mon mari moi et nos deux enfants mais ma mère vient aussi donc on serait "
            "trois adultes et deux enfants",
            2,
        ),
        (
            "wir haben das Familienzimmer für meinen Mann mich und unsere zwei Kinder gebucht aber meine Mutter kommt "
            "mit also wären wir drei Erwachsene und zwei Kinder",
            2,
        ),
        (
            "abbiamo prenotato la familiare per mio marito me e i nostri due bambini ma viene anche mia madre quindi "
            "saremmo tre adulti e due bambini",
            2,
        ),
    ],
)
def test_the_party_said_again_after_so_we_would_be_is_counted_once(text: str, children: int) -> None:
    assert guests(text)[:2] == (3, children)


@pytest.mark.parametrize(
    "text",
    [
        "Tenemos la reserva 4410 para el 22 y 23 de abril, somos dos, pero nos olvidamos de poner al bebé.",
        "Booking 4410 for 22-23 April, we're two, but we forgot to add the baby. Is that ok?",
        "Réservation 4410 du 22 au 23 avril, nous sommes deux, mais on a oublié d'ajouter le bébé.",
        "Buchung 4410 vom 22. bis 23. April, wir sind zwei, aber wir haben vergessen, das Baby einzutragen.",
        "Prenotazione 4410 dal 22 al 23 aprile, siamo in due, ma abbiamo dimenticato di aggiungere il bambino.",
        "Reserva 4410 de 22 a 23 de abril, somos dois, mas esquecemos de colocar o bebê.",
    ],
)
def test_a_child_added_to_a_booking_is_on_top_of_its_count(text: str) -> None:
    assert guests(text)[:2] == (2, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Hallo, wir planen ein Familientreffen, so etwa 25 Personen mit Kindern und Großeltern, Anfang Juni.",
        "Habt ihr im August eine Woche was frei für zwei Familien?",
        "We're planning a family reunion, about 25 people with kids and grandparents, early June.",
        "Organizamos una reunión familiar, unas 25 personas con niños y abuelos, a principios de junio.",
        "Nous organisons une fête de famille, environ 25 personnes avec les enfants et les grands-parents.",
        "Organizziamo una rimpatriata, circa 25 persone con bambini e nonni, a inizio giugno.",
        "Estamos a organizar um encontro de família, umas 25 pessoas com crianças e avós, no início de junho.",
    ],
)
def test_a_rough_count_or_families_counted_leave_the_grown_ups_unsaid(text: str) -> None:
    assert guests(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to treat my mum and dad to two nights from Friday 19 March in a sea-view double.",
        "Quiero regalar a mis padres dos noches en una doble del 3 al 5 de mayo.",
        "Je voudrais offrir à mes parents deux nuits dans une chambre double du 3 au 5 mai.",
        "Ich möchte meinen Eltern zwei Nächte im Doppelzimmer vom 3. bis 5. Mai schenken.",
        "Vorrei regalare ai miei genitori due notti in una matrimoniale dal 3 al 5 maggio.",
        "Queria oferecer aos meus pais duas noites num quarto duplo de 3 a 5 de maio.",
    ],
)
def test_a_stay_given_to_the_parents_is_the_two_of_them(text: str) -> None:
    assert guests(text)[0] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, nous avions réservé une chambre du 2 au 4 mai. Finalement ma sœur vient aussi. Pouvez-vous ajouter "
        "un lit ?",
        "Abbiamo prenotato una camera per il 9-11 luglio. Si aggiunge nostro nipote di 10 anni.",
        "We booked a double for 2-4 May. My sister wants to join us, could you add a bed?",
        "Reservamos una habitación del 2 al 4 de mayo. Al final se apunta mi hermana, ¿podéis añadir una cama?",
        "mir ham bei eich vom 11. bis 13. september a zimmer reserviert aber mir kumman erst am samstag",
        "Grüezi, mir händ bi Ihne vom Friitig bis Sunntig es Zimmer reserviert. Chönnted mir na bis am Mäntig bliibe?",
        "ich hab bei Ihnen ein Zimmer für diesen Donnerstag und ich müsst das auf nächste Woche verschieben",
        "we've got the room booked for friday and saturday night but we're gonna stay sunday too",
        "we've got a double for this weekend but can we move it to the weekend after next?",
        "Reservei um quarto de 2 a 4 de maio. A minha irmã vem também, podem colocar uma cama?",
    ],
)
def test_the_room_a_booking_has_is_no_count_when_it_is_changed(text: str) -> None:
    assert guests(text)[2] is None


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        ("alright! me n the missus plus the nipper (3) fancy a night away sat", 2, 1),
        ("on vient le 3 juin, ma femme et moi et le môme (4 ans)", 2, 1),
        ("wir kommen am 3. Juni, meine Frau, ich und der Knirps (4)", 2, 1),
        ("veniamo il 3 giugno io, mia moglie e il marmocchio (4 anni)", 2, 1),
    ],
)
def test_a_child_said_familiarly_is_a_child(text: str, adults: int, children: int) -> None:
    assert guests(text)[:2] == (adults, children)


@pytest.mark.parametrize(
    "text",
    [
        "Pour la réservation 6301, on n'a plus besoin que de deux chambres : deux personnes se sont désistées.",
        "Pour la réservation 6301, une seule chambre : notre amie s'est désistée.",
    ],
)
def test_women_who_dropped_out_are_no_party(text: str) -> None:
    assert guests(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Vorremmo affittare un bilocale per una settimana dal 6 settembre, siamo in 3 con un bimbo di un anno.",
        "We'd like an apartment for a week from 6 September, we're 3 with a baby of 8 months.",
        "Queremos un apartamento una semana desde el 6 de septiembre, somos 3 con un niño de 2 años.",
        "Nous voudrions un studio pour une semaine à partir du 6 septembre, nous serons 3 avec un bébé de 6 mois.",
        "Wir möchten eine Ferienwohnung ab 6. September für eine Woche, wir sind 3 mit einem Kind von 2 Jahren.",
        "Queríamos um apartamento por uma semana a partir de 6 de setembro, somos 3 com um bebé de 8 meses.",
    ],
)
def test_a_child_with_its_age_after_with_is_among_a_count_of_three(text: str) -> None:
    assert guests(text)[:2] == (2, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Servus! Bitte um Reservierung: DZ + EZ, 7.-9. Jänner, für mich, meinen Freund und seine Mama. Danke!",
        "Booking please: double + single, 7-9 January, for me, my boyfriend and his mum.",
        "Reserva por favor: doble + individual, del 7 al 9 de enero, para mí, mi novio y su madre.",
        "Réservation svp : double + simple, du 7 au 9 janvier, pour moi, mon copain et sa mère.",
        "Prenotazione: doppia + singola, dal 7 al 9 gennaio, per me, il mio ragazzo e sua mamma.",
        "Reserva: duplo + individual, de 7 a 9 de janeiro, para mim, o meu namorado e a mãe dele.",
    ],
)
def test_room_kinds_joined_by_a_plus_are_one_room_each(text: str) -> None:
    assert guests(text) == (3, None, 2)


@pytest.mark.parametrize(
    ("text", "party_and_rooms"),
    [
        (
            "My husband and I would love the family to join us. What would three rooms cost for 11-13 June - a double "
            "for us, one for our son, his wife and their baby, and one for our daughter and her partner?",
            (6, 1, 3),
        ),
        (
            "Mi marido y yo queremos celebrarlo con la familia. ¿Cuánto costarían tres habitaciones del 11 al 13 de "
            "junio - una doble para nosotros, una para nuestro hijo, su mujer y su bebé, y una para nuestra hija y su "
            "novio?",
            (6, 1, 3),
        ),
        (
            "Con la presente chiedo tre camere dal 14 al 21 settembre: una matrimoniale per i miei genitori (papà è in "
            "sedia a rotelle), una singola per la badante e una singola per me, possibilmente sullo stesso piano.",
            (4, None, 3),
        ),
        (
            "Je vous demande trois chambres du 14 au 21 septembre : une double pour mes parents, une simple pour "
            "l'aide-soignante et une simple pour moi, si possible au même étage.",
            (4, None, 3),
        ),
    ],
)
def test_rooms_listed_add_up_their_people(text: str, party_and_rooms: tuple[int, int | None, int]) -> None:
    assert guests(text) == party_and_rooms


@pytest.mark.parametrize(
    "text",
    [
        "on voudrait venir à la Pentecôte avec mon mari et ma maman qui a quatre-vingt-sept ans voilà",
        "We'd like to come at Whitsun with my husband and my mum, two rooms please.",
        "Queremos ir en Pentecostés con mi marido y mi madre, dos habitaciones.",
        "Wir möchten an Pfingsten mit meinem Mann und meiner Mutter kommen, zwei Zimmer bitte.",
        "Vorremmo venire a Pentecoste con mio marito e mia madre, due camere.",
        "Gostaríamos de ir no Pentecostes com o meu marido e a minha mãe, dois quartos.",
    ],
)
def test_we_wishing_to_come_with_two_adults_are_three(text: str) -> None:
    assert guests(text)[0] == 3


@pytest.mark.parametrize(
    "text",
    [
        "Wir würden gern über Ostern kommen: zwei Erwachsene, zwei Kinder (4 und 9) sowie Oma und Opa.",
        "For Easter: 2 adults, 2 kids (4 and 9) plus grandma and grandpa.",
        "Para Semana Santa: dos adultos, dos niños (4 y 9) y además los abuelos.",
        "Pour Pâques : 2 adultes, 2 enfants (4 et 9 ans) ainsi que les grands-parents.",
        "Per Pasqua: 2 adulti, 2 bambini (4 e 9 anni) e in più i nonni.",
        "Para a Páscoa: 2 adultos, 2 crianças (4 e 9 anos) e ainda os avós.",
    ],
)
def test_grandparents_added_after_the_adults_counted_are_two_more(text: str) -> None:
    assert guests(text)[:2] == (4, 2)


@pytest.mark.parametrize(
    "text",
    [
        "¿Sería posible una habitación triple para mi hija, mi nieto de 10 años y yo del 22 al 25 de junio?",
        "Could we have a triple for my daughter, my grandson (10) and me from 22 to 25 June?",
        "Une triple pour ma fille, mon petit-fils de 10 ans et moi du 22 au 25 juin, c'est possible ?",
        "Ein Dreibettzimmer für meine Tochter, meinen Enkel (10) und mich vom 22. bis 25. Juni?",
        "Una tripla per mia figlia, mio nipote di 10 anni e me dal 22 al 25 giugno?",
        "Um triplo para a minha filha, o meu neto de 10 anos e para mim de 22 a 25 de junho?",
    ],
)
def test_a_son_or_daughter_beside_a_grandchild_is_grown(text: str) -> None:
    assert guests(text) == (2, 1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Queríamos una doble y una individual para el 30 y el 31: mi marido y yo en la doble y mi madre en la "
        "individual.",
        "We'd like a double and a single for 30-31 December: my husband and I in the double and my mother in the single.",
        "Nous voudrions une double et une simple pour le 30 et le 31 : mon mari et moi dans la double et ma mère dans "
        "la simple.",
        "Wir hätten gern ein Doppelzimmer und ein Einzelzimmer für den 30. und 31. Dezember: mein Mann und ich im "
        "Doppelzimmer und meine Mutter im Einzelzimmer.",
        "Vorremmo una matrimoniale e una singola per il 30 e 31: io e mio marito nella matrimoniale e mia madre nella "
        "singola.",
        "Queríamos um duplo e um individual para 30 e 31 de dezembro: eu e o meu marido no duplo e a minha mãe no "
        "individual.",
    ],
)
def test_the_party_listed_with_the_room_each_sleeps_in_adds_up(text: str) -> None:
    assert guests(text) == (3, None, 2)


@pytest.mark.parametrize(
    "text",
    [
        "¡Queremos celebrar el cumple de nuestra hija! Del 3 al 5: mi marido, yo, la cumpleañera (8 años) y su "
        "hermanito.",
        "We'd love to celebrate our daughter's birthday, 3-5 May: my husband, me, the birthday girl (8) and her little "
        "brother.",
        "On aimerait fêter l'anniversaire de notre fille du 3 au 5 mai : mon mari, moi, notre fille (8 ans) et son "
        "petit frère.",
        "Wir möchten den Geburtstag unserer Tochter feiern, 3.-5. Mai: mein Mann, ich, das Geburtstagskind (8) und "
        "ihr kleiner Bruder.",
        "Vorremmo festeggiare il compleanno di nostra figlia dal 3 al 5 maggio: mio marito, io, la festeggiata (8 "
        "anni) e il suo fratellino.",
        "Queremos celebrar o aniversário da nossa filha de 3 a 5 de maio: eu, o meu marido, a aniversariante (8 "
        "anos) e o irmãozinho dela.",
    ],
)
def test_the_birthday_child_and_a_little_sibling_are_two_children(text: str) -> None:
    assert guests(text)[:2] == (2, 2)


def test_swiss_min_maa_is_the_writers_husband() -> None:
    text = "Chönd Sie mir für de 4. und 5. Dezämber es Doppelzimmer für mi und min Maa reserviere?"
    assert guests(text)[0] == 2
