"""Finding the hotel's fact that answers a guest's question, across the six languages, offline.

Lexical retrieval, small enough to read: every word is stemmed with the Snowball stemmer of its
language (`snowballstemmer`) and folded (no accents), function words are dropped, and a table of
hotel concepts (`fact_vocabulary.toml`: "piscina", "pool", "Schwimmbad" are all `pool`) joins words
across languages. Facts are ranked with BM25 over the stems and concepts of all their texts
(phrasings count twice); the answer's confidence is the share of the question's weighted terms that
the fact contains, so a question about something no fact mentions ("laundry") scores low however
close a neighbouring fact is. Pure Python, no database: `faq.py` builds the index from the facts.
"""

from __future__ import annotations

import math
import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import snowballstemmer

VOCABULARY_FILE = Path(__file__).resolve().parent / "fact_vocabulary.toml"
STEMMER_NAMES = {
    "es": "spanish",
    "en": "english",
    "pt": "portuguese",
    "fr": "french",
    "de": "german",
    "it": "italian",
}
K1, B = 1.2, 0.4
PHRASING_WEIGHT = 2  # a guest's way of asking says more about a fact than the words of its answer
SUBJECT_WEIGHT, ASPECT_WEIGHT, STEM_WEIGHT = 3.0, 1.0, 1.0
OFF_SUBJECT_PENALTY = 0.4  # times the share of a fact's phrasings naming a subject the question does not
CORE_SHARE = 0.75  # a subject named by this share of a fact's phrasings is what the fact is about
TOPIC_HINT_BOOST = 1.1  # the understanding's FAQ topic helps rank; it never decides alone
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_INVERSION = re.compile(r"-(?:t-)?(?:ils?|elles?|on|je|tu|nous|vous|ce|moi|toi|le|la|les|lui|leur)\b")
_CHECK = re.compile(r"\bcheck[\s-]?(in|out)\b")
# An arrival at a clock time late at night ("on arrive vers 23h", "llegamos sobre las 23:30", "arriving around 11pm",
# "wir kommen gegen 22 Uhr an"): the time becomes the word `latehour`, a late arrival's subject in every language
# (digits are no words of the search, and a time alone, "the bar closes at 23h", is no arrival).
_LATE_ARRIVAL_TIME = re.compile(
    r"\b((?:arriv|llega|lleg|cheg|ankomm|kommen|komme|get(?:ting)? in)\w*(?:\s+\S+){0,4}?\s+)"
    r"(?:(?:2[1-3]|00)(?:[:.h]\d\d|h(?!\w))|(?:2[1-3]|00)\s?uhr\b|(?:9|10|11)(?:[:.]\d\d)?\s?pm\b|"
    # the hour alone after its article ("arrivo verso le 23.", "llegamos a las 23, ...")
    r"(?<=\ble |as |às )(?:2[1-3]|00)(?=\s*(?:[.,;!?]|$|ore\b|horas\b|heures\b)))"
)
_SEGMENT = re.compile(r"([?!;\n]+|\.(?:\s+|$))")


@dataclass(frozen=True)
class FactDocument:
    """A fact as the index reads it: its texts by language, (phrasings, answer)."""

    fact_id: int
    key: str
    topic: str
    texts: Mapping[str, tuple[tuple[str, ...], str]]


@dataclass(frozen=True)
class Match:
    fact_id: int
    confidence: float  # share of the question's weighted terms this fact contains, 0..1
    score: float  # BM25, for ranking


@dataclass(frozen=True)
class Question:
    """One question of a guest's message, as terms."""

    text: str
    terms: Counter[str]
    subjects: frozenset[str]
    asked: bool  # looks like a question (a question mark, or it names a hotel subject)
    booking_talk: bool  # about dates, rooms or a booking: the booking flow's, not a fact's


@dataclass
class Vocabulary:
    stopwords: dict[str, frozenset[str]]
    conjunctions: frozenset[str]
    greetings: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # folded words
    # Folded stem sequences (one or more words) → concept terms ("c:pool", "a:price", "b:booking").
    phrases: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    longest: int = 1
    # Phrases whose function words carry the meaning ("cómo puedo pagar", "how can i pay": without them only
    # "pay" is left): folded word sequences, matched whole.
    word_phrases: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    longest_words: int = 1


def fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in plain if not unicodedata.combining(c))


@cache
def _stemmer(language: str) -> snowballstemmer.Stemmer:
    return snowballstemmer.stemmer(STEMMER_NAMES.get(language, "english"))


@lru_cache(maxsize=50_000)
def stem(word: str, language: str) -> str:
    return fold(_stemmer(language).stemWord(word))


def _words(text: str) -> list[str]:
    # "l'heure", "dell'hotel": the article's apostrophe separates words; "check-in", "wi-fi" are one,
    # but not a French inversion's pronoun ("a-t-il", "ont-elles", "puis-je").
    plain = _INVERSION.sub(" ", text.lower().replace("'", " ").replace("\u2019", " "))
    plain = _CHECK.sub(r"check\1", plain)  # "check in", "check-out": one word in every language
    plain = _LATE_ARRIVAL_TIME.sub(r"\1latehour", plain)
    words = _WORD.findall(plain)
    return [word.replace("-", "") for word in words]


@cache
def vocabulary() -> Vocabulary:
    with VOCABULARY_FILE.open("rb") as handle:
        data = tomllib.load(handle)
    stopwords = {
        language: frozenset(fold(word).replace("-", "") for word in words.split())
        for language, words in data["stopwords"].items()
    }
    every_stopword = frozenset().union(*stopwords.values())
    conjunctions = frozenset(data["conjunctions"].split())  # not folded: "é" (is) is no "e" (and)
    greetings = {
        language: tuple(tuple(fold(word) for word in _words(phrase)) for phrase in phrases)
        for language, phrases in data["greetings"].items()
    }
    vocab = Vocabulary(stopwords=stopwords, conjunctions=conjunctions, greetings=greetings)
    groups = (("c:", "subjects"), ("q:", "qualifiers"), ("a:", "aspects"), ("b:", "booking"))
    for prefix, group in groups:
        for concept, by_language in data[group].items():
            for language, phrases in by_language.items():
                for phrase in phrases:
                    words = _words(phrase)
                    stems = tuple(
                        stem(word, language)
                        for word in words
                        if fold(word) not in stopwords.get(language, every_stopword)
                    )
                    # "where is the hotel" without its function words is "hotel": not a subject;
                    # a short stem cut from a longer word ("tennis" → "ten") would match anything.
                    collapsed = len(stems) == 1 and len(words) > 1
                    clipped = len(stems) == len(words) == 1 and len(stems[0]) < 4 and len(words[0]) > 5
                    if stems and not collapsed and not clipped:
                        vocab.phrases.setdefault(stems, set()).add(prefix + concept)
                        vocab.longest = max(vocab.longest, len(stems))
                    elif collapsed:
                        folded = tuple(fold(word) for word in words)
                        vocab.word_phrases.setdefault(folded, set()).add(prefix + concept)
                        vocab.longest_words = max(vocab.longest_words, len(folded))
    return vocab


def _content_words(text: str, language: str) -> list[str]:
    return _without_greetings(_words(text), vocabulary().greetings.get(language, ()))


def _content_stems(words: list[str], language: str) -> list[str]:
    stop = vocabulary().stopwords.get(language, frozenset())
    return [stem(word, language) for word in words if fold(word) not in stop and len(word) > 1]


def _without_greetings(words: list[str], greetings: tuple[tuple[str, ...], ...]) -> list[str]:
    folded = tuple(fold(word) for word in words)  # once, not once per greeting tried at each word
    kept: list[str] = []
    start = 0
    while start < len(words):
        greeting = next((g for g in greetings if folded[start : start + len(g)] == g), None)
        if greeting:
            start += len(greeting)
        else:
            kept.append(words[start])
            start += 1
    return kept


def _concepts(stems: Sequence[str]) -> list[str]:
    """Concepts named in the stems, the longest phrase first ("bar zahlen" is cash, not a bar)."""
    vocab = vocabulary()
    return _longest_first(stems, vocab.phrases, vocab.longest)


