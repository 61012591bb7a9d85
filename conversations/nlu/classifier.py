"""The intent model: a linear classifier over character and word n-grams of folded text, helped by the text's
sentence embedding where the n-grams are unsure (`linear_model.SentenceLayer`).

One multinomial logistic regression predicts one label per message: an intent, or `faq:<topic>` for
FAQ questions (so the FAQ intent's confidence is the sum over its topics). The artifact
`model/intent_model.npz.gz` (plain arrays, see `linear_model.py`) is built by `make train-nlu`
(conversations/nlu/train.py) and committed; when it is missing or damaged, the model is trained
in-process from the committed data on first use (scikit-learn is needed only then).
"""

from __future__ import annotations

import contextlib
import functools
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import structlog

from conversations.nlu import sentence_encoder
from conversations.nlu.linear_model import NgramLinearModel
from conversations.nlu.text import QUESTION_SENTENCE

log = structlog.get_logger(__name__)

MODEL_PATH = Path(__file__).parent / "model" / "intent_model.npz.gz"
FAQ_PREFIX = "faq:"
_LOCK = threading.Lock()
_MODEL: NgramLinearModel | None = None

# Words that name an FAQ topic outright. The model picks the topic from n-grams and slips on words it saw little
# ("¿hay alberca?" read as check-in times, "aceptan perritos?" as payment, "are dogs allowed?" as accessibility):
# when the topic it chose has none of its words in the message and another topic's words are there, that topic
# is meant. One alternation, a named group per topic, compiled once.
_TOPIC_WORDS = {
    "pets": r"perr[oia]\w*|mascotas?|dogs?|puppy|pets?|cats?|gat[oa]s?|gatinh[oa]s?|gattin[oi]|chiens?|chienne|"
    r"chats|chatons?|hunde?|hundes?|katzen?|haustier\w*|dackel|cani|cane|cagnolin[oi]|gatti|gatto|animal\w*|"
    r"cachorr\w*|labrador|caes|cao",
    "parking": r"parking|park(?:platz|platze|haus|en)\w*|parkieren|garages?|garagem|garaje|cochera|"
    r"estacionamient\w*|estacionamento|estacionar|aparca\w*|parcheggi\w*|stationnement|tiefgarage|valet|"
    # a space for the car ("Il posto auto per disabili", "a car space", "une place de parking", "ein Stellplatz")
    r"posto auto|posti auto|car (?:space|spot)s?|stellplatz\w*|plaza de garaje|vaga de garagem|car ?parks?",
    "wifi": r"wi-?fi|wlan|wireless|internet",
    "breakfast": r"desayun\w*|breakfast|cafe da manha|pequeno[- ]almoco|petit[- ]de(?:j|jeuner)\w*|fruhstuck\w*|"
    r"colazione|"
    # something to eat in the morning ("¿Ustedes dan algo de comer en la mañana?", "Vous servez quelque chose le matin
    # pour manger ?", "anything to eat in the morning?", "qualcosa da mangiare la mattina?")
    r"(?:comer|manger|eat|mangiare|essen|comida)\b[^?.!\n]{0,20}\b(?:en la manana|por la manana|le matin|in the morning|"
    r"la mattina|al mattino|am morgen|morgens|de manha|pela manha)|(?:en la manana|le matin|in the morning|la mattina|"
    r"morgens|de manha)\b[^?.!\n]{0,20}\b(?:comer|manger|eat|mangiare|essen)",
    "amenities": r"pool|piscinas?|piscine|alberca|pileta|gym|gimnasio|academia|fitness\w*|sauna|spa|hammam|"
    r"jacuzzi|idromassaggio|schwimmbad|hallenbad|wellness\w*|minibar|rooftop|aire acondicionado|"
    # a place to work or to dry the boots ("Coworking-Space oder so ne Lounge", "Tröchneruum" = Trockenraum)
    r"coworking\w*|co-working|lounge|business cent(?:er|re)|trockenraum|tro?chneruum|skiraum|schuhtrockner|"
    r"drying room|boot room|ski room|secadero|sechoir|local a skis?|deposito sci|"
    r"ar condicionado|air conditioning|klima\w*|"
    # a cot for the baby ("¿tienen cuna?", "Habt ihr ein Kinderbett?", "un lit parapluie", "vocês têm berço?")
    r"cunas?|cots?|cribs?|berco|kinderbett\w*|babybett\w*|reisebett\w*|lit (?:bebe|parapluie)|culla|lettino",
    "accessibility": r"wheelchairs?|silla de ruedas|rollstuhl\w*|barrierefrei\w*|fauteuil|cadeirante|"
    r"cadeira de rodas|disabil\w*|disabled|accessib\w*|acessib\w*|gehbehindert\w*|ebenerdig\w*|"
    r"minusvalid\w*|movilidad reducida|mobilite reduite|mobilita ridotta",
    "airport_transfer": r"(?<!bank )transfers?|shutt?le|shuttel|navette|navetta|traslados?|airport pick-?ups?|pick-?ups? from the airport",
    "payment_methods": r"pix|amex|american express|visa|mastercard|tarjetas?|cartao|kreditkarte\w*|bancomat|satispay|"
    r"twint|pay|paying|payer|pagar|pagare|pagamento|paiement|zahlen|bezahlen|bank transfers?|virement|uberweisung|bonifico|efectivo|cash|bargeld|multibanco|cheques?-vacances|dolares|dollars?|paypal|bizum|transferencia bancaria",
    "checkin_checkout_times": r"check-?ins?|check-?outs?|checkin|checkout|einchecken|auschecken|late arrival|"
    # the desk's hours ("on arrive de la Gare du Nord vers 21h, la réception est ouverte ?")
    r"(?:reception|recepcion|rezeption|recepcao|rececao)\b[^?.!\n]{0,25}\b(?:ouvert\w*|open\w*|offen|geoffnet|"
    r"abiert\w*|apert\w*|abert\w*|24 ?h\w*)",
    "cancellation_policy": r"cancel\w*|anula\w*|annul\w*|storn\w*|disdir\w*|disdett\w*|penal\w*|multa|"
    r"refundable|reembolsable|reembolsavel|rimborsabile|remboursable",
    "location_directions": r"metro|estacion|station|bahnhof|stazione|gare|direccion|adresse|address|indirizzo|"
    r"endereco|lejos|far from|loin|on foot|a pie|zu fuss|a piedi|a pe|"
    # how far ("How far is the airport?", "¿a qué distancia está?", "quanto dista?", "wie weit ist es?")
    r"how far|distancia|distance|dista|distante|wie weit|entfernt|lontano|longe|"
    # how far, said with "a cuánto" and where from ("¿A cuánto estáis del aeropuerto?", "¿a cuánto queda de la playa?";
    # "¿a cuánto está la doble?" is a price)
    r"a cuanto (?:esta|estan|estais|estas|queda|quedan|queda el hotel) (?:del|de la|de los|de las|de)",
}
# Words the model reads better without ("vous avez-tu un stationnement?", Québec's question "-tu"; "kannst du mir
# bitte sagen, ob es ein Fitnessstudio gibt": a question wrapped in a request to tell): the question under them.
_QUEBEC_TU = re.compile(r"\b(avez|est|a|as|sont|ont|fait|va|vont|faut|acceptez|acceptes|prenez|marche)-tu\b")
_TELL_ME_IF = re.compile(
    r"\b(?:(?:kannst du|konnen sie|konnt ihr|konntest du|konnten sie)(?: mir| uns)?(?: bitte)? sagen,? ob|"
    r"(?:can|could) (?:you|u) (?:please |pls )?tell (?:me|us),? (?:if|whether)|"
    r"(?:me|nos) (?:puedes|puede|pueden|podrias|podria|podrian) decir si|"
    r"(?:pode|podem|poderia|poderiam|sabe|sabem)(?: me| nos)? dizer se|"
    r"(?:pouvez|pourriez|peux|pourrais)(?:-vous|-tu| vous| tu)? (?:me|nous) dire si|"
    r"(?:mi|ci) (?:sai|sapete|sapreste|puoi|potete|potreste) dire se|(?:potete|potreste|puoi) dirmi se)\s*"
)
_TOPIC_WORD = re.compile(
    r"\b(?:" + "|".join(f"(?P<{topic}>{words})" for topic, words in _TOPIC_WORDS.items()) + r")\b"
)


