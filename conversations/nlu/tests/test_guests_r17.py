"""Party and rooms in the r17 guest messages (guests whose plans change, particular people): counts corrected as said,
the party as it actually is after "but", rooms listed one by one with their people, the rooms a booking now needs,
people who dropped out, one room more, the two of them, a relative with her children, and words that are no count
("for once", "so kind", "ma cousine me demande") (docs/INTERFACES.md "Understanding conventions")."""

from __future__ import annotations

import pytest

from conversations.nlu.guests import party
from conversations.nlu.text import fold


def guests(text: str) -> tuple[int | None, int | None, int | None]:
    found = party(fold(text))
    return found.adults, found.children, found.rooms


@pytest.mark.parametrize(
    ("text", "adults", "children"),
    [
        ("J'aimerais une chambre du 10 au 12 juin pour trois personnes, non attendez, quatre.", 4, None),
        ("para dos personas, no perdón, tres", 3, None),
        ("siamo in due, no aspetta, in tre", 3, None),
        ("ist noch was frei für 2 Erwachsene und 3 Kinder, nein sorry, 2 Kinder (7 und 12)?", 2, 2),
        ("2 adults and 3 kids, no wait, 2 kids", 2, 2),
        ("2 adultos e 3 crianças, não, desculpa, 2 crianças", 2, 2),
    ],
)
def test_a_count_corrected_as_it_is_said_is_the_last_one(
    text: str, adults: int, children: int | None
) -> None:
    assert guests(text)[:2] == (adults, children)


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("somos tres, no cuatro", 3),  # a bare "no" denies the second
        ("dos personas, perdón, tres noches", 2),  # another thing counted
    ],
)
def test_a_denial_or_another_count_is_no_correction(text: str, adults: int) -> None:
    assert guests(text)[0] == adults


@pytest.mark.parametrize(
    "text",
    [
        "Hi, on booking 6612 we put 2 adults 1 child but it's actually 2 adults and 2 kids (ages 3 and 7). Is that OK?",
        "En la reserva 6612 pusimos 2 adultos y 1 niño pero en realidad somos 2 adultos y 2 niños (3 y 7 años).",
        "Sur la réservation 6612 on a mis 2 adultes 1 enfant mais en fait c'est 2 adultes et 2 enfants (3 et 7 ans).",
        "Bei der Buchung 6612 haben wir 2 Erwachsene und 1 Kind angegeben, aber eigentlich sind es 2 Erwachsene und "
        "2 Kinder (3 und 7).",
        "Nella prenotazione 6612 abbiamo messo 2 adulti e 1 bambino ma in realtà sono 2 adulti e 2 bambini (3 e 7 anni).",
        "Na reserva 6612 colocamos 2 adultos e 1 criança mas na verdade são 2 adultos e 2 crianças (3 e 7 anos).",
    ],
)
def test_the_party_as_it_actually_is_after_but_is_the_party(text: str) -> None:
    assert guests(text)[:2] == (2, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "nous cherchons à loger la famille pour la communion de notre fille : une chambre pour mes parents, une pour "
            "ma sœur et son mari, et une familiale pour nous (2 adultes + 3 enfants). Du samedi 8 au lundi 10 mai.",
            (6, 3, 3),
        ),
        (
            "Necesitamos tres habitaciones: una doble para mis padres, otra para mi hermana y su marido y una familiar "
            "para nosotros (2 adultos y 3 niños).",
            (6, 3, 3),
        ),
        (
            "Ci servono tre camere: una matrimoniale per i miei genitori, una per mia sorella e suo marito e una "
            "familiare per noi (2 adulti e 3 bambini).",
            (6, 3, 3),
        ),
        (
            "Für die Hochzeit meiner Cousine brauchen wir vom 24. bis 26. Juni drei Zimmer: ein Doppelzimmer für meinen "
            "Mann und mich, ein Einzelzimmer für meine Oma und ein Dreibettzimmer für unsere Kinder (6, 10 und 13).",
            (3, 3, 3),
        ),
        (
            "We would need three rooms from Friday 8 September to Sunday 10 September: a double for my husband and me, "
            "a twin for our two teenage sons (15 and 17), and a single for my mother-in-law.",
            (3, 2, 3),
        ),
        (
            "Preciso de dois quartos pro feriadão de Finados: um pra mim e minha esposa e outro pros nossos filhos, de 12 "
            "e 16 anos.",
            (2, 2, 2),
        ),
        (
            "Nous souhaiterions réserver trois chambres du vendredi 25 au dimanche 27 juin : une pour mon épouse et moi, "
            "une pour ma belle-mère, et une triple pour mon fils, sa compagne et leur bébé de 8 mois.",
            (5, 1, 3),
        ),
    ],
)
def test_rooms_listed_one_by_one_add_up_their_people(text: str, expected: tuple[int, int, int]) -> None:
    assert guests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a room whose people are not counted says nothing of the party
        ("una doble para nosotros y otra para los niños", (None, None, 2)),
        ("une chambre pour 2 et une autre pour 3", (5, None, 2)),
        # a count of people in one room, the children said before among them
        (
            "Seríamos mi mujer, mis suegros y yo, y además nuestros dos hijos de 10 y 13 años. Nos interesaría del 2 al 9 "
            "de julio, dos habitaciones: una doble para los abuelos y una familiar para nosotros cuatro.",
            (4, 2, 2),
        ),
    ],
)
def test_rooms_listed_without_every_count_keep_the_rest(
    text: str, expected: tuple[int | None, int | None, int]
) -> None:
    assert guests(text) == expected


