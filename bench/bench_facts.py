"""Fact retrieval: index build time, per-question latency after warm-up, resident memory, and how
often the right fact is found.

Questions: the demo hotel's test questions (`conversations/engine/tests/fact_questions.py`, six
languages, some with no fact). Baseline measured in the same run, over the same facts: the plain
word-overlap match the agent used before facts (shared words of at least four letters, no stemming,
no synonyms, best overlap wins), so the ratio says what stemming, the subject table and BM25 cost on
top of it, and the hit rates say what they buy. No database: the index is built from the demo files.
"""

from __future__ import annotations

import re
import statistics
import time
import unicodedata

from bench.common import percentile, rss_mb

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


def _plain_words(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text.lower())
    return set(_WORD.findall("".join(c for c in plain if not unicodedata.combining(c))))


def run() -> None:
    import django

    django.setup()
    from conversations.demo import demo_fact_documents
    from conversations.engine.fact_search import FactIndex, stem, vocabulary
    from conversations.engine.faq import fact_for
    from conversations.engine.tests.fact_questions import QUESTIONS

    documents = demo_fact_documents()
    keys = {doc.fact_id: doc.key for doc in documents}
    rss_before = rss_mb()
    started = time.perf_counter()
    vocabulary()
    vocabulary_s = time.perf_counter() - started
    index = FactIndex(documents)
    build_s = time.perf_counter() - started
    rss_index = rss_mb() - rss_before

    def best_fact(text: str, language: str) -> list[str]:
        found: list[str] = []
        for question in index.split(text, language=language):
            best = fact_for(index, question, index.search(question))
            if best and keys[best.fact_id] not in found:
                found.append(keys[best.fact_id])
        return found

    by_language = {
        (doc.key, lang): _plain_words(" ".join([*doc.texts[lang][0], doc.texts[lang][1]]))
        for doc in documents
        for lang in doc.texts
    }

    def overlap_fact(text: str, language: str) -> list[str]:
        asked = _plain_words(text)
        scores = {key: len(asked & have) for (key, lang), have in by_language.items() if lang == language}
        best = max(scores, key=lambda key: scores[key])
        return [best] if scores[best] else []

    for language, text, _ in QUESTIONS[:20]:
        best_fact(text, language)
    rounds = 5
    latencies, baseline = [], []
    right = {"facts": 0, "overlap": 0}
    wrong = {"facts": 0, "overlap": 0}
    for round_number in range(rounds):
        stem.cache_clear()  # a guest's words are mostly new: stemming is part of the latency
        for language, text, expected in QUESTIONS:
            t0 = time.perf_counter()
            found = best_fact(text, language)
            latencies.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            naive = overlap_fact(text, language)
            baseline.append((time.perf_counter() - t0) * 1000)
            if round_number == 0:
                for name, got in (("facts", found), ("overlap", naive)):
                    if got == ([expected] if expected else []):
                        right[name] += 1
                    elif got:
                        wrong[name] += 1

    p50, p99 = statistics.median(latencies), percentile(latencies, 0.99)
    b50, b99 = statistics.median(baseline), percentile(baseline, 0.99)
    n = len(QUESTIONS)
    print(f"facts: {len(documents)} x {len(documents[0].texts)} languages; questions: {n} x {rounds} rounds")
    print(f"index build: {build_s * 1000:.0f} ms (subject table {vocabulary_s * 1000:.0f} ms)")
    print(f"retrieval latency: p50 {p50:.2f} ms, p99 {p99:.2f} ms (goal: p50 < 10 ms)")
    print(f"baseline word overlap: p50 {b50:.2f} ms, p99 {b99:.2f} ms")
    print(f"ratio retrieval/baseline: p50 x{p50 / b50:.1f}, p99 x{p99 / b99:.1f}")
    print(
        f"right answer (fact, or none when the hotel has no fact): facts {right['facts']}/{n}, "
        f"overlap {right['overlap']}/{n}; wrong fact: facts {wrong['facts']}, overlap {wrong['overlap']}"
    )
    print(
        f"resident memory: {rss_mb():.0f} MB (process), {rss_index:.1f} MB added by the subject table and index"
    )