# A parking space of the kind kept for disabled drivers ("posto auto per disabili", "disabled parking space", "plaza de
# aparcamiento para minusválidos", "Behindertenparkplatz", "place handicapé").
_DISABLED_PARKING = re.compile(
    r"\b(?:(?:posto auto|posti auto|parcheggi\w*|parking|plazas? de aparcamiento|aparcamiento|estacionamento|vagas?|"
    r"places? de parking|places?|stellpl\w*|parkpl\w*)\b[^?.!\n]{0,20}\b(?:disabil\w*|disabled|minusvalid\w*|"
    r"handicap\w*|deficient\w*|pmr|behindert\w*)|(?:disabled|accessible|handicapped|blue badge) (?:parking|car)|"
    r"behindertenparkpl\w*)"
)


@dataclass(frozen=True)
class Prediction:
    intent: str
    confidence: float
    faq_topic: str | None
    probabilities: dict[str, float]


def _load() -> NgramLinearModel:
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                _MODEL = _read_or_train()
    return _MODEL


def _read_or_train() -> NgramLinearModel:
    try:
        return NgramLinearModel.load(MODEL_PATH)
    except (OSError, ValueError, KeyError) as exc:  # missing or damaged artifact: rebuild it from the data
        log.warning("nlu.model_rebuilt", reason=type(exc).__name__)
        from conversations.nlu.train import fit_model, training_examples

        return fit_model(*training_examples())


