"""Which of the six languages a message is in, keeping the conversation's language when unsure.

lingua (restricted to the six languages) reads the message. Short messages ("ok", "sí", "2") are
right only about three times in four, so a conversation keeps its language unless the message clearly
says otherwise; a first message without a language signal gets the hotel's default language.

Marker words and letters only one language writes (Portuguese "é" and "ã", Italian "è", Spanish "ñ"
and "¿", German umlauts) settle the hard pairs lingua confuses in short questions: "Qual é a password
do wifi?" is Portuguese. A conversation switches on a short message only when it has words of the
other language and none of its own (or lingua is sure and the message has one of them). E-mail
addresses, links and booking references ("XKPQTRAEY", "HT-4471B") are not read: their letters are
random, and lingua counted them as words.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from conversations.nlu.text import fold, has_letters

_LOCK = threading.Lock()
_DETECTOR: Any = None


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that name their language on their own (folded). A conversation can switch on them.
MARKERS: dict[str, frozenset[str]] = {
    "es": _words(
        "hola buenas gracias quiero quisiera habitacion habitaciones noches reservar reserva necesito tienen hay "
        "somos cuanto cuesta precio manana finde vale dias desayuno cancelar aparcamiento mascotas perro puedo "
        "nosotros llegamos llegada salida ninos mujer marido tambien donde esta estan hasta luego adios usted "
        "ustedes porfa favor disponibilidad libre libres queremos podria hacer una mi del los las muy pero bien que teneis tenemos cobrais confirmais podeis vosotros nuestra nuestro"
    ),
    "en": _words(
        "hello hi hey thanks thank you want would like room rooms nights book booking need have do does is are "
        "how much price tomorrow weekend breakfast cancel pets dog can we arrive arrival kids wife husband "
        "please available availability free could the what where when which there please bye goodbye"
    ),
    "pt": _words(
        "ola obrigado obrigada quero gostaria quarto quartos noites reservar reserva preciso tem voces somos quanto custa "
        "preco amanha cafe manha cancelar estacionamento animais cao posso chegamos chegada saida criancas esposa "
        "marido tambem onde ate logo tchau voce disponivel disponibilidade estadia diaria obrigadao oi tudo bem boa sim nao valeu minha meu uma vcs voces pode podem fazer"
    ),
    "fr": _words(
        "bonjour bonsoir salut merci je voudrais veux chambre chambres nuits reserver reservation besoin avez vous "
        "sommes combien coute prix demain petit dejeuner annuler stationnement animaux chien puis arrivons arrivee "
        "depart enfants femme mari aussi est au revoir disponible disponibilite sejour nous est-ce qu'il les des du il pour avec dans l'hotel c'est j'ai je votre mon oui non"
    ),
    "de": _words(
        "hallo guten tag danke ich mochte will zimmer nachte buchen reservieren brauche haben sie wir sind wieviel "
        "kostet preis morgen fruhstuck stornieren parkplatz haustiere hund kann ankommen ankunft abreise kinder frau "
        "mann auch wo ist tschuss frei verfugbar aufenthalt nacht bitte gibt einen eine ja nein hallo servus das der die und nicht mich meine"
    ),
    "it": _words(
        "ciao buongiorno buonasera grazie voglio vorrei camera camere notti prenotare prenotazione ho bisogno avete "
        "siamo quanto costa prezzo domani colazione cancellare disdire parcheggio animali cane posso arriviamo arrivo "
        "partenza bambini moglie marito anche dove arrivederci disponibile disponibilita soggiorno notte per favore "
        "c'e ci sono salve che il della nella grazie grz buonanotte arrivederci"
    ),
}
# Chat greetings and short answers that name their language.
_CHAT = {
    "es": "wenas grax adios hasta buenas holi",
    # English chat spelling ("ur staff", "r u", "2nite", "tmrw", "ppl"): lingua reads "ur ... super rude" as German.
    "en": "thx ty cheers bye hiya yep nope yeah ur u r lol gonna wanna nite tonite tmrw ppl "
    # short English answers ("yes pls", "ok tks", "perfect, I confirm"): lingua reads "yes pls" as Spanish
    "yes pls plz thanx thnx tks perfect confirm",
    "pt": "oie obg brigado brigada tchau vlw",
    "fr": "slt bjr coucou bonne mrc ouais",
    "de": "moin tschuss hallochen gruss nee jo",
    "it": "grz buonanotte arrivederci ciaociao",
}
# Words that tell the hard pairs apart (pt/es/it/fr share most of their short words): "senha", "do wifi".
_PAIRS = {
    "es": "nombre contrasena cual cuales tienen teneis aceptan admiten aparcar garaje habeis vale hay si el estais cuna",
    # "Tom here 👋": no other of the six languages writes "here"
    "en": "what's whats there is it my your any wifi's allowed dogs cats included address late card pay cot here",
    "pt": "senha qual do da das horas aceitam tem voces cafe vcs pra alterar custa fica morada berco caes estacionar "
    # the subject "eu", which Spanish writes "yo" ("se eu cancelar com 3 dias de antecedencia pago multa?")
    "cai caiu eu",
    "fr": "quel quelle quels est-ce acceptez acceptes avez-vous y a-t-il mot passe piscine chiens clim adresse "
    "ca d'accord accord inclus arriver tard lit",
    "de": "gibt wie wo was wann ihr euer ist kostet darf habt wlan erlaubt inklusive",
    "it": "c'e accettate avete parcheggio della delle degli nel quanto che una cani trova bene culla indirizzo "
    # "del" is Italian as much as Spanish ("password del wifi?")
    "fare del",
}
MARKERS = {lang: words | _words(_CHAT[lang]) | _words(_PAIRS[lang]) for lang, words in MARKERS.items()}
# Letters and words only one of the six languages writes (read before accents are folded away):
# Portuguese "é" and Italian "è" as words, "ñ" and "¿", "ã"/"õ", "ß" and umlauts, "œ".
_WRITTEN: dict[str, re.Pattern[str]] = {
    # An option chosen with the Spanish article ("la segunda, Ana Ruiz"): Portuguese says "a segunda".
    "es": re.compile(
        r"[ñ¿¡]|ción\b|\b(?:qué|cuál|cuánto|cuánta|teléfono|habitación)\b"
        r"|\b(?:la|el) (?:primer[ao]?|segund[ao]|tercer[ao]?|cuart[ao]|ultim[ao]|última|último)\b"
    ),
    "pt": re.compile(r"[ãõ]|ção\b|ções\b|(?<!\w)é(?!\w)|\b(?:você|vocês|não|têm|está|café da)\b"),
    "fr": re.compile(
        r"[œ]|\b(?:où|à|très|déjà|ç[a-z]+)(?!\w)|\b(?:est-ce|qu'|c'est|l'hôtel|il y a|y a-t-il)"
    ),
    "de": re.compile(r"[ßäöü]"),
    "it": re.compile(r"(?<!\w)è(?!\w)|[ìò]|\b(?:c'è|perché|più|città)(?!\w)"),
}
# Grammar words (pronouns, articles, prepositions, the verb "to be"), which a message borrows from English far less
# than its nouns, days and chat words ("c possible un late check-out genre 14h? thx", "wir sind 4 people, checken am
# Friday ein"): they say what language a message mixed with English is in.
_GRAMMAR: dict[str, frozenset[str]] = {
    "en": _words(
        "i i'm we you he she it they the an is are was were be to of in on at for and or with my our your this that "
        "do does u"
    ),
    "es": _words(
        "yo nosotros el la los las un una unos y es somos soy para con en de del al mi nuestro que por"
    ),
    # (words English writes too, "do", "in", "on", are none of theirs: "hey manu here, do u guys do airport pickups?")
    "pt": _words("eu nos o os as um uma e somos sou para com em da no na meu nosso que pra"),
    "fr": _words(
        "je j' nous vous il elle le la les un une des du de au aux et est c c' ce pour avec dans mon ma mes notre votre pas ne"
    ),
    "de": _words(
        "ich wir sie er es der die das den dem ein eine einen und oder ist sind bin am im zum zur mit fur auf aus bei nicht mein unser euch ihr"
    ),
    "it": _words("io noi il lo la gli le un una e siamo sono per con di del della nel al mio nostro che"),
}
_GRAMMAR_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)*'?")  # "check-in" is no "in"
_MIXED_GRAMMAR_WORDS = 20


def _grammar_language(folded: str) -> str | None:
    """The one language other than English whose grammar words a short message uses, English's none or one fewer by
    two ("Hi, wir sind 4 people, checken am Friday ein und am Sunday aus. Any rooms?" is German)."""
    tokens = _GRAMMAR_TOKEN.findall(folded)
    if len(tokens) > _MIXED_GRAMMAR_WORDS:
        return None
    counts = {
        lang: sum(1 for t in tokens if t in words or t.rstrip("'") in words)
        for lang, words in _GRAMMAR.items()
    }
    ranked = sorted((lang for lang in counts if lang != "en"), key=lambda lang: counts[lang], reverse=True)
    first, second = ranked[0], ranked[1]
    if counts[first] >= 2 and counts[first] > counts[second] and counts[first] >= counts["en"] + 2:
        return first
    return None


_SHORT_WORDS = 3
_MIXED_WORDS = 12
_MIXED_MARKERS = 3
# Short weekday names: a message of them alone ("Fr ➡️ So", "ven - dim", "sex a dom") is in the language they
# belong to; lingua reads "Fr So" as Spanish, and the date rules then miss the weekend.
WEEKDAY_SHORT: dict[str, frozenset[str]] = {
    "es": _words("lun mar mie jue vie sab dom"),
    "en": _words("mon tue tues wed thu thur thurs fri sat sun"),
    "pt": _words("seg ter qua qui sex sab dom"),
    "fr": _words("lun mar mer jeu ven sam dim"),
    "de": _words("mo di mi do fr sa so"),
    "it": _words("lun mar mer gio ven sab dom"),
}

_RANGE_WORDS = _words("a al au bis to til till e y et und and n")


def _weekday_language(letters: list[str], conversation_language: str | None) -> str | None:
    """The language whose short weekday names are all the message's words, if only one (or the
    conversation's) has them all."""
    days = [w for w in letters if w not in _RANGE_WORDS]
    if len(days) < 2 or len(letters) > 5:
        return None  # "do" alone is English
    langs = [lang for lang, names in WEEKDAY_SHORT.items() if all(w in names for w in days)]
    if conversation_language in langs:
        return conversation_language
    return langs[0] if len(langs) == 1 else None


