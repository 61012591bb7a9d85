"""Facts that answer the question asked, an honest "I don't know", and facts learnt from staff."""

from __future__ import annotations

import pytest
from django.test import Client

from conversations.engine.faq import answer_questions
from conversations.engine.replies import catalogue
from conversations.engine.tests.chat import EngineChat
from conversations.engine.tests.fact_questions import LATER_QUESTIONS, QUESTIONS
from conversations.engine.types import HandoffReason
from conversations.figures import hotel_figures
from conversations.models import (
    Author,
    ConversationState,
    Fact,
    FactSource,
    FactText,
    Message,
    UnansweredQuestion,
)
from conversations.nlu.types import LANGUAGES
from conversations.roles import ensure_staff_groups, staff_group_for
from conversations.services.knowledge import unanswered_question_record
from conversations.services.staff import conversation_take_over, staff_reply
from conversations.tests.console.conftest import make_staff
from conversations.tests.factories import HotelFactory
from hotel_agent.hotels.models import HotelMembership

pytestmark = pytest.mark.django_db


def _text(hotel, key: str, language: str) -> str:
    return FactText.objects.get(fact__hotel=hotel, fact__key=key, language=language).answer


@pytest.mark.parametrize("questions", [QUESTIONS, LATER_QUESTIONS], ids=["tuned", "later"])
def test_demo_questions_in_six_languages_get_their_fact_and_never_a_wrong_one(demo_hotel, questions):
    right: list[tuple[object, ...]] = []
    wrong: list[tuple[object, ...]] = []
    missed: list[tuple[object, ...]] = []
    for language, question, expected in questions:
        reply = answer_questions(question, hotel=demo_hotel, language=language)
        found = [answer.fact_key for answer in reply.answers]
        if expected is None:
            # Nothing the hotel knows: no fact at all, and the question is reported unknown.
            (right if not found and reply.unknown else wrong).append((language, question, found))
        elif found == [expected]:
            assert reply.answers[0].text == _text(demo_hotel, expected, language)
            right.append((language, question, found))
        else:
            (missed if not found else wrong).append((language, question, expected, found))
    assert len(questions) >= 40
    assert {language for language, _, _ in questions} == set(LANGUAGES)
    assert not wrong, wrong
    assert len(right) >= 0.9 * len(questions), missed


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("es", "¿Qué formas de pago aceptáis?"),
        ("pt", "Quais são as formas de pagamento?"),
        ("fr", "Quels moyens de paiement acceptez-vous ?"),
        ("de", "Welche Zahlungsarten akzeptieren Sie?"),
        ("it", "Quali metodi di pagamento accettate?"),
        ("en", "What payment options do you have?"),
    ],
)
def test_the_ways_of_paying_asked_as_a_whole_get_the_cards_accepted(demo_hotel, language, question):
    # were handed to reception as a question no fact answers, though the hotel says which cards it takes
    reply = answer_questions(question, hotel=demo_hotel, language=language)
    assert [answer.fact_key for answer in reply.answers] == ["payment_cards"]


def test_every_demo_fact_is_asked_in_two_wordings_and_two_languages(demo_hotel):
    asked: dict[str, set[tuple[str, str]]] = {}
    for language, question, expected in QUESTIONS:
        if expected:
            asked.setdefault(expected, set()).add((language, question))
    for key in Fact.objects.filter(hotel=demo_hotel, source=FactSource.DEMO).values_list("key", flat=True):
        assert len(asked.get(key, ())) >= 2, key
        assert len({language for language, _ in asked[key]}) >= 2, key


def test_loading_the_demo_again_changes_nothing_and_keeps_staff_edits(demo_hotel):
    from conversations.demo import seed

    FactText.objects.filter(fact__hotel=demo_hotel, fact__key="pool", language="es").update(
        answer="La piscina abre de junio a septiembre."
    )
    before = FactText.objects.filter(fact__hotel=demo_hotel).count()
    seed(hotel=demo_hotel)
    assert FactText.objects.filter(fact__hotel=demo_hotel).count() == before
    assert _text(demo_hotel, "pool", "es") == "La piscina abre de junio a septiembre."
    assert not Fact.objects.filter(hotel=demo_hotel, key__icontains="laundry").exists()


def test_a_question_in_portuguese_finds_a_fact_written_in_spanish_and_says_so(demo_hotel):
    fact = Fact.objects.create(hotel=demo_hotel, key="karaoke", topic="amenities")
    FactText.objects.create(
        fact=fact,
        language="es",
        phrasings="¿Tenéis karaoke?",
        answer="Los viernes hay karaoke en el bar de la azotea.",
    )
    chat = EngineChat(demo_hotel, phone="+351912000301")
    reply = chat.says("Vocês têm karaoke?")
    assert "Los viernes hay karaoke en el bar de la azotea." in reply
    assert catalogue("pt")["faq_other_language"].split("\n")[0] in reply
    assert chat.turns[-1].handoff_reason is None


