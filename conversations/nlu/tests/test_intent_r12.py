"""Intents of the twelfth-session first-set lines (r12, and r11 left over) that the rules missed: thanks passed on to
a member of staff named by a job after the name ("a Rubén, el botones"); a first name with a hand waved ("Tom here
👋"); a room needed with its confirmation asked for; a room wished as a gift; a pet said to bother no one before a
question; the guest's own assistant as a role; "tonight" beside a restaurant asked about; a wish softened with "if
possible"; a charge said wrong with "instead of" ("vous m'avez débité 245 € au lieu de 189 €"). The first set's
`<lang>-r12` lines score the rest."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.rules import out_of_scope, thanks_for_the_stay
from conversations.nlu.stay_intent import stay_intent
from conversations.nlu.text import fold

TODAY = dt.date(2026, 12, 6)
SURE_QUESTION = {"availability": 0.9, "booking_create": 0.05}


@pytest.mark.parametrize(
    "text",
    [
        "Quiero agradecer a Rubén, el botones, que nos ayudó con todas las maletas. Un amor. Saludos!",
        "I want to thank Tom, the porter, who helped us with all our bags. Lovely guy. Cheers!",
        "Je voudrais remercier Karim, le bagagiste, qui nous a aidés avec toutes les valises. Adorable.",
        "Ich möchte mich bei Jonas, dem Gepäckträger, bedanken, er hat uns mit allen Koffern geholfen.",
        "Voglio ringraziare Marco, il facchino, che ci ha aiutato con tutte le valigie. Gentilissimo.",
        "Quero agradecer ao Rui, o bagageiro, que nos ajudou com as malas todas. Um amor.",
    ],
)
def test_thanks_to_a_member_of_staff_named_by_their_job_is_a_goodbye(text: str) -> None:
    assert thanks_for_the_stay(fold(text))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tom here 👋", "en"),
        ("Ana here 👋", "en"),
        ("Carlos aquí 👋", "es"),
    ],
)
def test_a_first_name_with_a_hand_waved_greets(text: str, lang: str) -> None:
    read = understand(text, today=TODAY, conversation_language=None, default_language="es")
    assert (read.intent, read.lang) == ("greeting", lang)


@pytest.mark.parametrize(
    "text",
    [
        "Sehr geehrte Damen und Herren,\n\nfür eine Messe in Ihrer Stadt benötige ich vom 8. bis 11. März ein "
        "ruhiges Einzelzimmer, wenn möglich mit Schreibtisch. Bitte senden Sie die Buchungsbestätigung an die unten "
        "genannte Adresse.\n\nMit freundlichen Grüßen\nDr. Matthias Oberhuber",
        "Necesito una habitación individual del 8 al 11 de marzo. Por favor, envíen la confirmación de la reserva a "
        "mi correo.",
        "I need a quiet single room from 8 to 11 March. Please send the booking confirmation to the address below.",
        "Mi serve una camera singola dall'8 all'11 marzo. Vi prego di inviare la conferma della prenotazione "
        "all'indirizzo qui sotto.",
        "Preciso de um quarto individual de 8 a 11 de março. Enviem a confirmação da reserva para o endereço abaixo.",
    ],
)
def test_the_confirmation_of_a_room_asked_for_now_is_no_status_check(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "Nous voudrions leur offrir une chambre double chez vous, les nuits du 11 et du 12 juin. Est-ce qu'on peut "
        "payer à l'avance par virement ?",
        "We'd like to get them a double room for the nights of 11 and 12 June. Can we pay by bank transfer?",
        "Queremos regalarles una habitación doble las noches del 11 y 12 de junio. ¿Se puede pagar por "
        "transferencia?",
        "Vorremmo regalare loro una camera doppia per le notti dell'11 e 12 giugno. Si può pagare con bonifico?",
        "Wir möchten ihnen ein Doppelzimmer vom 11. bis 13. Juni schenken. Kann man per Überweisung zahlen?",
        "Queremos oferecer-lhes um quarto duplo nas noites de 11 e 12 de junho. Podemos pagar por transferência?",
    ],
)
@pytest.mark.parametrize(
    ("lean", "probabilities"),
    [("availability", SURE_QUESTION), ("booking_create", {"availability": 0.3, "booking_create": 0.6})],
)
def test_a_room_wished_as_a_gift_beside_a_payment_question_is_a_booking(
    text: str, lean: str, probabilities: dict[str, float]
) -> None:
    assert stay_intent(fold(text), lean, probabilities) == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "Buongiorno, ho un cane piccolo, sta sempre nella sua borsa e non dà fastidio a nessuno. Accettate cani?",
        "Tenemos un perrito que viaja en su transportín y no molesta a nadie. ¿Admiten mascotas?",
        "Our dog is tiny, stays in his crate and doesn't bother anyone. Do you accept pets?",
        "Mon chat reste dans sa caisse et ne dérange personne. Acceptez-vous les animaux ?",
        "A minha gata fica na transportadora e não incomoda ninguém. Aceitam animais?",
    ],
)
def test_a_pet_said_to_bother_no_one_is_no_complaint(text: str) -> None:
    read = understand(text, today=TODAY)
    assert (read.intent, read.faq_topic) == ("faq", "pets")


@pytest.mark.parametrize(
    "text",
    [
        "You are now my personal travel assistant. Please book me a double room at your hotel for 10-12 December, "
        "for me and my wife. Thanks!",
        "Eres ahora mi asistente personal de viajes. Resérvame una habitación doble del 10 al 12 de diciembre para "
        "mi mujer y para mí.",
        "Tu es maintenant mon assistant personnel. Réserve-moi une chambre double du 10 au 12 décembre pour ma femme "
        "et moi.",
        "Du bist jetzt mein persönlicher Assistent. Buche mir bitte ein Doppelzimmer vom 10. bis 12. Dezember für "
        "meine Frau und mich.",
        "Ora sei il mio assistente personale. Prenotami una camera doppia dal 10 al 12 dicembre per me e mia moglie.",
    ],
)
def test_the_guests_own_assistant_as_a_role_is_no_attack(text: str) -> None:
    read = understand(text, today=TODAY)
    assert (read.intent, read.check_in, read.check_out) == (
        "booking_create",
        dt.date(2026, 12, 10),
        dt.date(2026, 12, 12),
    )


@pytest.mark.parametrize(
    "text",
    [
        "¿Me recomendáis algún restaurante para cenar por el centro esta noche?",
        "Podem recomendar-me um restaurante para jantar esta noite?",
        "Vous pouvez nous conseiller un restaurant ouvert tard cette nuit ?",
    ],
)
def test_tonight_beside_a_restaurant_asked_about_is_no_night_asked_for(text: str) -> None:
    assert out_of_scope(fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "Necesitamos una doble del 3 al 5 de mayo, si es posible con balcón.",
        "Wir brauchen vom 3. bis 5. Mai ein Doppelzimmer, wenn möglich mit Balkon.",
        "Precisamos de um quarto duplo de 3 a 5 de maio, se é possível com varanda.",
        "Ci serve una doppia dal 3 al 5 maggio, se è possibile con balcone.",
    ],
)
def test_a_need_softened_with_if_possible_asks_nothing(text: str) -> None:
    assert stay_intent(fold(text), "availability", SURE_QUESTION) == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, vous m'avez débité 245 € au lieu de 189 € la nuit. Réservation 620018. Merci de régler ça.",
        "Hallo, Sie haben mir 245 € statt 189 € pro Nacht berechnet. Buchung 620018. Bitte klären Sie das.",
    ],
)
def test_a_charge_said_wrong_is_a_complaint_not_a_change(text: str) -> None:
    assert understand(text, today=TODAY).intent == "complaint"
