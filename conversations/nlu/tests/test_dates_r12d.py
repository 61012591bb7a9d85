"""Dates guests write that were misread (round 12, r12d/r12e): a stay or a night that is over, spent or charged, in
a complaint, a weekday of that stay, an anniversary's day beside the stay, a day named alone and again as its
range's start, a holiday "à deux", the carnival's Saturday and the new days of a change said with a dash after "to"
(docs/INTERFACES.md "Understanding conventions" / Dates; the first set's `<lang>-r12*` lines score the whole
understanding)."""

from __future__ import annotations

import pytest

from conversations.nlu.tests.support import stay


@pytest.mark.parametrize(
    ("lang", "today", "text"),
    [
        # a night charged that is just gone, not one a year on
        ("fr", "2027-05-30", "Vous m'avez débité deux fois la nuit du 14 mai, je veux être remboursée."),
        ("en", "2027-05-30", "You charged me twice for the night of 14 May, I want a refund."),
        ("es", "2027-05-30", "Me cobraron dos veces la noche del 14 de mayo, quiero el reembolso."),
        ("it", "2027-05-30", "Mi avete addebitato due volte la notte del 14 maggio, voglio il rimborso."),
        ("pt", "2027-05-30", "Cobraram duas vezes a noite de 14 de maio, quero o reembolso."),
        ("de", "2027-05-30", "Sie haben die Nacht vom 14. Mai doppelt abgebucht, ich will mein Geld zurück."),
        # a stay spent, the days before the German participle
        (
            "de",
            "2027-09-10",
            "wir haben vom 1. bis 5. September bei Ihnen übernachtet. Leider wurde das Zimmer nie gereinigt.",
        ),
        (
            "de",
            "2027-09-10",
            "Ich bin vom 1. bis 5. September bei Ihnen geblieben und das Zimmer war schmutzig.",
        ),
        ("en", "2027-09-10", "We spent 1 to 5 September with you and the room was never cleaned."),
        ("fr", "2027-09-10", "Nous avons passé du 1er au 5 septembre chez vous et la chambre était sale."),
        ("it", "2027-09-10", "Abbiamo dormito da voi dal 1 al 5 settembre e la camera era sporca."),
        ("es", "2027-09-10", "Dormimos con ustedes del 1 al 5 de septiembre y la habitación estaba sucia."),
        # a weekday of a stay that is over is a day of that stay
        (
            "en",
            "2027-05-24",
            "I am writing to express my disappointment with our stay from 14 to 16 May. Breakfast on Sunday had "
            "run out of almost everything by 9am. I would appreciate a partial refund for the two nights.",
        ),
        (
            "es",
            "2027-05-24",
            "Nuestra estancia del 14 al 16 de mayo fue un desastre. El desayuno del domingo se había acabado.",
        ),
        (
            "fr",
            "2027-05-24",
            "Notre séjour du 14 au 16 mai était décevant. Le petit-déjeuner de dimanche était vide à 9h.",
        ),
        (
            "de",
            "2027-05-24",
            "Ich bin enttäuscht von unserem Aufenthalt vom 14. bis 16. Mai. Das Frühstück am Sonntag war leer.",
        ),
        (
            "it",
            "2027-05-24",
            "Sono delusa dal nostro soggiorno dal 14 al 16 maggio. La colazione di domenica era finita.",
        ),
        (
            "pt",
            "2027-05-24",
            "Estou desiludida com a nossa estadia de 14 a 16 de maio. O pequeno-almoço de domingo acabou.",
        ),
    ],
)
def test_no_stay(lang: str, today: str, text: str) -> None:
    assert stay(text, lang, today) == (None, None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the anniversary's day beside the stay
        (
            "es",
            "Mi esposo y yo cumplimos 25 años de casados el 20 de agosto y queremos darnos una escapada. "
            "Quisiéramos reservar una suite del jueves 19 al domingo 22 de agosto.",
        ),
        ("de", "Wir sind am 20. August 25 Jahre verheiratet. Wir möchten eine Suite vom 19. bis 22. August."),
        (
            "pt",
            "Completamos 25 anos de casados no dia 20 de agosto, queremos uma suíte de quinta 19 a domingo 22 de agosto.",
        ),
    ],
)
def test_an_anniversary_beside_the_stay(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-08-02") == ("2027-08-19", "2027-08-22")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a day named alone, then as the start of its range
        (
            "fr",
            "Je serai chez un client toute la journée du mardi 12 janvier et je ne pourrai reprendre la route "
            "qu'en soirée. Je cherche donc une chambre simple pour la nuit du 12 au 13 janvier.",
        ),
        (
            "es",
            "Tengo reuniones todo el martes 12 de enero y no puedo volver hasta la noche. Busco una individual "
            "para la noche del 12 al 13 de enero.",
        ),
        (
            "it",
            "Sarò da un cliente tutto il giorno martedì 12 gennaio e non posso ripartire prima di sera. Cerco una "
            "singola per la notte dal 12 al 13 gennaio.",
        ),
        (
            "de",
            "Ich bin am Dienstag, 12. Januar, den ganzen Tag beim Kunden. Ich brauche ein Einzelzimmer für die "
            "Nacht vom 12. auf den 13. Januar.",
        ),
        (
            "en",
            "I'm with a client all day on Tuesday 12 January. I need a single room for the night of 12 to 13 January.",
        ),
        (
            "pt",
            "Vou estar num cliente o dia todo na terça 12 de janeiro. Procuro um quarto individual para a noite "
            "de 12 a 13 de janeiro.",
        ),
    ],
)
def test_a_day_said_before_its_range(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-01-05") == ("2027-01-12", "2027-01-13")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "à deux" after a holiday is a party, not the 2nd
        (
            "fr",
            "On cherche un endroit calme pour passer Noël à deux. Vous avez encore une chambre pour Noël ?",
        ),
        ("es", "Queremos pasar la Navidad a dos, ¿os queda una habitación?"),
        ("it", "Vorremmo passare il Natale a due, avete una camera?"),
    ],
)
def test_a_holiday_for_two(lang: str, text: str) -> None:
    assert stay(text, lang, "2026-12-02") == ("2026-12-24", "2026-12-26")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "wir möchten gerne über Fasching zu Ihnen kommen, also vom Faschingssamstag bis Aschermittwoch",
        ),
        ("es", "queremos ir del sábado de carnaval al miércoles de ceniza"),
        ("fr", "une chambre du samedi gras au mercredi des cendres"),
        ("it", "una camera dal sabato grasso al mercoledì delle ceneri"),
        ("pt", "um quarto do sábado de carnaval à quarta-feira de cinzas"),
    ],
)
def test_the_carnival_saturday(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-01-10") == ("2027-02-06", "2027-02-10")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the new days after "to" with a dash, in the old days' month (not 9 November)
        ("it", "abbiamo prenotato dal 2 al 4 marzo ma dovremmo spostare al 9-11, si può?"),
        ("es", "reservamos del 2 al 4 de marzo pero queremos pasarla al 9-11, ¿se puede?"),
        ("fr", "on a réservé du 2 au 4 mars mais on voudrait passer au 9-11, c'est possible ?"),
        ("pt", "reservamos de 2 a 4 de março mas queremos mudar para 9-11, dá?"),
    ],
)
def test_new_days_with_a_dash(lang: str, text: str) -> None:
    assert stay(text, lang, "2027-02-10", modify=True) == ("2027-03-09", "2027-03-11")
