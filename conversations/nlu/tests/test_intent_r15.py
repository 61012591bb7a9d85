"""What the r15 writers' guests said that the intent rules missed (round 15): another guest asked after by whether
they have checked out or by the writer's relative named, another hotel's reception or a job seeker whose words name a
room or a night, an amount seen against an amount agreed, a fault reported in a sentence that asks nothing, and a
clipped greeting with a first name. New sentences in six languages, none copied from the first set
(docs/INTERFACES.md "Understanding conventions")."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.requests import disputes_a_charge
from conversations.nlu.rules import asks_about_another_guest, out_of_scope, reports_a_fault
from conversations.nlu.text import fold

TODAY = dt.date(2027, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Has Mr. Jones checked out yet?",
        "¿Ya hizo el check-out la señora Pérez de la habitación 8?",
        "Hat Frau Roth aus Zimmer 8 schon ausgecheckt?",
        "Madame Petit de la chambre 8 a-t-elle déjà fait son check-out ?",
        "La signora Conte della camera 8 ha già fatto il check-out?",
        "A Sra. Lopes do quarto 8 já fez o check-out?",
    ],
)
def test_another_guest_asked_whether_checked_out_is_other(text: str) -> None:
    assert asks_about_another_guest(fold(text))
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.faq_topic, understood.guest_name) == ("other", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Mi hermano, Bruno Faria, ¿ya llegó al hotel?",
        "My brother, Bruno Faria, has he arrived at the hotel yet?",
        "Mon frère, Bruno Faria, est-il déjà arrivé à l'hôtel ?",
        "Mein Bruder, Bruno Faria, ist er schon im Hotel angekommen?",
        "Mio fratello, Bruno Faria, è già arrivato in albergo?",
        "A minha irmã, a Rita Faria, já chegou ao hotel?",
    ],
)
def test_the_writers_relative_named_and_asked_after_is_other(text: str) -> None:
    assert asks_about_another_guest(fold(text))
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.rooms) == ("other", None)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a room for a relative named is still a booking
        (
            "A room for my mother, Ana Ruiz, from 3 to 5 May. Her room should be on the ground floor.",
            "booking_create",
        ),
        ("Hola, llego el viernes con mi hermano, ¿hay parking?", "faq"),
    ],
)
def test_a_relative_named_for_a_stay_of_the_writers_keeps_its_reading(text: str, intent: str) -> None:
    assert understand(text, today=TODAY).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "Buenas noches, le llamo de la recepción del Hotel Mediterráneo, tenemos un cliente que les queremos derivar",
        "Good night, this is the front desk of the Parkhotel Sonne, could I put one of our guests through to you?",
        "Bonne nuit, ici la réception de l'hôtel Ibis, nous avons un client à vous transférer.",
        "Guten Abend, hier ist die Rezeption vom Landgasthof Adler. Dürfte ich Sie mit einem unserer Gäste verbinden?",
        "Buona notte, qui parla la reception del Grand Hotel Excelsior, possiamo passarvi un nostro ospite?",
        "Boa noite, aqui é a receção do Hotel Miramar, temos um cliente para vos passar.",
    ],
)
def test_another_hotels_reception_greeting_at_night_or_with_a_compound_name_is_other(text: str) -> None:
    assert out_of_scope(fold(text))
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.faq_topic) == ("other", None)


def test_another_hotels_reception_asking_for_a_room_still_asks_for_it() -> None:
    text = (
        "Buenas noches, le llamo de la recepción del Hotel Sol, ¿tienen una habitación doble para esta noche?"
    )
    assert understand(text, today=TODAY).intent == "availability"


@pytest.mark.parametrize(
    "text",
    [
        "Hola, busco trabajo de camarera de pisos para el verano, ¿a quién le mando el currículum?",
        "Hi, I'm looking for a job as a room attendant this summer, who should I send my CV to?",
        "Bonjour, je cherche un emploi de femme de chambre pour l'été, à qui envoyer mon CV ?",
        "Hallo, ich suche eine Stelle als Zimmermädchen für den Sommer, wem kann ich meinen Lebenslauf schicken?",
        "Salve, cerco lavoro come cameriera ai piani per l'estate, a chi posso mandare il curriculum?",
        "Olá, procuro emprego como camareira para o verão, para quem envio o currículo?",
    ],
)
def test_a_job_looking_after_rooms_is_other_with_no_room(text: str) -> None:
    assert out_of_scope(fold(text))
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.rooms) == ("other", None)


@pytest.mark.parametrize(
    "text",
    [
        "En el extracto de la tarjeta veo 310 €, pero habíamos acordado 260 €. Reserva 90417, por favor corríjanlo.",
        "On my card statement I see 310 € but 260 € was agreed. Booking 90417, please correct it.",
        "Sur mon relevé je vois 310 €, alors que 260 € étaient convenus. Réservation 90417, merci de corriger.",
        "Auf der Abrechnung stehen 310 €, ausgemacht waren aber 260 €. Buchung 90417, bitte korrigieren.",
        "Mi risultano 310 €, ma erano stati pattuiti 260 €. Prenotazione 90417.",
        "No extrato do cartão vejo 310 €, mas tínhamos combinado 260 €. Reserva 90417, podem corrigir?",
    ],
)
def test_an_amount_seen_against_an_amount_agreed_is_a_complaint(text: str) -> None:
    assert disputes_a_charge(fold(text))
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.check_in) == ("complaint", None)


@pytest.mark.parametrize(
    "text",
    [
        "Hi, it's Tom from room 14. The safe won't open.",
        "Hola, soy Ana de la habitación 14. La caja fuerte no abre.",
        "Bonjour, c'est Marc de la chambre 14. Le coffre ne s'ouvre pas.",
        "Hallo, hier ist Jens aus Zimmer 14. Der Safe geht nicht auf.",
        "Ciao, sono Luca della camera 14. La cassaforte non si apre.",
        "Olá, é a Rita do quarto 14. O cofre não abre.",
    ],
)
def test_a_fault_reported_with_the_room_number_is_a_complaint(text: str) -> None:
    assert reports_a_fault(fold(text))
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.rooms) == ("complaint", None)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("The pool doesn't open until 10, right?", "faq"),
        ("El gimnasio no abre los domingos, ¿verdad?", "faq"),
        ("The 12th doesn't work for me. Do you have a room on the 13th?", "availability"),
    ],
)
def test_hours_or_a_day_that_doesnt_suit_are_no_fault(text: str, intent: str) -> None:
    assert not reports_a_fault(fold(text))
    assert understand(text, today=TODAY).intent == intent


def test_two_amounts_with_nothing_agreed_dispute_no_charge() -> None:
    assert not disputes_a_charge(fold("Wir haben 260 € vereinbart, können Sie die Buchung 90417 bestätigen?"))


@pytest.mark.parametrize(
    "text", ["Morning! Rich here 👋", "Evening all! Sam here 👋", "Buen día, Marta aquí 👋"]
)
def test_a_clipped_greeting_with_a_first_name_is_a_greeting(text: str) -> None:
    assert understand(text, today=TODAY).intent == "greeting"


@pytest.mark.parametrize(
    "text",
    [
        # a price asked as English says it, a price said with "is it doable", Austrian "does it work out for you"
        "We'd need a double from 3 to 5 May. What would that run us?",
        "On cherche une chambre double du 3 au 5 mai. Cent francs la nuit, c'est jouable ?",
        "Wir bräuchten ein Doppelzimmer vom 3. bis 5. Mai. Geht sich das bei Ihnen aus?",
    ],
)
def test_a_need_with_its_price_or_whether_it_works_out_asked_is_availability(text: str) -> None:
    assert understand(text, today=TODAY).intent == "availability"


@pytest.mark.parametrize(
    "text",
    [
        # a booking hoped for
        "Hoping to book a double for 3 to 5 May, two adults. Would you have a crib?",
        "On espère réserver une double du 3 au 5 mai, deux adultes. Vous avez un lit bébé ?",
        "Speriamo di prenotare una doppia dal 3 al 5 maggio, due adulti. Avete una culla?",
        "Esperamos reservar una doble del 3 al 5 de mayo, dos adultos. ¿Tienen cuna?",
        "Esperamos reservar um quarto duplo de 3 a 5 de maio, dois adultos. Têm berço?",
        # a place for the car asked beside a need is a question about parking, no room asked
        "Avremmo bisogno di una doppia dal 3 al 5 maggio. C'è posto per l'auto?",
        "Necesitamos una doble del 3 al 5 de mayo. ¿Hay sitio para el coche?",
        "We need a double from 3 to 5 May. Is there space for the car?",
        "Precisamos de um quarto duplo de 3 a 5 de maio. Há lugar para o carro?",
        "Nous avons besoin d'une double du 3 au 5 mai. Il y a de la place pour la voiture ?",
        # an alternative offered asks nothing; a breakfast time is no day of the stay
        "Necesitaríamos una habitación familiar del 3 al 5 de mayo o, si no es posible, dos habitaciones comunicadas.",
        "Avremmo bisogno di tre singole dal 3 al 5 maggio. È possibile avere la colazione dalle 6:30?",
    ],
)
def test_a_booking_hoped_for_or_a_need_beside_a_hotel_question_is_booking_create(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "We'd like to bring my parents to you on 6 November. Before I book, how much would two rooms be for the "
        "nights of the 5th and 6th?",
        "Queremos traer a mis padres el 6 de noviembre. Antes de reservar, ¿cuánto costarían dos habitaciones las "
        "noches del 5 y el 6?",
        "Nous aimerions venir avec mes parents le 6 novembre. Avant de réserver, combien coûteraient deux chambres les "
        "nuits du 5 et du 6 ?",
        "Wir möchten am 6. November mit meinen Eltern kommen. Bevor ich buche: was kosten zwei Zimmer für die Nächte "
        "vom 5. und 6.?",
        "Vorremmo venire con i miei genitori il 6 novembre. Prima di prenotare, quanto costerebbero due camere per le "
        "notti del 5 e del 6?",
        "Queremos levar os meus pais no dia 6 de novembro. Antes de fazer a reserva, quanto custariam dois quartos nas "
        "noites de 5 e 6?",
    ],
)
def test_a_price_asked_before_booking_is_availability_however_sure_the_model(text: str) -> None:
    assert understand(text, today=TODAY).intent == "availability"