def _longest_first(
    items: Sequence[str], phrases: Mapping[tuple[str, ...], set[str]], longest: int
) -> list[str]:
    start = 0
    found: list[str] = []
    while start < len(items):
        for length in range(min(longest, len(items) - start), 0, -1):
            concepts = phrases.get(tuple(items[start : start + length]))
            if concepts:
                found.extend(concepts)
                start += length
                break
        else:
            start += 1
    return found


def terms_of(text: str, language: str) -> Counter[str]:
    return Counter(dict(_terms_of(text, language)))


@lru_cache(maxsize=20_000)
def _terms_of(text: str, language: str) -> tuple[tuple[str, int], ...]:
    # Cached: an index is rebuilt whenever a hotel's facts change, mostly from the same texts.
    stems, concepts = _stems_and_concepts(text, language)
    return tuple(Counter(["s:" + s for s in stems] + concepts).items())


def _stems_and_concepts(text: str, language: str) -> tuple[list[str], list[str]]:
    vocab = vocabulary()
    words = _content_words(text, language)
    stems = _content_stems(words, language)
    worded = _longest_first([fold(word) for word in words], vocab.word_phrases, vocab.longest_words)
    return stems, _concepts(stems) + worded


def _weight(term: str) -> float:
    if term.startswith("c:"):
        return SUBJECT_WEIGHT
    if term.startswith("s:"):
        return STEM_WEIGHT
    if term.startswith(("a:", "q:")):
        return ASPECT_WEIGHT
    return 0.0  # booking words only tell booking talk apart; they never match a fact


