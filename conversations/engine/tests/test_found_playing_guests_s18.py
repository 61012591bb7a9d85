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


# "the first week of July", "a fine giugno": no days to read, the agent asked "which dates?" with no word of the
# period (and "Avete camere libere a fine giugno?" got the Familiar's room fact and no question at all). The nights
# are asked between the period's days; the days said next are in its month.
@pytest.mark.parametrize(
    ("said", "asked", "answer", "stay"),
    [
        (
            "Do you have a double the first week of July?",
            "July 1",
            "2 adults, from the 2nd to the 5th",
            (7, 2, 5),
        ),
        ("Avete camere libere a fine giugno?", "21 giugno", "siamo in due, dal 25 al 28", (6, 25, 28)),
        (
            "¿Tenéis habitación la última semana de agosto? somos 2",
            "25 de agosto",
            "del 26 al 29",
            (8, 26, 29),
        ),
        ("Habt ihr Mitte Juni noch was frei für 2?", "11. Juni", "vom 12. bis 15.", (6, 12, 15)),
    ],
)
def test_a_rough_period_asks_for_the_nights_within_it(demo_hotel, said, asked, answer, stay):
    guest = EngineChat(hotel=demo_hotel, phone="+34601199804")
    reply = guest.says(said)
    assert asked in reply, reply
    guest.says(answer)
    month, check_in, check_out = stay
    booking = guest.state["booking"]
    assert (booking["check_in"], booking["check_out"]) == (
        f"2027-{month:02d}-{check_in:02d}",
        f"2027-{month:02d}-{check_out:02d}",
    ), guest.turns[-1].replies
