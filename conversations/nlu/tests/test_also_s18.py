"""The requests answered beside a message's own (`extras["also"]`): a pet coming along with the party asks for the
pets rule, and the parts of a message are read by their n-grams alone, so a name, an address or a remark is no
request of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

TODAY = dt.date(2026, 12, 6)


def _also(text: str) -> list[tuple[str, str | None]]:
    understood = understand(text, today=TODAY)
    return [(request["intent"], request["faq_topic"]) for request in understood.extras.get("also", [])]


@pytest.mark.parametrize(
    "text",
    [
        "hi, 2 of us + our dog, any rooms on the 14th and 15th of January?",
        "We'd like a double from 10 to 12 March, bringing our cat",
        "Hola! vamos tres personas adultas y un perro pequeño, ¿hay habitación del 5 al 7 de febrero?",
        "Quisiera reservar para 2 adultos y un perro del 6 al 8 de marzo, una doble.",
        "Boa tarde, somos duas pessoas e um cão, há quarto de 12 a 14 de fevereiro?",
        "Bonjour, nous sommes deux adultes et notre chien, auriez-vous une chambre du 18 au 20 février ?",
        "Hallo, wir möchten von Donnerstag bis Sonntag kommen, also 3 Nächte, 2 Erwachsene und unser Hund",
        "Ciao, siamo 2 adulti + un cane di 4 anni, c'è posto dal 5 al 7 marzo?",
    ],
)
def test_a_pet_coming_with_the_party_asks_for_the_pets_rule(text):
    understood = understand(text, today=TODAY)
    assert understood.intent in ("availability", "booking_create")
    assert ("faq", "pets") in _also(text)


@pytest.mark.parametrize(
    "text",
    [
        # a complaint about someone's dog is no pet of the guest's
        "The dog in the room next to ours barked all night, and with the dog the smell was awful",
        # the pets question is the message's own, not asked twice
        "¿Se admiten perros? Iríamos con nuestro perro",
        # a stay with no pet
        "A double from 10 to 12 March for 2 adults and a baby, please",
        # "hot dogs" at breakfast are no pet along
        "Do you serve hot dogs at breakfast?",
    ],
)
def test_no_pet_along_asks_nothing_of_pets(text):
    assert ("faq", "pets") not in _also(text)


@pytest.mark.parametrize(
    "text",
    [
        "my email is john@x.com, can you send the invoice?",
        "Olá, o meu email é rui.f.almeida@gmail.com e o telemóvel 912 345 678. A reserva é a HT-2027-118. Há berço?",
        "Why was I charged a resort fee nobody mentioned at booking? What exactly does it cover?",
        "Wir sind zu acht (fünf Erwachsene, drei Kinder), habt ihr vom 28. bis 31. Mai Platz?",
        "Queria reservar um quarto duplo de 4 a 6 de janeiro, quanto me fica?",
        "hey is there a room available tonight? flight got cancelled, just me",
    ],
)
def test_a_part_that_asks_nothing_adds_no_request(text):
    assert _also(text) == []


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Buongiorno, vorrei sapere se avete una camera per me e mia moglie dal 3 al 6 maggio, e se la colazione è "
            "compresa",
            "breakfast",
        ),
        (
            "I'd like to know if you have a double from 3 to 6 May for two, and whether breakfast is included",
            "breakfast",
        ),
        (
            "Quería saber si tenéis una doble del 3 al 6 de mayo para dos y si el parking es gratuito",
            "parking",
        ),
        ("oi queria ver se tem quarto pra mim e pro meu marido de sexta a domingo e se aceita pet", "pets"),
        (
            "Je voudrais savoir si vous avez une chambre du 3 au 6 mai pour deux et s'il y a un parking",
            "parking",
        ),
        (
            "Ich wollte fragen, ob Sie vom 3. bis 6. Mai ein Doppelzimmer haben und ob es einen Parkplatz gibt",
            "parking",
        ),
    ],
)
def test_a_second_question_asked_indirectly_beside_a_stay_is_answered_too(text, asked):
    understood = understand(text, today=TODAY)
    assert understood.intent in ("availability", "booking_create")
    assert ("faq", asked) in _also(text)


@pytest.mark.parametrize(
    "text",
    [
        "A double from 3 to 6 May for two, and if possible a quiet room",
        "Una doble del 3 al 6 de mayo para dos, y si no hay, una familiar",
    ],
)
def test_and_if_possible_is_no_question(text):
    assert [request for request in _also(text) if request[0] == "faq"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Bonsoir, une chambre pour 2 du vendredi 12 au dimanche 14 mars svp, on arrive vers 23h",
        "a double 3-5 May for two, arriving around 11pm",
        "¿Hay habitación del 3 al 5 de mayo para dos? Llegaremos sobre las 23:30",
        "Quero reservar um quarto duplo de 3 a 5 de maio. A gente chega umas 22h, tudo bem?",
        "Ein Doppelzimmer vom 3. bis 5. Mai, wir kommen gegen 22 Uhr an",
        "Buonasera, vorrei una doppia dal 3 al 5 maggio, arrivo verso le 22.",
    ],
)
def test_an_arrival_late_in_the_evening_asks_for_the_check_in_times(text):
    understood = understand(text, today=TODAY)
    assert understood.intent in ("availability", "booking_create")
    assert ("faq", "checkin_checkout_times") in _also(text)


@pytest.mark.parametrize(
    "text",
    [
        # told in a complaint, the late arrival is what went wrong
        "A equipa chegou às 22h e os quartos ainda não estavam prontos. Não é aceitável.",
        # a stay for 21 or 22 people, a day, no clock
        "Arriviamo il 22, una camera per 2 dal 22 al 24 maggio?",
    ],
)
def test_no_late_arrival_in_a_complaint_or_a_day(text):
    assert ("faq", "checkin_checkout_times") not in _also(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hallo, haben Sie ein Zimmer für zwei Erwachsene und ein Baby für Weihnachten? Wir brauchen ein Kinderbett.",
        "hi, a double from the 18th to the 21st of August, it's me, my partner and our 10-month-old, we'd need a cot",
        "Tem vaga pra hoje? Somos eu, minha esposa e nosso bebê, precisaríamos de um berço",
        "Somos 2 + 1 bebé de 8 meses, queremos reservar una doble con cuna del 5 al 8 de marzo",
        "il nous faudrait une chambre du 2 au 4 janvier avec un lit parapluie",
        "ci serve una matrimoniale con culla dal 19 al 21 marzo, siamo 2 adulti + 1 bimbo di 8 mesi",
    ],
)
def test_a_cot_needed_beside_the_stay_asks_about_the_cots(text):
    assert ("faq", "amenities") in _also(text)


def test_a_dog_named_by_its_breed_is_a_pet_along():
    assert ("faq", "pets") in _also(
        "Any rooms free this Saturday night? We'd be travelling with our two spaniels."
    )


def test_the_late_arrival_is_told_by_its_own_clause():
    understood = understand(
        "Bonsoir, une chambre pour 2 du vendredi 12 au dimanche 14 mars svp, on arrive vers 23h", today=TODAY
    )
    assert [request["text"] for request in understood.extras["also"]] == ["on arrive vers 23h"]


@pytest.mark.parametrize(
    "text",
    [
        "3 EZ bitte fuer 12.-13.10., Rechnung bitte auf Brandt Elektro GmbH",
        "Mi blocchi una singola per martedì prossimo, una notte, fattura a Tecnoplast srl. Grazie.",
        "We would like to reserve one single room from 4 to 7 October. Please invoice Northgate Travel Ltd directly.",
        "Necesito una habitación individual del lunes 6 al jueves 9 de septiembre. Factura a nombre de la empresa.",
    ],
)
def test_an_invoice_wanted_beside_the_stay_asks_how_the_hotel_invoices(text):
    assert ("faq", "payment_methods") in _also(text)


def test_a_charge_disputed_asks_nothing_of_invoices():
    assert ("faq", "payment_methods") not in _also("The invoice is wrong, you charged us twice for the room!")


def test_a_pet_said_with_two_words_before_it_is_along():
    assert ("faq", "pets") in _also(
        "Two adults and one very well-behaved spaniel. Please put us down for a double."
    )


def test_an_arrival_at_noon_is_no_late_arrival():
    assert ("faq", "checkin_checkout_times") not in _also("a double 12-14 March for 2, arriving at 12pm")
