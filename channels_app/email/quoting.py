"""Keep what the guest wrote now: cut the quoted history and the signature under a reply.

Mail clients quote in the guest's language ("El lun, 3 mar 2026 escribió:", "Le 3 mars … a écrit :",
"Am 03.03.2026 schrieb …:"), with `>` prefixes, or below an "Original Message" rule.
"""

from __future__ import annotations

import re

QUOTE_HEADERS = [
    r"^On .{3,200}wrote:\s*$",
    r"^El .{3,200}escribió:\s*$",
    r"^Em .{3,200}escreveu:\s*$",
    r"^Le .{3,200}a écrit\s?:\s*$",
    r"^Am .{3,200}schrieb .{0,200}:\s*$",
    r"^Il .{3,200}ha scritto:\s*$",
    r"^-{2,}\s*(Original Message|Mensaje original|Mensagem original|Message d'origine|"
    r"Ursprüngliche Nachricht|Messaggio originale)\s*-{2,}\s*$",
    r"^(From|De|Von|Da):\s.*@.+$",  # Outlook-style header block (with an address)
    r"^_{10,}\s*$",
]
QUOTE_HEADER = re.compile("|".join(f"(?:{p})" for p in QUOTE_HEADERS), re.IGNORECASE)
# Signatures: the standard "-- " delimiter, and the phone-client footers.
SIGNATURE = re.compile(
    r"^(-- ?|Sent from my .+|Enviado desde mi .+|Enviado do meu .+|Envoyé de mon .+|"
    r"Von meinem .+ gesendet|Inviato da(l mio)? .+)$",
    re.IGNORECASE,
)


def latest_reply(text: str) -> str:
    """The new part of a reply: everything above the first quote header, quote block or signature."""
    kept: list[str] = []
    lines = text.replace("\r\n", "\n").split("\n")
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(">"):
            # A `>` block ends the new text once something was written above it.
            if any(k.strip() for k in kept):
                break
            continue
        if SIGNATURE.match(stripped) or QUOTE_HEADER.match(stripped):
            break
        # Some clients wrap "On <date>, <name> <addr> wrote:" over two lines.
        if index + 1 < len(lines) and QUOTE_HEADER.match(f"{stripped} {lines[index + 1].strip()}"):
            break
        kept.append(line)
    return "\n".join(kept).strip()