@pytest.mark.parametrize(
    ("text", "rooms"),
    [
        (
            "Reservamos três quartos mas um casal desistiu, então só vamos precisar de dois. Reserva 203344.",
            2,
        ),
        ("Reservamos tres habitaciones pero una pareja se ha bajado, así que solo necesitamos dos.", 2),
        ("We booked three rooms but one couple dropped out, so we'll only need two.", 2),
        (
            "Avevamo prenotato tre camere dal 10 al 13 luglio, ma due colleghi hanno dato forfait: ne servono solo due.",
            2,
        ),
        (
            "Wir haben drei Zimmer gebucht, aber zwei Kollegen sind abgesprungen: wir brauchen nur noch zwei.",
            2,
        ),
        (
            "Nous avions réservé deux chambres du 3 au 6 octobre, mais mes beaux-parents ne viennent plus. Une seule "
            "chambre suffira donc.",
            1,
        ),
        (
            "On a une chambre réservée du 27 au 30 décembre, est-ce qu'on pourrait en ajouter une deuxième ?",
            2,
        ),
        ("Zu unserer Buchung 12 009 im Juli: Wir bräuchten zusätzlich ein zweites Zimmer für die Kinder.", 2),
        ("For our booking in July we'd need a second room for the kids.", 2),
        (
            "Wir hatten ein Doppelzimmer für den 2. bis 5. März reserviert, bräuchten aber jetzt ein Dreibettzimmer.",
            1,
        ),
        ("We booked a double for 2-5 March but now we need a triple because my mother is coming.", 1),
        (
            "Prenotazione 7 702 18: ci servono due camere in più, quindi otto in totale, sempre dal 17 al 19 settembre.",
            8,
        ),
        ("Booking 770218: we need two more rooms, so eight in total, still 17 to 19 September.", 8),
    ],
)
def test_the_rooms_a_booking_now_needs_are_the_count_said_last(text: str, rooms: int) -> None:
    adults, _, found = guests(text)
    assert found == rooms
    assert adults is None  # who dropped out and the rooms in all are no party


@pytest.mark.parametrize(
    ("text", "rooms"),
    [
        ("We booked 3 rooms, we only need two nights", 3),
        ("We need two rooms, only two please", 2),
        ("I booked a double, but now I see the price, is breakfast included?", 1),
    ],
)
def test_other_counts_after_the_rooms_change_nothing(text: str, rooms: int) -> None:
    assert guests(text)[2] == rooms