def warm_up() -> None:
    if _load().sentence is not None:
        sentence_encoder.warm_up()


@contextlib.contextmanager
def model_in_use(model: NgramLinearModel) -> Iterator[None]:
    """Read messages with another model for a while: the evaluation's cross-fitted models of the first set."""
    global _MODEL
    with _LOCK:
        before, _MODEL = _MODEL, model
        _probabilities.cache_clear()
    try:
        yield
    finally:
        with _LOCK:
            _MODEL = before
            _probabilities.cache_clear()


@functools.lru_cache(maxsize=256)
def _probabilities(folded: str, *, whole: bool = True) -> dict[str, float]:
    # One message's text is scored more than once (the whole message by several rules, then its FAQ
    # topic); the model never changes in a process, so the answer is kept. Callers only read it.
    if "-tu" in folded:
        folded = _QUEBEC_TU.sub(r"\1", folded)
    return _load().probabilities(_TELL_ME_IF.sub("", folded), with_sentence=whole)


def is_known_word(folded_word: str) -> bool:
    """A word of the training sentences ("gracias", "perfecto"), as opposed to a code typed alone ("xkqptraey")."""
    return _load().knows_word(folded_word)


def predict(folded: str) -> Prediction:
    """Intent, FAQ topic and confidence for folded text."""
    return _prediction(folded, _probabilities(folded))


def predict_part(folded: str) -> Prediction:
    """`predict` for one part of a message (a sentence of several, the question after "I'd like to know"). The
    sentence embedding helps only a question that names a topic by its own words ("Fallen dafür Stornogebühren
    an?"); any other part is read by its n-grams alone. On every part the embedding mostly heard requests nobody
    made ("booking under please" a booking, "my email is ..." a booking, "what exactly does it cover?" directions),
    and it was most of what a message cost (conversations/nlu/data/README.md, eighteenth session)."""
    return _prediction(folded, _probabilities(folded, whole="?" in folded and names_a_topic(folded)))


