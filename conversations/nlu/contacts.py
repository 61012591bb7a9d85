"""Contact details, booking references, names and short answers in context.

These read the original text (case matters for names and references), not the folded one.
"""

from __future__ import annotations

import re

import phonenumbers

from conversations.nlu.numbers import ORDINAL_VALUES, to_int
from conversations.nlu.text import fold

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<![\w/.])(?:\+|00)?\d[\d ().-]{6,18}\d(?![\w/])")
_REGIONS = {"es": "ES", "en": "GB", "pt": "PT", "fr": "FR", "de": "DE", "it": "IT"}

_REF_CUE = (
    r"(?:reserva|reservas|booking|reservation|reference|ref|localizador|localizer|confirmation|confirmacion|"
    r"codigo|code|order|pedido|numero de reserva|reserva numero|reservierung|buchung|buchungsnummer|"
    r"reservierungsnummer|bestatigung|prenotazione|codice|riservazione|reservation|commande|dossier|"
    r"confirmacao|encomenda)"
)
_REF = re.compile(
    rf"(?i:\b{_REF_CUE})\b"
    r"(?:[^\S\n]*(?:[:#]|(?i:(?:n[or\u00ba\u00b0]?|num(?:ero|ber)?|nummer|es|is|est|ist|e|la|el|de|mi|my)\b\.?)))*"
    r"[^\S\n]*#?(?P<ref>[A-Z0-9][A-Z0-9-]{2,14})\b"
)
_HASH_REF = re.compile(r"#(?P<ref>[A-Za-z0-9]{3,15})\b")
_UPPER_REF = re.compile(r"\b(?P<ref>[A-Z]{9})\b")

