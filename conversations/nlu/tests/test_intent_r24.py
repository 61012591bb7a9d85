"""What the r24 writers' guests said that the intent rules missed: a need with "anything left?" asked, a flat wished for
with "is it possible?", a flat asked about ("Têm um apartamento ...?"), thanks for a stay with a wish to come back, the
booking number not at hand with an apology or a reason, fewer rooms said to be enough, whether the hotel has the writer
down or made a change asked before, someone from a department needed, a day later than booked beside a question, a
stay given up, disbelief at a refund for a cancellation made and a reservation requested on someone's behalf. New
sentences in six languages, none copied from the first set (docs/INTERFACES.md "Understanding conventions")."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from conversations.nlu import understand
from conversations.nlu.rules import (
    asks_for_a_person,
    no_reference_at_hand,
    puts_through,
    thanks_for_the_stay,
    wants_someone,
)
from conversations.nlu.text import fold

# (the package exports a function of the module's name)
stay_intent = importlib.import_module("conversations.nlu.stay_intent")

TODAY = dt.date(2027, 3, 4)


def _intent(text: str) -> str:
    return understand(text, today=TODAY).intent


# --- a need for a room with what is left asked -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Need a double for tonight, just the two of us, we're driving back from a concert. Any rooms left?",
        "Looking for a room for Saturday night, 2 adults. Anything left?",
        "Precisamos de um quarto para hoje à noite, somos dois. Sobrou algum quarto?",
        "Ci servirebbe una camera per stanotte, siamo in due. È rimasto qualcosa?",
    ],
)
def test_a_need_with_what_is_left_asked_is_availability(text: str) -> None:
    assert _intent(text) == "availability"


# --- a flat wished for, with "is it possible?" asked; a flat asked about ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Queríamos alquilar un apartamento del 10 al 17 de julio para cuatro personas. ¿Es posible?",
        "We'd like to rent an apartment from 4 to 11 June for two adults. Is that possible?",
        "Queríamos alugar um apartamento de 2 a 9 de agosto, somos três. É possível?",
        "Nous voudrions louer un studio du 5 au 12 mai pour deux personnes. C'est possible ?",
        "Vorremmo affittare un bilocale per una settimana dal 3 agosto, siamo in quattro. È possibile?",
    ],
)
def test_a_flat_wished_for_with_is_it_possible_asked_is_availability(text: str) -> None:
    assert _intent(text) == "availability"


@pytest.mark.parametrize(
    "text",
    [
        "Vamos quatro pessoas de 3 a 8 de maio. Têm um apartamento livre?",
        "Somos cinco, del 3 al 8 de mayo. ¿Tienen un apartamento libre?",
    ],
)
def test_a_flat_asked_about_is_no_booking_said_outright(text: str) -> None:
    # "apartamento" holds "aparta-me" ("set one aside for me"), which is no booking asked
    assert stay_intent._BOOK.search(fold(text)) is None
    assert _intent(text) == "availability"


# --- thanks for a stay with a wish to come back at a time ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Siamo stati da voi a luglio e ci siamo trovati benissimo. Vorremmo tornare per il ponte del 2 giugno.",
        "We loved our stay in May, thank you! We'd love to come back for the weekend of 12 October.",
        "¡Gracias por todo! Queremos volver del 3 al 5 de diciembre con los niños.",
        "Obrigada por tudo! Gostaríamos de voltar no fim de semana de 14 de novembro.",
        "Merci pour tout ! Nous aimerions revenir le week-end du 20 mars.",
        "Danke für alles! Wir möchten gern am Wochenende vom 9. Oktober wiederkommen.",
    ],
)
def test_thanks_with_a_wish_to_come_back_at_a_time_is_no_goodbye(text: str) -> None:
    assert not thanks_for_the_stay(fold(text))


def test_thanks_with_a_wish_to_come_back_some_day_is_still_a_goodbye() -> None:
    assert thanks_for_the_stay(fold("Thanks for everything, we'd love to come back one day!"))


def test_a_stay_had_and_a_wish_to_come_back_is_a_booking() -> None:
    text = "Siamo stati da voi a luglio e ci siamo trovati benissimo. Vorremmo tornare per il ponte del 2 giugno."
    assert _intent(text) == "booking_create"


# --- the booking number not at hand, with an apology or a reason ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Perdona, el número de la reserva no lo tengo aquí ahora mismo, estoy en el tren volviendo a casa.",
        "Sorry, I don't have the booking number with me right now, my wife made the booking on her phone.",
        "Desculpe, não tenho o número da reserva aqui comigo, foi o meu marido que a fez pelo telemóvel.",
        "Désolé, je n'ai pas le numéro de réservation sur moi, c'est mon mari qui a réservé depuis son téléphone.",
        "Tut mir leid, die Buchungsnummer habe ich gerade nicht zur Hand, mein Mann hat über sein Handy gebucht.",
        "Mi dispiace, il numero della prenotazione non ce l'ho adesso, l'ha fatta mia sorella dal suo computer.",
    ],
)
def test_the_number_not_at_hand_with_a_reason_is_deny(text: str) -> None:
    assert no_reference_at_hand(fold(text))
    assert _intent(text) == "deny"


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, I don't have the booking number with me right now, could you please look it up under Smith",
        "Perdona, el número de la reserva no lo tengo aquí, búscala a nombre de Ruiz por favor",
    ],
)
def test_the_number_not_at_hand_with_a_request_beside_it_is_no_deny(text: str) -> None:
    assert not no_reference_at_hand(fold(text))


# --- fewer rooms said to be enough for a booking made ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Teníamos cuatro habitaciones reservadas para la comunión, pero mis tíos no vienen. "
        "Con tres habitaciones nos basta.",
        "Reservámos quatro quartos para o casamento, mas os primos já não vêm, por isso bastam-nos três quartos.",
        "Avevamo prenotato cinque camere per la laurea di nostra figlia, ma ne bastano quattro.",
        "Nous avions réservé trois chambres, mais nos cousins ne viennent plus : deux chambres nous suffiront.",
        "Wir hatten vier Zimmer reserviert, aber die Großeltern kommen nicht mit. Drei Zimmer reichen uns.",
        "We had booked four rooms for the family reunion, but three rooms will do now.",
    ],
)
def test_fewer_rooms_enough_for_a_booking_made_is_a_change(text: str) -> None:
    assert stay_intent.changes_a_booking_made(fold(text), None)
    assert _intent(text) == "booking_modify"


def test_rooms_enough_for_a_new_stay_is_no_change() -> None:
    assert not stay_intent.changes_a_booking_made(
        fold("Del 3 al 5 de mayo, con dos habitaciones nos basta."), None
    )


# --- whether the hotel has the writer down, or made a change asked before ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hola, solo para asegurarme: ¿nos tenéis anotados para el puente de diciembre? Somos la familia Ortega.",
        "Buongiorno, volevo essere sicura che ci abbiate registrati per Pasqua, prenotazione a nome Ferri.",
        "Olá, só para confirmar: vocês nos têm registados para o Natal? Família Sousa.",
        "Bonjour, vous nous avez bien notés pour le réveillon ? Famille Martin.",
    ],
)
def test_whether_the_hotel_has_the_writer_down_is_a_status_check(text: str) -> None:
    assert stay_intent.checks_the_booking(fold(text))
    assert _intent(text) == "booking_status"


@pytest.mark.parametrize(
    "text",
    [
        "I emailed on Monday to move our dates. Has the change been made? Booking 44120.",
        "Os escribí el lunes para cambiar las fechas. ¿Ya hicieron el cambio? Reserva 44120.",
        "Pedi para mudar as datas na segunda-feira. A alteração já foi feita? Reserva 44120.",
        "J'avais demandé de décaler nos dates. La modification a-t-elle été faite ? Réservation 44120.",
        "Haben Sie die Umbuchung auf Juni schon vorgenommen? Buchung 44 120.",
        "Vi avevo chiesto di spostare le date, è stata fatta la modifica? Prenotazione 44 120.",
    ],
)
def test_whether_a_change_asked_before_was_made_is_a_status_check(text: str) -> None:
    assert stay_intent.asks_whether_changed(fold(text))
    assert stay_intent.checks_the_booking(fold(text))
    assert _intent(text) == "booking_status"


# --- someone from a department needed -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ich bräuchte jemanden aus der Buchhaltung, es geht um eine Änderung unserer Firmenbuchung.",
        "I need someone from reservations, it's about a big change to our group booking.",
        "Necesito a alguien de reservas, es por un cambio grande en la reserva del grupo.",
        "Preciso de alguém da receção, é sobre uma alteração na reserva do grupo.",
        "J'aurais besoin de quelqu'un du service des réservations, c'est pour modifier notre groupe.",
        "Avrei bisogno di qualcuno dell'ufficio prenotazioni, è per una modifica importante al gruppo.",
    ],
)
def test_someone_from_a_department_needed_is_a_handoff(text: str) -> None:
    assert puts_through(fold(text))
    assert _intent(text) == "handoff_request"


# --- a day later than booked, or another day instead, beside a question -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reserva 33120 del 8 al 10 de mayo: llegaremos un día más tarde. ¿Tienen parking?",
        "Booking 33120 for 8-10 May: we'll arrive a day later. Do you have parking?",
        "Reserva 33120 de 8 a 10 de maio: vamos chegar um dia depois. Têm estacionamento?",
        "Réservation 33120 du 8 au 10 mai : nous arriverons un jour plus tard. Avez-vous un parking ?",
        "Zu unserer Buchung vom 8. bis 10. Mai (Nr. 33 120): Wir kommen einen Tag später an. Gibt es Parkplätze?",
        "Prenotazione 33 120 dall'8 al 10 maggio: arriviamo un giorno dopo. Avete il parcheggio?",
    ],
)
def test_a_day_later_than_booked_is_a_change_beside_a_question(text: str) -> None:
    assert stay_intent.changes_a_booking_made(fold(text), None, asks=True)


@pytest.mark.parametrize(
    "text",
    [
        "se annullo 2 giorni prima pagate qualcosa?",
        "si cancelo dos días antes, ¿me cobran?",
    ],
)
def test_days_before_said_of_cancelling_are_no_change(text: str) -> None:
    assert not stay_intent.changes_a_booking_made(fold(text), None, asks=True)


def test_another_check_out_day_instead_beside_is_it_possible_is_a_change() -> None:
    text = "Prenotazione 33 120 per il 8-10 maggio. Vorrei fare il check-out il 9 invece del 10, è possibile?"
    assert _intent(text) == "booking_modify"


# --- a stay given up --------------------------------------------------------------------------------------------------

_A_STAY_HEARD = {"booking_create": 0.7, "booking_cancel": 0.2, "booking_modify": 0.1}


@pytest.mark.parametrize(
    "text",
    [
        "Purtroppo dobbiamo rinunciare al ponte da voi, mia madre è in ospedale. La prenotazione è a nome di Greco.",
        "Lamentablemente tenemos que renunciar al fin de semana con vosotros, mi hijo está enfermo. "
        "Reserva a nombre de Ruiz.",
        "Malheureusement nous devons renoncer au week-end chez vous, notre fille est malade. "
        "Réservation au nom de Morel.",
        "Infelizmente temos de desistir do fim de semana convosco, o meu filho está doente. "
        "A reserva está em nome de Costa.",
        "Leider müssen wir auf das Wochenende bei Ihnen verzichten, unser Sohn ist krank. Die Buchung läuft auf Weber.",
        "Sadly we have to give up our weekend with you, our son is ill. The booking is under Hughes.",
    ],
)
def test_a_stay_given_up_is_a_cancellation(text: str) -> None:
    assert stay_intent.booking_already_made(fold(text), _A_STAY_HEARD) == "booking_cancel"


def test_a_stay_given_up_and_another_wished_is_no_cancellation_alone() -> None:
    text = "Dobbiamo rinunciare al weekend di maggio, ma vorremmo prenotare una doppia per giugno."
    assert stay_intent.booking_already_made(fold(text), _A_STAY_HEARD) is None


# --- disbelief at a refund for a cancellation made ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "H"
        "o annullato la prenotazione 33 812 il mese scorso, dovevate restituirmi la caparra entro una settimana. Niente. Ma state scherzando?",
        "Cancelamos a reserva 33812 há um mês e prometeram devolver o sinal em 10 dias. Nada até agora. "
        "Estão a brincar comigo?",
        "Anulé la reserva 33812 hace cinco semanas y me dijeron que la devolución tardaría diez días. "
        "Nada. ¿Me estáis tomando el pelo?",
        "I"
        " cancelled reservation 33812 six weeks ago and was told the deposit would be back within 10 days. Nothing yet. Are you kidding me?",
        "J"
        "'ai annulé la réservation 33812 il y a un mois, on m'avait promis le remboursement sous 10 jours. Toujours rien. Vous plaisantez ?",
        "I"
        "ch habe die Buchung 33812 vor einem Monat storniert, die Erstattung sollte in 10 Tagen kommen. Bis heute nichts. Soll das ein Witz sein?",
    ],
)
def test_disbelief_at_a_refund_for_a_cancellation_made_is_a_complaint(text: str) -> None:
    assert _intent(text) == "complaint"


# --- a reservation requested on someone's behalf ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sir or Madam,\n\nI am writing on behalf of our director, Ms. Laura Chen, to request a single room from "
        "3 to 5 May.\n\nPlease send the confirmation to l.chen@example.com.\n\nKind regards,\nTom Baker",
        "Good morning,\n\nWe are writing for our CEO, Dr. Amal Haddad, to book a suite from 9 to 12 October. Please "
        "send the confirmation to office@example.com.\n\nBest regards,\nNina Fox",
    ],
)
def test_a_reservation_requested_on_someones_behalf_is_a_booking(text: str) -> None:
    assert not stay_intent.asks_for_the_confirmation(fold(text))
    assert _intent(text) == "booking_create"


# --- accommodation needed with a price asked ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Somos um grupo de 12 ciclistas. Precisamos de alojamento de 4 a 6 de junho. Conseguem fazer-nos um preço?",
        "We're a choir of 12. We need accommodation from 4 to 6 June. What would the price be?",
    ],
)
def test_accommodation_needed_with_a_price_asked_is_availability(text: str) -> None:
    assert stay_intent._NEED.search(fold(text))
    assert _intent(text) == "availability"


# --- a department named by its work, or someone of the staff on the phone -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Könnte ich bitte mit Ihrer Verwaltung sprechen? Es geht um die Rechnung unseres Vereins.",
        "Kann ich bitte mit der Direktion sprechen? Es geht um unsere Firmenfeier im Mai.",
    ],
)
def test_a_german_department_named_by_its_work_is_someone_to_talk_to(text: str) -> None:
    assert wants_someone(fold(text))
    assert _intent(text) == "handoff_request"


@pytest.mark.parametrize(
    "text",
    [
        "Ich hätte gern eine Mitarbeiterin am Telefon, wegen der Rechnung für unseren Verein.",
        "I'd like a member of staff on the phone please, it's about our company invoice.",
        "Quisiera a alguien al teléfono, es por la factura de la empresa.",
        "Queria alguém ao telefone, é sobre a fatura da empresa.",
        "Je voudrais quelqu'un au téléphone pour la facture de la société.",
        "Vorrei qualcuno al telefono per la fattura dell'azienda.",
    ],
)
def test_someone_of_the_staff_on_the_phone_is_a_person_asked_for(text: str) -> None:
    assert asks_for_a_person(fold(text))


# --- a confirmation still not come -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ancora nessuna conferma per la prenotazione di ieri. La mia email è a.rossi@example.it",
        "Still no confirmation email for the booking I made yesterday. My address is tom@example.com",
        "Todavía ninguna confirmación de la reserva de ayer. Mi correo es ana@example.es",
        "Toujours pas de confirmation pour la réservation d'hier. Mon adresse est paul@example.fr",
        "Immer noch keine Bestätigung für die Buchung von gestern. Meine Adresse ist jan@example.de",
        "Ainda nenhuma confirmação da reserva de ontem. O meu email é rui@example.pt",
    ],
)
def test_a_confirmation_still_not_come_is_a_status_check(text: str) -> None:
    assert stay_intent.asks_for_the_confirmation(fold(text))
    assert _intent(text) == "booking_status"


def test_a_confirmation_not_come_with_check_asked_is_no_check_in_question() -> None:
    text = "Still haven't received a confirmation for booking KT4410 with the extra bed. Could you check?"
    assert _intent(text) == "booking_status"


# --- a chance of a room asked; the guests' own budget ------------------------------------------------------------------


def test_a_chance_of_a_room_asked_beside_a_need_is_availability() -> None:
    assert _intent("looking for a room this Friday night, just me, any chance?") == "availability"


@pytest.mark.parametrize(
    "text",
    [
        "Buscamos una habitación doble del 3 al 5 de junio. Nuestro presupuesto es de unos 120 euros por noche.",
        "Procuramos um quarto duplo de 3 a 5 de junho. O nosso orçamento é de uns 100 euros por noite.",
    ],
)
def test_the_guests_own_budget_is_no_quote_asked(text: str) -> None:
    assert stay_intent._QUOTE.search(fold(text)) is None
    assert stay_intent._ASKS_ROOM.search(fold(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "dad and two kids looking for a room 3-5 April, anything under £120?",
        "Buscamos una habitación para dos del 3 al 5 de abril, ¿algo por menos de 90 euros?",
        "Procuramos um quarto para dois de 3 a 5 de abril, algo abaixo de 100 euros?",
        "On cherche une chambre pour deux du 3 au 5 avril, quelque chose à moins de 100 € ?",
        "Cerchiamo una camera per due dal 3 al 5 aprile, qualcosa sotto i 100 euro?",
    ],
)
def test_a_room_under_a_price_asked_beside_a_need_is_availability(text: str) -> None:
    assert stay_intent._ASKS_ROOM.search(fold(text))
    assert _intent(text) == "availability"