def test_people_who_dropped_out_are_no_party() -> None:
    text = (
        "Bei unserer Gruppenbuchung hat sich die Zahl geändert: zwei Leute sind abgesprungen, wir sind jetzt nur noch "
        "zehn Personen, also fünf Doppelzimmer."
    )
    assert guests(text) == (10, None, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Siamo la famiglia Ricci: si aggiunge la nonna, quindi saremo 3 adulti e 2 bambini. Serve una camera in più?",
        "We'll be 3 adults and 2 children now. Do we need an extra room?",
        "Tenemos la reserva del 2 al 9 de enero, seríamos 3 adultos. ¿Se puede agregar una cama o hace falta otro cuarto?",
        "vcs tem quarto pra 6 ou teria q ser 2 quartos?",
        "do you have a room for 6 or would it have to be 2 rooms?",
    ],
)
def test_one_room_more_or_rooms_as_alternatives_are_no_count(text: str) -> None:
    assert guests(text)[2] is None


@pytest.mark.parametrize(
    "text",
    ["una doble y otra habitación para mis padres", "a double and another room for my parents"],
)
def test_another_room_after_a_room_is_one_more(text: str) -> None:
    assert guests(text)[2] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "My daughter is bringing her new boyfriend home for Christmas. Can you put the two of them up from the 23rd "
            "to the 27th? They'd need a double.",
            (2, None, 1),
        ),
        (
            "Meine Eltern kommen zu Besuch. Ich hätte gern für die beiden ein Doppelzimmer vom 23. bis 27. Dezember.",
            (2, None, 1),
        ),
        (
            "Mis padres vienen en Navidad. Querría para los dos una habitación doble del 23 al 27.",
            (2, None, 1),
        ),
        (
            "Haben Sie zu Silvester noch ein Doppelzimmer frei? Ich käme mit meiner Schwester, wir haben Karten.",
            (2, None, 1),
        ),
        ("Do you have a double for New Year's Eve? I'd come with my sister.", (2, None, 1)),
        ("Hey, avez-vous une chambre de libre pour à soir? on est 2 pis le p'tit", (2, 1, 1)),
        (
            "c'è ancora una tripla libera per la notte del 18 settembre? è per la zia della sposa con i suoi due figli, "
            "di 10 e 13 anni",
            (1, 2, 1),
        ),
        (
            "Is there a triple free on the 18th? It's for my sister and her two kids, aged 10 and 13.",
            (1, 2, 1),
        ),
        (
            "Reserva por favor: 14/10 - 17/10, 1 hab. individual, a nombre de Ignacio Belda. Gracias",
            (1, None, 1),
        ),
        (
            "Declan and myself are celebrating our 30th wedding anniversary on the 14th of June and we'd love to treat "
            "ourselves for once. Could ye hold a room for us?",
            (2, None, 1),
        ),
        ("Marta y yo queremos una habitación para el puente", (2, None, 1)),
        (
            "My husband Gerald and I stayed with you years ago. We should like to reserve a double room from Monday 8th "
            "March to Friday 12th March, if you would be so kind.",
            (2, None, 1),
        ),
    ],
)
def test_people_named_are_counted(text: str, expected: tuple[int, int | None, int]) -> None:
    assert guests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ma cousine me demande si vous acceptez les chats. Le sien a quinze ans.", (None, None, None)),
        ("ma cousine et moi voulons une chambre", (2, None, 1)),
        ("Thanks and I are happy", (None, None, None)),
        ("Une chambre pour les deux nuits svp", (None, None, 1)),
        ("le petit déjeuner est à quelle heure", (None, None, None)),
        ("Wir kommen mit einem Kind", (None, 1, None)),
    ],
)
def test_words_that_are_no_people(text: str, expected: tuple[int | None, int | None, int | None]) -> None:
    assert guests(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hi this is rachel we've got a room booked for the 10th to the 12th of april but we'd like to come a day earlier",
        "Tenemos una habitación reservada del 10 al 12 pero queremos llegar el 9",
        "Wir haben ein Zimmer gebucht vom 10. bis 12., können wir schon am 9. kommen?",
    ],
)
def test_the_room_a_booking_already_has_is_no_count(text: str) -> None:
    assert guests(text)[2] is None


