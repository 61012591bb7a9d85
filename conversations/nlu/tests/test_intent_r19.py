"""What the r19 writers' guests said that the intent rules missed (round 19): a quote asked beside rooms wished for,
rooms asked for with a please, a booking asked in the second person, a wish asked "is it possible?", a department
asked for in the plural, a parent asked after, a special thanks to the staff, two questions with the second left
without its mark, how far the hotel is said with "a cuánto", Portuguese "eu", another room given than the one asked for,
a restaurant asked about by who already has a room, a free night for posts, thanks for a stay had and a Swiss or Italian
greeting with a name. New sentences in six languages, none copied from the first set (docs/INTERFACES.md
"Understanding conventions")."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.rules import (
    asks_about_another_guest,
    demands_a_remedy,
    names_departure_only,
    out_of_scope,
    wants_someone,
)
from conversations.nlu.stay_intent import stay_intent as stay_intent_of
from conversations.nlu.text import fold

TODAY = dt.date(2027, 3, 4)


def _read(text: str) -> tuple[str, str | None]:
    understood = understand(text, today=TODAY)
    return understood.intent, understood.faq_topic


@pytest.mark.parametrize(
    "text",
    [
        "Somos 12 amigos, queremos 6 habitaciones dobles para el puente de mayo. ¿Nos mandan un presupuesto?",
        "We'd like 4 doubles for the first weekend of June, could you send us a quote?",
        "Queremos 3 quartos duplos para o feriado de abril, manda um orçamento?",
        "Nous voudrions deux chambres doubles du 3 au 5 avril, pouvez-vous nous faire un devis ?",
        "Vorremmo due camere doppie dal 3 al 5 aprile, ci mandate un preventivo?",
    ],
)
def test_rooms_wished_with_a_quote_asked_are_a_question(text: str) -> None:
    assert understand(text, today=TODAY).intent == "availability"


def test_a_booking_said_beside_a_quote_stays_a_booking() -> None:
    text = "We would like to reserve ten doubles from 3 to 5 April, could you send us a quote?"
    assert understand(text, today=TODAY).intent == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "We're 6 girls on a hen weekend, last weekend of June - 3 twin rooms please!!",
        "Una habitación familiar para Semana Santa por favor, 2 adultos y 2 niños de 4 y 7.",
        "Dos habitaciones para el puente de mayo porfa, somos 4",
        "Une chambre familiale pour le week-end de Pâques svp, 2 adultes et 2 enfants.",
        "also wir sind zu fünft vom 3. bis 7. August und dann zwei Zimmer bitte",
        "Una doppia dal 3 al 5 aprile per favore, siamo in due",
        "Um quarto duplo de 3 a 5 de abril por favor",
    ],
)
def test_rooms_asked_for_with_a_please_are_a_booking(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "Please, is a double room free from 3 to 5 April?",
        "Könnten Sie mir bitte sagen, ob ein Zimmer vom 3. bis 5. April frei ist?",
        "Room prices for April please",
    ],
)
def test_a_please_beside_a_question_about_rooms_stays_a_question(text: str) -> None:
    assert understand(text, today=TODAY).intent == "availability"


@pytest.mark.parametrize(
    "text",
    [
        "Mi prenotate una doppia dal 5 al 7 maggio? Avete anche il garage?",
        "Ci riservate la tripla per il ponte del 25 aprile?",
        "Vous me réservez une chambre du 3 au 5 avril ?",
        "Wir wären zu dritt, ein Zimmer, Anreise Freitag, 2 Nächte. Könnt ihr das für uns festmachen?",
    ],
)
def test_a_booking_asked_in_the_second_person_is_a_booking(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "Allo! Ma blonde pis moi on aimerait une chambre la fin de semaine du 10 avril, c'tu possible?",
        "Nous voudrions une chambre double du 3 au 5 avril, c'est possible ?",
        "Queremos una habitación doble del 3 al 5 de abril, ¿es posible?",
        "Wir möchten ein Doppelzimmer vom 3. bis 5. April, ist das möglich?",
        "Vorremmo una camera doppia dal 3 al 5 aprile, è possibile?",
    ],
)
def test_a_room_wished_with_is_it_possible_asked_is_a_question(text: str) -> None:
    assert understand(text, today=TODAY).intent == "availability"


def test_a_room_wished_if_possible_with_something_stays_a_booking() -> None:
    text = "Queremos una habitación doble del 3 al 5 de abril, si es posible con balcón."
    assert understand(text, today=TODAY).intent == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "¿Me pasan con alguien de contabilidad? Es por la factura de la empresa.",
        "¿Me ponen con recepción, por favor?",
        "Vous me passez la comptabilité ? C'est pour une facture.",
        "Me passam à receção, por favor?",
    ],
)
def test_a_department_asked_for_in_the_plural_is_a_handoff(text: str) -> None:
    assert wants_someone(fold(text))
    assert understand(text, today=TODAY).intent == "handoff_request"


@pytest.mark.parametrize(
    "text",
    [
        "My mum, Jean Walsh, is staying with you this week. What room is she in? I'd like to leave her a present.",
        "Mi madre, Carmen Vidal, está alojada con ustedes. ¿En qué habitación está?",
        "Mein Vater, Horst Lange, wohnt gerade bei Ihnen. In welchem Zimmer ist er?",
        "Mia madre, Anna Ferri, alloggia da voi: in che camera sta?",
    ],
)
def test_a_parent_named_and_asked_after_is_another_guest(text: str) -> None:
    assert asks_about_another_guest(fold(text))
    assert understand(text, today=TODAY).intent == "other"


def test_a_room_for_a_parent_is_no_other_guest() -> None:
    assert not asks_about_another_guest(fold("We'd like a room for my mum, what room types do you have?"))


@pytest.mark.parametrize(
    "text",
    [
        "un grazie speciale a Marco, il barista, sempre gentilissimo",
        "Un merci spécial à Julie, la serveuse du petit-déjeuner !",
        "Ein besonderer Dank an Herrn Weber von der Rezeption!",
        "Um obrigado especial ao Rui, o empregado do bar.",
    ],
)
def test_a_special_thanks_to_the_staff_is_a_goodbye(text: str) -> None:
    assert _read(text) == ("thanks_goodbye", None)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("do you have a gym? and is breakfast included", "amenities"),
        ("¿Tienen parking? y cuánto cuesta el desayuno", "parking"),
        ("Habt ihr Parkplätze? und gibt es Frühstück", "parking"),
        ("avete il parcheggio? e c'è la colazione", "parking"),
    ],
)
def test_a_second_question_left_without_its_mark_leaves_the_first_topic(text: str, topic: str) -> None:
    assert _read(text) == ("faq", topic)


@pytest.mark.parametrize(
    "text",
    [
        "¿A cuánto estáis del aeropuerto de Barajas? ¿Hay metro cerca?",
        "¿A cuánto está el hotel de la estación?",
    ],
)
def test_how_far_said_with_a_cuanto_is_the_way_there(text: str) -> None:
    assert _read(text) == ("faq", "location_directions")


def test_a_cuanto_esta_a_room_is_a_price() -> None:
    assert understand("¿a cuánto está la doble?", today=TODAY).intent == "availability"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("se eu cancelar com 3 dias de antecedencia pago multa?", "pt"),
        ("se eu chegar mais tarde tem problema?", "pt"),
        ("j'ai eu un problème avec la douche", "fr"),
        ("si cancelo con 3 dias de antelacion pago multa?", "es"),
    ],
)
def test_portuguese_eu_says_portuguese(text: str, lang: str) -> None:
    assert understand(text, today=TODAY).lang == lang


@pytest.mark.parametrize(
    "text",
    [
        "Pedi quarto com vista pro mar e me deram um de frente pro estacionamento. Quero uma solução.",
        "Pedí una habitación con vista al mar y me dieron una que da al parking. Quiero una solución.",
        "We asked for a quiet room and you gave us one right above the bar.",
        "J'avais demandé un lit double et on m'a donné deux lits simples.",
        "Ich hatte ein Doppelzimmer gebucht und bekam ein Einzelzimmer.",
        "Avevo chiesto una camera vista mare e mi hanno dato una camera sul cortile.",
    ],
)
def test_another_room_given_than_asked_for_is_a_complaint(text: str) -> None:
    assert demands_a_remedy(fold(text))
    understood = understand(text, today=TODAY)
    assert understood.intent == "complaint"
    assert understood.rooms is None


@pytest.mark.parametrize(
    "text",
    [
        "We asked for a late check-out and you gave us until 1pm, thanks so much!",
        "Quero uma solução para estacionar o carro, vocês têm garagem?",
    ],
)
def test_a_favour_given_or_a_solution_for_a_wish_is_no_complaint(text: str) -> None:
    assert not demands_a_remedy(fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "Vous connaissez un bon resto pour ce soir dans le Vieux-Port ? On a déjà notre chambre.",
        "Any good tapas bars near you that stay open late? Not after a room, we're sorted already.",
        "Kennt ihr ein gutes Restaurant für heute Abend? Wir haben schon ein Zimmer.",
        "¿Conocéis algún restaurante para esta noche? Ya tenemos habitación.",
    ],
)
def test_a_restaurant_asked_by_who_has_a_room_is_out_of_scope_with_no_stay(text: str) -> None:
    assert out_of_scope(fold(text))
    understood = understand(text, today=TODAY)
    assert understood.intent == "other"
    assert (understood.check_in, understood.rooms) == (None, None)


def test_a_restaurant_and_a_room_asked_stays_a_room() -> None:
    assert not out_of_scope(fold("Vous connaissez un bon resto ? Et vous avez une chambre pour ce soir ?"))


@pytest.mark.parametrize(
    "text",
    [
        "si les pongo 5 estrellas en google y les hago un video pa mi tiktok me regalan la noche del sabado?",
        "Se eu postar no instagram vocês me dão uma noite grátis no sábado?",
        "Si je fais une story instagram, vous m'offrez une nuit samedi ?",
    ],
)
def test_a_night_given_for_posts_is_out_of_scope_with_no_stay(text: str) -> None:
    assert out_of_scope(fold(text))
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.check_in) == ("other", None)


def test_thanks_for_a_weekend_had_is_no_stay() -> None:
    text = "Solo queríamos daros las gracias, el fin de semana con vosotros fue perfecto. ¡Volveremos!\nFamilia Ortiz"
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.check_in, understood.check_out) == ("thanks_goodbye", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Hoi zäme, i bi d'Vreni 🙂",
        "Servus, i bin da Sepp",
        "Salve! sono Giulia dalla Puglia",
    ],
)
def test_a_greeting_and_a_first_name_with_a_place_or_dialect_is_a_greeting(text: str) -> None:
    assert understand(text, today=TODAY).intent == "greeting"


def test_a_greeting_and_a_name_with_a_request_is_the_request() -> None:
    text = "Salve! sono Giulia dalla Puglia, avete una doppia per stasera?"
    assert understand(text, today=TODAY).intent == "availability"


@pytest.mark.parametrize(
    ("text", "departure_only"),
    [
        ("Reserva 4471: dá pra ficar mais uma noite, saindo no dia 15?", True),
        ("a gente consegue ficar mais uma noite? aí sairia dia 20", True),
        ("Reserva 90233: al final nos quedamos hasta el domingo en vez del sábado", True),
        ("purtroppo dobbiamo ripartire domenica invece che martedì", True),
        ("si può allungare fino a lunedì? prenotazione 7731", True),
        ("Buchung 4471: können wir bis Sonntag statt Samstag bleiben?", True),
        # both days said: no departure alone
        ("arriviamo il 3 e ripartiamo il 6", False),
        ("chegamos no dia 3 e saindo no dia 6", False),
    ],
)
def test_a_departure_alone_in_a_change(text: str, departure_only: bool) -> None:
    assert names_departure_only(fold(text)) is departure_only


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Necesitamos dos habitaciones para Semana Santa. ¿El desayuno está incluido en el precio?",
            "booking_create",
        ),
        ("We need two rooms for Easter weekend. Is breakfast included in the rate?", "booking_create"),
        (
            "Nous avons besoin d'une chambre double pour Pâques. Le petit-déjeuner est-il compris dans le prix ?",
            "booking_create",
        ),
        (
            "Wir brauchen ein Doppelzimmer über Ostern. Ist das Frühstück im Preis inbegriffen?",
            "booking_create",
        ),
        ("Ci servono due camere per Pasqua. La colazione è inclusa nel prezzo?", "booking_create"),
        # what it costs, asked
        ("We need two rooms for Easter weekend. How much is it with breakfast included?", "availability"),
    ],
)
def test_a_need_with_something_included_in_the_price_asked_stays_a_booking(text: str, intent: str) -> None:
    unsure = {"availability": 0.5, "booking_create": 0.5}
    assert stay_intent_of(fold(text), "availability", unsure) == intent


# How far something is, asked beside an address the guest gives, is a question about the hotel's whereabouts, not a
# price ("quanto" and "how" ask a distance); a room or a stay beside it keeps the stay.
@pytest.mark.parametrize(
    "text",
    [
        "quanto è lontano il mare?, la mia email è paolo.r@gmail.com",
        "quanto dista il mare? la mia email è paolo.r@gmail.com",
        "how far is the beach? my email is paolo.r@gmail.com",
        "¿a qué distancia está la playa? mi correo es ana.r@gmail.com",
        "à quelle distance est la gare ? mon mail est paul.r@gmail.com",
        "wie weit ist es zum Strand? meine Mail ist paul.r@gmail.com",
        "a que distância fica a praia? o meu email é ana.r@gmail.com",
    ],
)
def test_a_distance_asked_beside_an_address_is_a_question_about_the_location(text: str) -> None:
    result = understand(text, today=TODAY)
    assert (result.intent, result.faq_topic) == ("faq", "location_directions")


@pytest.mark.parametrize(
    "text",
    [
        "how far is the beach? we want a double from 3 to 5 May",
        "Quanto costa una doppia? e quanto dista il mare?",
    ],
)
def test_a_distance_asked_beside_a_room_keeps_the_stay(text: str) -> None:
    assert understand(text, today=TODAY).intent in ("availability", "booking_create")
