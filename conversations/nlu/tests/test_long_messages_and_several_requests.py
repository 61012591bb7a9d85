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