def test_late_arrival_after_the_check_in_answer_gets_the_night_porter_not_the_same_text(demo_hotel):
    chat = EngineChat(demo_hotel, phone="+34600111501")
    assert chat.says("¿A qué hora es el check-in?") == _text(demo_hotel, "checkin_checkout", "es")
    assert chat.says("¿Y se puede llegar más tarde de las 23:00?") == _text(demo_hotel, "late_arrival", "es")


def test_the_same_question_twice_gets_a_person_not_the_same_text(demo_hotel):
    chat = EngineChat(demo_hotel, phone="+34600111502")
    first = chat.says("¿A qué hora cierra la piscina?")
    assert first == _text(demo_hotel, "pool", "es")
    second = chat.says("¿Pero a qué hora cierra la piscina?")
    assert first not in second
    assert chat.turns[-1].handoff_reason == HandoffReason.UNKNOWN_QUESTION
    assert catalogue("es")["handoff_intro_repeated_question"] in second


def test_several_questions_in_one_message_get_their_facts_in_one_message(demo_hotel):
    chat = EngineChat(demo_hotel, phone="+34600111503")
    chat.says("¿A qué hora es el desayuno? ¿Y cuánto cuesta el parking? ¿Tenéis cuna para el bebé?")
    replies = chat.turns[-1].replies
    assert len(replies) == 1
    for key in ("breakfast", "parking", "baby_cot"):
        assert _text(demo_hotel, key, "es") in replies[0].text


def test_a_question_no_fact_answers_gets_the_honest_answer_and_reception(demo_hotel):
    chat = EngineChat(demo_hotel, phone="+447700900504")
    reply = chat.says("Do you have a laundry service?")
    assert catalogue("en")["handoff_intro_unknown_question"] in reply
    assert chat.turns[-1].handoff_reason == HandoffReason.UNKNOWN_QUESTION
    # Never a nearby fact's text.
    assert not any(
        text in reply
        for text in FactText.objects.filter(fact__hotel=demo_hotel).values_list("answer", flat=True)
    )


def test_a_fact_answers_by_its_content_without_the_understandings_topic(demo_hotel):
    reply = answer_questions(
        "Hay cargador para el coche eléctrico?", hotel=demo_hotel, language="es", topic_hint="wifi"
    )
    assert [answer.fact_key for answer in reply.answers] == ["ev_charging"]


@pytest.mark.parametrize(
    ("language", "question", "room"),
    [
        ("es", "¿Qué camas tiene la habitación Familiar?", "Familiar"),
        ("en", "Does the Junior Suite have sea views?", "Junior Suite"),
        ("de", "Wie viele Personen passen in das Doble?", "Doble"),
        # the room's equipment, not only what the fact's first phrasings ask (it was "I don't know" and a person)
        ("en", "does the junior suite have a bathtub?", "Junior Suite"),
        ("es", "¿la junior suite tiene bañera?", "Junior Suite"),
        ("it", "la Junior Suite ha la vasca da bagno?", "Junior Suite"),
    ],
)
def test_room_type_facts_come_from_the_pms_room_data(demo_hotel, language, question, room):
    reply = answer_questions(question, hotel=demo_hotel, language=language)
    assert len(reply.answers) == 1
    fact = Fact.objects.get(pk=reply.answers[0].fact_id)
    assert fact.source == FactSource.ROOM_DATA and room in reply.answers[0].text
    assert reply.answers[0].language == language


def test_a_question_about_a_room_gets_its_fact_and_a_request_for_one_the_booking_flow(demo_hotel):
    chat = EngineChat(demo_hotel, phone="+34600111505")
    reply = chat.says("¿Qué camas tiene la habitación Familiar?")
    assert reply.startswith("Habitación Familiar:") and "cama de matrimonio" in reply
    assert chat.turns[-1].handoff_reason is None
    assert chat.says("¿Tenéis habitaciones libres?") == catalogue("es")["ask_dates_and_guests"]


def test_room_facts_follow_the_pms_and_keep_the_description_in_the_hotel_language(demo_hotel):
    familiar = FactText.objects.get(
        fact__hotel=demo_hotel,
        fact__source=FactSource.ROOM_DATA,
        fact__room_type_code__isnull=False,
        language="es",
        answer__startswith="Habitación Familiar",
    )
    assert "cama de matrimonio y dos camas individuales" in familiar.answer and "cuna" in familiar.answer
    english = FactText.objects.get(fact=familiar.fact, language="en").answer
    assert "a cot on request" in english and "matrimonio" not in english


def test_inactive_facts_are_never_used(demo_hotel):
    Fact.objects.filter(hotel=demo_hotel, key="pool").update(active=False)
    reply = answer_questions("¿A qué hora cierra la piscina?", hotel=demo_hotel, language="es")
    assert not reply.answers and reply.unknown


