"""Formal e-mails through the signed WhatsApp webhook (real engine, fake QloApps, fake Graph API): the stay is
the one the letter asks for, not the one in the quoted message it replies to nor the signature's phone number,
and the name under the closing is kept for the booking."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.engine.replies import Phrasebook
from conversations.engine.tests.whatsapp_guest import phone_numbers
from reservations.models import Quote

pytestmark = pytest.mark.django_db

_phone = phone_numbers("+346008")


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "es",
            "Estimados señores:\n\nLes escribo para pedir una habitación doble del 14 al 17 de enero para dos adultos."
            "\n\nSaludos cordiales,\nLucía Fernández Ortega\nDirectora Comercial\nTransportes Ortega S.L.\n"
            "Tel. +34 612 345 678\n\nEl lun, 23 nov 2026 a las 18:02, Hotel <reservas@hotel.com> escribió:\n"
            "> Le ofrecemos la habitación doble del 20 al 22 de diciembre para 3 personas.",
            "Lucía Fernández Ortega",
        ),
        (
            "en",
            "Dear Sir or Madam,\n\nCould you tell me whether you have a double room from 14 to 17 January for two "
            "adults?\n\nKind regards,\nJohn and Mary Smith-Taylor\n+44 7700 900123\n\nOn Mon, 23 Nov 2026 at 10:14, "
            "Hotel <res@hotel.com> wrote:\n> We can offer a double room from 20 to 22 December for 3 adults.",
            "John Smith-Taylor",
        ),
        (
            "fr",
            "Madame, Monsieur,\n\nAvez-vous une chambre double du 14 au 17 janvier pour deux adultes ?\n\n"
            "Cordialement,\nSophie Lefèvre\nAssistante de direction\nTél. : 01 42 68 53 00\n\n"
            "Le lun. 23 nov. 2026 à 11:20, Hôtel <resa@hotel.fr> a écrit :\n"
            "> Nous pouvons vous proposer une chambre du 20 au 22 décembre pour 3 personnes.",
            "Sophie Lefèvre",
        ),
        (
            "de",
            "Sehr geehrte Damen und Herren,\n\nhaben Sie ein Doppelzimmer vom 14. bis 17. Januar für zwei "
            "Erwachsene?\n\nMit freundlichen Grüßen\n\nDr. Stefan Hoffmann\nLeiter Einkauf\nTel. +49 89 1234567\n\n"
            "Am 23.11.2026 um 14:30 schrieb Hotel Reservierung <info@hotel.de>:\n"
            "> Wir können Ihnen ein Zimmer vom 20. bis 22. Dezember für 3 Personen anbieten.",
            "Stefan Hoffmann",
        ),
        (
            "it",
            "Buongiorno,\n\navete una camera doppia dal 14 al 17 gennaio per due adulti?\n\nDistinti saluti,\n"
            "Dott.ssa Elena Marchetti\nResponsabile Eventi\nTel. +39 06 1234 5678\n\n"
            "Il giorno lun 23 nov 2026 alle ore 09:15 Hotel <info@hotel.it> ha scritto:\n"
            "> Possiamo offrirle una camera dal 20 al 22 dicembre per 3 persone.",
            "Elena Marchetti",
        ),
        (
            "pt",
            "Prezados,\n\nGostaria de saber se têm um quarto duplo de 14 a 17 de janeiro para dois adultos.\n\n"
            "Atenciosamente,\nAna Carolina Ribeiro\nGerente de Projetos\n(11) 98765-4321\n\n"
            "Em seg., 23 de nov. de 2026 às 16:40, Hotel <reservas@hotel.com> escreveu:\n"
            "> Temos um quarto de 20 a 22 de dezembro para 3 pessoas.",
            "Ana Carolina Ribeiro",
        ),
    ],
)
def test_a_formal_email_is_quoted_for_its_own_stay_and_signed_name(whatsapp, qloapps, lang, text, name):
    guest = whatsapp(_phone())
    guest.says(text)
    assert guest.dialogue_state["stage"] == "offers"
    quote = Quote.objects.filter(conversation_id=guest.conversation.pk).latest("pk")
    assert (quote.check_in, quote.check_out, quote.adults) == (dt.date(2027, 1, 14), dt.date(2027, 1, 17), 2)
    asked = guest.says("1")
    phrases = Phrasebook(hotel=guest.conversation.hotel, language=lang)
    # The room chosen is named first ("Great, Doble."), then only the e-mail is asked.
    assert asked.startswith(phrases.say("room_chosen", room="@").split("@")[0]), asked
    assert asked.endswith(" " + phrases.say("ask_email", name=name)), asked
    assert guest.dialogue_state["booking"]["guest_name"] == name
