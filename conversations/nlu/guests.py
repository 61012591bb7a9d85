"""Adults, children and rooms from folded text, with the conventions of docs/INTERFACES.md.

Not stated means None: adults are never defaulted and children are 0 only when the message says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from conversations.nlu.numbers import NUMBER, to_int

_ADULT = r"(?:adultos?|adultas?|adults?|adultes?|erwachsenen?|erwachsene|adulti|adulto|grown ?ups?|mayores)"
_CHILD = (
    r"(?:ninos?|ninas?|nenes?|nenas?|hijos?|hijas?|peques|chicos|menores|children|child|kids?|sons?|daughters?|"
    r"criancas?|filhos?|filhas?|enfants?|fils|filles?|kinder|kindern|kind|sohne|tochter|bambini|bambino|bambina|"
    r"bambine|figli|figlio|figlia|ragazzi|infants?|toddlers?|bebes?|babies|baby|neonat[oi]|lattanti|saugling|kleinkind)"
)
_PERSON = (
    r"(?:personas?|people|persons?|pessoas?|personnes?|personen|person|persone|huespedes|guests?|hospedes|"
    r"gaste|ospiti|pax|adultos y ninos)"
)
_ROOM = (
    r"(?:habitacion(?:es)?|habs?|hbs|cuartos?|rooms?|quartos?|chambres?|zimmer|camere|camera|suites?|doppelzimmer|"
    r"einzelzimmer|dobles?|individual(?:es)?|doubles?|twins?|singles?|matrimoniale|doppie|doppia|singole|singola|"
    r"apartamentos?|apartments?|appartamenti|appartamento|studios?|familiares|family rooms?)"
)
_NUM = rf"(?P<n>{NUMBER})"

_ADULTS = re.compile(rf"\b{_NUM}\s+{_ADULT}\b")
_CHILDREN = re.compile(
    rf"\b{_NUM}\s+(?:(?:pequenos?|small|little|kleine|kleinen|petits?|piccoli)\s+)?{_CHILD}\b"
)
_PEOPLE = re.compile(rf"\b{_NUM}\s+{_PERSON}\b")
_ROOMS = re.compile(rf"\b{_NUM}\s+(?:(?:big|grandes?|kleine|petites?)\s+)?{_ROOM}\b")
_WE_ARE = re.compile(
    rf"\b(?:somos|seremos|we are|we're|we will be|there are|there will be|sera[nm]os|nous sommes|on est|nous serons|"
    rf"wir sind|wir sind zu|siamo|saremo|siamo in|vamos|viajamos|estaremos)\s+{_NUM}\b(?!\s*(?:noches?|nights?|dias|days|de\b|/|\.|:))"
)
_ARTICLES = {
    "un",
    "una",
    "uno",
    "a",
    "an",
    "um",
    "uma",
    "une",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "single",
    "couple",
}
_FOR_N = re.compile(
    rf"\b(?:para|for|pour|fur|per)\s+{_NUM}\b(?!\s*(?:(?:a|al|ao|to|au|bis|-|y|e|et|und)\s*\d|noches?|nights?|noites?|nuits?|nachte|notti|notte|dias?|days?|semanas?|weeks?|"
    r"de\b|of\b|/|\.\d|:|h\b|horas?|hours?|uhr|heures|ore|euros?|eur|€|am\b|pm\b|\d|" + _ROOM[3:-1] + r"))"
)
_COUPLE = re.compile(
    r"\b(?:mi (?:mujer|esposa|marido|esposo|pareja|novia|novio|chica|chico|amiga|amigo|madre|padre|hermana|hermano) y yo|"
    r"(?:yo|voy) con mi (?:mujer|esposa|marido|esposo|pareja|novia|novio)|"
    r"yo y mi (?:mujer|esposa|marido|esposo|pareja|novia|novio|amiga|amigo|madre|padre|hermana|hermano)|"
    r"eu e (?:a |o )?(?:minha|meu) (?:esposa|mulher|marido|namorada|namorado|companheira|companheiro)|"
    r"(?:a |o )(?:minha|meu) (?:esposa|mulher|marido) e eu|"
    r"ich und (?:meine|mein) (?:frau|mann|freundin|freund|partnerin|partner)|"
    r"(?:la )?(?:mia|mio) (?:moglie|marito) ed io|io e (?:la |il )?(?:mia|mio) (?:moglie|marito|compagna|compagno)|"
    r"mi (?:mujer|esposa|marido|esposo|pareja|novia|novio) y (?:yo|para mi|mi)|"
    r"(?:meine[rn]?|meinen|mein) (?:frau|mann|freundin|freund|partnerin|partner) und mich|mich und (?:meine|meinen) (?:frau|mann)|"
    r"me e (?:mia|mio) (?:moglie|marito|ragazza|ragazzo|compagna|compagno)|"
    r"moi et (?:ma|mon) (?:femme|mari)|eu e (?:minha|meu) (?:esposa|mulher|marido)|"
    r"my (?:wife|husband|partner|girlfriend|boyfriend|friend|fiancee?|mother|father|mum|mom|dad|sister|brother) and (?:i|me)|"
    r"(?:i|me) and my (?:wife|husband|partner|girlfriend|boyfriend)|"
    r"(?:minha|meu) (?:esposa|mulher|marido|namorada|namorado|companheira|companheiro) e eu|"
    r"(?:ma|mon) (?:femme|mari|epouse|copine|copain|compagne|compagnon|conjoint) et moi|"
    r"(?:meine|mein) (?:frau|mann|freundin|freund|partnerin|partner) und ich|"
    r"(?:mia|mio) (?:moglie|marito|ragazza|ragazzo|compagna|compagno) e io|io e (?:mia|mio) (?:moglie|marito|ragazza|ragazzo)|"
    r"una pareja|a couple|um casal|un couple|ein paar\b|ein ehepaar|una coppia|dos adultos|zu zweit|in due|a deux|los dos|the two of us|"
    r"nosotros dos|nos dos|nous deux|wir beide|noi due|luna de miel|honeymoon|lua de mel|lune de miel|flitterwochen|luna di miele)\b"
)
_ALONE = re.compile(
    r"\b(?:solo yo|yo solo|yo sola|solo para mi|voy solo|voy sola|just me|only me|just myself|for myself|by myself|"
    r"i'?m travell?ing alone|travell?ing alone|so eu|apenas eu|somente eu|sozinho|sozinha|seulement moi|juste moi|moi seul|"
    r"je suis seul|nur ich|ich allein|alleine|allein|solo io|io da solo|da sola|da solo|viajo solo|viajo sola|"
    r"habitacion individual|single room|quarto individual|quarto single|chambre simple|chambre individuelle|chambre single|"
    r"einzelzimmer|camera singola|una singola|una individual|una single|uma individual|une single)\b"
)
_NO_CHILDREN = re.compile(
    r"\b(?:sin (?:ninos|hijos|ninas|nenes|menores|peques)|no (?:kids|children|ninos|criancas|hijos)|without (?:kids|children)|"
    r"sem (?:criancas|filhos)|sans enfants?|ohne kinder|keine kinder|senza bambini|senza figli|nessun bambino|"
    r"solo adultos|only adults|adults only|just adults|apenas adultos|seulement des adultes|nur erwachsene|solo adulti|"
    r"0 (?:ninos|kids|children|criancas|enfants|kinder|bambini))\b"
)
_ONE_ROOM = re.compile(
    r"\b(?:una|un|a|an|one|um|uma|une|ein|eine|einen|un'|otra|another|outra|autre|noch ein|un altra|una altra)\s+"
    r"(?:(?:habitacion|cuarto|room|quarto|chambre|zimmer|camera|suite|doble|individual|double|twin|single|"
    r"doppelzimmer|einzelzimmer|matrimoniale|doppia|singola|apartamento|apartment|appartamento|studio|family room|"
    r"familiar)\b)"
)
_ALL_FAMILY_SINGLE = re.compile(
    r"\b(?:habitacion|room|quarto|chambre|zimmer|camera) (?:individual|single|simple|singola)\b"
)


_ZU_VALUES = {"dritt": 3, "viert": 4, "funft": 5, "sechst": 6}
_ZU = re.compile(r"\bzu (dritt|viert|funft|sechst)\b")


@dataclass
class Party:
    adults: int | None = None
    children: int | None = None
    rooms: int | None = None


def _sum(pattern: re.Pattern[str], folded: str) -> int | None:
    total = None
    for m in pattern.finditer(folded):
        before = folded[: m.start()].split()[-1:] or [""]
        if (
            pattern is _PEOPLE
            and m["n"] in _ARTICLES
            and before[0] not in {"para", "for", "pour", "fur", "per", "de", "by"}
        ):
            continue  # "hablar con una persona" is not a party of one
        value = to_int(m["n"])
        if value is not None and 0 <= value <= 50:
            total = (total or 0) + value
    return total


def party(folded: str) -> Party:
    """Guests and rooms stated in the message (None when not stated)."""
    result = Party()
    adults = _sum(_ADULTS, folded)
    children = _sum(_CHILDREN, folded)
    people = _sum(_PEOPLE, folded)
    people_end = next((m.end() for m in _PEOPLE.finditer(folded)), None)
    if people is None:
        m = _WE_ARE.search(folded) or next(
            (x for x in _FOR_N.finditer(folded) if x["n"] not in _ARTICLES), None
        )
        if m:
            people = to_int(m["n"])
            people_end = m.end()
            if people is not None and not 0 < people <= 30:
                people = None
    if adults is None and people is not None:
        # "somos 2 y un bebé": children named after "and" come on top; "4 personas, 2 niños" are among them.
        on_top = people_end is not None and re.match(
            r"\s*(?:y|and|e|et|und|\+|mas|plus|with|con|com|avec|mit)\b", folded[people_end:]
        )
        adults = people - children if children and people > children and not on_top else people
    if adults is None and (m := _ZU.search(folded)):
        adults = _ZU_VALUES[m.group(1)]
    if adults is None and _COUPLE.search(folded):
        adults = 2
    if adults is None and _ALONE.search(folded):
        adults = 1
    if children is None and _NO_CHILDREN.search(folded):
        children = 0
    if (
        children is None
        and adults is not None
        and re.search(
            r"\b(?:sin|no|without|sem|sans|ohne|senza)\s+(?:ninos|kids|children|criancas|enfants|kinder|bambini)\b",
            folded,
        )
    ):
        children = 0
    result.adults = adults
    result.children = children
    rooms = _sum(_ROOMS, folded)
    if rooms is None and (_ONE_ROOM.search(folded) or _ALL_FAMILY_SINGLE.search(folded)):
        rooms = 1
    result.rooms = rooms if rooms else None
    return result
