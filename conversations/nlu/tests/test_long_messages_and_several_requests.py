"""Long messages that tell a story, several requests in one message and formal e-mails, in six languages
(the first set's `<lang>-r4aNN` lines score the rest)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

TODAY = dt.date(2027, 2, 10)


@pytest.mark.parametrize(
    "text",
    [
        "We'd be my husband, me, my parents and our daughter (9). Could we book two rooms from 17 to 20 March?",
        "Seríamos mi marido, yo, mis padres y nuestra hija de 9 años. Queremos reservar dos habitaciones del 17 al "
        "20 de marzo.",
        "Seríamos o meu marido, eu, os meus pais e a nossa filha de 9 anos. Queremos reservar dois quartos de 17 a "
        "20 de março.",
        "Nous serions mon mari, moi, mes parents et notre fille de 9 ans. Nous souhaitons réserver deux chambres "
        "du 17 au 20 mars.",
        "Wir wären mein Mann, ich, meine Eltern und unsere Tochter (9). Wir möchten zwei Zimmer vom 17. bis 20. "
        "März buchen.",
        "Saremmo mio marito, io, i miei genitori e nostra figlia di 9 anni. Vorremmo prenotare due camere dal 17 "
        "al 20 marzo.",
    ],
)
def test_the_writer_the_partner_and_the_parents_are_four_adults(text):
    understood = understand(text, today=TODAY)
    assert (understood.adults, understood.children, understood.rooms) == (4, 1, 2)


@pytest.mark.parametrize(
    "text",
    [
        "My parents and I would like a room from 17 to 20 March.",
        "Mis padres y yo queremos una habitación del 17 al 20 de marzo.",
        "Os meus pais e eu queremos um quarto de 17 a 20 de março.",
        "Mes parents et moi voudrions une chambre du 17 au 20 mars.",
        "Meine Eltern und ich möchten ein Zimmer vom 17. bis 20. März.",
        "I miei genitori e io vorremmo una camera dal 17 al 20 marzo.",
    ],
)
def test_the_writer_and_the_parents_alone_are_still_three(text):
    assert understand(text, today=TODAY).adults == 3


@pytest.mark.parametrize(
    "text",
    [
        "Please cancel booking 58231 for 2 to 4 May. Instead we would like a double room from 14 to 16 May.",
        "Tengo que anular la reserva 58231 del 2 al 4 de mayo. En su lugar querríamos una doble del 14 al 16 de mayo.",
        "Preciso cancelar a reserva 58231 de 2 a 4 de maio. Em vez disso, queríamos um quarto de 14 a 16 de maio.",
        "Je dois annuler la réservation 58231 du 2 au 4 mai. À la place, nous voudrions une double du 14 au 16 mai.",
        "Ich muss die Buchung 58231 vom 2. bis 4. Mai stornieren. Stattdessen hätten wir gern ein Zimmer vom 14. bis "
        "16. Mai.",
        "Devo annullare la prenotazione 58231 dal 2 al 4 maggio. Al suo posto vorremmo una doppia dal 14 al 16 maggio.",
    ],
)
def test_a_cancellation_with_another_stay_in_its_place_moves_the_booking(text):
    understood = understand(text, today=dt.date(2027, 4, 15))
    assert understood.intent == "booking_modify"
    assert (understood.check_in, understood.check_out) == (dt.date(2027, 5, 14), dt.date(2027, 5, 16))
    assert understood.booking_ref == "58231"


@pytest.mark.parametrize(
    "text",
    [
        "Please cancel booking 58231 for 2 to 4 May, we can't come.",
        "Anulen la reserva 58231 del 2 al 4 de mayo, por favor.",
        "Cancelem a reserva 58231 de 2 a 4 de maio, por favor.",
        "Merci d'annuler la réservation 58231 du 2 au 4 mai.",
        "Bitte stornieren Sie die Buchung 58231 vom 2. bis 4. Mai.",
        "Annullate la prenotazione 58231 dal 2 al 4 maggio, grazie.",
    ],
)
def test_a_cancellation_alone_stays_a_cancellation(text):
    assert understand(text, today=dt.date(2027, 4, 15)).intent == "booking_cancel"


@pytest.mark.parametrize(
    "text",
    [
        "My sister is getting married here on 19 December. We are four adults and two boys of 10 and 13. We'd "
        "arrive on the 18th and stay three nights.",
        "Mi hermana se casa el 19 de diciembre. Somos cuatro adultos y dos chicos de 10 y 13 años. Llegaríamos el "
        "18 y nos quedaríamos tres noches.",
        "Minha irmã vai se casar no dia 19 de dezembro. Somos quatro adultos e dois meninos de 10 e 13 anos. "
        "Chegaríamos dia 18 e ficaríamos três noites.",
        "Ma sœur se marie le 19 décembre. Nous sommes quatre adultes et deux garçons de 10 et 13 ans. Nous "
        "arriverions le 18 et resterions trois nuits.",
        "Meine Schwester heiratet am 19. Dezember. Wir sind vier Erwachsene und zwei Jungs von 10 und 13 Jahren. "
        "Wir würden am 18. anreisen und drei Nächte bleiben.",
        "Mia sorella si sposa il 19 dicembre. Siamo quattro adulti e due ragazzi di 10 e 13 anni. Arriveremmo il 18 "
        "e resteremmo tre notti.",
    ],
)
def test_someone_elses_wedding_day_is_no_stay_day_beside_the_arrival_and_nights(text):
    understood = understand(text, today=dt.date(2026, 11, 25))
    assert (understood.check_in, understood.check_out) == (dt.date(2026, 12, 18), dt.date(2026, 12, 21))
    assert (understood.adults, understood.children) == (4, 2)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We are four girls, arriving 18 December for three nights.", "en"),
        ("Somos cuatro chicas, llegamos el 18 de diciembre, tres noches.", "es"),
        ("Wir sind vier Jungs und kommen am 18. Dezember für drei Nächte.", "de"),
    ],
)
def test_boys_and_girls_without_ages_are_no_children(text, lang):
    assert understand(text, today=dt.date(2026, 11, 25)).children is None


@pytest.mark.parametrize(
    "text",
    [
        "We've been in room 214 for two days and the air conditioning doesn't work, and we have a baby. Can you "
        "move us today? And what time does the pool close?",
        "Llevamos dos días en la habitación 214 y el aire acondicionado no funciona, y encima tenemos un bebé. ¿Nos "
        "pueden cambiar hoy? ¿Y a qué hora cierra la piscina?",
        "Estamos há dois dias no quarto 214 e o ar condicionado não funciona, e ainda temos um bebê. Podem nos "
        "trocar de quarto hoje? E a piscina fecha a que horas?",
        "Nous sommes dans la chambre 214 depuis deux jours et la climatisation ne marche pas, et nous avons un "
        "bébé. Pouvez-vous nous changer de chambre ? Et à quelle heure ferme la piscine ?",
        "Wir sind seit zwei Tagen in Zimmer 214 und die Klimaanlage funktioniert nicht, und wir haben ein Baby "
        "dabei. Können Sie uns ein anderes Zimmer geben? Und wann schließt der Pool?",
        "Siamo da due giorni nella camera 214 e l'aria condizionata non funziona, e abbiamo un neonato. Potete "
        "cambiarci camera oggi? E a che ora chiude la piscina?",
    ],
)
def test_a_complaint_with_a_question_counts_no_party(text):
    understood = understand(text, today=dt.date(2027, 7, 3))
    assert understood.intent == "complaint"
    assert (understood.adults, understood.children, understood.rooms) == (None, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Cancel booking 58231 please. Instead a double from 14 to 16 May, we're still two.",
        "Anulen la reserva 58231. En su lugar, una doble del 14 al 16 de mayo, seguimos siendo dos.",
        "Cancelem a reserva 58231. Em vez disso, um quarto de 14 a 16 de maio, continuamos a ser dois.",
    ],
)
def test_the_party_still_the_same_in_a_change_is_counted(text):
    assert understand(text, today=dt.date(2027, 4, 15)).adults == 2


def test_a_french_letter_closing_with_veuillez_agreer_is_signed_by_the_name_under_it():
    text = (
        "Madame,\n\nNous vous confirmons la réservation de trois chambres individuelles du 11 au 14 janvier.\n\n"
        "Veuillez agréer, Madame, l'expression de nos salutations distinguées.\n\nPhilippe Garnier\n"
        "Directeur des Ressources Humaines\nGroupe Atlantique SA"
    )
    assert understand(text, today=dt.date(2026, 12, 2)).guest_name == "Philippe Garnier"


@pytest.mark.parametrize(
    "text",
    [
        "We are two. Our daughter (6) comes too. Arrival Friday 12th, we leave Sunday.",
        "Somos dos. Viene también nuestra hija (6). Llegamos el viernes 12 y nos vamos el domingo.",
        "Somos dois. A nossa filha (6) também vem. Chegamos sexta dia 12 e saímos no domingo.",
        "Nous sommes deux. Notre fille (6 ans) vient aussi. Arrivée vendredi 12, départ dimanche.",
        "Wir sind zwei. Unsere Tochter (6) kommt auch mit. Anreise Freitag, den 12., Abreise Sonntag.",
        "Siamo in due. Viene anche nostra figlia (6). Arrivo venerdì 12, partenza domenica.",
    ],
)
def test_details_spread_over_sentences_give_the_whole_stay(text):
    understood = understand(text, today=dt.date(2027, 2, 2))
    assert (understood.check_in, understood.check_out) == (dt.date(2027, 2, 12), dt.date(2027, 2, 14))
    assert (understood.adults, understood.children) == (2, 1)


@pytest.mark.parametrize(
    "text",
    [
        "We have booking 60412 from 10 to 13 July. Could you add an extra bed in the same room?",
        "Tenemos la reserva 60412 del 10 al 13 de julio. ¿Podrían añadir una cama supletoria en la misma habitación?",
        "Temos a reserva 60412 de 10 a 13 de julho. Podem pôr uma cama extra no mesmo quarto?",
        "Nous avons la réservation 60412 du 10 au 13 juillet. Pourriez-vous ajouter un lit dans la même chambre ?",
        "Wir haben die Buchung 60412 vom 10. bis 13. Juli. Könnten Sie ein Zustellbett ins selbe Zimmer stellen?",
        "Abbiamo la prenotazione 60412 dal 10 al 13 luglio. Potreste aggiungere un letto nella stessa camera?",
    ],
)
def test_the_same_room_of_a_booking_is_one_room(text):
    assert understand(text, today=dt.date(2027, 6, 1)).rooms == 1


@pytest.mark.parametrize(
    ("text", "rooms"),
    [
        ("Hiermit bestätigen wir die Buchung von drei Einzelzimmern vom 11. bis 14. Januar.", 3),
        ("Hätten Sie zwei nebeneinander liegende Zimmer vom 18. bis 21. Dezember?", 2),
    ],
)
def test_german_rooms_in_the_dative_and_after_two_words_are_counted(text, rooms):
    assert understand(text, today=dt.date(2026, 12, 2)).rooms == rooms


@pytest.mark.parametrize(
    "closing",
    [
        "Thank you so much, Margaret Ellis",
        "Thanks a lot, Margaret Ellis",
        "Thank you very much, Margaret Ellis",
    ],
)
def test_a_long_english_thanks_before_the_full_name_signs_the_message(closing):
    text = f"Could you book us a double room from 16 to 19 April? Just the two of us. {closing}"
    assert understand(text, today=dt.date(2027, 1, 14)).guest_name == "Margaret Ellis"


@pytest.mark.parametrize(
    "text",
    [
        "We are 3 adults and would need one triple room from 1 to 4 May.\n\nThanks\nOliver",
        "Somos 3 adultos y necesitaríamos una habitación triple del 1 al 4 de mayo.\n\nGracias\nÓscar",
        "Somos 3 adultos e precisávamos de um quarto triplo de 1 a 4 de maio.\n\nObrigado\nMiguel",
        "Nous sommes 3 adultes et aurions besoin d'une chambre triple du 1er au 4 mai.\n\nMerci\nHugo",
        "Wir sind 3 Erwachsene und bräuchten ein Dreibettzimmer vom 1. bis 4. Mai.\n\nDanke\nFelix",
        "Siamo 3 adulti e avremmo bisogno di una camera tripla dall'1 al 4 maggio.\n\nGrazie\nLorenzo",
    ],
)
def test_a_need_in_the_conditional_is_a_wish_to_book(text):
    understood = understand(text, today=dt.date(2027, 4, 12))
    assert understood.intent == "booking_create"
    assert (understood.check_in, understood.check_out) == (dt.date(2027, 5, 1), dt.date(2027, 5, 4))


@pytest.mark.parametrize(
    "text",
    [
        "Hello, we have booking 60412 from 10 to 13 July. Our son (15) is joining us, could you add an extra bed?",
        "Hola, tenemos la reserva 60412 del 10 al 13 de julio. ¿Podrían añadir una cama supletoria para nuestro hijo?",
        "Olá, temos a reserva 60412 de 10 a 13 de julho. Podem pôr uma cama extra para o nosso filho?",
        "Bonjour, nous avons la réservation 60412 du 10 au 13 juillet. Pourriez-vous ajouter un lit d'appoint ?",
        "Hallo, wir haben die Buchung 60412 vom 10. bis 13. Juli. Könnten Sie ein Zustellbett ins Zimmer stellen?",
        "Ciao, abbiamo la prenotazione 60412 dal 10 al 13 luglio. Potreste aggiungere un letto per nostro figlio?",
    ],
)
def test_a_bed_added_to_a_booking_named_by_its_number_changes_it(text):
    understood = understand(text, today=dt.date(2027, 6, 1))
    assert understood.intent == "booking_modify"
    assert (understood.check_in, understood.check_out) == (dt.date(2027, 7, 10), dt.date(2027, 7, 13))


@pytest.mark.parametrize(
    "text",
    [
        "Do you have cots? We'd like to book a double from 10 to 13 July.",
        "Is there a charge for a cot? Our booking is 60412.",
        "¿Tienen cunas? Quiero reservar una doble del 10 al 13 de julio.",
    ],
)
def test_a_bed_asked_about_without_adding_it_to_a_booking_is_no_change(text):
    assert understand(text, today=dt.date(2027, 6, 1)).intent != "booking_modify"
