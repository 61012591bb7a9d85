"""Score the understanding layer: `make eval-nlu`.

Per language on the development set (`data/dev/dev.jsonl`, never trained on): intent macro-F1, FAQ-topic
accuracy (over FAQ questions), each slot's accuracy, exact-frame accuracy (intent and every date and guest
slot right) and language accuracy, the same on the second held-out set, the calibration error of the
intent confidence. Then intent accuracy and macro-F1 on the held-out NLU++ hotel folds
16-19 (English), over the examples our intent mapping covers.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

DEV = Path(__file__).parent / "data" / "dev" / "dev.jsonl"
# A second, later set, written after the first model was trained and looked at only as the summary
# figures this command prints (its errors were never inspected while improving the model).
TEST = Path(__file__).parent / "data" / "dev" / "test.jsonl"
SLOTS = ("check_in", "check_out", "adults", "children", "rooms")
LANGS = ("es", "en", "pt", "fr", "de", "it")
NLUPP_HELD_OUT = (16, 17, 18, 19)


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    labels = sorted(set(gold))
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate_dev(path: Path = DEV, verbose: bool = False) -> dict[str, dict[str, float]]:
    from conversations.nlu import understand

    by_lang: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
    for row in _rows(path):
        result = understand(row["text"], today=dt.date.fromisoformat(row["today"]))
        got = result.as_contract(row["id"])
        by_lang[row["lang"]].append((row, got))
        if verbose:
            wrong = [k for k in ("lang", "intent", "faq_topic", *SLOTS) if got[k] != row[k]]
            if wrong:
                print(
                    f"  {row['id']} {row['text']!r}: "
                    + ", ".join(f"{k}={got[k]!r} (want {row[k]!r})" for k in wrong)
                )
    table: dict[str, dict[str, float]] = {}
    for lang in (*LANGS, "all"):
        pairs = [p for lg in LANGS for p in by_lang[lg]] if lang == "all" else by_lang[lang]
        if not pairs:
            continue
        gold = [r["intent"] for r, _ in pairs]
        predicted = [g["intent"] for _, g in pairs]
        faq = [(r, g) for r, g in pairs if r["intent"] == "faq"]
        scores = {
            "n": float(len(pairs)),
            "lang": sum(r["lang"] == g["lang"] for r, g in pairs) / len(pairs),
            "intent_f1": macro_f1(gold, predicted),
            "faq_topic": sum(r["faq_topic"] == g["faq_topic"] for r, g in faq) / len(faq)
            if faq
            else float("nan"),
        }
        for slot in SLOTS:
            scores[slot] = sum(r[slot] == g[slot] for r, g in pairs) / len(pairs)
        scores["exact_frame"] = sum(
            r["intent"] == g["intent"] and all(r[s] == g[s] for s in SLOTS) for r, g in pairs
        ) / len(pairs)
        table[lang] = scores
    return table


def calibration_error(paths: tuple[Path, ...] = (DEV, TEST)) -> tuple[int, float]:
    """Expected calibration error of the intent confidence (10 equal-width bins) over the given sets."""
    from conversations.nlu import understand

    pairs = []
    for path in paths:
        for row in _rows(path):
            result = understand(row["text"], today=dt.date.fromisoformat(row["today"]))
            pairs.append((result.confidence, result.intent == row["intent"]))
    bins: list[list[tuple[float, bool]]] = [[] for _ in range(10)]
    for confidence, right in pairs:
        bins[min(9, int(confidence * 10))].append((confidence, right))
    error = sum(
        len(b) / len(pairs) * abs(sum(c for c, _ in b) / len(b) - sum(r for _, r in b) / len(b))
        for b in bins
        if b
    )
    return len(pairs), error


def evaluate_nlupp() -> tuple[int, float, float]:
    from conversations.nlu import understand
    from conversations.nlu.train import nlupp_examples

    rows = nlupp_examples(list(NLUPP_HELD_OUT))
    gold, predicted = [], []
    for text, label in rows:
        result = understand(text, today=dt.date(2022, 3, 15), conversation_language="en")
        gold.append(label.split(":")[0])
        predicted.append(result.intent)
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(rows)
    return len(rows), accuracy, macro_f1(gold, predicted)


def main(argv: list[str]) -> int:
    import django

    django.setup()
    verbose = "-v" in argv
    columns = ("n", "lang", "intent_f1", "faq_topic", *SLOTS, "exact_frame")
    for title, path, show in (("development set", DEV, verbose), ("second held-out set", TEST, False)):
        table = evaluate_dev(path, verbose=show)
        print(f"\n{title} ({path.name})")
        print(f"{'':5}" + "".join(f"{c:>12}" for c in columns))
        for lang, scores in table.items():
            cells = [f"{int(scores['n']):>12}"] + [f"{scores[c]:>12.3f}" for c in columns[1:]]
            print(f"{lang:5}" + "".join(cells))
    count, ece = calibration_error()
    print(
        f"\nintent confidence calibration over both sets ({count} messages): expected calibration error {ece:.3f}"
    )
    n, accuracy, f1 = evaluate_nlupp()
    print(
        f"NLU++ hotels, held-out folds {NLUPP_HELD_OUT} (en, {n} mapped examples): "
        f"intent accuracy {accuracy:.3f}, macro-F1 {f1:.3f}"
    )
    return 0


if __name__ == "__main__":
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hotel_agent.settings")
    sys.exit(main(sys.argv[1:]))
