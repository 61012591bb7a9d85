"""The stay frame in slang, emoji and loosely written weekdays (issue 11, round 2): "ce WE", "2nite", "vie 20 y
sab 21", "Fr/Sa", "🛏️x2", "👫+👶", "me + gf", "p/ 3" (docs/INTERFACES.md "Understanding conventions")."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.guests import emoji_words, party
from conversations.nlu.tests.support import WEDNESDAY, d, dates
from conversations.nlu.text import fold

TODAY = dt.date(2026, 3, 11)  # a Wednesday


def guests(text: str) -> tuple[int | None, int | None, int | None]:
    found = party(fold(emoji_words(text)))
    return found.adults, found.children, found.rooms


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # "WE"/"wknd" for the weekend; "WE" only after a determiner outside English.
        ("fr", "il vous reste qqch pour ce WE ?", d(3, 13), d(3, 15)),
        ("de", "habt ihr fürs WE noch was?", d(3, 13), d(3, 15)),
        ("it", "avete posto per il we?", d(3, 13), d(3, 15)),
        ("en", "anything this wknd?", d(3, 13), d(3, 15)),
        ("fr", "vous avez une chambre pour la fin de semaine?", d(3, 13), d(3, 15)),
        ("en", "we are two, do you have a room?", None, None),
        # the weekend of a Saturday or Sunday starts on its Friday; a long weekend starts on its holiday
        ("en", "the weekend of the 28th", d(3, 27), d(3, 29)),
        ("fr", "le WE du 29", d(3, 27), d(3, 29)),
        ("de", "am WE vom 28.", d(3, 27), d(3, 29)),
        ("it", "il we del 28", d(3, 27), d(3, 29)),
        # "2nite", "tmrw night", "mañana x la noche": one night
        ("en", "room 2nite?", d(3, 11), d(3, 12)),
        ("en", "a room tmrw night", d(3, 12), d(3, 13)),
        ("es", "mañana x la noche", d(3, 12), d(3, 13)),
        # weekdays listed with their short names are those nights; a range keeps its last day
        ("es", "el vie 20 y sab 21", d(3, 20), d(3, 22)),
        ("fr", "ven. 20 et sam. 21", d(3, 20), d(3, 22)),
        ("it", "sab 21 e dom 22", d(3, 21), d(3, 23)),
        ("pt", "sáb 21 e dom 22", d(3, 21), d(3, 23)),
        ("de", "Sa. 21. und So. 22.", d(3, 21), d(3, 23)),
        ("en", "Sat 21st and Sun 22nd", d(3, 21), d(3, 23)),
        ("fr", "sam. et dim.", d(3, 14), d(3, 16)),
        ("de", "Fr/Sa", d(3, 13), d(3, 15)),
        ("en", "Fri n Sat nights", d(3, 13), d(3, 15)),
        ("de", "Fr-So", d(3, 13), d(3, 15)),
        ("en", "nxt wk fri-sun", d(3, 20), d(3, 22)),
        ("en", "4 nights from Sat 21st", d(3, 21), d(3, 25)),
        ("es", "desde el viernes 20 hasta el domingo 22", d(3, 20), d(3, 22)),
        ("pt", "de 5ª a sábado", d(3, 12), d(3, 14)),
        ("pt", "da 2ª feira à 4ª feira", d(3, 16), d(3, 18)),
        # a short name alone after a word that names a day; not the ones that are words
        ("es", "3 noches desde el jue", d(3, 12), d(3, 15)),
        ("fr", "2 nuits à partir de sam.", d(3, 14), d(3, 16)),
        ("de", "3 Nächte ab Do.", d(3, 12), d(3, 15)),
        ("it", "2 notti da ven", d(3, 13), d(3, 15)),
        ("pt", "2 noites a partir de qui", d(3, 12), d(3, 14)),
        ("es", "una casa cerca del mar", None, None),
        ("pt", "queria ter um quarto", None, None),
        ("de", "von Fr., 3. April bis Mo., 6. April", d(4, 3), d(4, 6)),
        # full weekday names between days listed; "dia" after the weekday
        ("es", "el sábado 4 y domingo 5 de abril", d(4, 4), d(4, 6)),
        ("pt", "sábado dia 4 e domingo dia 5 de abril", d(4, 4), d(4, 6)),
        ("de", "nächstes WE", d(3, 13), d(3, 15)),
        ("it", "il prossimo we", d(3, 13), d(3, 15)),
        # short names after arrival and departure words
        ("en", "check in Sat, check out Mon", d(3, 14), d(3, 16)),
        ("fr", "arrivée ven., départ dim.", d(3, 13), d(3, 15)),
        ("de", "Anreise Fr., Abreise So.", d(3, 13), d(3, 15)),
        ("it", "arrivo ven, partenza dom", d(3, 13), d(3, 15)),
        ("es", "entrada vie, salida dom", d(3, 13), d(3, 15)),
        ("pt", "entrada sex, saída dom", d(3, 13), d(3, 15)),
        ("en", "we sat in the sun all day", None, None),
        ("de", "habt's am Wochenend a Zimmer?", d(3, 13), d(3, 15)),
        ("en", "any rooms this w/e?", d(3, 13), d(3, 15)),
        ("es", "pa este sab, una doble", d(3, 14), None),
        ("pt", "pra esse sáb, um quarto", d(3, 14), None),
        # a weekend named before the days that say which one
        ("en", "a long weekend, probably Fri 17th to Mon 20th April", d(4, 17), d(4, 20)),
        ("es", "un finde largo, del vie 17 al lun 20 de abril", d(4, 17), d(4, 20)),
        ("de", "übers lange WE, Fr 17. bis Mo 20. April", d(4, 17), d(4, 20)),
        ("pt", "num fds prolongado, de sex 17 a seg 20 de abril", d(4, 17), d(4, 20)),
        # English "May" in another language's message when English words say so
        ("it", "una doppia from May 3rd to 6th", d(5, 3), d(5, 6)),
        ("es", "una doble from May 3 to 6", d(5, 3), d(5, 6)),
    ],
)
def test_slang_weekends_and_short_weekdays(lang, text, check_in, check_out):
    assert dates(text, lang) == (check_in, check_out)


def test_a_time_after_a_weekday_is_no_day():
    assert dates("el viernes 20h llegamos", "es") == (d(3, 13), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("🛏️x3 para 6", (6, None, 3)),
        ("🛏🛏 please", (None, None, 2)),
        ("2 🛏️, 4 adults", (4, None, 2)),
        ("👫 + 👶", (2, 1, None)),
        ("💑 ce soir", (2, None, None)),
        ("ich + 👶, ein Zimmer", (1, 1, 1)),
        ("👤x3", (3, None, None)),
        ("👨‍👩‍👧 family trip", (None, None, None)),  # a family emoji says no count
        ("somos 2 adultos👨‍👩‍👧 y 1 niño", (2, 1, None)),  # the word before it is kept
    ],
)
def test_emoji_for_the_party_and_rooms(text, expected):
    assert guests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("me + bf, one double", (2, None, 1)),
        ("ich + Freundin", (2, None, None)),
        ("me n my buddy", (2, None, None)),
        ("tem vaga p/ 4?", (4, None, None)),
        ("una doppia x 2 persone", (2, None, 1)),
        ("p/ mim e p/ o meu marido", (2, None, None)),
        ("sábado, 2 noites, casal", (2, None, None)),
        ("sábado, quarto de casal", (None, None, None)),
        ("a single from Monday please", (1, None, 1)),
        ("a single night", (None, None, 1)),
        ("une chambre pour 3 + notre bébé", (3, 1, 1)),
        ("une chambre pour 2 et une autre pour 3", (5, None, 2)),
        ("three twins and a double, 8 adults", (8, None, 4)),
        ("we have twins aged 4", (None, 2, None)),
        ("tres habitaciones: dos matrimoniales y una individual", (None, None, 3)),
        ("ein DZ und ein EZ", (None, None, 2)),
        ("2 DZ für 4 Personen", (4, None, 2)),
        ("quiero una habi", (None, None, 1)),
        ("hätt's n Zimmer", (None, None, 1)),
        ("our 3 boys (4, 7 and 9)", (None, 3, None)),
        ("me, hubby + 2 kiddos, 1 fam room", (2, 2, 1)),
        ("somos 2 adultos y 1 peque", (2, 1, None)),
        ("2 adultes + 1 ado", (2, 1, None)),
        ("2 dbl rooms, 4 adults", (4, None, 2)),
        ("1 dbl + 1 sgl", (None, None, 2)),
        ("2 dobles y 1 indiv", (None, None, 3)),
        ("deux chambres : une double et une simple", (None, None, 2)),
        ("una habitación familiar o dos dobles", (None, None, None)),  # not settled: the dialogue asks
        ("ein Familienzimmer oder zwei Doppelzimmer", (None, None, None)),
        ("dos habitaciones y una suite", (None, None, 3)),
        ("me + 2 mates, 1 triple", (3, None, 1)),
        ("on est 3 potes", (3, None, None)),
        ("2 adults + 2 kids (5 & 8) + grandma", (3, 2, None)),
        ("2 adultos + 2 niños + la abuela", (3, 2, None)),
        ("2 Erw. + 2 Kinder + Oma", (3, 2, None)),
        ("2 adulti + 1 bambino + la nonna", (3, 1, None)),
        ("2 adultes + mamie", (3, None, None)),
        ("2 adultos + a avó", (3, None, None)),
        ("coucou ! avec mon chéri, une chambre", (2, None, 1)),
    ],
)
def test_slang_party_and_rooms(text, expected):
    assert guests(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "check_in", "check_out", "adults", "children", "rooms"),
    [
        ("slt, une chambre pour ce we, on est 2 + 1 bébé 👶", "fr", d(3, 13), d(3, 15), 2, 1, 1),
        ("hey, 🛏️x2 for the wknd, 4 ppl", "en", d(3, 13), d(3, 15), 4, None, 2),
        ("ola, tienen lugar sáb y dom? 👫 + 👶", "es", d(3, 14), d(3, 16), 2, 1, None),
        ("Servus, a Zimmer fürs WE? mia san zu zweit", "de", d(3, 13), d(3, 15), 2, None, 1),
        ("ciao, avete una camera ven 20 e sab 21 x 3 persone?", "it", d(3, 20), d(3, 22), 3, None, 1),
        ("oi, tem um quarto de 6ª a domingo? somos 2", "pt", d(3, 13), d(3, 15), 2, None, 1),
    ],
)
def test_whole_messages(text, lang, check_in, check_out, adults, children, rooms):
    understood = understand(text, today=TODAY, conversation_language=lang)
    assert (understood.check_in, understood.check_out) == (check_in, check_out)
    assert (understood.adults, understood.children, understood.rooms) == (adults, children, rooms)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Grüezi, hätted Sie es Zimmer fürs nächscht WE? mir sind zwöi Erwachseni und es Chind (5)", "de"),
        ("Habt ihr ein Zimmer fürs nächste WE?", "de"),
        ("hätted Sie öppis fürs nächscht Wochenende?", "de"),
    ],
)
def test_the_next_weekend_in_swiss_and_spoken_german(text: str, lang: str) -> None:
    # Said on Sunday 6 December 2026: the coming Friday to Sunday.
    found = understand(text, today=dt.date(2026, 12, 6), conversation_language=lang)
    assert (found.check_in, found.check_out) == (dt.date(2026, 12, 11), dt.date(2026, 12, 13))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("oi, vcs tem quarto pra 2 de 20 a 22 de janeiro?", "pt"),
        ("¿hay habitación para 2 de 20 a 22 de enero?", "es"),
    ],
)
def test_a_party_before_a_day_range_is_the_party(text: str, lang: str) -> None:
    found = understand(text, today=dt.date(2026, 12, 6), conversation_language=lang)
    assert (found.adults, found.check_in, found.check_out) == (2, dt.date(2027, 1, 20), dt.date(2027, 1, 22))


def test_a_day_and_its_month_after_para_is_still_a_date() -> None:
    found = understand("quarto para 2 de março", today=dt.date(2026, 12, 6), conversation_language="pt")
    assert (found.adults, found.check_in) == (None, dt.date(2027, 3, 2))


@pytest.mark.parametrize(
    ("text", "check_out_days", "adults"),
    [("tonite n tmrw, 2 ppl", 2, 2), ("2nite & 2moro night, 3 ppl", 2, 3), ("tmrw only, 2 ppl", None, 2)],
)
def test_chat_spellings_of_the_stay_are_its_details_not_a_no(
    text: str, check_out_days: int | None, adults: int
) -> None:
    # "tonite n tmrw, 2 ppl" was read as a no: the chat spellings were no stay words to the rule that tells a
    # message handing over the stay's details.
    understood = understand(text, today=WEDNESDAY)

    assert understood.intent == "other" and understood.extras.get("stay_details_only")
    assert understood.adults == adults
    if check_out_days is not None:
        assert understood.check_out == WEDNESDAY + dt.timedelta(days=check_out_days)
