"""Holidays, weekdays, day words and party phrasings of docs/INTERFACES.md (the extensions of issue 11)."""

from __future__ import annotations

import pytest

from conversations.nlu.guests import party
from conversations.nlu.tests.support import WEDNESDAY, d, dates
from conversations.nlu.text import fold


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # Easter 2026 is 5 April.
        ("es", "del Jueves Santo al Domingo de Resurrección", d(4, 2), d(4, 5)),
        ("en", "from Good Friday to Easter Monday", d(4, 3), d(4, 6)),
        ("fr", "du vendredi saint au lundi de Pâques", d(4, 3), d(4, 6)),
        ("de", "von Gründonnerstag bis Ostermontag", d(4, 2), d(4, 6)),
        ("it", "da sabato santo a lunedì dell'Angelo", d(4, 4), d(4, 6)),
        ("pt", "de sexta-feira santa a segunda-feira de Páscoa", d(4, 3), d(4, 6)),
        ("fr", "le week-end de Pâques", d(4, 3), d(4, 6)),
        ("es", "Semana Santa 3 noches desde el jueves santo", d(4, 2), d(4, 5)),
        ("en", "over Easter, 4 nights from Thursday", d(4, 2), d(4, 6)),
        ("de", "über Christi Himmelfahrt", d(5, 14), d(5, 17)),
        ("pt", "feriado de Corpus Christi? De quinta a domingo", d(6, 4), d(6, 7)),
        ("en", "Thanksgiving, Thursday to Sunday", d(11, 26), d(11, 29)),
        ("en", "Christmas Eve to Boxing Day", d(12, 24), d(12, 26)),
        ("es", "Nochebuena y Navidad", d(12, 24), d(12, 26)),
        ("fr", "la Saint-Sylvestre", d(12, 31), d(1, 1, 2027)),
        ("fr", "le réveillon de Noël", d(12, 24), d(12, 25)),
        ("pt", "o réveillon, 3 noites a partir do dia 30 de dezembro", d(12, 30), d(1, 2, 2027)),
        ("es", "para año nuevo, del 30 al 2", d(12, 30), d(1, 2, 2027)),
        ("es", "San Valentín", d(2, 14, 2027), d(2, 15, 2027)),
        ("en", "Boxing Day", d(12, 26), None),
        # Day numbers as words and ordinals.
        ("fr", "du premier au cinq août", d(8, 1), d(8, 5)),
        ("it", "dal primo al quattro settembre", d(9, 1), d(9, 4)),
        ("en", "four nights starting June the third", d(6, 3), d(6, 7)),
        ("de", "drei Nächte ab dem zwölften Juni", d(6, 12), d(6, 15)),
        ("de", "vom zwanzigsten bis zum dreiundzwanzigsten Juli", d(7, 20), d(7, 23)),
        ("pt", "pro dia vinte até o dia vinte e dois", d(3, 20), d(3, 22)),
        ("es", "para el uno de mayo hasta el tres", d(5, 1), d(5, 3)),
        ("de", "für den Zeitraum 12.\u201315. Oktober", d(10, 12), d(10, 15)),
        ("it", "dal 5 all'8 dicembre", d(12, 5), d(12, 8)),
        ("de", "Anfang Dezember, vom 3. bis 6.", d(12, 3), d(12, 6)),
        ("en", "a three-night stay from the 4th of June", d(6, 4), d(6, 7)),
        ("pt", "3 diárias a partir de 10 de julho", d(7, 10), d(7, 13)),
        ("en", "a fortnight from 1 August", d(8, 1), d(8, 15)),
        ("es", "llegada 20, salida 23", d(3, 20), d(3, 23)),
        # Weekdays: short pairs, compounds, "this" on the day itself.
        ("de", "Zimmer Fr-So", d(3, 13), d(3, 15)),
        ("en", "Fri-Sun", d(3, 13), d(3, 15)),
        ("es", "de vie a dom", d(3, 13), d(3, 15)),
        ("de", "Samstagnacht", d(3, 14), d(3, 15)),
        ("en", "this Friday and Saturday", d(3, 13), d(3, 15)),
        ("fr", "après-demain soir, une nuit", d(3, 13), d(3, 14)),
        ("pt", "daqui a duas semanas, de sexta a domingo", d(3, 27), d(3, 29)),
    ],
)
def test_stay_dates(lang, text, check_in, check_out):
    assert dates(text, lang) == (check_in, check_out)


