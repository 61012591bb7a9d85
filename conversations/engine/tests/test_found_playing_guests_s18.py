"""Found playing guests on `make run` (eighteenth session), each through the engine as a guest meets it."""

from __future__ import annotations

import pytest

from conversations.engine.tests.chat import EngineChat


# A dog coming along, said and not asked ("2 of us + our dog", "with our two spaniels"), got the offer or the
# question for the party with no word of the pets rule; a cot needed, said ("Wir brauchen ein Kinderbett."), got
# nothing of the cots either.
@pytest.mark.parametrize(
    ("said", "fact_words"),
    [
        ("hi, 2 of us + our dog, any rooms on the 14th and 15th of January?", "10 kg"),
        ("Any rooms free this Saturday night? We'd be travelling with our two spaniels.", "10 kg"),
        (
            "Hola! vamos tres personas adultas y un perro pequeño, ¿hay habitación del 5 al 7 de febrero?",
            "10 kg",
        ),
        ("Ciao, siamo 2 adulti + un cane di 4 anni, c'è posto dal 5 al 7 marzo?", "10 kg"),
        (
            "Wir möchten ein Doppelzimmer vom 3. bis 5. Mai für 2 Erwachsene und ein Baby. Wir brauchen ein "
            "Kinderbett.",
            "Babybett",
        ),
        (
            "Olá, somos em 3 com o bebê, tem quarto de casal de 6 a 9 de janeiro? vamos precisar de berço",
            "berço",
        ),
    ],
)
def test_a_pet_along_or_a_cot_needed_is_answered_beside_the_stay(demo_hotel, said, fact_words):
    guest = EngineChat(hotel=demo_hotel, phone="+34601199801")
    reply = guest.says(said)
    assert fact_words in reply, reply
    assert guest.state["stage"] != "handoff"


# "on arrive vers 23h" beside a stay got the offer with nothing of a late arrival (and, once the understanding
# listed it, reception's handoff: the fact search read the whole sentence, its "mars" as the sea); "arriving around
# 11pm" got the night porter's fact twice.
@pytest.mark.parametrize(
    ("said", "fact_words"),
    [
        (
            "Bonsoir, une chambre pour 2 du vendredi 12 au dimanche 14 mars svp, on arrive vers 23h",
            "portier de nuit",
        ),
        ("Buonasera, vorrei una doppia per 2 dal 12 al 14 marzo, arrivo verso le 23.", "portiere di notte"),
        ("a double 12-14 March for 2, arriving around 11pm", "night porter"),
        ("¿Hay habitación del 12 al 14 de marzo para dos? Llegaremos sobre las 23:30", "portero de noche"),
        ("Ein Doppelzimmer vom 12. bis 14. März für 2, wir kommen gegen 23 Uhr an", "Nachtportier"),
        (
            "Quero reservar um quarto duplo de 12 a 14 de março para dois. A gente chega umas 22h, tudo bem?",
            "porteiro",
        ),
    ],
)
def test_an_arrival_late_at_night_is_told_the_night_porter_once(demo_hotel, said, fact_words):
    guest = EngineChat(hotel=demo_hotel, phone="+34601199802")
    reply = guest.says(said)
    assert reply.count(fact_words) == 1, reply
    assert "Doble" in reply, reply
    assert guest.state["stage"] != "handoff", reply


# "vorrei sapere se avete una camera ... e se la colazione è compresa" got the offer and no word of breakfast.
@pytest.mark.parametrize(
    ("said", "fact_words"),
    [
        (
            "Buongiorno, vorrei sapere se avete una camera per me e mia moglie dal 3 al 6 maggio, e se la colazione "
            "è compresa",
            "colazione",
        ),
        (
            "Quería saber si tenéis una doble del 3 al 6 de mayo para dos y si el parking es gratuito",
            "aparcamiento",
        ),
    ],
)
def test_a_second_question_asked_indirectly_is_answered_with_the_offer(demo_hotel, said, fact_words):
    guest = EngineChat(hotel=demo_hotel, phone="+34601199803")
    reply = guest.says(said)
    assert fact_words in reply.casefold(), reply
    assert "Doble" in reply, reply
