"""Answers about the hotel, only from its facts (managers edit them in the admin).

One entry point: `answer_questions(text, hotel=..., language=...)` finds, for each question in a
guest's message, the hotel's fact that answers it (in any of the six languages) and returns the
fact's own text in the guest's language, or says which questions no fact answers. `answer(turn)`
puts that into a turn: the facts in one message, and a handoff to reception (`unknown_question`)
for a question nobody wrote a fact for, or one the guest asks again after being told.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from django.db.models import Count, Max

from conversations.engine.cancellation_terms import booking_terms_sentence
from conversations.engine.choice import named_indexes
from conversations.engine.fact_search import FactDocument, FactIndex, Match, Question, terms_of
from conversations.engine.pms_gateway import OfferView
from conversations.engine.policies import LOW_CONFIDENCE
from conversations.engine.stay_corrections import names_no_month
from conversations.engine.turn import Turn
from conversations.engine.types import HandoffReason
from conversations.incoming import OutgoingReply
from conversations.models import Fact, FactText
from hotel_agent.hotels.models import Hotel

FALLBACK_LANGUAGE = "en"
# Share of the question's weighted words (subjects count most) a fact must contain to answer it;
# measured on the demo hotel's questions (tests/knowledge): right facts score ≥ 0.6, strays < 0.45.
CONFIDENCE_THRESHOLD = 0.42
# A question naming no hotel subject the table knows ("campo de ténis") matches on plain words only:
# it needs more of them.
CONFIDENCE_WITHOUT_SUBJECT = 0.6
FACTS_REMEMBERED = 30  # facts told per conversation, to notice a question asked again
ARRIVAL_TOPIC = "checkin_checkout_times"  # arrival, departure, late arrival, luggage: said with a stay
FOLLOW_UP_WORDS = 3  # a question of at most this many content words may ask about the fact just told
_ASKED_SENTENCE = re.compile(r"[^?.!\n]*\?")  # a sentence ending in a question mark
_UNMARKED_SENTENCE = re.compile(r"[^?.!;\n]+(?=[.!;\n]|$)")  # a sentence ending in no question mark
# Words that ask, in the six languages: a part of a stay request holding one asks a question even with no
# question mark ("... para dos y cuanto cuesta el parking gracias"). Not the words that also join
# clauses ("que", "como", "cuando", "quando"): "una doble que tenga parking" asks for a room.
_QUESTION_WORDS = {
    "es": r"qu[ée] hora|cu[áa]nt[oa]s?|cu[áa]l(?:es)?|d[óo]nde|c[óo]mo se|cu[áa]ndo|hay|ten[ée]is|tienen|se puede",
    "en": r"how much|how many|how|what|when|where|which|is there|are there|do you|can we|can i|is it",
    "pt": r"quanto|quanta|quantos?|onde|a que horas|qual|tem|t[êe]m|h[áa]|d[áa] para|pode|podemos",
    "fr": r"combien|quand|o[ùu]|comment|quel(?:le)?s?|est-ce|y a-t-il|avez-vous|peut-on",
    "de": r"wie viel|wieviel|wie|wann|wo|was|welche[rs]?|gibt es|habt ihr|haben sie|kann man|darf",
    "it": r"quanto|quanta|dove|come|quale|c'[èe]|ci sono|avete|si pu[òo]|posso|possiamo",
}
_QUESTION_WORD = {
    language: re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
    for language, words in _QUESTION_WORDS.items()
}
_CLAUSE_BREAK = re.compile(r",|\s+(?=(?:y|e|and|und|et|ed|also|plus)\s)", re.IGNORECASE)
# Rooms asked for in a clause of their own ("dal 7 al 9 marzo, avete camere?"): the stay, no subject.
_A_ROOM = re.compile(
    r"(?<!\w)(?:camer[ae]|habitaci[oó]n(?:es)?|rooms?|chambres?|zimmer|quartos?|vagas?)(?!\w)",
    re.IGNORECASE,
)
_AMOUNT = re.compile(r"\d\s?(?:€|\$|£|eur\b|euros?\b)|[€$£]\s?\d", re.IGNORECASE)


@dataclass(frozen=True)
class FactAnswer:
    """A fact that answers one question of the message: its text, word for word."""

    fact_id: int
    fact_key: str
    topic: str
    text: str
    language: str  # the language of `text`
    other_language: bool  # no text in the guest's language: the agent says so
    confidence: float
    question: str  # the part of the guest's message it answers


@dataclass(frozen=True)
class UnknownQuestion:
    text: str
    names_subject: bool  # speaks of something hotels have ("laundry"), not just any words


@dataclass(frozen=True)
class Candidate:
    fact_id: int
    fact_key: str
    confidence: float


@dataclass(frozen=True)
class KnowledgeReply:
    answers: tuple[FactAnswer, ...] = ()
    unknown: tuple[UnknownQuestion, ...] = ()
    candidates: tuple[Candidate, ...] = ()  # the nearest facts, for the admin's preview


def answer_questions(
    text: str, *, hotel: Hotel, language: str, topic_hint: str | None = None
) -> KnowledgeReply:
    """The hotel's facts that answer the questions in `text`, one per question, in message order.

    `language` is the guest's: each answer is the fact's text in it, else in the hotel's language,
    else English, else any (then `other_language` is set). `topic_hint` (the understanding's FAQ
    topic) only helps rank; a fact is found by its words. A question whose best fact scores below
    `CONFIDENCE_THRESHOLD`, names a subject no fact mentions, or is not about its subjects, comes back in
    `unknown` (asked questions only: "hola" is neither answered nor unknown). Several questions about
    one fact give one answer. Reads the database (the hotel's facts, cached per process until they
    change); no network.
    """
    index = hotel_fact_index(hotel=hotel)
    answers: list[FactAnswer] = []
    unknown: list[UnknownQuestion] = []
    candidates: list[Candidate] = []
    previous: Question | None = None
    for question in index.split(text, language=language):
        if previous is not None and previous.subjects and question.asked and not question.subjects:
            # "do you have parking? how much per day?": a question naming nothing asks about the subject of the
            # question before it in the same message (not about whatever fact costs something per day).
            question = _with_subjects(question, previous.subjects)
        previous = question
        matches = index.search(question, topic_hint=topic_hint)
        candidates.extend(
            Candidate(fact_id=m.fact_id, fact_key=index.documents[m.fact_id].key, confidence=m.confidence)
            for m in matches
        )
        best = fact_for(index, question, matches)
        if best is not None:
            if all(found.fact_id != best.fact_id for found in answers):
                answers.append(
                    _in_language(
                        index.documents[best.fact_id], hotel, language, best.confidence, question.text
                    )
                )
        elif question.asked and not (question.booking_talk and not question.subjects):
            unknown.append(UnknownQuestion(text=question.text, names_subject=bool(question.subjects)))
    return KnowledgeReply(answers=tuple(answers), unknown=tuple(unknown), candidates=tuple(candidates))


def _with_subjects(question: Question, subjects: frozenset[str]) -> Question:
    return replace(question, terms=question.terms + Counter(dict.fromkeys(subjects, 1)), subjects=subjects)


def fact_for(index: FactIndex, question: Question, matches: list[Match]) -> Match | None:
    """The best match that answers the question: confident enough and about one of the question's
    subjects; none when the question names a subject no fact of the hotel speaks of."""
    needed = CONFIDENCE_THRESHOLD if question.subjects else CONFIDENCE_WITHOUT_SUBJECT
    if not all(index.known_subject(subject) for subject in question.subjects):
        return None
    # The best ranked fact that is about the question (a room's fact mentions a cot in passing).
    return next(
        (m for m in matches if m.confidence >= needed and index.is_about(m.fact_id, question.subjects)),
        None,
    )


def _in_language(
    doc: FactDocument, hotel: Hotel, language: str, confidence: float, question: str
) -> FactAnswer:
    for candidate in (language, hotel.default_language, FALLBACK_LANGUAGE, *sorted(doc.texts)):
        if candidate in doc.texts:
            return FactAnswer(
                fact_id=doc.fact_id,
                fact_key=doc.key,
                topic=doc.topic,
                text=doc.texts[candidate][1],
                language=candidate,
                other_language=candidate != language,
                confidence=confidence,
                question=question,
            )
    raise ValueError(f"fact {doc.fact_id} has no text")  # the index holds only facts with a text


# --- the index of a hotel's facts, rebuilt when they change ---------------------------------------
_indexes: dict[int, tuple[tuple[object, ...], FactIndex]] = {}
_lock = threading.Lock()


def _stamp(hotel: Hotel) -> tuple[object, ...]:
    facts = Fact.objects.filter(hotel=hotel).aggregate(n=Count("pk"), at=Max("updated_at"))
    texts = FactText.objects.filter(fact__hotel=hotel).aggregate(n=Count("pk"), at=Max("updated_at"))
    return (facts["n"], facts["at"], texts["n"], texts["at"])


def hotel_fact_index(*, hotel: Hotel) -> FactIndex:
    """The search index of the hotel's active facts (built once per change of its facts)."""
    stamp = _stamp(hotel)
    cached = _indexes.get(hotel.pk)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    texts: dict[int, dict[str, tuple[tuple[str, ...], str]]] = {}
    for row in FactText.objects.filter(fact__hotel=hotel, fact__active=True).exclude(answer=""):
        texts.setdefault(row.fact_id, {})[row.language] = (tuple(row.phrasing_list()), row.answer.strip())
    documents = [
        FactDocument(fact_id=fact.pk, key=fact.key, topic=fact.topic, texts=texts[fact.pk])
        for fact in Fact.objects.filter(hotel=hotel, active=True, pk__in=texts.keys())
    ]
    index = FactIndex(documents)
    with _lock:
        _indexes[hotel.pk] = (stamp, index)
    return index


