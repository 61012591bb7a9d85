"""What does not change a message's meaning does not change its reading: a signature with a name and address under
it, or an address said beside a request of its own (metamorphic checks on the first set found these)."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

TODAY = dt.date(2026, 3, 11)

SIGNATURES = {
    "es": ("Saludos,\nAna Ruiz\nana.ruiz@gmail.com", "Ana Ruiz", "ana.ruiz@gmail.com"),
    "en": ("Cheers,\nTom Hale\ntom.hale@outlook.com", "Tom Hale", "tom.hale@outlook.com"),
    "pt": ("Abraço,\nJoão Lima\njoao.lima@gmail.com", "João Lima", "joao.lima@gmail.com"),
    "fr": ("Cordialement,\nClaire Roux\nclaire.roux@orange.fr", "Claire Roux", "claire.roux@orange.fr"),
    "de": ("Viele Grüße\nJonas Weber\njonas.weber@web.de", "Jonas Weber", "jonas.weber@web.de"),
    "it": ("Cordiali saluti\nGiulia Neri\ngiulia.neri@libero.it", "Giulia Neri", "giulia.neri@libero.it"),
}


def _same_reading(text: str, changed: str) -> None:
    plain, other = understand(text, today=TODAY), understand(changed, today=TODAY)
    fields = ("intent", "check_in", "check_out", "adults", "children", "rooms", "booking_ref")
    assert {f: getattr(other, f) for f in fields} == {f: getattr(plain, f) for f in fields}


@pytest.mark.parametrize(
    ("lang", "text", "intent"),
    [
        ("en", "yes that works for me", "affirm"),
        ("pt", "pode ser, tranquilo", "affirm"),
        ("it", "sì, va benissimo", "affirm"),
        ("es", "no, mejor lo dejamos", "deny"),
        ("de", "Nein, lieber nicht.", "deny"),
        ("fr", "je voudrais parler à quelqu'un de l'accueil", "handoff_request"),
    ],
)
def test_a_short_answer_over_a_signature_keeps_its_reading(lang: str, text: str, intent: str) -> None:
    signature, name, email = SIGNATURES[lang]
    _same_reading(text, f"{text}\n\n{signature}")
    signed = understand(f"{text}\n\n{signature}", today=TODAY)
    assert (signed.intent, signed.guest_name, signed.email) == (intent, name, email)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "hola, quería saber si tienen habitación del 25 al 27 de abril para dos personas"),
        ("pt", "queria saber o preço de um quarto duplo de 20 a 23 de maio, somos dois adultos"),
        (
            "de",
            "ich wollte fragen ob ihr vom 20. bis 23. Juli noch zwei Zimmer habt, wir sind vier Erwachsene",
        ),
        ("it", "vorrei sapere se avete una singola per il 15 e 16 settembre"),
    ],
)
def test_a_price_or_vacancy_request_signed_with_an_address_stays_availability(lang: str, text: str) -> None:
    signature, name, email = SIGNATURES[lang]
    _same_reading(text, f"{text}\n\n{signature}")
    signed = understand(f"{text}\n\n{signature}", today=TODAY)
    assert (signed.intent, signed.guest_name, signed.email) == ("availability", name, email)


@pytest.mark.parametrize(
    ("text", "said", "intent"),
    [
        ("quanto è lontano il mare?", ", la mia email è paolo.r@gmail.com", "faq"),
        ("what time is check in", ", my email is tom.h@outlook.com", "faq"),
        (
            "queria mudar a minha reserva 7788 para o dia 21",
            ", meu e-mail é rui.c@gmail.com",
            "booking_modify",
        ),
        (
            "wir möchten auch den Samstag bleiben, also 2 Nächte",
            ", meine E-Mail ist j.k@web.de",
            "booking_modify",
        ),
        ("Could I talk to someone at reception please", ", my email is sam.k@gmail.com", "handoff_request"),
        ("mi passi un operatore per favore", ", la mia email è paolo.r@gmail.com", "handoff_request"),
        (
            "Bonjour, je voudrais parler à un conseiller",
            ", mon e-mail est luc.m@orange.fr",
            "handoff_request",
        ),
    ],
)
def test_an_address_said_beside_a_request_leaves_the_request(text: str, said: str, intent: str) -> None:
    _same_reading(text, text + said)
    assert understand(text + said, today=TODAY).intent == intent


@pytest.mark.parametrize(
    ("text", "said", "intent"),
    [
        (
            "Oi, aqui é o Rui do quarto 21, o chuveiro está frio",
            ", meu e-mail é rui.c@gmail.com",
            "complaint",
        ),
        (
            "Aqui é o Tiago do 305, dá pra prolongar a estadia até dia 16?",
            ", meu e-mail é tiago.r@gmail.com",
            "booking_modify",
        ),
        (
            "c'est Léa, de la chambre 8, il n'y a plus de serviettes",
            ", mon e-mail est lea.m@orange.fr",
            "complaint",
        ),
        (
            "Hallo, hier Petra vom Zimmer 14: die Dusche ist kalt",
            ", meine E-Mail ist petra.k@web.de",
            "complaint",
        ),
    ],
)
def test_a_name_and_address_said_beside_a_change_complaint_or_question_leave_it(
    text: str, said: str, intent: str
) -> None:
    _same_reading(text, text + said)
    assert understand(text + said, today=TODAY).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "My name is Jane Rowe, jane.rowe@proton.me, that's for the booking we just discussed",
        "Per la prenotazione: Paolo Rossi, paolo.rossi@libero.it",
        "ein Zimmer für 2 Pers vom 3.8. - 6.8., mein Name ist Jonas Weber, jonas@web.de",
    ],
)
def test_a_name_and_address_handed_over_in_the_message_still_book(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_create"
