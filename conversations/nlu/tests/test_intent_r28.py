"""What the r28 writers' guests said that the intent, topic and language rules missed: a first name and where the writer
writes from after a comma or in two words ("aqui é a Sofi, de Buenos Aires"); the first of two questions taking the
topic when the second has no question word the rules knew or the two are asked indirectly; short English answers with
"pls"; the terms of cancelling asked indirectly; someone at reception asked to talk to in the polite past ("ich hätte
gern mit jemandem von der Rezeption gesprochen"); a wish for rooms beside a question about the hotel's restaurant; a
need with "you have something?"; a booked stay lengthened after the folded "reservé"; "perfetto, confermo!". New
sentences in six languages, none copied from the held-out sets (docs/INTERFACES.md "Understanding conventions")."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import Understanding, understand

TODAY = dt.date(2027, 3, 4)


def _read(text: str) -> Understanding:
    return understand(text, today=TODAY)


# --- a first name and where the writer writes from ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hola, soy Lucía, de Buenos Aires",
        "Hi! I'm Emma from New York 😊",
        "Oiii, aqui é a Bia, de Belo Horizonte 😊",
        "Salut ! Je suis Emma, de Lyon",
        "Hallo! Ich bin Emma aus Bad Ischl",
        "Ciao! Sono Emma, from London 😊",
    ],
)
def test_a_first_name_and_the_place_written_from_is_a_greeting(text: str) -> None:
    assert _read(text).intent == "greeting"


# --- two questions: the first one's topic -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Boa tarde, qual o horário do pequeno almoço? e até que horas é o checkout",
        "Wann gibt es Frühstück? und bis wann ist der Checkout",
    ],
)
def test_a_second_question_until_when_leaves_the_first_ones_topic(text: str) -> None:
    read = _read(text)
    assert (read.intent, read.faq_topic) == ("faq", "breakfast")


@pytest.mark.parametrize(
    "text",
    [
        "Quiero saber a qué distancia está el hotel del aeropuerto y si tienen servicio de traslado",
        "Good afternoon, I want to know how far is the hotel of the airport and if you have a service of transfer",
        "Gostaria de saber a que distância fica o hotel do aeroporto e se têm serviço de transfer",
        "Je voudrais savoir à quelle distance est l'hôtel de l'aéroport et si vous avez une navette",
        "Ich wollte wissen, wie weit das Hotel vom Flughafen ist und ob Sie einen Shuttle haben",
        "Vorrei sapere quanto dista l'hotel dall'aeroporto e se avete un servizio navetta",
    ],
)
def test_two_questions_asked_indirectly_take_the_first_ones_topic(text: str) -> None:
    read = _read(text)
    assert (read.intent, read.faq_topic) == ("faq", "location_directions")


# --- short English answers ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["yes pls", "yes plz", "ok pls", "ok tks"])
def test_a_short_english_answer_with_pls_is_english(text: str) -> None:
    assert _read(text).lang == "en"


# --- someone at the hotel asked to talk to, the wish in the polite past -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hola, me hubiera gustado hablar con alguien de recepción por lo de la factura",
        "Hello, I would have liked to talk to someone from reception regarding the invoice",
        "Olá, gostava de falar com alguém da receção por causa da fatura",
        "Bonjour, j'aurais voulu parler à quelqu'un de la réception au sujet de notre facture",
        "Guten Tag, ich hätte gern mit jemandem von der Rezeption gesprochen, wegen unserer Rechnung",
        "Griaß Eahna, i hätt gern mit wem von der Rezeption gredt wegen der Rechnung",
        "Buongiorno, avrei voluto parlare con qualcuno della reception per la fattura",
    ],
)
def test_someone_at_reception_asked_for_in_the_polite_past_is_a_handoff(text: str) -> None:
    read = _read(text)
    assert (read.intent, read.faq_topic) == ("handoff_request", None)


# --- a confirmation in the first person with no offer quoted ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Perfecto, lo confirmo",
        "Great, we confirm.",
        "perfeito, confirmo!",
        "oui oui je confirme",
        "Alles klar, wir bestätigen!",
        "Perfetto, confermiamo!",
    ],
)
def test_a_confirmation_in_the_first_person_books(text: str) -> None:
    assert _read(text).intent == "booking_create"


def test_a_confirmation_in_english_is_english() -> None:
    assert _read("perfect, I confirm!").lang == "en"