# --- in a turn ------------------------------------------------------------------------------------
def answer(
    turn: Turn, *, text: str | None = None, topic: str | None = None, hand_off_unknown: bool = True
) -> bool:
    """Answer the questions of the guest's message (or of `text`, a part of it) from the facts.

    `topic` (an FAQ topic the understanding read for this part) only helps rank, like the turn's own.
    With `hand_off_unknown=False` only found facts count (a caller with another reading of the
    message: a room asked about may also be a room asked for).

    The facts found go in one message (each in the guest's language, or said to be from another);
    a question no fact answers, or a fact the guest was already told this conversation (asking again
    means the answer did not help), goes to reception with reason `unknown_question`. Returns False,
    changing nothing, when the message asks about nothing the facts or the hotel's subjects cover
    and the understanding did not call it a question about the hotel (the caller goes on).
    """
    u = turn.understanding
    if text is None and _follow_up_answered(turn):
        return True
    fresh, left = _facts_and_left(
        turn,
        text if text is not None else (turn.message.text or ""),
        topic=topic or u.faq_topic,
        hand_off_unknown=hand_off_unknown,
        about_hotel=u.intent == "faq" and u.confidence >= LOW_CONFIDENCE,
    )
    if not (fresh or left.unknown or left.again):
        return False
    if fresh:
        _tell(turn, fresh)
    hand_off_unanswered(turn, left)
    return True


