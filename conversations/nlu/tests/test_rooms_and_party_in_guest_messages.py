"""Rooms and party as real guests write them, in six languages (docs/INTERFACES.md "Guests and rooms").

`rooms` is 1 when exactly one room is meant, however the guest puts it: after any verb, with adjectives between the
article and the room ("una bonita habitación", "ein günstiges Einzelzimmer"), as a diminutive ("un cuartito") or as a
room type used as a noun ("un monolocale", "ne Ferienwohnung"), and in a request for a stay also a room noun without an
article ("habitación doble del 8 al 10 de mayo?"; see test_one_room_meant.py). It stays null for plural questions and
for the room in a question about it or a complaint. The party is counted in words
inside sentences ("seremos tres", "wir kommen zu dritt", "mi mujer, mi madre y yo").
"""

from __future__ import annotations

import pytest

from conversations.nlu import understand
from conversations.nlu.tests.support import WEDNESDAY


def _stay(text: str) -> tuple[int | None, int | None, int | None]:
    found = understand(text, today=WEDNESDAY)
    return found.adults, found.children, found.rooms


@pytest.mark.parametrize(
    "text",
    [
        # a room after all kinds of verbs and prepositions
        "me gustaría un cuarto del 4 al 7 de abril",
        "busco una habitación para el viernes",
        "queria reservar um quarto duplo de 10 a 13 de maio",
        "precisamos de uma suíte para sábado",
        "ich hätte gern ein Doppelzimmer vom 12. bis 15. Mai",
        "wir bräuchten ein Familienzimmer für Freitag",
        "vorremmo prenotare una camera matrimoniale dal 6 al 9 maggio",
        "je voudrais réserver une chambre double du 8 au 11 avril",
        "I'd like to book a double room from 14 to 17 April",
        # adjectives between the article and the room
        "quisiera una bonita habitación con vistas al mar",
        "una sola habitación para los cuatro",
        "gostaria de uma boa suíte com vista para o mar",
        "um só quarto para amanhã",
        "je cherche un petit studio pour une semaine",
        "nous aimerions une jolie chambre calme",
        "une seule chambre pour nous deux",
        "haben Sie noch ein ruhiges Zimmer für Freitag?",
        "ich suche ein günstiges Einzelzimmer ab dem 14. Mai",
        "gibt es am Samstag noch ein freies Zimmer?",
        "vorrei una bella camera silenziosa",
        "looking for a nice quiet room for 2 nights",
        "could we have a sea view double from 3 to 5 May?",
        # diminutives and room types as nouns
        "holaa necesito un cuartito pa mañana, somos 3",
        "tienen una pieza para esta noche?",
        "estoy buscando un depa para 4",
        "tem um quartinho livre hoje?",
        "uma acomodação para 2 pessoas",
        "il nous faudrait un appartement pour six personnes",
        "un appart pour 4 ce week-end",
        "habt ihr ne Ferienwohnung fürs WE?",
        "eine Ferienwohnung für vier Leute",
        "vorrei prenotare un monolocale per una settimana",
        "cerco una cameretta economica per stanotte",
        "avete una stanza per stasera?",
        "do you have a twin on 3rd May?",
        "une double pour ce soir",
        "una doppia per sabato",
        "a flat for 4 from 3 to 6 June",
        "um chalé para 6 pessoas",
        "Ich bitte um die Reservierung eines Doppelzimmers vom 3. bis 5. Mai",
        "könnt ihr uns a Zimmerl für Samstag reservieren?",
        # a room noun alone, in a request for a stay (the count is implied: see test_one_room_meant.py)
        "habitación doble del 8 al 10 de mayo?",
        "quarto triplo de 3 a 5 de junho?",
        "chambre double dispo du 5 au 7 juillet ?",
        "Doppelzimmer vom 7. bis 9. Oktober frei?",
        "Camera doppia dal 2 al 4 maggio?",
        "double room 5-7 April?",
        # emoji: the date's last number is no count of the rooms after it
        "📅 20-22/4 🛏️ x1 👫 hay?",
        "📅 8-10/5 🛏️ x1, c'è posto?",
    ],
)
def test_one_room_meant(text: str) -> None:
    assert _stay(text)[2] == 1


