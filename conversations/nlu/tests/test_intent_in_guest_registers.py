"""The intent of real guests' messages in six languages: slang, dialect, Latin-American Spanish, voice notes and
letters, where a booking said outright, a question, a complaint with a question, a booking already made, a sales
pitch and a slang yes/no are easily confused (the first set's `<lang>-r3bNN` lines score the rest)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.rules import names_a_room, out_of_scope, rule_intent
from conversations.nlu.stay_intent import booking_already_made, stay_intent
from conversations.nlu.text import fold

TODAY = dt.date(2027, 2, 3)
SURE_QUESTION = {"availability": 0.9, "booking_create": 0.05}
# The model unsure between a new stay and what a booking already made asks for.
UNSURE_CHANGE = {
    "booking_create": 0.35,
    "availability": 0.1,
    "booking_modify": 0.25,
    "booking_cancel": 0.05,
    "booking_status": 0.1,
    "faq": 0.1,
    "complaint": 0.05,
}
UNSURE_CANCEL = {**UNSURE_CHANGE, "booking_modify": 0.05, "booking_cancel": 0.3}


@pytest.mark.parametrize(
    "text",
    [
        "¿me apartan una matrimonial para el viernes? cuánto sale?",
        "resérvenme la suite del 2 al 4 porfa, aceptan tarjeta?",
        "aparten la familiar pa nosotros el finde, hay estacionamiento?",
        "sign me up for a twin on the 14th, how much is it?",
        "count us in for the family room next weekend, do you have parking?",
        "separa um quarto de casal pra sábado, quanto fica?",
        "me vê uma suíte pro feriado, aceita cartão?",
        "deixa reservado um quarto pra mim amanhã, tá? tem garagem?",
        "vous pourriez me caler une double samedi ? c'est combien ?",
        "vous pouvez nous mettre une chambre de côté pour le 12 ? il y a un parking ?",
        "Hiermit möchten wir für unsere Familie ein Zimmer vom 2. bis 4. Mai verbindlich reservieren. Was kostet das?",
        "Tragen Sie uns bitte für zwei Nächte ab Freitag ein, gibt's Parkplätze?",
        "könnt ihr mir für morgen ein Einzelzimmer klarmachen? was kostet das?",
        "wir sind zu zweit und möchten vom 2. bis 4. Mai ein Zimmer buchen, was kostet das?",
        "ci segnate una singola per venerdì? quanto viene?",
        "fermatemi una doppia per il 3 e il 4, quanto costa?",
    ],
)
def test_a_booking_said_in_slang_dialect_or_a_letter_wins_over_the_question_inside_it(text: str) -> None:
    assert stay_intent(fold(text), "availability", SURE_QUESTION) == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "che, ¿cuánto sale una doble el finde? todavía no reservo",
        "any twins free on the 14th? just checking prices",
        "vcs têm quarto livre no feriado? só pesquisando",
        "vous auriez une double de libre samedi ? c'est pour savoir le prix",
        "habt ihr am Samstag noch ein Doppelzimmer frei? was kostet das?",
        "avete una doppia libera sabato? quanto costa?",
        # "me vê o preço" asks the price, it books nothing
        "me vê o preço do quarto de casal pra sábado?",
    ],
)
def test_asking_whether_or_at_what_price_stays_a_question(text: str) -> None:
    assert stay_intent(fold(text), "availability", SURE_QUESTION) == "availability"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("¿me apartan una doble para el sábado? somos dos", "es"),
        ("Vamos mi hermana, yo y los dos chamacos, ¿tienen un cuarto del 10 al 12 de marzo?", "es"),
        ("sign us up for a double this saturday, just the two of us", "en"),
        ("separa um quarto de casal pra nós no sábado", "pt"),
        ("vous pouvez nous caler une double pour samedi ? on est deux", "fr"),
        (
            "Hiermit möchte ich für meinen Kollegen und mich zwei Einzelzimmer vom 3. bis 5. März buchen.",
            "de",
        ),
        ("ci segnate una doppia per sabato? siamo in due", "it"),
    ],
)
def test_a_room_asked_for_in_a_guests_words_is_a_stay(text: str, lang: str) -> None:
    result = understand(text, today=TODAY)
    assert result.intent in ("availability", "booking_create")
    assert result.lang == lang


@pytest.mark.parametrize(
    "text",
    [
        "Vamos mi hermana, yo y los dos chamacos, ¿tienen un cuarto del 10 al 12 de marzo?",
        "oigan, ¿tienen cuartos para el puente?",
    ],
)
def test_latin_american_cuarto_is_a_room(text: str) -> None:
    assert names_a_room(fold(text))
    assert understand(text, today=TODAY).intent == "availability"


@pytest.mark.parametrize(
    "text",
    [
        "La habitación huele a humo, es insoportable. ¿Tienen otra libre?",
        "The room smells of smoke, it's awful. Do you have another one free?",
        "O quarto está sujo e cheira mal. Têm outro livre?",
        "La chambre est sale et sent mauvais. Vous en avez une autre de libre ?",
        "Das Zimmer ist dreckig und stinkt. Haben Sie ein anderes frei?",
        "La camera è sporca e c'è puzza. Avete un'altra camera libera?",
    ],
)
def test_a_complaint_asking_for_another_room_is_a_complaint(text: str) -> None:
    result = understand(text, today=TODAY)
    assert result.intent == "complaint"
    assert result.rooms is None


@pytest.mark.parametrize(
    "text",
    [
        "tengo una reserva del 3 al 5 y quería pasarla al finde siguiente",
        "we booked the 3rd to the 5th, could it be the weekend after instead",
        "já reservei de 3 a 5, dá pra passar pro fim de semana seguinte",
        "on a déjà réservé du 3 au 5, ce serait possible le week-end d'après",
        "wir haben schon vom 3. bis 5. gebucht, ginge auch das Wochenende danach",
        "abbiamo già prenotato dal 3 al 5, si può fare il weekend dopo",
    ],
)
def test_a_booking_already_made_is_no_new_stay(text: str) -> None:
    assert booking_already_made(fold(text), UNSURE_CHANGE) == "booking_modify"


@pytest.mark.parametrize(
    "text",
    [
        "cancelen lo del 12 al 14, ya veremos otra fecha más adelante",
        "please cancel the 12th to the 14th, we'll look at other dates later",
        "cancela a do dia 12 ao 14, depois a gente vê outra data",
        "annulez celle du 12 au 14, on verra une autre date plus tard",
        "bitte die vom 12. bis 14. stornieren, wir schauen später nach einem anderen Termin",
        "annullate quella dal 12 al 14, vedremo un'altra data più avanti",
    ],
)
def test_a_cancellation_wins_over_a_vague_new_request(text: str) -> None:
    assert booking_already_made(fold(text), UNSURE_CANCEL) == "booking_cancel"


@pytest.mark.parametrize(
    ("text", "probabilities"),
    [
        # a wish to book said in the message keeps it a new stay
        ("I already have a booking in May but we'd like to book another room in June", UNSURE_CHANGE),
        ("tengo una reserva en mayo y quiero reservar otra habitación en junio", UNSURE_CHANGE),
        # a sure model keeps its reading
        ("tengo una reserva del 3 al 5", {**UNSURE_CHANGE, "booking_create": 0.7}),
        # nothing points at a booking already made
        ("una doble del 3 al 5", UNSURE_CHANGE),
        # "could we have a room" asks for one
        ("could we have a room from the 3rd to the 5th?", UNSURE_CHANGE),
    ],
)
def test_a_new_stay_stays_new(text: str, probabilities: dict[str, float]) -> None:
    assert booking_already_made(fold(text), probabilities) is None


@pytest.mark.parametrize(
    "text",
    [
        "Buenas, somos proveedores de blancos para hoteles, ¿les puedo enviar el catálogo?",
        "Hi, I'm a sales rep for a linen company and would love to present our products",
        "Bom dia, sou fornecedor de toalhas e gostaria de enviar o nosso catálogo",
        "Bonjour, je suis fournisseur de linge et j'aimerais vous présenter nos produits",
        "Guten Tag, ich bin Handelsvertreter und würde Ihnen gern unsere Produkte vorstellen",
        "Salve, siamo fornitori di cuscini per alberghi, possiamo inviarvi il listino?",
    ],
)
def test_a_sales_pitch_is_out_of_scope(text: str) -> None:
    assert out_of_scope(fold(text))
    assert understand(text, today=TODAY).intent == "other"


@pytest.mark.parametrize(
    "text",
    [
        "I'm a supplier visiting the trade fair, do you have a double from the 3rd to the 5th?",
        "¿me pueden enviar el catálogo de habitaciones?",
        "I'm a vendor at the market next week, do you have parking?",
    ],
)
def test_a_guest_who_sells_or_asks_for_a_brochure_is_no_sales_pitch(text: str) -> None:
    assert not out_of_scope(fold(text))


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("claro que sí", "affirm"),
        ("dale pues", "affirm"),
        ("yes yes", "affirm"),
        ("sure thing!", "affirm"),
        ("bora", "affirm"),
        ("fechado!", "affirm"),
        ("oui oui", "affirm"),
        ("carrément", "affirm"),
        ("jo passt", "affirm"),
        ("na klar!", "affirm"),
        ("va bene così", "affirm"),
        ("certo che sì", "affirm"),
        ("nel", "deny"),
        ("nope, thanks", "deny"),
        ("não, valeu", "deny"),
        ("pas la peine", "deny"),
        ("nee danke", "deny"),
        ("nee, danke!", "deny"),
        ("lascia stare", "deny"),
        ("no dai", "deny"),
    ],
)
def test_slang_yes_and_no(text: str, intent: str) -> None:
    assert rule_intent(fold(text)) == intent
    assert understand(text, today=TODAY).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "Servus, kenntat's ma a Doppelzimmer für Freitag reservieren?",
        "Wir sind zu dritt und hätten gern ein Familienzimmer vom 2. bis 4. Juni",
        "Reserva para Marta Quintela, quarto duplo, de 4 a 6 de junho",
        "Booking for Alan Reyes, a twin from the 4th to the 6th",
    ],
)
def test_a_booking_said_in_dialect_or_opening_with_its_name_is_a_booking(text: str) -> None:
    assert stay_intent(fold(text), "availability", SURE_QUESTION) == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        # the coast is no price, a place for the car is no free room
        "viajamos por la costa y necesitaríamos dos dobles el 4 y el 5 de junio. ¿Hay sitio para dejar el coche?",
        "siamo in giro lungo la costa, ci servirebbero due doppie il 4 giugno. C'è un posto dove lasciare la macchina?",
    ],
)
def test_a_need_beside_a_question_about_the_car_stays_a_booking(text: str) -> None:
    assert stay_intent(fold(text), "availability", SURE_QUESTION) == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "queria alterar a reserva KX2290 para 3 adultos",
        "Ich hätte gern eine Bestätigung für unsere Reservierung 55120 per Mail",
    ],
)
def test_a_booking_named_by_its_reference_is_one_already_made(text: str) -> None:
    unsure = {**UNSURE_CHANGE, "booking_status": 0.3, "booking_modify": 0.3}
    assert booking_already_made(fold(text), unsure) in ("booking_modify", "booking_status")
