"""Dates guests write that were misread (round 11, r11d): the day a booking was made and a stay that is over
beside or instead of the stay, a birthday's day, a holiday's long weekend or days, the new days of a change that
names the old ones, "3 nights from 2 October" with a weekday said later, tonight's dinner out and a weekend just gone
(docs/INTERFACES.md "Understanding conventions" / Dates; the first set's `<lang>-r11*` lines score the whole
understanding)."""

from __future__ import annotations

import pytest

from conversations.nlu.tests.support import stay


@pytest.mark.parametrize(
    ("lang", "today", "text"),
    [
        # the day a booking was made, through a site or by phone, is no stay
        (
            "pt",
            "2027-04-05",
            "Efetuei uma reserva no vosso site no passado dia 2 e ainda não recebi o email.",
        ),
        (
            "fr",
            "2027-01-20",
            "Bonjour, j'ai réservé sur votre site dimanche soir et le montant a été débité.",
        ),
        (
            "de",
            "2027-01-13",
            "Ich habe am Montag über Ihre Website gebucht, aber bis heute keine Bestätigung.",
        ),
        ("de", "2027-01-13", "Am Montag haben wir ein Zimmer gebucht, aber keine Bestätigung erhalten."),
        ("es", "2027-04-05", "Reservé por vuestra web el domingo por la noche y no me ha llegado nada"),
        ("it", "2027-04-05", "Ho prenotato tramite il vostro sito domenica sera ma non ho ricevuto conferma"),
        ("en", "2027-04-05", "I made a booking on your website on Sunday night and got no confirmation"),
        # one's own stay of the weeks just gone, told in a complaint
        ("pt", "2027-08-20", "Na sequência da minha estadia de 10 a 14 de agosto, foi-me cobrado duas vezes"),
        ("en", "2027-08-20", "Following our stay from 10 to 14 August, I was charged twice"),
        ("es", "2027-08-20", "Tras nuestra estancia del 10 al 14 de agosto nos cobraron dos veces"),
        ("fr", "2027-08-20", "Suite à notre séjour du 10 au 14 août, on nous a facturé deux fois"),
        ("it", "2027-08-20", "Dopo il nostro soggiorno dal 10 al 14 agosto ci avete addebitato due volte"),
        ("de", "2027-08-20", "Nach unserem Aufenthalt vom 10. bis 14. August wurde doppelt abgebucht"),
        (
            "de",
            "2027-07-12",
            "wir waren vom 2. bis 4. Juli Gäste in Ihrem Haus. Leider wurde die Kurtaxe doppelt berechnet.",
        ),
        # a restaurant for tonight is no stay
        ("es", "2027-05-28", "¿Me recomendáis algún restaurante para cenar por el centro esta noche?"),
        ("en", "2027-05-28", "Can you recommend a restaurant for tonight?"),
        ("fr", "2027-05-28", "Un resto sympa à nous conseiller pour ce soir ?"),
        # falling ill in the weekend just gone
        (
            "en",
            "2027-03-15",
            "Our daughter came down with chickenpox over the weekend. Please cancel booking 88213",
        ),
        ("es", "2027-03-15", "Mi hijo se puso enfermo el fin de semana, cancelen la reserva"),
        ("de", "2027-03-15", "Unser Sohn ist am Wochenende krank geworden, bitte stornieren"),
        ("it", "2027-03-15", "Nostra figlia si è ammalata nel weekend, dobbiamo annullare"),
        ("pt", "2027-03-15", "A nossa filha ficou doente no fim de semana, temos de cancelar"),
        ("fr", "2027-03-15", "Notre fils est tombé malade ce week-end, nous devons annuler"),
    ],
)
def test_no_stay(lang: str, today: str, text: str) -> None:
    assert stay(text, lang, today) == (None, None)


