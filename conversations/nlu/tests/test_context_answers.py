"""Short answers read in the context of the question just asked, names, and several requests in one message."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.answers import CHEAPEST, DEAREST, choice_answer, count_answer
from conversations.nlu.contacts import extract_guest_name, number_word_choice
from conversations.nlu.text import fold

TODAY = dt.date(2026, 11, 25)


def u(text: str, expecting: str | None = None, lang: str = "es"):
    return understand(text, today=TODAY, conversation_language=lang, expecting=expecting)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("dos", 2),
        ("tres", 3),
        ("una", 1),
        ("two", 2),
        ("deux", 2),
        ("zwei", 2),
        ("dois", 2),
        ("due", 2),
        ("3", 3),
        ("dos por favor", 2),
        ("dos noches", None),
        ("dos o tres", None),
        ("asdf", None),
        ("40", None),
    ],
)
def test_count_answer(text: str, count: int | None) -> None:
    assert count_answer(fold(text)) == count


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("dos", 2),
        ("tres", 3),
        ("una", 1),
        ("two", 2),
        ("deux", 2),
        ("zwei", 2),
        ("dois", 2),
        ("due", 2),
        ("a couple", 2),
        ("nous serons deux", 2),
        ("zu zweit", 2),
        ("mia moglie e io", 2),
        ("yo y mi mujer", 2),
        ("eu e a minha esposa", 2),
        ("ich und meine Frau", 2),
    ],
)
def test_bare_party_answers_when_asked_how_many(text: str, adults: int) -> None:
    result = u(text, "party")
    assert result.adults == adults
    assert result.intent == "other" and result.extras.get("stay_details_only")


@pytest.mark.parametrize("text", ["dos", "tres", "una", "two", "zwei", "due"])
def test_the_same_words_outside_the_question_invent_no_guests(text: str) -> None:
    result = u(text)
    assert (result.adults, result.children, result.rooms, result.nights) == (None, None, None, None)


def test_a_bare_big_number_asked_dates_and_people_is_no_party() -> None:
    assert u("20", "dates_and_party").adults is None
    assert u("20", "party").adults == 20
    assert u("dos", "dates_and_party").adults == 2


def test_nonsense_stays_not_understood_in_context() -> None:
    result = u("asdf qwer zxcv", "party")
    assert result.adults is None and result.intent == "other"


def test_a_bare_day_after_how_long_is_the_departure() -> None:
    result = u("el 23", "check_out")
    assert (result.check_in, result.check_out) == (None, dt.date(2026, 12, 23))
    assert u("tres", "check_out").nights == 3
    assert u("el 23").check_in == dt.date(2026, 12, 23)  # outside the question: the arrival


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("la más barata", CHEAPEST),
        ("the cheapest", CHEAPEST),
        ("a mais barata", CHEAPEST),
        ("la moins chère", CHEAPEST),
        ("die billigste", CHEAPEST),
        ("la più economica", CHEAPEST),
        ("the most expensive one", DEAREST),
        ("the second one", 2),
        ("la segunda", 2),
        ("the last one", -1),
        ("quiero reservar para el sábado por la tarde con vistas al mar", None),
    ],
)
def test_choice_answer(text: str, choice: int | str | None) -> None:
    assert choice_answer(fold(text)) == choice


def test_an_ordinal_that_is_also_a_weekday_is_a_choice_among_offers() -> None:
    assert u("a segunda", lang="pt").check_in is not None  # outside offers: Monday
    inside = u("a segunda", "choice", lang="pt")
    assert inside.check_in is None and inside.extras["choice"] == 2


def test_choice_in_context_is_no_complaint() -> None:
    outside = u("la más barata")
    inside = u("la más barata", "choice")
    assert inside.intent == "booking_create" and inside.extras["choice"] == CHEAPEST
    assert "choice" not in outside.extras


@pytest.mark.parametrize(
    ("text", "lang"), [("das günstigste", "de"), ("s günstigscht", "de"), ("the cheapest", "en")]
)
def test_the_cheapest_is_chosen_though_the_model_hears_an_unsure_yes(text: str, lang: str) -> None:
    inside = u(text, "choice", lang=lang)
    assert inside.intent == "booking_create" and inside.extras["choice"] == CHEAPEST


@pytest.mark.parametrize(
    ("text", "lang", "choice"),
    [
        ("dos", "es", 2),
        ("la dos", "es", 2),
        ("tres por favor", "es", 3),
        ("option two", "en", 2),
        ("a dois", "pt", 2),
        ("deux", "fr", 2),
        ("die zwei bitte", "de", 2),
        ("la due", "it", 2),
        ("uno", "it", 1),
    ],
)
def test_a_number_word_picks_that_offer(text: str, lang: str, choice: int) -> None:
    inside = u(text, "choice", lang=lang)
    assert inside.intent == "booking_create" and inside.extras["choice"] == choice
    assert "choice" not in u(text, lang=lang).extras


@pytest.mark.parametrize("text", ["the single", "a", "um", "dos noches", "zwei Personen", "una doble"])
def test_room_names_articles_and_counts_of_something_are_no_number_picked(text: str) -> None:
    assert number_word_choice(fold(text)) is None


@pytest.mark.parametrize("text", ["sí", "ja", "yes please"])
def test_a_plain_yes_among_the_offers_chooses_nothing(text: str) -> None:
    inside = u(text, "choice")
    assert inside.intent == "affirm" and "choice" not in inside.extras


@pytest.mark.parametrize(
    "name",
    [
        "María José Fernández de la Vega",
        "Seán O'Brien",
        "João dos Santos",
        "Jean-Luc de la Fontaine",
        "Anna von der Heide",
        "Luca D'Angelo",
        "Peter van Dijk",
    ],
)
def test_a_name_alone_when_asked_for_it(name: str) -> None:
    for expecting in ("name", "name_and_email"):
        result = u(name, expecting)
        assert result.guest_name == name
        assert result.intent == "booking_create"


def test_a_name_typed_in_lower_case_is_capitalised_but_particles_are_not() -> None:
    assert u("maría josé fernández de la vega", "name").guest_name == "María José Fernández de la Vega"


def test_a_name_and_email_when_asked_for_both() -> None:
    result = u("María José Fernández de la Vega, mjfv@example.es", "name_and_email")
    assert (result.guest_name, result.email) == ("María José Fernández de la Vega", "mjfv@example.es")


@pytest.mark.parametrize("text", ["no sé", "ok", "¿tenéis parking?", "gracias", "dos", "la primera"])
def test_other_short_answers_are_not_names(text: str) -> None:
    assert u(text, "name").guest_name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Me llamo María José Fernández de la Vega", "María José Fernández de la Vega"),
        ("soy Luca D'Angelo", "Luca D'Angelo"),
        ("a nombre de Carmen de la Rosa, gracias", "Carmen de la Rosa"),
        ("my name is Seán O'Brien", "Seán O'Brien"),
        ("in the name of Peter van Dijk please", "Peter van Dijk"),
        ("je m'appelle Jean-Luc de la Fontaine", "Jean-Luc de la Fontaine"),
        ("ich heiße Anna von der Heide", "Anna von der Heide"),
        ("mi chiamo Giulia Di Stefano", "Giulia Di Stefano"),
        ("o meu nome é João dos Santos", "João dos Santos"),
        ("Me llamo Ana y quiero reservar", "Ana"),
        ("Hola, una doble del 2 al 4 de mayo.\n\nSaludos,\nMaría José Fernández", "María José Fernández"),
        ("Dear Sir,\nI need a room.\nBest regards,\nJohn O'Neill\n+44 7700 900123", "John O'Neill"),
        ("Bonjour,\nune chambre svp.\nCordialement,\nJean Dupont", "Jean Dupont"),
        ("Guten Tag,\nein Zimmer bitte.\nMit freundlichen Grüßen\nHans-Peter Müller", "Hans-Peter Müller"),
        ("Buongiorno,\nuna camera.\nCordiali saluti\nGiulia Rossi", "Giulia Rossi"),
        ("Bom dia,\num quarto.\nAtenciosamente,\nJoão da Silva", "João da Silva"),
        ("Muchas gracias,\nPedro Sánchez Ruiz", "Pedro Sánchez Ruiz"),
        ("Un cordial saludo, Lucía Martín", "Lucía Martín"),
        ("Aquí Pedro Sánchez, quería reservar", "Pedro Sánchez"),
        ("Le escribe Javier de la Torre para reservar", "Javier de la Torre"),
        ("Hier ist Anna Schmidt, ich möchte buchen", "Anna Schmidt"),
        ("Nombre: Ana García", "Ana García"),
        ("Je m\u2019appelle Élodie Martin", "Élodie Martin"),
        ("Gracias Ana", None),  # may thank the receptionist: not the guest's name
        ("c'est possible ?", None),
        ("Saludos, quería saber el precio", None),
        ("Saludos,\nQuería saber si tenéis parking", None),
    ],
)
def test_names_from_introductions_and_signatures(text: str, name: str | None) -> None:
    assert extract_guest_name(text) == name


def test_several_requests_are_listed_besides_the_main_intent() -> None:
    result = u("Una doble del 20 al 22 de febrero para 2 adultos, y otra cosa: ¿se admiten perros?")
    assert result.check_in == dt.date(2027, 2, 20) and result.adults == 2
    assert [(r["intent"], r["faq_topic"]) for r in result.extras["also"]] == [("faq", "pets")]
    assert "perros" in result.extras["also"][0]["text"]
    complaint = u("La ducha no funciona y nadie viene a arreglarla. ¿A qué hora es el desayuno?")
    assert complaint.intent == "complaint"
    assert [(r["intent"], r["faq_topic"]) for r in complaint.extras["also"]] == [("faq", "breakfast")]
    cancel = u("Quiero cancelar mi reserva y reservar del 10 al 12 de abril para 2 personas")
    assert cancel.intent == "booking_cancel"
    (stay,) = cancel.extras["also"]
    assert (stay["intent"], stay["check_in"], stay["adults"]) == ("booking_create", dt.date(2027, 4, 10), 2)


def test_one_request_lists_nothing_else() -> None:
    assert "also" not in u("¿Tenéis habitación del 20 al 23 de marzo para 2 personas?").extras
    assert "also" not in u("¿A qué hora es el desayuno?").extras
    # A sentence that only tells the stay ("we'd arrive friday") asks nothing of the facts.
    assert "also" not in u("Do you have a room next weekend for me and my husband? we'd arrive friday").extras


@pytest.mark.parametrize(
    ("text", "lang"),
    [("y si nos queremos quedar hasta las 3?", "es"), ("possiamo restare fino alle 14?", "it")],
)
def test_staying_until_an_hour_is_a_question_about_check_out_times(text: str, lang: str) -> None:
    asked = u(text, lang=lang)
    assert (asked.intent, asked.faq_topic) == ("faq", "checkin_checkout_times")


@pytest.mark.parametrize(("text", "expecting"), [("Javier", "name"), ("Ruiz", "last_name")])
def test_a_name_typed_alone_is_no_unsure_yes(text: str, expecting: str) -> None:
    assert u(text, expecting).intent != "affirm"


@pytest.mark.parametrize(
    ("text", "intent"), [("vale", "affirm"), ("claro", "affirm"), ("sí", "affirm"), ("ya veremos", "affirm")]
)
def test_a_yes_asked_for_a_name_stays_a_yes(text: str, intent: str) -> None:
    understood = u(text, "name_and_email")
    assert understood.intent == intent and understood.guest_name is None