@dataclass(frozen=True)
class Unanswered:
    """Questions of a message reception answers: no fact for them, or a fact told before (`again`)."""

    unknown: tuple[str, ...] = ()
    again: tuple[str, ...] = ()


def answer_listed(turn: Turn, *, text: str, topic: str | None) -> Unanswered:
    """A question the understanding listed beside the message's own request ("Room for 2 from March
    20 to 23. Also, do you have a laundry service?"): its facts are told now; what no fact answers is
    returned, for reception once the request is taken care of (a stay asked for still gets its offers)."""
    fresh, left = _facts_and_left(turn, text, topic=topic, hand_off_unknown=True, about_hotel=True)
    if fresh:
        _tell(turn, fresh)
    return left


def hand_off_unanswered(turn: Turn, left: Unanswered) -> None:
    """Reception takes the questions no fact answers, the guest is told a colleague will answer."""
    if not (left.unknown or left.again):
        return
    turn.hand_off(
        HandoffReason.UNKNOWN_QUESTION,
        summary="; ".join(left.unknown + left.again)[:300],
        intro_key="handoff_intro_repeated_question" if left.again and not left.unknown else None,
    )


def _facts_and_left(
    turn: Turn, text: str, *, topic: str | None, hand_off_unknown: bool, about_hotel: bool
) -> tuple[list[FactAnswer], Unanswered]:
    """The facts not told yet that answer `text`, and its questions for reception (none unless
    `hand_off_unknown`; a question naming no hotel subject only when it is `about_hotel`)."""
    reply = answer_questions(text, hotel=turn.hotel, language=turn.language, topic_hint=topic)
    told = list(turn.frame.facts_told)
    # "was kostet der Parkplatz?" after "habt ihr Parkplätze?" was answered with a fact giving its price:
    # the price asked for the first time is told again (the same fact), no sign the answer did not help.
    fresh = [found for found in reply.answers if found.fact_id not in told or _price_asked_first(turn, found)]
    if not hand_off_unknown:
        return fresh, Unanswered()
    return fresh, Unanswered(
        unknown=tuple(q.text for q in reply.unknown if q.names_subject or about_hotel),
        again=tuple(found.question for found in reply.answers if found not in fresh),
    )