@pytest.mark.parametrize(
    ("text", "rooms"),
    [
        ("kiero reservar 2 abitaciones pa el 15 d agosto", 2),
        ("vorremmo due stanze dal 5 al 7 giugno", 2),
        ("Somos dos parejas y querríamos dos dobles del 9 al 12 de abril", 2),
    ],
)
def test_rooms_counted(text: str, rooms: int) -> None:
    assert _stay(text)[2] == rooms


@pytest.mark.parametrize(
    "text",
    [
        # plural questions
        "¿hay habitaciones libres o está todo completo?",
        "Vocês têm quartos disponíveis em julho?",
        "Haben Sie noch freie Zimmer im Juli?",
        "Avete camere libere a fine giugno?",
        "Avez-vous des chambres libres du 20 au 22 avril ?",
        "What rooms do you have for 3 adults on 19-21 April?",
        # the room in a question about it or a complaint
        "¿La habitación tiene caja fuerte?",
        "does the room have a balcony?",
        "O quarto tem frigobar e secador de cabelo?",
        "Est-ce que la chambre a une baignoire ?",
        "Hat das Zimmer einen Balkon?",
        "La camera ha il frigobar?",
        "Das Zimmer ist total laut, man hört die Straße die ganze Nacht",
        "does a double have a balcony?",
        "¿una doble tiene bañera?",
        # "room service" and "a flat rate" are no room
        "can I get room service tonight?",
        "is there a flat rate for parking?",
    ],
)
def test_no_room_count(text: str) -> None:
    assert _stay(text)[2] is None


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        # counts said in words
        ("Hola, seremos tres, ¿tienen habitación del 2 al 5 de abril?", 3, None),
        ("Nous serons deux, auriez-vous une chambre libre le samedi 13 juin ?", 2, None),
        ("siamo in quattro, due adulti e due bambini", 2, 2),
        ("Hallo, wir kommen zu dritt und suchen ein Zimmer", 3, None),
        ("oi, vcs tem um quarto pra sexta? vamos em 3", 3, None),
        ("separa um quarto pra nós 3 do dia 5 ao 8 de maio", 3, None),
        ("per noi quattro una camera", 4, None),
        ("für uns drei ein Zimmer", 3, None),
        ("Moi, mon mari et nos trois enfants", 2, 3),  # "nos" is "our" here
        # Brazilian, without the article or a comma (found as a guest in make chat)
        ("queria saber se vcs tem quarto pro carnaval, somos eu meu marido e nossa filha de 5 anos", 2, 1),
        ("vamos eu minha esposa e 2 filhos", 2, 2),
        # the party of a booking growing
        ("ciao, ho una prenotazione 4412, posso aggiungere una persona? diventiamo 3", 3, None),
        ("on sera finalement 3", 3, None),
        ("seremos finalmente 4 en la reserva 5521", 4, None),
        # friends and relatives counted
        ("estamos pensando en ir tres amigas a pasar el finde", 3, None),
        ("mis dos amigas y yo", 3, None),
        ("a room for me and my two colleagues", 3, None),
        ("viajo con mis dos hermanas", 3, None),
        ("ich und meine zwei Kollegen", 3, None),
        ("moi et mes deux collègues", 3, None),
        ("eu e os meus dois colegas", 3, None),
        ("io e i miei due colleghi", 3, None),
        # adults listed with the writer last
        ("my wife, my mother and I", 3, None),
        ("mi mujer, mi madre y yo", 3, None),
        ("ma femme, ma mère et moi", 3, None),
        ("meine Frau, meine Mutter und ich", 3, None),
        ("mia moglie, mia madre e io", 3, None),
        ("a minha mulher, a minha mãe e eu", 3, None),
        # the writer coming with several adults, or planning with someone
        ("I'm coming with my husband, my mum and my dad", 4, None),
        ("vengo con mi marido, mi madre y mi padre", 4, None),
        ("je viens avec mon mari, ma mère et mon père", 4, None),
        ("ich komme mit meinem Mann, meiner Mutter und meinem Vater", 4, None),
        ("vengo con mio marito, mia madre e mio padre", 4, None),
        ("vou com o meu marido, a minha mãe e o meu pai", 4, None),
        ("ich plane mit meiner Frau und unseren beiden Kindern (4 und 7) einen Urlaub", 2, 2),
        # the writer with the children and another adult named after them
        ("viajo con mis hijos y mi esposa", 2, None),
        ("I'm travelling with my kids and my husband", 2, None),
        ("je viens avec mes enfants et mon mari", 2, None),
        ("ich komme mit meinen Kindern und meinem Mann", 2, None),
        ("vengo con i miei figli e mio marito", 2, None),
        ("vou com os meus filhos e o meu marido", 2, None),
        ("yo con mis dos hijos y mi madre", 2, 2),
        # couples and the writer with someone
        ("any chance of a twin for the 22nd? me n my bro", 2, None),
        ("Vamos a ir mi señora, yo y los dos chamacos", 2, 2),
        ("es Doppelzimmer, für mi und mini Frau", 2, None),
        ("Gibt's bei euch ein Studio für ein Paar vom 1. bis 3. August?", 2, None),
        ("je viendrai avec ma sœur", 2, None),
        ("It'll be the two of us plus our baby", 2, 1),
        ("the four of us, two kids", 2, 2),
        # one guest
        ("Olá! Um quarto para mim e para o meu filho de 10 anos", 1, 1),
        ("habt ihr vom 20.-22.05. ein Zimmer für mich?", 1, None),
        ("una habitación para mí", 1, None),
        ("tem um quarto pra mim?", 1, None),
        ("Reservem-me um individual para amanhã, por favor", 1, None),
        ("Prenoto una doppia uso singola per domani", 1, None),
        ("a double for single occupancy, 3 nights", 1, None),
    ],
)
def test_party_in_guest_messages(text: str, adults: int | None, children: int | None) -> None:
    found = _stay(text)
    assert (found[0], found[1]) == (adults, children)