_NAME_CUE = re.compile(
    r"(?i:\b(?:me llamo|mi nombre es|a nombre de|al nombre de|nombre:|my name is|my name's|name:|under the name(?: of)?|"
    r"in the name of|the name is|name is|chamo-me|me chamo|meu nome e|meu nome é|em nome de|nome:|je m'appelle|je m appelle|"
    r"mon nom est|au nom de|nom:|ich heiße|ich heisse|mein name ist|auf den namen|name ist|mi chiamo|il mio nome è|"
    r"il mio nome e|a nome di|intestata a|je me nomme|je m\u2019appelle|my name\u2019s|i\u2019m|"
    r"le escribe|les escribe|te escribe|vi scrive|le scrive|hier ist|hier spricht|c'est|c\u2019est|aqui es|aquí es|"
    r"aqui|aquí|aqui e|aqui é|qui e|qui è|"
    r"this is|soy|i am|i'm|sono|je suis|ich bin|sou o|sou a)(?:(?<=:)|\b))[^\S\n]*:?[^\S\n]*"
)
_NAME_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'\u2019-]*")
_NAME_STOP = {
    "y",
    "and",
    "e",
    "et",
    "und",
    "mi",
    "my",
    "con",
    "with",
    "com",
    "avec",
    "mit",
    "para",
    "for",
    "quiero",
    "want",
    "would",
    "like",
    "de",
    "del",
    "la",
    "el",
    "the",
    "a",
    "un",
    "una",
    "quisiera",
    "necesito",
    "tengo",
    "reserva",
    "booking",
    "habitacion",
    "habitación",
    "room",
    "por",
    "favor",
    "please",
    "gracias",
    "thanks",
    "je",
    "voudrais",
    "ich",
    "möchte",
    "mochte",
    "vorrei",
    "gostaria",
    "queria",
    "per",
    "pour",
    "fur",
    "für",
    "no",
    "not",
    "en",
    "in",
    "from",
    "desde",
    "aqui",
    "here",
    "is",
    "es",
    "ist",
    "est",
    "è",
    "su",
    "tu",
    "ein",
    "eine",
    "looking",
    "buscando",
    "interested",
    "interesado",
    "interesada",
    "calling",
    "writing",
    "escribiendo",
}
# Words after "soy", "I'm", "sono" that are not names.
_NOT_NAMES = {
    "alergico",
    "alergica",
    "allergic",
    "vegetariano",
    "vegetariana",
    "vegan",
    "vegano",
    "cliente",
    "client",
    "guest",
    "huesped",
    "de",
    "from",
    "muy",
    "very",
    "interested",
    "interesado",
    "interesada",
    "looking",
    "going",
    "in",
    "at",
    "sorry",
    "the",
    "a",
    "an",
    "not",
    "so",
    "here",
    "aqui",
    "happy",
    "unhappy",
    "calling",
    "writing",
    "staying",
    "arriving",
    "travelling",
    "traveling",
    "coming",
    "trying",
    "still",
    "just",
    "also",
    "already",
    "un",
    "una",
    "une",
    "il",
    "lo",
    "la",
    "ein",
    "eine",
    "molto",
    "tres",
    "très",
    "sehr",
    "gast",
    "ospite",
    "hospede",
    "your",
    "tu",
    "vuestro",
    "nao",
    "non",
    "pas",
    "nicht",
    "no",
    "disappointed",
    "decepcionado",
    "enfadado",
    "angry",
    "fine",
    "bien",
    "ok",
    "okay",
    "good",
    "bueno",
    "buena",
    "socio",
    "member",
    "mobility",
    "en",
}
# Lower-case words that belong inside a name when a capitalised word follows ("de la Vega", "von der Heide").
_PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "van", "von", "der", "den", "ter", "ten",
     "le", "zu", "dei", "della", "degli"}
)  # fmt: skip
# Closings that a signature follows, in the six languages.
_FORMAL_CLOSINGS = (
    r"(?:un |muchos |cordiales )?saludos(?: cordiales)?|un cordial saludo|atentamente|atte\.?|un abrazo|"
    r"(?:best|kind|warm|many thanks and)? ?regards|best wishes|best|cheers|sincerely(?: yours)?|yours (?:sincerely|faithfully)|"
    r"cordialement|bien (?:cordialement|à vous|a vous)|salutations|"
    r"mit freundlichen gr(?:ü|ue)(?:ß|ss)en|(?:freundliche|viele|beste|liebe|herzliche) gr(?:ü|ue)(?:ß|ss)e|lg|mfg|"
    r"cordiali saluti|distinti saluti|saluti|un saluto|atenciosamente|(?:melhores )?cumprimentos|abra(?:ç|c)os"
)
# Thanks close a message too, but "Gracias Ana" on one line may thank the receptionist: a name only below.
_THANKS_CLOSINGS = (
    r"gracias de antemano|(?:muchas )?gracias|thanks(?: in advance)?|thank you|merci(?: beaucoup)?|"
    r"danke(?: sch(?:ö|oe)n)?|vielen dank|grazie(?: mille)?|(?:muito )?obrigad[oa]"
)
_CLOSING = re.compile(
    rf"(?im)^[^\S\n]*(?:(?:{_FORMAL_CLOSINGS})[^\S\n]*[,.!]?[^\S\n]*(?:\n|$|(?=[A-ZÀ-Ö]))|"
    rf"(?:{_THANKS_CLOSINGS})[^\S\n]*[,.!]?[^\S\n]*(?:\n|$))"
)
_WEAK_CUES = {
    "soy", "i am", "i'm", "i\u2019m", "sono", "je suis", "ich bin", "this is", "sou o", "sou a", "le escribe", "les escribe",
    "te escribe", "vi scrive", "le scrive", "hier ist", "hier spricht", "c'est", "c\u2019est", "aqui es", "aquí es", "aqui",
    "aquí", "aqui e", "aqui é", "qui e", "qui è",
}  # fmt: skip

_CHOICE_WORDS: dict[str, int] = dict(ORDINAL_VALUES)
_CHOICE_WORDS.update(
    {"last": -1, "ultima": -1, "ultimo": -1, "derniere": -1, "dernier": -1, "letzte": -1, "letzten": -1}
)
_CHOICE = re.compile(
    r"\b(?:(?:la|el|the|a|o|le|die|das|der|il|lo|option|opcion|opcao|numero|number|nummer|n)\s+)?"
    r"(?P<word>" + "|".join(sorted(_CHOICE_WORDS, key=len, reverse=True)) + r")\b"
)