def _asks_price(turn: Turn, found: FactAnswer) -> bool:
    question = hotel_fact_index(hotel=turn.hotel).question(found.question, language=turn.language)
    return "a:price" in question.terms


def _price_asked_first(turn: Turn, found: FactAnswer) -> bool:
    """A fact told before, now asked its price, which its text gives and no question before asked."""
    return (
        found.fact_id not in turn.frame.facts_priced
        and bool(_AMOUNT.search(found.text))
        and _asks_price(turn, found)
    )


def answer_beside_stay(turn: Turn) -> bool:
    """Questions a stay request carries that the understanding did not list, answered from the facts
    beside the offers: the arrival or departure it speaks of ("nous arrivons tard vers minuit le 15
    janvier pour 2 nuits, c'est possible ?"), and a sentence of its own asking about a subject ("una
    camera per 2 dal 3 al 6 giugno. È possibile fumare in camera?"). Not the stay's own sentences: their
    words name stray subjects across languages ("March" is the French "marches", stairs)."""
    text = turn.message.text or ""
    found = [
        answer
        for answer in answer_questions(
            text, hotel=turn.hotel, language=turn.language, topic_hint=ARRIVAL_TOPIC
        ).answers
        if answer.topic == ARRIVAL_TOPIC
    ]
    index = hotel_fact_index(hotel=turn.hotel)
    for asked in [
        *(_asked_clause(sentence) for sentence in _ASKED_SENTENCE.findall(text)),
        *_unmarked_questions(text, turn.language),
    ]:
        # A sentence that also speaks of the room asks about a subject in a clause of its own ("Could
        # you tell me the price per night for a double room, and whether parking is available?").
        # ("available" is booking talk in the clause too; the room's own words are in another clause)
        for n, part in enumerate([asked, *_CLAUSE_BREAK.split(asked)[1:]]):
            question = index.question(part, language=turn.language)
            if n and _A_ROOM.search(part):
                continue
            if question.subjects and not (question.booking_talk and n == 0) and not _names_a_day(part):
                found.extend(answer_questions(part, hotel=turn.hotel, language=turn.language).answers)
                break
    told = set(turn.frame.facts_told)
    fresh = list(
        {
            answer.fact_id: answer
            for answer in found
            # (nor one this turn told already, listed beside the stay: "..., arriving around 11pm")
            if answer.fact_id not in told and answer.text not in turn.facts
        }.values()
    )
    if not fresh:
        return False
    _tell(turn, fresh)
    return True