@pytest.mark.parametrize(
    ("lang", "today", "text"),
    [
        # an arrival told in the past and "it's now Tuesday": the days of the stay going on (a complaint keeps none)
        (
            "en",
            "2027-02-02",
            "So we arrived on Sunday and the heating wasn't working. It's now Tuesday, it's freezing",
        ),
        ("fr", "2027-02-02", "Nous sommes arrivés dimanche et le chauffage ne marche pas. Nous sommes mardi"),
        ("it", "2027-02-02", "Siamo arrivati domenica e il riscaldamento non va. Oggi è martedì"),
        ("de", "2027-02-02", "Wir sind am Sonntag angekommen und die Heizung geht nicht. Heute ist Dienstag"),
    ],
)
def test_a_stay_going_on(lang: str, today: str, text: str) -> None:
    assert stay(text, lang, today) == ("2027-01-31", "2027-02-02")


@pytest.mark.parametrize(
    ("lang", "today", "text", "check_in", "check_out"),
    [
        # the day the booking was made, before the verb, beside the booked days
        (
            "it",
            "2027-01-25",
            "il 12 gennaio ho effettuato una prenotazione tramite il Vostro sito per il weekend dal 19 al 21 "
            "febbraio ma, ad oggi, non ho ricevuto alcuna e-mail",
            "2027-02-19",
            "2027-02-21",
        ),
        (
            "en",
            "2027-01-25",
            "On 12 January I made a booking on your website for 19 to 21 February",
            "2027-02-19",
            "2027-02-21",
        ),
        (
            "es",
            "2027-01-25",
            "El 12 de enero hice una reserva en vuestra web para el 19 al 21 de febrero",
            "2027-02-19",
            "2027-02-21",
        ),
        (
            "pt",
            "2027-01-25",
            "No dia 12 de janeiro fiz uma reserva no vosso site de 19 a 21 de fevereiro",
            "2027-02-19",
            "2027-02-21",
        ),
        (
            "de",
            "2027-01-25",
            "Am 12. Januar habe ich über Ihre Website vom 19. bis 21. Februar gebucht",
            "2027-02-19",
            "2027-02-21",
        ),
        # a birthday's day beside the stay's
        (
            "pt",
            "2027-05-18",
            "Meu pai vai fazer 70 anos no dia 22 de agosto e a família toda vai se reunir aí na cidade pra comemorar. "
            "Vocês teriam quartos de 21 a 23 de agosto?",
            "2027-08-21",
            "2027-08-23",
        ),
        (
            "es",
            "2027-09-14",
            "Queremos darle una escapada sorpresa a mi prima por su cumple, que es el sábado. ¿Os queda algo para "
            "este viernes y sábado?",
            "2027-09-17",
            "2027-09-19",
        ),
        (
            "en",
            "2027-09-14",
            "It's for my sister's birthday, which is on Saturday. A room this Friday and Saturday?",
            "2027-09-17",
            "2027-09-19",
        ),
        (
            "fr",
            "2027-09-14",
            "C'est pour l'anniversaire de ma sœur, qui tombe samedi. Une chambre ce vendredi et samedi ?",
            "2027-09-17",
            "2027-09-19",
        ),
        (
            "it",
            "2027-09-14",
            "È per il compleanno di mia sorella, che è sabato. Una camera questo venerdì e sabato?",
            "2027-09-17",
            "2027-09-19",
        ),
        (
            "de",
            "2027-09-14",
            "Zum Geburtstag meiner Schwester, der am Samstag ist. Ein Zimmer diesen Freitag und Samstag?",
            "2027-09-17",
            "2027-09-19",
        ),
        # holidays: a Brazilian long weekend, the weekdays to a day of Carnival, the long weekend "an" a holiday
        (
            "pt",
            "2027-08-23",
            "Todo ano a gente viaja no feriadão da Proclamação da República",
            "2027-11-13",
            "2027-11-15",
        ),
        ("pt", "2027-08-23", "um quarto para o feriadão de Finados", "2027-10-30", "2027-11-02"),
        (
            "fr",
            "2027-01-11",
            "nous venons pour le carnaval de Binche ! On veut voir les Gilles, les oranges, tout. Auriez-vous encore "
            "deux chambres du samedi au mercredi des Cendres ?",
            "2027-02-06",
            "2027-02-10",
        ),
        ("fr", "2027-01-11", "Deux chambres du samedi au mercredi des Cendres ?", "2027-02-06", "2027-02-10"),
        (
            "de",
            "2027-01-11",
            "Zwei Zimmer von Samstag bis Aschermittwoch",
            "2027-02-06",
            "2027-02-10",
        ),
        (
            "en",
            "2027-01-11",
            "Two rooms from Saturday to Shrove Tuesday",
            "2027-02-06",
            "2027-02-09",
        ),
        (
            "it",
            "2027-01-11",
            "Due camere da sabato al martedì grasso",
            "2027-02-06",
            "2027-02-09",
        ),
        (
            "es",
            "2027-01-11",
            "Dos habitaciones del sábado al martes de carnaval",
            "2027-02-06",
            "2027-02-09",
        ),
        (
            "de",
            "2027-04-18",
            "Für das verlängerte Wochenende an Fronleichnam suchen wir ein Doppelzimmer.",
            "2027-05-27",
            "2027-05-30",
        ),
        # "3 nights from 2 October" and a weekday said in a later clause
        (
            "en",
            "2027-08-20",
            "Do you have availability for 3 nights from 2 October? Quadruple rooms ideally, and we'd need an early "
            "breakfast on the Sunday.",
            "2027-10-02",
            "2027-10-05",
        ),
        (
            "es",
            "2027-08-20",
            "¿Tienen 3 noches desde el 2 de octubre? Necesitaríamos desayuno temprano el domingo.",
            "2027-10-02",
            "2027-10-05",
        ),
        (
            "de",
            "2027-08-20",
            "Haben Sie 3 Nächte ab dem 2. Oktober frei? Wir bräuchten am Sonntag ein frühes Frühstück.",
            "2027-10-02",
            "2027-10-05",
        ),
        (
            "pt",
            "2027-08-20",
            "Têm 3 noites a partir de 2 de outubro? Precisaríamos de café cedo no domingo.",
            "2027-10-02",
            "2027-10-05",
        ),
    ],
)
def test_stays_read(lang: str, today: str, text: str, check_in: str, check_out: str) -> None:
    assert stay(text, lang, today) == (check_in, check_out)