def _detector() -> Any:
    global _DETECTOR
    if _DETECTOR is None:
        with _LOCK:
            if _DETECTOR is None:
                from lingua import Language, LanguageDetectorBuilder

                _DETECTOR = (
                    LanguageDetectorBuilder.from_languages(
                        Language.SPANISH,
                        Language.ENGLISH,
                        Language.PORTUGUESE,
                        Language.FRENCH,
                        Language.GERMAN,
                        Language.ITALIAN,
                    )
                    .with_preloaded_language_models()
                    .build()
                )
    return _DETECTOR


def warm_up() -> None:
    _detector()


def scores(text: str) -> dict[str, float]:
    """lingua's confidence for each of the six languages (0 for text without letters)."""
    if not has_letters(text):
        return {}
    values = _detector().compute_language_confidence_values(text)
    return {v.language.iso_code_639_1.name.lower(): float(v.value) for v in values}


# (detect() reads them for its markers and again for itself: counted once)
@lru_cache(maxsize=16)
def _written_counts(text: str) -> Mapping[str, int]:
    lowered = text.lower()
    return MappingProxyType(
        {lang: min(2, len(pattern.findall(lowered))) for lang, pattern in _WRITTEN.items()}
    )


def _marker_counts(folded: str, text: str = "") -> dict[str, int]:
    """Marker words of each language in the folded text, plus its letters only that language writes."""
    tokens = _MARKER_TOKEN.findall(folded)
    # "ciaooo" -> "ciao", "holaaa" -> "hola" (a word not ending in a doubled letter is left as it is, unread)
    squeezed = [_LAST_LETTER_REPEATED.sub(r"\1", t) if t[-1:] == t[-2:-1] else t for t in tokens]
    # a letter drawn out inside the word ("siiim" -> "sim", "siiii" -> "si"; letters doubled in spelling are kept);
    # a letter three times in a row in no word leaves every word as it is: looked for once in the whole text
    drawn = [_DRAWN_OUT.sub(r"\1", t) for t in tokens] if _DRAWN_OUT.search(folded) else tokens
    written = _written_counts(text)
    return {
        lang: sum(
            1
            for t, s, d in zip(tokens, squeezed, drawn, strict=True)
            if t in words or s in words or d in words
        )
        + written.get(lang, 0)
        for lang, words in MARKERS.items()
    }