def has_question_word(text: str, *, language: str) -> bool:
    """A word that asks in the guest's language ("cuanto", "combien", "wie viel"): no name is typed so."""
    asking = _QUESTION_WORD.get(language)
    return asking is not None and asking.search(text) is not None


def _asked_clause(sentence: str) -> str:
    """The part of a sentence ending in a question mark that asks: the whole sentence, or its last
    clause when the stay's dates come before it in the same sentence ("..., del 5 al 9 de febrero,
    tienen algo con jacuzzi?")."""
    if not _names_a_day(sentence):
        return sentence
    last = _CLAUSE_BREAK.split(sentence)[-1]
    if not last.strip(" ?") or _names_a_day(last) or _A_ROOM.search(last):
        return sentence  # "..., avete camere?" asks for the stay itself (its words name stray subjects)
    return last


def _unmarked_questions(text: str, language: str) -> list[str]:
    """The parts of sentences with no question mark that ask with a question word of the guest's
    language: "and how much is parking thanks", "et c'est combien le parking merci" after the stay's own
    words (the English "was" or "come" asks nothing)."""
    asking = _QUESTION_WORD.get(language)
    if asking is None:
        return []
    return [
        clause.strip()
        for sentence in _UNMARKED_SENTENCE.findall(text)
        for clause in _CLAUSE_BREAK.split(sentence)
        if asking.search(clause)
    ]


def _names_a_day(sentence: str) -> bool:
    return any(char.isdigit() for char in sentence) or not names_no_month(sentence)


def asks_a_price_only(turn: Turn) -> bool:
    """ "quanto fica?", "how much?": a short question of a price that names nothing it is the price of."""
    # "how much per night?" is a price too; a price word asks even with no question mark ("c quoi le
    # prix par nuit", "cuanto sale")
    question = _short_question(turn, booking_talk=True, price_asks=True)
    return question is not None and "a:price" in question.terms


def asks_a_price(turn: Turn) -> bool:
    """ "how much is the double?": the message is one question, of a price, about no hotel subject
    (a room named is no subject of the facts)."""
    questions = hotel_fact_index(hotel=turn.hotel).split(turn.message.text or "", language=turn.language)
    return (
        len(questions) == 1
        and questions[0].asked
        and "a:price" in questions[0].terms
        and not questions[0].subjects
    )


def asks_a_price_anywhere(turn: Turn) -> bool:
    """A price asked in any part of the message ("how much per night for a double from Feb 20 to 22?")."""
    questions = hotel_fact_index(hotel=turn.hotel).split(turn.message.text or "", language=turn.language)
    return any("a:price" in question.terms for question in questions)


def names_a_price(turn: Turn) -> bool:
    """ "cuanto sale por noche la doble", "was kostet das Doppelzimmer pro Nacht": one part, naming a
    price and no hotel subject, question mark or not (a price word asks even unmarked)."""
    questions = hotel_fact_index(hotel=turn.hotel).split(turn.message.text or "", language=turn.language)
    return len(questions) == 1 and "a:price" in questions[0].terms and not questions[0].subjects


def _without_contact_details(turn: Turn) -> str:
    """The message without the name and e-mail it gives: "Ana Costa", "ana.costa@gmail.com" ask no "quanto
    costa?"."""
    text = turn.message.text or ""
    for given in (turn.understanding.email, turn.understanding.guest_name):
        if given:
            text = re.sub(re.escape(given), " ", text, flags=re.IGNORECASE)
    return text