def _prediction(folded: str, by_label: dict[str, float]) -> Prediction:
    intents: dict[str, float] = {}
    for label, p in by_label.items():
        intent = "faq" if label.startswith(FAQ_PREFIX) else label
        intents[intent] = intents.get(intent, 0.0) + p
    intent = max(intents, key=lambda name: intents[name])
    topic = _topic(folded, by_label) if intent == "faq" else None
    return Prediction(intent=intent, confidence=intents[intent], faq_topic=topic, probabilities=intents)


def faq_topic_for(folded: str) -> str:
    """The most likely FAQ topic, for messages whose intent a rule already decided is `faq`."""
    return _topic(folded, _probabilities(folded))


# Paying said by its verb alone ("is the wifi free or do I have to pay for it", "le petit-déjeuner est-il inclus ou
# faut-il le payer en plus ?", "Is the car park free for guests or do we pay by the day?"): the thing named beside it
# is the topic, not the ways to pay.
_PAY_VERB = frozenset(
    {"pay", "paying", "payer", "pagar", "pagare", "pagamento", "paiement", "zahlen", "bezahlen"}
)


def _named_topics(folded: str) -> set[str]:
    """The topics the message names by their own words, paying by its verb alone left out beside another."""
    matches = list(_TOPIC_WORD.finditer(folded))
    named = {str(m.lastgroup) for m in matches}
    if (
        "payment_methods" in named
        and len(named) > 1
        and all(m.group(0) in _PAY_VERB for m in matches if m.lastgroup == "payment_methods")
    ):
        named.discard("payment_methods")
    return named


def names_a_topic(folded: str) -> bool:
    """Whether the text names an FAQ topic by its own words ("têm berço?", "ist der Parkplatz kostenlos?")."""
    return _TOPIC_WORD.search(folded) is not None


def named_topic(folded: str) -> str | None:
    """The FAQ topic the message names by its own words (the model's likeliest among several), or None."""
    named = _named_topics(folded)
    if not named:
        return None
    if "parking" in named and _DISABLED_PARKING.search(folded):
        return "parking"
    by_label = _probabilities(folded)
    return max(named, key=lambda topic: by_label.get(FAQ_PREFIX + str(topic), 0.0))


# Several questions are each a QUESTION_SENTENCE, or listed after a colon in one sentence, a comma (and "and")
# between them ("trois questions : à quelle heure est le check-out, est-ce qu'il y a une consigne, et le parking
# est-il payant ?").
_LISTED = re.compile(r":\s*(?P<questions>[^:]*,[^:]*)$")
_LIST_SEPARATOR = re.compile(r"\s*[,;]\s*(?:(?:and|y|e|et|und|ed|or|o|ou|oder)\s+)?")
_QUESTION_OPENING = (
    r"(?:how|what|which|where|when|do|does|is|are|can|could|will|como|cuanto|cuanta|donde|cual|"
    r"cuando|que|hay|tienen|teneis|haceis|hacen|se puede|puedo|podemos|quanto|quanta|onde|quando|tem|ha|voces|posso|podemos|comment|"
    r"combien|ou|quand|est-ce|y a-t-il|avez|peut-on|peut|puis-je|faites|wie|wo|wann|was|gibt|habt|haben|ist|kann|"
    r"konnen|darf|durfen|come|dove|quando|c'e|avete|si puo|fate|posso|possiamo|"
    # which one and until when ("e até q horas é o checkout", "qual o horário", "and until what time", "y hasta qué hora",
    # "et jusqu'à quelle heure", "und bis wann", "e fino a che ora")
    r"qual|quais|quel|quelle|quels|quelles|welche|welcher|welches|quale|quali|ate|hasta|until|jusqu'a|bis|fino|"
    # ...or asked indirectly, after "I want to know how far ..." ("and if you have a transfer", "y si tienen", "e se têm",
    # "et si vous avez", "und ob Sie", "e se avete")
    r"if|whether|si|se|ob|s'il|s'ils)\b"
)
_JOINED = re.compile(rf",?\s+(?:and|y|e|et|und|ed)\s+(?={_QUESTION_OPENING})")
# A second question after the last question mark, joined by "and" and left without its own mark ("do you have parking?
# and is breakfast included", "¿tienen parking? y cuánto cuesta el desayuno").
_TRAILING_QUESTION = re.compile(rf"^\s*(?:and|y|e|et|und|ed)\s+{_QUESTION_OPENING}[^?]*$")
# Questions asked indirectly, with no question mark ("I want to know how far is the hotel of the airport and if you have
# a service of transfer", "je voudrais savoir ... et si vous avez une navette"): the sentence that says so.
_ASKED_INDIRECTLY = re.compile(
    r"[^?.!\n]*\b(?:know|wondering|saber|preguntar|perguntar|savoir|demander|wissen|fragen|sapere|chiedere)\b[^?.!\n]*"
)
# How sure the model must be that a question of several is about the hotel for its topic to be the message's.
_SURE_QUESTION = 0.6