def test_the_room_a_booking_has_and_a_second_one_added_are_two() -> None:
    text = "On a une chambre réservée du 27 au 30 décembre, est-ce qu'on pourrait en ajouter une deuxième ?"
    assert guests(text)[2] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Could I please speak to a real person? It concerns a gift voucher our son gave us.",
        "Es por un bono que nos regaló nuestra hija.",
        "C'est pour un bon que notre fils nous a offert.",
        "Es geht um einen Gutschein, den uns unser Sohn geschenkt hat.",
        "Riguarda un buono che ci ha regalato nostro figlio.",
        "É sobre um voucher que nos deu o nosso filho.",
    ],
)
def test_a_child_who_gave_something_is_no_party(text: str) -> None:
    assert guests(text)[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "we are family of five (me, husband, three kids 2, 6 and 11 years) and need a room or two for 10 nights",
        "necesitamos una habitación o dos para el puente",
        "we need one or two rooms",
    ],
)
def test_a_room_or_two_is_no_count(text: str) -> None:
    assert guests(text)[2] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ola kiero una abitasion pa dentro de dos semanas, 4 noches, somos dos", (2, None, 1)),
        (
            "a gente queria um quarto pra sexta e sábado eu minha esposa e a nossa filhinha de três anos",
            (2, 1, 1),
        ),
    ],
)
def test_spellings_and_diminutives(text: str, expected: tuple[int, int | None, int]) -> None:
    assert guests(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "le escribo de parte de mi madre que quiere ir este fin de semana con mi tía",
        "I'm writing on behalf of my mother, who would like to come this weekend with her sister.",
        "je vous écris de la part de ma mère qui voudrait venir ce week-end avec ma tante",
    ],
)
def test_whom_the_writer_books_for_and_who_goes_with_them(text: str) -> None:
    assert guests(text)[0] == 2


def test_whom_the_writer_books_for_alone() -> None:
    assert guests("on behalf of my elderly parents")[0] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Servus! Habt's ihr am Wochenende no a Zimmer frei für mi und mei Freindin?", (2, None, 1)),
        (
            "on voudrait venir le 31 décembre jusqu'au 2 janvier avec mon mari et ma petite-fille qui a neuf ans voilà "
            "une chambre si possible",
            (2, 1, 1),
        ),
        ("we'd like to come with my wife", (2, None, None)),
        ("we'd like to come with my mother", (None, None, None)),  # "we" with a parent: how many is not said
        ("on voudrait en parler avec mon mari", (None, None, None)),  # talked over, no one coming
    ],
)
def test_we_with_the_writers_partner_are_the_couple(
    text: str, expected: tuple[int | None, int | None, int | None]
) -> None:
    assert guests(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "per la prenotazione RSV 2219 44 vi comunico che gli alunni, tutti minorenni, saranno 20 e non 22. I docenti "
        "restano due.",
        "For booking RSV 221944: the pupils, all minors, will be 20 and not 22. The teachers remain two.",
        "Para la reserva 221944: los alumnos, todos menores, serán 20 y no 22. Los profesores siguen siendo dos.",
        "Pour la réservation 221944 : les élèves, tous mineurs, seront 20 et non 22. Les enseignants restent deux.",
        "Zur Buchung 221944: die Schüler, alle minderjährig, sind jetzt 20 statt 22. Die Lehrer bleiben zwei.",
    ],
)
def test_pupils_and_teachers_counted_after_a_verb(text: str) -> None:
    assert guests(text)[:2] == (2, 20)


def test_students_counted_after_a_verb_with_no_age_are_no_children() -> None:
    assert guests("the students will be 20")[1] is None