_MARKER_TOKEN = re.compile(r"[a-z']+")
_LAST_LETTER_REPEATED = re.compile(r"(.)\1+$")
_DRAWN_OUT = re.compile(r"(.)\1{2,}")
_LETTERS = re.compile(r"[a-z]+")
# Letters of names from outside the six languages (Polish, Czech, Hungarian, Baltic, Nordic, Turkish...).
# (Case by case, not IGNORECASE: under it the Turkish dotless i (U+0131) matches every "i".)
_FOREIGN_LETTER = re.compile(r"[ąćęłńśźżčďěňřšťůőűđėįųūģķļņåøæşğĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŐŰĐĖĮŲŪĢĶĻŅÅØÆŞĞ]")
_NOT_LANGUAGE = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+")
# Codes typed in capitals: letters with digits ("HT4471B", "AB-12CD"), or nine capitals (QloApps's references).
_CODE = re.compile(r"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{3,}\b|\b[A-Z]{9}\b")


def detect(
    text: str, *, conversation_language: str | None, default_language: str, name: str | None = None
) -> str:
    """The message's language; see the module docstring for the stickiness rule. The guest's `name`, when known,
    is no word of it when it is written with letters none of the six languages writes ("a nombre de Wojciech
    Szczęsny" is Spanish, not the language lingua hears in "Szczęsny"); a name of theirs ("Lucía Fernández") is left,
    its accents say something of the message's language."""
    fallback = conversation_language or default_language
    if name and _FOREIGN_LETTER.search(name) and (at := text.find(name)) >= 0:
        without = text[:at] + " " + text[at + len(name) :]
        if has_letters(without):
            text = without
    text = _NOT_LANGUAGE.sub(" ", text)  # "giulia.rossi@example.it" says nothing about the language
    if not text.isupper():  # a message in capitals throughout is shouted words, not codes
        text = _CODE.sub(" ", text)
    folded = fold(text)
    letters = _LETTERS.findall(folded)
    if not letters or sum(len(w) for w in letters) < 2:
        return fallback
    if weekday_language := _weekday_language(letters, conversation_language):
        return weekday_language
    confidence = scores(text[:400])
    if not confidence:
        return fallback
    markers = _marker_counts(folded, text[:400])
    written = _written_counts(text[:400])
    combined = {
        lang: confidence.get(lang, 0.0) + 0.25 * markers.get(lang, 0) + 0.15 * written.get(lang, 0)
        for lang in MARKERS
    }
    best = max(combined, key=lambda lang: combined[lang])
    leader = max(markers, key=lambda lang: markers[lang])
    if (
        best == "en"
        and leader != best
        and len(letters) <= _MIXED_WORDS
        and markers[leader] >= _MIXED_MARKERS
        and markers[leader] >= markers.get(best, 0) + 2
    ):
        # Code-mixing: a short message's grammar words say its language, its English nouns and days don't
        # ("vorrei fare un booking per friday and saturday" is Italian, lingua reads English).
        best = leader
    elif best == "en" and (grammar := _grammar_language(folded)):
        # ...or its grammar words alone do ("c possible un late check-out genre 14h? thx" is French).
        best = grammar
    short = len(letters) <= _SHORT_WORDS
    if conversation_language is None:
        if short:
            # A first short message: its own words decide ("hallo", "obrigado"), then lingua if it is sure.
            most = max(markers.values())
            marked = [lang for lang, count in markers.items() if count == most and most > 0]
            if marked and not (most == 1 and max(confidence.values()) >= 0.9):
                return max(marked, key=lambda lang: confidence.get(lang, 0.0))
            if confidence.get(best, 0.0) < 0.6:
                return default_language if combined.get(default_language, 0) > 0.1 else best
        return best
    if best == conversation_language:
        return best
    # Switch only on a clear signal: enough words, and the other language clearly ahead.
    margin = combined[best] - combined.get(conversation_language, 0.0)
    own, theirs = markers.get(conversation_language, 0), markers.get(best, 0)
    # Words of the other language and none of this one ("Gibt es Parkplätze?" in a Spanish chat).
    clear_words = theirs >= 2 and (
        own == 0 or (theirs > own and confidence.get(best, 0.0) >= confidence.get(conversation_language, 0.0))
    )
    if short:
        sure = theirs >= 1 and own == 0 and confidence.get(best, 0.0) >= 0.9
        return best if clear_words or sure else fallback
    if len(letters) <= 6:
        return best if margin > 0.5 or clear_words else fallback
    return best if margin > 0.25 else fallback


