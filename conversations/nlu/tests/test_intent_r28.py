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


# --- the terms of cancelling asked indirectly ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Buenas tardes, quería saber con cuánta antelación puedo anular mi reserva sin penalización. Reservé para junio.",
        "Good evening, I'd like to know how late I can cancel without a fee. We have booked for June.",
        "Gostaria de saber até quando posso desmarcar a reserva sem multa. Reservei para junho.",
        "Bonsoir, je voudrais savoir combien de temps avant je peux annuler sans payer. Nous avons réservé pour juin.",
        "Ich möchte wissen, wie kurzfristig wir die Buchung kostenfrei stornieren können. Wir haben für Juni gebucht.",
        "Buonasera, vorrei sapere fino a quando posso annullare senza spese. Abbiamo prenotato per giugno.",
    ],
)
def test_the_terms_of_cancelling_asked_indirectly_are_the_policy(text: str) -> None:
    read = _read(text)
    assert (read.intent, read.faq_topic) == ("faq", "cancellation_policy")


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


# --- a need for a room with what there is asked, one person asking one ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Buenos días, necesito una habitación para esta noche, solo yo. ¿Tiene algo?",
        "Hola, necesito una habitación para hoy, ¿tienes algo?",
        "Buongiorno, I need a room for tonight, only me. You have something?",
        "Hi, ich brauch a Zimmer für heut Nacht. Hast du was?",
        "Buongiorno, mi serve una camera per stanotte, solo io. Ha qualcosa?",
        "Ciao, mi serve una camera per stanotte. Hai qualcosa?",
    ],
)
def test_a_need_with_what_there_is_asked_is_availability(text: str) -> None:
    assert _read(text).intent == "availability"


# --- a wish for rooms beside a question about something in the hotel -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Quisiéramos dos habitaciones del 16 al 18 de octubre con desayuno y también saber si hay restaurante en el hotel",
        "We'd like two rooms from 16 to 18 October. Is there a restaurant in the hotel?",
        "on voudrait 2 chambres du 16 au 18 octobre et aussi est ce qu il y a un resto dans l hotel",
        "Vorremmo due camere dal 16 al 18 ottobre, avete un ristorante in hotel?",
    ],
)
def test_a_wish_for_rooms_beside_a_question_about_the_hotel_books(text: str) -> None:
    assert _read(text).intent == "booking_create"


# --- the booking a question is about, told beside it, is no new stay asked for ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "¿Hasta cuándo puedo cancelar sin pagar? Hemos reservado una doble para junio.",
        "How late can I cancel without paying? We booked a double room for June.",
        "Até quando posso cancelar sem pagar? Reservámos um quarto duplo para junho.",
        "Jusqu'à quand puis-je annuler sans frais ? Nous avons réservé une chambre double pour juin.",
        "Ist das Frühstück inklusive? Ich habe ein Einzelzimmer für Juni gebucht.",
        "Fino a quando posso disdire senza penale? Abbiamo prenotato due camere doppie per giugno.",
    ],
)
def test_a_booking_made_told_beside_a_question_lists_no_new_stay(text: str) -> None:
    read = _read(text)
    assert read.intent == "faq"
    assert [also["intent"] for also in read.extras.get("also", [])] == []


# --- a booked stay lengthened, the folded "reservé" read as "reserve" ---------------------------------------------


def test_a_stay_lengthened_after_the_folded_reserve_is_a_change() -> None:
    read = _read(
        "Reservé 2 noches a partir del sáb. 17 de oct. ¿Podríamos quedarnos también la noche del lunes?"
    )
    assert read.intent == "booking_modify"