@pytest.mark.parametrize(
    "text",
    [
        "una habitación para mí y mi esposa",
        "ein Zimmer für mich und meine Frau",
        "a room for me, my wife and our son",
    ],
)
def test_room_for_me_and_someone_is_no_guest_alone(text: str) -> None:
    assert _stay(text)[0] == 2


@pytest.mark.parametrize(
    "text",
    [
        "give us 5 minutes please",
        "a room for my two colleagues",  # the writer may not be staying
        "Llevamos dos horas esperando que limpien la habitación",
        "ein paar Tage im Mai",
    ],
)
def test_no_party_invented(text: str) -> None:
    assert _stay(text)[0] is None


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a bed is no room
        ("a room with 2 double beds for 4 people", (4, None, 1)),
        ("do you have rooms with a double bed?", (None, None, None)),
        # rooms compared are no count; the one wanted instead of another counts alone
        ("what is the price of a single vs a double?", (None, None, None)),
        ("is a double cheaper than a twin?", (None, None, None)),
        ("una doble en vez de una triple", (None, None, 1)),
        # a day of a date after "for" is no party
        ("I booked a double with you for 12 May", (None, None, 1)),
        ("a room for 15th May", (None, None, 1)),
        ("une chambre pour 3 juin", (None, None, 1)),
        ("a room for 2 on 5 June", (2, None, 1)),
    ],
)
def test_no_count_invented(text: str, party: tuple[int | None, int | None, int | None]) -> None:
    assert _stay(text) == party


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        # booking sites' short forms
        ("2 ad, 1 ch, 3-5 June", 2, 1),
        ("Request: 3 ad / 0 ch, July 1-4", 3, 0),
        ("2A+2C from 8 to 10 August, any family room?", 2, 2),
        # the writer and a partner, friend or fiancé
        ("I'll be travelling with my wife from 3 to 6 June, is there a double?", 2, None),
        ("we need a room from 9 to 11 June, I will be coming with my boyfriend", 2, None),
        ("une chambre pour ce week-end, moi et un pote", 2, None),
        ("eu e a minha noiva queremos um quarto de 3 a 5 de junho", 2, None),
        ("ich komme mit meiner Verlobten, vom 3. bis 5. Juni", 2, None),
        ("queria um quarto pra mim e pro meu namorado de 3 a 5 de junho", 2, None),
        # a room for a couple ("quarto de casal" is a double room, not a couple)
        ("tem quarto para casal de 3 a 5 de junho?", 2, None),
        ("quero o quarto de casal de 3 a 5 de junho", None, None),
        # everyone going, counted
        ("queremos ir las tres del 3 al 5 de junio", 3, None),
        ("vamos os cinco de 3 a 5 de junho, há vaga?", 5, None),
        # two people named as the party: signing, in brackets, after a colon
        (
            "Wir möchten vom 3. bis 5. Juni ein Doppelzimmer buchen.\nViele Grüße\nLena und Jonas Weber",
            2,
            None,
        ),
        ("Could we book a double from 3 to 5 June?\nBest regards,\nSam & Alex Porter", 2, None),
        ("Confirmo: Inés y Pablo Ruiz, llegada el 3 de junio, salida el 5", 2, None),
    ],
)
def test_two_or_more_people_stated_as_guests_state_them(
    text: str, adults: int | None, children: int | None
) -> None:
    found = _stay(text)
    assert (found[0], found[1]) == (adults, children)


