"""High-precision intent rules that run before the model.

They decide what a statistical model gets wrong on very short or very unusual messages: one-word
answers ("sí", "nein"), greetings alone, prompt injection, and bare contact details handed over for
a booking. Everything else goes to the model.
"""

from __future__ import annotations

import re

_AFFIRM = {
    "si", "sii", "siii", "sip", "sipi", "vale", "ok", "okay", "okey", "oki", "okis", "de acuerdo", "claro", "perfecto",
    "vale perfecto", "correcto", "exacto", "eso es", "dale", "venga", "por supuesto", "si por favor", "si claro",
    "si vale", "ok perfecto", "yes", "yeah", "yep", "yup", "sure", "of course", "correct", "exactly", "right",
    "yes please", "sounds good", "perfect", "great", "alright", "all right", "ok great", "that's right", "sim",
    "claro que sim", "certo", "isso", "isso mesmo", "pode ser", "perfeito", "combinado", "beleza", "ta bom", "esta bem",
    "sim por favor", "oui", "ouais", "d'accord", "dac", "parfait", "exactement", "bien sur", "oui merci",
    "oui s'il vous plait", "c'est ca", "tres bien", "entendu", "ca marche", "ja", "jawohl", "genau", "richtig",
    "ok danke", "in ordnung", "klar", "passt", "gerne", "ja bitte", "alles klar", "prima", "super", "si certo",
    "va bene", "esatto", "perfetto", "d'accordo", "certamente", "giusto", "ok va bene", "si grazie",
    "👍", "si si",
}
_DENY = {
    "no", "nop", "nope", "no no", "no gracias", "para nada", "negativo", "mejor no", "no hace falta", "no quiero",
    "no thanks", "no thank you", "nah", "not really", "no way", "never mind", "nao", "nao obrigado", "nao obrigada",
    "de jeito nenhum", "nao quero", "non", "non merci", "pas du tout", "surtout pas", "nein", "nein danke", "ne",
    "noe", "auf keinen fall", "lieber nicht", "no grazie", "per niente", "assolutamente no", "no no grazie",
    "tampoco", "nem pensar",
}
_GREETING = {
    "hola", "holaa", "holaaa", "buenas", "buenos dias", "buenas tardes", "buenas noches", "hola buenas", "hey", "hi",
    "hello", "hi there", "hello there", "good morning", "good afternoon", "good evening", "ola", "oi", "bom dia",
    "boa tarde", "boa noite", "ola bom dia", "bonjour", "bonsoir", "salut", "coucou", "hallo", "guten tag",
    "guten morgen", "guten abend", "servus", "moin", "ciao", "buongiorno", "buonasera", "salve", "hola que tal",
}
_THANKS = {
    "gracias", "muchas gracias", "mil gracias", "adios", "hasta luego", "chao", "thanks", "thank you", "thx", "ty",
    "bye", "goodbye", "thanks a lot", "obrigado", "obrigada", "muito obrigado", "muito obrigada", "tchau", "ate logo",
    "merci", "merci beaucoup", "au revoir", "a bientot", "danke", "danke schon", "vielen dank", "tschuss",
    "auf wiedersehen", "grazie", "grazie mille", "arrivederci", "a presto",
}
_INJECTION = re.compile(
    r"\b(?:ignore (?:all |the |your )?(?:previous|prior|above)|ignora (?:las|todas las|tus) instrucciones|"
    r"system prompt|tu prompt|your prompt|jailbreak|act as|actua como|olvida (?:todo|tus instrucciones)|"
    r"forget (?:all|your|everything)|ignoriere|ignora le istruzioni|ignore les instructions|ignore as instrucoes|"
    r"developer mode|modo desarrollador)\b"
)
_PUNCT = re.compile(r"[^\w\s'👍]")


def rule_intent(folded: str) -> str | None:
    """An intent decided without the model, or None."""
    bare = _PUNCT.sub(" ", folded)
    bare = re.sub(r"\s+", " ", bare).strip()
    bare = re.sub(r"(.)\1{2,}", r"\1\1", bare)  # "siii" -> "sii"
    if bare in _AFFIRM:
        return "affirm"
    if bare in _DENY:
        return "deny"
    if bare in _GREETING:
        return "greeting"
    if bare in _THANKS:
        return "thanks_goodbye"
    if _INJECTION.search(folded):
        return "other"
    return None
