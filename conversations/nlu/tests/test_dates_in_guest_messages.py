"""Stay dates as guests write them (round 3, h4): numeric dates in every local form, weekdays before a date,
month names with a typo ("febreo", "Feburary", "genaio"), Portuguese compound day words ("vinte e oito"), arrows
between dates; and days that are no stay: the day a booking was made, a stay of last year, opening hours
(docs/INTERFACES.md "Understanding conventions" / Dates). The reference today is Wednesday 11 March 2026."""

from __future__ import annotations

import pytest

from conversations.nlu.dates import stay_dates
from conversations.nlu.tests.support import WEDNESDAY, d, dates
from conversations.nlu.text import fold


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # Month names one letter off, next to a day number.
        ("es", "quiero reservar pal 15 de febreo, 2 noches", d(2, 15, 2027), d(2, 17, 2027)),
        ("es", "el 20 de agosot, 3 noches", d(8, 20), d(8, 23)),
        ("es", "para el 5 de marso", d(3, 5, 2027), None),
        ("en", "Do you have availability from Feburary 12th to the 15th?", d(2, 12, 2027), d(2, 15, 2027)),
        ("en", "any rooms for three nights starting Augsut 3rd?", d(8, 3), d(8, 6)),
        ("en", "Agust 20 for 3 nights", d(8, 20), d(8, 23)),
        ("pt", "quero reservar 3 noites a partir de 10 de fevreiro", d(2, 10, 2027), d(2, 13, 2027)),
        ("pt", "dia 20 de agsoto", d(8, 20), None),
        ("fr", "du 3 au 6 fevier", d(2, 3, 2027), d(2, 6, 2027)),
        ("fr", "une chambre du 27 au 30 decembre svp", d(12, 27), d(12, 30)),
        ("de", "vom 3. bis 6. Feburar", d(2, 3, 2027), d(2, 6, 2027)),
        ("de", "vom 3. bis 6. Agust", d(8, 3), d(8, 6)),
        ("de", "vom 3. bis 6. Maerz ein Doppelzimmer?", d(3, 3, 2027), d(3, 6, 2027)),
        ("it", "Vorrei una camera dal 7 al 10 genaio", d(1, 7, 2027), d(1, 10, 2027)),
        ("it", "dal 20 al 23 agosoto", d(8, 20), d(8, 23)),
        # Portuguese day numbers in words with "e" are one day, not a list.
        ("pt", "do dia vinte e oito de fevereiro ao dia dois de março", d(2, 28, 2027), d(3, 2, 2027)),
        ("pt", "vinte e um de abril", d(4, 21), None),
        # A weekday before a date with its month is that date.
        ("en", "Wednesday Jan 20 to Saturday Jan 23", d(1, 20, 2027), d(1, 23, 2027)),
        ("en", "Saturday, January 23rd, one night", d(1, 23, 2027), d(1, 24, 2027)),
        # Numeric dates joined by a dash or an arrow, with weekdays or two-digit years.
        ("en", "📅 Fri 2/12 → Sun 2/14, 2 ppl, u got space?", d(2, 12, 2027), d(2, 14, 2027)),
        ("en", "Fri 2/12 - Sun 2/14", d(2, 12, 2027), d(2, 14, 2027)),
        ("en", "12/20 ➡️ 12/23", d(12, 20), d(12, 23)),
        ("de", "20.02.27-23.02.27", d(2, 20, 2027), d(2, 23, 2027)),
        ("pt", "Oi, tem quarto de sex 18/12 a dom 20/12?", d(12, 18), d(12, 20)),
        ("fr", "du sam 20/02 au mar 23/02", d(2, 20, 2027), d(2, 23, 2027)),
        ("it", "dal 14.02.27 al 16.02.27", d(2, 14, 2027), d(2, 16, 2027)),
        ("es", "precio x noche del 14-02-27 al 16-02-27?", d(2, 14, 2027), d(2, 16, 2027)),
        # "2 diárias" are nights, not the 2nd.
        ("pt", "próxima sexta, 2 diárias", d(3, 13), d(3, 15)),
        # A holiday beside the date it falls on names it once; days after a holiday's date are around it.
        (
            "es",
            "Hola, quería consultar disponibilidad para el 14 de febrero, es San Valentín y queremos algo especial, 1 noche",
            d(2, 14, 2027),
            d(2, 15, 2027),
        ),
        (
            "it",
            "vorrei prenotare per il 14 febbraio, San Valentino, una notte",
            d(2, 14, 2027),
            d(2, 15, 2027),
        ),
        ("pt", "Olá! Tem quarto pro feriado de 21 de abril? De 20 a 22", d(4, 20), d(4, 22)),
        # The day an event word names is not the stay the clause goes on to.
        (
            "en",
            "we're getting married on June 12th and need rooms for the 11th to the 13th",
            d(6, 11),
            d(6, 13),
        ),
        # Days after the end, start or middle of a month named alone are in that month.
        ("en", "Do you have a room in mid-April? Say 14th to 17th", d(4, 14), d(4, 17)),
        (
            "fr",
            "Nous serons dans la région fin mars, du 27 au 31, avez-vous de la place ?",
            d(3, 27),
            d(3, 31),
        ),
        ("es", "a fines de marzo, del 27 al 31", d(3, 27), d(3, 31)),
        ("it", "a metà aprile, dal 14 al 17", d(4, 14), d(4, 17)),
        ("pt", "no fim de abril, de 27 a 30", d(4, 27), d(4, 30)),
        # "The night of" with the weekday's name before the day.
        ("en", "Could I book a single for the night of Thursday 19th?", d(3, 19), d(3, 20)),
        ("es", "la noche del jueves 19", d(3, 19), d(3, 20)),
        # Slang: "pal 20" (para el), "vier y sab", "3 nts", "amanhã e depois".
        ("es", "holi 🙋‍♀️ tienen cuarto pal 20 🗓️ 2 noches?", d(3, 20), d(3, 22)),
        ("es", "hay cuarto pa' este vier y sab?", d(3, 13), d(3, 15)),
        ("en", "3 nts from 20 jan", d(1, 20, 2027), d(1, 23, 2027)),
        ("pt", "amanhã e depois", d(3, 12), d(3, 14)),
        # Days in words listed with their article, or a range with "dia" before the second.
        ("es", "el veintiuno y el veintidós de enero", d(1, 21, 2027), d(1, 23, 2027)),
        ("fr", "le vingt et un et le vingt-deux janvier", d(1, 21, 2027), d(1, 23, 2027)),
        ("it", "il ventuno e il ventidue gennaio", d(1, 21, 2027), d(1, 23, 2027)),
        ("pt", "do dia primeiro ao dia quatro de fevereiro", d(2, 1, 2027), d(2, 4, 2027)),
        ("de", "am einundzwanzigsten und zweiundzwanzigsten Januar", d(1, 21, 2027), d(1, 23, 2027)),
        # One night said in a short or Brazilian way; weekdays listed with "next" after the first.
        ("en", "Any rooms for next Sat night?", d(3, 14), d(3, 15)),
        ("pt", "Quero reservar pra sexta-feira que vem, 1 diária", d(3, 13), d(3, 14)),
        ("it", "per lunedì prossimo e martedì", d(3, 16), d(3, 18)),
        # Voice transcripts: ordinals in two words, a day in words after a verb of leaving.
        ("en", "february twenty second to twenty fifth", d(2, 22, 2027), d(2, 25, 2027)),
        ("es", "llegaríamos el primero de marzo y nos iríamos el cuatro", d(3, 1, 2027), d(3, 4, 2027)),
        ("it", "arriviamo il 3 aprile e ripartiamo il cinque", d(4, 3), d(4, 5)),
        ("pt", "chegamos dia 3 de abril e saímos dia cinco", d(4, 3), d(4, 5)),
        # A stay beside the hours of a meal keeps its days.
        ("en", "room from 20 to 23 feb, is breakfast from 7 to 10?", d(2, 20, 2027), d(2, 23, 2027)),
        # French "sept" after a number in words is seven; "2 pers" are people; "our 10th anniversary" no day.
        (
            "fr",
            "on serait deux adultes avec trois enfants de cinq sept et dix ans euh du deux au six juillet",
            d(7, 2),
            d(7, 6),
        ),
        ("fr", "le 5 sept, 2 nuits", d(9, 5), d(9, 7)),
        ("fr", "slt je veux reserver pr samedi 2 pers merci", d(3, 14), None),
        ("en", "celebrating our 10th anniversary, a king room from June 4 to June 7", d(6, 4), d(6, 7)),
        # English short weekdays: "Fr/Sa" pairs, "fri the 20th".
        ("en", "Fr/Sa nights, 2 adults, a double - available?", d(3, 13), d(3, 15)),
        ("en", "we'd arrive fri the 20th and leave mon the 23rd", d(3, 20), d(3, 23)),
        # Latin-American "en la noche", Portuguese "fim-de-semana", the weekday after next.
        ("es", "este viernes en la noche", d(3, 13), d(3, 14)),
        ("es", "hoy en la noche", d(3, 11), d(3, 12)),
        ("pt", "tem quarto para o fim-de-semana?", d(3, 13), d(3, 15)),
        ("de", "übernächsten Freitag", d(3, 20), None),
        ("en", "a week on Friday", d(3, 20), None),
        # Three short weekday names listed are those nights.
        ("en", "Thurs, Fri and Sat nights", d(3, 12), d(3, 15)),
        ("de", "Do, Fr und Sa", d(3, 12), d(3, 15)),
        ("es", "jue, vie y sab", d(3, 12), d(3, 15)),
        # Stays beside a booking's own date or an opening question keep their days.
        ("en", "I booked on 11/30 for Dec 20-23, can I add breakfast?", d(12, 20), d(12, 23)),
        ("es", "¿tienen habitación del 20 al 23? ¿el restaurante abre?", d(3, 20), d(3, 23)),
        ("pt", "Qual a distância até a Avenida 5 de Outubro? tem vaga de 20 a 22?", d(3, 20), d(3, 22)),
        ("es", "¿queda plaza del 20 al 22?", d(3, 20), d(3, 22)),
        ("en", "card exp 12/27, book the double from the 20th to the 22nd", d(3, 20), d(3, 22)),
        ("en", "rooms 20-22 jan, rating 4/5 last time", d(1, 20, 2027), d(1, 22, 2027)),
        ("pt", "Entrada: 20/05\nSaída: 23/05\nAdultos: 2", d(5, 20), d(5, 23)),
    ],
)
def test_stay_dates_are_found(lang: str, text: str, check_in: object, check_out: object) -> None:
    assert dates(text, lang) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Opening hours and the weekdays something opens.
        ("es", "El gimnasio abre de 7 a 22?"),
        ("es", "el restaurante abre de martes a domingo?"),
        ("en", "is the pool open 9-21?"),
        ("en", "reception open 24/7?"),
        ("pt", "a piscina funciona de 8 a 20?"),
        ("fr", "le restaurant est ouvert du mardi au samedi ?"),
        ("fr", "la piscine est ouverte de 9 à 21 ?"),
        ("de", "ist die Sauna von 9 bis 21 offen?"),
        ("de", "Das Restaurant hat von Dienstag bis Samstag geöffnet?"),
        ("it", "il ristorante è aperto dal martedì al sabato?"),
        # The day the booking was made, a stay of last year.
        ("en", "I booked on 11/30 through Expedia, do you take Amex at the desk?"),
        ("en", "we stayed on the 5th of March last year"),
        ("es", "reservé el 5 de enero, ¿puedo pagar en efectivo?"),
        ("pt", "reservei dia 2/1, posso pagar no pix?"),
        ("fr", "j'ai réservé le 5 janvier, je peux payer par chèque ?"),
        ("de", "Ich habe am 5. Januar gebucht, kann ich bar zahlen?"),
        ("it", "ho prenotato il 5 gennaio, posso pagare in contanti?"),
        # The hours a meal is served; a day in words after a verb with no stay named.
        ("en", "Breakfast from 7 to 10?"),
        ("de", "Frühstück von 7 bis 10?"),
        ("es", "salimos el dos, ¿a qué hora es el check-out?"),
        # A number pair that counts people, a card's expiry, a score.
        ("es", "¿tienen habitación? seremos 2/3 personas"),
        ("de", "ein Zimmer für 2/3 Personen?"),
        ("en", "card exp 12/27"),
        ("it", "carta scadenza 12/28"),
        # Streets named after a date.
        ("pt", "Vocês ficam perto da Av. 9 de Julho?"),
        ("pt", "vou a um evento na Rua 25 de Março"),
        ("es", "Hola, estoy en la Av. 9 de Julio, ¿a cuánto están?"),
        ("es", "Tengo una reunión en la calle 2 de Mayo"),
        ("fr", "J'ai un rendez-vous rue du 4 Septembre"),
        ("it", "devo andare in Piazza 4 Novembre"),
        # Floors offered as alternatives, the daily rate.
        ("fr", "une chambre au 2e ou 3e étage, c'est possible ?"),
        ("it", "una camera al 2° o 3° piano è possibile?"),
        ("pt", "quanto tá a diária? somos 4"),
        # Words one letter from a month are no month.
        ("pt", "somos 2 junto com o bebê"),
        ("en", "table for 2 match day, where do we park?"),
    ],
)
def test_days_that_are_no_stay_are_not_invented(lang: str, text: str) -> None:
    assert dates(text, lang) == (None, None)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # Nights added to a booking are no length of the stay: the one day named stays alone (the dialogue reads
        # it as the new departure after a departure word).
        ("en", "Can we add one more night? We'd now leave on the 19th instead of the 18th", d(3, 19), None),
        ("de", "Können wir um eine Nacht verlängern, also Abreise am 9. statt am 8.?", d(4, 9), None),
        ("fr", "on voudrait ajouter une nuit, arriver le 14 juillet au lieu du 15", d(7, 14), None),
        ("it", "vorremmo aggiungere una notte, partenza il 9", d(4, 9), None),
        # The old days after "instead of" end with their clause; two stays named in a change: the second.
        ("fr", "Au lieu du 3 au 5 mai, du 10 au 12 mai.", d(5, 10), d(5, 12)),
        (
            "it",
            "Possiamo spostare la nostra prenotazione dal 3-5 aprile al 10-12 aprile?",
            d(4, 10),
            d(4, 12),
        ),
        (
            "es",
            "tengo reservado del 14 al 16 de abril pero quisiera pasarlo del 21 al 23 de abril",
            d(4, 21),
            d(4, 23),
        ),
        ("pt", "em vez de 3 a 5 de maio, de 10 a 12 de maio", d(5, 10), d(5, 12)),
    ],
)
def test_changed_stay_dates(lang: str, text: str, check_in: object, check_out: object) -> None:
    found = stay_dates(fold(text), today=WEDNESDAY, lang=lang, modify=True)
    assert (found.check_in, found.check_out, found.nights) == (check_in, check_out, None)
