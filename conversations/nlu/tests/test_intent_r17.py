"""What the r17 writers' guests said that the intent rules missed (round 17): a booking made whose guests, rooms or
holder change, a stay asked in place of a cancelled one, a booking checked, thanks after the stay, a question with its
reason beside it, a person or a department asked for, another guest asked after by a godchild or a partner, a supplier,
the terms of cancelling, and FAQ topics named in few words. New sentences in six languages, none copied from the first
set (docs/INTERFACES.md "Understanding conventions")."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import classifier, extract_booking_ref, understand
from conversations.nlu.requests import asks_the_terms_of_cancelling, question_then_reason
from conversations.nlu.rules import asks_about_another_guest, out_of_scope, thanks_for_the_stay, wants_someone
from conversations.nlu.stay_intent import (
    changes_a_booking_made,
    changes_the_holder,
    checks_the_booking,
    hands_over_the_name,
)
from conversations.nlu.text import fold

TODAY = dt.date(2027, 3, 4)


def _intent(text: str) -> tuple[str, str | None]:
    understood = understand(text, today=TODAY)
    return understood.intent, understood.faq_topic


@pytest.mark.parametrize(
    "text",
    [
        "Hola, tenemos la reserva 55120 para junio. Al final viene también mi cuñada, así que seríamos 3 adultos.",
        "Hi, on booking 48213 for July my sister is joining us, so we'd be 3 adults and 2 kids.",
        "Na reserva 30417 esquecemos de colocar a nossa filha, seríamos 2 adultos e 1 criança.",
        "Nous avions réservé trois chambres du 4 au 7 juin, mais un couple ne vient plus : deux chambres suffiront.",
        "Zu unserer Buchung 40 512: Wir bräuchten zusätzlich ein zweites Zimmer für die Großeltern.",
        "Prenotazione 61 230: si aggiunge mio fratello, quindi saremo 4 adulti.",
        "Reservamos dois quartos mas um casal desistiu, então só vamos precisar de um. Reserva 77120.",
        "Wir hatten ein Einzelzimmer vom 8. bis 10. Mai reserviert, bräuchten aber jetzt ein Doppelzimmer.",
        "Per la prenotazione 50 117: i ragazzi saranno 18 e non 20.",
    ],
)
def test_a_booking_made_whose_party_or_rooms_change_is_a_change(text: str) -> None:
    assert changes_a_booking_made(fold(text), extract_booking_ref(text))
    assert understand(text, today=TODAY).intent == "booking_modify"


@pytest.mark.parametrize(
    "text",
    [
        # a new stay with its party, no booking made
        "Quiero reservar una doble del 3 al 5 de abril, así que seríamos 2 adultos.",
        "We'd like to book two rooms from 3 to 5 April, we'll be 4 adults.",
        # a booking made beside a question about the hotel
        "Tenemos la reserva 55120 para junio, ¿hay parking?",
    ],
)
def test_a_new_stay_or_a_question_is_no_change(text: str) -> None:
    assert understand(text, today=TODAY).intent != "booking_modify"


@pytest.mark.parametrize(
    "text",
    [
        "Con la huelga solo llegaremos el 16 en vez del 15, la salida sigue el 18. Reserva a nombre de Ortega.",
        "With the rail strike we'll only get there on the 16th instead of the 15th, still leaving on the 18th.",
        "Wegen des Bahnstreiks kommen wir erst am 16. statt am 15. an, Abreise bleibt am 18.",
        "Con lo sciopero arriviamo il 16 invece del 15, la partenza resta il 18.",
    ],
)
def test_another_day_instead_of_the_booked_one_is_a_change(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_modify"


@pytest.mark.parametrize(
    ("text", "holder_changed"),
    [
        ("Bitte die Buchung 44 120 auf meine Tochter umschreiben: Lena Vogt. Ich kann leider nicht.", True),
        ("Vorrei intestare la prenotazione 20 114 a mio marito, Paolo Riva.", True),
        ("¿Podéis poner la reserva 66012 a nombre de mi hermano, Luis Prado?", True),
        ("La reserva 55013 está a mi nombre pero va mi hija; ¿la pueden poner a nombre de Sara Gil?", True),
        # an invoice put in a name is no booking's holder
        ("Sobre la reserva 55013, ¿la factura la pueden poner a nombre de mi empresa?", False),
    ],
)
def test_the_holder_changed_to_someone_named(text: str, holder_changed: bool) -> None:
    assert changes_the_holder(fold(text)) is holder_changed
    if holder_changed:
        assert understand(text, today=TODAY).intent == "booking_modify"


@pytest.mark.parametrize(
    "text",
    [
        "Need to cancel booking 52210 (May 4-6), plans changed. Could we have the weekend of 19 June instead?",
        "Tengo que anular la reserva 52210 (4-6 de mayo). ¿Podríamos venir el fin de semana del 19 de junio en su lugar?",
    ],
)
def test_a_stay_asked_instead_at_the_end_of_a_cancellation_is_a_change(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_modify"


@pytest.mark.parametrize(
    "text",
    [
        "Vi chiedo di annullare la prenotazione 40 221 del 3-5 maggio. Inviate conferma dell'annullamento, grazie.",
        "Please cancel booking 40221 for 3-5 May and send me a confirmation of the cancellation.",
    ],
)
def test_a_cancellation_with_its_confirmation_asked_is_a_cancellation(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_cancel"


@pytest.mark.parametrize(
    "text",
    [
        "Hi, can you confirm you've got us down for New Year? Under Fletcher, one double.",
        "Ich wollte nur sichergehen, dass Sie uns für Samstag eingetragen haben.",
        "Je voulais savoir si vous aviez bien notre réservation pour le 12 avril.",
        "¿Me confirman que tienen nuestra reserva para el sábado?",
    ],
)
def test_whether_the_hotel_has_the_booking_is_its_status(text: str) -> None:
    assert checks_the_booking(fold(text))
    assert understand(text, today=TODAY).intent == "booking_status"


@pytest.mark.parametrize(
    "text",
    [
        "Passando só pra agradecer, o café da manhã tava ótimo e a Dona Cida da recepção é um doce.",
        "Just a quick note to say how much we enjoyed our stay. See you next summer!",
        "We're back home and still talking about it. Thanks a million to all of ye!",
        "Cheers for everything, the room was spotless. See you next year!",
        "Juste un petit mot pour vous remercier, tout était parfait.",
        "Ci siamo trovati benissimo, a presto!",
    ],
)
def test_thanks_and_praise_after_the_stay_are_a_goodbye(text: str) -> None:
    assert thanks_for_the_stay(fold(text))
    assert understand(text, today=TODAY).intent == "thanks_goodbye"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Avez-vous une salle de sport ? Mon mari ne peut pas s'en passer le matin.", "amenities"),
        ("Gibt es einen Aufzug? Seit meiner Hüftoperation sind Treppen beschwerlich.", "accessibility"),
        ("Is there a pool? The kids haven't stopped talking about it all week.", "amenities"),
        ("¿A qué hora empieza el desayuno? Porque mi marido sin su café no es persona.", "breakfast"),
    ],
)
def test_a_question_with_its_reason_after_it_is_a_question(text: str, topic: str) -> None:
    assert question_then_reason(fold(text)) is not None
    assert _intent(text) == ("faq", topic)


@pytest.mark.parametrize(
    "text",
    [
        # something wrong in the reason is a complaint
        "Is there another room free? This one smells of smoke and it's disgusting.",
        "El ascensor lleva parado desde esta mañana y estoy atrapado en el tercer piso. No es aceptable.",
        "The lift has been stuck since this morning and I'm stuck on the fourth floor. Not acceptable.",
    ],
)
def test_something_wrong_said_stays_a_complaint(text: str) -> None:
    assert understand(text, today=TODAY).intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "¿Me podéis pasar con alguien de administración? Es por una factura.",
        "Pourriez-vous me mettre en relation avec votre service groupes ?",
        "Könnte ich bitte mit Ihrer Veranstaltungsabteilung telefonieren?",
        "Queria falar com a Dra. Helena do departamento comercial.",
    ],
)
def test_a_person_or_a_department_asked_for_is_a_handoff(text: str) -> None:
    assert wants_someone(fold(text))
    assert understand(text, today=TODAY).intent == "handoff_request"


@pytest.mark.parametrize(
    "text",
    [
        "A D. Fernanda Lopes já fez o check-in? Sou o afilhado dela.",
        "Meu namorado, o Tiago Reis, já fez o check-in? Qual o quarto dele?",
        "Has Mrs Quinn checked in yet? I'm her goddaughter.",
    ],
)
def test_another_guest_asked_after_by_a_godchild_or_partner_is_other(text: str) -> None:
    assert asks_about_another_guest(fold(text))
    assert understand(text, today=TODAY).intent == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag, ich habe die Metzgerei gegenüber. Hätten Sie Interesse, Ihren Aufschnitt künftig bei uns zu beziehen?",
        "Hello, I run the bakery next door. Would you be interested in buying your breakfast pastries from us?",
    ],
)
def test_a_supplier_selling_to_the_hotel_is_other(text: str) -> None:
    assert out_of_scope(fold(text))
    assert understand(text, today=TODAY).intent == "other"


@pytest.mark.parametrize(
    "text",
    [
        "How much notice do you need if we have to cancel without penalty? Our booking is next month.",
        "Y si cancelo mañana, ¿me cobran algo? Es la reserva 40112.",
        "Si jamais on doit annuler la veille, on perd tout ?",
    ],
)
def test_the_terms_of_cancelling_asked_are_the_policy(text: str) -> None:
    assert asks_the_terms_of_cancelling(fold(text))
    assert _intent(text) == ("faq", "cancellation_policy")


def test_a_cancellation_said_outright_is_no_question_of_terms() -> None:
    assert understand("Please cancel booking 40112, we can't come.", today=TODAY).intent == "booking_cancel"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Hätten'S vom 9. bis 11. April zwei Zimmer für uns drei?", "availability"),
        ("Famille de 4, on cherche une chambre du 3 au 6 août, c'est dispo ?", "availability"),
        ("Buenos días cariño, soy la Pilar", "greeting"),
        (
            "We would need two rooms from 8 to 10 October for my parents and us. Could you let me know if that's possible?",
            "availability",
        ),
        ("Necesitaríamos dos habitaciones del 8 al 10 de octubre, ¿me dicen si es posible?", "availability"),
        # "if possible" softens a wish and asks nothing
        ("We would need two rooms from 8 to 10 October, a quiet one if possible.", "booking_create"),
        ("Non merci, c'est beau!", "deny"),
    ],
)
def test_short_regional_wordings(text: str, intent: str) -> None:
    assert understand(text, today=TODAY).intent == intent


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Il posto auto per disabili è coperto?", "parking"),
        ("Is the disabled parking space close to the entrance?", "parking"),
        ("Habt ihr einen Coworking-Space?", "amenities"),
        ("Gibt es einen Trockenraum für nasse Skischuhe?", "amenities"),
        ("Gibts nen Shutle vom Flughafen?", "airport_transfer"),
        # breakfast said as something to eat in the morning
        ("Tem alguma coisa para comer de manhã ou temos de sair?", "breakfast"),
        ("Gibt es morgens etwas zu essen bei euch?", "breakfast"),
        ("C'è qualcosa da mangiare la mattina?", "breakfast"),
        ("¿Dan algo de comer por la mañana?", "breakfast"),
    ],
)
def test_faq_topics_named_in_few_words(text: str, topic: str) -> None:
    assert classifier.named_topic(fold(text)) == topic
    assert _intent(text) == ("faq", topic)


@pytest.mark.parametrize(
    "text",
    [
        "Serait-il possible d'avoir une facture pour la réservation 4410 ? Notre comptable me la réclame.",
        "Pourriez-vous m'envoyer la facture du séjour ? Mon employeur nous la réclame.",
    ],
)
def test_an_invoice_someone_else_claims_is_no_complaint(text: str) -> None:
    assert _intent(text) == ("faq", "payment_methods")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Der Name für die Buchung ist Anton Reiser.", "booking_create"),
        ("The name for the booking is Grace Liu.", "booking_create"),
        ("El nombre para la reserva es Lucía Campos.", "booking_create"),
        ("Il nome per la prenotazione è Marco Ferri.", "booking_create"),
        # asked, the name is for a status check
        ("The name on the booking is Grace Liu, can you check it is confirmed?", "booking_status"),
    ],
)
def test_the_name_for_the_booking_handed_over_is_a_booking(text: str, intent: str) -> None:
    assert hands_over_the_name(fold(text)) is (intent == "booking_create")
    assert understand(text, today=TODAY).intent == intent


def test_a_drawn_out_yes_is_in_its_language() -> None:
    assert understand("siiiim", today=TODAY).lang == "pt"
