"""Contact details, booking references and short answers in context (names: `names.py`).

These read the original text (case matters for names and references), not the folded one.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

from conversations.nlu.dates import MONTHS
from conversations.nlu.names import extract_guest_name, writers_own_address
from conversations.nlu.numbers import ORDINAL_VALUES, to_int
from conversations.nlu.text import fold, word_alternation

__all__ = [
    "extract_booking_ref",
    "extract_choice_index",
    "extract_email",
    "extract_guest_name",
    "extract_number",
    "extract_phone",
    "number_word_choice",
]

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<![\w/.])(?:\+|00)?\d[\d ().-]{6,18}\d(?![\w/])")
_REGIONS = {"es": "ES", "en": "GB", "pt": "PT", "fr": "FR", "de": "DE", "it": "IT"}

# Cues and the words between a cue and its reference, read on `_plain(text)` (lower case, no accents,
# same length), so "réservation n° 40912", "reserva n.º 88213" and "a minha reserva é a 55031" all match.
_REF_CUE = (
    r"(?:reservas?|reservacion|reservaciones|booking|reservation|reference|ref|localizador|localizer|loc|confirmation|"
    r"confirmacion|"
    # (German compounds ending in the booking: "Gruppenbuchung Nr. 7781-B", "Zimmerreservierung 4471")
    r"codigo|cod|code|order|pedido|reservierung|buchung|[a-z]+buchung|[a-z]+reservierung|buchungsnummer|buchungsnr|reservierungsnummer|bestatigung|"
    # (Swiss German: "Buechig 4412", "Reservierig 5520")
    r"buechig|buechung|reservierig|"
    r"reservierungsnr|buchungscode|rif|riferimento|reservierungs-nr|buchungs-nr|"
    # German compounds ("Buchungsbestätigung Nr.", "Buchungs-ID", "Vorgangsnummer"), Mexican "folio", travel
    # agencies' "itinerary number"
    r"(?:buchungs|reservierungs|bestatigungs)-?(?:bestatigung|referenz|id|nummer|nr|code)|vorgangsnummer|vorgang|"
    r"folio|itinerary|itinerario|itineraire|conf|conferma|referencia|referenz|referenza|"
    # short forms in chats: "res 88231", "résa n° 88231", "rsv 4412", "resv. 5521"
    r"res|resa|rsv|resv|pren|"
    r"bestatigungsnummer|prenotazione|codice|riservazione|commande|dossier|confirmacao|encomenda|"
    r"numero de (?:reserva|confirmacion|confirmacao|localizador)|reserva numero|numero di prenotazione|"
    r"numero de reservation|booking (?:number|no|code|id)|reservation (?:number|no|code)|"
    r"reference number|confirmation (?:number|code))"
)
_REF_GLUE = (
    r"(?:[:#]|c'est|c est|bien|n\.?ro\.?|n\.?\s?[o\u00b0]\.?|n[r\u00b0]?\.?|no\.|num(?:ero|ber|\.)?|nummer|es|is|est|ist|e|a|o|la|el|le|il|de|die|"
    r"di|da|do|del|della|mi|my|mia|minha|ma|mon|meine|meiner|lautet|was|era|foi|etait|war|era la|with|con|com|avec|"
    r"mit|con el|number|ref|reference|code|codigo|codice|id|nr|"
    # ("réservation de groupe 6 415 02", "reserva de grupo 4471", "group booking 5520")
    r"groupe|grupo|gruppo|group|gruppe)"
)
_REF = re.compile(
    # (a word of glue is not the start of a code: "Buchung #A7-99" is no "a" and "7-99")
    rf"\b{_REF_CUE}\b\.?(?:[^\S\n]*(?:{_REF_GLUE}|{_REF_CUE})(?![a-z]|(?<=[a-z])\d)\.?|[^\S\n]*[:#(])*[^\S\n]*#?"
    # "RS/2027/112", "2026/4471", "45.120" (a dot only between thousands)
    # (one digit only before groups: "réservation 7 782 104")
    # ("die Buchung 9 04 331": one digit, a pair, then three)
    r"(?P<ref>[a-z0-9](?:[a-z0-9-]|_(?=[a-z0-9])|/(?=[a-z0-9])|\.(?=\d{3}\b)){1,14}|\d(?=[^\S\n]\d{3}\b)|"
    r"\d(?=[^\S\n]\d{2}[^\S\n]\d{3}\b))\b"
)
# "I have a reservation with you, number 61190", "ich wollte meine buchung stornieren die nummer ist 66120",
# "my booking from booking.com, the number is 4412558991": a number named later in the sentence that speaks
# of the booking (it must hold a digit).
_NUMBER_LATER = re.compile(
    rf"\b(?:{_REF_CUE}|reservaci[o]n|booked|reservei|reserve|reservado|gebucht|prenotato|reservato)\b"
    r"(?:(?![.?!](?:\s|$))[^\n]){0,45}?"
    r"\b(?:(?:the|el|la|le|die|il|o|a|its|su|sa|ihre|seine|la sua)\s+)?"
    # ("ho prenotato tramite Booking, n. 3.771.204.559": "n." before digits, grouped by thousands with dots)
    # ("el número es el 58 33 12": an article after "is")
    r"(?P<key>number|numero|nummer|num|nr|n[o\u00b0]|no\.?|n\.(?=[^\S\n]*\d))(?![a-z0-9])\.?(?:\s*(?:es|is|est|ist|e|lautet|:|#))*\s*"
    r"(?:(?:el|la|le|il|o|a|die)\s+(?=\d))?#?"
    r"(?P<ref>\d{1,3}(?:\.\d{3})+(?![\d.])|[a-z0-9-]*\d[a-z0-9-]{1,14}|\d(?=[^\S\n]\d{3}\b))\b"
)
# "...en la reserva que ya hice, la 5520", "my booking, the one 5520": the number after a comma and an article.
# ("Cancelen mi reserva 😭 la 77120": an emoji or a dash instead of the comma)
_THE_ONE_LATER = re.compile(
    rf"\b(?:{_REF_CUE}|reservaci[o]n)\b(?:(?![.?!](?:\s|$))[^\n]){{0,45}}?(?:,|[^\w\s.?!,]+)[^\S\n]*"
    r"(?:la|el|a|o|die|le|il|the one|that's|es la|e a|c'est la|ist die|e la)[^\S\n]+(?:n[o\u00b0]\.?[^\S\n]*|#)?"
    r"(?P<ref>\d{4,10})\b(?![^\S\n]*(?:personas|people|persone|pessoas|personnes|personen|noches|nights|euros?|eur|€))"
)
# "Cancela minha reserva pfv, 81422, n vou mais conseguir ir", "cancel my booking pls, 81422, cant make it": a number
# alone in its clause after a comma, a few words after the booking.
_ALONE_AFTER_COMMA = re.compile(
    rf"\b(?:{_REF_CUE}|reservaci[o]n)\b(?:(?![.?!](?:\s|$))[^\n,]){{0,25}},[^\S\n]*#?"
    r"(?P<ref>\d{4,10})(?=[^\S\n]*(?:[,.;!?)\n]|$))"
)
# "j'ai une réservation chez vous c'est le 4471 229 180", "La reserva la hizo mi compañero... ¿Se puede cambiar el
# titular? Es la 88213", "come faccio a cancellare la mia prenotazione? è la ABX 442": the booking named, then "it is"
# and a number of four digits or more, or a code in capitals, later on the line.
_IT_IS_LATER = re.compile(
    rf"\b(?:{_REF_CUE}|reservaci[o]n|booked|reservei|reserve|reservado|gebucht|prenotato|reservato)\b"
    r"[^\n]{0,120}?(?<![\w'])"
    r"(?:es la|es el|c'est la|c'est le|c est la|c est le|ce sera le|e la|e il|e a|e o|ist die|it'?s|that'?s|it is)"
    # ("C'est le 55 410.": a first group of two or three digits before groups of three; "es el 58 33 12": said in
    # pairs, two groups more)
    r"[^\S\n]+(?:n[o\u00b0]\.?[^\S\n]*|#)?(?P<ref>\d{4,10}|\d{2,3}(?=[^\S\n]\d{3}\b|[^\S\n]\d{2}[^\S\n]\d{2}\b)|"
    r"[a-z]{2,5}[^\S\n]?\d{2,10})\b"
    r"(?![.,/:-]?\d)"
)
# ... not a phone given as a contact ("O meu contacto é o 912 345 678").
_CONTACT_WORD = re.compile(
    r"\b(?:contact|contacto|contato|contatto|kontakt|contactar|reach me|erreichbar|joignable)\b"
)
# "Quantas noites ficaram na minha reserva? ... Nº RSV/2027/509": a number sign and a code with a digit, in a message
# about a booking.
_NUMBER_SIGN = re.compile(r"(?<!\w)[Nn]\.?[º°][^\S\n]*(?P<ref>[A-Z0-9][A-Z0-9/-]{0,18}[A-Z0-9])\b")
_BOOKING_WORD = re.compile(rf"\b(?:{_REF_CUE}|reservaci[o]n)\b")
# A sentence that is only the number, after one about the booking: "ist meine Buchung bestätigt? Nummer HTL 7781 A.",
# "my booking for Friday. Number: 44120", "Número AB 4471.", "Numéro : 55120".
_NUMBER_SENTENCE = re.compile(
    # ("C'est le numéro 30 118.", "Es el número 30 118", "It's number 30 118")
    # ("reserviert (Nr. 66 701)", "une réservation ... (no 77120)": in brackets)
    # (or after a comma: "C'est au nom de Rémi Gagnon, numéro 60 417.")
    # (Swiss "D'Nummer isch 2204-77": the article elided, "isch" for "ist")
    r"(?:^|[.?!:,][^\S\n]+|\n[^\S\n]*|\()(?:(?:c'est|c est|es ist|es|it'?s|e|ist)[^\S\n]+)?(?:(?:the|la|le|die|il|o|a|el)[^\S\n]+|d')?"
    r"(?:number|numero|nummer|nr|n[o\u00b0]|n(?=\.[^\S\n]*\d))\.?[^\S\n]*(?::[^\S\n]*)?"
    # ("Die Nummer ist 9 04 331.", "The number is 30 771", "Le numéro est le 30 771"): "is" and an article before it
    r"(?:(?:es|is|est|ist|isch|e|lautet)[^\S\n]+(?:(?:el|la|le|il|o|a|die)[^\S\n]+(?=\d))?)?"
    r"#?(?P<ref>[a-z0-9][a-z0-9-]{0,14})\b"
)
# "I have reservation with you for 2 nights from 4th of March the number is HX 22 71", "el número es el 58 33 12":
# the number said as such anywhere in a message about a booking (`_NUMBER_LATER` reads it near the booking word).
_THE_NUMBER_IS = re.compile(
    r"\b(?:the|el|la|le|die|il|o)[^\S\n]+(?:number|numero|nummer|reference|referencia|referenza|riferimento|referenz)"
    r"[^\S\n]+(?:is|es|est|ist|isch|e|lautet)[^\S\n]+(?:(?:el|la|le|il|o|a|die)[^\S\n]+)?#?(?P<ref>[a-z0-9][a-z0-9-]{0,14})\b"
)
# A booking spoken of by its verb ("ich hatte ... gebucht, müsste aber umbuchen. Nr. 30 771."): the number in a
# sentence of its own is its reference too.
_BOOKING_TALK = re.compile(
    rf"\b(?:{_REF_CUE}|reservaci[o]n|booked|rebook|reservei|reserve|reservado|reservamos|reserve[ei]|gebucht|reserviert|"
    r"umbuchen|stornieren|prenotato|prenotata|reservato|spostare|cancel|cancelar|annuler|annullare|disdire|"
    # the stay booked ("¿me podéis mandar la factura de la estancia? El número es el 66 20 14")
    r"stay|estancia|estadia|estada|sejour|aufenthalt(?:s)?|soggiorno)\b"
)
# "Status of my reservation pls - 44120", "Cancelación reserva: 55120": a number alone after a dash or colon.
_DASHED_LATER = re.compile(
    rf"\b(?:{_REF_CUE}|reservaci[o]n)\b(?:(?![.?!](?:\s|$))[^\n]){{0,30}}?(?:[^\S\n][-\u2013\u2014]|:)[^\S\n]*#?"
    r"(?:(?P<ref>\d{4,8})\b(?![^\S\n]*[.,/:-]?\d)|(?P<code>[a-z0-9]{1,6}(?:[/-][a-z0-9]{1,6}){1,3})\b)"
)
_AMOUNT_AFTER = re.compile(
    r"[^\S\n]*(?:€|eur\b|euros?\b|\$|usd\b|chf\b|gbp\b|£|personas|people|persone|pessoas|personnes|personen|noches|"
    r"nights|notti|noites|nuits|nachte)"
)
# ... but not a phone, room, flight or card number ("my booking, my mobile number is 612345678").
_OTHER_NUMBER = re.compile(
    r"\b(?:phone|telephone|mobile|cell|tel|telefono|movil|celular|telemovel|telefone|portable|handy|handynummer|"
    r"telefon|cellulare|whatsapp|room|habitacion|chambre|zimmer|camera|stanza|quarto|flight|vuelo|vol|flug|volo|voo|"
    r"card|tarjeta|carte|karte|carta|cartao|passport|pasaporte|passeport|reisepass|passaporto|passaporte|"
    r"house|casa|maison|haus|apartment|apartamento|piso|appartement|wohnung|appartamento|dni|nif|siret|iban)\b"
)
_HASH_REF = re.compile(r"#(?P<ref>[A-Za-z0-9]{2,15})\b")
# A reference typed in groups ("reserva 4471 229 180", "Nr. 44 120", "code HTL 7781 A", "Conf. no. 4BX 7QP"): the
# groups that follow, one space apart, digits after digits or capitals and digits after a code in capitals.
_DIGIT_GROUP = re.compile(r"[^\S\n](?P<group>\d{2,4})(?![\w/.,:-]?\d)")
_CODE_GROUP = re.compile(r"[^\S\n](?P<group>[A-Z0-9]{1,6})(?![\w'-])")
# ... a last digit alone ending the reference ("Buchungsnummer 88 213 4."), and a code typed in lower case: groups with
# a digit, and one last letter alone before a comma or the line's end ("ref is hx 44 19 k", "n° hb 7781 a,").
_LAST_DIGIT = re.compile(r"[^\S\n](?P<group>\d)(?=[^\S\n]*(?:[.,;!?\n)]|$))")
_LOWER_GROUP = re.compile(
    r"[^\S\n](?P<group>[a-z0-9]{0,5}\d[a-z0-9]{0,5}|[a-z](?=[^\S\n]*(?:[,;!?\n)]|\.(?:\s|$)|$)))(?![\w'/-])"
)
# ... but not a day, a count or an amount after the reference ("reserva 44120 15 de mayo", "4471 20 €").
_MONTH_AFTER = re.compile(
    r"\.?[^\S\n]*(?:(?:de|di|of|del|do)[^\S\n]+)?(?:" + word_alternation(MONTHS) + r")\b"
)
_WORDS_IN_CAPITALS = frozenset(
    {"OK", "PS", "AM", "PM", "EUR", "USD", "CHF", "GBP", "ID", "NO", "NR", "REF", "NUM"}
)
# A range word before a day ("reserva 4471 15 al 18"), read on the text in lower case (in `_plain` "n. 38 116 è
# confermata" would read "116 e ..."): the groups end before it ("codice 44 12 09. A che ora" reads on).
_RANGE_TO_DIGIT = re.compile(
    # ("dal" opens a range, the group before it ends the reference: "prenotazione n. 7 304 12 dal 9 all'11")
    r"\.?[^\S\n]*(?:[-/][^\S\n]*|(?:al|a|y|e|et|und|and|bis|to|au|ao)[^\S\n]+)\d"
)
_UPPER_REF = re.compile(r"\b(?P<ref>[A-Z]{9})\b")
# A code with its letters, a hyphen and digits needs no cue: "cancel QLO-48213 pls".
# ("es la RSV-20261204-77": with the groups after it)
_PREFIXED_REF = re.compile(r"\b(?P<ref>[A-Z]{2,5}-\d{4,10}(?:-[A-Z0-9]{1,6})*)\b")

_CHOICE_WORDS: dict[str, int] = dict(ORDINAL_VALUES)
_CHOICE_WORDS.update(
    {"last": -1, "ultima": -1, "ultimo": -1, "derniere": -1, "dernier": -1, "letzte": -1, "letzten": -1}
)
# The words before an option's number or ordinal ("la segunda", "option two", "die zwei").
_CHOICE_LEAD: tuple[str, ...] = ("la", "el", "the", "a", "o", "le", "die", "das", "der", "il", "lo")
_CHOICE_LEAD += ("option", "opcion", "opcao", "numero", "number", "nummer")
_CHOICE = re.compile(
    r"\b(?:(?:" + "|".join((*_CHOICE_LEAD, "n")) + r")\s+)?"
    r"(?P<word>" + "|".join(sorted(_CHOICE_WORDS, key=len, reverse=True)) + r")\b"
)
_CHOICE_TAIL = re.compile(
    r"\s+(?:por favor|porfa|please|pls|one|bitte|s'il vous plait|svp|per favore|grazie|thanks|gracias|obrigad[ao])$"
)
# Articles and room names that are number words too ("a", "un", "single"); "um" is a filler of voice notes.
_NOT_A_CHOICE_NUMBER = frozenset({"a", "an", "un", "une", "um", "ein", "eine", "single", "couple"})


# Typed with spaces around "@" ("ana.garcia @ gmail.com") or spoken in a voice note ("ana punto garcia arroba gmail
# punto com", "john at gmail dot com", "marie arobase orange point fr", "anna ät web punkt de", "luca chiocciola
# libero punto it", "joao arroba gmail ponto com"), read on folded text.
_SPACED_EMAIL = re.compile(
    r"(?<![\w.@])([a-z0-9][a-z0-9._%+-]*)\s+@\s*([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b"
)
_DOT = r"\s(?:punto|dot|point|punkt|ponto)\s"
_AT = r"\s(?:arroba|at|arobase|at-zeichen|at zeichen|chiocciola|chiocciolina)\s"
_TLDS = (
    r"(?:com|es|net|org|fr|de|it|pt|br|mx|ar|co|uk|ch|at|be|nl|eu|info|edu|gov|io|me|cat|gal|us|ca|cl|pe|ie)"
)
# "rocio guion bajo marin arroba yahoo punto es", "tom tiret richard arobase free point fr": the underscore and the
# hyphen said in words, joined to the words around them (only where an "at" word is said).
_SPOKEN_UNDERSCORE = re.compile(
    r"\s(?:guion bajo|guion baixo|underscore|tiret bas|tiret du bas|unterstrich|trattino basso|underline)\s"
)
_SPOKEN_HYPHEN = re.compile(r"\s(?:guion|hifen|tiret|bindestrich|trattino|hyphen|dash)\s")
_SAID_AT = re.compile(r"\s(?:arroba|arobase|at-zeichen|chiocciola|chiocciolina|at)\s")
_BRACKETED_AT = re.compile(
    r"(?<=[A-Za-z0-9])[^\S\n]*[(\[][^\S\n]*(?i:at)[^\S\n]*[)\]][^\S\n]*(?=[A-Za-z0-9])"
)
# (or where a confirmation is to go: "you can send the confirmation to lucy dot fox at outlook dot com")
_MAIL_WORD = re.compile(
    r"\b(?:e-?mail|mail|correo|courriel|adresse|endereco|indirizzo|address|confirmation|confirmacion|confirmacao|"
    r"conferma|bestatigung|reach (?:me|us)|contact (?:me|us)|send (?:it|them|the \w+|me \w+|us \w+) to|"
    # ("Reply to dave dot pryce at btinternet dot com if easier")
    r"reply (?:to|at)|write (?:to|back to)|answer (?:to|at))\b"
)
_SPOKEN_EMAIL = re.compile(
    # (dots typed and apostrophes inside: "mario.rossi chiocciola libero punto it", "sam dot o'brien at gmail dot com")
    rf"(?<![a-z0-9.'])(?P<user>[a-z0-9](?:[a-z0-9_-]|[.'](?=[a-z0-9]))*(?:{_DOT}[a-z0-9_-]+(?:[.'][a-z0-9_-]+)*)*){_AT}"
    rf"(?P<domain>[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*{_DOT}{_TLDS})(?![a-z0-9])"
)


def extract_email(text: str) -> str | None:
    """The first e-mail address in the text, lower-cased; also one typed with spaces around "@" or spoken
    ("ana punto garcia arroba gmail punto com" -> ana.garcia@gmail.com)."""
    if "at)" in text or "at]" in text:
        text = _BRACKETED_AT.sub("@", text)  # "lukas(at)gmx.de", "buchhaltung[at]mueller-bau.de"
    m = _EMAIL.search(text)
    if m:
        if writers_own_address(text, m.group(0)):
            return None  # an assistant's address under a booking made for her boss: not the guest's
        return m.group(0).lower()
    # (fold() makes "_" a space: "bill_walsh73 at yahoo dot co dot uk" keeps it)
    folded = fold(text.replace("_", "\u02cd")).replace("\u02cd", "_").replace(" ät ", " at ")
    spaced = _SPACED_EMAIL.search(folded)
    if spaced:
        return f"{spaced[1]}@{spaced[2]}"
    if _SAID_AT.search(folded):
        folded = _SPOKEN_HYPHEN.sub("-", _SPOKEN_UNDERSCORE.sub("_", folded))
    spoken = _SPOKEN_EMAIL.search(folded)
    said_at = spoken is not None and re.search(r"\sat\s", folded[spoken.end("user") : spoken.start("domain")])
    if said_at and not _MAIL_WORD.search(folded):
        spoken = None  # "I'm at home dot com": English "at" spells an address only where one is talked of
    if spoken:
        user, domain = (re.sub(_DOT, ".", spoken[part]) for part in ("user", "domain"))
        return f"{user}@{domain}"
    return None


def extract_phone(text: str, *, lang: str = "es") -> str | None:
    """The first valid phone number, in E.164 (a number without prefix is read in the language's country)."""
    for m in _PHONE.finditer(text):
        raw = m.group(0)
        digits = re.sub(r"\D", "", raw)
        if len(digits) < 8 or re.fullmatch(r"[0-3]?\d[/.-][01]?\d(?:[/.-]\d{2,4})?", raw.strip()):
            continue
        if raw.startswith("00"):
            raw = "+" + raw[2:]
        try:
            number = phonenumbers.parse(raw, _REGIONS.get(lang, "ES"))
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def extract_booking_ref(text: str) -> str | None:
    """A booking reference after a cue ("reserva 1209", "réservation n° 40912", "booking #AB12CD") or a
    QloApps-style 9-letter code in capitals."""
    plain = _plain(text)
    addresses = [a.span() for a in _EMAIL.finditer(text)]
    for m in _REF.finditer(plain):
        if any(start <= m.start("ref") < end for start, end in addresses):
            continue  # "mon mail pour la résa c'est marc123@gmail.com": an address, not a code
        if re.search(r"[ªº]", text[m.start("ref") : m.end("ref")]):
            continue  # "la prenotazione della 4ªB": a school class, not a code
        ref = _with_groups(text, plain, m.start("ref"), m.end("ref")).strip("-")
        typed_as_code = ref.isupper() or any(c.isdigit() for c in ref)
        if not typed_as_code or (not any(c.isdigit() for c in ref) and len(ref) < 5):
            continue  # "reserva para", "booking for": a word, not a code
        if (
            re.fullmatch(r"20\d\d", ref)
            or re.fullmatch(r"\d{1,2}", ref)
            or re.fullmatch(r"\d{1,2}[a-z]{2}", ref)
            # (not three groups: "a nossa reserva é a 20-55-314")
            or (
                re.match(r"\d{1,2}[-/]\d{1,2}(?:\D|$)", ref)
                and not re.fullmatch(r"\d{1,2}-(?:1[3-9]|[2-9]\d)-\d{3,}|\d{1,2}-\d{2}-\d{3}", ref)
            )
            or _AMOUNT_AFTER.match(plain, m.end("ref"))
        ):
            continue  # a year, a day, a date or an amount ("el 20", "the 3rd", "15-06", "15/06", "1.500 €")
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", ref):
            return ref.replace(".", "")  # "reserva 45.120": digits grouped by thousands
        return ref.upper()
    later = _NUMBER_LATER.search(plain)
    said_later = _with_groups(text, plain, later.start("ref"), later.end("ref")).strip("-") if later else ""
    if (
        later
        and not re.fullmatch(r"\d{1,2}|20\d\d", said_later)
        and not _OTHER_NUMBER.search(plain[later.start() : later.start("key")])
    ):
        return said_later.replace(".", "").upper()
    if _BOOKING_TALK.search(plain):
        for m in (*_NUMBER_SENTENCE.finditer(plain), *_THE_NUMBER_IS.finditer(plain)):
            if _OTHER_NUMBER.search(plain, max(m.start() - 30, 0), m.start("ref")) or _CONTACT_WORD.search(
                plain, max(m.start() - 30, 0), m.start("ref")
            ):
                continue  # "my booking ... my mobile, the number is 612 345 678"
            ref = _with_groups(text, plain, m.start("ref"), m.end("ref"))
            # ("D'Nummer isch 2204-77": digits and a dash)
            numeric = ref.isdigit() or re.fullmatch(r"\d{3,}(?:-\d+)+", ref) is not None
            if (ref.isupper() or numeric) and any(c.isdigit() for c in ref) and len(ref) >= 4:
                return ref.replace(".", "").upper()
    dashed = _DASHED_LATER.search(plain)
    if dashed and dashed["code"]:
        # "número da reserva para o check-in: RSV/2027/331": a code in capitals with a digit after the colon
        code = text[dashed.start("code") : dashed.end("code")]
        if code.isupper() and any(c.isdigit() for c in code):
            return code
        dashed = None
    alone = _ALONE_AFTER_COMMA.search(plain)
    if alone and _OTHER_NUMBER.search(plain, alone.start(), alone.start("ref")):
        alone = None  # "my booking, room 4410, ...": the room's number
    the_one = _THE_ONE_LATER.search(plain) or dashed or alone
    if (
        the_one
        and not re.fullmatch(r"20\d\d", the_one["ref"])
        and not _AMOUNT_AFTER.match(plain, the_one.end("ref"))
    ):
        return the_one["ref"]
    it_is = _IT_IS_LATER.search(plain)
    if (
        it_is
        and not _OTHER_NUMBER.search(plain, max(it_is.start("ref") - 30, 0), it_is.start("ref"))
        and not _CONTACT_WORD.search(plain, max(it_is.start("ref") - 30, 0), it_is.start("ref"))
    ):
        ref = text[it_is.start("ref") : it_is.end("ref")]
        joined = _with_groups(text, plain, it_is.start("ref"), it_is.end("ref"))
        if (
            ref.isdigit()
            and len(joined) >= 4
            and not re.fullmatch(r"20\d\d", ref)
            and not _AMOUNT_AFTER.match(plain, it_is.end("ref"))
        ):
            return joined
        if ref.isupper():
            return ref.replace(" ", "")  # "è la ABX 442"
    sign = _NUMBER_SIGN.search(text)
    # ("reserva do grupo (n.º 61 207)": the groups after it)
    signed = _with_groups(text, plain, sign.start("ref"), sign.end("ref")) if sign else ""
    if sign and any(c.isdigit() for c in signed) and len(signed) >= 4 and _BOOKING_WORD.search(plain):
        return signed
    for m in _HASH_REF.finditer(text):
        ref = _with_groups(text, plain, m.start("ref"), m.end("ref"))
        if len(ref) < 3:
            continue  # "room #12": a room, not a reference ("#HT 4471" reads on as one)
        if any(c.isdigit() for c in ref) or (ref.isupper() and len(ref) >= 5):
            return ref.upper()
    # (not inside an address shouted in capitals: "ACCOUNTS@BRIGHTWAVE-LOGISTICS.CO.UK")
    unaddressed = _EMAIL.sub(lambda a: " " * len(a.group(0)), text) if addresses else text
    upper = _UPPER_REF.search(unaddressed)
    if upper and not text.isupper():
        return upper["ref"]
    prefixed = _PREFIXED_REF.search(unaddressed)
    if prefixed:
        return prefixed["ref"]
    return _mixed_code(unaddressed, plain)


# A code of capitals and digits mixed, with no cue, in a message about a booking ("pls cancel JX7K2M"): letters after a
# digit, so no flight ("IB3456") and no room ("12B").
_MIXED_CODE = re.compile(r"(?<![\w@.-])(?P<ref>(?=[A-Z0-9]{6,10}\b)[A-Z]*\d+[A-Z]+[A-Z0-9]*)\b(?![@.-]\w)")


_CANCELLING = re.compile(r"\b(?:cancel|anul|annul|storn|disd)\w*")


def _mixed_code(text: str, plain: str) -> str | None:
    if not (_BOOKING_TALK.search(plain) or _CANCELLING.search(plain)) or text.isupper():
        return None
    for m in _MIXED_CODE.finditer(text):
        if not _OTHER_NUMBER.search(plain, max(m.start() - 25, 0), m.start()):
            return m["ref"]
    return None


def _with_groups(text: str, plain: str, start: int, end: int) -> str:
    """The reference at `text[start:end]` with the groups typed after it one space apart ("4471 229 180" ->
    "4471229180", "HTL 7781 A" -> "HTL7781A"), and a prefix in capitals a cue word swallowed ("RES 2219")."""
    ref = text[start:end]
    before = re.search(r"(?<![\w-])(?P<prefix>[A-Z]{2,5})[^\S\n]$", text[:start])
    if before and ref[:1].isdigit() and before["prefix"] not in _WORDS_IN_CAPITALS:
        ref = before["prefix"] + ref  # "Nummer: RES 2219 44": "res" is also a cue
    as_code = ref.isupper() and any(c.isalpha() for c in ref)
    # "bk-55 201": a code in lower case ending in digits reads on like digits
    digits_only = ref.isdigit() or (ref.islower() and ref[-1:].isdigit() and "-" in ref)
    if ref.islower() and not as_code and not digits_only:
        return _with_lower_groups(text, ref, end)
    while as_code or digits_only:
        group = (_CODE_GROUP if as_code else _DIGIT_GROUP).match(text, end)
        if not group and digits_only and len(ref) >= 4:
            group = _LAST_DIGIT.match(text, end)
        if not group or group["group"] in _WORDS_IN_CAPITALS:
            break
        # (a group of three digits or more is no day: "prenotazione 30 771 dal 25 al 27 maggio")
        day_like = len(group["group"]) <= 2
        if digits_only and (
            not group["group"].isdigit()
            or (day_like and _RANGE_TO_DIGIT.match(text.lower(), group.end()))
            or (day_like and _MONTH_AFTER.match(plain, group.end()))
            or _AMOUNT_AFTER.match(plain, group.end())
        ):
            break
        ref += group["group"]
        end = group.end()
    return ref


def _with_lower_groups(text: str, ref: str, end: int) -> str:
    """A code typed in lower case, in groups ("hx 44 19 k", "ab12 cd34", "mn 55 21 b"): its groups with a digit, one
    space apart; the first group is a code (with a digit, or two to four letters that are no word), not "para 20"."""
    if not any(c.isdigit() for c in ref) and not (2 <= len(ref) <= 4 and ref.isalpha() and not _is_word(ref)):
        return ref
    joined = ref
    while group := _LOWER_GROUP.match(text, end):
        if (
            _MONTH_AFTER.match(text.lower(), group.end())
            or _AMOUNT_AFTER.match(text.lower(), group.end())
            or _RANGE_TO_DIGIT.match(text.lower(), group.end())
        ):
            break
        joined += group["group"]
        end = group.end()
        if group["group"].isalpha():
            break  # the last letter alone ends it
    digits = sum(c.isdigit() for c in joined)
    return joined if digits >= 3 and joined != ref else ref


def _is_word(token: str) -> bool:
    from conversations.nlu.names import _ordinary_words

    return fold(token) in _ordinary_words()


def _plain(text: str) -> str:
    """Lower case without accents, the same length as `text` (so spans index the original)."""
    return "".join((unicodedata.normalize("NFKD", char)[:1] or char) for char in text.lower())


def extract_choice_index(text: str) -> int | None:
    """Which option of a list the guest picked: "la segunda" -> 2, "2" -> 2, "the last one" -> -1.

    Returns a 1-based index (or -1 for the last); None when the text names no option.
    """
    folded = fold(text)
    m = re.fullmatch(
        r"(?:(?:la|el|the|option|opcion|opcao|numero|number|nummer|n|#)\s*)?(\d{1,2})(?:\s*(?:por favor|please|pls|porfa))?[.!]?",
        folded,
    )
    if m:
        return int(m.group(1))
    word = _CHOICE.search(folded)
    if word and len(folded.split()) <= 6:
        return _CHOICE_WORDS[word["word"]]
    return number_word_choice(folded)


def number_word_choice(folded: str) -> int | None:
    """The option a number word alone picks ("dos", "la tres por favor", "option two", "die zwei"): 1-9. The
    offers are a numbered list, so "dos" is no yes to the double asked for and "la dos" no complaint."""
    words = _CHOICE_TAIL.sub("", folded.strip(" .!?")).split()
    if words and words[0] in _CHOICE_LEAD:
        words = words[1:]
    if len(words) != 1 or words[0] in _NOT_A_CHOICE_NUMBER or words[0].isdigit():
        return None
    value = to_int(words[0])
    return value if value is not None and 1 <= value <= 9 else None


def extract_number(text: str) -> int | None:
    """A bare count answer: "2", "dos", "zwei" (the dialogue just asked how many)."""
    folded = fold(text)
    words = folded.strip(" .!?").split()
    if len(words) > 4 or any(c in text for c in "@/+:"):
        return None
    for word in words:
        value = to_int(word)
        if (
            value is not None
            and value <= 30
            and word not in {"a", "an", "un", "une", "single", "couple", "one"}
        ):
            return value
    return None