class FactIndex:
    """BM25 over the facts of one hotel; build once per change of its facts, search many times."""

    def __init__(self, documents: Iterable[FactDocument]) -> None:
        self.documents = {doc.fact_id: doc for doc in documents}
        self.terms: dict[int, Counter[str]] = {}
        # Per fact, the share of its phrasings that name each subject or qualifier: what it is about.
        self.about: dict[int, dict[str, float]] = {}
        for doc in self.documents.values():
            counts: Counter[str] = Counter()
            named: Counter[str] = Counter()
            asked = 0
            for language, (phrasings, answer) in doc.texts.items():
                for phrasing in phrasings:
                    terms = terms_of(phrasing, language)
                    for term, n in terms.items():
                        counts[term] += n * PHRASING_WEIGHT
                    named.update(t for t in terms if t.startswith(("c:", "q:")))
                    asked += 1
                counts.update(terms_of(answer, language))
            self.terms[doc.fact_id] = counts
            if not asked:  # no phrasings (a migrated paragraph): what its answers speak of, weakly
                named = Counter({t: 1 for t in counts if t.startswith(("c:", "q:"))})
                asked = 2
            self.about[doc.fact_id] = {concept: n / asked for concept, n in named.items()}
        self.lengths = {fact_id: sum(c.values()) for fact_id, c in self.terms.items()}
        self.average_length = (sum(self.lengths.values()) / len(self.lengths)) if self.lengths else 1.0
        self.df: Counter[str] = Counter(term for counts in self.terms.values() for term in counts)
        self.postings: dict[str, list[int]] = {}
        for fact_id, counts in self.terms.items():
            for term in counts:
                self.postings.setdefault(term, []).append(fact_id)

    def idf(self, term: str) -> float:
        n, df = len(self.terms), self.df.get(term, 0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def is_about(self, fact_id: int, subjects: frozenset[str]) -> bool:
        """Whether guests ask this fact about one of these subjects (not merely mention one in passing:
        the pets fact says dogs may not enter the pool area; it is no answer about the pool)."""
        if not subjects:
            return True
        about = self.about[fact_id]
        # One of what nearly every phrasing of the fact names must be asked about ("towels for the
        # pool" is no answer to "when does the pool close?"); else any of its subjects will do.
        core = {
            concept for concept, share in about.items() if share >= CORE_SHARE and concept.startswith("c:")
        }
        return bool(core & subjects) if core else any(subject in about for subject in subjects)

    def known_subject(self, concept: str) -> bool:
        return self.df.get(concept, 0) > 0

    def question(self, text: str, *, language: str) -> Question:
        stems, concepts = _stems_and_concepts(text, language)
        terms = Counter(["s:" + s for s in stems] + concepts)
        return Question(
            text=text.strip(),
            terms=terms,
            subjects=frozenset(c for c in concepts if c.startswith("c:")),
            asked="?" in text or any(c.startswith("c:") for c in concepts),
            booking_talk=any(c.startswith("b:") for c in concepts),
        )

    def search(self, question: Question, *, topic_hint: str | None = None, limit: int = 3) -> list[Match]:
        """The best facts for the question, best first (empty when it shares no term with any)."""
        weighted = {t: _weight(t) * self.idf(t) for t in question.terms if _weight(t) > 0}
        ideal = sum(weighted.values())
        if not ideal:
            return []
        scores: dict[int, float] = defaultdict(float)
        covered: dict[int, float] = defaultdict(float)
        for term, weight in weighted.items():
            for fact_id in self.postings.get(term, ()):
                tf = self.terms[fact_id][term]
                norm = 1 - B + B * self.lengths[fact_id] / self.average_length
                scores[fact_id] += weight * tf * (K1 + 1) / (tf + K1 * norm)
                covered[fact_id] += weight
        named = {t for t in question.terms if t.startswith(("c:", "q:"))}
        for fact_id in scores:
            # A fact about the pool *and* towels answers "towels?" less than a fact about towels.
            for concept, share in self.about[fact_id].items():
                if concept not in named:
                    scores[fact_id] *= 1 - OFF_SUBJECT_PENALTY * share
        if topic_hint:
            for fact_id in scores:
                if self.documents[fact_id].topic == topic_hint:
                    scores[fact_id] *= TOPIC_HINT_BOOST
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [Match(fact_id=f, confidence=covered[f] / ideal, score=s) for f, s in ranked]

    def split(self, text: str, *, language: str) -> list[Question]:
        """The questions of a message: its sentences, and a sentence's parts joined by "and" when
        each part names its own subject ("¿a qué hora abre la piscina y cuánto cuesta el parking?")."""
        pieces = _SEGMENT.split(text)
        questions = []
        # re.split with a group alternates sentence, end mark, sentence, end mark...
        for sentence, mark in zip(pieces[::2], [*pieces[1::2], ""], strict=True):
            if not sentence.strip():
                continue
            whole = _asked(self.question(sentence, language=language), "?" in mark)
            parts = self._parts(sentence, language=language, asked=whole.asked)
            questions.extend(parts or [whole])
        return [q for q in questions if q.terms]

    def _parts(self, piece: str, *, language: str, asked: bool) -> list[Question]:
        words = piece.split()
        conjunctions = vocabulary().conjunctions
        chunks: list[str] = []
        current: list[str] = []
        for word in words:
            if word.lower().strip(",.:") in conjunctions and current:
                chunks.append(" ".join(current))
                current = [word]  # kept, in case this chunk is joined back to the one before
            else:
                current.append(word)
        if current:
            chunks.append(" ".join(current))
        # A conjunction word that joins no two subjects is no split there: French "qu'il y a un
        # parking" is no "y" (Spanish "and") between "qu'il" and "a un parking". A piece naming no
        # subject is joined back to the piece before it.
        joined: list[str] = []
        for chunk in chunks:
            if joined and not self.question(chunk, language=language).subjects:
                joined[-1] = f"{joined[-1]} {chunk}"
            else:
                joined.append(chunk)
        if len(joined) > 1 and not self.question(joined[0], language=language).subjects:
            joined[:2] = [f"{joined[0]} {joined[1]}"]  # "hola y": a greeting before the first subject
        parts = [
            self.question(_without_conjunction(chunk, conjunctions), language=language) for chunk in joined
        ]
        if len(parts) < 2 or not all(part.subjects for part in parts):
            return []
        return [_asked(part, asked) for part in parts]


def _without_conjunction(chunk: str, conjunctions: frozenset[str]) -> str:
    """A piece of a sentence without the conjunction word it starts with ("and how much is parking")."""
    first, _, rest = chunk.partition(" ")
    return rest if first.lower().strip(",.:") in conjunctions and rest else chunk


def _asked(question: Question, asked: bool) -> Question:
    return Question(
        text=question.text,
        terms=question.terms,
        subjects=question.subjects,
        asked=asked or question.asked,
        booking_talk=question.booking_talk,
    )