@pytest.mark.parametrize(
    ("lang", "today", "text", "check_in", "check_out"),
    [
        # two ranges with a day between: the last range is the new stay
        (
            "pt",
            "2027-02-01",
            "a gente reservou de 10 a 12 de março, mas meu voo foi remarcado e eu só chego no dia 11. Dá pra mudar a "
            "reserva para de 11 a 13 de março?",
            "2027-03-11",
            "2027-03-13",
        ),
        (
            "en",
            "2027-02-01",
            "We booked 10 to 12 March but my flight moved, I only land on the 11th. Can we change it to 11 to 13 March?",
            "2027-03-11",
            "2027-03-13",
        ),
        # the arrival moved, the departure kept
        (
            "it",
            "2027-07-01",
            "Vi avevo scritto per la prenotazione dal 9 al 12 luglio. Ora riusciamo a partire solo il 10. Potete "
            "spostare l'arrivo al 10 luglio lasciando la partenza il 12?",
            "2027-07-10",
            "2027-07-12",
        ),
        (
            "en",
            "2027-07-01",
            "We're booked from 9 to 12 July. Could you move the arrival to 10 July?",
            "2027-07-10",
            "2027-07-12",
        ),
        (
            "es",
            "2027-07-01",
            "Tenemos reserva del 9 al 12 de julio. ¿Podéis cambiar la llegada al 10 de julio?",
            "2027-07-10",
            "2027-07-12",
        ),
        (
            "fr",
            "2027-07-01",
            "Nous avons réservé du 9 au 12 juillet. Pouvez-vous décaler l'arrivée au 10 juillet ?",
            "2027-07-10",
            "2027-07-12",
        ),
        (
            "de",
            "2027-07-01",
            "Wir haben vom 9. bis 12. Juli gebucht. Können Sie die Anreise auf den 10. Juli verschieben?",
            "2027-07-10",
            "2027-07-12",
        ),
        (
            "pt",
            "2027-07-01",
            "Temos reserva de 9 a 12 de julho. Dá para mudar a chegada para o dia 10?",
            "2027-07-10",
            "2027-07-12",
        ),
    ],
)
def test_changes(lang: str, today: str, text: str, check_in: str, check_out: str) -> None:
    assert stay(text, lang, today, modify=True) == (check_in, check_out)