def _first_question_topic(folded: str) -> str | None:
    """The topic of the first of several questions about the hotel ("Gibt es einen Pool? Und ist der Parkplatz
    kostenlos?": amenities): the message takes it and the others are answered alongside (docs/INTERFACES.md), however
    the model weighs the whole. None with fewer than two questions or one that is not about the hotel."""
    questions = [q.strip() for q in QUESTION_SENTENCE.findall(folded)]
    if not questions and (asked := _ASKED_INDIRECTLY.search(folded)):
        questions = [asked[0].strip()]
    tail = folded[folded.rfind("?") + 1 :] if "?" in folded else ""
    if _TRAILING_QUESTION.match(tail):
        questions.append(tail.strip())
    if len(questions) == 1 and (listed := _LISTED.search(questions[0])):
        # "three quick ones: do you have a gym, is breakfast included, and can we bring our dog?": one sentence
        questions = [q.strip() for q in _LIST_SEPARATOR.split(listed["questions"]) if len(q.split()) >= 3]
    if len(questions) == 1:
        # two questions joined by "and" ("Habt ihr eine Sauna und wie weit ist es zum Bahnhof?", "How far is the
        # airport, and do you do pick-ups?"): the second opens with a question word of its own
        questions = [q.strip() for q in _JOINED.split(questions[0]) if len(q.split()) >= 2]
    if len(questions) < 2:
        return None
    readings = [_probabilities(question) for question in questions]
    if any(
        sum(p for label, p in by_label.items() if label.startswith(FAQ_PREFIX)) < _SURE_QUESTION
        for by_label in readings
    ):
        # a question that is no question about the hotel ("¿Es verdad? ¿Hay que pagarlo aparte?" after the spa is
        # named): the whole message says what it is about
        return None
    return _topic(questions[0], readings[0])


def _topic(folded: str, by_label: dict[str, float]) -> str:
    """The model's most likely topic, unless it names none of its words and another topic's words are there; of
    several questions, the first one's."""
    first = _first_question_topic(folded)
    if first is not None:
        return first
    pairs = [(lbl.removeprefix(FAQ_PREFIX), p) for lbl, p in by_label.items() if lbl.startswith(FAQ_PREFIX)]
    best = max(pairs, key=lambda pair: pair[1])[0]
    named = _named_topics(folded)
    if best == "accessibility" and "parking" in named and _DISABLED_PARKING.search(folded):
        # a parking space for disabled drivers ("Il posto auto per disabili è vicino all'ingresso?") is a question
        # about parking, the disability its kind
        return "parking"
    if not named or best in named:
        return best
    return max((pair for pair in pairs if pair[0] in named), key=lambda pair: pair[1])[0]
