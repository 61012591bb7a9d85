"""Guests' answers read in the context of the question just asked, names, and several requests in one
message, through the signed WhatsApp webhook (real engine, fake QloApps, fake Graph API)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.engine.replies import Phrasebook
from conversations.engine.tests.whatsapp_guest import phone_numbers
from conversations.engine.types import HandoffReason
from conversations.models import ConversationState
from reservations.models import Quote, QuoteLine

pytestmark = pytest.mark.django_db

MARCH_20, MARCH_23 = dt.date(2027, 3, 20), dt.date(2027, 3, 23)
# A room from 20 to 23 March, guests not said: the agent asks how many people.
ASK_WITHOUT_GUESTS = {
    "es": "¿Tenéis habitación del 20 al 23 de marzo?",
    "en": "Do you have a room from March 20 to 23?",
    "pt": "Têm quarto de 20 a 23 de março?",
    "fr": "Avez-vous une chambre du 20 au 23 mars ?",
    "de": "Haben Sie ein Zimmer vom 20. bis 23. März?",
    "it": "Avete una camera dal 20 al 23 marzo?",
}
ASK_FOR_TWO = {
    "es": "¿Tenéis habitación del 20 al 23 de marzo para 2 personas?",
    "en": "Do you have a room from March 20 to 23 for 2 adults?",
    "pt": "Têm quarto de 20 a 23 de março para 2 pessoas?",
    "fr": "Avez-vous une chambre du 20 au 23 mars pour 2 personnes ?",
    "de": "Haben Sie ein Zimmer vom 20. bis 23. März für 2 Personen?",
    "it": "Avete una camera dal 20 al 23 marzo per 2 persone?",
}
_phone = phone_numbers("+346007")


def _say(guest, key: str, lang: str, **context) -> str:
    return Phrasebook(hotel=guest.conversation.hotel, language=lang).say(key, **context)


def _quoted_stay(guest) -> tuple[dt.date, dt.date, int]:
    quote = Quote.objects.filter(conversation_id=guest.conversation.pk).latest("pk")
    return quote.check_in, quote.check_out, quote.adults


# --- numbers in context ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "answer", "adults"),
    [
        ("es", "dos", 2),
        ("es", "tres", 3),
        ("es", "una", 1),
        ("es", "yo y mi mujer", 2),
        ("en", "two", 2),
        ("en", "a couple", 2),
        ("fr", "deux", 2),
        ("fr", "nous serons deux", 2),
        ("de", "zwei", 2),
        ("de", "zu zweit", 2),
        ("pt", "dois", 2),
        ("pt", "eu e a minha esposa", 2),
        ("it", "due", 2),
        ("it", "mia moglie e io", 2),
    ],
)
def test_bare_party_size_answers_the_question_how_many_people(whatsapp, qloapps, lang, answer, adults):
    guest = whatsapp(_phone())
    assert guest.says(ASK_WITHOUT_GUESTS[lang]) == _say(guest, "ask_guests", lang)
    assert guest.dialogue_state["expecting"] == "party"
    offers = guest.says(answer)
    assert guest.dialogue_state["stage"] == "offers", offers
    assert guest.dialogue_state["booking"]["adults"] == adults
    assert _quoted_stay(guest)[:2] == (MARCH_20, MARCH_23)
    assert guest.conversation.language == lang


@pytest.mark.parametrize("text", ["dos", "tres", "two"])
def test_a_number_word_in_a_fresh_conversation_invents_no_guests(whatsapp, qloapps, text):
    guest = whatsapp(_phone())
    guest.says(text)
    assert guest.dialogue_state["booking"]["adults"] is None
    assert not Quote.objects.filter(conversation_id=guest.conversation.pk).exists()


def test_nonsense_twice_to_how_many_people_goes_to_a_person(whatsapp, qloapps):
    guest = whatsapp(_phone())
    guest.says(ASK_WITHOUT_GUESTS["es"])
    guest.says("asdf qwer zxcv")
    assert guest.conversation.state == ConversationState.AI
    guest.says("qwrt plkj mnbv")
    conversation = guest.conversation
    assert conversation.state == ConversationState.WAITING_HUMAN
    assert conversation.handoff_reason == HandoffReason.LOW_CONFIDENCE


def test_bare_days_answer_the_dates_asked_one_at_a_time(whatsapp, qloapps):
    guest = whatsapp(_phone())
    guest.says("Quiero reservar una habitación")
    assert guest.dialogue_state["expecting"] == "dates_and_party"
    guest.says("el 20")
    assert guest.dialogue_state["expecting"] == "check_out"
    guest.says("el 23")
    assert guest.dialogue_state["expecting"] == "party"
    guest.says("dos")
    assert _quoted_stay(guest) == (dt.date(2026, 12, 20), dt.date(2026, 12, 23), 2)


def test_bare_departure_day_is_the_first_such_day_after_arrival(whatsapp, qloapps):
    guest = whatsapp(_phone())
    asked = guest.says("Quiero una habitación desde el 20 de marzo para 2 personas")
    assert guest.dialogue_state["expecting"] == "check_out", asked
    guest.says("el 23")
    assert _quoted_stay(guest) == (MARCH_20, MARCH_23, 2)


@pytest.mark.parametrize(
    ("lang", "wish", "days"),
    [
        ("es", "Queremos ir mi mujer y yo en abril", "del 3 al 6"),
        ("en", "I want to come with my wife in april", "from the 3rd to the 6th"),
        ("pt", "Queremos ir eu e a minha mulher em abril", "de 3 a 6"),
        ("fr", "Nous voudrions venir à deux en avril", "du 3 au 6"),
        ("de", "Wir möchten im April zu zweit kommen", "vom 3. bis 6."),
        ("it", "Vorremmo venire in due ad aprile", "dal 3 al 6"),
    ],
)
def test_days_said_after_a_month_wished_fall_in_that_month(whatsapp, qloapps, lang, wish, days):
    # were read as the next 3rd to 6th from today (December), the April said before forgotten
    guest = whatsapp(_phone())
    guest.says(wish)
    guest.says(days)
    booking = guest.dialogue_state["booking"]
    assert (booking["check_in"], booking["check_out"]) == ("2027-04-03", "2027-04-06")


def test_number_word_for_the_length_of_stay(whatsapp, qloapps):
    guest = whatsapp(_phone())
    guest.says("Quiero una habitación desde el 20 de marzo para 2 personas")
    guest.says("tres")
    assert _quoted_stay(guest) == (MARCH_20, MARCH_23, 2)


# --- choosing an offer ---------------------------------------------------------------------------
def _offer_lines(guest) -> list[QuoteLine]:
    return [QuoteLine.objects.get(pk=pk) for pk in guest.dialogue_state["booking"]["offer_line_ids"]]


@pytest.mark.parametrize(
    ("lang", "answer", "pick"),
    [
        ("es", "la más barata", "cheapest"),
        ("en", "the cheapest", "cheapest"),
        ("de", "die billigste bitte", "cheapest"),
        ("en", "the second one", 1),
        ("pt", "a segunda", 1),  # also Monday (segunda-feira): among offers, the second
        ("fr", "la deuxième", 1),
        ("it", "la più cara", "dearest"),
        ("es", "la última", -1),
        # the list is numbered: a number word picks by its number ("dos" is no yes to the double asked for, "la
        # dos" no complaint)
        ("es", "dos", 1),
        ("es", "la dos", 1),
        ("en", "option two", 1),
        ("pt", "a dois", 1),
        ("fr", "deux s'il vous plait", 1),
        ("de", "die zwei bitte", 1),
        ("it", "la due", 1),
        ("it", "uno", 0),
    ],
)
def test_typed_choice_among_offers(whatsapp, qloapps, lang, answer, pick):
    guest = whatsapp(_phone())
    guest.says(ASK_FOR_TWO[lang])
    lines = _offer_lines(guest)
    assert len(lines) >= 2
    expected = {
        "cheapest": min(lines, key=lambda line: line.total),
        "dearest": max(lines, key=lambda line: line.total),
    }.get(str(pick)) or lines[int(pick)]
    guest.says(answer)
    state = guest.dialogue_state
    assert state["booking"]["chosen_line_id"] == expected.pk
    assert state["expecting"] == "name_and_email"
    assert guest.conversation.state == ConversationState.AI


# --- names ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "name", "email"),
    [
        ("es", "María José Fernández de la Vega", "mjfv@example.es"),
        ("en", "Seán O'Brien", "sean@example.ie"),
        ("pt", "João dos Santos", "joao@example.pt"),
        ("fr", "Jean-Luc de la Fontaine", "jl@example.fr"),
        ("de", "Anna von der Heide", "anna@example.de"),
        ("it", "Luca D'Angelo", "luca@example.it"),
        # "costa" asks a price in Italian ("quanto costa?"): in a name or an address it asks nothing
        ("pt", "Ana Costa", "ana.costa@example.pt"),
        ("it", "Andrea Costa", "andrea.costa@example.it"),
    ],
)
def test_name_alone_is_kept_and_only_the_email_is_asked(whatsapp, qloapps, lang, name, email):
    guest = whatsapp(_phone())
    guest.says(ASK_FOR_TWO[lang])
    guest.says("1")
    assert guest.dialogue_state["expecting"] == "name_and_email"
    asked = guest.says(name)
    assert asked == _say(guest, "ask_email", lang, name=name)
    assert guest.dialogue_state["booking"]["guest_name"] == name
    summary = guest.says(email)
    assert name in summary and email in summary
    assert guest.dialogue_state["stage"] == "booking_confirm"


@pytest.mark.parametrize(
    ("lang", "email", "name"),
    [("pt", "ana.costa@example.pt", "Ana Costa"), ("it", "costa.andrea@example.it", "Andrea Costa")],
)
def test_email_alone_is_kept_and_only_the_name_is_asked(whatsapp, qloapps, lang, email, name):
    guest = whatsapp(_phone())
    guest.says(ASK_FOR_TWO[lang])
    guest.says("1")
    asked = guest.says(email)
    assert asked == _say(guest, "ask_name", lang)
    summary = guest.says(name)
    assert name in summary and email in summary
    assert guest.dialogue_state["stage"] == "booking_confirm"


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("es", "Me llamo Carmen de la Rosa y quiero una habitación del 20 al 23 de marzo para 2 personas",
         "Carmen de la Rosa"),
        ("es", "Buenas, una doble del 20 al 23 de marzo para 2 personas a nombre de Pilar Gómez-Acebo, gracias",
         "Pilar Gómez-Acebo"),
        ("en", "Hi, my name is Peter van Dijk, do you have a room from March 20 to 23 for 2 adults?",
         "Peter van Dijk"),
        ("pt", "Olá, o meu nome é João dos Santos. Têm quarto de 20 a 23 de março para 2 pessoas?",
         "João dos Santos"),
        ("fr", "Bonjour, je m'appelle Jean-Luc de la Fontaine. Avez-vous une chambre du 20 au 23 mars pour 2 personnes ?",
         "Jean-Luc de la Fontaine"),
        ("de", "Hallo, ich heiße Anna von der Heide. Haben Sie ein Zimmer vom 20. bis 23. März für 2 Personen?",
         "Anna von der Heide"),
        ("it", "Buongiorno, mi chiamo Luca D'Angelo. Avete una camera dal 20 al 23 marzo per 2 persone?",
         "Luca D'Angelo"),
        ("es", "Buenos días:\nQuería una habitación doble del 20 al 23 de marzo para 2 personas.\n\nSaludos,\n"
         "María José Fernández de la Vega", "María José Fernández de la Vega"),
        ("en", "Dear Sir or Madam,\nI would like a double room from 20 to 23 March for 2 adults.\n\n"
         "Best regards,\nSiobhan O'Neill", "Siobhan O'Neill"),
        ("pt", "Bom dia,\nGostaria de um quarto duplo de 20 a 23 de março para 2 pessoas.\n\nAtenciosamente,\n"
         "Ana da Silva", "Ana da Silva"),
        ("fr", "Bonjour,\nJe souhaiterais une chambre double du 20 au 23 mars pour 2 personnes.\n\nCordialement,\n"
         "Marie Lefèvre", "Marie Lefèvre"),
        ("de", "Sehr geehrte Damen und Herren,\nich hätte gern ein Doppelzimmer vom 20. bis 23. März für "
         "2 Personen.\n\nMit freundlichen Grüßen\nHans-Peter Müller", "Hans-Peter Müller"),
        ("it", "Buongiorno,\nvorrei una camera doppia dal 20 al 23 marzo per 2 persone.\n\nCordiali saluti\n"
         "Giulia Di Stefano", "Giulia Di Stefano"),
    ],
)  # fmt: skip
def test_introduced_or_signed_name_is_kept_for_the_booking(whatsapp, qloapps, lang, text, name):
    guest = whatsapp(_phone())
    guest.says(text)
    assert guest.dialogue_state["stage"] == "offers"
    asked = guest.says("1")
    # The room chosen is named first ("Great, Doble."), then only the e-mail is asked.
    offers = guest.dialogue_state["booking"]
    assert asked.endswith(" " + _say(guest, "ask_email", lang, name=name)), asked
    assert offers["chosen_line_id"] and asked.startswith(
        _say(guest, "room_chosen", lang, room="@").split("@")[0]
    )
    assert guest.dialogue_state["booking"]["guest_name"] == name


# --- several requests in one message ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Una doble del 20 al 22 de febrero para 2 adultos, y otra cosa: ¿se admiten perros?"),
        ("en", "I'd like a double room from 20 to 22 February for 2 adults. Also, do you allow dogs?"),
        (
            "fr",
            "Une chambre double du 20 au 22 février pour 2 adultes. Autre chose : acceptez-vous les chiens ?",
        ),
        # The question after a comma, however it begins (and without Spanish's opening mark).
        ("es", "una doble del 20 al 22 de febrero para 2 adultos, los perros pueden venir?"),
        ("de", "Meine Frau und ich möchten ein Doppelzimmer vom 20. bis 22. Februar, sind Hunde erlaubt?"),
        ("it", "una doppia dal 20 al 22 febbraio per 2 adulti, i cani sono ammessi?"),
    ],
)
def test_a_booking_request_and_a_question_both_get_an_answer(whatsapp, qloapps, lang, text):
    guest = whatsapp(_phone())
    reply = guest.says(text)
    assert _quoted_stay(guest) == (dt.date(2027, 2, 20), dt.date(2027, 2, 22), 2)
    assert guest.dialogue_state["stage"] == "offers"
    assert "10 kg" in reply, reply  # the pets answer: dogs and cats up to 10 kg
    assert guest.last_buttons()  # the offers keep their buttons


def test_a_complaint_and_a_question_get_the_answer_and_a_person(whatsapp, qloapps):
    guest = whatsapp(_phone())
    reply = guest.says(
        "La ducha de la habitación no funciona y nadie viene a arreglarla. ¿A qué hora es el desayuno?"
    )
    assert "7:30" in reply, reply
    conversation = guest.conversation
    assert conversation.state == ConversationState.WAITING_HUMAN
    assert conversation.handoff_reason == HandoffReason.COMPLAINT


def _book(guest, lang: str = "es") -> str:
    guest.says(ASK_FOR_TWO[lang])
    guest.says("1")
    guest.says("Ana García, ana.garcia@example.com")
    guest.says("sí")
    reference = guest.dialogue_state["booking"]["reference"]
    assert reference
    return reference


def test_a_cancellation_and_a_new_stay_in_one_message(whatsapp, qloapps):
    guest = whatsapp(_phone())
    reference = _book(guest)
    reply = guest.says("Quiero cancelar mi reserva y reservar del 10 al 12 de abril para 2 personas")
    assert reference in reply and "10 de abril" in reply, reply
    assert guest.dialogue_state["stage"] == "cancel_confirm"
    done = guest.says("sí")
    assert "cancelada" in done, done
    assert guest.dialogue_state["stage"] == "offers"
    assert _quoted_stay(guest) == (dt.date(2027, 4, 10), dt.date(2027, 4, 12), 2)


def test_discount_after_a_cancellation_goes_to_a_person_without_the_old_dates(whatsapp, qloapps):
    guest = whatsapp(_phone())
    _book(guest)
    guest.says("Quiero cancelar mi reserva")
    guest.says("sí")
    quotes = Quote.objects.filter(conversation_id=guest.conversation.pk).count()
    reply = guest.says("¿Me podéis hacer un descuento si reservo otra vez para junio?")
    assert "marzo" not in reply
    assert Quote.objects.filter(conversation_id=guest.conversation.pk).count() == quotes
    conversation = guest.conversation
    assert conversation.state == ConversationState.WAITING_HUMAN
    assert conversation.handoff_reason == HandoffReason.REFUND_DISPUTE


def test_a_new_month_after_a_cancellation_replaces_the_cancelled_dates(whatsapp, qloapps):
    guest = whatsapp(_phone())
    _book(guest)
    guest.says("Quiero cancelar mi reserva")
    guest.says("sí")
    quotes = Quote.objects.filter(conversation_id=guest.conversation.pk).count()
    reply = guest.says("Quiero reservar otra vez, pero para junio")
    assert "marzo" not in reply, reply
    assert Quote.objects.filter(conversation_id=guest.conversation.pk).count() == quotes
    assert guest.dialogue_state["booking"]["check_in"] in (None, "2027-06-01") or guest.dialogue_state[
        "booking"
    ]["check_in"].startswith("2027-06")


def test_a_bare_reference_and_a_bare_email_answer_the_lookup_questions(whatsapp, qloapps):
    holder = whatsapp(_phone())
    reference = _book(holder)
    other_phone = whatsapp(_phone())  # the booking's holder writing from another number
    other_phone.says("Quiero cancelar una reserva")
    assert other_phone.dialogue_state["expecting"] == "booking_ref"
    other_phone.says(reference.lower())
    assert other_phone.dialogue_state["expecting"] == "booking_email"
    confirm = other_phone.says("ana.garcia@example.com")
    assert reference in confirm
    assert other_phone.dialogue_state["stage"] == "cancel_confirm"
    assert other_phone.dialogue_state["expecting"] == "yes_no"


# --- the only offer ----------------------------------------------------------------------------
YES = {"es": "sí", "en": "yes please", "pt": "sim", "fr": "oui", "de": "ja gerne", "it": "sì"}


@pytest.mark.parametrize("lang", sorted(ASK_FOR_TWO))
def test_the_only_offer_is_offered_for_a_yes_not_a_choice(whatsapp, qloapps, lang):
    # one kind of room left: "Which one would you like?" under a list of one had guests looking for others
    with qloapps.lock:
        first_kind = qloapps.state.rooms[0]["id_product"]
        qloapps.state.rooms = [r for r in qloapps.state.rooms if r["id_product"] == first_kind]
    guest = whatsapp(_phone())
    reply = guest.says(ASK_FOR_TWO[lang])
    assert len(_offer_lines(guest)) == 1, reply
    assert reply.endswith(_say(guest, "choose_the_offer", lang)), reply
    assert _say(guest, "choose_offer", lang) not in reply
    guest.says(YES[lang])
    state = guest.dialogue_state
    assert state["booking"]["chosen_line_id"] == _offer_lines(guest)[0].pk
    assert state["expecting"] == "name_and_email"
