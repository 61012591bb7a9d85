"""Which variety of the guest's language the replies are written in: Brazilian Portuguese for Brazilian guests.

A Brazilian guest asked for "nome e apelido" hears a nickname ("apelido" is a surname only in Portugal). The
variety is read from the guest's own words (`nlu.language.portuguese_variant`: "você", "café da manhã", "estou
procurando" against "pequeno-almoço", "estou a procurar"); until the words say, a WhatsApp number from Brazil
(+55) or Portugal (+351) does. Once said it stays for the conversation, like its language, unless the guest's
words say the other.
"""

from __future__ import annotations

from conversations.nlu.language import portuguese_variant

BRAZIL = "br"
PORTUGAL = "pt"
_PHONE_PREFIXES = {"+55": BRAZIL, "+351": PORTUGAL}


def language_variant(*, text: str, language: str, phone: str, before: str) -> str:
    """The conversation's variety after this message: "br", "pt", or '' (not known; the catalogue's own)."""
    if language != "pt":
        return before
    said = portuguese_variant(text)
    if said is not None:
        return said
    if before:
        return before
    return next((variant for prefix, variant in _PHONE_PREFIXES.items() if phone.startswith(prefix)), "")