# --- through the signed webhook -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("phone", "question"),
    [
        ("+34600700301", "¿Tenéis servicio de lavandería?"),
        ("+491511000302", "Gibt es eine Wäscherei im Hotel?"),
    ],
)
def test_unanswerable_question_over_whatsapp_is_handed_to_reception(whatsapp, qloapps_hotel, phone, question):
    guest = whatsapp(phone)
    reply = guest.says(question)
    conversation = guest.conversation
    assert conversation.state == ConversationState.WAITING_HUMAN
    assert conversation.handoff_reason == HandoffReason.UNKNOWN_QUESTION
    assert catalogue(conversation.language)["handoff_intro_unknown_question"] in reply
    assert UnansweredQuestion.objects.get(conversation=conversation).text == question


def test_pool_hours_over_whatsapp_in_portuguese(whatsapp, qloapps_hotel):
    guest = whatsapp("+351912000303")
    assert guest.says("Olá! Até que horas posso usar a piscina?") == _text(qloapps_hotel, "pool", "pt")
    assert guest.conversation.state == ConversationState.AI


def test_staff_answer_saved_from_the_console_answers_the_next_guest(whatsapp, qloapps_hotel):
    first = whatsapp("+34600700304")
    first.says("¿Tenéis servicio de lavandería?")
    conversation = first.conversation
    staff = make_staff("rita", hotel=qloapps_hotel, role=HotelMembership.Role.RECEPTIONIST)
    conversation_take_over(conversation=conversation, staff=staff)
    answer = "Sí: dejen la bolsa de lavandería en recepción antes de las 10:00 y la tienen a las 18:00 (12 € por bolsa)."
    reply = staff_reply(conversation=conversation, staff=staff, text=answer)

    console = Client()
    console.force_login(staff)
    page = console.get(f"/console/c/{conversation.pk}/transcript/")
    assert f"/console/c/{conversation.pk}/m/{reply.pk}/save-fact/" in page.content.decode()
    saved = console.post(f"/console/c/{conversation.pk}/m/{reply.pk}/save-fact/")
    assert saved.status_code == 302
    fact = Fact.objects.get(hotel=qloapps_hotel, source=FactSource.CONSOLE)
    assert fact.needs_translation and fact.created_by == staff
    assert list(fact.texts.values_list("language", "phrasings", "answer")) == [
        ("es", "¿Tenéis servicio de lavandería?", answer)
    ]
    assert UnansweredQuestion.objects.get(conversation=conversation).fact == fact

    second = whatsapp("+34600700305")
    assert second.says("Hola, ¿hay lavandería en el hotel?") == answer
    assert second.conversation.state == ConversationState.AI


def test_staff_of_another_hotel_cannot_save_a_fact(whatsapp, qloapps_hotel):
    guest = whatsapp("+34600700306")
    guest.says("¿Tenéis servicio de lavandería?")
    conversation = guest.conversation
    other_hotel_staff = make_staff("otto", hotel=HotelFactory.create(name="Hotel Luna", slug="hotel-luna"))
    staff = make_staff("tina", hotel=qloapps_hotel)
    conversation_take_over(conversation=conversation, staff=staff)
    reply = staff_reply(conversation=conversation, staff=staff, text="Sí, en recepción.")
    console = Client()
    console.force_login(other_hotel_staff)
    assert console.post(f"/console/c/{conversation.pk}/m/{reply.pk}/save-fact/").status_code == 404
    assert not Fact.objects.filter(source=FactSource.CONSOLE).exists()


def test_figures_list_the_most_asked_unanswered_questions(demo_hotel):
    ensure_staff_groups()
    for phone in ("+34600111601", "+34600111602"):
        EngineChat(demo_hotel, phone=phone).says("¿Tenéis lavandería?")
    EngineChat(demo_hotel, phone="+34600111604").says("¿tenéis LAVANDERÍA?")
    EngineChat(demo_hotel, phone="+34600111603").says("¿Hay campo de golf?")
    for message in Message.objects.filter(conversation__hotel=demo_hotel, author=Author.GUEST):
        unanswered_question_record(conversation=message.conversation, message=message)
    figures = hotel_figures(hotel=demo_hotel)
    assert [(q.text, q.times) for q in figures.unanswered_questions] == [
        ("¿tenéis LAVANDERÍA?", 3),
        ("¿Hay campo de golf?", 1),
    ]
    manager = make_staff("mara", hotel=demo_hotel, role=HotelMembership.Role.MANAGER)
    manager.groups.add(staff_group_for(HotelMembership.Role.MANAGER))
    page = Client()
    page.force_login(manager)
    html = page.get("/admin/conversations/conversation/figures/").content.decode()
    assert 'id="unanswered"' in html and "¿tenéis LAVANDERÍA?" in html