def _short_question(turn: Turn, *, booking_talk: bool = False, price_asks: bool = False) -> Question | None:
    """The message's one question when it is short and names no subject, nor a booking unless
    `booking_talk` ("how much?", "and on Sundays?"): about what was just discussed, which its words
    alone don't say."""
    questions = hotel_fact_index(hotel=turn.hotel).split(
        _without_contact_details(turn), language=turn.language
    )
    if len(questions) != 1:
        return None
    question = questions[0]
    stems = sum(1 for term in question.terms if term.startswith("s:"))
    asked = question.asked or (price_asks and "a:price" in question.terms)
    if not asked or question.subjects or stems > FOLLOW_UP_WORDS:
        return None
    if question.booking_talk and not booking_talk:
        return None
    return question


def _fact_told_before(turn: Turn) -> FactDocument | None:
    """The one fact told in the guest's previous turn, if any."""
    return hotel_fact_index(hotel=turn.hotel).documents.get(turn.fact_before) if turn.fact_before else None


def fact_before_names_a_price(turn: Turn) -> bool:
    """Whether the fact told in the guest's previous turn gives an amount ("parking, 15 € por noche"), so a
    short price question may be about it."""
    document = _fact_told_before(turn)
    return document is not None and bool(
        _AMOUNT.search(_in_language(document, turn.hotel, turn.language, 1.0, "").text)
    )


def _follow_up_answered(turn: Turn) -> bool:
    """ "quanto costa?" right after the airport transfer's fact: a short question naming no subject
    asks about the fact just told, whose text is all the hotel's facts say of it ("how much per
    night?" after the parking's too). A price asked of a fact that names none goes to reception."""
    document = _fact_told_before(turn)
    question = _short_question(turn, booking_talk=True) if document is not None else None
    if document is None or question is None or (question.booking_talk and "a:price" not in question.terms):
        return False
    if "a:price" not in question.terms:
        document = _nearer_fact(question, document, index=hotel_fact_index(hotel=turn.hotel))
    found = _in_language(document, turn.hotel, turn.language, 1.0, question.text)
    if "a:price" in question.terms and not _AMOUNT.search(found.text):
        turn.hand_off(HandoffReason.UNKNOWN_QUESTION, summary=f"{document.key}: {question.text}"[:300])
        return True
    _tell(turn, [found])
    return True


def _nearer_fact(question: Question, told: FactDocument, *, index: FactIndex) -> FactDocument:
    """ "y si nos queremos quedar hasta las 3?" after the check-out time: the short question is about
    the subjects of the fact just told, and a fact of those subjects its words fit better than the one
    told (the late check-out) answers it; else the fact told is all the hotel says of it."""
    subjects = frozenset(concept for concept in index.about[told.fact_id] if concept.startswith("c:"))
    asked = _with_subjects(question, subjects)
    matches = index.search(asked, limit=5)
    fit = next((m.confidence for m in matches if m.fact_id == told.fact_id), 0.0)
    best = fact_for(index, asked, [m for m in matches if m.confidence > fit])
    return index.documents[best.fact_id] if best is not None else told


def _tell(turn: Turn, found: list[FactAnswer]) -> None:
    """The facts in one message, each in the guest's language or said to be from another."""
    turn.progress = True
    turn.facts.extend(answer.text for answer in found)
    said = [
        turn.phrases.say("faq_other_language" if answer.other_language else "faq_answer", answer=answer.text)
        for answer in found
    ]
    if any(answer.topic == "cancellation_policy" for answer in found) and (
        own := booking_terms_sentence(turn)
    ):
        # a guest with a booking asking how cancelling works wants their own deadline, not only the rule
        turn.facts.append(own)
        said.append(own)
    turn.add(OutgoingReply(text="\n\n".join(said)))
    # Only a fact told to a question counts as an answer that, asked again, did not help: one told beside
    # what the guest said ("somos 2 y un bebe": the cot) is asked for the first time later ("tienen cuna?").
    asked = [answer.fact_id for answer in found if _was_asked(turn, answer.question)]
    told = [fact_id for fact_id in turn.frame.facts_told if fact_id not in asked]
    turn.frame.facts_told = (told + asked)[-FACTS_REMEMBERED:]
    priced = [answer.fact_id for answer in found if _asks_price(turn, answer)]
    if priced:
        kept = [fact_id for fact_id in turn.frame.facts_priced if fact_id not in priced]
        turn.frame.facts_priced = (kept + priced)[-FACTS_REMEMBERED:]
    # One fact told: a short question next turn ("how much?") is about it.
    turn.frame.last_fact_id = found[0].fact_id if len(found) == 1 else None


