"""Emoji, chat slang and typos, code-mixing, voice-note transcripts and text without accents or umlauts, in six
languages (issue: the weakest slices of the independent measurement): "ur staff was rude 2nite", "fuer 2 Naechte",
"noch n DZ", "hj a noite", "1 qto", "mon mail c'est julie@...", "heut Nacht, bin alloa"."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand
from conversations.nlu.text import fold

TODAY = dt.date(2027, 3, 3)  # a Wednesday
FRIDAY, SUNDAY = dt.date(2027, 3, 5), dt.date(2027, 3, 7)
TOMORROW = TODAY + dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("lang", "text", "check_in", "check_out"),
    [
        # "tonight" in chat spelling and dialect is one night
        ("pt", "tem quarto pra hj a noite? só eu 🙋‍♀️", TODAY, TOMORROW),
        ("pt", "vcs tem vaga hj de noite?", TODAY, TOMORROW),
        ("de", "Servus, is no a Zimmer frei für heut Nacht?", TODAY, TOMORROW),
        ("en", "any room 2nite? just me", TODAY, TOMORROW),
        ("es", "hay cuarto pa hoy en la noche? 🙏", TODAY, TOMORROW),
        ("fr", "vous avez de la place pour ce soir? on est 2 😊", TODAY, TOMORROW),
        ("it", "ciao, stasera avete una singola? 🙏", TODAY, TOMORROW),
        # German without umlauts: "2 Naechte ab dem 5. Maerz" has its length
        ("de", "ich moechte ein Zimmer fuer 2 Naechte ab dem 5. Maerz buchen", FRIDAY, SUNDAY),
        ("de", "fuer die naechsten 2 Naechte ab Freitag", FRIDAY, SUNDAY),
        # weekday names joined by an arrow emoji are a range
        ("es", "Vie ➡️ Dom, 2 adultos 🙏 hay lugar?", FRIDAY, SUNDAY),
        ("fr", "ven ➡️ dim pour 2 + 1 bébé 👶, c'est dispo ?", FRIDAY, SUNDAY),
        ("de", "Fr ➡️ So, 2 Erw. + 1 Kind, habt ihr was frei? 🙏", FRIDAY, SUNDAY),
        ("it", "ven ➡️ dom, 2 adulti + 1 bimbo 👶 avete posto?", FRIDAY, SUNDAY),
        ("pt", "sex ➡️ dom, 2 adultos, tem vaga? 🙏", FRIDAY, SUNDAY),
        ("en", "Fri ➡️ Sun, 2 adults 1 kid, any rooms left?", FRIDAY, SUNDAY),
    ],
)
def test_stay_dates(lang: str, text: str, check_in: dt.date, check_out: dt.date) -> None:
    found = understand(text, today=TODAY, conversation_language=lang)
    assert (found.check_in, found.check_out) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "text", "adults", "rooms"),
    [
        # "n DZ"/"'n EZ" is one room; "1 qto" is one room; "bin alloa" (Bavarian "allein") is one guest
        ("de", "Moin! Habt ihr fürs WE noch n DZ? wir sind zu 2 😊", 2, 1),
        ("de", "noch 'n DZ frei für uns zwei?", 2, 1),
        ("de", "Servus, is no a Zimmer frei für heut Nacht? bin alloa", 1, 1),
        ("pt", "oi gente, td bem? preciso de 1 qto p/ 3 pessoas dia 20 a 22", 3, 1),
        ("pt", "vcs tem 2 qtos p/ 4 pessoas?", 4, 2),
        ("es", "hola!! tienen una hab pal finde?? somos 2 + 1 bebe 👶", 2, 1),
        ("en", "yo do u guys have a room 4 2 ppl this fri-sun?? 🙏", 2, 1),
        ("fr", "slt, vs avez une chambre pr 2 pers du 14 au 16 ? 🙏", 2, 1),
        ("it", "ciao!! avete una camera x 2 per il we? 😍", 2, 1),
    ],
)
def test_party_and_rooms(lang: str, text: str, adults: int, rooms: int) -> None:
    found = understand(text, today=TODAY, conversation_language=lang)
    assert (found.adults, found.rooms) == (adults, rooms)


@pytest.mark.parametrize(
    "text",
    [
        "ur staff was super rude 2nite 😡 not cool",
        "r u guys open rn? lol",
        "tmrw night any rooms? thx",
    ],
)
def test_english_chat_spelling_is_english(text: str) -> None:
    assert understand(text, today=TODAY).lang == "en"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "ur staff was super rude 2nite 😡 not cool"),
        ("es", "el aire no sirve y hace un calorón esta noche 😤"),
        ("fr", "la clim marche pas cette nuit 😤 c chaud"),
        ("de", "die Heizung geht heute Nacht nich 🥶 echt jetzt??"),
        ("it", "stanotte l'aria condizionata nn funzionava 😡"),
        ("pt", "o chuveiro ta sem agua quente hj a noite 😡"),
    ],
)
def test_a_complaint_about_tonight_asks_for_no_night(lang: str, text: str) -> None:
    found = understand(text, today=TODAY, conversation_language=lang)
    if found.intent == "complaint":
        assert (found.check_in, found.check_out) == (None, None)


@pytest.mark.parametrize(
    ("lang", "text", "email"),
    [
        (
            "fr",
            "je voudrais 2 chambres du 10 au 12 mai, mon mail c'est julie.moreau@free.fr",
            "julie.moreau@free.fr",
        ),
        ("en", "book it pls, my email: it's jake.m@outlook.com", "jake.m@outlook.com"),
        ("es", "mi correo es juanpa.rdz@gmail.com x si acaso", "juanpa.rdz@gmail.com"),
        ("pt", "meu email é ana.souza@gmail.com", "ana.souza@gmail.com"),
        ("it", "la mia mail è marco.ferri@libero.it", "marco.ferri@libero.it"),
        ("de", "meine Mail ist jonas.weber@web.de", "jonas.weber@web.de"),
    ],
)
def test_an_address_after_a_cue_is_no_name(lang: str, text: str, email: str) -> None:
    found = understand(text, today=TODAY, conversation_language=lang)
    assert (found.guest_name, found.email) == (None, email)


def test_a_name_before_the_address_is_kept() -> None:
    found = understand("c'est Julie Moreau, julie.moreau@free.fr", today=TODAY, conversation_language="fr")
    assert found.guest_name == "Julie Moreau"


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("fuer 2 Naechte", "fur 2 nachte"),
        ("ich moechte Fruehstueck", "ich mochte fruhstuck"),
        ("uebernaechste Woche", "ubernachste woche"),
        # "ue"/"ae" elsewhere stay as written: Spanish "fuera", "fuerte", German "neue", Italian "quest'anno"
        ("fuera fuerte neue Feuer", "fuera fuerte neue feuer"),
    ],
)
def test_german_without_umlauts_folds_like_german_with_them(written: str, folded: str) -> None:
    assert fold(written) == folded


@pytest.mark.parametrize(
    ("lang", "text", "intent"),
    [
        # a misspelt request word is the word meant
        ("en", "hi, id like to cancle my bookin ref HX4492 thx", "booking_cancel"),
        ("es", "ola, kisiera reserbar una havitacion para el 12 de agosto", "booking_create"),
        ("pt", "qro reservar um quarto dia 20 a 22", "booking_create"),
    ],
)
def test_misspelt_request_words(lang: str, text: str, intent: str) -> None:
    assert understand(text, today=TODAY, conversation_language=lang).intent == intent


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("cancle my bookin", "cancel my booking"),
        ("kiero reserbar", "quiero reservar"),
        # the words themselves are left alone: Italian "cancella", "abitazione"
        ("cancella la prenotazione", "cancella la prenotazione"),
    ],
)
def test_misspellings_fold_to_the_word_meant(written: str, folded: str) -> None:
    assert fold(written) == folded


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the English word for a booking inside another language is a request to book
        ("es", "hola, quisiera hacer un booking para 2 personas del 3 al 5 de junio, thanks!"),
        ("it", "Hi, vorrei fare un booking per 2 people, dal 10 al 12 giugno, thanks"),
        ("pt", "oi! queria fazer um booking de 2 quartos p/ 4 pessoas de 5 a 8 de julho"),
        ("fr", "bonjour, je voudrais faire un booking du 3 au 5 mai"),
        ("de", "Hallo, ich würde gern ein room booken vom 20. bis 22. Juni"),
        ("en", "hi, I'd like to book a room from June 3rd to 5th"),
    ],
)
def test_a_booking_said_in_english_inside_another_language(lang: str, text: str) -> None:
    assert understand(text, today=TODAY, conversation_language=lang).intent == "booking_create"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # short weekday names alone, joined by an arrow, a dash, a slash or a range word, name their language
        ("Fr ➡️ So", "de"),
        ("Sa/So?", "de"),
        ("ven - dim", "fr"),
        ("sex a dom", "pt"),
        ("jue y vie", "es"),
        ("Fri ➡️ Sun", "en"),
    ],
)
def test_short_weekdays_alone_name_their_language_and_the_stay(text: str, lang: str) -> None:
    found = understand(text, today=TODAY)
    assert found.lang == lang
    assert found.intent == "other"
    assert found.check_in is not None and found.check_out is not None


def test_one_short_weekday_alone_is_a_word() -> None:
    assert understand("do", today=TODAY, conversation_language="en").lang == "en"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # Latin-American "reservación" is a booking word before its number
        ("necesito cancelar mi reservación 44120 xfa", "booking_cancel"),
        ("mi reservacion es la 44120, sigue en pie?", "booking_status"),
    ],
)
def test_reservacion_and_its_number(text: str, intent: str) -> None:
    found = understand(text, today=TODAY, conversation_language="es")
    assert (found.intent, found.booking_ref) == (intent, "44120")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # two bare days joined by a dash after a day's cue are a range (the next 15th to the 17th)
        ("it", "salve, x il 15-17 avete 1 doppia? 🙏"),
        ("es", "hola, para el 15-17 tienen una doble?"),
        ("en", "the 15-17, any room?"),
        ("pt", "tem vaga pro dia 15-17?"),
        ("fr", "vous avez une chambre pour le 15-17 ?"),
        ("de", "hallöchen 🙂 Zimmer für mich + Freundin vom 15.-17.? lg"),
    ],
)
def test_bare_days_joined_by_a_dash(lang: str, text: str) -> None:
    found = understand(text, today=TODAY, conversation_language=lang)
    assert (found.check_in, found.check_out) == (dt.date(2027, 3, 15), dt.date(2027, 3, 17))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "el desayuno es el 7-10 h?"),
        ("it", "bambini di età il 5-17 anni"),
        ("en", "the 17-15 score"),
    ],
)
def test_bare_dash_pairs_that_are_no_stay(lang: str, text: str) -> None:
    found = understand(text, today=TODAY, conversation_language=lang)
    assert found.check_out is None


@pytest.mark.parametrize(
    "text",
    [
        # Latin-American slang for a girlfriend: the writer and her are two adults
        "cuánto me sale la noche en una doble? somos yo y mi morra 😅",
        "voy con mi jeva el finde",
        "una doble pa mi chava y yo",
    ],
)
def test_latin_american_partner_slang(text: str) -> None:
    assert understand(text, today=TODAY, conversation_language="es").adults == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the new days after the old ones with no comma, brought by "sería", "would be", "agora", "wäre jetzt"
        ("es", "necesito cambiar la fecha de mi reservacion 55120, en vez del 3 al 5 seria del 10 al 12"),
        (
            "en",
            "can u change my booking 55120, instead of the 3rd to the 5th it would be the 10th to the 12th",
        ),
        ("pt", "preciso mudar a reserva 55120, em vez de 3 a 5 agora de 10 a 12"),
        ("fr", "changer ma résa 55120 svp, au lieu du 3 au 5 ce serait du 10 au 12"),
        ("it", "cambiare la prenotazione 55120, invece del 3-5 sarebbe dal 10 al 12"),
        ("de", "Buchung 55120 bitte ändern: statt vom 3.-5. wäre es jetzt vom 10.-12."),
    ],
)
def test_new_days_after_instead_without_a_comma(lang: str, text: str) -> None:
    found = understand(text, today=TODAY, conversation_language=lang)
    assert (found.intent, found.check_in, found.check_out) == (
        "booking_modify",
        dt.date(2027, 3, 10),
        dt.date(2027, 3, 12),
    )


@pytest.mark.parametrize(
    ("lang", "text", "intent"),
    [
        # a stay handed over with the guest's name and address, no question asked, is a booking
        (
            "de",
            "Hallo, ein Zimmer für 2 Pers vom 3.8. - 6.8., mein Name ist Jonas Weber, jonas.weber@web.de",
            "booking_create",
        ),
        ("en", "a room for 2 from 5/14 to 5/16, name's Ana Lopez, ana.lopez@gmail.com", "booking_create"),
        # with a question it still asks
        ("de", "habt ihr ein Zimmer für 2 vom 3.8. - 6.8.? Jonas Weber, jonas.weber@web.de", "availability"),
    ],
)
def test_a_stay_with_name_and_address_is_a_booking(lang: str, text: str, intent: str) -> None:
    assert understand(text, today=TODAY, conversation_language=lang).intent == intent
