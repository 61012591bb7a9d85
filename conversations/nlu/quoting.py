"""Where an e-mail quotes the message it replies to: one home for the rule, used by the understanding layer
(`without_quoted_reply`) and by the e-mail channel (`latest_reply`).

Mail clients quote in the guest's language: "On Mon, 9 Mar 2026 at 10:14, Hotel <res@hotel.com> wrote:" (maybe
wrapped over two lines), "El lun, 3 mar 2026 escribió:", "Le lun. 9 mars 2026 à 11:20, ... a écrit :", "Am
09.03.2026 um 14:30 schrieb ...:", "Il giorno ... ha scritto:", "Em seg., ... escreveu:", "-----Original
Message-----" (and forwarded messages), Outlook's "From: ... Sent: ..." block or a "From:" line with an address, a
rule of underscores, or lines that start with ">".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["latest_reply", "quote_start", "without_quoted_reply"]

# Read on `_plain` text (lower case, no accents, same length), at the start of a line.
_QUOTE_START = re.compile(
    r"(?im)^[^\S\n]*(?:"
    r"(?:on|el|le|am|il|em|op|w dniu)\b[^\n]{4,200}(?:\n[^\n]{0,120})?"
    r"(?:wrote|escribio|a ecrit|schrieb|ha scritto|escreveu|scrisse)\b[^\n:]{0,120}:[^\S\n]*$|"
    r"-{2,}[^\S\n]*(?:original message|mensaje original|message d'origine|message original|ursprungliche nachricht|"
    r"originalnachricht|messaggio originale|mensagem original|forwarded message|mensaje reenviado|message transfere|"
    r"weitergeleitete nachricht|messaggio inoltrato|mensagem encaminhada)[^\S\n]*-{2,}|"
    r"(?:from|de|von|da)[^\S\n]*:[^\n]*\n(?:[^\n]*\n)?[^\S\n]*"
    r"(?:sent|date|enviado(?: el)?|fecha|envoye(?: le)?|gesendet|datum|inviato|data)[^\S\n]*:|"
    r"(?:from|de|von|da):[^\S\n][^\n]*@[^\n]+$|"
    r"_{10,}[^\S\n]*$|"
    r">)"
)
# The channel also cuts the signature under a reply: the standard "-- " delimiter and the phones' footers.
_SIGNATURE = re.compile(
    r"^(-- ?|Sent from my .+|Enviado desde mi .+|Enviado do meu .+|Envoyé de mon .+|"
    r"Von meinem .+ gesendet|Inviato da(l mio)? .+)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # the same message is looked at by several layers (six calls a message)
def plain_same_length(text: str) -> str:
    """Lower case without accents, the same length as `text` (so positions match)."""
    out = []
    for char in text.lower():
        base = unicodedata.normalize("NFKD", char)[:1] or char
        out.append("'" if char in "\u2019`\u00b4" else base)
    return "".join(out)


def quote_start(text: str, start: int = 0) -> int | None:
    """Where the first quoted message in `text` starts (from `start`), or None."""
    found = _QUOTE_START.search(plain_same_length(text), start)
    return found.start() if found else None


def without_quoted_reply(text: str) -> str:
    """The guest's own words of an e-mail reply: the quoted message (and anything after its first line)
    left out, so the hotel's offer, dates and address in it are not read as the guest's. A message that
    is all quote comes back as it was."""
    start = quote_start(text)
    if start is None or not re.search(r"[^\W\d_]", text[:start]):
        return text
    return text[:start].rstrip()


def latest_reply(text: str) -> str:
    """The new part of a received mail: everything above the first quote header, quote block or signature
    (a quote above the new text, "> ¿Cuántos sois?\\nSomos tres", is skipped)."""
    text = text.replace("\r\n", "\n")
    plain = plain_same_length(text)
    kept: list[str] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        at, offset = offset, offset + len(line) + 1
        if stripped.startswith(">"):
            # A `>` block ends the new text once something was written above it.
            if any(k.strip() for k in kept):
                break
            continue
        # A header may be wrapped over two lines ("On <date>, <name> <address>\nwrote:").
        if _SIGNATURE.match(stripped) or _QUOTE_START.match(plain, at):
            break
        kept.append(line)
    return "\n".join(kept).strip()
