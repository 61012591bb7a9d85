"""Whole conversations found going wrong while playing guests through the terminal chat (round 7e): the
price of a night of one room named among the offers ("cuanto sale por noche la doble", no question mark)
taken as the choice of that room, or answered with the stay's total.
"""

from __future__ import annotations

import pytest

from conversations.engine import pms_gateway
from conversations.engine.frame import Stage
from conversations.engine.replies import catalogue
from conversations.engine.tests.chat import EngineChat
from conversations.models import FactText

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("ask", "per_night"),
    [
        ("hola habitacion para 2 del 5 al 8 de marzo", "cuanto sale por noche la doble"),
        ("Grüezi, ein Zimmer vom 5. bis 8. März für zwei", "was kostet das Doppelzimmer pro Nacht"),
        ("Hi, room for 2 adults 5-8 March please", "how much is the double per night?"),
    ],
)
def test_a_named_rooms_price_of_a_night_among_the_offers_is_told_not_chosen(demo_hotel, ask, per_night):
    guest = EngineChat(hotel=demo_hotel, phone="+34601177201")
    guest.says(ask)
    offers = [pms_gateway.offer(line_id=pk) for pk in guest.state["booking"]["offer_line_ids"]]
    double = next(o for o in offers if o is not None and o.room_name == "Doble")
    reply = guest.says(per_night)
    low, _ = double.per_night
    assert f"{low:.2f}".replace(".", ",") in reply or f"{low:.2f}" in reply, reply
    assert guest.state["stage"] == Stage.OFFERS, reply


def test_a_fact_told_beside_the_guests_words_asked_for_later_is_told_again_not_handed_off(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601177202")
    guest.says("hola buenas, tienen habitacion para este sabado? somos 2 y un bebe")
    cot = FactText.objects.get(fact__hotel=demo_hotel, fact__key="baby_cot", language="es").answer
    reply = guest.says("tienen cuna?")
    assert cot in reply, reply
    assert not guest.turns[-1].handoff_reason, reply


def test_the_room_chosen_is_named_when_the_name_came_in_a_signature(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601177203")
    guest.says(
        "Guten Tag, wir möchten vom 27. bis 30. Dezember zu zweit kommen. Freundliche Grüsse, Urs Meier"
    )
    reply = guest.says("das günstigste")
    assert reply.startswith("Sehr gut, Doble."), reply
    assert "Urs Meier" in reply, reply


def test_an_email_that_finds_no_booking_is_said_so_not_asked_for_again(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601177204")
    guest.says("Hello, I booked last month under Sarah Collins, I need to cancel it please")
    reply = guest.says("sarah.collins.r7e@gmail.com")
    assert reply == catalogue("en")["booking_not_found_by_email"].replace(
        "{{ email }}", "sarah.collins.r7e@gmail.com"
    ), reply


def test_the_details_asked_after_a_chosen_room_repriced_do_not_open_with_great(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601177205")
    guest.says("hi, a room for 2 from March 11 to 13")
    guest.says("the second one")
    reply = guest.says("actually can we do 3 nights instead")
    assert "Great" not in reply, reply
    assert catalogue("en")["ask_name_and_email_again"] in reply, reply


def test_the_arrival_day_said_again_for_the_departure_is_no_month_long_stay(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601177206")
    guest.says("buenas tardes, quisiera reservar una habitacion para el 20 de marzo")
    reply = guest.says("el 20")
    assert guest.state["booking"]["check_out"] is None, reply
    assert "20 de marzo" in reply and "noches" in reply, reply  # the departure asked again


def test_a_question_after_the_stays_dates_in_the_same_sentence_is_answered_with_the_offers(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601177207")
    reply = guest.says(
        "Hola!! mi novio y yo queremos escaparnos del 5 al 9 de marzo, tienen algo con jacuzzi o algo romantico?"
    )
    spa = FactText.objects.get(fact__hotel=demo_hotel, fact__key="spa", language="es").answer
    assert spa in reply, reply
    assert guest.state["stage"] == Stage.OFFERS, reply


def test_a_question_typed_when_the_name_is_asked_is_no_name(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601177208")
    guest.says("hola, una habitacion del 11 al 13 de marzo para dos adultos y un bebe")
    guest.says("la familiar")
    reply = guest.says("cuanto sale la cuna")
    assert not guest.state["booking"]["guest_name"], reply
    assert "Cuanto" not in reply, reply


def test_the_price_of_a_night_asked_with_no_question_mark_among_the_offers_is_told(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601177209")
    guest.says("allo! je voudrais reserver pour ma blonde pis moi du 12 au 14 mars")
    offers = [pms_gateway.offer(line_id=pk) for pk in guest.state["booking"]["offer_line_ids"]]
    reply = guest.says("c quoi le prix par nuit")
    for offer in offers:
        assert offer is not None
        low, _ = offer.per_night
        assert f"{low:.2f}".replace(".", ",") in reply, reply


def test_cancelling_while_a_stay_is_being_booked_lets_it_go_without_a_booking_lookup(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601177210")
    guest.says("Buenas! del 30 de marzo al 2 de abril, 2 adultos")
    guest.says("la doble")
    reply = guest.says("cancela todo mejor, ya no vamos")
    assert reply == catalogue("es")["booking_dropped"], reply
    assert guest.state["stage"] == Stage.IDLE, reply


def test_a_subject_asked_in_a_clause_beside_the_room_asked_for_is_answered_with_the_offers(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601177211")
    reply = guest.says(
        "Hello, my husband and I would like to stay from the 3rd to the 5th of March. Could you tell me "
        "the price for a double room, and whether parking is available? Kind regards, Margaret Thompson"
    )
    parking = FactText.objects.get(fact__hotel=demo_hotel, fact__key="parking", language="en").answer
    assert parking in reply, reply
    assert guest.state["stage"] == Stage.OFFERS, reply


def test_rooms_asked_for_after_the_dates_in_the_same_sentence_name_no_subject(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601177212")
    reply = guest.says("Ciao! siamo 2 adulti e vorremmo venire dal 7 al 9 marzo, avete camere?")
    assert not guest.state["facts_told"], reply
    assert guest.state["stage"] == Stage.OFFERS, reply


def test_another_room_named_while_the_summary_awaits_a_yes_changes_the_room(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601177213")
    guest.says("Ciao! siamo 2 adulti e vorremmo venire dal 7 al 9 marzo")
    guest.says("la seconda")
    guest.says("Giulia Verdi, giulia.verdi@gmail.com")
    reply = guest.says("no aspetta, meglio la prima")
    assert guest.state["stage"] == Stage.BOOKING_CONFIRM, reply
    assert "Doble" in reply and "Familiar" not in reply, reply


def test_other_dates_said_as_a_no_among_the_offers_ask_the_new_dates(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601177214")
    guest.says("hola q tal, tienen habitacion del 20 al 23 de marzo para 2 adultos")
    guest.says("uy mejor otras fechas")
    guest.says("del 12 al 14")
    assert (guest.state["booking"]["check_in"], guest.state["booking"]["check_out"]) == (
        "2027-03-12",
        "2027-03-14",
    ), guest.state["booking"]


def test_the_same_question_asked_twice_is_handed_off_with_a_sorry(demo_hotel):
    guest = EngineChat(hotel=demo_hotel, phone="+34601177215")
    guest.says("hay parking?")
    reply = guest.says("hay parking?")
    assert reply.startswith("Perdone, "), reply
    assert guest.turns[-1].handoff_reason, reply