# Brazilian and European Portuguese, told apart by words and turns of phrase only one of them uses (folded text):
# "você", "a gente", "café da manhã", "banheiro", "ônibus", "celular", "estou procurando", "oi", "pra", "né" are
# Brazil's ("vocês" is said in Portugal too); "pequeno-almoço", "casa de banho", "autocarro", "telemóvel", "estou a
# procurar", "connosco" are Portugal's.
_BRAZILIAN = re.compile(
    r"\b(?:voce|vc|a gente|cafe da manha|banheiro|onibus|celular|trem|oi+e?|pra|ne|ta|ta bom|legal|"
    r"beleza|valeu|vlw|obg|tchau|conosco|sobrenome|recepcao|contato|registro|equipe|"
    r"(?:estou|estamos|esta|estao|estava|estavamos|fico|ficamos) \w+(?:ando|endo|indo))\b"
)
_EUROPEAN = re.compile(
    r"\b(?:pequeno[- ]almoco|casa de banho|autocarro|telemovel|comboio|connosco|apelido|rececao|contacto|registo|"
    r"facto|equipa|ecra|(?:estou|estamos|esta|estao|estava|estavamos) a \w+(?:ar|er|ir)|(?:para|por) si)\b"
)


def portuguese_variant(text: str) -> str | None:
    """ "br" or "pt" when a Portuguese message says which by its words, else None (most messages say neither)."""
    folded = fold(text)
    brazilian, european = len(_BRAZILIAN.findall(folded)), len(_EUROPEAN.findall(folded))
    if brazilian > european:
        return "br"
    if european > brazilian:
        return "pt"
    return None
