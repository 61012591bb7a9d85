"""Several requests in one message: "una doble del 20 al 22 para 2, y otra cosa: ¿se admiten perros?".

The message as a whole gets one intent (the contract of `nlu_parse`); each sentence or clause that asks
for something else (an FAQ topic, a complaint, a booking next to a cancellation) is listed in
`Understanding.extras["also"]` so that the dialogue answers it in the same turn.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from conversations.nlu import classifier
from conversations.nlu.dates import stay_dates
from conversations.nlu.guests import party
from conversations.nlu.stay_intent import CANCELLING, tells_a_booking_made
from conversations.nlu.text import QUESTION_SENTENCE

# Where one request ends and the next begins: the end of a sentence, a new line, "y otra cosa", "also"...
_SPLIT = re.compile(
    r"(?<=[?!.;])\s+|\n+|\s*[¿¡]|,?\s*\b(?:y otra cosa|otra cosa|por cierto|ademas|aparte|and also|also|by the way|btw|"
    r"another thing|one more thing|e outra coisa|outra coisa|alem disso|a proposito|et autre chose|autre chose|"
    r"par ailleurs|au fait|aussi|ausserdem|noch etwas|ubrigens|und noch|un'altra cosa|e un'altra cosa|inoltre|"
    r"e poi|y tambien|y ademas)\b\s*[:,]?|"
    # "cancelar la reserva X y reservar del 10 al 12": "and" before a second booking verb
    r",?\s+(?:y|and|e|et|und)\s+(?=(?:luego |despues |then |depois |ensuite |dann |poi )?(?:quiero |quisiera |queria |"
    r"i'?d like to |i want to |quero |gostaria de |je voudrais |je veux |ich mochte |ich will |vorrei |voglio )?"
    r"(?:reservar|hacer (?:una|otra) (?:nueva )?reserva|book|make a new|reserver|faire une nouvelle|buchen|neu buchen|"
    r"prenotare|fazer (?:uma|outra) (?:nova )?reserva)\b)|"
    # a second question asked indirectly ("vorrei sapere se avete una camera ... e se la colazione è compresa", "I'd
    # like to know if you have a room ... and whether breakfast is included"), not "and if possible" or "and if not"
    r",?\s+(?:and|y|e|et|und|ed)\s+(?=(?:if|whether|si|se|ob|s'il|s'ils)\s+(?!(?:possible|posible|possibile|"
    r"possivel|moglich|no|not|non|nao|pas|nicht)\b))|"
    # "booking under Van der Berg please, do you have a crib?", "3 nights from the 20th, got anything with a sea
    # view?": a comma before a question that ends the message, however the question begins
    r",\s+(?=[^,.!?\n]*[a-z][^,.!?\n]*\?\s*$)"
)
_MIN_WORDS = 2
_TOKEN = re.compile(r"[a-z0-9]+")
_LETTER = re.compile(r"[a-z]")
# What a complaint says (a negation or a word for what is wrong), so that "the room is lovely. What time is
# breakfast?" stays a question: the model alone hears complaints in any remark about the room.
# A negation alone ("non abbaia quasi mai", "she shouldn't travel") is a complaint's word only when the model is sure
# of the complaint: said of a dog that never barks or a child who fell ill, it is no unhappiness with the hotel.
_NEGATION = (
    r"\b(?:no|not|never|nobody|nothing|nadie|nada|nunca|nao|ninguem|nunca|ne|pas|jamais|personne|rien|nicht|kein\w*|"
    r"nie|niemand|nichts|non|mai|nessuno|niente|\w+n't)\b"
)
_WHAT_IS_WRONG = re.compile(
    r"\b(?:dirty|filthy|broken|noisy|noise|smell\w*|stain\w*|cold|mould|mold|bugs?|cockroach\w*|rude|refund\w*|"
    r"complain\w*|disappointed|terrible|awful|horrible|unacceptable|charged?|"
    r"suci[oa]s?|rot[oa]s?|ruido|olor|mancha\w*|frio|fria|cucaracha\w*|reembols\w*|devolu\w*|queja\w*|"
    r"reclam\w*|fatal|inaceptable|cobr\w*|sujos?|sujas?|quebrad[oa]s?|estragad[oa]s?|barulho|cheiro|baratas?|"
    r"estorno|sales?|casse(?:e|s|es)?|bruit|odeur|froide?s?|remboursement|rembourse\w*|plainte|inadmissible|"
    # ("beschwerlich", stairs hard to climb, is no complaint: "Seit meiner Knieoperation sind Treppen beschwerlich")
    r"schmutzig|dreckig|kaputt|laut|larm|gestank|kalte?|erstatt\w*|beschwer(?!lich)\w*|unzumutbar|"
    r"sporc[oa]|sporche|rott[oa]|rumore|puzza|fredd[oa]|rimbors\w*|reclamo|inaccettabile|addebit\w*|"
    # what smells or cannot be borne ("huele a humo, es insoportable", "it stinks", "ça pue")
    r"huele\w*|apesta\w*|insoportable|stinks?|stinky|unbearable|fede|fedor|insuportavel|pue|puent|insupportable|"
    r"stinkt|stinken|unertraglich|insopportabile)\b"
)
# Outrage or being stuck, said with nothing asked ("L'ascensore è fermo da stamattina e io sono bloccato al terzo
# piano. Non è accettabile.", "I'm stuck in the lift, this is not acceptable"): a complaint, whatever hotel topic the
# words name.
_UNACCEPTABLE = re.compile(
    r"\b(?:unacceptable|inaceptable|inaceitavel|inacceptable|inadmissible|inaccettabile|inammissibile|unzumutbar|"
    r"(?:not|no es|nao e|pas|nicht|non e) (?:\w+ )?(?:acceptable|aceptable|aceitavel|akzeptabel|accettabile)|"
    # stuck somewhere in the hotel ("sono bloccato al terzo piano", "I'm stuck in the lift", "estoy atrapado")
    r"stuck|atrapad[oa]s?|encerrad[oa]s?|bloccat[oa]|bloccati|coince\w*|steck\w* fest|feststeck\w*|eingesperrt)\b"
)


def finds_it_unacceptable(folded: str) -> bool:
    return _UNACCEPTABLE.search(folded) is not None


# Disbelief at what the hotel does, asked as a question that wants no answer ("Ma state scherzando?", "Are you
# kidding me?", "¿Me están tomando el pelo?", "Vous plaisantez ?", "Soll das ein Witz sein?", "Estão a brincar
# comigo?"): a complaint, whatever the question names.
_OUTRAGE = re.compile(
    r"\b(?:state scherzando|stai scherzando|mi prendete in giro|ci prendete in giro|are you (?:kidding|joking)|"
    r"you(?:'re| are|'ve got to be| have got to be| must be) (?:kidding|joking)|is this a joke|"
    r"(?:me|nos) (?:estan|estais) (?:tomando el pelo|vacilando)|(?:estan|estais) de broma|es una broma|"
    r"(?:estao|estas|esta) (?:a )?brinca(?:r|ndo)(?: comigo| conosco)?|e brincadeira|vous plaisantez|"
    r"vous vous moquez de (?:moi|nous)|c'est une blague|(?:soll|ist) das (?:ein )?(?:witz|scherz)|das ist doch ein witz)\b"
)


def outraged(folded: str) -> bool:
    return _OUTRAGE.search(folded) is not None


_UNHAPPY = re.compile(_NEGATION + "|" + _WHAT_IS_WRONG.pattern)
# A pet or a child said to bother no one ("sta nel suo trasportino e non dà fastidio a nessuno", "he doesn't bother
# anyone", "no molesta a nadie", "ne dérange personne", "stört niemanden", "não incomoda ninguém"): a reassurance
# before a question, its negation no unhappiness.
_HARMLESS = re.compile(
    # something asked for by someone else ("Notre service comptable me la réclame": claims it, no complaint)
    r"\b(?:me|nous|te|vous|lui|leur)\s+(?:la\s+|le\s+|les\s+|l')?reclam\w*|"
    r"\b(?:(?:non|doesn'?t|does not|won'?t|will not|no|nao|ne)\s+(?:\w+\s+)?(?:da|danno|fa|fanno) fastidio|"
    r"(?:non|doesn'?t|does not|won'?t|will not|no|nao|ne)\s+(?:\w+\s+)?(?:bother|disturb|molest|incomod|derang|"
    r"gen)\w*|stor\w*)\s+[^.,;!?\n]{0,15}?\b(?:anyone|anybody|a nessuno|nessuno|a nadie|nadie|a ninguem|ninguem|"
    r"personne|niemanden)\b|"
    # what a pet almost never does ("he hardly ever barks", "casi nunca ladra", "quase nunca ladra", "n'aboie presque
    # jamais", "bellt fast nie", "non abbaia quasi mai"): a story, nothing wrong
    r"(?:\w+\s+)?\b(?:almost never|hardly ever|casi nunca|quase nunca|presque jamais|fast nie|quasi mai)\b(?:\s+\w+)?"
)
# A late arrival said beside the stay ("nous arrivons tard vers minuit le 15 janvier", "wir kommen erst gegen
# 23 Uhr an", "llegamos tarde ... ¿es posible?"): a question about check-in times, even said as a statement
# with the stay's day in it (which `_tells_the_stay` leaves out) or with a question the model hears as another
# topic ("¿es posible?" as the cancellation policy).
_LATE_ARRIVAL = re.compile(
    r"\b(?:arriv\w* (?:very |quite |a bit |un peu |assez |molto |piuttosto )?(?:late|tard|tardi)|late arrival|"
    r"get(?:ting)? (?:in|there) late|llega\w* (?:muy |bastante )?tarde|llegada tardia|"
    r"cheg\w* (?:muito |bem )?tarde|chegada tardia|arrivee tardive|arrivo tardivo|spate anreise|"
    r"(?:around|at|after|about|sobre|hacia|a|despues de|vers|apres|gegen|nach|um|verso|dopo|alle|por volta da|"
    r"depois da|a) (?:la |las |the )?(?:midnight|medianoche|minuit|mitternacht|mezzanotte|meia-noite|meia noite)|"
    r"(?:kommen|komme|reisen|reise) (?:\w+ ){0,3}erst (?:\w+ ){0,3}(?:gegen|um|nach|ab) (?:[01]?\d|2[0-3])"
    r"(?:[:.]\d\d)? ?uhr|erst (?:spat|gegen mitternacht|nachts) an|"
    # an arrival at a clock time late in the evening or after midnight ("on arrive vers 23h", "llegamos sobre las
    # 23:30", "arriving around 11pm", "chegamos às 00h30", "wir kommen gegen 22 Uhr an", "arriviamo verso le 23")
    r"(?:arriv\w*|get(?:ting)? in|llega\w*|cheg\w*|ankomm\w*|kommen|komme)(?: \S+){0,4}? (?:2[1-3]|00?)"
    r"(?:[:.h]\d\d|h|hs| ?uhr)|(?:arriv\w*|get(?:ting)? in)(?: \S+){0,4}? (?:9|10|11)(?:[:.]\d\d)? ?pm|"
    r"(?:arriv\w*|llega\w*|cheg\w*|ankomm\w*|kommen)(?: \S+){0,3}? (?:verso |alle |vers |a las |as |um |gegen )"
    r"(?:le |la )?(?:2[1-3]|00?)(?:[:.]\d\d)?(?! \w*(?:anni|ans|anos|jahre|years|personas|people|persone)))\b"
)
_LATE_ARRIVAL_QUESTION = {"intent": "faq", "faq_topic": "checkin_checkout_times"}
# A pet coming along with the party ("2 of us + our dog", "tres adultos y un perro pequeño", "nous venons avec notre
# chien", "mit Hund", "con il nostro cane", "trazemos o cão"): the guest needs the pets rule as much as the offer,
# asked or not.
_PET_ALONG = re.compile(
    r"(?:\+\s*|\b(?:with|plus|and|bring\w*|y|con|mas|traemos|traigo|llevamos|e|com|mais|trazemos|trago|levamos|"
    r"avec|et|amen\w*|emmen\w*|mit|und|samt|bringen|nehmen|piu|porto|portiamo|portare)\s+)"
    r"(?:(?:our|my|a|an|one|the|two|nuestro|nuestra|nuestros|mi|mis|un|una|dos|el|la|los|o|a|os|nosso|nossa|"
    r"nossos|meu|minha|um|uma|dois|notre|nos|mon|ma|deux|le|les|unserem|unserer|unseren|unser|meinem|meiner|"
    r"mein|einem|einer|ein|eine|zwei|dem|der|den|il|lo|nostro|nostra|nostri|mio|mia|due|i)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:dogs?|pup(?:py|pies|s)?|cats?|pets?|perr[oa]s?|perrit[oa]s?|mascotas?|gat[oa]s?|caes|cao|cachorr[oa]s?|"
    r"gatinh[oa]s?|chiens?|chienne|chats?|chatons?|hunde?n?|hundchen|katzen?|cane|cani|cagnolin[oa]|gatt[oi]|"
    # ...or by its breed ("two adults and one very well-behaved spaniel", "mit unserem Dackel")
    r"spaniels?|labradors?|retrievers?|terriers?|beagles?|poodles?|pugs?|chihuahuas?|dachshunds?|dackel|teckels?|"
    r"bulldogs?|bouledogues?|caniches?|carlins?|yorkies?|barboncin[oi]|bassotti|bassotto|golden)\b"
)
# A cot needed for a baby, said beside the stay or the booking ("Wir brauchen ein Kinderbett.", "vamos a necesitar
# cuna", "we'll need a cot"): the rooms' cot is told (the room facts say which rooms have one), asked or not.
_COT = re.compile(
    r"\b(?:cots?|cribs?|travel cot|cunas?|minicunas?|bercos?|lit (?:parapluie|bebe|pour bebe|d'enfant)|"
    r"babybett\w*|kinderbett\w*|reisebett\w*|gitterbett\w*|culla|culle|lettino|lettini)\b"
)
# An invoice wanted beside the stay ("Rechnung an die Firma", "please invoice our company", "con factura a nombre de
# la empresa"): how the hotel invoices is told (INTERFACES: an invoice asked for is `payment_methods`).
_INVOICE = re.compile(
    r"\b(?:invoic\w*|factura|facturas|facturar|fatura|faturas|facture|factures|rechnung|fattura)\b"
)
# What a guest says it needs, each with the FAQ topic that answers it, asked or not.
_NEEDS_SAID = ((_PET_ALONG, "pets"), (_COT, "amenities"), (_INVOICE, "payment_methods"))
# A booking asked for by the name it should be under, with a "please" ("booking under Van der Berg please", "una
# reserva a nombre de Ortiz, por favor"): a wish however unsure the n-grams of its few words are (a booking made
# under a name is told with its verb: "la hice a nombre de mi marido").
_BOOKING_UNDER_PLEASE = re.compile(
    r"^(?:(?:a|one|the|una|un|uma|une)\s+)?(?:booking|reservation|room|reserva|habitacion|quarto|chambre|buchung|"
    r"reservierung|zimmer|prenotazione|camera)\s+(?:under|in the name of|a nombre de|al nombre de|em nome de|"
    r"no nome de|au nom de|a nome di|auf den namen)\b.*\b(?:please|pls|plz|por favor|porfa|s'il vous plait|svp|"
    r"bitte|per favore|por favor|pf|pfv)\b"
)
_BOOKING_BY_NAME = classifier.Prediction(
    intent="booking_create", confidence=1.0, faq_topic=None, probabilities={}
)
# What a need said is answered beside: a stay asked for or changed, a question, a booking looked up (not a complaint
# about someone's dog or a wrong invoice).
_NEEDS_ANSWERED_BESIDE = frozenset(
    {"availability", "booking_create", "booking_modify", "booking_status", "faq"}
)
SURE = 0.6
_UNSURE_STAY = 0.3
STAY_SURE = 0.5
_BOOKING = frozenset({"availability", "booking_create"})


def _segments(folded: str) -> list[str]:
    parts = [p.strip(" ,;:.") for p in _SPLIT.split(folded) if p]
    return [p for p in parts if len(_TOKEN.findall(p)) >= _MIN_WORDS]


def _clause_saying(said: re.Pattern[str], segments: list[str]) -> str | None:
    """The clause (between commas) of the first sentence where `said` is found, or None: what the facts are looked
    up by ("on arrive vers 23h", not the stay beside it, whose "mars" the fact search reads as the sea)."""
    for segment in segments:
        if found := said.search(segment):
            start = segment.rfind(",", 0, found.start()) + 1
            end = segment.find(",", found.end())
            return segment[start : end if end >= 0 else len(segment)].strip()
    return None


def _tells_the_stay(segment: str, *, today: dt.date, lang: str) -> bool:
    """ "...? we'd arrive friday": a statement with a date tells the stay, it asks nothing of the facts
    (a question about the hotel that names a day keeps its question mark)."""
    return "?" not in segment and stay_dates(segment, today=today, lang=lang).check_in is not None


def stay_request(folded: str) -> tuple[str, float] | None:
    """The booking request among a message's sentences ("una doble del 20 al 22. ¿Se admiten perros?"):
    its intent and confidence, when one sentence asks for a room or only tells the stay; else None.

    A booking request or availability question with a stay wins over an FAQ question
    (docs/INTERFACES.md); the FAQ is then one of the `other_requests`.
    """
    from conversations.nlu.rules import slot_answer
    from conversations.nlu.stay_intent import stay_intent

    for segment in _segments(folded):
        prediction = classifier.predict_part(segment)
        # "una doppia dal 20 al 22 aprile": the model splits a bare room request between its two stay
        # intents; together they are the sentence's reading.
        stay = {k: prediction.probabilities.get(k, 0.0) for k in _BOOKING}
        best = max(stay, key=lambda kind: stay[kind])
        if prediction.intent in _BOOKING | {"other"} and sum(stay.values()) >= STAY_SURE:
            # the words of the sentence settle which of the two it is ("we'd like a double from the 20th")
            return stay_intent(segment, best, prediction.probabilities), sum(stay.values())
        if slot_answer(segment):
            return "availability", STAY_SURE
    return None


# An amount of money ("310 €", "260 eur", "$260", "CHF 120"), and what was agreed ("vereinbart", "acordado").
_AMOUNT = (
    r"(?:\d[\d.,]*\s?(?:€|£|\$|eur\w*|chf|francs?|franken|reais|dollars?|pounds?)|(?:€|£|\$|chf|r\$)\s?\d)"
)
_AGREED = (
    r"(?:agreed|vereinbart\w*|abgemacht\w*|ausgemacht\w*|acordad[oa]s?|pactad[oa]s?|convenu\w*|concordat[oi]|"
    r"pattuit[oi]|combinad[oa]s?|acertad[oa]s?|entendu\w*)"
)
# A charge said wrong ("I was charged £245.50 instead of £189", "me han cobrado dos veces", "Sie haben mir zweimal
# berechnet", "mi avete addebitato due volte"): a complaint, however much its "instead of" or its booking sounds like
# a change.
_CHARGED = re.compile(
    r"\b(?:(?:was|were|been|got|i'?ve been|you) (?:over)?charged|overcharg\w*|double[- ]charged|charged (?:me|us) "
    r"(?:twice|double)|(?:me|nos|le|les) (?:han |ha |habeis |hab[eé]is )?(?:cobrad[oa]|cobraron|cobrasteis|cobro)|"
    r"cobraram|cobrou|foi-me cobrad[oa]|(?:m'|nous )?(?:avez|a|ont) (?:\w+ )?(?:debite|facture|preleve|compte)\b|"
    r"(?:mir|uns) [^.?!\n]{0,40}?\b(?:berechnet|abgebucht|belastet)|zweimal (?:berechnet|abgebucht)|"
    r"(?:mi|ci) (?:avete|hanno|e stato|e stata|sono stati) (?:\w+ )?addebitat\w*|"
    # a charge seen against the price agreed ("vedo 320 € ..., ma il prezzo concordato era 260 €", "but the agreed
    # price was €260", "pero el precio acordado era", "mas o preço combinado era", "mais le prix convenu était", "aber
    # der vereinbarte Preis war")
    r"(?:prezzo|precio|preco|prix|preis|price|rate|tarifa|tarif|tariffa) (?:concordato|pattuito|acordado|pactado|"
    r"combinado|acertado|convenu|agreed|quoted)|(?:agreed|quoted|vereinbart\w*|abgemacht\w*) (?:price|rate|preis)\b|"
    # ...or an amount seen against an amount said agreed ("sehe ich 310 €, vereinbart waren aber 260 €", "I see 310 €
    # but 260 € was agreed", "veo 310 €, pero habíamos acordado 260 €", "je vois 310 €, alors que 260 € étaient
    # convenus", "vedo 310 €, ma avevamo concordato 260 €", "vejo 310 €, mas tínhamos combinado 260 €")
    rf"{_AMOUNT}[^.?!\n]{{0,60}}?(?:{_AGREED}\b[^.?!\n]{{0,30}}?{_AMOUNT}|{_AMOUNT}[^.?!\n]{{0,25}}?\b{_AGREED})|"
    # ...the amount's pound sign folded away ("Our invoice shows £612 for three nights, but the corporate rate we
    # agreed with your sales team was £165 a night")
    rf"\b(?:shows?|showing|says|charged|billed)\s+\d[\d.,]*\b[^.?!\n]{{0,60}}?\b{_AGREED}\b[^.?!\n]{{0,30}}?\d|"
    # two charges seen for one thing ("vedo due addebiti di 360 euro", "two charges of €240", "dos cargos", "deux
    # prélèvements", "zwei Abbuchungen", "duas cobranças")
    r"\b(?:two|2|dos|duas|deux|zwei|due) (?:separate |identical |identicos |identiques )?(?:charges|cargos|cobros|"
    r"cobrancas|debitos|debits|prelevements|abbuchungen|belastungen|addebiti)\b|"
    # a charge for what was said free or included ("On nous facture le parking 15 € par jour alors que sur Booking
    # c'était indiqué gratuit", "you charged us for parking but it said free", "nos cobraron el parking aunque decía
    # gratis", "Sie berechnen das Parken, obwohl es kostenlos sein sollte", "ci addebitate il parcheggio ma era gratuito")
    r"\b(?:factur\w*|charg\w*|cobr\w*|berechn\w*|addebit\w*|avez compte|a compte)\b[^.?!\n]{0,60}\b(?:alors que|whereas|while|but|pero|"
    r"aunque|mas|aber|obwohl|ma|mentre)\b[^.?!\n]{0,50}\b(?:free|gratuit\w*|gratis|gratuito|kostenlos|inclus\w*|"
    r"included|incluid[oa]|incluso|inklusive|inbegriffen)\b)"
)


def disputes_a_charge(folded: str) -> bool:
    """Whether the message says the guest was charged wrongly or twice ("I was charged £245.50 instead of £189")."""
    return _CHARGED.search(folded) is not None


def names_what_is_wrong(folded: str) -> bool:
    """Whether a word for what is wrong is in the message ("dirty", "rumore", "cobraron"), a pet or a child said to
    bother no one aside."""
    return _WHAT_IS_WRONG.search(_HARMLESS.sub(" ", folded)) is not None


def complaint_request(folded: str) -> float | None:
    """The confidence of a complaint among a message's sentences ("La camera è sporca. E a che ora è la
    colazione?"), or None. A complaint wins over a question that comes with it (docs/INTERFACES.md); the
    question is then one of the `other_requests`."""
    segments = _segments(folded)
    if len(segments) < 2:
        return None
    for segment in segments:
        prediction = classifier.predict_part(segment)
        # the words say what is wrong, so the model need be less sure than for a request on its own
        if (
            prediction.intent == "complaint"
            and prediction.confidence >= STAY_SURE
            and (
                _WHAT_IS_WRONG.search(segment)
                or (prediction.confidence >= SURE and _UNHAPPY.search(_HARMLESS.sub(" ", segment)))
            )
        ):
            return prediction.confidence
    return None


# How sure the model must be of a sentence that acts on a booking (a cancellation, a change) to read the message so.
_SURE_ACTION = 0.8
# The words that do it: a cancelling verb, or a change's verb or "more"/"also"/"instead" ("possiamo restare anche
# sabato notte, quindi una notte in più?"). Without them the model hears a change in a booking merely named ("Tengo la
# reserva 55872 del 12 al 15 de enero, ¿el parking está incluido?") or an arrival time ("wir schaffen es erst gegen
# Mitternacht").
_CHANGES = re.compile(
    r"\b(?:chang\w*|move|moving|extend\w*|shorten|postpone|add|adding|another|more|extra|too|also|instead|"
    r"cambi\w*|mover|ampli\w*|alarg\w*|prolong\w*|acort\w*|adelant\w*|retras\w*|aplaz\w*|anadir|agregar|mas|otra|"
    r"tambien|en vez|mud\w*|alter\w*|adiar|antecip\w*|remarc\w*|acrescent\w*|adicion\w*|mais|tambem|outra|em vez|"
    r"decal\w*|deplac\w*|modifi\w*|ajout\w*|rajout\w*|reporter|avancer|encore|aussi|plus|autre|au lieu|"
    r"andern|verschieb\w*|verlanger\w*|umbuch\w*|noch|auch|mehr|statt|anstatt|"
    r"spost\w*|anticip\w*|posticip\w*|aggiung\w*|anche|piu|invece|ancora|altra)\b"
)
_ACTION_WORDS = {"booking_cancel": CANCELLING, "booking_modify": _CHANGES}


def booking_action_request(folded: str) -> tuple[str, float] | None:
    """The cancellation or change of a booking among a message's sentences ("Devo cancellare la prenotazione 50112
    ... Quanto tempo prima si può disdire senza penale?", "prenotazione 7781: possiamo restare anche sabato notte? E
    a che ora bisogna lasciare la camera?"): its intent and confidence, or None. What is done to a booking wins over a
    question beside it (docs/INTERFACES.md); the question is one of the `other_requests`."""
    segments = _segments(folded)
    if len(segments) < 2:
        return None
    for segment in segments:
        prediction = classifier.predict_part(segment)
        words = _ACTION_WORDS.get(prediction.intent)
        if words is not None and prediction.confidence >= _SURE_ACTION and words.search(segment):
            return prediction.intent, prediction.confidence
    return None


# The terms of cancelling asked, not a cancellation: a cancelling verb in an "if" of a question ("y si cancelo ahorita
# me cobran algo?", "Si jamais on doit annuler à la dernière minute, on perd tout ?", "what if we have to cancel?"), how
# long before ("how much notice you require should we need to cancel", "hasta cuándo puedo cancelar", "bis wann kann
# man stornieren?", "fino a quando si può disdire?") or cancelling without a charge ("cancel without penalty", "annuler
# sans frais", "kostenlos stornieren", "cancelar sem multa", "disdire senza penale").
_CANCEL_VERB = r"(?:cancel|anul|annul|storn|disdi|desmarc)\w*"
_TERMS_OF_CANCELLING = re.compile(
    rf"\b(?:if|si|se|falls|wenn|should|in case|en caso de|caso|au cas ou|nel caso|im fall)\b[^?.!\n]{{0,30}}\b{_CANCEL_VERB}"
    r"[^?.!\n]*\?|"
    r"\b(?:how much notice|how far in advance|how late|con cuanta antelacion|hasta cuando|com quanta antecedencia|"
    r"ate quando|combien de temps (?:a l'avance|avant)|jusqu'a quand|wie (?:lange|kurzfristig|fruh)|bis wann|"
    rf"quanto tempo prima|con quanto anticipo|fino a quando)\b[^?\n]{{0,80}}\b{_CANCEL_VERB}|"
    rf"\b{_CANCEL_VERB}\b[^?.!\n]{{0,30}}\b(?:without (?:a |any )?(?:penalty|charge|fee)|free of charge|"
    r"sin (?:penalizacion|penalidad|coste|costo|cargo|gastos|que me cobren)|sem (?:multa|custos?|penalizacao|taxa)|"
    r"sans (?:frais|penalite)|kostenlos|kostenfrei|gebuhrenfrei|senza (?:penale|costi|spese))"
)


_CANCEL_WORD = re.compile(rf"\b{_CANCEL_VERB}")


# How far something is ("quanto è lontano il mare?", "quanto dista la stazione?", "how far is the beach?", "¿a qué
# distancia está la playa?", "à quelle distance est la gare ?", "wie weit ist es zum Strand?", "a que distância fica
# a praia?"): "quanto"/"how" here ask a distance, not a price.
_HOW_FAR = re.compile(
    r"\b(?:quanto (?:e|sta|sono|siete) (?:lontan\w*|distante)|quanto dist\w*|how far (?:is|are|away)|"
    r"a (?:que|qual) distancia|a quelle distance|wie weit (?:ist|sind|weg|entfernt)|quao longe|quanto longe)\b"
)


def asks_how_far(folded: str) -> bool:
    return _HOW_FAR.search(folded) is not None


def asks_the_terms_of_cancelling(folded: str) -> bool:
    """The terms asked (see `_TERMS_OF_CANCELLING`), and no cancellation said outside a question ("Infelizmente vamos
    ter de desmarcar a nossa ida ... É possível cancelar sem custos?" cancels)."""
    if _TERMS_OF_CANCELLING.search(folded) is None:
        return False
    asked = [(q.start(), q.end()) for q in QUESTION_SENTENCE.finditer(folded)]
    # ...or asked indirectly, to the end of its sentence ("je voudrais savoir combien de temps avant je peux annuler sans
    # payer. Nous avons réservé pour le mois de juin")
    for cue in _INDIRECT.finditer(folded):
        end = _SENTENCE_END.search(folded, cue.end())
        asked.append((cue.start(), end.start() if end else len(folded)))
    return all(
        any(start <= verb.start() < end for start, end in asked) for verb in _CANCEL_WORD.finditer(folded)
    )


def cancels_outright(folded: str) -> bool:
    """A cancelling verb and no word of a change ("Anulen la reserva 58231 del 2 al 4 de mayo, por favor."): what a
    model unsure between cancelling and changing reads as a cancellation. The booking's own days are no change."""
    return bool(CANCELLING.search(folded)) and not _CHANGES.search(folded)


def other_requests(
    folded: str, *, intent: str, faq_topic: str | None, today: dt.date, lang: str
) -> list[dict[str, Any]]:
    """Requests besides the message's own intent, each as {"intent", "faq_topic", "text", and stay slots
    for a booking}."""
    segments = _segments(folded)
    found: list[dict[str, Any]] = []
    seen: set[tuple[str, str | None]] = {(intent, faq_topic)}
    late = _clause_saying(_LATE_ARRIVAL, segments)
    if late is not None and intent != "complaint" and ("faq", "checkin_checkout_times") not in seen:
        # (a late arrival told in a complaint is what went wrong: "chegou às 22h e os quartos não estavam prontos")
        # one sentence is enough: "room for 2 from the 4th to the 6th, we arrive late around midnight"
        seen.add(("faq", "checkin_checkout_times"))
        found.append({**_LATE_ARRIVAL_QUESTION, "text": late})
    for said, needed in _NEEDS_SAID if intent in _NEEDS_ANSWERED_BESIDE else ():
        if ("faq", needed) not in seen and (clause := _clause_saying(said, segments)) is not None:
            seen.add(("faq", needed))
            found.append({"intent": "faq", "faq_topic": needed, "text": clause})
    if len(segments) < 2:
        return found
    for segment in segments:
        if late is not None and late in segment:
            continue
        if intent == "faq" and _BOOKING_UNDER_PLEASE.search(segment):
            prediction = _BOOKING_BY_NAME
        else:
            prediction = classifier.predict_part(segment)
        if prediction.confidence < SURE:
            continue
        kind, topic = prediction.intent, prediction.faq_topic
        if kind == "faq" and topic and (kind, topic) not in seen:
            if _tells_the_stay(segment, today=today, lang=lang):
                continue
            request: dict[str, Any] = {"intent": kind, "faq_topic": topic}
        elif (
            kind == "complaint"
            and intent not in ("complaint", "handoff_request")
            and _UNHAPPY.search(segment)
        ):
            request = {"intent": kind, "faq_topic": None}
        elif (
            kind in _BOOKING
            and intent in ("booking_cancel", "booking_modify", "booking_status", "faq")
            # (the booking the message is about, told: "... annuler sans payer. Nous avons réservé pour juin")
            and not tells_a_booking_made(segment)
        ):
            dates = stay_dates(segment, today=today, lang=lang)
            guests = party(segment)
            request = {
                "intent": kind,
                "faq_topic": None,
                "check_in": dates.check_in,
                "check_out": dates.check_out,
                "nights": dates.nights,
                "adults": guests.adults,
                "children": guests.children,
                "rooms": guests.rooms,
            }
        elif kind == "booking_cancel" and intent in _BOOKING:
            request = {"intent": kind, "faq_topic": None}
        else:
            continue
        if (kind, topic) in seen or (kind in _BOOKING and seen & {(k, None) for k in _BOOKING}):
            continue
        seen.add((kind, topic))
        request["text"] = segment  # folded: the part of the message this request was read from
        found.append(request)
    return found


def stay_over_unsure_question(folded: str) -> tuple[str, float] | None:
    """ "could we get a quote for eleven people, five rooms, 20-22 May", read as an FAQ question the model
    is unsure of, names a whole stay: when the model's two stay intents together are about as likely, it
    is a request for rooms (its intent and confidence); else None. The caller checks that the message
    states the dates and the party or rooms."""
    from conversations.nlu.stay_intent import stay_intent

    prediction = classifier.predict(folded)
    if prediction.intent != "faq" or prediction.confidence >= SURE:
        return None
    stay = {k: prediction.probabilities.get(k, 0.0) for k in _BOOKING}
    if sum(stay.values()) < _UNSURE_STAY:
        return None
    best = max(stay, key=lambda kind: stay[kind])
    return stay_intent(folded, best, prediction.probabilities), sum(stay.values())


# A question asked indirectly after a booking named ("i'm booked in with you next month and i was wondering is there a
# lift", "tenho uma reserva e gostaria de saber se há estacionamento", "j'ai une résa et je voulais savoir si..."):
# what follows the cue is the question.
_INDIRECT = re.compile(
    r"\b(?:(?:i|we)(?: (?:just )?(?:wanted|want|would like)|'d like) to (?:check|know|ask)(?: if| whether)?|"
    r"(?:i|we) (?:was|were) (?:just )?wondering(?: if| whether)?|"
    r"(?:queria|quisiera|quiero|queriamos|quisieramos) (?:saber|preguntar)(?: si)?|"
    r"(?:gostaria|gostariamos|queria|queriamos|quero) (?:de )?(?:saber|perguntar)(?: se)?|"
    r"(?:je voulais|je voudrais|on voulait|on voudrait|nous voudrions|nous voulions) (?:savoir|demander)(?: si| s')?|"
    r"(?:ich wollte|wir wollten|ich mochte|wir mochten|ich wurde gern|wir wurden gern) (?:fragen|wissen)(?:,? ob)?|"
    r"(?:volevo|vorrei|volevamo|vorremmo) (?:sapere|chiedere)(?: se)?)\b"
)
_INDIRECT_SURE = 0.5
_SENTENCE_END = re.compile(r"[?.!\n]")


def indirect_question(folded: str) -> tuple[str, float] | None:
    """The topic and confidence of an FAQ question asked indirectly ("...and i was wondering is there a lift"), read in
    the words after the cue; None when there is none or it is no FAQ question."""
    cues = list(_INDIRECT.finditer(folded))
    if not cues or not _LETTER.search(folded[cues[-1].end() :]):
        return None
    cue = cues[-1]
    prediction = classifier.predict_part(folded[cue.end() :])
    if prediction.intent == "faq" and prediction.faq_topic and prediction.confidence >= _INDIRECT_SURE:
        return prediction.faq_topic, prediction.confidence
    return None


# How many words may come before a question that opens a message ("Oiga una pregunta, ¿el desayuno a qué hora lo
# ponen?").
_OPENING_WORDS = 6


def question_then_reason(folded: str) -> tuple[str, float] | None:
    """A question about the hotel that opens the message, followed by the reason it is asked and nothing wrong said
    ("Il y a une piscine chez vous ? Les enfants ne parlent que de ça depuis une semaine", "Gibt es einen Aufzug? Seit
    meiner Knieoperation sind Treppen für mich beschwerlich.", "got a desk in the rooms? and usb-c chargers or nah"): the
    question's topic and the model's confidence in it, or None. The reason's negations ("ne parlent que", "can't
    function without a cuppa") are no unhappiness; a word for what is wrong is ("Is there another room? This one
    smells of smoke.")."""
    from conversations.nlu.rules import asks_why_it_fails, reports_a_fault

    question = QUESTION_SENTENCE.search(folded)
    if question is None or len(_TOKEN.findall(folded[: question.start()])) > _OPENING_WORDS:
        return None
    reason = folded[question.end() :]
    if "?" in reason or not _LETTER.search(reason):
        return None
    if names_what_is_wrong(folded) or reports_a_fault(folded) or asks_why_it_fails(folded):
        return None
    asked = question.group()
    prediction = classifier.predict_part(asked)
    if prediction.intent != "faq" or prediction.confidence < STAY_SURE:
        return None
    # the topic the question names, else the one the reason names ("Il CAP è 20121? Devo mettere l'indirizzo
    # dell'hotel nel navigatore": the address), else the question's own reading
    asked_topic = str(prediction.faq_topic)  # (an FAQ reading always has its topic)
    if classifier.names_a_topic(asked):
        return asked_topic, prediction.confidence
    return classifier.named_topic(folded) or asked_topic, prediction.confidence


def question_over_bare_booking(folded: str) -> tuple[str, float] | None:
    """ "booking under Van der Berg please, do you have a crib?": a booking wish with no stay in it and an
    FAQ question; the question's topic and confidence, or None. A booking request or availability
    question with a stay wins over an FAQ question (docs/INTERFACES.md); without one the question is
    answered, and the booking is one of the `other_requests`. The caller checks there is no stay."""
    segments = _segments(folded)
    if len(segments) < 2 or booking_action_request(folded):
        # (a booking cancelled or changed beside the question is what is asked: "possiamo restare anche sabato
        # notte? E a che ora bisogna lasciare la camera?")
        return None
    for segment in segments:
        prediction = classifier.predict_part(segment)
        if (
            prediction.intent == "faq"
            and prediction.faq_topic
            and prediction.confidence >= SURE
            and "?" in segment
        ):
            return prediction.faq_topic, prediction.confidence
    return None
