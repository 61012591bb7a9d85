"""What the r26 writers' guests said that the intent rules missed: a booking made moved with the booking as a pronoun
("retrasarla", "spostarla", "push it back", "umzubuchen"), lengthened, begun later, its party or rooms changed beside a
question about the hotel; a booked stay named by the name it stands under or in Bavarian and Swiss German; whether the
hotel has the writer down or the booking is confirmed beside a question; a stay given up; thanks for a stay with a wish
to come back in a month or a season; whether a stay can be, asked in Brazilian; a booking asked as a favour in a letter; a
wish to come said with delight; a first name and where the writer writes from; thanks for the confirmation; a relative
asked after in Bavarian. New sentences in six languages, none copied from the held-out sets (docs/INTERFACES.md
"Understanding conventions")."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from conversations.nlu import rules, understand
from conversations.nlu.text import fold

# (the package exports a function of the module's name)
stay_intent = importlib.import_module("conversations.nlu.stay_intent")

TODAY = dt.date(2027, 3, 4)


def _intent(text: str) -> str:
    return understand(text, today=TODAY).intent


# --- a booking moved, the booking said as a pronoun or pushed ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tengo la reserva 58310 del 8 al 10 de mayo. ¿Sería posible retrasarla una semana?",
        "Our flight got moved, could you push our booking from Friday to Saturday?",
        "We have booking 33019 for 4-6 May, can you push it back a week?",
        "Temos a reserva 77120 de 4 a 6 de junho. Podem adiá-la uma semana?",
        "Nous avons la réservation 44190 du 2 au 4 mai. Pourriez-vous la reporter au week-end suivant ?",
        "Zu unserer Reservierung 55102: Ich möchte Sie bitten, diese auf den 10. bis 12. Mai umzubuchen.",
        "Abbiamo la prenotazione 66120 dal 3 al 5 maggio, potreste spostarla al fine settimana dopo?",
    ],
)
def test_a_booking_moved_by_a_verb_with_its_pronoun_changes_dates(text: str) -> None:
    assert rules.changes_dates(fold(text))


def test_pushing_something_else_is_no_date_change() -> None:
    assert not rules.changes_dates(fold("Can I push the pram into the lift?"))


# --- a booking made, then lengthened or begun later -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We've got the room booked for Friday night but we'd love to stay Saturday too, so leaving Sunday.",
        "A reserva no nome do Paulo Reis é de sexta a domingo, mas a gente queria ficar até segunda.",
        "Mir händ vo Friitig bis Sunntig es Zimmer reserviert. Chönnted mir bis am Mäntig bliibe?",
        "I hob bei eich vom 4. bis 6. Juni a Zimmer gbucht, aber mir kumman erst am Samstag.",
        "Le hablo por la reservación a nombre de Gutiérrez, de viernes a domingo; ¿podemos quedarnos hasta el lunes?",
        "Tenemos la reserva a nombre de Ruiz del 4 al 6 de junio, pero no llegaremos hasta el sábado.",
        "La prenotazione a nome Greco è da venerdì a domenica, ma vorremmo restare anche lunedì.",
        "La réservation au nom de Petit est du vendredi au dimanche, mais on n'arrivera que le samedi.",
    ],
)
def test_a_booking_made_then_lengthened_or_begun_later_is_changed(text: str) -> None:
    assert stay_intent.changes_a_booking_made(fold(text), None)


@pytest.mark.parametrize(
    "text",
    [
        "A reserva no nome do Paulo Reis é de sexta a domingo, mas a gente queria ficar até segunda.",
        "Mir händ vo Friitig bis Sunntig es Zimmer reserviert. Chönnted mir bis am Mäntig bliibe?",
        "I hob bei eich vom 4. bis 6. Juni a Zimmer gbucht, aber mir kumman erst am Samstag.",
    ],
)
def test_a_booking_made_then_lengthened_or_begun_later_is_a_change(text: str) -> None:
    assert _intent(text) == "booking_modify"


def test_a_stay_wished_until_a_day_with_no_booking_made_is_no_change() -> None:
    assert not stay_intent.changes_a_booking_made(fold("We'd like to stay from Friday until Sunday."), None)


# --- the party a booking comes to, beside a question about the hotel --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We have booking 50213 and forgot to add our son, so we'll be 2 adults and 1 child. Do you have a cot?",
        "Tenemos la reserva 50213 y se nos olvidó poner al bebé, así que seríamos 2 adultos y 1 niño. ¿Tienen cuna?",
        "Reserva 50213: a minha mãe vem também, então seremos três. Têm cama extra?",
        "Réservation 50213 : ma sœur vient aussi, donc on sera trois. Avez-vous un lit d'appoint ?",
        "Buchung 50213: Unsere Oma kommt doch mit, wir sind also 3 Erwachsene. Gibt es ein Zustellbett?",
        "Prenotazione 50213: viene anche mia madre, quindi saremo in tre. Avete un letto aggiuntivo?",
    ],
)
def test_the_party_a_booking_comes_to_beside_a_question_changes_it(text: str) -> None:
    assert stay_intent.changes_a_booking_made(fold(text), "50213", asks=True)


@pytest.mark.parametrize(
    "text",
    [
        "Tenemos la reserva 50213 y se nos olvidó poner al bebé, así que seríamos 2 adultos y 1 niño. ¿Tienen cuna?",
        "Buchung 50213: Unsere Oma kommt doch mit, wir sind also 3 Erwachsene. Gibt es ein Zustellbett?",
    ],
)
def test_the_party_a_booking_comes_to_beside_a_question_is_a_change(text: str) -> None:
    assert _intent(text) == "booking_modify"


@pytest.mark.parametrize(
    "text",
    [
        "Reserva 50213: ¿tienen cuna?",
        # (when they will be there, no party: "so we will be at the hotel around 1")
        "Booking 50213: our flight lands late, so we will be at the hotel around 1 am. Is reception open then?",
    ],
)
def test_a_question_beside_a_booking_named_is_still_no_change(text: str) -> None:
    assert not stay_intent.changes_a_booking_made(fold(text), "50213", asks=True)


# --- fewer rooms said enough, or the rooms needed now ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We booked three rooms for the 5th to the 7th. My uncle can't come, so with two we'll be fine: two will do.",
        "Reservamos tres habitaciones del 5 al 7 a nombre de Sanz. Al final con dos nos basta.",
        "Reservámos três quartos de 5 a 7 em nome de Sousa. Afinal com dois chega.",
        "Nous avions réservé trois chambres du 5 au 7. Finalement, avec deux ça suffit.",
        "Wir hatten drei Zimmer vom 5. bis 7. reserviert, Name Huber. Zwei reichen uns jetzt.",
        "Avevamo prenotato tre camere dal 5 al 7 a nome Greco. Alla fine con due ci basta.",
        "We booked two doubles for 3-5 May but my cousins are coming, so we'll need four rooms now.",
        "Reservamos dos habitaciones del 3 al 5 de mayo; ahora necesitamos cuatro habitaciones.",
    ],
)
def test_the_rooms_a_booking_needs_now_change_it(text: str) -> None:
    assert stay_intent.changes_a_booking_made(fold(text), None)


# --- whether the hotel has the writer down, or the booking is confirmed -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Just double checking we're all set for the long weekend, 2 adults, under Okoro.",
        "Could you tell me whether our booking for the 14th is confirmed? And do you have an airport shuttle?",
        "Quería saber si nuestra reserva del puente está confirmada, y si tienen parking.",
        "Pode confirmar que temos o quarto para o fim de semana de 12 de outubro? Família Nunes",
        "Pouvez-vous me confirmer que nous avons bien la chambre pour samedi ?",
        "Können Sie bestätigen, dass wir das Doppelzimmer für Samstag haben?",
        "Mi confermate che abbiamo la camera per sabato?",
        "I can't find the number, can you look it up under Hale? Just want to check it's for two nights from the 9th.",
    ],
)
def test_whether_the_booking_stands_asked_checks_it(text: str) -> None:
    assert stay_intent.checks_the_booking(fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hi, have you got us down for the 12th? Name's Carter. Also, what time is check-in?",
        "¿Nos tenéis apuntados para el puente? A nombre de Ibáñez. ¿Y a qué hora se puede entrar?",
        "Vocês nos têm registados para sexta? Em nome de Costa. E a que horas é o pequeno-almoço?",
        "Bonjour, vous nous avez bien notés pour vendredi ? Au nom de Martin. Et le petit-déjeuner est à quelle heure ?",
        "Hallo, habt ihr uns für Freitag eingetragen? Name Becker. Und ab wann gibt es Frühstück?",
        "Salve, ci avete segnati per venerdì? A nome Galli. E la colazione a che ora è?",
        "Could you tell me whether our booking for the 14th is confirmed? And do you have an airport shuttle?",
        "Just double checking we're all set for the long weekend, 2 adults, under Okoro.",
        "Potete confermarmi che è tutto a posto per la prenotazione del 3-5 maggio? E mi servirebbe la fattura.",
    ],
)
def test_whether_the_booking_stands_beside_a_question_is_its_status(text: str) -> None:
    assert _intent(text) == "booking_status"


# --- a stay given up by the writers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Temos de desistir da estadia de 3 a 5 de abril. A reserva está em nome de Rui Lopes.",
        "Tenemos que renunciar al fin de semana del 3 al 5 de abril. La reserva está a nombre de Ana Gil.",
        "Wir müssen leider auf unseren Aufenthalt vom 3. bis 5. April verzichten. Die Buchung läuft auf Weber.",
        "Purtroppo dobbiamo rinunciare al soggiorno dal 3 al 5 aprile. La prenotazione è a nome Neri.",
        "Unfortunately we have to give up our stay from 3 to 5 April. The booking is under Reid.",
    ],
)
def test_a_stay_given_up_is_a_cancellation(text: str) -> None:
    assert _intent(text) == "booking_cancel"


def test_someone_of_the_party_giving_up_is_a_change() -> None:
    assert _intent("Na reserva 40112 um casal desistiu da viagem, então seremos quatro.") == "booking_modify"


# --- thanks for a stay with a wish to come back in a month or a season ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for a lovely week! We'd love to come back in September, just the two of us again.",
        "¡Gracias por todo, la semana fue estupenda! Queremos volver en octubre, otra vez los dos.",
        "Muito obrigada por tudo! Gostávamos muito de voltar no Carnaval, outra vez a dois.",
        "Merci pour cette belle semaine ! Nous aimerions bien revenir en septembre, toujours à deux.",
        "Danke für die schöne Woche! Wir würden gern im Herbst wiederkommen, wieder zu zweit.",
        "Grazie di tutto, siamo stati benissimo! Vorremmo già tornare a settembre, sempre in due.",
        "Gostávamos muito de voltar no verão com os nossos netos.",
    ],
)
def test_a_wish_to_come_back_in_a_month_or_a_season_is_a_booking(text: str) -> None:
    assert _intent(text) == "booking_create"


def test_a_wish_to_come_back_some_day_is_still_a_goodbye() -> None:
    assert _intent("Thank you for everything, we'd love to come back one day!") == "thanks_goodbye"


# --- whether a stay can be, asked in Brazilian Portuguese -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Somos 6 amigos querendo dois quartos sexta e sábado, rola?",
        "Queremos ir eu e minha irmã de 3 a 6 de agosto. Dá pra ser dois quartos, um pra cada?",
    ],
)
def test_whether_a_stay_can_be_asked_in_brazilian_is_availability(text: str) -> None:
    assert _intent(text) == "availability"


# --- a booking asked as a favour in a letter --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Je vous prie de bien vouloir leur réserver deux chambres individuelles.",
        "Le ruego que les reserve dos habitaciones individuales.",
        "Peço que reservem dois quartos individuais para eles.",
        "Vi prego di prenotare due camere singole per i nostri tecnici.",
        "We would ask you to kindly reserve rooms for both of them.",
        "Ich bitte Sie, ihnen zwei Einzelzimmer zu reservieren.",
    ],
)
def test_a_booking_asked_as_a_favour_is_said_outright(text: str) -> None:
    assert stay_intent._BOOK.search(fold(text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Madame, Monsieur,\n\nnotre société envoie deux techniciens à Lille du lundi 10 au mercredi 12 mai. Merci de "
        "bien vouloir leur réserver deux chambres et de nous adresser la facture.\n\nCordialement,\nService achats",
        "Zwei Techniker sind vom 3. bis 5. Mai vor Ort. Ich bitte Sie, ihnen zwei Einzelzimmer zu reservieren und uns "
        "die Rechnung zu schicken.",
    ],
)
def test_a_booking_asked_as_a_favour_beside_an_invoice_is_a_booking(text: str) -> None:
    assert _intent(text) == "booking_create"


# --- a wish to come said with delight ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A mi mujer y a mí nos encantaría pasar unos días con ustedes en mayo.",
        "On adorerait venir chez vous en mai.",
        "Adoraríamos passar uns dias com vocês em maio.",
        "Ci farebbe piacere venire da voi a maggio.",
    ],
)
def test_a_wish_to_come_said_with_delight_comes_to_stay(text: str) -> None:
    assert stay_intent.comes_to_stay(fold(text))


def test_a_wish_to_come_said_with_delight_and_someone_brought_is_a_booking() -> None:
    text = "A mi mujer y a mí nos encantaría pasar unos días con ustedes en mayo, y esta vez traernos también a mi madre."
    assert _intent(text) == "booking_create"


# --- a first name and where the writer writes from -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Buongiorno, sono Tiziana, vi scrivo da Lecce 🙂",
        "Hi there, I'm Callum, writing from Dundee 👋",
        "Bonjour, je suis Amélie, je vous écris de Nantes 🙂",
        "Olá, sou a Inês, escrevo de Braga 🙂",
        "Hallo, ich bin Jonas und schreibe aus Kiel 👋",
        "Sali zäme, i bi de Urs 👋",
        "Sali, i bi d'Anna 🙂",
    ],
)
def test_a_first_name_and_where_one_writes_from_greets(text: str) -> None:
    assert _intent(text) == "greeting"


# --- thanks for the confirmation --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Merci pour la confirmation, à vendredi !",
        "Thanks for the confirmation, see you Friday!",
        "Gracias por la confirmación, ¡hasta el viernes!",
        "Obrigado pela confirmação da reserva, até sexta!",
        "Danke für die Bestätigung, bis Freitag!",
        "Grazie per la conferma, a venerdì!",
    ],
)
def test_thanks_for_the_confirmation_is_a_goodbye(text: str) -> None:
    assert rules.thanks_for_the_confirmation(fold(text))


def test_thanks_for_the_confirmation_in_french_is_a_goodbye() -> None:
    assert _intent("Merci pour la confirmation, à vendredi !") == "thanks_goodbye"


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the confirmation! Could we also book a second room for 5 May?",
        "Merci pour la confirmation, mais je n'ai pas reçu la facture.",
    ],
)
def test_thanks_for_the_confirmation_with_more_is_no_goodbye(text: str) -> None:
    assert not rules.thanks_for_the_confirmation(fold(text))


# --- a relative asked after in Bavarian ------------------------------------------------------------------------------


def test_a_relative_asked_after_in_bavarian_is_other() -> None:
    assert _intent("Is mei Bruader, der Herr Huber, scho eingcheckt? Er geht ned ans Handy.") == "other"
