"""Dates guests write that were misread (round 28: changes of a booking made, where the new arrival or the departure
kept is said beside the booked days; weekday abbreviations and dialect months) (docs/INTERFACES.md "Understanding
conventions" / Dates; the first set's `<lang>-r28*` lines score the whole understanding)."""

from __future__ import annotations

import pytest

from conversations.nlu.tests.support import stay


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Tenemos reserva del 3 al 6 de octubre pero solo vamos a poder llegar el 4."),
        ("es", "Tenemos una reserva del 3.10. hasta 6.10. Podemos llegar un día después, el 4 de octubre?"),
        ("en", "We're booked 3-6 October but we'll only be able to arrive on the 4th."),
        ("pt", "Reservei de 3 a 6 de outubro mas só vamos conseguir chegar dia 4."),
        ("fr", "On a réservé du 3 au 6 octobre mais on pourra seulement arriver le 4."),
        ("de", "Mir ham vom 3. bis 6. Oktober a Zimmer reserviert, mir kumman aber erst am 4."),
        ("de", "Mir ham für 3. bis 6. Oktober reserviert, aber mir kumman erst am 4. Oktober."),
        ("it", "Abbiamo prenotato dal 3 al 6 ottobre ma arriveremmo solo il 4."),
    ],
)
def test_a_later_arrival_said_after_the_booked_days_keeps_their_departure(lang: str, text: str) -> None:
    assert stay(text, lang, "2026-08-30", modify=True) == ("2026-10-04", "2026-10-06")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Reservamos el fin de semana del 6 de marzo pero solo podremos llegar el sábado, salimos el domingo.",
        ),
        ("en", "We booked the weekend of 6 March but we can only get there on Saturday, leaving Sunday."),
        (
            "pt",
            "Reservei o fim de semana de 6 de março mas só vamos conseguir chegar no sábado, saímos no domingo.",
        ),
        (
            "fr",
            "J'ai réservé pour la fin de semaine du 6 mars mais on pourra juste arriver samedi, on repart dimanche.",
        ),
        (
            "de",
            "Wir haben das Wochenende vom 6. März gebucht, kommen aber erst am Samstag an, Abreise Sonntag.",
        ),
        (
            "it",
            "Abbiamo prenotato il weekend del 6 marzo ma riusciamo ad arrivare solo sabato, ripartiamo domenica.",
        ),
    ],
)
def test_a_weekday_arrived_on_only_is_the_booked_weekends(lang: str, text: str) -> None:
    # 6 March 2027 is a Saturday; said a month before, the coming Saturday is 13 February.
    assert stay(text, lang, "2027-02-10", modify=True) == ("2027-03-06", "2027-03-07")