def extract_email(text: str) -> str | None:
    """The first e-mail address in the text, lower-cased."""
    m = _EMAIL.search(text)
    return m.group(0).lower() if m else None


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
    """A booking reference after a cue ("reserva 1209", "booking #AB12CD") or a QloApps-style 9-letter code."""
    for pattern in (_REF, _HASH_REF):
        for m in pattern.finditer(text):
            ref = m["ref"].strip("-")
            if any(c.isdigit() for c in ref) or (ref.isupper() and len(ref) >= 5):
                if re.fullmatch(r"20\d\d", ref) or re.fullmatch(r"\d{1,2}", ref):
                    continue
                return ref.upper()
    upper = _UPPER_REF.search(text)
    return upper["ref"] if upper and not text.isupper() else None


def extract_guest_name(text: str, *, bare: bool = False) -> str | None:
    """The guest's name after a cue ("me llamo Ana García", "my name is John") or signing off an e-mail
    ("Saludos,\nAna García"), keeping particles ("Fernández de la Vega", "van Dijk"), accents, hyphens
    and apostrophes; title-cased when typed all in lower case.

    With `bare=True` (the dialogue just asked for a name) a short answer made of name-like words is
    taken as the name itself ("María José Fernández de la Vega").
    """
    for m in _NAME_CUE.finditer(text):
        name = _name_words(text[m.end() :], weak=m.group(0).strip(" :").lower() in _WEAK_CUES)
        if name:
            return name
    signed = _signature(text)
    if signed:
        return signed
    if bare:
        stripped = text.strip().strip(".!")
        if 0 < len(stripped) <= 80 and not any(c.isdigit() or c in "@?" for c in stripped):
            return _name_words(stripped, weak=False, limit=5, whole=True)
    return None


def _signature(text: str) -> str | None:
    """The name on the line(s) after a closing formula, at the end of the message."""
    for m in _CLOSING.finditer(text):
        tail = text[m.end() :].strip()
        lines = [line.strip() for line in tail.splitlines() if line.strip()]
        # A signature is short and comes last: the name, maybe a line or two of phone or address.
        if lines and len(lines) <= 4:
            name = _name_words(lines[0], weak=True, limit=5, whole=True)
            if name:
                return name
    return None


def _name_words(rest: str, *, weak: bool, limit: int = 5, whole: bool = False) -> str | None:
    """Name words at the start of `rest`: up to `limit` words besides particles ("de la", "von").

    `whole=True`: every word of `rest` must belong to the name (a bare answer, a signature line).
    """
    words = list(_NAME_WORD.finditer(rest[:100]))
    found: list[str] = []
    main_words = 0
    end = 0
    for index, m in enumerate(words):
        between = rest[end : m.start()]
        if found and re.search(r"[,;!?\n0-9]|\.\s", between):
            break
        word = m.group(0)
        low = fold(word)
        following = next((w.group(0) for w in words[index + 1 :] if fold(w.group(0)) not in _PARTICLES), "")
        name_follows = following[:1].isupper() or (
            whole and bool(following) and fold(following) not in _NAME_STOP | _NOT_NAMES
        )
        if found and low in _PARTICLES and name_follows and not word[:1].isupper():
            found.append(word)  # "Fernández de la Vega", "van Dijk": lower-case particles inside a name
            end = m.end()
            continue
        if low in _NAME_STOP or (not found and low in _NOT_NAMES):
            break
        if weak and not word[0].isupper():
            break
        if main_words == limit:
            break
        found.append(word)
        main_words += 1
        end = m.end()
    while found and fold(found[-1]) in _PARTICLES:
        found.pop()
    if not found:
        return None
    if whole and rest[end:].strip(" .!,;"):
        return None
    name = " ".join(found)
    if any(c.isupper() for c in name):
        return name
    return " ".join(w if w in _PARTICLES else w.capitalize() for w in found)


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
    return None


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