# Asking how rooms differ or which is better, with or without a question mark.
_COMPARING = re.compile(
    r"\b(?:differen\w*|compar\w*|vs|versus|better|diferencia\w*|mejor|diferen[cç]a\w*|melhor|mieux|"
    r"unterschied\w*|unterscheide\w*|besser|meglio|differenz\w*)\b",
    re.IGNORECASE,
)


def tell_rooms_compared(turn: Turn, *, offers: Sequence[OfferView]) -> bool:
    """ "what's the difference between the double and the junior suite?", "¿qué diferencia hay entre la doble y la
    familiar?": each room named among those offered, its fact (its guests, beds and equipment, from the PMS), in
    the offers' order. A question naming one room is any question about the hotel (a single fact answers it)."""
    text = turn.message.text or ""
    if "?" not in text and not _COMPARING.search(text):
        return False
    named = named_indexes(text, names=[offer.room_name for offer in offers])
    if len(named) < 2:
        return False
    room_facts = _room_facts(turn, offers)
    docs = [room_facts[index] for index in named]
    found = [_in_language(doc, turn.hotel, turn.language, 1.0, text) for doc in docs if doc is not None]
    if len(found) < 2:
        return False
    _tell(turn, found)
    return True


def _was_asked(turn: Turn, part: str) -> bool:
    """The part of the guest's message a fact answers was a question: in a sentence with a question
    mark, or holding a question word of their language."""
    text, part = (turn.message.text or "").casefold(), part.strip().casefold()
    return (
        part not in text  # not the guest's own words: no telling, counted as asked
        or any(part in sentence for sentence in _ASKED_SENTENCE.findall(text))
        or has_question_word(part, language=turn.language)
    )


# What a guest may ask a room to have ("una doble con vistas al mar", "a room with a balcony", "ein Zimmer mit
# Badewanne", "un appartamento con cucina"): subjects of the fact vocabulary, read from a room type's own fact.
ROOM_FEATURES = frozenset({"c:view", "c:balcony", "c:bathtub", "c:kitchen"})


def room_features_asked(turn: Turn) -> list[str]:
    """The room features the guest's message names (fact-vocabulary subjects), in a stable order."""
    index = hotel_fact_index(hotel=turn.hotel)
    asked = index.question(turn.message.text or "", language=turn.language).subjects
    return sorted(asked & ROOM_FEATURES)


def rooms_having(turn: Turn, *, offers: Sequence[OfferView], features: Sequence[str]) -> list[bool]:
    """Per offer, whether its room type has every feature asked. Read from what the room's fact says of it
    (its description and equipment from the PMS), never from its questions, which every room's fact shares
    ("does the Double have a view or a balcony?"). A room without a fact has none."""
    having = []
    for doc in _room_facts(turn, offers):
        said: set[str] = set()
        for language, (_, answer) in doc.texts.items() if doc is not None else ():
            said.update(terms_of(answer, language))
        having.append(bool(features) and all(feature in said for feature in features))
    return having


def _room_facts(turn: Turn, offers: Sequence[OfferView]) -> list[FactDocument | None]:
    """Each offer's room-type fact (written from the PMS's room data, `services.room_facts`), None where it has none."""
    by_key = {doc.key: doc for doc in hotel_fact_index(hotel=turn.hotel).documents.values()}
    return [by_key.get(f"room-{offer.pms_room_type_id}") for offer in offers]
