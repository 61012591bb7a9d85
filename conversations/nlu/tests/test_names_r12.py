"""Names and the guest's e-mail as the r12 writers' guests give them (round 12): a voice note dictated to a phone's
assistant, closings opened by "with" and "un caro saluto"/"alla prossima" over a signature with an address under it,
"but" after "in my name", a verb and a colon between the cue and the name, and what is no name: staff thanked with a
title, a reception introducing itself, "we will come back". The assistant's own address under a booking made for her
boss is not the guest's. New sentences in six languages, none copied from the first set."""

from __future__ import annotations

import pytest

from conversations.nlu import extract_email, extract_guest_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a voice assistant's command before the dictation; the phone capitalises "I" only
        (
            "hey siri text the hotel um hi this is laura benton need a room tonight I'll be late",
            "Laura Benton",
        ),
        ("ok google send a message to the hotel: hi this is tom baker, I need a room tonight", "Tom Baker"),
        # closings opened by "with" / "con" / "avec", over a postal address, a phone and an e-mail
        (
            "Pourriez-vous confirmer la réservation 5512 ?\n\nAvec mes remerciements et mes meilleures salutations,\n"
            "Anne-Sophie Berger\nRue du Lac 4, 1800 Vevey\n+41 79 111 22 33\nas.berger@bluewin.ch",
            "Anne-Sophie Berger",
        ),
        (
            "¿Me pueden confirmar la reserva 4471?\n\nCon un cordial saludo,\nMaría Luisa Herrero\n"
            "C/ Mayor 12, 28013 Madrid\n+34 612 345 678",
            "María Luisa Herrero",
        ),
        (
            "Could you confirm booking 4471?\n\nWith kind regards,\nMary-Ann Fletcher\n12 High Street, Bath BA1 1AA\n"
            "+44 7700 900123",
            "Mary-Ann Fletcher",
        ),
        (
            "Potete confermare la prenotazione 4471?\n\nCon i migliori saluti,\nAnna Maria Lo Bianco\n"
            "Via Roma 12, 20121 Milano\n+39 333 123 4567",
            "Anna Maria Lo Bianco",
        ),
        # "un caro saluto", "until next time" close a message
        (
            "Vorremmo una doppia dal 3 al 5 luglio.\nUn caro saluto,\nRosa Maria Lo Presti",
            "Rosa Maria Lo Presti",
        ),
        ("Grazie di cuore, tutto perfetto! Alla prossima 👋\nChiara e Paolo", "Chiara"),
        ("¡Gracias por todo, genial! Hasta la próxima\nLucía y Pablo", "Lucía"),
        ("Merci pour tout, c'était super ! À la prochaine\nÉlodie", "Élodie"),
        ("Danke für alles, es war toll! Bis zum nächsten Mal\nJonas", "Jonas"),
        # "but" typed after the cue goes on with the sentence
        ("Bonjour, la réservation 3318 est à mon nom mais c'est une amie qui viendra.", None),
        ("Hi, booking 4471 is in my name but a colleague will come instead.", None),
        ("Hola, la reserva 4471 está a mi nombre pero vendrá una compañera.", None),
        ("Hallo, die Buchung 4471 läuft auf meinen Namen aber eine Kollegin kommt.", None),
        # a verb in lower case and a colon between the cue and the name
        ("Bitte die Buchung auf meinen Namen umschreiben: Lukas Brandt", "Lukas Brandt"),
        ("Cambien la reserva a mi nombre por favor: Ana Gil", "Ana Gil"),
        ("Merci de mettre la réservation à mon nom svp : Jean Morel", "Jean Morel"),
        ("Vorrei intestare la prenotazione a mio nome, cioè: Marco Ferri", "Marco Ferri"),
        # staff thanked with a title are not the guest
        ("Ein großes Dankeschön an Frau Keller vom Zimmerservice!", None),
        ("Agradeço à Sra. Lurdes do pequeno-almoço pela simpatia.", None),
        ("Un grand merci à Mme Garnier pour son accueil.", None),
        # a reception or a front desk introducing itself is no name
        ("hier ist der Empfang vom Hotel Sonne", None),
        # "we will come back" after thanks is no signature
        ("Grazie per il soggiorno! Torneremo", None),
        ("¡Gracias por todo! Volveremos", None),
        ("Obrigado por tudo! Voltaremos", None),
    ],
)
def test_names_r12(text: str, name: str | None) -> None:
    assert extract_guest_name(text) == name


@pytest.mark.parametrize(
    ("text", "email"),
    [
        # an assistant's own address under a booking made in her boss's or a client's name: not the guest's
        (
            "Solicito la reserva de una habitación sencilla del 2 al 4 de marzo a nombre de mi jefe, el Dr. Julián "
            "Andrés Mejía.\n\nAgradezco su atención.\n\nPaula Restrepo\nAsistente de Gerencia\npaula.restrepo@andes.co",
            None,
        ),
        (
            "Hello,\nI'd like to book a single room from 3 to 5 May for my boss, Mr. Daniel Hughes.\nKind regards,\n"
            "Sophie Turner\nExecutive Assistant\nsophie.turner@acme.co.uk",
            None,
        ),
        (
            "Guten Tag,\nbitte ein Einzelzimmer vom 3. bis 5. Mai für unseren Kunden, Herrn Jan Vogel.\n"
            "Mit freundlichen Grüßen\nSabine Koch\nsabine.koch@firma.de",
            None,
        ),
        (
            "Buongiorno,\nvorrei una singola dal 3 al 5 maggio per il nostro tecnico, Ing. Davide Serra.\n"
            "Cordiali saluti,\nLaura Bassi\nlaura.bassi@ditta.it",
            None,
        ),
    ],
)
def test_assistants_address_is_not_the_guests(text: str, email: str | None) -> None:
    assert extract_email(text) == email