@pytest.mark.parametrize(
    "text",
    [
        "¿La Doble y Familiar tienen balcón?",  # room names written with capitals are no couple
        "2 ch. du 3 au 5 juin",  # French "ch." is a room, not a child
        "a las dos del 3 de junio llegamos",  # two o'clock
        "we need the double for 3 to 5 June\nThanks, Reception",
    ],
)
def test_no_party_read_from_names_or_short_forms_that_are_not_people(text: str) -> None:
    found = _stay(text)
    assert (found[0], found[1]) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # two introducing themselves
        "Hola, somos Elena y Javier, ¿tenéis una doble del 3 al 5 de junio?",
        "Hey, this is Maya and Josh, any chance of a room 3-5 June?",
        "Bom dia, aqui é o Rui e a Marta, têm quarto de 3 a 5 de junho?",
        "Bonsoir, c'est Léa et Tom, vous avez une chambre du 3 au 5 juin ?",
        "Hi, hier sind der Jan und die Ida, habt ihr vom 3. bis 5. Juni ein Zimmer?",
        "Salve, siamo Chiara e Paolo, c'è una doppia dal 3 al 5 giugno?",
        # a married couple by its surname
        "Reserva a nombre de los señores Pardo, del 3 al 5 de junio",
        "Bitte ein Zimmer für die Eheleute Vogt vom 3. bis 5. Juni",
        # a form's count of guests followed by its own noun
        "Guests: 2 adults\nArrival: 3 June\nDeparture: 5 June",
    ],
)
def test_two_named_or_counted_people_are_two_adults(text: str) -> None:
    assert _stay(text)[0] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Hi, this is Emma and I'd like a room from 3 to 5 June",  # one writer
        "it's Friday and Saturday we need, a double please",  # weekdays, not people
    ],
)
def test_one_writer_or_days_named_are_no_couple(text: str) -> None:
    assert _stay(text)[0] is None


def test_a_forms_adults_and_children_fields_are_both_read() -> None:
    assert _stay("Adulti: 2\nBambini: 1\nArrivo: 3 giugno\nPartenza: 5 giugno")[:2] == (2, 1)


@pytest.mark.parametrize(
    "text", ["Ana y Luis García", "Somos Ana y Luis", "Tom & Ellie Porter, tom@example.com"]
)
def test_two_names_with_no_stay_asked_for_are_no_party(text: str) -> None:
    # The answer to "your name?": a booking for four in two rooms must not shrink to two.
    assert _stay(text)[0] is None


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        # the writer named, then the partner
        ("Buenas, soy Marisa y mi marido Toni, ¿hay una doble del 3 al 5 de junio?", 2, None),
        ("sou o Hugo e a minha mulher Rita, queremos um quarto de 3 a 5 de junho", 2, None),
        # regional forms
        ("On serait trois, avez-vous une chambre du 3 au 5 juin ?", 3, None),
        ("on est deux pis la petite de 2 ans, une chambre du 3 au 5 juin svp", 2, 1),
        ("Grüessech, hend Sie es Zimmer für ois zwei vom 3. bis 5. Juni?", 2, None),
        ("i bräucht a Zimmer vom 3. bis 5. Juni, nur für mi", 1, None),
        ("wir sind nur zu dritt statt zu viert, habt ihr vom 3. bis 5. Juni ein Zimmer?", 3, None),
        # nights are no party
        ("Grüezi, es Zimmer für drei Nächt ab em 3. Juni", None, None),
        ("posso ficar mais? seriam 3 noites", None, None),
    ],
)
def test_the_party_in_regional_and_mixed_phrasings(
    text: str, adults: int | None, children: int | None
) -> None:
    found = _stay(text)
    assert (found[0], found[1]) == (adults, children)