def test_this_friday_said_on_a_friday_is_today_and_next_weekend_on_saturday_the_one_after():
    friday, saturday = d(3, 13), d(3, 14)
    assert dates("this Friday and Saturday", "en", today=friday) == (friday, d(3, 15))
    assert dates("next weekend", "en", today=saturday) == (d(3, 20), d(3, 22))


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        ("Me, my wife and our two kids", 2, 2),
        ("Moi, mon mari et nos trois enfants", 2, 3),
        ("Meine Frau, ich und unsere zwei Kinder", 2, 2),
        ("Eu, a minha mulher e os nossos dois miúdos", 2, 2),
        ("mi marido, mis dos hijos y yo", 2, 2),
        ("viajo con mi esposo y nuestros 2 hijos", 2, 2),
        ("Family of four, two kids", 2, 2),
        ("a family of four with two children", 2, 2),
        ("Siamo una coppia con un bambino piccolo", 2, 1),
        ("somos um casal com 2 filhos", 2, 2),
        ("My husband and I plus our baby", 2, 1),
        ("it's me, my partner and our 2 year old", 2, 1),
        ("somos mi pareja y yo con el peque", 2, 1),
        ("famiglia di quattro persone, 2 adulti + 2 bimbi", 2, 2),
        ("Somos 2 casais", 4, None),
        ("me and a friend", 2, None),
        ("Ich komme mit einem Kollegen", 2, None),
        ("Io e un mio collega", 2, None),
        ("une chambre pour jeudi soir seulement, une personne", 1, None),
        ("2 Pers.", 2, None),
        ("On est deux.", 2, None),
        ("só para mim", 1, None),
        # No party: a few days, a couple of nights, a person to talk to.
        ("Ende Juni ein paar Tage", None, None),
        ("a couple of nights in May", None, None),
        ("quiero hablar con una persona", None, None),
        ("para mi y mi hermano", 2, None),
    ],
)
def test_party(text, adults, children):
    found = party(fold(text))
    assert (found.adults, found.children) == (adults, children)


@pytest.mark.parametrize(
    ("text", "adults", "children", "rooms"),
    [
        ("2 adults and our twins", 2, 2, None),
        ("con niños de 4 y 7 años", None, 2, None),
        ("with kids aged 3, 5 and 8", None, 3, None),
        ("mit Kindern (4 und 7)", None, 2, None),
        ("a 6-year-old and a 3-year-old, plus my wife and me", 2, 2, None),
        ("los padres y 2 niños", 2, 2, None),
        ("Eltern mit 2 Kindern", 2, 2, None),
        ("me and my two kids", 1, 2, None),
        ("ich mit meinen zwei Kindern", 1, 2, None),
        ("my parents and I", 3, None, None),
        ("para mis padres", None, None, None),
        ("ningún niño", None, 0, None),
        ("una triple para 3", 3, None, 1),
        ("2 kleine Zimmer", None, None, 2),
        ("a las dos", None, None, None),
    ],
)
def test_families_and_rooms(text, adults, children, rooms):
    found = party(fold(text))
    assert (found.adults, found.children, found.rooms) == (adults, children, rooms)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thanks, see you on Friday!"),
        ("es", "Llegamos el viernes a las 23h, ¿hay alguien en recepción?"),
        ("de", "Ist das Frühstück am Sonntag länger?"),
    ],
)
def test_a_day_named_in_a_question_or_a_goodbye_is_no_stay(lang, text):
    from conversations.nlu import understand

    understood = understand(text, today=WEDNESDAY, default_language=lang)
    assert understood.intent in ("faq", "thanks_goodbye")
    assert (understood.check_in, understood.check_out) == (None, None)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        ("en", "15 till 18 May", d(5, 15), d(5, 18)),
        ("es", "del 10 al 15 del mes que viene", d(4, 10), d(4, 15)),
        ("pt", "de 10 a 15 do próximo mês", d(4, 10), d(4, 15)),
        ("fr", "du 6 au 9 de ce mois", d(3, 6), d(3, 9)),
        ("de", "15.-18.5.", d(5, 15), d(5, 18)),
        ("it", "dal 15 al 18/05", d(5, 15), d(5, 18)),
        ("de", "vom 28.12. bis 2.1.", d(12, 28), d(1, 2, 2027)),
        ("es", "somos de 2 a 3", None, None),
    ],
)
def test_ranges_of_days_and_months_said_relatively(lang, text, check_in, check_out):
    assert dates(text, lang, today=d(3, 5)) == (check_in, check_out)
